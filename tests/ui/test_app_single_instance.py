"""One window per data folder: a second launch raises the first; a stale lock does not block."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.storage.datafile import LOCK_FILENAME
from dancoso_desktop.ui.single_instance import SingleInstance, server_name
from tests.conftest import ROOT, python_cmd

CHILD_TIMEOUT = 60


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


@pytest.fixture
def first(qapp, data_dir):  # type: ignore[no-untyped-def]
    instance = SingleInstance(data_dir)
    assert instance.acquire() is True
    yield instance
    instance.release()


def test_server_name_depends_on_the_folder(tmp_path: Path) -> None:
    a, b = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert a != b and a == server_name(tmp_path / "a" / ".." / "a")
    assert len(a) < 40  # Unix socket paths are short


def test_second_instance_in_process_raises_the_first(qtbot, first, data_dir) -> None:  # type: ignore[no-untyped-def]
    second = SingleInstance(data_dir)
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert second.acquire() is False
    assert not second.lock.isLocked()
    second.release()


def test_second_process_exits_and_the_first_window_is_raised(qtbot, first, data_dir) -> None:  # type: ignore[no-untyped-def]
    raised: list[bool] = []
    first.raise_requested.connect(lambda: raised.append(True))
    proc = subprocess.Popen([*python_cmd(), "--data-dir", str(data_dir)], env=_env(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=CHILD_TIMEOUT * 1000)
    finally:
        if proc.poll() is None:
            proc.kill()
    _out, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    qtbot.waitUntil(lambda: raised == [True], timeout=5000)
    # The second launch touched nothing: no database, no log of its own.
    assert not (data_dir / "dancoso.sqlite").exists()


def _child_holding_lock(data_dir: Path, *, serve: bool) -> subprocess.Popen[str]:
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QLockFile
        from dancoso_desktop.ui.single_instance import SingleInstance
        from dancoso_desktop.storage.datafile import LOCK_FILENAME
        app = QCoreApplication([])
        d = Path({str(data_dir)!r})
        if {serve!r}:
            holder = SingleInstance(d)
            assert holder.acquire()
        else:
            holder = QLockFile(str(d / LOCK_FILENAME))
            holder.setStaleLockTime(0)
            assert holder.tryLock(0)
        print("locked", flush=True)
        time.sleep(120)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], env=_env(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "locked", proc.stderr.read() if proc.stderr else ""
    return proc


def _end(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=CHILD_TIMEOUT)  # reads and closes the pipes


def test_stale_lock_of_a_killed_instance_does_not_block(qapp, data_dir) -> None:  # type: ignore[no-untyped-def]
    proc = _child_holding_lock(data_dir, serve=True)
    proc.kill()  # SIGKILL / TerminateProcess, as a power cut would: no clean-up at all
    _end(proc)
    assert (data_dir / LOCK_FILENAME).exists()
    instance = SingleInstance(data_dir)
    try:
        assert instance.acquire() is True
        assert instance.server is not None and instance.server.isListening()
    finally:
        instance.release()


def test_stale_lock_with_a_dead_pid_written_by_hand(qapp, data_dir) -> None:  # type: ignore[no-untyped-def]
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (data_dir / LOCK_FILENAME).write_text(f"{dead.pid}\npython3\n{QSysInfo.machineHostName()}\n", encoding="utf-8")
    instance = SingleInstance(data_dir)
    try:
        assert instance.acquire() is True
    finally:
        instance.release()


def test_lock_from_before_a_power_cut_is_stale_even_if_its_pid_is_reused(qapp, data_dir) -> None:  # type: ignore[no-untyped-def]
    # After the restart another program may have the old PID; the boot id tells them apart.
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        machine = bytes(QSysInfo.machineUniqueId().data()).decode()
        (data_dir / LOCK_FILENAME).write_text(
            f"{other.pid}\npython3\n{QSysInfo.machineHostName()}\n{machine}\n00000000-0000-0000-0000-000000000000\n",
            encoding="utf-8")
        instance = SingleInstance(data_dir)
        try:
            assert instance.acquire() is True
        finally:
            instance.release()
    finally:
        other.kill()
        other.wait(CHILD_TIMEOUT)


def test_a_live_holder_that_does_not_answer_is_respected(qapp, data_dir) -> None:  # type: ignore[no-untyped-def]
    proc = _child_holding_lock(data_dir, serve=False)
    try:
        instance = SingleInstance(data_dir)
        with pytest.raises(EnvironmentProblem) as info:
            instance.acquire()
        assert "không trả lời" in info.value.vi and "does not answer" in info.value.en
    finally:
        _end(proc)


def test_release_lets_the_next_instance_in(qapp, data_dir) -> None:  # type: ignore[no-untyped-def]
    a = SingleInstance(data_dir)
    assert a.acquire()
    a.release()
    b = SingleInstance(data_dir)
    assert b.acquire()
    b.release()
