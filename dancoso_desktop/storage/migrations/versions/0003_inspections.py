"""inspections tables (filled in by that feature's issue)

Revision ID: 0003_inspections
Revises: 0002_disclosures
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0003_inspections"
down_revision = "0002_disclosures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
