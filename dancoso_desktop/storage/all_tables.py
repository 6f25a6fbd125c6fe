"""Imports every table module so Base.metadata is complete (Alembic, tests, create_all).

Each feature keeps its tables in a module of its own and adds one import line here.
"""

from dancoso_desktop.storage import (
    assessment_tables,  # noqa: F401
    conference_tables,  # noqa: F401
    consultation_tables,  # noqa: F401
    decision_tables,  # noqa: F401
    disclosure_tables,  # noqa: F401
    inspection_tables,  # noqa: F401
    report_tables,  # noqa: F401
    returns_tables,  # noqa: F401
    supervision_tables,  # noqa: F401
    tables,  # noqa: F401
)
from dancoso_desktop.storage.base import Base

metadata = Base.metadata
