"""Tab "Kiến nghị": the boards' recommendations and the UBND's 15-day reply clock
(Law 10/2022 Art. 40.1.c, 45.2.c), coloured as the disclosure checks are (red: late or
overdue; amber: running). Search folds tone marks; filters by board and clock; the form shows
the last day to reply as you type and refuses a reply dated before the recommendation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QLineEdit, QPlainTextEdit, QPushButton

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
from dancoso_desktop.ui.supervision.boards_common import LazyTableModel, OptionalDate, clock_brush
from dancoso_desktop.ui.supervision.register_tab import RegisterTab, clock_text
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit

# clock_text stays importable from here (boards_tab takes it with kind_text)
__all__ = ["RecommendationsTab", "clock_text", "create", "kind_text", "title"]


def kind_text(_widget: Any, kind: BoardKind) -> str:
    return {BoardKind.COMMUNE_BTTND: QCoreApplication.translate("SupervisionTabs", "Commune BTTND"),
            BoardKind.AGENCY_BTTND: QCoreApplication.translate("SupervisionTabs", "Agency BTTND"),
            BoardKind.BGSDTCD: QCoreApplication.translate("SupervisionTabs", "Investment supervision board")}[kind]


class RecommendationsTab(RegisterTab[BoardRecommendation]):
    def __init__(self, workspace: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Any = None, today: Any = None, run_task: Any = None) -> None:
        super().__init__(year, undo_stack=undo_stack, show_error=show_error, today=today)
        self.workspace = workspace
        self.service = SupervisionService(workspace.db)
        self._run_task = run_task

        self.search.setPlaceholderText(self.tr("Search recommendations (with or without tone marks)"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All boards"), None)
        for k in BoardKind:
            self.kind_filter.addItem(kind_text(self, k), k)
        self.clock_filter = self._clock_filter(self.tr("Every state"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("The year's checks, recommendations, petitions and members (XLSX)"))

        cols = [(self.tr("Received"), lambda r: format_date(r.received_on)),
                (self.tr("Board"), lambda r: r.board_kind.short_vi),
                (self.tr("Recommendation"), lambda r: r.text.split("\n")[0][:200]),
                (self.tr("Reply due"), lambda r: format_date(r.due)),
                (self.tr("Replied"), lambda r: format_date(r.reply_on)),
                (self.tr("15-day clock"), lambda r: clock_text(self, r.clock))]
        self._set_up_view(LazyTableModel(cols, self._fetch, self._count, row_id=lambda r: r.id,
                                         brush=lambda r: clock_brush(r.clock),
                                         tooltip=lambda r, c: r.text if c == 2 else None, parent=self),
                          (85, 80, 250, 85, 85))

        # -- the form ------------------------------------------------------------------------------
        self.board = QComboBox()
        self.check = QComboBox()
        self.received = VietDateEdit()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What the board recommends"))
        self.addressee = QLineEdit("Ủy ban nhân dân xã")
        self.reply_on = OptionalDate(self.tr("Replied on"))
        self.reply_text = QPlainTextEdit()
        self._make_buttons(self.tr("New"), self.tr("Save"), self.tr("Delete"))
        form = QFormLayout()
        form.addRow(self.tr("Board"), self.board)
        form.addRow(self.tr("After the check"), self.check)
        form.addRow(self.tr("UBND received it on"), self.received)
        form.addRow(self.tr("Recommendation"), self.text)
        form.addRow(self.tr("Addressed to"), self.addressee)
        form.addRow(self.tr("Reply"), self.reply_on)
        form.addRow(self.tr("Reply text"), self.reply_text)

        self.board.currentIndexChanged.connect(self._fill_checks)
        self.export_button.clicked.connect(self.choose_export)
        self._assemble(filters=(self.kind_filter, self.clock_filter), extra_top=(self.export_button,), form=form,
                       tall=(self.text, self.reply_text), tall_height=140,
                       validate_on=(self.received.dateChanged, self.text.textChanged, self.reply_on.check.toggled,
                                    self.reply_on.edit.dateChanged, self.board.currentIndexChanged))

    # -- data --------------------------------------------------------------------------------------
    def filter(self) -> RecommendationFilter:
        kind, clock = self.kind_filter.currentData(), self.clock_filter.currentData()
        return RecommendationFilter(self.year, self.search.text(), BoardKind(kind) if kind else None,
                                    Clock(clock) if clock else None)

    def _fetch(self, offset: int, limit: int) -> list[RecommendationRow]:
        return self.service.recommendation_rows(self.filter(), offset=offset, limit=limit, today=self._today())

    def _count(self) -> int:
        return self.service.count_recommendations(self.filter(), self._today())

    def _count_text(self) -> str:
        overdue = self.service.count_recommendations(RecommendationFilter(self.year, clock=Clock.OVERDUE), self._today())
        return self.tr("%1 shown · %2 overdue").replace("%1", str(self.model.total())).replace("%2", str(overdue))

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

    def reload_choices(self) -> None:
        self.reload_boards()

    def _fill_checks(self) -> None:
        self.check.clear()
        self.check.addItem(self.tr("(none)"), None)
        board_id = self.board.currentData()
        if board_id is not None:
            for c in self.service.check_rows(board_id=board_id, today=self._today()):
                self.check.addItem(f"{format_date(c.starts_on)} {c.title[:60]}", c.id)

    # -- form --------------------------------------------------------------------------------------
    def _record_of_row(self, row: RecommendationRow) -> BoardRecommendation:
        return self.service.get_recommendation(row.id)

    def _show(self, rec: BoardRecommendation) -> None:
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

    def _blank(self) -> None:
        self.received.set_value(self._default_date())
        self.text.clear()
        self.addressee.setText("Ủy ban nhân dân xã")
        self.reply_on.set_value(None)
        self.reply_text.clear()
        self.check.setCurrentIndex(0)

    def value(self) -> BoardRecommendation:
        return BoardRecommendation(self.board.currentData(), self.text.toPlainText(), self.received.value(),
                                   self.check.currentData(), self.addressee.text(), self.reply_on.value(),
                                   self.reply_text.toPlainText(), self.current.id if self.current else None)

    def _problem(self) -> str:
        rec = self.value()
        due = reply_due(rec.received_on)
        state = reply_clock(rec.received_on, rec.reply_on, self._today())
        self.info.setText(self.tr("The UBND must reply by %1 (15 days, Law Art. 40): %2")
                          .replace("%1", format_date(due)).replace("%2", clock_text(self, state)))
        if rec.board_id is None:
            return self.tr("Add a board first (tab Boards).")
        if not rec.text.strip():
            return self.tr("Write the recommendation.")
        try:
            check_reply(rec.received_on, rec.reply_on)
        except UserError as exc:
            return exc.text()
        return ""

    def _get(self, rec_id: int) -> BoardRecommendation:
        return self.service.get_recommendation(rec_id)

    def _store(self, rec: BoardRecommendation) -> BoardRecommendation:
        return self.service.save_recommendation(rec)

    def _remove(self, rec_id: int) -> None:
        self.service.delete_recommendation(rec_id)

    def _undo_texts(self) -> tuple[str, str]:
        return self.tr("Save recommendation"), self.tr("Delete recommendation")

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
