"""The entry point: CLI without Qt, the screenshot command, refusals at start-up, a whole GUI run."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from contextlib import closing

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from dancoso_desktop import app as app_module
from dancoso_desktop.domain.commune import Commune
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.ui import i18n
from dancoso_desktop.ui.first_run_dialog import CommuneDialog
from dancoso_desktop.ui.main_window import MainWindow
from dancoso_desktop.ui.single_instance import LOCK_FILENAME, SingleInstance
from dancoso_desktop.ui.widgets.messages import Messages
from tests.conftest import ROOT, python_cmd

TIMEOUT = 120


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([*python_cmd(), *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def restore_language(qapp):  # type: ignore[no-untyped-def]
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def warnings_shown(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(Messages, "warning", classmethod(lambda cls, p, t, text: shown.append(text)))
    return shown


def test_command_line_path_does_not_load_qt(data_dir) -> None:  # type: ignore[no-untyped-def]
    code = ("import sys; from dancoso_desktop.app import main; "
            f"rc = main(['--data-dir', {str(data_dir)!r}, 'plan', 'list']); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'; sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=TIMEOUT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == 0, done.stderr


def test_screenshot_of_the_plan_page_writes_a_png(demo_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    shutil.copytree(demo_dir, data)
    out = tmp_path / "shots" / "x.png"
    done = _run("--data-dir", str(data), "screenshot", "--page", "plan", "-o", str(out), "--size", "1000x700")
    assert done.returncode == 0, done.stderr
    assert png_size(out.read_bytes()) == (1000, 700)
    assert out.stat().st_size > 10_000  # a drawn window, not a blank square
    assert not (data / "settings.ini").exists() or "geometry" not in (data / "settings.ini").read_text()


def test_screenshot_of_the_units_dialog_in_process(cli, workspace, tmp_path, restore_language) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "units.png"
    result = cli("screenshot", "--page", "units", "-o", str(out))
    assert result.code == 0, result.err
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert gc.isenabled()   # paused during start-up only


def test_screenshot_of_an_unknown_page_is_refused(cli, tmp_path, restore_language) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.png"
    result = cli("screenshot", "--page", "nowhere", "-o", str(out))
    assert result.code == 1
    assert "nowhere" in result.err and "units" in result.err
    assert not out.exists()
    bad = cli("screenshot", "--page", "units", "-o", str(out), "--size", "big")
    assert bad.code == 1 and "1280x800" in bad.err
    assert gc.isenabled()   # a refused start gives the cycle collector back too


def test_a_database_that_is_not_ours_is_refused_and_left_untouched(cli, data_dir, tmp_path, restore_language) -> None:  # type: ignore[no-untyped-def]
    foreign = data_dir / "dancoso.sqlite"
    foreign.write_bytes(b"not a database at all" * 100)
    before = foreign.read_bytes()
    result = cli("screenshot", "--page", "units", "-o", str(tmp_path / "x.png"))
    assert result.code == 1
    assert "không phải" in result.err
    assert foreign.read_bytes() == before


def test_window_start_refuses_a_data_folder_that_cannot_be_written(tmp_path, warnings_shown, restore_language) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code = app_module.main(["--data-dir", str(blocker / "data")])
    assert code == 1
    assert warnings_shown and "thư mục dữ liệu" in warnings_shown[0]


def test_window_start_refuses_a_newer_database_with_a_message(data_dir, warnings_shown, restore_language) -> None:  # type: ignore[no-untyped-def]
    open_workspace(data_dir).close()
    db_file = data_dir / "dancoso.sqlite"
    with closing(sqlite3.connect(db_file)) as con, con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = db_file.read_bytes()
    code = app_module.main(["--data-dir", str(data_dir), "--lang", "en"])
    assert code == 1
    assert warnings_shown and "newer version" in warnings_shown[0]
    assert db_file.read_bytes() == before
    assert not (data_dir / LOCK_FILENAME).exists()  # the lock was given back


def test_second_launch_in_process_returns_zero(qtbot, qapp, data_dir, restore_language) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(data_dir)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert app_module.main(["--data-dir", str(data_dir)]) == 0
    finally:
        first.release()


def test_whole_window_run_first_run_log_and_lock(qapp, data_dir, monkeypatch, restore_language) -> None:  # type: ignore[no-untyped-def]
    asked: list[bool] = []

    def ask(cls, parent, service):  # type: ignore[no-untyped-def]
        asked.append(True)
        return service.save_commune(Commune("Lâm Đồng", "Bình Lư", signer_name="Nguyễn Văn An"))

    monkeypatch.setattr(CommuneDialog, "ask", classmethod(ask))
    seen: dict[str, object] = {}

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, close_when_shown)
            return
        seen["title"] = windows[0].windowTitle()
        seen["locked"] = (data_dir / LOCK_FILENAME).exists()
        windows[0].close()

    QTimer.singleShot(0, close_when_shown)
    assert app_module.main(["--data-dir", str(data_dir)]) == 0
    assert asked == [True]
    assert seen["title"] == "Dân chủ ở cơ sở — Xã Bình Lư"
    assert seen["locked"] is True
    assert not (data_dir / LOCK_FILENAME).exists()
    log_text = (data_dir / "logs" / "dancoso.log").read_text(encoding="utf-8")
    assert "starting" in log_text
    ws = open_workspace(data_dir)
    try:
        assert CommuneService(ws.db).get_commune() is not None
    finally:
        ws.close()
    assert sys.excepthook is not app_module  # the crash handler was taken away again
