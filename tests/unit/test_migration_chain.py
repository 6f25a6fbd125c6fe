"""The migration chain is one line, and a database made by the last landed version (schema
0003_inspections) opens in place: a backup first, then every later step, its data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from dancoso_desktop.storage import migrations
from dancoso_desktop.storage.database import open_database
from dancoso_desktop.storage.datafile import APPLICATION_ID
from dancoso_desktop.storage.schema_version import SCHEMA_HEAD, stored_revision

LANDED = "0003_inspections"   # the head of the last version that reached users


def test_the_chain_has_one_head_and_no_branch() -> None:
    script = migrations.script()
    assert script.get_heads() == [SCHEMA_HEAD]
    revisions = list(script.walk_revisions())
    assert len({r.revision for r in revisions}) == len(revisions)
    assert all(not r.is_branch_point and not r.is_merge_point for r in revisions)
    order = [r.revision for r in reversed(revisions)]
    assert order[:3] == ["0001_core", "0002_disclosures", "0003_inspections"]


def _database_at(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    cfg = migrations.config()
    with engine.connect() as con:
        cfg.attributes["connection"] = con
        command.upgrade(cfg, revision)
        con.commit()
    engine.dispose()


def _landed_database(folder: Path, revision: str) -> Path:
    """A data file as the version whose head was ``revision`` left it: stamped as ours, a unit in it."""
    data = folder / "dancoso.sqlite"
    _database_at(data, revision)
    con = sqlite3.connect(data)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("INSERT INTO units (id, name, short_name, kind, households, retired, position, search_key)"
                " VALUES (1, 'Thôn Nà Hiêng', 'Nà Hiêng', 'hamlet', 212, 0, 0, 'thon na hieng')")
    con.commit()
    con.close()
    return data


def test_a_database_of_the_landed_version_upgrades_in_place(tmp_path: Path) -> None:
    data = _landed_database(tmp_path, LANDED)
    backups = tmp_path / "backups"
    db = open_database(data, backups_dir=backups)
    try:
        with db.connect() as c:
            assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
            assert c.exec_driver_sql("SELECT name, households FROM units").fetchall() == [
                ("Thôn Nà Hiêng", 212)]
    finally:
        db.close()
    con = sqlite3.connect(data)
    try:
        assert stored_revision(con) == SCHEMA_HEAD
    finally:
        con.close()
    kept = [p for p in backups.glob("*.sqlite")]
    assert kept, "a backup is taken before the upgrade"


def test_a_database_of_the_version_that_landed_last_upgrades_in_place(tmp_path: Path) -> None:
    """The last stop landed schema 0010_returns; 0011 adds the report-period index in place."""
    data = _landed_database(tmp_path, "0010_returns")
    db = open_database(data, backups_dir=tmp_path / "backups")
    try:
        with db.connect() as c:
            assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
            assert c.exec_driver_sql("SELECT name FROM units").scalar() == "Thôn Nà Hiêng"
            indexes = {r[0] for r in c.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'disclosures'")}
            assert "ix_disclosures_status_disclosed" in indexes
            plan = " ".join(str(r[-1]) for r in c.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM disclosures WHERE status = 'done' "
                "AND disclosed_on BETWEEN '2026-01-01' AND '2026-06-30'"))
            assert "ix_disclosures_status_disclosed" in plan
    finally:
        db.close()
    assert list((tmp_path / "backups").glob("*.sqlite")), "a backup is taken before the upgrade"
