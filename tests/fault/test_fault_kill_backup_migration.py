"""Kill during a backup and during a migration (design.md §3).

A backup killed at any point leaves the live data intact and never a half file under a
backup's final name; a migration killed half-way is rolled back from the backup taken just
before it, at the next start.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage import migrations as mig
from dancoso_desktop.storage.backup import list_backups, quick_check, read_revision
from dancoso_desktop.storage.database import open_database
from tests.fault import child as target
from tests.fault.harness import Child


def _fill(data_dir: Path, sections: int) -> None:
    ws = open_workspace(data_dir)
    plans = PlanService(ws.db)
    plan_id = plans.create_plan(Plan(year=2026, title="Kế hoạch thực hiện dân chủ ở cơ sở"))
    for i in range(sections):
        plans.add_section(plan_id, None, None, f"Mục {i}", "Nội dung công khai " * 30)
    evidence = data_dir.parent / "anh-niem-yet.jpg"
    evidence.write_bytes(b"\xff\xd8 photo of the notice board " * 500)
    from dancoso_desktop.services.attachments import store_attachment

    store_attachment(ws, evidence)
    ws.close()


def _digest(con: sqlite3.Connection) -> str:
    rows = con.execute("SELECT id, title, body FROM plan_sections ORDER BY id").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.mark.slow
def test_kill_during_backup_leaves_live_data_and_no_half_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _fill(data, 400)
    live = data / "dancoso.sqlite"
    with sqlite3.connect(live) as con:
        before = _digest(con)
    rng = random.Random(7)
    for _ in range(20):
        child = Child(target.backup, data)
        try:
            assert child.read() == "ready"
            for _ in range(rng.randint(0, 3)):
                assert child.read().startswith("B ")
            end = time.perf_counter() + rng.random() * 0.03
            while time.perf_counter() < end:
                pass
        finally:
            child.kill()
        with sqlite3.connect(f"{live.as_uri()}?mode=ro", uri=True) as con:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert _digest(con) == before
        backups = data / "backups"
        for final in backups.glob("*.sqlite"):
            # The rename comes after the check: nothing under a final name is half written.
            assert quick_check(final) == [], final.name
        for info in list_backups(backups):
            if info.verified:
                assert info.path.stat().st_size == info.size
                for rel in info.attachments:
                    assert (backups / "attachments" / rel).is_file()
    # After all that, the app opens, backs up and restores normally.
    ws = open_workspace(data)
    info = backup_service.back_up(ws, "manual")
    ws.close()
    assert quick_check(info.path) == []
    assert backup_service.last_good_backup(data) is not None


def _old_database(folder: Path) -> Path:
    """A data folder at the first schema revision, with units and a plan in it."""
    folder.mkdir()
    path = folder / "dancoso.sqlite"
    db = open_database(path, migrate=False)
    mig.upgrade(db.engine, "0001_core")
    db.close()
    with sqlite3.connect(path) as con:
        con.executemany("INSERT INTO units(name, short_name, kind, retired, position, search_key) "
                        "VALUES (?, '', 'hamlet', 0, ?, '')", [(f"Thôn {i}", i) for i in range(50)])
    return path


@pytest.mark.slow
@pytest.mark.parametrize("when", ["half-way", "random-1", "random-2", "random-3"])
def test_kill_during_migration_is_rolled_back_at_next_start(tmp_path: Path, when: str) -> None:
    path = _old_database(tmp_path / "data")
    child = Child(target.migrate, path.parent)
    try:
        assert child.read() == "ready"
        if when == "half-way":
            assert child.read() == "half"
        else:
            end = time.perf_counter() + random.Random(when).random() * 0.3
            while time.perf_counter() < end:
                pass
    finally:
        child.kill()
    # The next start: rolled back from the verified pre-migration backup, then migrated for real.
    ws = open_workspace(path.parent)
    try:
        units = CommuneService(ws.db).list_units()
        assert len(units) == 50
        assert mig.current_revision(ws.db.engine) == mig.head_revision()
        assert ws.db.pragma("quick_check") == "ok"
        names = {r[0] for r in ws.db.engine.connect().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table'").fetchall()}
        assert "half_done" not in names
    finally:
        ws.close()
    assert not (path.parent / "dancoso.sqlite.migrating").exists()
    if when == "half-way":
        kept = list(path.parent.glob("dancoso-half-migrated-*.sqlite"))
        assert len(kept) == 1  # the half-migrated file is kept aside, not deleted
        assert read_revision(kept[0]) == "0002_disclosures"


def test_half_done_migration_without_its_backup_is_refused(tmp_path: Path) -> None:
    path = _old_database(tmp_path / "data")
    (path.parent / "dancoso.sqlite.migrating").write_text('{"backup": "/nonexistent/x.sqlite"}', encoding="utf-8")
    original = path.read_bytes()
    from dancoso_desktop.storage.errors import DamagedDatabase

    with pytest.raises(DamagedDatabase):
        open_workspace(path.parent)
    assert path.read_bytes() == original


def test_copy_of_old_database_is_migrated_with_backup_first(tmp_path: Path) -> None:
    path = _old_database(tmp_path / "data")
    ws = open_workspace(path.parent)
    ws.close()
    before = [b for b in list_backups(path.parent / "backups") if b.reason == "before-migration"]
    assert len(before) == 1 and before[0].schema_revision == "0001_core"
    shutil.copy(before[0].path, tmp_path / "copy.sqlite")
    assert read_revision(tmp_path / "copy.sqlite") == "0001_core"
