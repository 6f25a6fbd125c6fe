"""What the register tabs of the supervision page (recommendations, petitions) share: a filter
bar above a lazily paged table beside a form with New/Save/Delete, the keyboard shortcuts, and the
save/delete flow that puts a snapshot command on the undo stack.

No text is translated here: each tab passes its own (its ``tr()`` context stays its class), and
the clock names keep their "SupervisionTabs" context."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.supervision import Clock
from dancoso_desktop.ui.supervision.boards_common import LazyTableModel, SnapshotCommand
from dancoso_desktop.ui.widgets.messages import Messages


def clock_text(_widget: Any, clock: Clock) -> str:
    return {Clock.OPEN: QCoreApplication.translate("SupervisionTabs", "Open"), Clock.OVERDUE: QCoreApplication.translate("SupervisionTabs", "Overdue"),
            Clock.ON_TIME: QCoreApplication.translate("SupervisionTabs", "On time"), Clock.LATE: QCoreApplication.translate("SupervisionTabs", "Late"),
            Clock.NONE: "—"}[clock]


class Record(Protocol):
    @property
    def id(self) -> int | None: ...

    @property
    def received_on(self) -> date: ...


R = TypeVar("R", bound=Record)


class RegisterTab(QWidget, Generic[R]):
    """The frame of a register tab. A subclass builds its filters, ``self.model`` (a
    ``LazyTableModel``) and its form, then calls ``_assemble``; it supplies the record-specific
    parts: ``_show``/``_blank`` (fill or empty the form), ``value``, ``_problem`` (what stops a
    save, ""), ``_count_text``, ``_record_of_row``, ``_get``/``_store``/``_remove`` (its service)
    and ``_undo_texts``."""

    data_changed = Signal()

    def __init__(self, year: int, *, undo_stack: QUndoStack | None, show_error: Any, today: Any) -> None:
        super().__init__()
        self.year = year
        self.undo_stack = undo_stack or QUndoStack(self)
        self._show_error = show_error
        self._today = today or date.today
        self.current: R | None = None
        self.saved: R | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.filters: list[QComboBox] = []
        self.model: LazyTableModel
        self.view = QTableView()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37")

    # -- building ----------------------------------------------------------------------------------
    def _clock_filter(self, every_state: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(every_state, None)
        for c in (Clock.OVERDUE, Clock.OPEN, Clock.LATE, Clock.ON_TIME):
            combo.addItem(clock_text(self, c), c)
        return combo

    def _set_up_view(self, model: LazyTableModel, widths: Sequence[int]) -> None:
        self.model = model
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        for col, width in enumerate(widths):
            self.view.setColumnWidth(col, width)

    def _make_buttons(self, new: str, save: str, delete: str) -> None:
        self.new_button = QPushButton(new)
        self.save_button = QPushButton(save)
        self.delete_button = QPushButton(delete)

    def _assemble(self, *, filters: Sequence[QComboBox], extra_top: Sequence[QWidget], form: QFormLayout,
                  tall: Sequence[QPlainTextEdit], tall_height: int, validate_on: Sequence[SignalInstance]) -> None:
        """Lay out the bar, the table and the form; connect the filters, the form and the buttons;
        add the shortcuts; then load the choices, the rows and an empty form."""
        self.filters = list(filters)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for w in (*self.filters, self.count_label, *extra_top):
            top.addWidget(w)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.addLayout(form)
        side.addWidget(self.info)
        side.addWidget(self.error)
        side.addLayout(buttons)
        side.addStretch(1)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 460])
        for edit in tall:
            edit.setMaximumHeight(tall_height)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        self.search.textChanged.connect(self.reload)
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.reload)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        for sig in validate_on:
            sig.connect(self._validate)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete)
        self.reload_all()
        self.new()

    # -- what a tab supplies -----------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Refill the form's lists that come from other registers (units, boards)."""

    def _count_text(self) -> str:
        raise NotImplementedError

    def _record_of_row(self, row: Any) -> R:
        raise NotImplementedError

    def _show(self, record: R) -> None:
        raise NotImplementedError

    def _blank(self) -> None:
        raise NotImplementedError

    def value(self) -> R:
        raise NotImplementedError

    def _problem(self) -> str:
        raise NotImplementedError

    def _get(self, record_id: int) -> R:
        raise NotImplementedError

    def _store(self, record: R) -> R:
        raise NotImplementedError

    def _remove(self, record_id: int) -> None:
        raise NotImplementedError

    def _undo_texts(self) -> tuple[str, str]:
        """The undo stack's names for a save and for a delete."""
        raise NotImplementedError

    # -- data --------------------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current.id if self.current else None
        self.model.reload()
        self.count_label.setText(self._count_text())
        if keep is not None:
            self._select_row(self.model.row_of_id(keep))

    def reload_all(self) -> None:
        self.reload_choices()
        self.reload()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def _default_date(self) -> date:
        """Today in the year shown, else 1 January of that year."""
        today = self._today()
        return today if today.year == self.year else date(self.year, 1, 1)

    # -- form --------------------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _on_row(self, current: Any, _previous: Any = None) -> None:
        r = self.model.row_at(current.row()) if current.isValid() else None
        if r is not None:
            self.load(self._record_of_row(r))

    def load(self, record: R) -> None:
        self.current = record
        self._show(record)
        self.delete_button.setEnabled(True)
        self._validate()

    def new(self) -> None:
        self.current = None
        self.view.clearSelection()
        self._blank()
        self.delete_button.setEnabled(False)
        self._validate()

    def _validate(self) -> bool:
        problem = self._problem()
        self.error.setText(problem)
        self.save_button.setEnabled(not problem)
        return not problem

    def save(self) -> None:
        if not self._validate():
            return
        before = self.current
        try:
            saved = self._store(self.value())
        except UserError as exc:
            self.error.setText(exc.text())
            return
        self.saved = self.current = saved
        self.undo_stack.push(self._command(self._undo_texts()[0], before, saved))
        self._changed()
        self._select_row(self.model.row_of_id(saved.id or 0))

    def delete(self) -> None:
        if self.current is None or self.current.id is None:
            return
        before = self.current
        self._remove(before.id or 0)
        self.undo_stack.push(self._command(self._undo_texts()[1], before, None))
        self.new()
        self._changed()

    def _command(self, text: str, before: Any, after: Any) -> SnapshotCommand:
        return SnapshotCommand(text, before, after, save=self._store, delete=self._remove,
                               on_change=self._changed, on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        Messages.report(self, exc, self._show_error)

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def select(self, record_id: int) -> None:
        """Show one record (the due list, a report figure): its year, no filter."""
        record = self._get(record_id)
        self.search.clear()
        for combo in self.filters:
            combo.setCurrentIndex(0)
        if record.received_on.year != self.year:
            self.set_year(record.received_on.year)
        self._select_row(self.model.row_of_id(record_id))
        self.load(record)
