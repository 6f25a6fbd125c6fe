"""Tab "Kiến nghị": the boards' recommendations and the UBND's 15-day reply clock
(Law 10/2022 Art. 40.1.c, 45.2.c), coloured as the disclosure checks are (red: late or
overdue; amber: running). Search folds tone marks; filters by board and clock; the form shows
the last day to reply as you type and refuses a reply dated before the recommendation."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
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
from dancoso_desktop.domain.supervision import BoardKind, BoardRecommendation, Clock
from dancoso_desktop.domain.supervision_rules import check_reply, reply_clock, reply_due
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.supervision_service import (
    RecommendationFilter,
    RecommendationRow,
    SupervisionService,
)
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.supervision.boards_common import (
    LazyTableModel,
    OptionalDate,
    SnapshotCommand,
    clock_brush,
)
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit
from dancoso_desktop.ui.widgets.messages import Messages


def clock_text(_widget: Any, clock: Clock) -> str:
    return {Clock.OPEN: QCoreApplication.translate("SupervisionTabs", "Open"), Clock.OVERDUE: QCoreApplication.translate("SupervisionTabs", "Overdue"),
            Clock.ON_TIME: QCoreApplication.translate("SupervisionTabs", "On time"), Clock.LATE: QCoreApplication.translate("SupervisionTabs", "Late"),
            Clock.NONE: "—"}[clock]


def kind_text(_widget: Any, kind: BoardKind) -> str:
    return {BoardKind.COMMUNE_BTTND: QCoreApplication.translate("SupervisionTabs", "Commune BTTND"),
            BoardKind.AGENCY_BTTND: QCoreApplication.translate("SupervisionTabs", "Agency BTTND"),
            BoardKind.BGSDTCD: QCoreApplication.translate("SupervisionTabs", "Investment supervision board")}[kind]


class RecommendationsTab(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Any = None, today: Any = None, run_task: Any = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.service = SupervisionService(workspace.db)
        self._run_task = run_task
        self.year = year
        self.undo_stack = undo_stack or QUndoStack(self)
        self._show_error = show_error
        self._today = today or date.today
        self.current: BoardRecommendation | None = None
        self.saved: BoardRecommendation | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search recommendations (with or without tone marks)"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All boards"), None)
        for k in BoardKind:
            self.kind_filter.addItem(kind_text(self, k), k)
        self.clock_filter = QComboBox()
        self.clock_filter.addItem(self.tr("Every state"), None)
        for c in (Clock.OVERDUE, Clock.OPEN, Clock.LATE, Clock.ON_TIME):
            self.clock_filter.addItem(clock_text(self, c), c)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("The year's checks, recommendations, petitions and members (XLSX)"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.clock_filter)
        top.addWidget(self.count_label)
        top.addWidget(self.export_button)

        cols = [(self.tr("Received"), lambda r: format_date(r.received_on)),
                (self.tr("Board"), lambda r: r.board_kind.short_vi),
                (self.tr("Recommendation"), lambda r: r.text.split("\n")[0][:200]),
                (self.tr("Reply due"), lambda r: format_date(r.due)),
                (self.tr("Replied"), lambda r: format_date(r.reply_on)),
                (self.tr("15-day clock"), lambda r: clock_text(self, r.clock))]
        self.model = LazyTableModel(cols, self._fetch, self._count, row_id=lambda r: r.id,
                                    brush=lambda r: clock_brush(r.clock),
                                    tooltip=lambda r, c: r.text if c == 2 else None, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        for col, width in enumerate((85, 80, 250, 85, 85)):
            self.view.setColumnWidth(col, width)

        # -- the form ------------------------------------------------------------------------------
        self.board = QComboBox()
        self.check = QComboBox()
        self.received = VietDateEdit()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What the board recommends"))
        self.addressee = QLineEdit("Ủy ban nhân dân xã")
        self.reply_on = OptionalDate(self.tr("Replied on"))
        self.reply_text = QPlainTextEdit()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37")
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        form = QFormLayout()
        form.addRow(self.tr("Board"), self.board)
        form.addRow(self.tr("After the check"), self.check)
        form.addRow(self.tr("UBND received it on"), self.received)
        form.addRow(self.tr("Recommendation"), self.text)
        form.addRow(self.tr("Addressed to"), self.addressee)
        form.addRow(self.tr("Reply"), self.reply_on)
        form.addRow(self.tr("Reply text"), self.reply_text)
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
        for edit in (self.text, self.reply_text):
            edit.setMaximumHeight(140)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        self.search.textChanged.connect(self.reload)
        self.kind_filter.currentIndexChanged.connect(self.reload)
        self.clock_filter.currentIndexChanged.connect(self.reload)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        self.board.currentIndexChanged.connect(self._fill_checks)
        for sig in (self.received.dateChanged, self.text.textChanged, self.reply_on.check.toggled,
                    self.reply_on.edit.dateChanged, self.board.currentIndexChanged):
            sig.connect(self._validate)
        self.export_button.clicked.connect(self.choose_export)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete)
        self.reload_boards()
        self.reload()
        self.new()

    # -- data --------------------------------------------------------------------------------------
    def filter(self) -> RecommendationFilter:
        kind, clock = self.kind_filter.currentData(), self.clock_filter.currentData()
        return RecommendationFilter(self.year, self.search.text(), BoardKind(kind) if kind else None,
                                    Clock(clock) if clock else None)

    def _fetch(self, offset: int, limit: int) -> list[RecommendationRow]:
        return self.service.recommendation_rows(self.filter(), offset=offset, limit=limit, today=self._today())

    def _count(self) -> int:
        return self.service.count_recommendations(self.filter(), self._today())

    def reload(self) -> None:
        keep = self.current.id if self.current else None
        self.model.reload()
        overdue = self.service.count_recommendations(RecommendationFilter(self.year, clock=Clock.OVERDUE), self._today())
        self.count_label.setText(self.tr("%1 shown · %2 overdue").replace("%1", str(self.model.total()))
                                 .replace("%2", str(overdue)))
        if keep is not None:
            self._select_row(self.model.row_of_id(keep))

    def reload_boards(self) -> None:
        chosen = self.board.currentData()
        self.board.blockSignals(True)
        self.board.clear()
        for b in self.service.boards():
            self.board.addItem(f"{b.kind.short_vi}: {b.project_name or b.name}", b.id)
        self.board.blockSignals(False)
        i = self.board.findData(chosen)
        self.board.setCurrentIndex(i if i >= 0 else 0)
        self._fill_checks()

    def _fill_checks(self) -> None:
        self.check.clear()
        self.check.addItem(self.tr("(none)"), None)
        board_id = self.board.currentData()
        if board_id is not None:
            for c in self.service.check_rows(board_id=board_id, today=self._today()):
                self.check.addItem(f"{format_date(c.starts_on)} {c.title[:60]}", c.id)

    def reload_all(self) -> None:
        self.reload_boards()
        self.reload()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    # -- form --------------------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _on_row(self, current: Any, _previous: Any = None) -> None:
        r = self.model.row_at(current.row()) if current.isValid() else None
        if r is not None:
            self.load(self.service.get_recommendation(r.id))

    def load(self, rec: BoardRecommendation) -> None:
        self.current = rec
        i = self.board.findData(rec.board_id)
        self.board.setCurrentIndex(i if i >= 0 else 0)
        self._fill_checks()
        j = self.check.findData(rec.check_id)
        self.check.setCurrentIndex(j if j >= 0 else 0)
        self.received.set_value(rec.received_on)
        self.text.setPlainText(rec.text)
        self.addressee.setText(rec.addressee)
        self.reply_on.set_value(rec.reply_on)
        self.reply_text.setPlainText(rec.reply_text)
        self.delete_button.setEnabled(True)
        self._validate()

    def new(self) -> None:
        self.current = None
        self.view.clearSelection()
        today = self._today()
        self.received.set_value(today if today.year == self.year else date(self.year, 1, 1))
        self.text.clear()
        self.addressee.setText("Ủy ban nhân dân xã")
        self.reply_on.set_value(None)
        self.reply_text.clear()
        self.check.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self._validate()

    def value(self) -> BoardRecommendation:
        return BoardRecommendation(self.board.currentData(), self.text.toPlainText(), self.received.value(),
                                   self.check.currentData(), self.addressee.text(), self.reply_on.value(),
                                   self.reply_text.toPlainText(), self.current.id if self.current else None)

    def _validate(self) -> bool:
        rec = self.value()
        due = reply_due(rec.received_on)
        state = reply_clock(rec.received_on, rec.reply_on, self._today())
        self.info.setText(self.tr("The UBND must reply by %1 (15 days, Law Art. 40): %2")
                          .replace("%1", format_date(due)).replace("%2", clock_text(self, state)))
        problem = ""
        if rec.board_id is None:
            problem = self.tr("Add a board first (tab Boards).")
        elif not rec.text.strip():
            problem = self.tr("Write the recommendation.")
        else:
            try:
                check_reply(rec.received_on, rec.reply_on)
            except UserError as exc:
                problem = exc.text()
        self.error.setText(problem)
        self.save_button.setEnabled(not problem)
        return not problem

    def save(self) -> None:
        if not self._validate():
            return
        before = self.current
        try:
            saved = self.service.save_recommendation(self.value())
        except UserError as exc:
            self.error.setText(exc.text())
            return
        self.saved = saved
        self.current = saved
        self.undo_stack.push(self._command(self.tr("Save recommendation"), before, saved))
        self._changed()
        self._select_row(self.model.row_of_id(saved.id or 0))

    def delete(self) -> None:
        if self.current is None or self.current.id is None:
            return
        before = self.current
        self.service.delete_recommendation(before.id or 0)
        self.undo_stack.push(self._command(self.tr("Delete recommendation"), before, None))
        self.new()
        self._changed()

    def _command(self, text: str, before: Any, after: Any) -> SnapshotCommand:
        return SnapshotCommand(text, before, after, save=self.service.save_recommendation,
                               delete=self.service.delete_recommendation, on_change=self._changed,
                               on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        Messages.report(self, exc, self._show_error)

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def choose_export(self) -> None:
        from dancoso_desktop.fileio import safe_filename

        suggested = safe_filename(f"Kiểm tra, giám sát năm {self.year}.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), suggested,
                                                self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.export(Path(chosen if chosen.lower().endswith(".xlsx") else f"{chosen}.xlsx"))

    def export(self, target: Path, on_done: Any = None) -> None:
        """Write the workbook in the background (progress dialog of the window)."""
        from dancoso_desktop.services.supervision_export import export_year

        year = self.year

        def work() -> Path:
            return export_year(self.workspace, year, target, self._today())

        def done(path: Any) -> None:
            self.count_label.setText(self.tr("Wrote %1").replace("%1", str(path)))
            if on_done is not None:
                on_done(path)

        if self._run_task is not None:
            self._run_task(self.tr("Exporting the supervision registers…"), work, done)
        else:
            try:
                done(work())
            except UserError as exc:
                self._error(exc)

    def select(self, rec_id: int) -> None:
        """Show one recommendation (the due list, a report figure): its year, no filter."""
        rec = self.service.get_recommendation(rec_id)
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self.clock_filter.setCurrentIndex(0)
        if rec.received_on.year != self.year:
            self.set_year(rec.received_on.year)
        self._select_row(self.model.row_of_id(rec_id))
        self.load(rec)


def title(window: Any) -> str:
    return QCoreApplication.translate("SupervisionTabs", "Recommendations")


def create(window: Any) -> RecommendationsTab:
    from dancoso_desktop.ui.pages.linking import relay_changes

    tab = RecommendationsTab(window.workspace, window.year(), undo_stack=window.undo_stack,
                             show_error=window.show_error,
                             run_task=lambda title, fn, done: window.run_task(title, fn, done))
    window.year_changed.connect(tab.set_year)
    relay_changes(window, tab, tab.reload_all)

    def open_record(rec_id: int) -> None:
        page = window.show_page("supervision")
        page.show_tab("recommendations")
        if window.year() != (rec := tab.service.get_recommendation(rec_id)).received_on.year:
            window.set_year(rec.received_on.year)
        tab.select(rec_id)

    window.register_opener("board_recommendation", open_record)
    return tab
