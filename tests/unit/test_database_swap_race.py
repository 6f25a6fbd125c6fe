"""Swapping the database file (restore) while other threads use the same Database.

The window restores in a worker thread while the GUI thread keeps running sessions (pages being
built, counts refreshed). The new file arrives in rollback-journal mode and open_database switches
it to WAL; SQLite cannot wait out another connection's write lock for that switch (the switch
starts as a read and upgrading a read never calls the busy handler), so a single write from
another thread at that moment failed the restore at once with "database is locked". These tests
drive that interleaving step by step with events instead of hoping for it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.storage import backup as store
from dancoso_desktop.storage import database
from dancoso_desktop.storage.database import Database

LIMIT = 20.0  # a safety net against a hung test, never the expected path


def _until(condition: Callable[[], bool], what: str) -> None:
    """Wait for another thread to reach a point; fail (rather than hang) if it never does."""
    deadline = time.monotonic() + LIMIT
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for: {what}")
        pause.wait(0.002)


def _gate_count(db: Database, name: str) -> int:
    # Before the fix a Database has no gate: the other thread is never held back and the
    # test then sees the race itself.
    gate = getattr(db, "_gate", None)
    return int(getattr(gate, name, 0)) if gate is not None else 0


def _session_held_back(db: Database) -> bool:
    return _gate_count(db, "queued") > 0


def _swap_waiting(db: Database) -> bool:
    return _gate_count(db, "swaps_waiting") > 0


class Worker(threading.Thread):
    """A thread that keeps its exception for the test to look at."""

    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__(daemon=True)
        self.fn = fn
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.fn()
        except BaseException as exc:
            self.error = exc


@pytest.fixture
def plans(workspace) -> PlanService:  # type: ignore[no-untyped-def]
    service = PlanService(workspace.db)
    service.create_plan(Plan(year=2026, title="Kế hoạch 2026"))
    return service


def _prepared(db: Database, tmp_path: Path) -> Path:
    """A checked copy of the current data, ready to be swapped in (as restore makes it)."""
    copy = store.backup_database(db.path, tmp_path / "copy.sqlite")
    return store.prepare_restore(copy, db.path)


def test_a_write_from_another_thread_during_a_restore_waits_for_the_new_file(
        workspace, plans, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = workspace.db
    good = backup_service.back_up(workspace, "manual")
    plans.add_section(plans.plan_id(2026), None, None, "Mục nhập nhầm", "")
    replaced, writing, finish = threading.Event(), threading.Event(), threading.Event()

    def other_thread() -> None:
        replaced.wait()
        with db.session() as s:
            # A write lock held open while open_database switches the new file to WAL.
            s.execute(text("UPDATE plans SET title = 'Ghi từ luồng khác' WHERE year = 2026"))
            writing.set()
            finish.wait()

    real_open = database.open_database

    def open_when_the_other_thread_is_in(*args: Any, **kwargs: Any) -> Database:
        # The restored file is in place and the Database not yet reopened on it: now the other
        # thread starts its work. Go on once it holds its write lock (the race) or waits at the
        # gate (the fix).
        replaced.set()
        _until(lambda: writing.is_set() or _session_held_back(db), "the other thread's session")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(database, "open_database", open_when_the_other_thread_is_in)
    other = Worker(other_thread)
    other.start()
    try:
        backup_service.restore(workspace.data_dir, good.path, db)
    finally:
        replaced.set()
        _until(lambda: writing.is_set() or not other.is_alive(), "the other thread's write")
        finish.set()
        other.join(LIMIT)
    assert other.error is None
    # The other thread's unit of work ran after the swap, on the restored data.
    plan = plans.get_plan(2026)
    assert plan.title == "Ghi từ luồng khác" and plan.sections == []
    assert db.pragma("journal_mode") == "wal" and db.pragma("quick_check") == "ok"


def test_the_swap_waits_for_a_session_already_open_in_another_thread(
        workspace, plans, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = workspace.db
    prepared = _prepared(db, tmp_path)
    inside, leave, swapped = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def reader() -> None:
        with db.session() as s:
            s.execute(text("SELECT count(*) FROM plans")).all()
            inside.set()
            leave.wait()
            seen["swapped under the open session"] = swapped.is_set()

    def swap() -> None:
        db.swap_file(prepared)
        swapped.set()

    first = Worker(reader)
    first.start()
    inside.wait()
    second = Worker(swap)
    second.start()
    _until(lambda: swapped.is_set() or _swap_waiting(db), "the swap to finish or to wait")
    leave.set()
    first.join(LIMIT)
    second.join(LIMIT)
    assert first.error is None and second.error is None
    assert seen == {"swapped under the open session": False}
    assert db.pragma("quick_check") == "ok"


def test_a_session_opened_inside_a_session_gets_through_while_a_swap_waits(
        workspace, plans, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = workspace.db
    prepared = _prepared(db, tmp_path)
    inside, nested = threading.Event(), threading.Event()

    def reader() -> None:
        with db.session() as s:
            s.execute(text("SELECT 1")).all()
            inside.set()
            _until(lambda: _swap_waiting(db) or not second.is_alive(), "the swap to wait")
            # The services call one another; the inner session must not queue behind the swap
            # that is itself waiting for the outer one.
            with db.session() as inner:
                inner.execute(text("SELECT count(*) FROM plans")).all()
            nested.set()

    first = Worker(reader)
    second = Worker(lambda: db.swap_file(prepared))
    first.start()
    inside.wait()
    second.start()
    first.join(LIMIT)
    second.join(LIMIT)
    assert not first.is_alive() and not second.is_alive(), "deadlock"
    assert first.error is None and second.error is None and nested.is_set()


def test_a_swap_that_cannot_get_the_data_gives_up_with_a_plain_message(
        workspace, plans, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = workspace.db
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    prepared = _prepared(db, tmp_path)
    before = db.path.stat().st_ino
    inside, leave = threading.Event(), threading.Event()

    def long_reader() -> None:
        with db.session() as s:
            s.execute(text("SELECT 1")).all()
            inside.set()
            leave.wait()

    first = Worker(long_reader)
    first.start()
    inside.wait()
    try:
        with pytest.raises(EnvironmentProblem) as refused:
            db.swap_file(prepared)
    finally:
        leave.set()
        first.join(LIMIT)
    assert "busy" in refused.value.en
    assert db.path.stat().st_ino == before and prepared.exists()  # nothing was replaced
    assert plans.get_plan(2026).title == "Kế hoạch 2026"  # and the Database still works


def test_a_streaming_read_closed_on_another_thread_frees_the_gate(
        workspace, plans, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = workspace.db
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 2000)
    prepared = _prepared(db, tmp_path)

    def rows() -> Generator[Any, None, None]:
        with db.connect() as con:
            yield from con.exec_driver_sql("SELECT 1 UNION ALL SELECT 2")

    stream = rows()
    started = Worker(lambda: next(stream) and None)  # an export begun in a worker…
    started.start()
    started.join(LIMIT)
    assert started.error is None
    stream.close()  # …and dropped on this thread (a cancelled task's traceback)
    db.swap_file(prepared)
    assert db.pragma("quick_check") == "ok"
