"""The disclosure register page: filters, the lazily loaded register, the plan, the due panel.

Built standalone from a Workspace (tests, screenshots); ``ui.pages.disclosures_page.create``
wires it to the window (year, undo stack, long tasks, errors).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.disclosure import DisclosureRecord, DisclosureStatus, Problem, Scope
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services import disclosure_export as exports
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.disclosure_plan import generate_plan
from dancoso_desktop.services.disclosure_query import STILL_POSTED, RegisterFilter, RegisterQuery
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.disclosures.commands import DeleteRecordCommand, SavedRecordCommand
from dancoso_desktop.ui.disclosures.due_panel import DuePanel
from dancoso_desktop.ui.disclosures.plan_view import PlanView
from dancoso_desktop.ui.disclosures.record_form import RecordDialog
from dancoso_desktop.ui.disclosures.register_model import RegisterModel
from dancoso_desktop.ui.disclosures.register_proxy import RegisterProxy
from dancoso_desktop.ui.supervision import conference_disclosure_scope as scope_texts
from dancoso_desktop.ui.widgets.messages import Messages

SEARCH_DELAY_MS = 60   # debounce: one query after a burst of keystrokes, not one per key
RunTask = Callable[[str, Callable[..., Any], Callable[[Any], None]], Any]


class DisclosuresPage(QWidget):
    data_changed = Signal()

    def __init__(self, ws: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None,
                 run_task: RunTask | None = None, today: date | None = None, all_years: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Disclosure"))
        self.ws = ws
        self.svc = DisclosureService(ws)
        self.query = RegisterQuery(ws.db)
        self.year = year
        self.today = today or date.today()
        self.undo_stack = undo_stack or QUndoStack(self)
        self._show_error = show_error
        self._run_task = run_task
        catalogue = self.svc.catalogue

        self.model = RegisterModel(self.query, catalogue, self)
        self.model.today = self.today
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("disclosure_register")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 48), (1, 140), (2, 270), (3, 96), (4, 96), (5, 86), (6, 70), (7, 150), (8, 110)):
            self.view.setColumnWidth(col, width)
        self.view.doubleClicked.connect(lambda index: self.open_record(self.proxy.record_id(index.row())))

        # Filters.
        self.all_years = QCheckBox(self.tr("All &years"))
        self.all_years.setChecked(all_years)
        self.scope = QComboBox()
        self.scope.setObjectName("disclosure_scope")
        for text, value in scope_texts.filter_items():
            self.scope.addItem(text, value)
        self.content = QComboBox()
        self._fill_contents()
        self.scope.currentIndexChanged.connect(lambda *_: self._fill_contents())
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        for ch in catalogue.channels:
            self.channel.addItem(f"{ch.letter}) {ch.name}", ch.code)
        self.unit = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("All states"), None)
        for st, text in ((DisclosureStatus.DONE, self.tr("Disclosed")), (DisclosureStatus.PLANNED, self.tr("Planned")),
                         (DisclosureStatus.CANCELLED, self.tr("Cancelled"))):
            self.status.addItem(text, st.value)
        self.problem = QComboBox()
        self.problem.addItem(self.tr("All checks"), None)
        for p in Problem:
            self.problem.addItem(self.model.problem_text(p), p.value)
        self.problem.addItem(self.tr("Still posted today"), STILL_POSTED)
        self.search = QLineEdit()
        self.search.setObjectName("disclosure_search")
        self.search.setPlaceholderText(self.tr("Search (accents optional)… Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(190)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_counts)
        self._counts: dict[str, int] = {}
        self._counts_scope: tuple[int | None, date] | None = None
        for combo in (self.scope, self.content, self.channel, self.unit, self.status, self.problem):
            combo.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.all_years.toggled.connect(lambda *_: self.apply_filter())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)

        # Actions.
        buttons = []
        for text, slot, key in ((self.tr("&New record"), self.new_record, "Ctrl+N"),
                                (self.tr("&Open"), self.open_selected, "Return"),
                                (self.tr("&Delete"), self.delete_selected, "Delete"),
                                (self.tr("Register to E&xcel"), lambda: self.export_register("xlsx"), ""),
                                (self.tr("Register to &PDF"), lambda: self.export_register("pdf"), ""),
                                (self.tr("&Quarterly list…"), self.export_quarterly_list, ""),
                                (self.tr("Day s&waps…"), self.edit_swaps, "")):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=slot: s())
            if key:
                b.setShortcut(QKeySequence(key))
            buttons.append(b)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Quarter %1").replace("%1", str(q)), q)
        self.quarter.setCurrentIndex((self.today.month - 1) // 3)

        self.plan_view = PlanView(self.query, catalogue)
        self.plan_view.open_record.connect(self.open_record)
        self.plan_view.generate_requested.connect(self.generate_plan)
        self.due = DuePanel(self.query)
        self.due.open_record.connect(self.open_record)
        self.count_label = QLabel()
        self.count_label.setObjectName("disclosure_counts")

        self.tabs = QTabWidget()
        register = QWidget()
        reg_layout = QVBoxLayout(register)
        reg_layout.setContentsMargins(0, 0, 0, 0)
        # The search on a line of its own and the five filters under it: on one line they were
        # cut to "Mọi trạng th…" in a 1280-pixel window beside the due panel.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.scope)
        search_row.addWidget(self.all_years)
        filters = QHBoxLayout()
        for w in (self.content, self.channel, self.unit, self.status, self.problem):
            w.setMinimumContentsLength(10)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            filters.addWidget(w, 1)
        reg_layout.addLayout(search_row)
        reg_layout.addLayout(filters)
        reg_layout.addWidget(self.view, 1)
        reg_layout.addWidget(self.count_label)
        self.tabs.addTab(register, self.tr("Register"))
        self.tabs.addTab(self.plan_view, self.tr("Disclosure plan"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.due)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.due.setMinimumWidth(180)
        splitter.setSizes([900, 240])
        actions = QHBoxLayout()
        for b in buttons[:3]:
            actions.addWidget(b)
        actions.addStretch(1)
        for b in buttons[3:5]:
            actions.addWidget(b)
        actions.addWidget(self.quarter)
        actions.addWidget(buttons[5])
        self.plan_view.add_button(buttons[6])     # the calendar belongs with the plan's dates
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.reload_units()
        self.reload()

    # -- loading --------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def reload_units(self) -> None:
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for u in CommuneService(self.ws.db).list_units(include_retired=True):
            self.unit.addItem(u.name, u.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(False)

    def current_filter(self) -> RegisterFilter:
        status = self.status.currentData()
        return RegisterFilter(
            year=None if self.all_years.isChecked() else self.year, item=self.content.currentData(),
            channel=self.channel.currentData(), unit_id=self.unit.currentData(),
            status=DisclosureStatus(status) if status else None, problem=self.problem.currentData(),
            search=self.search.text(), scope=self.scope.currentData())

    def _fill_contents(self) -> None:
        """The content filter lists the catalogue of the chosen scope (Art. 11 or Art. 46)."""
        internal = self.scope.currentData() == "internal"
        self.content.blockSignals(True)
        self.content.clear()
        self.content.addItem(self.tr("All contents"), None)
        for c in self.svc.catalogue.contents_of("internal" if internal else "public"):
            self.content.addItem(f"{'NB' if internal else ''}{c.item}. {c.short}", c.item)
        self.content.blockSignals(False)

    def apply_filter(self) -> None:
        """Show the first page for the filters now; count the matches once the view is drawn."""
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._count_timer.start()

    def _update_counts(self) -> None:
        scope = None if self.all_years.isChecked() else self.year
        if self._counts_scope != (scope, self.today):
            self._counts = self.query.problem_counts(scope, self.today)
            self._counts_scope = (scope, self.today)
        counts = self._counts
        self.count_label.setText(
            self.tr("%1 records shown · late %2 · posting too short %3 · radio too short %4 · "
                    "no evidence %5 · overdue %6 · still posted today %7")
            .replace("%1", f"{self.model.total():,}".replace(",", "."))
            .replace("%2", str(counts["late"])).replace("%3", str(counts["posting_too_short"]))
            .replace("%4", str(counts["radio_too_short"])).replace("%5", str(counts["no_evidence"]))
            .replace("%6", str(counts["overdue"])).replace("%7", str(counts[STILL_POSTED])))

    def reload(self) -> None:
        self.model.today = self.today
        self._counts_scope = None          # the records changed: count the checks again
        self.apply_filter()
        self.plan_view.reload(self.year, self.today)
        self.due.reload(self.today)

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def error(self, exc: BaseException) -> None:
        Messages.report(self, exc, self._show_error)

    # -- records ----------------------------------------------------------------------------
    @classmethod
    def run_dialog(cls, dialog: RecordDialog) -> bool:
        """Show a record form modally (tests replace this classmethod)."""
        return bool(dialog.exec())

    def _dialog(self, record: DisclosureRecord) -> RecordDialog:
        communes = CommuneService(self.ws.db)
        return RecordDialog(self.svc, record, communes.list_units(), [h.name for h in communes.hamlets()],
                            parent=self)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.record_id(rows[0].row()) if rows else None

    def new_record(self) -> None:
        scope = Scope.INTERNAL if self.scope.currentData() == "internal" else Scope.PUBLIC
        dialog = self._dialog(DisclosureRecord(item=1, title="", year=self.year, decided_on=self.today, scope=scope))
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.undo_stack.push(SavedRecordCommand(self.svc, None, dialog.saved, self._changed,
                                                    self.tr("new disclosure record")))
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
        dialog = self._dialog(before)
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.undo_stack.push(SavedRecordCommand(self.svc, before, dialog.saved, self._changed,
                                                    self.tr("edit disclosure record")))
            self._changed()

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        if not Messages.ask(self, self.tr("Delete"), self.tr("Delete this disclosure record? (Ctrl+Z brings it back)")):
            return
        try:
            self.undo_stack.push(DeleteRecordCommand(self.svc, record_id, self._changed,
                                                     self.tr("delete disclosure record")))
        except UserError as exc:
            self.error(exc)

    def generate_plan(self) -> None:
        try:
            added = generate_plan(self.svc, self.year)
        except UserError as exc:
            self.error(exc)
            return
        self._changed()
        Messages.info(self, self.tr("Disclosure plan"),
                      self.tr("%1 recurring duties added to the plan of %2.").replace("%1", str(added))
                      .replace("%2", str(self.year)))

    def edit_swaps(self) -> None:
        from dancoso_desktop.ui.disclosures.swaps_dialog import SwapsDialog

        dialog = SwapsDialog(self.svc, self)
        dialog.exec()
        if dialog.changed:
            self._changed()

    # -- outputs ----------------------------------------------------------------------------
    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, file_filter: str) -> Path | None:
        """The save dialog (tests replace this classmethod)."""
        name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save as"), suggested, file_filter)
        return Path(name) if name else None

    def _run(self, title: str, fn: Callable[..., Any]) -> None:
        if self._run_task is not None:
            self._run_task(title, fn, lambda _result: None)
            return
        try:
            fn(lambda *_a: None) if _takes_progress(fn) else fn()
        except UserError as exc:
            self.error(exc)

    def export_register(self, fmt: str) -> None:
        name = safe_filename(f"Sổ theo dõi công khai {self.year}.{fmt}")
        filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "pdf": self.tr("PDF document (*.pdf)")}
        target = self.ask_save_path(self, name, filters[fmt])
        if target is None:
            return
        year = None if self.all_years.isChecked() and fmt == "xlsx" else self.year
        if fmt == "xlsx":
            total = self.query.count(RegisterFilter(year=year, scope="public"), self.today)

            def work(progress: Callable[..., None]) -> int:
                # Taking a progress argument gives the dialog its bar and its Cancel button
                # (shown once the work runs past 0.4 s); Cancel stops at the next 2,000 rows
                # and no file is written.
                def step(done: int) -> None:
                    progress(done, total, self.tr("Exporting the register… %1 of %2 rows")
                             .replace("%1", f"{done:,}".replace(",", ".")).replace("%2", f"{total:,}".replace(",", ".")))
                return exports.export_register_xlsx(self.svc, year, target, today=self.today, progress=step)
            self._run(self.tr("Exporting the register…"), work)
        else:
            self._run(self.tr("Exporting the register…"),
                      lambda: exports.export_register_pdf(self.svc, self.year, target, self.today))

    def export_quarterly_list(self) -> None:
        quarter = int(self.quarter.currentData())
        name = safe_filename(f"Danh mục công khai quý {quarter} năm {self.year}.pdf")
        target = self.ask_save_path(self, name, self.tr("PDF document (*.pdf);;Word document (*.docx)"))
        if target is None:
            return
        fmt = "docx" if target.suffix.lower() == ".docx" else "pdf"
        self._run(self.tr("Writing the quarterly list…"),
                  lambda: exports.export_quarterly_list(self.svc, self.year, quarter, target, fmt))


def _takes_progress(fn: Callable[..., Any]) -> bool:
    import inspect

    return bool(inspect.signature(fn).parameters)
