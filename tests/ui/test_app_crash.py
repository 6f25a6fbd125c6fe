"""The crash handler: the log first, then the dialog; known refusals as plain messages."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path

import pytest

from dancoso_desktop import app as app_module
from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.ui import crash
from dancoso_desktop.ui.crash import CrashDialog
from dancoso_desktop.ui.widgets.messages import Messages


@pytest.fixture
def handler(qapp, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    log_path = app_module.setup_logging(tmp_path / "logs")
    assert log_path is not None
    h = crash.install(log_path)
    seen: dict[str, list] = {"dialogs": [], "log_at_dialog": [], "messages": []}

    def show_dialog(details: str) -> None:
        seen["dialogs"].append(details)
        seen["log_at_dialog"].append(log_path.read_text(encoding="utf-8"))

    monkeypatch.setattr(h, "show_dialog", show_dialog)
    monkeypatch.setattr(Messages, "user_error", classmethod(lambda cls, p, exc: seen["messages"].append(exc.text())))
    yield h, seen, log_path
    crash.uninstall()
    app_module.close_logging()


def test_a_bug_is_logged_before_the_dialog_shows(qtbot, handler) -> None:  # type: ignore[no-untyped-def]
    h, seen, log_path = handler
    assert sys.excepthook == h.excepthook
    try:
        raise ZeroDivisionError("chia cho 0 trong báo cáo")
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: len(seen["dialogs"]) == 1)
    assert "ZeroDivisionError: chia cho 0 trong báo cáo" in seen["dialogs"][0]
    # When the dialog appeared, the traceback was already on disk.
    assert "ZeroDivisionError: chia cho 0 trong báo cáo" in seen["log_at_dialog"][0]
    assert "Traceback" in log_path.read_text(encoding="utf-8")


def test_a_known_refusal_is_a_plain_message_not_a_crash(qtbot, handler) -> None:  # type: ignore[no-untyped-def]
    h, seen, _ = handler
    h.handle(EnvironmentProblem("Đĩa đầy.", "The disk is full."))
    qtbot.waitUntil(lambda: seen["messages"] == ["Đĩa đầy."])
    assert seen["dialogs"] == []


def test_a_bug_in_a_worker_thread_reaches_the_gui_thread(qtbot, handler) -> None:  # type: ignore[no-untyped-def]
    _, seen, log_path = handler

    def work() -> None:
        raise KeyError("missing section")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert "missing section" in log_path.read_text(encoding="utf-8")  # logged in the thread itself
    qtbot.waitUntil(lambda: len(seen["dialogs"]) == 1)
    assert "KeyError" in seen["dialogs"][0]


def test_uninstall_gives_the_hooks_back(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = (sys.excepthook, threading.excepthook)
    crash.install(tmp_path / "x.log")
    crash.install(tmp_path / "y.log")  # twice: still one set of previous hooks
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_crash_dialog_shows_the_traceback_and_the_log_path(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    log = tmp_path / "logs" / "dancoso.log"
    dialog = CrashDialog("Traceback (most recent call last):\nValueError: x", log)
    qtbot.addWidget(dialog)
    assert "ValueError: x" in dialog.details.toPlainText()
    assert str(log) in dialog.log_label.text()
    assert dialog.details.isReadOnly()


def test_log_rotates_and_is_written_in_utf8(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = app_module.setup_logging(tmp_path / "logs")
    try:
        assert path is not None
        logging.getLogger("dancoso.test").warning("Thôn Đông")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "Thôn Đông" in path.read_text(encoding="utf-8")
        rotating = app_module._log_handler
        assert isinstance(rotating, logging.handlers.RotatingFileHandler)
        assert rotating.maxBytes > 0 and rotating.backupCount >= 3
    finally:
        app_module.close_logging()


def test_no_log_when_the_folder_cannot_be_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert app_module.setup_logging(blocker / "logs") is None
