"""Storage: pragmas on every connection, migrations from the first revision, refusals."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.storage import migrations as mig
from dancoso_desktop.storage.database import open_database
from dancoso_desktop.storage.datafile import APPLICATION_ID

EXPECTED = {"foreign_keys": 1, "busy_timeout": 10000, "trusted_schema": 0, "synchronous": 2}


def _pragmas(con) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {name: con.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_on_every_pooled_connection(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.sqlite")
    try:
        assert str(db.pragma("journal_mode")).lower() == "wal"
        # Several connections open at once: the pool must hand out fresh ones, each set up.
        cons = [db.engine.connect() for _ in range(4)]
        try:
            assert len({id(c.connection.dbapi_connection) for c in cons}) == 4
            for con in cons:
                assert _pragmas(con) == EXPECTED
                assert str(con.exec_driver_sql("PRAGMA journal_mode").scalar()).lower() == "wal"
        finally:
            for con in cons:
                con.close()
        # Inside and after a write transaction (foreign_keys is ignored if set inside one).
        with db.session() as s:
            s.execute(text("INSERT INTO settings(key, value) VALUES ('k', 'v')"))
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with db.engine.connect() as con:
            assert _pragmas(con) == EXPECTED
        with db.session() as s:   # foreign keys really enforced
            with pytest.raises(Exception, match="FOREIGN KEY"):
                s.execute(text("INSERT INTO plan_sections(plan_id, position, title, body, tf_kind, status, "
                               "progress, notes, carried_over, search_key) VALUES (999, 0, 't', '', 'none', "
                               "'not_started', 0, '', 0, '')"))
                s.flush()
    finally:
        db.close()


def test_new_database_is_stamped_and_at_head(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == mig.head_revision()
    finally:
        con.close()


def test_migration_from_first_revision_keeps_data(tmp_path: Path) -> None:
    path, backups = tmp_path / "d.sqlite", tmp_path / "backups"
    db = open_database(path, migrate=False)
    mig.upgrade(db.engine, "0001_core")
    with db.engine.begin() as con:
        con.exec_driver_sql("INSERT INTO commune(province, name, kind, place_name, signer_authority, signer_title, "
                            "signer_name) VALUES ('Cao Bằng', 'Hòa An', 'xa', 'Hòa An', '', '', '')")
        con.exec_driver_sql("INSERT INTO plans(year, title, number, place, issuing_body, parent_body, legal_bases, "
                            "intro, recipients, signer_authority, signer_title, signer_name, report_deadlines, "
                            "footnotes) VALUES (2025, 'KH 2025', '', '', '', '', '[]', '', '[]', '', '', '', '[]', '[]')")
    db.close()
    assert mig.current_revision(open_database(path, migrate=False).engine) == "0001_core"

    db = open_database(path, backups_dir=backups)
    try:
        assert mig.current_revision(db.engine) == mig.head_revision()
        from dancoso_desktop.services.commune_service import CommuneService
        from dancoso_desktop.services.plan_service import PlanService

        assert CommuneService(db).get_commune().name == "Hòa An"  # type: ignore[union-attr]
        assert [p.title for p in PlanService(db).list_plans()] == ["KH 2025"]
    finally:
        db.close()
    if mig.head_revision() != "0001_core":
        saved = list(backups.glob("*before-migration-0001_core*.sqlite"))
        assert len(saved) == 1
        copy = sqlite3.connect(saved[0])
        try:
            assert copy.execute("SELECT name FROM commune").fetchone() == ("Hòa An",)
        finally:
            copy.close()


def test_newer_database_refused_file_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(EnvironmentProblem) as exc:
        open_database(path, backups_dir=tmp_path / "backups")
    assert "mới hơn" in exc.value.text("vi") and "newer version" in exc.value.text("en")
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_foreign_sqlite_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts(name TEXT)")
    con.executemany("INSERT INTO contacts VALUES (?)", [("x" * 200,)] * 200)
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(EnvironmentProblem) as exc:
        open_database(path)
    assert "another program" in exc.value.text("en")
    assert _digest(path) == before


def test_sqlite_file_with_another_application_id_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id=12345")
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(EnvironmentProblem):
        open_database(path)
    assert _digest(path) == before


def test_not_a_database_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes("Kế hoạch năm 2026 — không phải cơ sở dữ liệu".encode())
    before = _digest(path)
    with pytest.raises(EnvironmentProblem) as exc:
        open_database(path)
    assert "không phải" in exc.value.text("vi")
    assert _digest(path) == before
