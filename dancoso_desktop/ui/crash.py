"""The crash handler: bugs are written to the log first, then shown with the log's path.

Known refusals (``UserError``: bad input, a locked file, a read-only folder) are not bugs: they
get a plain message instead. Exceptions raised in worker threads are logged at once in that
thread and shown by the GUI thread (a widget must never be touched from another thread).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop import __version__
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.ui import i18n

log = logging.getLogger("dancoso.crash")


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The program ran into an error"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Something went wrong inside the program. Your data saved so far is safe: every change is stored the moment it is made.")
                       + "\n" + self.tr("Please send the technical details below, or the log file, to your IT staff."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = (self.tr("Log file: %1").replace("%1", str(log_path)) if log_path
                 else self.tr("No log file could be written."))
        self.log_label = QLabel(where)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        layout.addWidget(self.log_label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        i18n.localize_buttons(buttons)
        layout.addWidget(buttons)


class _Bridge(QObject):
    """Carries an error from any thread to the GUI thread (queued signal)."""

    show = Signal(object, str)


class CrashHandler:
    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self.bridge = _Bridge()
        self.bridge.show.connect(self._show)
        self._showing = False

    # sys.excepthook / threading.excepthook -------------------------------------------------
    def excepthook(self, etype: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        self.handle(value, etype, tb)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.handle(args.exc_value, args.exc_type, args.exc_traceback)

    def handle(self, value: BaseException, etype: type[BaseException] | None = None,
               tb: TracebackType | None = None) -> None:
        etype = etype or type(value)
        tb = tb or value.__traceback__
        if issubclass(etype, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(etype, value, tb))
        # The log first: if showing the dialog fails too, the traceback is already on disk.
        if isinstance(value, UserError):
            log.warning("refused: %s", value.en)
        else:
            log.critical("unhandled error (version %s)\n%s", __version__, details)
        for handler in logging.getLogger().handlers:
            handler.flush()
        if QApplication.instance() is None:
            sys.stderr.write(details)
            return
        self.bridge.show.emit(value, details)

    def _show(self, value: BaseException, details: str) -> None:
        if self._showing:  # an error inside the dialog itself: the log has it already
            return
        self._showing = True
        try:
            if isinstance(value, UserError):
                from dancoso_desktop.ui.widgets.messages import Messages

                Messages.user_error(QApplication.activeWindow(), value)
            else:
                self.show_dialog(details)
        finally:
            self._showing = False

    def show_dialog(self, details: str) -> None:
        CrashDialog(details, self.log_path, QApplication.activeWindow()).exec()


_handler: CrashHandler | None = None
_previous: tuple = ()


def install(log_path: Path | None) -> CrashHandler:
    global _handler, _previous
    if _handler is None:
        _previous = (sys.excepthook, threading.excepthook)
    _handler = CrashHandler(log_path)
    sys.excepthook = _handler.excepthook
    threading.excepthook = _handler.thread_hook
    return _handler


def handler() -> CrashHandler | None:
    return _handler


def uninstall() -> None:
    global _handler, _previous
    if _handler is not None and _previous:
        sys.excepthook, threading.excepthook = _previous
    _handler = None
    _previous = ()
