"""The consultations register (Art. 25–29): search and filters, the lazy register, the form,
publishing the result into the disclosure register, the XLSX export.

Built standalone from a Workspace (tests); ``consultations_tab.create`` wires it to the window.
"""

from __future__ import annotations

from collections.abc import Callable
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
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.consultation import FORMS, ITEM_SHORT_VI, ITEMS, Consultation
from dancoso_desktop.domain.consultation_rules import ConsultationProblem, earliest_close
from dancoso_desktop.domain.errors import UserError, current_language
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.consultation_service import OPEN_NOW, ConsultationFilter, ConsultationService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.citizens.consultation_commands import DeleteCommand, SavedCommand
from dancoso_desktop.ui.citizens.consultation_form import ConsultationDialog
from dancoso_desktop.ui.citizens.consultation_model import ConsultationModel, consultation_problem_text
from dancoso_desktop.ui.widgets.messages import Messages

SEARCH_DELAY_MS = 60
RunTask = Callable[[str, Callable[[], Any], Callable[[Any], None]], Any]


class ConsultationsPage(QWidget):
    data_changed = Signal()

    def __init__(self, ws: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None, run_task: RunTask | None = None,
                 today: date | None = None) -> None:
        super().__init__()
        self.ws = ws
        self.svc = ConsultationService(ws)
        self.year = year
        self.today = today or date.today()
        self.undo_stack = undo_stack or QUndoStack(self)
        self._show_error = show_error
        self._run_task = run_task

        self.model = ConsultationModel(self.svc, self)
        self.model.today = self.today
        self.view = QTableView()
        self.view.setObjectName("consultation_register")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 40), (1, 140), (2, 250), (3, 84), (4, 84), (5, 60), (6, 70), (7, 120), (8, 120)):
            self.view.setColumnWidth(col, width)
        self.view.doubleClicked.connect(lambda index: self.open_record(self.model.id_at(index.row())))

        self.search = QLineEdit()
        self.search.setObjectName("consultation_search")
        self.search.setPlaceholderText(self.tr("Search (accents optional)… Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.all_years = QCheckBox(self.tr("All &years"))
        self.item = QComboBox()
        self.item.addItem(self.tr("All contents"), None)
        for n in ITEMS:
            self.item.addItem(f"{n}. {ITEM_SHORT_VI[n]}", n)
        self.form = QComboBox()
        self.form.addItem(self.tr("All forms"), None)
        for code, (letter, vi, en) in FORMS.items():
            self.form.addItem(f"{letter}) {en if current_language() == 'en' else vi}", code)
        self.problem = QComboBox()
        self.problem.addItem(self.tr("All checks"), None)
        self.problem.addItem(self.tr("Any failed check"), "any")
        for p in ConsultationProblem:
            self.problem.addItem(consultation_problem_text(p), p.value)
        self.problem.addItem(self.tr("Taking opinions today"), OPEN_NOW)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda *_: self._timer.start())
        for combo in (self.item, self.form, self.problem):
            combo.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.all_years.toggled.connect(lambda *_: self.apply_filter())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        self.count_label = QLabel()
        self.count_label.setObjectName("consultation_counts")

        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, shortcut in (
                ("new", self.tr("&New consultation"), self.new_record, "Ctrl+N"),
                ("open", self.tr("&Open"), self.open_selected, "Return"),
                ("delete", self.tr("&Delete"), self.delete_selected, "Delete"),
                ("publish", self.tr("&Publish result…"), self.publish_selected, ""),
                ("xlsx", self.tr("Register to E&xcel"), self.export_xlsx, "")):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=slot: s())
            if shortcut:
                b.setShortcut(QKeySequence(shortcut))
            self.buttons[key] = b
            actions.addWidget(b)
            if key == "delete":
                actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.all_years)
        filters = QHBoxLayout()
        for w in (self.item, self.form, self.problem):
            w.setMinimumContentsLength(12)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            filters.addWidget(w, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.reload()

    # -- loading ------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> ConsultationFilter:
        return ConsultationFilter(year=None if self.all_years.isChecked() else self.year,
                                  item=self.item.currentData(), form=self.form.currentData(),
                                  problem=self.problem.currentData(), search=self.search.text())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.today = self.today
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%1 consultations shown").replace("%1", str(self.model.total())))

    def reload(self) -> None:
        self.apply_filter()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def error(self, exc: BaseException) -> None:
        Messages.report(self, exc, self._show_error)

    # -- records ------------------------------------------------------------------------------
    @classmethod
    def run_dialog(cls, dialog: ConsultationDialog) -> bool:
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

    def new_record(self) -> None:
        start = self.today if self.today.year == self.year else date(self.year, 1, 1)
        dialog = ConsultationDialog(self.svc, Consultation(item=1, title="", published_on=start,
                                                           closes_on=earliest_close(start)), self, self.today)
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.undo_stack.push(SavedCommand(self.svc, None, dialog.saved, self._changed,
                                              self.tr("new consultation")))
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
        dialog = ConsultationDialog(self.svc, before, self, self.today)
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.undo_stack.push(SavedCommand(self.svc, before, dialog.saved, self._changed,
                                              self.tr("edit consultation")))
            self._changed()

    def show_record(self, record_id: int) -> None:
        """The window's opener: a record from the due list or a report figure."""
        try:
            year = self.svc.get(record_id).year
        except UserError as exc:
            self.error(exc)
            return
        if year != self.year and not self.all_years.isChecked():
            self.all_years.setChecked(True)
        self.search.clear()
        self.apply_filter()
        self.select(record_id)
        self.open_record(record_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        if not Messages.ask(self, self.tr("Delete"),
                            self.tr("Delete this consultation? Its disclosure record stays. (Ctrl+Z brings it back)")):
            return
        try:
            self.undo_stack.push(DeleteCommand(self.svc, record_id, self._changed, self.tr("delete consultation")))
        except UserError as exc:
            self.error(exc)

    def publish_selected(self) -> None:
        """Publish the selected consultation's result today (it creates the disclosure record)."""
        record_id = self.selected_id()
        if record_id is None:
            return
        try:
            before = self.svc.get(record_id)
            after = self.svc.publish_result(record_id, max(self.today, before.published_on or self.today),
                                            today=self.today)
        except UserError as exc:
            self.error(exc)
            return
        self.undo_stack.push(SavedCommand(self.svc, before, after, self._changed, self.tr("publish result")))
        self._changed()

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

    def export_xlsx(self) -> None:
        from dancoso_desktop.services.consultation_export import export_consultations_xlsx

        target = self.ask_save_path(self, safe_filename(f"Sổ lấy ý kiến Nhân dân {self.year}.xlsx"),
                                    self.tr("Excel workbook (*.xlsx)"))
        if target is None:
            return
        year, ws, today = self.year, self.ws, self.today
        self._run(self.tr("Exporting the consultations…"),
                  lambda: export_consultations_xlsx(ws, year, target, today=today))
