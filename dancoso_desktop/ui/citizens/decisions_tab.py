"""The tab "Nhân dân quyết định" of the citizens page: the decisions register (lazy, searchable
without tone marks, filtered), what is due or overdue, each hamlet's head with the election
countdown, the NĐ 59 forms and the Excel register.

``DecisionsTab`` is built standalone from a Workspace (tests, benchmarks); ``create(window)``
wires it to the window's year, undo stack, long tasks, errors and the "decision" opener.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.decision import ElectionKind, Matter, Scope, VoteForm
from dancoso_desktop.domain.decision_rules import Problem
from dancoso_desktop.domain.errors import UserError, current_language
from dancoso_desktop.domain.hamlet_head import HamletHead, next_step
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services import decision_export
from dancoso_desktop.services.decision_query import FAILED, NO_RESULT, PASSED, DecisionFilter, DecisionQuery
from dancoso_desktop.services.decision_service import DecisionService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.citizens.decision_commands import DeleteDecisionCommand, SavedDecisionCommand
from dancoso_desktop.ui.citizens.decision_form import DecisionDialog, default_decision
from dancoso_desktop.ui.citizens.decisions_model import DecisionsModel, problem_text
from dancoso_desktop.ui.widgets.messages import Messages

SEARCH_DELAY_MS = 60
RunTask = Callable[[str, Callable[[], Any], Callable[[Any], None]], Any]
AnyIndex = QModelIndex | QPersistentModelIndex


class HeadsModel(QAbstractTableModel):
    """Each hamlet with its current head and term (the side table beside the units catalogue)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HamletHead] = []
        self.today = date.today()
        self._headers = [self.tr("Hamlet"), self.tr("Head"), self.tr("Term")]

    def set_heads(self, heads: list[HamletHead]) -> None:
        self.beginResetModel()
        self._rows = list(heads)
        self.endResetModel()

    def head_at(self, row: int) -> HamletHead | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        h = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return h.hamlet_name
            if col == 1:
                if not h.name:
                    return self.tr("(vacant)")
                return h.name + (" " + self.tr("(interim)") if h.interim else "")
            if h.interim and h.interim_until:
                return self.tr("until %1").replace("%1", format_date(h.interim_until))
            if h.term_start and h.term_end:
                return f"{h.term_start.year}–{h.term_end.year + (1 if h.term_end.month == 12 else 0)}"
            return ""
        if role == Qt.ItemDataRole.BackgroundRole and col == 2:
            end = h.interim_until if h.interim else h.term_end
            if not h.name or (end is not None and end < self.today):
                return QBrush(QColor("#f8d7da"))
            if end is not None and end < self.today + timedelta(days=90):
                return QBrush(QColor("#fff3cd"))
        if role == Qt.ItemDataRole.UserRole:
            return h.decision_id
        return None


class DecisionsTab(QWidget):
    data_changed = Signal()

    def __init__(self, ws: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None, run_task: RunTask | None = None,
                 today: date | None = None, all_years: bool = False) -> None:
        super().__init__()
        self.ws = ws
        self.svc = DecisionService(ws)
        self.query = DecisionQuery(ws.db)
        self.year = year
        self.today = today or date.today()
        self.undo_stack = undo_stack or QUndoStack(self)
        self._show_error = show_error
        self._run_task = run_task

        self.model = DecisionsModel(self.query, self)
        self.model.today = self.today
        self.view = QTableView()
        self.view.setObjectName("decision_register")
        self.view.setModel(self.model)
        # The first load is reload() below; the header only shows the order (no query of its own).
        self.view.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)
        self.model.order, self.model.descending = "vote_date", False
        self.model._loaded = True
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 30), (1, 92), (2, 190), (3, 104), (4, 62), (5, 82), (6, 114), (7, 96)):
            self.view.setColumnWidth(col, width)
        self.view.doubleClicked.connect(self._open_index)

        # Filters.
        self.all_years = QCheckBox(self.tr("All &years"))
        self.all_years.setChecked(all_years)
        self.matter = QComboBox()
        self.matter.addItem(self.tr("All matters"), None)
        for m in Matter:
            self.matter.addItem(self.model.matter_text(m), int(m))
        self.form = QComboBox()
        self.form.addItem(self.tr("All forms"), None)
        for f in VoteForm:
            self.form.addItem(self.model.form_text(f), f.value)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("All scopes"), None)
        for s, text in ((Scope.HAMLET, self.tr("One hamlet")), (Scope.SEVERAL, self.tr("Several hamlets")),
                        (Scope.COMMUNE, self.tr("Commune-wide"))):
            self.scope.addItem(text, s.value)
        self.result = QComboBox()
        self.result.addItem(self.tr("All results"), None)
        for value, text in ((PASSED, self.tr("Passed")), (FAILED, self.tr("Not passed")),
                            (NO_RESULT, self.tr("No figures yet"))):
            self.result.addItem(text, value)
        self.problem = QComboBox()
        self.problem.addItem(self.tr("All checks"), None)
        for p in Problem:
            self.problem.addItem(problem_text(p).split(" (")[0], p.value)
        self.search = QLineEdit()
        self.search.setObjectName("decision_search")
        self.search.setPlaceholderText(self.tr("Search content or hamlet (accents optional)… Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_counts)
        for combo in (self.matter, self.form, self.scope, self.result, self.problem):
            combo.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.all_years.toggled.connect(lambda *_: self.apply_filter())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)

        # Actions.
        self.form_pick = QComboBox()
        for key, text in (("notice", self.tr("Form 01: meeting notice")),
                          ("count-minutes", self.tr("Form 02: count minutes")),
                          ("decision", self.tr("Form 03: the decision")),
                          ("ballot-minutes", self.tr("Form 04: ballot count minutes"))):
            self.form_pick.addItem(text, key)
        buttons = []
        for text, slot, key in ((self.tr("&New decision"), self.new_record, "Ctrl+N"),
                                (self.tr("&Open"), self.open_selected, "Return"),
                                (self.tr("&Delete"), self.delete_selected, "Delete"),
                                (self.tr("&Print form…"), self.export_form, "Ctrl+P"),
                                (self.tr("Register to E&xcel"), self.export_register, "")):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=slot: s())
            if key:
                b.setShortcut(QKeySequence(key))
            buttons.append(b)

        self.due = QListWidget()
        self.due.setObjectName("decision_due_list")
        self.due.setWordWrap(True)
        self.due.itemActivated.connect(self._open_item)
        self.due.itemDoubleClicked.connect(self._open_item)
        self.due_heading = QLabel()
        self.due_heading.setStyleSheet("font-weight: bold;")
        self.due_heading.setWordWrap(True)
        self.heads = HeadsModel(self)
        self.heads.today = self.today
        self.heads_view = QTableView()
        self.heads_view.setObjectName("hamlet_heads")
        self.heads_view.setModel(self.heads)
        self.heads_view.verticalHeader().setVisible(False)
        self.heads_view.verticalHeader().setDefaultSectionSize(22)
        self.heads_view.setWordWrap(False)
        self.heads_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.heads_view.horizontalHeader().setStretchLastSection(True)
        self.heads_view.doubleClicked.connect(self._open_head)
        self.count_label = QLabel()
        self.count_label.setObjectName("decision_counts")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.all_years)
        filters = QHBoxLayout()
        for w in (self.matter, self.form, self.scope, self.result, self.problem):
            w.setMinimumContentsLength(8)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            filters.addWidget(w, 1)
        left_layout.addLayout(search_row)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.due_heading)
        right_layout.addWidget(self.due, 1)
        heads_label = QLabel(self.tr("Hamlet heads (double-click the name to set it)"))
        heads_label.setWordWrap(True)
        heads_label.setStyleSheet("font-weight: bold;")
        right_layout.addWidget(heads_label)
        right_layout.addWidget(self.heads_view, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        right.setMinimumWidth(290)
        splitter.setSizes([900, 340])
        actions = QHBoxLayout()
        for b in buttons[:3]:
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.form_pick)
        actions.addWidget(buttons[3])
        actions.addWidget(buttons[4])
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.reload()

    # -- loading --------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> DecisionFilter:
        return DecisionFilter(year=None if self.all_years.isChecked() else self.year,
                              matter=self.matter.currentData(), form=self.form.currentData(),
                              scope=self.scope.currentData(), result=self.result.currentData(),
                              problem=self.problem.currentData(), search=self.search.text())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._count_timer.start()

    def _update_counts(self) -> None:
        scope = None if self.all_years.isChecked() else self.year
        counts = self.query.problem_counts(scope, self.today)
        self.count_label.setText(
            self.tr("%1 decisions shown · passed %2 · not passed %3 · not sent in time %4 · recognition overdue %5")
            .replace("%1", f"{self.model.total():,}".replace(",", ".")).replace("%2", str(counts[PASSED]))
            .replace("%3", str(counts[FAILED])).replace("%4", str(counts[Problem.NOT_SENT.value]))
            .replace("%5", str(counts[Problem.RECOGNITION_OVERDUE.value])))

    def reload(self) -> None:
        self.model.today = self.today
        self.apply_filter()
        self.reload_side()

    def reload_side(self) -> None:
        """The due / overdue list (sending, recognition, election steps) and the hamlet heads."""
        en = current_language() == "en"
        until = self.today + timedelta(days=7)
        self.due.clear()
        overdue = 0
        entries: list[tuple[date, str, int, bool]] = []
        for line in self.query.due_soon(self.today, until):
            if line.sent_on is None and line.send_due is not None and line.send_due <= until:
                entries.append((line.send_due, self.tr("send: %1").replace("%1", line.title), line.id,
                                line.send_due < self.today))
            if line.recognition.value == "pending" and line.recognition_due is not None \
                    and line.recognition_due <= until:
                entries.append((line.recognition_due, self.tr("recognise: %1").replace("%1", line.title), line.id,
                                line.recognition_due < self.today))
        for d in self.svc.upcoming_elections(self.today):
            if d.election is None or d.election.kind is not ElectionKind.ELECTION or d.vote_date is None:
                continue
            step = next_step(d.election, d.vote_date)
            if step is not None:
                label = step.label_en if en else step.label_vi
                entries.append((step.due, f"{d.title}: {label}", d.id or 0, step.due < self.today))
        for due_on, text, record_id, late in sorted(entries):
            overdue += late
            prefix = self.tr("Overdue since %1") if late else self.tr("Due %1")
            item = QListWidgetItem(f"{prefix.replace('%1', format_date(due_on))} — {text}")
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(text)
            if late:
                item.setBackground(QBrush(QColor("#f8d7da")))
            self.due.addItem(item)
        if not entries:
            self.due.addItem(self.tr("Nothing due this week."))
        self.overdue = overdue
        self.due_heading.setText(self.tr("Due this week / overdue (%1 overdue)").replace("%1", str(overdue)))
        self.heads.set_heads(self.svc.heads())

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
    def run_dialog(cls, dialog: QDialog) -> bool:
        """Show the form modally (tests replace this classmethod)."""
        return bool(dialog.exec())

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        line = self.model.row_at(rows[0].row()) if rows else None
        return line.id if line else None

    def new_record(self) -> None:
        dialog = DecisionDialog(self.svc, default_decision(self.svc, self.year, self.today), self)
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.undo_stack.push(SavedDecisionCommand(self.svc, None, dialog.saved, self._changed,
                                                      self.tr("new community decision")))
            self._changed()
            self.select(dialog.saved.id or 0)

    def open_selected(self) -> None:
        self.open_record(self.selected_id())

    def open_record(self, decision_id: int | None) -> None:
        if decision_id is None:
            return
        try:
            before = self.svc.get(decision_id)
        except UserError as exc:
            self.error(exc)
            return
        dialog = DecisionDialog(self.svc, before, self)
        if self.run_dialog(dialog) and dialog.saved is not None:
            self.undo_stack.push(SavedDecisionCommand(self.svc, before, dialog.saved, self._changed,
                                                      self.tr("edit community decision")))
            self._changed()

    def select(self, decision_id: int) -> bool:
        """Show one decision in the register (the window's "decision" opener)."""
        row = self.model.row_of_id(decision_id)
        if row < 0:
            try:
                year = self.svc.get(decision_id).year
            except UserError:
                return False
            if year != self.year and not self.all_years.isChecked():
                self.all_years.setChecked(True)
            self.search.clear()
            for combo in (self.matter, self.form, self.scope, self.result, self.problem):
                combo.setCurrentIndex(0)
            self.apply_filter()
            while (row := self.model.row_of_id(decision_id)) < 0 and self.model.canFetchMore():
                self.model.fetchMore()
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def delete_selected(self) -> None:
        decision_id = self.selected_id()
        if decision_id is None:
            return
        if not Messages.ask(self, self.tr("Delete"), self.tr("Delete this decision? (Ctrl+Z brings it back)")):
            return
        try:
            self.undo_stack.push(DeleteDecisionCommand(self.svc, decision_id, self._changed,
                                                       self.tr("delete community decision")))
        except UserError as exc:
            self.error(exc)

    def _open_index(self, index: QModelIndex) -> None:
        line = self.model.row_at(index.row())
        if line is not None:
            self.open_record(line.id)

    def _open_item(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if value is not None:
            self.select(int(value))
            self.open_record(int(value))

    def _open_head(self, index: QModelIndex) -> None:
        """Double-click on a hamlet head: open the election that chose them, or set the head by hand."""
        value = self.heads.data(index, Qt.ItemDataRole.UserRole)
        if value is not None and index.column() != 1:
            self.open_record(int(value))
            return
        self.edit_head(index.row())

    def edit_head(self, row: int) -> None:
        from dancoso_desktop.ui.citizens.decision_head_dialog import HeadDialog

        head = self.heads.head_at(row)
        if head is None:
            return
        dialog = HeadDialog(self.svc, head, self)
        if self.run_dialog(dialog) and dialog.saved is not None:
            self._changed()

    # -- outputs ----------------------------------------------------------------------------
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

    def export_form(self) -> None:
        decision_id = self.selected_id()
        if decision_id is None:
            Messages.info(self, self.tr("Print form"), self.tr("Select a decision first."))
            return
        form = str(self.form_pick.currentData())
        try:
            d = self.svc.get(decision_id)
        except UserError as exc:
            self.error(exc)
            return
        target = self.ask_save_path(self, decision_export.form_filename(d, form, "pdf"),
                                    self.tr("PDF document (*.pdf);;Word document (*.docx)"))
        if target is None:
            return
        fmt = "docx" if target.suffix.lower() == ".docx" else "pdf"
        self._run(self.tr("Writing the form…"),
                  lambda: decision_export.export_form(self.ws, decision_id, form, fmt, target))

    def export_register(self) -> None:
        from dancoso_desktop.fileio import safe_filename

        target = self.ask_save_path(self, safe_filename(f"Sổ Nhân dân bàn và quyết định {self.year}.xlsx"),
                                    self.tr("Excel workbook (*.xlsx)"))
        if target is None:
            return
        self._run(self.tr("Exporting the register…"),
                  lambda: decision_export.export_register(self.ws, self.year, target))


def title(window: Any) -> str:
    return QCoreApplication.translate("DecisionsTab", "Citizens decide")


def create(window: Any) -> DecisionsTab:
    from dancoso_desktop.ui.pages.linking import relay_changes

    tab = DecisionsTab(window.workspace, window.year(), undo_stack=window.undo_stack, show_error=window.show_error,
                       run_task=lambda t, fn, done: window.run_task(t, fn, done))
    window.year_changed.connect(tab.set_year)
    relay_changes(window, tab, tab.reload)

    def opener(decision_id: int) -> None:
        page = window.show_page("citizens")
        if page is not None and hasattr(page, "show_tab"):
            page.show_tab("decisions")
        tab.select(decision_id)

    window.register_opener("decision", opener)
    return tab
