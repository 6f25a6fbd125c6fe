"""The hương ước / quy ước register (NĐ 61/2023): the texts with their stage and checks (lazy,
searchable, filtered), each hamlet with the stage of its current text, the form, the register
as XLSX and the forms Mẫu 01 / Mẫu 03 as PDF or Word."""

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
from dancoso_desktop.ui.citizens.consultation_commands import DeleteCommand, SavedCommand
from dancoso_desktop.ui.citizens.village_rule_form import VillageRuleDialog
from dancoso_desktop.ui.citizens.village_rule_model import (
    HamletStageModel,
    VillageRuleModel,
    rule_problem_text,
    stage_text,
)
from dancoso_desktop.ui.widgets.messages import Messages

SEARCH_DELAY_MS = 60
RunTask = Callable[[str, Callable[[], Any], Callable[[Any], None]], Any]


class VillageRulesPage(QWidget):
    data_changed = Signal()

    def __init__(self, ws: Workspace, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None, run_task: RunTask | None = None,
                 today: date | None = None) -> None:
        super().__init__()
        self.ws = ws
        self.svc = VillageRuleService(ws)
        self.today = today or date.today()
        self.undo_stack = undo_stack or QUndoStack(self)
        self._show_error = show_error
        self._run_task = run_task

        self.model = VillageRuleModel(self.svc, self)
        self.model.today = self.today
        self.view = QTableView()
        self.view.setObjectName("village_rule_register")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 36), (1, 140), (2, 190), (3, 140), (4, 84), (5, 70), (6, 110), (7, 84)):
            self.view.setColumnWidth(col, width)
        self.view.doubleClicked.connect(lambda index: self.open_record(self.model.id_at(index.row())))

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

        self.search = QLineEdit()
        self.search.setObjectName("village_rule_search")
        self.search.setPlaceholderText(self.tr("Search (accents optional)… Ctrl+F"))
        self.search.setClearButtonEnabled(True)
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda *_: self._timer.start())
        for combo in (self.hamlet_filter, self.stage, self.problem):
            combo.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.retired.toggled.connect(lambda *_: self.apply_filter())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        self.count_label = QLabel()
        self.count_label.setObjectName("village_rule_counts")

        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, shortcut in (
                ("new", self.tr("&New village rule"), self.new_record, "Ctrl+N"),
                ("open", self.tr("&Open"), self.open_selected, "Return"),
                ("delete", self.tr("&Delete"), self.delete_selected, "Delete"),
                ("request", self.tr("Form 01: re&quest…"), lambda: self.export_form("request"), ""),
                ("recognition", self.tr("Form 03: re&cognition…"), lambda: self.export_form("recognition"), ""),
                ("xlsx", self.tr("Register to E&xcel"), self.export_xlsx, "")):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=slot: s())
            if shortcut:
                b.setShortcut(QKeySequence(shortcut))
            self.buttons[key] = b
            actions.addWidget(b)
            if key == "delete":
                actions.addStretch(1)

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.retired)
        filters = QHBoxLayout()
        for w in (self.hamlet_filter, self.stage, self.problem):
            w.setMinimumContentsLength(12)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            filters.addWidget(w, 1)
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

    # -- loading ------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

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

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def error(self, exc: BaseException) -> None:
        Messages.report(self, exc, self._show_error)

    # -- records ------------------------------------------------------------------------------
    @classmethod
    def run_dialog(cls, dialog: VillageRuleDialog) -> bool:
        """Show the form modally (tests replace this classmethod)."""
        return bool(dialog.exec())

    def _dialog(self, record: VillageRule) -> VillageRuleDialog:
        hamlets = CommuneService(self.ws.db).list_units(include_retired=True, kind=UnitKind.HAMLET)
        return VillageRuleDialog(self.svc, record, hamlets, self, self.today)

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
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.undo_stack.push(SavedCommand(self.svc, None, dialog.saved, self._changed,
                                              self.tr("new village rule")))
            self._changed()

    def _open_hamlet(self, index: QModelIndex) -> None:
        h = self.hamlets.row_at(index.row())
        if h is None:
            return
        if h.rule_id is not None:
            self.open_record(h.rule_id)
        elif not h.retired:
            self.new_record(h.hamlet_id)

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
        dialog = self._dialog(before)
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.undo_stack.push(SavedCommand(self.svc, before, dialog.saved, self._changed,
                                              self.tr("edit village rule")))
            self._changed()

    def show_record(self, record_id: int) -> None:
        """The window's opener: a record from the due list or a report figure."""
        self.search.clear()
        self.hamlet_filter.setCurrentIndex(0)
        self.stage.setCurrentIndex(0)
        self.problem.setCurrentIndex(0)
        self.retired.setChecked(True)
        self.apply_filter()
        self.select(record_id)
        self.open_record(record_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        if not Messages.ask(self, self.tr("Delete"), self.tr("Delete this village rule? (Ctrl+Z brings it back)")):
            return
        try:
            self.undo_stack.push(DeleteCommand(self.svc, record_id, self._changed, self.tr("delete village rule")))
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

    def export_xlsx(self) -> None:
        from dancoso_desktop.services.village_rule_export import export_village_rules_xlsx

        target = self.ask_save_path(self, safe_filename("Sổ theo dõi hương ước, quy ước.xlsx"),
                                    self.tr("Excel workbook (*.xlsx)"))
        if target is None:
            return
        ws, today = self.ws, self.today
        self._run(self.tr("Exporting the village rules…"), lambda: export_village_rules_xlsx(ws, target, today=today))

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
        target = self.ask_save_path(self, form_filename(record, form, "pdf"),
                                    self.tr("PDF document (*.pdf);;Word document (*.docx)"))
        if target is None:
            return
        fmt = "docx" if target.suffix.lower() == ".docx" else "pdf"
        ws = self.ws
        self._run(self.tr("Writing the form…"), lambda: export_form(ws, record_id, form, fmt, target))
