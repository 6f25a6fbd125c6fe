"""Long work off the GUI thread, with a progress dialog (design.md §6: never freeze the window).

``TaskRunner.start(title, fn, on_done)`` runs ``fn()`` — or ``fn(progress)`` when it takes an
argument — in Qt's thread pool. ``progress(done, total, text="")`` moves the bar and raises
``TaskCancelled`` once the officer pressed Cancel, so the work stops at a safe point. The
result goes to ``on_done(result)`` and an exception to ``on_error(exc)``, both on the GUI thread.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside the work by ``progress()`` after Cancel was pressed."""


def _wants_progress(fn: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
               for p in params)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, cancelled: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.signals = signals
        self.cancelled = cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled.is_set():
            raise TaskCancelled
        self.signals.progressed.emit(int(done), int(total), text)

    def run(self) -> None:
        try:
            result = self.fn(self.progress) if _wants_progress(self.fn) else self.fn()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """One running job and its progress dialog."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[..., Any],
                 on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.running = True
        self._cancelled = threading.Event()
        # A child of the task: destroyed with it on the GUI thread. Owned by nobody, it could
        # die with the runnable on the worker thread — deleting a QObject from a thread that is
        # not its own crashes.
        self._signals = _Signals(self)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # short work finishes without a flashing dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not _wants_progress(fn):  # the work cannot stop half-way: no Cancel button
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancel)
        self._signals.progressed.connect(self._progress)
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._on_done = on_done
        self._on_error = on_error
        (pool or QThreadPool.globalInstance()).start(_Job(fn, self._signals, self._cancelled))

    def _cancel(self) -> None:
        self._cancelled.set()
        self.dialog.setLabelText(self.tr("Stopping…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    def _close(self) -> None:
        self.running = False
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()

    def _finished(self, result: Any) -> None:
        self._close()
        self.done.emit(result)
        if self._on_done is not None:
            self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, TaskCancelled):
            log.info("task cancelled: %s", self.title)
            return
        self.error.emit(exc)
        if self._on_error is not None:
            self._on_error(exc)
