"""The year's inspection plan: a table of entries and the dialog that edits one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.inspection import PlanEntry
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.inspection_plan import TARGET_KINDS, InspectionPlanService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.ui.inspections.models import ROW_ROLE, PlanEntriesModel
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit


def plan_sections(db, year: int) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """'4.1. Kiểm tra tại các phòng…' for every section of the year's plan (empty without a plan)."""
    plans = PlanService(db)
    if not plans.has_plan(year):
        return {}
    return {s.id: f"{s.number}. {s.title}"[:120] for s in plans.get_plan(year).walk() if s.id is not None}


class PlanEntryDialog(QDialog):
    def __init__(self, db, year: int, entry: PlanEntry | None = None,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.entry = entry or PlanEntry(year, 0, quarter=1)
        self.setWindowTitle(self.tr("Inspection plan entry"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(choose a unit)"), None)
        for u in CommuneService(db).list_units():
            if u.kind.value in TARGET_KINDS:
                self.unit.addItem(u.name, u.id)
        if self.entry.unit_id and self.unit.findData(self.entry.unit_id) < 0:
            self.unit.addItem(self.entry.unit_name, self.entry.unit_id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(self.entry.unit_id or None)))
        self.quarter = QComboBox()
        for q, name in enumerate(["I", "II", "III", "IV"], start=1):
            self.quarter.addItem(self.tr("Quarter %1").replace("%1", name), q)
        self.quarter.setCurrentIndex(max(0, self.quarter.findData(self.entry.quarter or 1)))
        self.by_dates = QCheckBox(self.tr("On &dates instead"))
        self.start = VietDateEdit(self.entry.start or date(year, 1, 1))
        self.end = VietDateEdit(self.entry.end or date(year, 1, 1))
        self.by_dates.setChecked(self.entry.start is not None)
        self.team = QPlainTextEdit(self.entry.team)
        self.team.setMaximumHeight(70)
        self.section = QComboBox()
        self.section.addItem(self.tr("(no plan section)"), None)
        for sid, title in plan_sections(db, year).items():
            self.section.addItem(title, sid)
        self.section.setCurrentIndex(max(0, self.section.findData(self.entry.section_id)))
        self.note = QPlainTextEdit(self.entry.note)
        self.note.setMaximumHeight(60)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Quarter:"), self.quarter)
        dates = QHBoxLayout()
        dates.addWidget(self.by_dates)
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        form.addRow("", dates)
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow(self.tr("Plan &section:"), self.section)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.by_dates.toggled.connect(self._toggle)
        self._toggle(self.by_dates.isChecked())

    def _toggle(self, on: bool) -> None:
        self.quarter.setEnabled(not on)
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def current(self) -> PlanEntry:
        on = self.by_dates.isChecked()
        return PlanEntry(self.entry.year, self.unit.currentData() or 0, self.unit.currentText(),
                         None if on else self.quarter.currentData(), self.start.value() if on else None,
                         self.end.value() if on else None, self.team.toPlainText(), self.section.currentData(),
                         self.note.toPlainText(), self.entry.id)

    def save(self) -> None:
        try:
            self.entry = InspectionPlanService(self.db).save(self.current())
        except UserError as exc:
            self.problem.setText(exc.text())
            return
        self.accept()


class PlanView(QWidget):
    """The plan table with add / edit / delete / record-from-entry."""

    changed = Signal()
    record_requested = Signal(int)        # a plan entry id

    def __init__(self, db, year: int, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db = db
        self.year = year
        self.model = PlanEntriesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda *_: self.edit())
        self.add_button = QPushButton(self.tr("&New entry…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.record_button = QPushButton(self.tr("&Record this inspection…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.record_button.clicked.connect(self._record)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.record_button):
            row.addWidget(b)
        row.addWidget(self.problem, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.reload()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        self.model.sections = plan_sections(self.db, self.year)
        self.model.set_rows(InspectionPlanService(self.db).list_entries(self.year))
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(2, min(self.view.columnWidth(2), 320))

    def selected(self) -> PlanEntry | None:
        index = self.view.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    @classmethod
    def run_dialog(cls, dialog: QDialog) -> bool:
        """Shows a modal dialog; tests replace this classmethod to drive the dialog themselves."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add(self) -> None:
        if self.run_dialog(PlanEntryDialog(self.db, self.year, parent=self)):
            self.reload()
            self.changed.emit()

    def edit(self) -> None:
        entry = self.selected()
        if entry is not None and self.run_dialog(PlanEntryDialog(self.db, self.year, entry, parent=self)):
            self.reload()
            self.changed.emit()

    def delete(self) -> None:
        entry = self.selected()
        if entry is None or entry.id is None:
            return
        try:
            InspectionPlanService(self.db).delete(entry.id)
        except UserError as exc:
            self.problem.setText(exc.text())
            return
        self.reload()
        self.changed.emit()

    def _record(self) -> None:
        entry = self.selected()
        if entry is not None and entry.id is not None:
            self.record_requested.emit(entry.id)
