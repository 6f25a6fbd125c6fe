"""What the conference forms share (the hamlet and dialogue panels of the "Conferences" tab and the
"Staff conference" tab): the searchable list beside the form, the problem line and the Save button
that follow the service's checks as one types, and each save or delete put on the window's undo
stack. The user-visible texts stay in the tabs (their translation context is the tab's class)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.ui.supervision.conference_commands import SnapshotCommand
from dancoso_desktop.ui.supervision.conference_models import ROW_ROLE, FoldFilterProxy

RED, GREEN = "color: #b00020;", "color: #2e7d32;"


def record_table(model: Any) -> QTableView:
    """A sortable table of one selectable row at a time, columns sized to their contents."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ConferenceForm(QWidget):
    """A list of conference records beside the form of the selected one.

    A subclass builds its widgets with the helpers below and provides ``reload``, ``save`` (and
    ``new``/``delete`` when it has those buttons), ``_load_selected`` and ``_report_error``; undo
    steps save and delete through the service functions given here.
    """

    changed = Signal()

    def __init__(self, year: int, undo_stack: QUndoStack | None, *, save: Callable[[Any], Any],
                 delete: Callable[[int], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.undo_stack = year, undo_stack
        self._store_save, self._store_delete = save, delete
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(RED)

    # -- to provide ------------------------------------------------------------------------------
    def reload(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def new(self) -> None:
        raise NotImplementedError

    def delete(self) -> None:
        raise NotImplementedError

    def _load_selected(self) -> None:
        raise NotImplementedError

    def _report_error(self, exc: BaseException) -> None:
        raise NotImplementedError

    # -- building ----------------------------------------------------------------------------------
    def _searchable_list(self, model: QAbstractItemModel, placeholder: str) -> None:
        """``self.proxy`` (search as typed), ``self.view`` (selecting loads the form), ``self.search``."""
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.view = record_table(self.proxy)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._load_selected())
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)

    def _edit_buttons(self, new: str, save: str, delete: str) -> QHBoxLayout:
        """``self.new_button``, ``self.save_button``, ``self.delete_button`` in a row, then a stretch."""
        self.new_button, self.save_button, self.delete_button = QPushButton(new), QPushButton(save), QPushButton(delete)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        return buttons

    def _place_side_by_side(self, left: QWidget, right: QWidget, stretch: tuple[int, int] | None = None) -> None:
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        if stretch is not None:
            splitter.setStretchFactor(0, stretch[0])
            splitter.setStretchFactor(1, stretch[1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _shortcuts(self, *, new: bool) -> None:
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        if new:
            QShortcut(QKeySequence("Ctrl+N"), self, self.new)

    # -- the list ----------------------------------------------------------------------------------
    def _selected_row(self) -> Any:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_record(self, conf_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).id == conf_id:
                self.view.setCurrentIndex(self.proxy.index(row, 0))
                self._load_selected()
                return True
        return False

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    # -- checks, saving, undo ----------------------------------------------------------------------
    def _show_check(self, clean: Callable[[Any], Any], record: Any) -> bool:
        """Run the service's check of the record as typed: its message under the form, Save only when clean."""
        try:
            clean(record)
        except UserError as exc:
            self.problem.setText(exc.text())
            self.save_button.setEnabled(False)
            return False
        self.problem.setText("")
        self.save_button.setEnabled(True)
        return True

    def _save_step(self, text: str, before: Any, work: Callable[[], Any], then: Callable[[Any], None]) -> bool:
        """Save through ``work`` (a refusal goes under the form), as one undo step; ``then(saved)``."""
        try:
            after = work()
        except UserError as exc:
            self.problem.setText(exc.text())
            return False
        self._push(text, before, after)
        then(after)
        self.changed.emit()
        return True

    def _delete_step(self, text: str, before: Any, then: Callable[[], None]) -> None:
        """A record the service has just deleted, as one undo step; ``then()``."""
        self._push(text, before, None)
        then()
        self.changed.emit()

    def _push(self, text: str, before: Any, after: Any) -> None:
        if self.undo_stack is None:
            return
        self.undo_stack.push(SnapshotCommand(text, before, after, save=self._store_save, delete=self._store_delete,
                                             on_change=self._after_undo, on_error=self._report_error))

    def _after_undo(self) -> None:
        self.reload()
        self.changed.emit()
