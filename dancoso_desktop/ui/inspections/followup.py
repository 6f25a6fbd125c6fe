"""Follow-up of recommendations across all inspections: overdue first, closed only with a note.

Status changes go through the window's undo stack when there is one (Ctrl+Z puts the old
status, date and note back).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.inspection import Recommendation, RecStatus
from dancoso_desktop.domain.text import clean_text
from dancoso_desktop.services.inspection_service import InspectionService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.inspections.models import ROW_ROLE, FilterProxy, FollowupModel
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit


class DoneDialog(QDialog):
    """Asks the date a recommendation was done and how; refuses an empty note."""

    def __init__(self, rec: Recommendation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recommendation done"))
        self.done_on = VietDateEdit(rec.done_on or date.today())
        self.note = QPlainTextEdit(rec.note)
        self.note.setPlaceholderText(self.tr("How was it done? (required)"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(QLabel(rec.text))
        form.addRow(self.tr("&Date done:"), self.done_on)
        form.addRow(self.tr("&How it was done:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> bool:
        ok = bool(clean_text(self.note.toPlainText()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.problem.setText("" if ok else self.tr("A recommendation cannot be closed without a note on how it was done."))
        return ok

    def _accept(self) -> None:
        if self._check():
            self.accept()

    @classmethod
    def ask(cls, rec: Recommendation, parent: QWidget | None = None) -> tuple[date, str] | None:
        """The date and note, or None when cancelled; tests replace this classmethod."""
        dialog = cls(rec, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.done_on.value(), dialog.note.toPlainText()


class StatusCommand(QUndoCommand):
    def __init__(self, page: FollowupPage, rec: Recommendation, status: RecStatus, done_on: date | None,
                 note: str) -> None:
        super().__init__(QCoreApplication.translate("FollowupPage", "Recommendation: %1").replace("%1", rec.text[:40]))
        self.page = page
        self.rec_id = rec.id or 0
        self.old = (rec.status, rec.done_on, rec.note)
        self.new = (status, done_on, note)

    def redo(self) -> None:
        self.page.apply(self.rec_id, *self.new)

    def undo(self) -> None:
        self.page.apply(self.rec_id, *self.old)


class FollowupPage(QWidget):
    data_changed = Signal()

    def __init__(self, ws: Workspace, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = InspectionService(ws.db, today=today)
        self.undo_stack = undo_stack
        self._show_error = show_error
        self.setWindowTitle(self.tr("Follow-up"))
        self.heading = QLabel(self.tr("Recommendations after inspections (overdue first)"))
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.model = FollowupModel(today, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F): unit, recommendation…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_query)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter.setFocus)
        self.show_done = QCheckBox(self.tr("Show &done ones too"))
        self.show_done.toggled.connect(lambda *_: self.reload())
        self.progress_button = QPushButton(self.tr("Mark &in progress"))
        self.done_button = QPushButton(self.tr("Mark &done…"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.progress_button.clicked.connect(lambda: self.change(RecStatus.IN_PROGRESS))
        self.done_button.clicked.connect(lambda: self.change(RecStatus.DONE))
        self.reopen_button.clicked.connect(lambda: self.change(RecStatus.OPEN))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_done)
        buttons = QHBoxLayout()
        for b in (self.progress_button, self.done_button, self.reopen_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(self.service.recommendations(include_done=self.show_done.isChecked()))
        header = self.view.horizontalHeader()
        for col, width in enumerate([90, 0, 150, 150, 95, 110, 70, 160]):
            if width:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)   # the recommendation itself
        self.view.resizeRowsToContents()
        counts = self.service.count_open()
        self.summary.setText(self.tr("%1 open, %2 overdue").replace("%1", str(counts["open"]))
                             .replace("%2", str(counts["overdue"])))
        if selected is not None:
            self.select(selected.id)

    def select(self, rec_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            rec = self.proxy.data(self.proxy.index(row, 0), ROW_ROLE)
            if rec.id == rec_id:
                self.view.selectRow(row)
                return

    def select_record(self, rec_id: int) -> bool:
        """Select one recommendation, clearing a filter that hides it (the due list opens it)."""
        self.filter.clear()
        self.select(rec_id)
        rec = self.selected()
        return rec is not None and rec.id == rec_id

    def selected(self) -> Recommendation | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def change(self, status: RecStatus) -> None:
        rec = self.selected()
        if rec is None:
            return
        done_on, note = None, rec.note
        if status is RecStatus.DONE:
            answer = DoneDialog.ask(rec, self)
            if answer is None:
                return
            done_on, note = answer
        command = StatusCommand(self, rec, status, done_on, note)
        try:
            # Try first: a refused change never reaches the undo stack.
            self.apply(command.rec_id, *command.new)
        except UserError as exc:
            self._error(exc)
            return
        if self.undo_stack is not None:
            command.setObsolete(False)
            self._skip_redo = True
            self.undo_stack.push(command)

    _skip_redo = False

    def apply(self, rec_id: int, status: RecStatus, done_on: date | None, note: str) -> None:
        if self._skip_redo:     # QUndoStack.push calls redo(); the change is already made
            self._skip_redo = False
            return
        self.service.set_recommendation_status(rec_id, status, done_on=done_on, note=note)
        self.reload()
        self.select(rec_id)
        self.data_changed.emit()

    def _error(self, exc: BaseException) -> None:
        if self._show_error is not None:
            self._show_error(exc)
        else:
            self.summary.setText(exc.text() if isinstance(exc, UserError) else str(exc))
