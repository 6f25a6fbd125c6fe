"""The fast start-up path trusts storage.schema_version.SCHEMA_HEAD: it must be Alembic's head."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dancoso_desktop.storage import migrations
from dancoso_desktop.storage.database import open_database
from dancoso_desktop.storage.schema_version import SCHEMA_HEAD, stored_revision


def test_schema_head_constant_is_the_newest_migration() -> None:
    assert migrations.head_revision() == SCHEMA_HEAD


def test_a_new_database_records_the_head_revision(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.sqlite")
    db.close()
    con = sqlite3.connect(tmp_path / "d.sqlite")
    try:
        assert stored_revision(con) == SCHEMA_HEAD
    finally:
        con.close()


def test_an_empty_file_has_no_revision(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "empty.sqlite")
    try:
        assert stored_revision(con) is None
    finally:
        con.close()
