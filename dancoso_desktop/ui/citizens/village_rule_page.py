"""The hương ước / quy ước register (NĐ 61/2023): the texts with their stage and checks (lazy,
searchable, filtered), each hamlet with the stage of its current text, the form, the register
as XLSX and the forms Mẫu 01 / Mẫu 03 as PDF or Word."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.village_rule import RuleKind, RuleProblem, Stage, VillageRule
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.village_rule_service import RuleFilter, VillageRuleService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.citizens.register_page import RegisterPage, RegisterTexts, RunTask
from dancoso_desktop.ui.citizens.village_rule_form import VillageRuleDialog
from dancoso_desktop.ui.citizens.village_rule_model import (
    HamletStageModel,
    VillageRuleModel,
    rule_problem_text,
    stage_text,
)
from dancoso_desktop.ui.widgets.messages import Messages


class VillageRulesPage(RegisterPage):
    svc: VillageRuleService
    model: VillageRuleModel

    def __init__(self, ws: Workspace, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None, run_task: RunTask | None = None,
                 today: date | None = None) -> None:
        super().__init__(ws, VillageRuleService(ws), undo_stack=undo_stack, show_error=show_error,
                         run_task=run_task, today=today)

        self.model = VillageRuleModel(self.svc, self)
        self.model.today = self.today
        self.view = self._register_view("village_rule_register", 1, (
            (0, 36), (1, 140), (2, 190), (3, 140), (4, 84), (5, 70), (6, 110), (7, 84)))

        self.hamlets = HamletStageModel(self.svc, self)
        self.hamlet_view = QTableView()
        self.hamlet_view.setObjectName("village_rule_hamlets")
        self.hamlet_view.setModel(self.hamlets)
        self.hamlet_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hamlet_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hamlet_view.verticalHeader().setVisible(False)
        self.hamlet_view.horizontalHeader().setStretchLastSection(True)
        self.hamlet_view.doubleClicked.connect(self._open_hamlet)
        self.hamlet_view.setColumnHidden(2, True)      # the text's title is in the register beside it
        self.hamlet_view.setColumnWidth(0, 130)
        self.hamlet_view.setColumnWidth(1, 50)

        self.search = self._search_box("village_rule_search", self.tr("Search (accents optional)… Ctrl+F"))
        self.hamlet_filter = QComboBox()
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        for s in Stage:
            self.stage.addItem(stage_text(s), s.value)
        self.problem = QComboBox()
        self.problem.addItem(self.tr("All checks"), None)
        self.problem.addItem(self.tr("Any failed check"), "any")
        for p in RuleProblem:
            self.problem.addItem(rule_problem_text(p), p.value)
        self.retired = QCheckBox(self.tr("Retired hamlets"))
        self.retired.setChecked(True)
        self._wire_filters((self.hamlet_filter, self.stage, self.problem), self.retired, "village_rule_counts")

        actions = self._action_row((
            ("new", self.tr("&New village rule"), self.new_record, "Ctrl+N"),
            ("open", self.tr("&Open"), self.open_selected, "Return"),
            ("delete", self.tr("&Delete"), self.delete_selected, "Delete"),
            ("request", self.tr("Form 01: re&quest…"), lambda: self.export_form("request"), ""),
            ("recognition", self.tr("Form 03: re&cognition…"), lambda: self.export_form("recognition"), ""),
            ("xlsx", self.tr("Register to E&xcel"), self.export_xlsx, "")))

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        top, filters = self._search_rows(self.retired, (self.hamlet_filter, self.stage, self.problem))
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count_label)
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        self.coverage = QLabel()
        self.coverage.setObjectName("village_rule_coverage")
        self.coverage.setWordWrap(True)
        rlay.addWidget(QLabel(self.tr("Hamlets and their current text")))
        rlay.addWidget(self.hamlet_view, 1)
        rlay.addWidget(self.coverage)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.reload_hamlets()
        self.reload()

    def _texts(self) -> RegisterTexts:
        return RegisterTexts(edit=self.tr("edit village rule"), delete_title=self.tr("Delete"),
                             delete_question=self.tr("Delete this village rule? (Ctrl+Z brings it back)"),
                             delete=self.tr("delete village rule"))

    # -- loading ------------------------------------------------------------------------------
    def reload_hamlets(self) -> None:
        current = self.hamlet_filter.currentData()
        self.hamlet_filter.blockSignals(True)
        self.hamlet_filter.clear()
        self.hamlet_filter.addItem(self.tr("All hamlets"), None)
        for h in CommuneService(self.ws.db).list_units(include_retired=True, kind=UnitKind.HAMLET):
            self.hamlet_filter.addItem(h.name, h.id)
        self.hamlet_filter.setCurrentIndex(max(0, self.hamlet_filter.findData(current)))
        self.hamlet_filter.blockSignals(False)

    def current_filter(self) -> RuleFilter:
        return RuleFilter(hamlet_id=self.hamlet_filter.currentData(), stage=self.stage.currentData(),
                          problem=self.problem.currentData(), search=self.search.text(),
                          include_retired=self.retired.isChecked())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.today = self.today
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%1 texts shown").replace("%1", str(self.model.total())))

    def reload(self) -> None:
        self.apply_filter()
        self.hamlets.reload()
        rows = [self.hamlets.row_at(i) for i in range(self.hamlets.rowCount())]
        active = [h for h in rows if h is not None and not h.retired]
        in_force = [h for h in active if h.stage is Stage.IN_FORCE]
        self.coverage.setText(self.tr("%1 of %2 hamlets have a recognised text in force.")
                              .replace("%1", str(len(in_force))).replace("%2", str(len(active))))

    def reload_all(self) -> None:
        """Another page changed something (units, the calendar's day swaps): deadlines may move."""
        try:
            self.svc.recheck()
        except UserError as exc:
            self.error(exc)
        self.reload_hamlets()
        self.reload()

    # -- records ------------------------------------------------------------------------------
    def _dialog(self, record: VillageRule) -> VillageRuleDialog:
        hamlets = CommuneService(self.ws.db).list_units(include_retired=True, kind=UnitKind.HAMLET)
        return VillageRuleDialog(self.svc, record, hamlets, self, self.today)

    def new_record(self, hamlet_id: int | None = None) -> None:
        hamlets = [h for h in CommuneService(self.ws.db).list_units(kind=UnitKind.HAMLET) if h.id is not None]
        if not hamlets:
            Messages.warning(self, self.tr("Village rules"),
                             self.tr("Add the hamlets first (Commune › Units, with their households)."))
            return
        hamlet = next((h for h in hamlets if h.id == hamlet_id), hamlets[0])
        kind = RuleKind.QUY_UOC if hamlet.name.lower().startswith("tổ") else RuleKind.HUONG_UOC
        title = f"{'Quy ước' if kind is RuleKind.QUY_UOC else 'Hương ước'} {hamlet.name}"
        dialog = self._dialog(VillageRule(hamlet.id or 0, title, kind, households=hamlet.households))
        self._run_form(dialog, None, self.tr("new village rule"))

    def _open_hamlet(self, index: QModelIndex) -> None:
        h = self.hamlets.row_at(index.row())
        if h is None:
            return
        if h.rule_id is not None:
            self.open_record(h.rule_id)
        elif not h.retired:
            self.new_record(h.hamlet_id)

    def show_record(self, record_id: int) -> None:
        """The window's opener: a record from the due list or a report figure."""
        self.search.clear()
        self.hamlet_filter.setCurrentIndex(0)
        self.stage.setCurrentIndex(0)
        self.problem.setCurrentIndex(0)
        self.retired.setChecked(True)
        self._select_and_open(record_id)

    # -- outputs ------------------------------------------------------------------------------
    def export_xlsx(self) -> None:
        from dancoso_desktop.services.village_rule_export import export_village_rules_xlsx

        ws, today = self.ws, self.today
        self._save_as(safe_filename("Sổ theo dõi hương ước, quy ước.xlsx"), self.tr("Excel workbook (*.xlsx)"),
                      self.tr("Exporting the village rules…"),
                      lambda target: export_village_rules_xlsx(ws, target, today=today))

    def export_form(self, form: str) -> None:
        from dancoso_desktop.services.village_rule_export import export_form, form_filename

        record_id = self.selected_id()
        if record_id is None:
            return
        try:
            record = self.svc.get(record_id)
        except UserError as exc:
            self.error(exc)
            return
        ws = self.ws

        def write(target: Path) -> None:
            export_form(ws, record_id, form, "docx" if target.suffix.lower() == ".docx" else "pdf", target)

        self._save_as(form_filename(record, form, "pdf"), self.tr("PDF document (*.pdf);;Word document (*.docx)"),
                      self.tr("Writing the form…"), write)
