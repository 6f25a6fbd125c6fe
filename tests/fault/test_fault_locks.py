"""Locks: another process holding a write lock, a stale lock after a power cut, two openers.

SQLite's locks belong to the process: a killed owner (power cut) leaves nothing stale behind.
A live owner makes a write wait up to busy_timeout, then the officer gets a plain "in use"
message; nothing hangs and nothing is half written (design.md §3). The window's own lock file
(QLockFile, raising the first window) is tested in tests/ui/test_app_single_instance.py.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage import database
from tests.fault import child as target
from tests.fault.harness import Child


@pytest.fixture
def short_busy(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 1500)


def _plan(folder: Path) -> tuple[object, PlanService, int]:
    ws = open_workspace(folder)
    plans = PlanService(ws.db)
    plan_id = plans.create_plan(Plan(year=2026, title="Kế hoạch 2026"))
    return ws, plans, plan_id


def test_write_waits_for_a_lock_held_for_a_while(data_dir: Path, short_busy, children) -> None:  # type: ignore[no-untyped-def]
    ws, plans, plan_id = _plan(data_dir)
    holder = children(target.hold, data_dir)
    assert holder.read() == "locked"
    result: list[object] = []
    writer = threading.Thread(target=lambda: result.append(plans.add_section(plan_id, None, None, "Mục chờ", "")))
    writer.start()
    writer.join(0.3)
    assert writer.is_alive(), "the write should be waiting for the lock, not failing"
    holder.send("go")
    assert holder.read() == "released"
    writer.join(10)
    assert not writer.is_alive() and isinstance(result[0], int)
    assert [s.title for s in plans.get_plan(2026).walk()] == ["Mục chờ"]
    ws.close()  # type: ignore[attr-defined]


def test_lock_held_too_long_gives_a_clear_message_and_never_hangs(data_dir: Path, short_busy, children) -> None:  # type: ignore[no-untyped-def]
    ws, plans, plan_id = _plan(data_dir)
    holder = children(target.hold, data_dir)
    assert holder.read() == "locked"
    started = time.perf_counter()
    with pytest.raises(EnvironmentProblem) as err:
        plans.add_section(plan_id, None, None, "Mục không lưu được", "")
    waited = time.perf_counter() - started
    assert 1.0 < waited < 8, waited
    assert "chương trình khác" in err.value.text("vi") and "in use" in err.value.text("en")
    holder.send("go")
    assert holder.read() == "released"
    assert plans.get_plan(2026).sections == []
    ws.close()  # type: ignore[attr-defined]


def test_lock_of_a_killed_process_is_not_stale(data_dir: Path) -> None:
    ws, plans, _plan_id = _plan(data_dir)
    ws.close()  # type: ignore[attr-defined]
    holder = Child(target.hold, data_dir)
    assert holder.read() == "locked"
    holder.kill()  # the power cut: the lock and the uncommitted row die with the process
    started = time.perf_counter()
    ws = open_workspace(data_dir)
    assert time.perf_counter() - started < 5
    plans = PlanService(ws.db)
    plans.add_section(plans.plan_id(2026), None, None, "Sau khi mất điện", "")
    with ws.db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM settings WHERE key='held'").scalar() == 0
    assert ws.db.pragma("integrity_check") == "ok"
    ws.close()


def test_second_opener_works_beside_the_first(data_dir: Path) -> None:
    """`dancoso backup` from a script while the window is open: both work, nothing is lost."""
    ws, plans, plan_id = _plan(data_dir)
    plans.add_section(plan_id, None, None, "Mục của cửa sổ", "")
    other = open_workspace(data_dir)
    info = backup_service.back_up(other, "manual")
    other.close()
    plans.add_section(plan_id, None, None, "Mục sau sao lưu", "")
    assert backup_service.last_good_backup(data_dir).path == info.path
    assert len(plans.get_plan(2026).sections) == 2
    ws.close()  # type: ignore[attr-defined]
