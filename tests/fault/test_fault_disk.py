"""Disk full and I/O errors on save, backup, restore and export: a clear message, and the old
data and old files untouched (design.md §3)."""

from __future__ import annotations

import errno
import os
import sqlite3
import types
from pathlib import Path

import pytest
from sqlalchemy import event

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.plan_transfer import export_plan_json
from dancoso_desktop.storage import backup as backup_mod


def _disk_full(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def filled(workspace):  # type: ignore[no-untyped-def]
    plans = PlanService(workspace.db)
    plan_id = plans.create_plan(Plan(year=2026, title="Kế hoạch 2026"))
    for i in range(5):
        plans.add_section(plan_id, None, None, f"Mục {i}", "Nội dung")
    return workspace, plans, plan_id


def test_save_on_a_full_disk_is_refused_whole(filled) -> None:  # type: ignore[no-untyped-def]
    ws, plans, plan_id = filled
    ws.db.engine.dispose()

    @event.listens_for(ws.db.engine, "connect")
    def _cap(dbapi_con: sqlite3.Connection, _rec: object) -> None:
        # SQLite's own "database or disk is full", as on a real full disk.
        pages = dbapi_con.execute("PRAGMA page_count").fetchone()[0]
        dbapi_con.execute(f"PRAGMA max_page_count={pages}")

    before = [s.title for s in plans.get_plan(2026).walk()]
    with pytest.raises(EnvironmentProblem) as err:
        plans.add_section(plan_id, None, None, "Mục lớn", "Văn bản rất dài. " * 8000)
    assert "đầy" in err.value.text("vi") and "full" in err.value.text("en")
    assert [s.title for s in plans.get_plan(2026).walk()] == before
    assert ws.db.pragma("quick_check") == "ok"


@pytest.mark.parametrize("where", ["replace", "fsync"])
def test_backup_on_a_full_disk_keeps_the_old_backups(filled, monkeypatch, where: str) -> None:  # type: ignore[no-untyped-def]
    ws, *_ = filled
    good = backup_service.back_up(ws, "manual")
    before = _snapshot(ws.backups_dir)
    monkeypatch.setattr(os, where, _disk_full)
    with pytest.raises(EnvironmentProblem) as err:
        backup_service.back_up(ws, "manual")
    monkeypatch.undo()
    assert "full" in err.value.text("en")
    assert _snapshot(ws.backups_dir) == before  # no new file, no half file, nothing thinned
    assert backup_service.last_good_backup(ws.data_dir).path == good.path


def test_backup_with_an_sqlite_io_error_keeps_the_old_backups(filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws, *_ = filled
    backup_service.back_up(ws, "manual")
    before = _snapshot(ws.backups_dir)

    class FailingCon:
        def __init__(self, con: sqlite3.Connection) -> None:
            self.con = con

        def backup(self, _target: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        def close(self) -> None:
            self.con.close()

    fake = types.SimpleNamespace(**{k: getattr(sqlite3, k) for k in ("Error", "OperationalError")})
    fake.connect = lambda *a, **kw: FailingCon(sqlite3.connect(*a, **kw))
    monkeypatch.setattr(backup_mod, "sqlite3", fake)
    ws.db.mark_changed()
    with pytest.raises(EnvironmentProblem) as err:
        backup_service.back_up(ws, "manual")
    monkeypatch.undo()
    assert "I/O" in err.value.text("en")
    assert _snapshot(ws.backups_dir) == before
    assert ws.db.changed_since_backup  # still owed a backup


def test_export_on_a_full_disk_keeps_the_old_file(filled, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _ws, plans, _ = filled
    target = tmp_path / "ke-hoach.json"
    export_plan_json(plans, 2026, target)
    old = target.read_bytes()
    plans.add_section(plans.plan_id(2026), None, None, "Mục mới", "")
    monkeypatch.setattr(os, "replace", _disk_full)
    with pytest.raises(EnvironmentProblem) as err:
        export_plan_json(plans, 2026, target)
    monkeypatch.undo()
    assert "đầy" in err.value.text("vi")
    assert target.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_restore_on_a_full_disk_keeps_the_current_data(filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws, plans, plan_id = filled
    old = backup_service.back_up(ws, "manual")
    plans.add_section(plan_id, None, None, "Mục sau sao lưu", "")
    titles = [s.title for s in plans.get_plan(2026).walk()]
    monkeypatch.setattr(os, "replace", _disk_full)
    with pytest.raises(EnvironmentProblem):
        backup_service.restore(ws.data_dir, old.path, ws.db)
    monkeypatch.undo()
    assert [s.title for s in plans.get_plan(2026).walk()] == titles
    assert [p for p in ws.data_dir.iterdir() if p.name.endswith(".part")] == []
