"""The inspection record form: who, when, each criterion's result, findings, recommendations.

It checks the record as it is typed (the domain rules, nothing written) and saves it whole
through the service: as a draft, or closed (every criterion answered, conclusion written).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.commune import Unit
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.inspection import CriterionAnswer, CriterionResult, Inspection
from dancoso_desktop.domain.inspection_rules import check_inspection
from dancoso_desktop.services.attachments import Attachment, attachment_path, store_attachment
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.inspection_plan import TARGET_KINDS, InspectionPlanService
from dancoso_desktop.services.inspection_service import InspectionService, clean_inspection
from dancoso_desktop.services.inspection_templates import TemplateService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.inspections.models import CriteriaModel, result_text
from dancoso_desktop.ui.inspections.record_tables import RecommendationsTable, RepresentativesTable, TeamTable
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit


class ResultDelegate(QStyledItemDelegate):
    """A combo box for the result column: not answered / met / not met / not applicable."""

    def createEditor(self, parent: QWidget, option, index):  # type: ignore[no-untyped-def]
        combo = QComboBox(parent)
        combo.addItem(result_text(None), "")
        for r in CriterionResult:
            combo.addItem(result_text(r), r.value)
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model, index) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RecordDialog(QDialog):
    saved = Signal(int)

    def __init__(self, ws: Workspace, year: int, record: Inspection | None = None, *,
                 plan_entry_id: int | None = None, template_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.year = year
        self.service = InspectionService(ws.db)
        self.setWindowTitle(self.tr("Inspection record"))
        self.resize(1100, 720)
        units = CommuneService(ws.db).list_units(include_retired=True)
        self.all_units = {u.id: u for u in units}
        active = [u for u in units if not u.retired]
        self.record = record or self._new_record(year, plan_entry_id, template_id)
        if self.record.closed:   # "Save draft" would reopen it: say so in the title
            self.setWindowTitle(self.tr("Inspection record (closed; saving as a draft reopens it)"))
        self._build(active)
        self._load(self.record)
        self.validate()

    def _new_record(self, year: int, entry_id: int | None, template_id: int | None) -> Inspection:
        templates = TemplateService(self.ws.db)
        template = templates.get(template_id or templates.ensure_standard())
        answers = [CriterionAnswer(c.code, c.group, c.text, c.article) for c in template.criteria]
        start = min(max(date.today(), date(year, 1, 1)), date(year, 12, 31))
        unit_id = 0
        if entry_id is not None:
            entry = InspectionPlanService(self.ws.db).get(entry_id)
            unit_id = entry.unit_id
            if entry.start:
                start = entry.start
            elif entry.quarter:     # today if it falls in the planned quarter, else its first day
                first = date(year, 3 * entry.quarter - 2, 1)
                last = date(year, 3 * entry.quarter, 28)
                start = start if first <= start <= last else first
        return Inspection(year, unit_id, plan_entry_id=entry_id, start_date=start, end_date=start,
                          decision_date=max(date(year, 1, 1), start - timedelta(days=7)), answers=answers)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self, active: list[Unit]) -> None:
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(choose the unit inspected)"), None)
        for u in active:
            if u.kind.value in TARGET_KINDS:
                self.unit.addItem(u.name, u.id)
        self.entry = QComboBox()
        self.entry.addItem(self.tr("(not in the plan)"), None)
        for e in InspectionPlanService(self.ws.db).list_entries(self.year):
            self.entry.addItem(f"{e.unit_name} – {e.period()}", e.id)
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 12/QĐ-UBND"))
        self.decision_date = VietDateEdit()
        self.start_date, self.end_date = VietDateEdit(), VietDateEdit()
        self.start_time, self.end_time = QLineEdit(), QLineEdit()
        self.start_time.setPlaceholderText(self.tr("e.g. 08 giờ 00"))
        self.end_time.setPlaceholderText(self.tr("e.g. 11 giờ 30"))
        self.place = QLineEdit()
        self.team = TeamTable()
        self.reps = RepresentativesTable()

        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("&Unit inspected:"), self.unit)
        form.addRow(self.tr("Plan &entry:"), self.entry)
        decision = QHBoxLayout()
        decision.addWidget(self.decision_number, 1)
        decision.addWidget(QLabel(self.tr("dated")))
        decision.addWidget(self.decision_date)
        form.addRow(self.tr("Decision number:"), decision)   # a layout has no buddy: no mnemonic
        dates = QHBoxLayout()
        for w in (self.start_date, QLabel(self.tr("to")), self.end_date, QLabel(self.tr("from")), self.start_time,
                  QLabel(self.tr("until")), self.end_time):
            dates.addWidget(w)
        form.addRow(self.tr("Dates and times:"), dates)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("Inspection &team:"), self.team)
        form.addRow(self.tr("Unit's &representatives:"), self.reps)

        self.criteria_model = CriteriaModel(self)
        self.criteria = QTableView()
        self.criteria.setModel(self.criteria_model)
        self.criteria.setItemDelegateForColumn(CriteriaModel.RESULT_COLUMN, ResultDelegate(self.criteria))
        self.criteria.setWordWrap(True)
        header = self.criteria.horizontalHeader()
        header.setStretchLastSection(True)
        # Fixed widths (not Stretch) so the wrapped rows get their height right at load time.
        for col, width in enumerate([50, 470, 120, 230, 160]):
            self.criteria.setColumnWidth(col, width)
        header.sectionResized.connect(lambda *_: self.criteria.resizeRowsToContents())
        self.attach_button = QPushButton(self.tr("Attach e&vidence file…"))
        self.attach_button.clicked.connect(self.attach_evidence)
        self.open_evidence_button = QPushButton(self.tr("&Open evidence files"))
        self.open_evidence_button.clicked.connect(self.open_evidence)
        self.all_met_button = QPushButton(self.tr("Mark unanswered as &met"))
        self.all_met_button.clicked.connect(self.mark_unanswered_met)
        crit_page = QWidget()
        cl = QVBoxLayout(crit_page)
        cl.addWidget(self.criteria)
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.open_evidence_button)
        row.addWidget(self.all_met_button)
        row.addStretch(1)
        cl.addLayout(row)

        self.findings, self.conclusion = QPlainTextEdit(), QPlainTextEdit()
        text_page = QWidget()
        tl = QFormLayout(text_page)
        tl.addRow(self.tr("&Findings:"), self.findings)
        tl.addRow(self.tr("&Conclusion:"), self.conclusion)

        units_for_recs = [u for u in active]
        self.recs = RecommendationsTable(units_for_recs, date(self.year, 12, 31))

        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(crit_page, self.tr("Criteria"))
        self.tabs.addTab(text_page, self.tr("Findings and conclusion"))
        self.tabs.addTab(self.recs, self.tr("Recommendations"))

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.close_button = QPushButton(self.tr("Save and &close the record"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button.clicked.connect(lambda: self.save(close=False))
        self.close_button.clicked.connect(lambda: self.save(close=True))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        for combo in (self.unit, self.entry):
            combo.currentIndexChanged.connect(self.validate)
        for date_edit in (self.decision_date, self.start_date, self.end_date):
            date_edit.dateChanged.connect(self.validate)
        for line in (self.decision_number, self.start_time, self.end_time, self.place):
            line.textChanged.connect(self.validate)
        for text_edit in (self.findings, self.conclusion):
            text_edit.textChanged.connect(self.validate)
        for tbl in (self.team, self.reps, self.recs):
            tbl.changed.connect(self.validate)
        self.criteria_model.dataChanged.connect(self.validate)

    def _load(self, r: Inspection) -> None:
        if r.unit_id and self.unit.findData(r.unit_id) < 0 and r.unit_id in self.all_units:
            self.unit.addItem(self.all_units[r.unit_id].name, r.unit_id)   # retired since it was recorded
        self.unit.setCurrentIndex(max(0, self.unit.findData(r.unit_id or None)))
        self.entry.setCurrentIndex(max(0, self.entry.findData(r.plan_entry_id)))
        self.decision_number.setText(r.decision_number)
        self.decision_date.set_value(r.decision_date or r.start_date or date(self.year, 1, 1))
        self.start_date.set_value(r.start_date or date(self.year, 1, 1))
        self.end_date.set_value(r.end_date or r.start_date or date(self.year, 1, 1))
        self.start_time.setText(r.start_time)
        self.end_time.setText(r.end_time)
        self.place.setText(r.place)
        self.team.set_members(r.team)
        self.reps.set_people(r.representatives)
        self.criteria_model.set_answers(r.answers)
        self.criteria.resizeRowsToContents()
        self.findings.setPlainText(r.findings)
        self.conclusion.setPlainText(r.conclusion)
        self.recs.set_recommendations(r.recommendations)

    # -- the record as typed -------------------------------------------------------------------
    def current(self) -> Inspection:
        unit_id = self.unit.currentData()
        return replace(
            self.record, unit_id=unit_id or 0, unit_name=self.unit.currentText(),
            plan_entry_id=self.entry.currentData(), decision_number=self.decision_number.text(),
            decision_date=self.decision_date.value(), start_date=self.start_date.value(),
            end_date=self.end_date.value(), start_time=self.start_time.text(), end_time=self.end_time.text(),
            place=self.place.text(), team=self.team.members(), representatives=self.reps.people(),
            answers=self.criteria_model.answers, findings=self.findings.toPlainText(),
            conclusion=self.conclusion.toPlainText(), recommendations=self.recs.recommendations())

    def problem_text(self, *, closing: bool = False) -> str:
        """What is wrong with the record as typed ('' when it can be saved)."""
        try:
            record = self.current()
            if not record.unit_id:
                return self.tr("Choose the unit inspected.")
            check_inspection(clean_inspection(record), closing=closing)
        except UserError as exc:
            return exc.text()
        return ""

    def validate(self) -> str:
        text = self.problem_text()
        self.problem.setText(text)
        self.save_button.setEnabled(not text)
        self.close_button.setEnabled(not text)
        return text

    def save(self, *, close: bool) -> bool:
        try:
            record = self.current()
            if not record.unit_id:
                raise UserError("Hãy chọn đơn vị được kiểm tra.", "Choose the unit inspected.", field="unit")
            saved = self.service.save(record, close=close)
        except UserError as exc:
            self.problem.setText(exc.text())
            return False
        self.record = saved
        if saved.id is not None:
            self.saved.emit(saved.id)
        self.accept()
        return True

    # -- criteria helpers ------------------------------------------------------------------------
    def mark_unanswered_met(self) -> None:
        for row, a in enumerate(self.criteria_model.answers):
            if a.result is None:
                self.criteria_model.set_result(row, CriterionResult.MET)

    @classmethod
    def ask_evidence_file(cls, parent: QWidget) -> Path | None:
        """The file dialog; tests replace this classmethod."""
        name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("RecordDialog", "Evidence file"))
        return Path(name) if name else None

    @classmethod
    def open_file(cls, path: Path) -> None:
        """Open a stored file with the system's viewer; tests replace this classmethod."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_evidence(self) -> None:
        row = self.criteria.currentIndex().row()
        if row < 0:
            self.problem.setText(self.tr("Select a criterion first."))
            return
        for f in self.criteria_model.answers[row].files:
            try:
                self.open_file(attachment_path(self.ws, Attachment(f.sha256, f.original_name, f.size, f.suffix)))
            except UserError as exc:
                self.problem.setText(exc.text())

    def attach_evidence(self) -> None:
        row = self.criteria.currentIndex().row()
        if row < 0:
            self.problem.setText(self.tr("Select a criterion first."))
            return
        path = self.ask_evidence_file(self)
        if path is None:
            return
        try:
            att = store_attachment(self.ws, path)
        except UserError as exc:
            self.problem.setText(exc.text())
            return
        answer = self.criteria_model.answers[row]
        answer.files.append(att.evidence())
        index = self.criteria_model.index(row, 3)
        self.criteria_model.dataChanged.emit(index, index)
