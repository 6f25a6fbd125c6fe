"""The schema revision this version of the application writes.

Kept as a constant so that an up-to-date database opens without importing Alembic (which costs
a noticeable part of start-up); tests/unit/test_schema_version.py fails when a migration is added
without updating it.
"""

from __future__ import annotations

import sqlite3

SCHEMA_HEAD = "0011_report_indexes"


def stored_revision(con: sqlite3.Connection) -> str | None:
    """The revision recorded in the database, or None when it has no schema yet."""
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no alembic_version table: a new, empty database
        return None
    return row[0] if row else None
