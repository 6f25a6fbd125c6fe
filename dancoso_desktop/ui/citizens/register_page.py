"""What the consultations and hương ước register pages share: the lazy register table, the search
box with its delayed filtering and Ctrl+F, the row of action buttons, the undoable save and delete
through the modal form, the save dialog and long work through ``run_task``.

Each page builds its own filters and layout and keeps every ``self.tr()`` string in its own class
(the translation context stays the page's class name); the texts this base needs it asks for
through ``_texts()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.citizens.consultation_commands import DeleteCommand, SavedCommand
from dancoso_desktop.ui.citizens.consultation_model import LazyModel
from dancoso_desktop.ui.widgets.messages import Messages

SEARCH_DELAY_MS = 60
RunTask = Callable[[str, Callable[[], Any], Callable[[Any], None]], Any]
# (key in ``buttons``, text, slot, shortcut or "")
Action = tuple[str, str, Callable[[], Any], str]


@dataclass(frozen=True)
class RegisterTexts:
    """The page's translated texts the shared code shows (undo names, the delete question)."""

    edit: str
    delete_title: str
    delete_question: str
    delete: str


class RegisterPage(QWidget):
    """A register page over a ``LazyModel`` and a service with ``get``/``save``/``delete``/``restore``."""

    data_changed = Signal()
    model: LazyModel
    view: QTableView
    search: QLineEdit
    count_label: QLabel

    def __init__(self, ws: Workspace, svc: Any, *, undo_stack: QUndoStack | None,
                 show_error: Callable[[BaseException], None] | None, run_task: RunTask | None,
                 today: date | None) -> None:
        super().__init__()
        self.ws = ws
        self.svc = svc
        self.today = today or date.today()
        self.undo_stack = undo_stack or QUndoStack(self)
        self._show_error = show_error
        self._run_task = run_task

    # -- what each page provides --------------------------------------------------------------
    def _texts(self) -> RegisterTexts:
        raise NotImplementedError

    def _dialog(self, record: Any) -> Any:
        """The modal form for ``record`` (it has ``exec()`` and ``saved``)."""
        raise NotImplementedError

    def apply_filter(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    # -- building -----------------------------------------------------------------------------
    def _register_view(self, name: str, sort_column: int, widths: Sequence[tuple[int, int]]) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(self.model)
        view.setSortingEnabled(True)
        view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        for col, width in widths:
            view.setColumnWidth(col, width)
        view.doubleClicked.connect(lambda index: self.open_record(self.model.id_at(index.row())))
        return view

    @staticmethod
    def _search_box(name: str, placeholder: str) -> QLineEdit:
        search = QLineEdit()
        search.setObjectName(name)
        search.setPlaceholderText(placeholder)
        search.setClearButtonEnabled(True)
        return search

    def _wire_filters(self, combos: Iterable[QComboBox], check: QCheckBox, counts_name: str) -> None:
        """Typing filters after a short pause, a combo or the check box at once; Ctrl+F; the count line."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda *_: self._timer.start())
        for combo in combos:
            combo.currentIndexChanged.connect(lambda *_: self.apply_filter())
        check.toggled.connect(lambda *_: self.apply_filter())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        self.count_label = QLabel()
        self.count_label.setObjectName(counts_name)

    def _action_row(self, actions: Iterable[Action]) -> QHBoxLayout:
        """The buttons in ``self.buttons``, a stretch after "delete"."""
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, shortcut in actions:
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=slot: s())
            if shortcut:
                b.setShortcut(QKeySequence(shortcut))
            self.buttons[key] = b
            row.addWidget(b)
            if key == "delete":
                row.addStretch(1)
        return row

    def _search_rows(self, check: QCheckBox, combos: Iterable[QComboBox]) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The search box with the check box beside it, then the filter combos side by side."""
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(check)
        filters = QHBoxLayout()
        for w in combos:
            w.setMinimumContentsLength(12)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            filters.addWidget(w, 1)
        return top, filters

    # -- loading ------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def error(self, exc: BaseException) -> None:
        Messages.report(self, exc, self._show_error)

    # -- records ------------------------------------------------------------------------------
    @classmethod
    def run_dialog(cls, dialog: Any) -> bool:
        """Show the form modally (tests replace this classmethod)."""
        return bool(dialog.exec())

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select(self, record_id: int) -> bool:
        row = self.model.row_of_id(record_id)
        while row < 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of_id(record_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _run_form(self, dialog: Any, before: Any, undo_text: str) -> None:
        """Show the form; what it saved goes on the undo stack (``before`` is None for a new record)."""
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.undo_stack.push(SavedCommand(self.svc, before, dialog.saved, self._changed, undo_text))
            self._changed()

    def open_selected(self) -> None:
        self.open_record(self.selected_id())

    def open_record(self, record_id: int | None) -> None:
        if record_id is None:
            return
        try:
            before = self.svc.get(record_id)
        except UserError as exc:
            self.error(exc)
            return
        self._run_form(self._dialog(before), before, self._texts().edit)

    def _select_and_open(self, record_id: int) -> None:
        """The end of ``show_record``, once the page's filters let the record show."""
        self.apply_filter()
        self.select(record_id)
        self.open_record(record_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        texts = self._texts()
        if not Messages.ask(self, texts.delete_title, texts.delete_question):
            return
        try:
            self.undo_stack.push(DeleteCommand(self.svc, record_id, self._changed, texts.delete))
        except UserError as exc:
            self.error(exc)

    # -- outputs ------------------------------------------------------------------------------
    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, file_filter: str) -> Path | None:
        """The save dialog (tests replace this classmethod)."""
        name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save as"), suggested, file_filter)
        return Path(name) if name else None

    def _run(self, title: str, fn: Callable[[], Any]) -> None:
        if self._run_task is not None:
            self._run_task(title, fn, lambda _result: None)
            return
        try:
            fn()
        except UserError as exc:
            self.error(exc)

    def _save_as(self, suggested: str, file_filter: str, title: str, write: Callable[[Path], Any]) -> None:
        """Ask where to save, then write there as long work (nothing happens if the user cancels)."""
        target = self.ask_save_path(self, suggested, file_filter)
        if target is None:
            return
        self._run(title, lambda: write(target))
