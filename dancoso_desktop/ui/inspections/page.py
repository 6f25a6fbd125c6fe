"""The inspections page: the year's records and the year's inspection plan, side by side in tabs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.inspection import Inspection
from dancoso_desktop.services.inspection_export import export_minutes, export_summary, minutes_filename
from dancoso_desktop.services.inspection_service import InspectionService
from dancoso_desktop.services.inspection_templates import TemplateService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.inspections.commands import RecordCommand
from dancoso_desktop.ui.inspections.models import ROW_ROLE, FilterProxy, InspectionsModel
from dancoso_desktop.ui.inspections.plan_view import PlanView
from dancoso_desktop.ui.inspections.record_form import RecordDialog
from dancoso_desktop.ui.inspections.template_editor import TemplateEditor
from dancoso_desktop.ui.widgets.messages import Messages

Runner = Callable[[str, Callable[[], Any], Callable[[Any], None] | None], Any]


class InspectionsPage(QWidget):
    data_changed = Signal()

    def __init__(self, ws: Workspace, year: int, *, show_error: Callable[[BaseException], None] | None = None,
                 run_task: Runner | None = None, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = undo_stack
        self.year = year
        self.service = InspectionService(ws.db)
        self._show_error = show_error
        self._run_task = run_task
        self.setWindowTitle(self.tr("Inspections"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")

        self.model = InspectionsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda *_: self.open_selected())
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F): unit, decision…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_query)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter.setFocus)
        self.template = QComboBox()
        self.new_button = QPushButton(self.tr("&New record…"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.pdf_button = QPushButton(self.tr("Minutes &PDF…"))
        self.docx_button = QPushButton(self.tr("Minutes &Word…"))
        self.xlsx_button = QPushButton(self.tr("E&xcel summary…"))
        self.templates_button = QPushButton(self.tr("Checklist &templates…"))
        self.new_button.clicked.connect(lambda: self.new_record())
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.pdf_button.clicked.connect(lambda: self.export_selected("pdf"))
        self.docx_button.clicked.connect(lambda: self.export_selected("docx"))
        self.xlsx_button.clicked.connect(self.export_year)
        self.templates_button.clicked.connect(self.edit_templates)
        self.status = QLabel()
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(QLabel(self.tr("Checklist:")))
        top.addWidget(self.template, 1)
        top.addWidget(self.templates_button)
        actions = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.pdf_button, self.docx_button, self.xlsx_button):
            actions.addWidget(b)
        records = QWidget()
        rl = QVBoxLayout(records)
        rl.addLayout(top)
        rl.addWidget(self.view, 1)
        rl.addLayout(actions)

        self.plan = PlanView(ws.db, year)
        self.plan.changed.connect(self._changed)
        self.plan.record_requested.connect(lambda entry_id: self.new_record(entry_id))
        self.tabs = QTabWidget()
        self.tabs.addTab(records, self.tr("Records"))
        self.tabs.addTab(self.plan, self.tr("Inspection plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.reload()

    # -- data -----------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.year = year
        self.plan.set_year(year)
        self.reload()

    def reload(self) -> None:
        self.heading.setText(self.tr("Inspections of the commune's units, %1").replace("%1", str(self.year)))
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        for t in TemplateService(self.ws.db).list_templates():
            self.template.addItem(t.name, t.id)
        self.template.setCurrentIndex(max(0, self.template.findData(current)))
        self.template.blockSignals(False)
        self.model.set_rows(self.service.list_inspections(self.year))
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.plan.reload()
        counts = self.service.count_open()
        self.status.setText(self.tr("%1 inspections this year · %2 open recommendations, %3 overdue")
                            .replace("%1", str(self.model.rowCount())).replace("%2", str(counts["open"]))
                            .replace("%3", str(counts["overdue"])))

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def selected(self) -> Inspection | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def error(self, exc: BaseException) -> None:
        if self._show_error is not None:
            self._show_error(exc)
        else:
            self.status.setText(exc.text() if isinstance(exc, UserError) else str(exc))

    def record_year(self, inspection_id: int) -> int | None:
        try:
            return self.service.get(inspection_id).year
        except UserError:
            return None

    def select_record(self, inspection_id: int) -> bool:
        """Show the records tab with this inspection selected (the due list and report figures)."""
        self.tabs.setCurrentIndex(0)
        self.filter.clear()
        for row in range(self.proxy.rowCount()):
            insp = self.proxy.data(self.proxy.index(row, 0), ROW_ROLE)
            if insp is not None and insp.id == inspection_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    # -- records --------------------------------------------------------------------------------
    @classmethod
    def run_dialog(cls, dialog: QDialog) -> bool:
        """Shows a modal dialog; tests replace this classmethod to drive the dialog themselves."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _record_change(self, text: str, before: Inspection | None, after: Inspection | None) -> None:
        """Reload, and put the change on the undo stack (when the window gave us one)."""
        if self.undo_stack is not None:
            self.undo_stack.push(RecordCommand(self.service, text, before, after,
                                               on_change=self._changed, on_error=self.error))
        self._changed()

    def new_record(self, plan_entry_id: int | None = None) -> None:
        try:
            dialog = RecordDialog(self.ws, self.year, plan_entry_id=plan_entry_id,
                                  template_id=self.template.currentData(), parent=self)
        except UserError as exc:
            self.error(exc)
            return
        if self.run_dialog(dialog):
            self._record_change(self.tr("New inspection record"), None, dialog.record)

    def open_selected(self) -> None:
        insp = self.selected()
        if insp is None or insp.id is None:
            return
        before = self.service.get(insp.id)
        dialog = RecordDialog(self.ws, self.year, before, parent=self)
        if self.run_dialog(dialog):
            self._record_change(self.tr("Edit inspection record"), before, dialog.record)

    def delete_selected(self) -> None:
        insp = self.selected()
        if insp is None or insp.id is None:
            return
        question = self.tr("Delete the inspection of %1 on %2 with its recommendations?") \
            .replace("%1", insp.unit_name).replace("%2", f"{insp.start_date:%d/%m/%Y}" if insp.start_date else "")
        if Messages.ask(self, self.tr("Delete inspection"), question):
            before = self.service.get(insp.id)
            self.service.delete(insp.id)
            self._record_change(self.tr("Delete inspection record"), before, None)

    def edit_templates(self) -> None:
        self.run_dialog(TemplateEditor(self.ws.db, self))
        self.reload()

    # -- outputs --------------------------------------------------------------------------------
    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, file_filter: str) -> Path | None:
        """The save dialog; tests replace this classmethod."""
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("InspectionsPage", "Save as"),
                                              suggested, file_filter)
        return Path(name) if name else None

    def _run(self, title: str, fn: Callable[[], Any]) -> None:
        def done(path: Any) -> None:
            self.status.setText(self.tr("Wrote %1").replace("%1", str(path)))

        if self._run_task is not None:
            self._run_task(title, fn, done)
            return
        try:
            done(fn())
        except UserError as exc:
            self.error(exc)

    def export_selected(self, fmt: str) -> None:
        insp = self.selected()
        if insp is None or insp.id is None:
            self.status.setText(self.tr("Select an inspection first."))
            return
        file_filter = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Word document (*.docx)")
        path = self.ask_save_path(self, minutes_filename(insp, fmt), file_filter)
        if path is None:
            return
        inspection_id = insp.id
        self._run(self.tr("Writing the minutes…"), lambda: export_minutes(self.ws, inspection_id, fmt, path))

    def export_year(self) -> None:
        path = self.ask_save_path(self, f"Tổng hợp kiểm tra năm {self.year}.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        year = self.year
        self._run(self.tr("Writing the summary…"), lambda: export_summary(self.ws, year, path))
