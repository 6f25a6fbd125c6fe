"""`dancoso restore` refuses while a window has the data folder open (the window would keep
writing to the file being replaced); a lock left by a dead process does not stop it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSysInfo

from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage.datafile import LOCK_FILENAME, window_holding
from dancoso_desktop.ui.single_instance import SingleInstance


def _data_with_backup(data_dir: Path) -> Path:
    ws = open_workspace(data_dir)
    try:
        PlanService(ws.db).create_plan(Plan(2026))
        return backup_service.back_up(ws, "manual").path
    finally:
        ws.close()


_WINDOW = """
import sys
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication(sys.argv[:1])
lock = QLockFile(sys.argv[1])   # what SingleInstance holds while a window is open
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
sys.stdin.readline()
lock.unlock()
"""


def test_restore_waits_for_the_window_to_close(qapp, cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    backup = _data_with_backup(data_dir)
    window = subprocess.Popen([sys.executable, "-c", _WINDOW, str(data_dir / LOCK_FILENAME)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "locked"
        assert window_holding(data_dir) == window.pid
        before = (data_dir / "dancoso.sqlite").read_bytes()
        r = cli("restore", str(backup))
        assert r.code == 1 and "Cửa sổ chương trình đang mở thư mục dữ liệu này" in r.err
        r = cli("restore", str(backup), lang="en")
        assert r.code == 1 and "Restore from the window" in r.err
        assert (data_dir / "dancoso.sqlite").read_bytes() == before
        assert not list((data_dir / "backups").glob("*before-restore*"))
    finally:
        window.communicate("quit\n", timeout=30)
    assert window_holding(data_dir) is None
    assert cli("plan", "new", "--year", "2027").code == 0     # data that the restore must take away
    r = cli("restore", str(backup))
    assert r.code == 0, r.err
    assert [p["year"] for p in json.loads(cli("plan", "list", "--json").out)] == [2026]


def test_this_processs_own_window_may_restore(qapp, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    # The first-run offer to restore a damaged file runs in the window's own process.
    backup = _data_with_backup(data_dir)
    window = SingleInstance(data_dir)
    assert window.acquire()
    try:
        assert window_holding(data_dir) is not None
        assert backup_service.restore(data_dir, backup).restored_from == backup
    finally:
        window.release()


def test_a_lock_left_by_a_dead_process_does_not_block(qapp, cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    backup = _data_with_backup(data_dir)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (data_dir / LOCK_FILENAME).write_text(f"{dead.pid}\npython3\n{QSysInfo.machineHostName()}\n", encoding="utf-8")
    assert window_holding(data_dir) is None
    assert cli("restore", str(backup)).code == 0


def test_a_lock_from_before_a_restart_does_not_block(qapp, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock = data_dir / LOCK_FILENAME
        host = QSysInfo.machineHostName()
        lock.write_text(f"{alive.pid}\npython3\n{host}\n", encoding="utf-8")
        assert window_holding(data_dir) == alive.pid     # a live process holds it
        if Path("/proc/sys/kernel/random/boot_id").exists():
            lock.write_text(f"{alive.pid}\npython3\n{host}\nmachine\n00000000-0000-0000-0000-000000000000\n",
                            encoding="utf-8")
            assert window_holding(data_dir) is None      # …but it was written before this boot
        lock.write_text(f"{alive.pid}\npython3\nanother-pc-{host}\n", encoding="utf-8")
        assert window_holding(data_dir) is None          # a folder copied from another computer
    finally:
        alive.kill()
        alive.wait(30)
