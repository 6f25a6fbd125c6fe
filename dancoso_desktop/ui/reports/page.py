"""The reports page (issue 11): the year's reporting calendar and reports, and the editor of one
report — its outline (add, remove, move, indent, rename, save as template, import from a
file), the officer's text of each section (undo with Ctrl+Z), the registers' sentences and
figures (each figure opens the list of the records it counts), issuing, sending, exports and
the package to email.

Every change goes through ``ReportService``; the page keeps no session or ORM row. Text and
outline changes are undo commands on the window's stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.report_doc import OutlineSection, Report, ReportContent, ReportStatus
from dancoso_desktop.domain.text import clean_text
from dancoso_desktop.services.report_service import ReportService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.reports.dialogs import (
    CalendarDialog,
    IssueDialog,
    NewReportDialog,
    RecordsDialog,
    SentDialog,
)
from dancoso_desktop.ui.reports.models import (
    ROW_ROLE,
    CalendarModel,
    FiguresModel,
    OutlineModel,
    ReportsModel,
)

translate = QCoreApplication.translate


class TextCommand(QUndoCommand):
    """The officer's text of one section: redo writes the new text, undo the old one."""

    def __init__(self, page: ReportsPage, report_id: int, key: str, old: str, new: str) -> None:
        super().__init__(translate("ReportsPage", "Report text"))
        self.page, self.report_id, self.key, self.old, self.new = page, report_id, key, old, new
        self.first = True

    def redo(self) -> None:
        if self.first:      # already written when pushed
            self.first = False
            return
        self.page.apply_text(self.report_id, self.key, self.new)

    def undo(self) -> None:
        self.page.apply_text(self.report_id, self.key, self.old)


class OutlineCommand(QUndoCommand):
    def __init__(self, page: ReportsPage, report_id: int, old: list[OutlineSection],
                 new: list[OutlineSection]) -> None:
        super().__init__(translate("ReportsPage", "Report outline"))
        self.page, self.report_id, self.old, self.new = page, report_id, old, new
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self.page.apply_outline(self.report_id, self.new)

    def undo(self) -> None:
        self.page.apply_outline(self.report_id, self.old)


class ReportsPage(QWidget):
    data_changed = Signal()

    def __init__(self, ws: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None,
                 run_task: Callable[..., Any] | None = None,
                 open_record: Callable[[str, int], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.service = ReportService(ws.db)
        self.year = year
        self.undo_stack = undo_stack
        self._show_error = show_error
        self._run_task = run_task
        self._open_record = open_record
        self.report: Report | None = None
        self.content: ReportContent | None = None
        self._section_key: str | None = None
        self.open_folder: Callable[[Path], Any] = lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))
        self.setWindowTitle(self.tr("Reports"))

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.calendar_model = CalendarModel(parent=self)
        self.calendar_view = self._table(self.calendar_model, stretch=1)
        self.reports_model = ReportsModel(self)
        self.reports_view = self._table(self.reports_model, stretch=1)
        self.reports_view.selectionModel().currentRowChanged.connect(lambda *_: self._report_selected())
        self.calendar_view.doubleClicked.connect(self._calendar_clicked)
        cal_header = self.calendar_view.horizontalHeader()
        cal_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.calendar_view.setColumnWidth(2, 170)
        self.calendar_view.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.calendar_button = QPushButton(self.tr("Set &deadline…"))
        self.calendar_button.clicked.connect(self.edit_calendar)
        self.new_button = QPushButton(self.tr("&New report…"))
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.clicked.connect(self.new_report)
        self.issue_button = QPushButton(self.tr("&Issue…"))
        self.issue_button.clicked.connect(self.issue)
        self.sent_button = QPushButton(self.tr("Mark s&ent…"))
        self.sent_button.clicked.connect(self.mark_sent)
        self.version_button = QPushButton(self.tr("New &version"))
        self.version_button.clicked.connect(self.new_version)
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.delete_button.clicked.connect(self.delete_draft)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("PDF…"), lambda: self.export("pdf"))
        menu.addAction(self.tr("Word (DOCX)…"), lambda: self.export("docx"))
        menu.addAction(self.tr("Annex (XLSX)…"), lambda: self.export("xlsx"))
        self.export_button.setMenu(menu)
        self.package_button = QPushButton(self.tr("&Package to email…"))
        self.package_button.clicked.connect(lambda: self.export("package"))
        self.email_button = QPushButton(self.tr("Copy email &text"))
        self.email_button.clicked.connect(self.copy_email)

        # editor
        self.outline_model = OutlineModel(self)
        self.outline_view = self._table(self.outline_model, stretch=0)
        self.outline_view.selectionModel().currentRowChanged.connect(lambda *_: self._section_selected())
        self.outline_model.dataChanged.connect(lambda *_: self._outline_edited())
        self.outline_buttons: dict[str, QPushButton] = {}
        outline_bar = QHBoxLayout()
        for key, text, fn in [("add", self.tr("Add"), self.add_section), ("remove", self.tr("Remove"), self.remove_section),
                              ("up", "↑", lambda: self.move_section(-1)), ("down", "↓", lambda: self.move_section(1)),
                              ("out", "←", lambda: self.indent_section(-1)), ("in", "→", lambda: self.indent_section(1))]:
            b = QPushButton(text)
            b.clicked.connect(fn)
            outline_bar.addWidget(b)
            self.outline_buttons[key] = b
        self.outline_buttons["up"].setToolTip(self.tr("Move up (Alt+Up)"))
        self.outline_buttons["down"].setToolTip(self.tr("Move down (Alt+Down)"))
        self.outline_buttons["out"].setToolTip(self.tr("One level up (Alt+Left)"))
        self.outline_buttons["in"].setToolTip(self.tr("One level down (Alt+Right)"))
        for seq, key in (("Alt+Up", "up"), ("Alt+Down", "down"), ("Alt+Left", "out"), ("Alt+Right", "in")):
            QShortcut(QKeySequence(seq), self.outline_view, self.outline_buttons[key].click)
        self.template_button = QPushButton(self.tr("Save as template"))
        self.template_button.clicked.connect(self.save_template)
        self.import_button = QPushButton(self.tr("Import outline…"))
        self.import_button.clicked.connect(self.import_outline)

        self.section_title = QLabel()
        self.section_title.setStyleSheet("font-weight: bold;")
        self.section_title.setWordWrap(True)
        self.generated = QTextBrowser()
        self.generated.setPlaceholderText(self.tr("No figures from the records for this heading."))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("Your text for this heading: assessment, tasks, proposals…"))
        self.save_text_button = QPushButton(self.tr("&Save text"))
        self.save_text_button.clicked.connect(self.save_text)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_text)
        self.text_edit.textChanged.connect(self._text_edited)
        self.figures_model = FiguresModel(self)
        self.figures_view = self._table(self.figures_model, stretch=2)
        self.figures_view.setColumnHidden(1, True)   # the record count: the value itself for a count
        self.figures_view.setColumnHidden(3, True)
        self.figures_view.doubleClicked.connect(lambda *_: self.open_figure_records())
        self.records_button = QPushButton(self.tr("Open the &records…"))
        self.records_button.clicked.connect(self.open_figure_records)
        self.place_button = QPushButton(self.tr("Print under this heading / remove"))
        self.place_button.setToolTip(self.tr("Adds the selected figure as a line under the heading, or takes it away"))
        self.place_button.clicked.connect(self.toggle_figure)
        self.annex_button = QPushButton(self.tr("Show in the annex / leave out"))
        self.annex_button.clicked.connect(self.toggle_annex)
        self.status = QLabel()
        self.status.setWordWrap(True)

        # layout
        top = QSplitter(Qt.Orientation.Horizontal)
        cal_box = QWidget()
        cal_layout = QVBoxLayout(cal_box)
        cal_layout.setContentsMargins(0, 0, 0, 0)
        cal_layout.addWidget(QLabel(self.tr("Reporting calendar")))
        cal_layout.addWidget(self.calendar_view)
        cal_layout.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignLeft)
        rep_box = QWidget()
        rep_layout = QVBoxLayout(rep_box)
        rep_layout.setContentsMargins(0, 0, 0, 0)
        rep_layout.addWidget(QLabel(self.tr("Reports of the year")))
        rep_layout.addWidget(self.reports_view)
        top.addWidget(cal_box)
        top.addWidget(rep_box)
        top.setSizes([640, 600])
        actions = QHBoxLayout()
        for w in (self.new_button, self.issue_button, self.sent_button, self.version_button, self.delete_button,
                  self.export_button, self.package_button, self.email_button):
            actions.addWidget(w)
        actions.addStretch(1)

        outline_box = QWidget()
        ol = QVBoxLayout(outline_box)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(QLabel(self.tr("Outline")))
        ol.addWidget(self.outline_view, 1)
        ol.addLayout(outline_bar)
        tb = QHBoxLayout()
        tb.addWidget(self.template_button)
        tb.addWidget(self.import_button)
        ol.addLayout(tb)
        section_box = QWidget()
        sl = QVBoxLayout(section_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.section_title)
        sl.addWidget(QLabel(self.tr("From the records:")))
        sl.addWidget(self.generated, 1)
        sl.addWidget(QLabel(self.tr("Your text:")))
        sl.addWidget(self.text_edit, 2)
        sl.addWidget(self.save_text_button, 0, Qt.AlignmentFlag.AlignRight)
        figures_box = QWidget()
        fl = QVBoxLayout(figures_box)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(QLabel(self.tr("Figures")))
        fl.addWidget(self.figures_view, 1)
        fl.addWidget(self.records_button)
        fl.addWidget(self.place_button)
        fl.addWidget(self.annex_button)
        editor = QSplitter(Qt.Orientation.Horizontal)
        editor.addWidget(outline_box)
        editor.addWidget(section_box)
        editor.addWidget(figures_box)
        editor.setSizes([320, 450, 440])
        main = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(top, 1)
        ul.addLayout(actions)
        main.addWidget(upper)
        main.addWidget(editor)
        main.setSizes([260, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(main, 1)
        layout.addWidget(self.status)
        self._dirty = False
        self.reload()

    # ------------------------------------------------------------ helpers

    def _table(self, model: Any, stretch: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def _error(self, exc: BaseException) -> None:
        if self._show_error is not None:
            self._show_error(exc)
        else:
            self.status.setText(exc.text() if isinstance(exc, UserError) else str(exc))

    def _try(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except UserError as exc:
            self._error(exc)
            return None

    # ------------------------------------------------------------ loading

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        current = self.report.id if self.report else None
        self.heading.setText(self.tr("Reports upward, %1").replace("%1", str(self.year)))
        self.calendar_model.set_rows(self.service.calendar(self.year))
        self.reports_model.set_rows(self.service.list_reports(self.year))
        if current is not None and self.select_report(current):
            return
        if self.reports_model.rowCount():
            self.reports_view.selectRow(self.reports_model.rowCount() - 1)
        else:
            self._show_report(None)

    def select_report(self, report_id: int) -> bool:
        for row, r in enumerate(self.reports_model.rows()):
            if r.id == report_id:
                self.reports_view.selectRow(row)
                self._report_selected()
                return True
        return False

    def open_report(self, report_id: int) -> None:
        """The window's opener of "report" records (the due list, a package)."""
        report = self._try(lambda: self.service.get(report_id))
        if report is None:
            return
        if report.year != self.year:
            self.set_year(report.year)
        self.select_report(report_id)

    def _report_selected(self) -> None:
        self._autosave()
        index = self.reports_view.currentIndex()
        report = self.reports_model.row_at(index.row()) if index.isValid() else None
        self._show_report(report)

    def _show_report(self, report: Report | None) -> None:
        self.report = report
        rid = report.id if report else None
        self.content = self._try(lambda: self.service.content(rid)) if rid is not None else None
        editable = bool(report and report.editable)
        self.outline_model.set_sections(report.outline if report else [], editable)
        for b in (*self.outline_buttons.values(), self.import_button, self.delete_button, self.issue_button,
                  self.place_button, self.annex_button):
            b.setEnabled(editable)
        self.template_button.setEnabled(report is not None)
        self.sent_button.setEnabled(bool(report and report.status is ReportStatus.ISSUED))
        self.version_button.setEnabled(bool(report and not report.editable))
        for w in (self.export_button, self.package_button, self.email_button):
            w.setEnabled(report is not None)
        self.text_edit.setReadOnly(not editable)
        self.save_text_button.setEnabled(editable)
        self.figures_model.hidden = frozenset(report.annex_hidden if report else [])
        self.figures_model.annexed = frozenset(a.code for a in self.content.annex) if self.content else frozenset()
        self.figures_model.set_rows(self.content.figures if self.content else [])
        if report is None:
            self.status.setText(self.tr("No report yet for this year: press New report."))
        elif editable:
            self.status.setText(self.tr("Draft: the figures are counted from the records now."))
        else:
            self.status.setText(self.tr("Issued as %1 on %2: the figures and texts are frozen.")
                                .replace("%1", report.number)
                                .replace("%2", report.issued_on.strftime("%d/%m/%Y") if report.issued_on else ""))
        key = self._section_key
        if key is None and self.content:   # start on the first heading the records speak to
            key = next((b.key for b in self.content.sections if b.statements), None)
        row = next((i for i, s in enumerate(self.outline_model.sections) if s.key == key), 0)
        if self.outline_model.rowCount():
            self.outline_view.selectRow(row)
        self._section_selected()

    def _section_selected(self) -> None:
        self._autosave()
        s = self.current_section()
        self._section_key = s.key if s else None
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(s.text if s else "")
        self.text_edit.blockSignals(False)
        self._dirty = False
        self.section_title.setText(s.title if s else "")
        built = next((b for b in self.content.sections if b.key == s.key), None) if (self.content and s) else None
        lines = list(built.statements) if built else []
        if built:
            lines += [f"- {f.label}: {f.value} {f.unit}".rstrip() for f in built.figures]
        self.generated.setPlainText("\n\n".join(lines))
        if self.content and s and s.slot:
            used = {c for b in ([built] if built else []) for c in (f.code for f in b.figures)}
            prefix = {"plan": "plan.", "disclosure": "disclosures.", "inspection": "inspections."}.get(s.slot)
            figs = [f for f in self.content.figures if f.code in used or (prefix and f.code.startswith(prefix))]
            self.figures_model.set_rows(figs or self.content.figures)
        elif self.content:
            self.figures_model.set_rows(self.content.figures)

    def current_section(self) -> OutlineSection | None:
        index = self.outline_view.currentIndex()
        return self.outline_model.sections[index.row()] if index.isValid() and \
            index.row() < len(self.outline_model.sections) else None

    # ------------------------------------------------------------ texts (undoable)

    def _text_edited(self) -> None:
        self._dirty = True

    def _autosave(self) -> None:
        if self._dirty and self.report and self.report.editable and self._section_key:
            self.save_text()

    def save_text(self) -> bool:
        """Write the text of the current section (Ctrl+S; also when leaving the section)."""
        s = self.current_section() if self._section_key is None else next(
            (x for x in self.outline_model.sections if x.key == self._section_key), None)
        if self.report is None or self.report.id is None or s is None or not self.report.editable:
            return False
        new = self.text_edit.toPlainText()
        old = s.text
        self._dirty = False
        if clean_text(new) == old:
            return True
        rid = self.report.id
        try:
            self.report = self.service.set_section_text(rid, s.key, new)
        except UserError as exc:
            self._error(exc)
            return False
        s.text = clean_text(new)
        if self.undo_stack is not None:
            self.undo_stack.push(TextCommand(self, rid, s.key, old, clean_text(new)))
        self.status.setText(self.tr("Text saved."))
        self.data_changed.emit()
        return True

    def apply_text(self, report_id: int, key: str, text: str) -> None:
        self.service.set_section_text(report_id, key, text)
        self._section_key = key
        self.reload()
        self.select_report(report_id)
        self.data_changed.emit()

    # ------------------------------------------------------------ outline (undoable)

    def _change_outline(self, new: list[OutlineSection], select_key: str | None = None) -> bool:
        if self.report is None or self.report.id is None:
            return False
        self._autosave()
        old = [replace(s) for s in self.report.outline]
        rid = self.report.id
        try:
            self.report = self.service.set_outline(rid, new)
        except UserError as exc:
            self._error(exc)
            self.outline_model.set_sections(self.report.outline if self.report else [])
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(OutlineCommand(self, rid, old, self.report.outline))
        self._section_key = select_key or self._section_key
        self._refresh_report()
        return True

    def apply_outline(self, report_id: int, outline: list[OutlineSection]) -> None:
        self.service.set_outline(report_id, outline)
        self.reload()
        self.select_report(report_id)
        self.data_changed.emit()

    def _refresh_report(self) -> None:
        rid = self.report.id if self.report else None
        self.reports_model.set_rows(self.service.list_reports(self.year))
        if rid is not None:
            self.select_report(rid)
        self.data_changed.emit()

    def _outline_edited(self) -> None:
        if self.report and self.report.editable and [s.title for s in self.outline_model.sections] != \
                [s.title for s in self.report.outline]:
            self._change_outline([replace(s) for s in self.outline_model.sections])

    def _sections(self) -> tuple[list[OutlineSection], int]:
        index = self.outline_view.currentIndex()
        return [replace(s) for s in self.outline_model.sections], index.row() if index.isValid() else -1

    def add_section(self) -> None:
        sections, row = self._sections()
        level = sections[row].level if row >= 0 else 1
        keys = {s.key for s in sections}
        n = 1
        while f"own{n}" in keys:
            n += 1
        sections.insert(row + 1, OutlineSection(f"own{n}", self.tr("New heading"), level))
        if self._change_outline(sections, f"own{n}"):
            self.outline_view.edit(self.outline_model.index(row + 1, 0))

    def remove_section(self) -> None:
        sections, row = self._sections()
        if row < 0:
            return
        del sections[row]
        # children of a removed heading move up one level so the outline stays well formed
        while row < len(sections) and row > 0 and sections[row].level > sections[row - 1].level + 1:
            sections[row].level -= 1
            row += 1
        if row == 0 and sections and sections[0].level > 1:
            sections[0].level = 1
        self._change_outline(sections)

    def move_section(self, step: int) -> None:
        sections, row = self._sections()
        target = row + step
        if row < 0 or not 0 <= target < len(sections):
            return
        sections[row], sections[target] = sections[target], sections[row]
        self._change_outline(sections, sections[target].key)

    def indent_section(self, step: int) -> None:
        sections, row = self._sections()
        if row < 0:
            return
        sections[row].level = max(1, min(3, sections[row].level + step))
        self._change_outline(sections, sections[row].key)

    def save_template(self) -> None:
        report = self.report
        if report is None:
            return
        if self._try(lambda: self.service.save_template(report.kind, report.outline, report.annex_hidden)) is not None:
            self.status.setText(self.tr("Saved as the template of this kind of report."))

    def import_outline(self) -> None:
        from dancoso_desktop.services.report_outline import import_outline

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import an outline"), "",
                                              self.tr("Outline files (*.docx *.pdf *.txt *.md)"))
        if not path:
            return
        imported = self._try(lambda: import_outline(Path(path)))
        if imported:
            texts = {s.key: s.text for s in self.outline_model.sections}
            self._change_outline([replace(s, text=texts.get(s.key, "")) for s in imported])

    # ------------------------------------------------------------ figures

    def open_figure_records(self) -> None:
        index = self.figures_view.currentIndex()
        if not index.isValid():
            return
        fig = self.figures_model.data(index, ROW_ROLE)
        RecordsDialog(fig.label, fig.records, self._open_one, self).exec()

    def toggle_figure(self) -> None:
        """Print the selected figure as a line under the current heading, or take it away."""
        index = self.figures_view.currentIndex()
        s = self.current_section()
        if not index.isValid() or s is None:
            return
        code = self.figures_model.data(index, ROW_ROLE).code
        sections, _ = self._sections()
        target = next(x for x in sections if x.key == s.key)
        target.figures = [c for c in target.figures if c != code] if code in target.figures else \
            [*target.figures, code]
        self._change_outline(sections, s.key)

    def toggle_annex(self) -> None:
        """Leave the selected figure's row out of the annex, or put it back."""
        index = self.figures_view.currentIndex()
        report = self.report
        if not index.isValid() or report is None or report.id is None:
            return
        code = self.figures_model.data(index, ROW_ROLE).code
        hidden = [c for c in report.annex_hidden if c != code] if code in report.annex_hidden else \
            [*report.annex_hidden, code]
        if self._try(lambda: self.service.set_annex_hidden(report.id or 0, hidden)) is not None:
            self._refresh_report()
            row = next((i for i, f in enumerate(self.figures_model.rows()) if f.code == code), -1)
            if row >= 0:
                self.figures_view.selectRow(row)

    def edit_calendar(self) -> None:
        index = self.calendar_view.currentIndex()
        if not index.isValid():
            return
        entry = self.calendar_model.row_at(index.row())
        if entry.regime.startswith("plan:"):
            self.status.setText(self.tr("This line comes from the plan's text: change it in the plan."))
            return
        answer = CalendarDialog.ask(entry.name, entry.deadline, entry.recipient, entry.preparer,
                                    entry.period.end if entry.period else None, self)
        if answer is None:
            return
        if self._try(lambda: self.service.set_calendar(self.year, entry.regime, deadline=answer.deadline,
                                                       recipient=answer.recipient,
                                                       preparer=answer.preparer)) is not None:
            self.reload()
            self.data_changed.emit()

    def _open_one(self, kind: str, rid: int) -> None:
        if self._open_record is not None:
            self._open_record(kind, rid)

    # ------------------------------------------------------------ life cycle

    def new_report(self) -> None:
        answer = NewReportDialog.ask(self.year, self)
        if answer is None:
            return
        report = self._try(lambda: self.service.create(self.year, answer.kind, answer.start, answer.end))
        if report is not None:
            self._section_key = None
            self.reload()
            self.select_report(report.id)
            self.data_changed.emit()

    def _calendar_clicked(self, index: Any) -> None:
        entry = self.calendar_model.row_at(index.row())
        if entry.report_id:
            self.select_report(entry.report_id)

    def issue(self) -> None:
        if self.report is None or self.report.id is None:
            return
        self._autosave()
        from dancoso_desktop.services.commune_service import CommuneService

        commune = CommuneService(self.ws.db).get_commune()
        answer = IssueDialog.ask(self.service.next_serial(max(date.today(), self.report.period_end).year),
                                 commune.signer_name if commune else "", self.report.period_end, self)
        if answer is None:
            return
        rid = self.report.id
        done = self._try(lambda: self.service.issue(rid, answer.number, answer.on, signer_name=answer.signer))
        if done is not None:
            if self.undo_stack is not None:
                self.undo_stack.clear()   # an issued report's drafts cannot be undone into
            self.reload()
            self.select_report(rid)
            self.data_changed.emit()

    def mark_sent(self) -> None:
        if self.report is None or self.report.id is None or self.report.issued_on is None:
            return
        answer = SentDialog.ask(self.report.recipient, self.report.issued_on, self)
        if answer is None:
            return
        rid = self.report.id
        if self._try(lambda: self.service.mark_sent(rid, *answer)) is not None:
            self.reload()
            self.select_report(rid)
            self.data_changed.emit()

    def new_version(self) -> None:
        if self.report is None or self.report.id is None:
            return
        rid = self.report.id
        new = self._try(lambda: self.service.new_version(rid))
        if new is not None:
            self.reload()
            self.select_report(new.id)
            self.data_changed.emit()

    def delete_draft(self) -> None:
        if self.report is None or self.report.id is None:
            return
        rid = self.report.id
        if self._try(lambda: self.service.delete(rid)) is not None:
            if self.undo_stack is not None:
                self.undo_stack.clear()
            self.report = None
            self.reload()
            self.data_changed.emit()

    # ------------------------------------------------------------ output

    def export(self, fmt: str, target: Path | None = None) -> None:
        from dancoso_desktop.services import report_export

        if self.report is None or self.report.id is None:
            return
        self._autosave()
        rid = self.report.id
        name = report_export.base_name(self.ws.db, self.report)
        if target is None:
            if fmt == "package":
                folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the package"))
                if not folder:
                    return
                target = Path(folder)
            else:
                path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), f"{name}.{fmt}",
                                                      f"*.{fmt}")
                if not path:
                    return
                target = Path(path)
        db = self.ws.db
        out = target

        def work(progress: Callable[[int, int, str], None]) -> Any:
            if fmt == "package":
                return report_export.write_package(db, rid, out, progress)
            return report_export.write(db, rid, fmt, out, progress)

        def done(result: Any) -> None:
            if fmt == "package":
                QGuiApplication.clipboard().setText(result.email_text)
                self.status.setText(self.tr("Package written to %1; the email text is on the clipboard.")
                                    .replace("%1", str(result.folder)))
                self.open_folder(result.folder)
            else:
                self.status.setText(self.tr("Wrote %1").replace("%1", str(result.target)))
                if result.warning():
                    self.status.setText(self.status.text() + "\n" + result.warning())

        if self._run_task is not None:
            self._run_task(self.tr("Writing the report…"), work, done)
        else:
            try:
                done(work(lambda *_: None))
            except UserError as exc:
                self._error(exc)

    def copy_email(self) -> None:
        from dancoso_desktop.services.report_export import email_text

        if self.report is None:
            return
        subject, body = email_text(self.ws.db, self.report)
        QGuiApplication.clipboard().setText(f"{subject}\n\n{body}")
        self.status.setText(self.tr("The email subject and text are on the clipboard."))
