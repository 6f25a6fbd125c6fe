"""The tab "Staff conference" of the supervision page (Law Art. 49–52, reporting.md §4).

Left: the administration and each public unit with its staff count (edited here, kept in a side
table), and the conferences held in the year. Right: the form of one conference, with the 2/3
quorum, the > 50% majority, the 31/3 deadline and the next 6-month review computed as typed;
the minutes and the resolution printed as PDF or Word with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.staff_conference import (
    AGENDA,
    Convener,
    ResolutionReview,
    StaffConference,
    check,
)
from dancoso_desktop.domain.text import format_date, format_number
from dancoso_desktop.services.staff_conference_export import default_filename, export_conference
from dancoso_desktop.services.staff_conference_service import StaffConferenceService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.supervision.conference_commands import StaffCountCommand
from dancoso_desktop.ui.supervision.conference_form import GREEN, RED, ConferenceForm, record_table
from dancoso_desktop.ui.supervision.conference_models import ROW_ROLE, StaffConferenceModel, StaffUnitsModel
from dancoso_desktop.ui.supervision.conference_widgets import OptionalDate, count_box
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit
from dancoso_desktop.ui.widgets.messages import Messages

translate = QCoreApplication.translate
Runner = Callable[[str, Callable[..., Any], Callable[[Any], None] | None], Any]


def convener_text(c: Convener) -> str:
    """Who called the conference (Art. 50.1), in the interface language."""
    return {Convener.UNION: translate("StaffConferenceTab", "The union executive"),
            Convener.HEAD: translate("StaffConferenceTab", "The head of the agency"),
            Convener.STAFF: translate("StaffConferenceTab", "At least 1/3 of the staff")}[c]


def agenda_texts() -> list[str]:
    """The order of business a–i (Art. 51.4), in the order of domain.staff_conference.AGENDA."""
    return [translate("StaffConferenceTab", "The head's report"),
            translate("StaffConferenceTab", "The union's report"),
            translate("StaffConferenceTab", "Discussion"),
            translate("StaffConferenceTab", "Answers and agreed measures"),
            translate("StaffConferenceTab", "The BTTND's report"),
            translate("StaffConferenceTab", "Decisions on the Art. 49 matters"),
            translate("StaffConferenceTab", "Awards and the emulation launch"),
            translate("StaffConferenceTab", "The emulation pact signed"),
            translate("StaffConferenceTab", "Adoption of the resolution")]


class StaffConferenceTab(ConferenceForm):
    def __init__(self, ws: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None, run_task: Runner | None = None,
                 parent: QWidget | None = None) -> None:
        service = StaffConferenceService(ws.db)
        super().__init__(year, undo_stack, save=service.save, delete=service.delete, parent=parent)
        self.ws, self.service = ws, service
        self._show_error = show_error
        self._run_task = run_task
        self.current: StaffConference | None = None

        # -- units and their staff counts --------------------------------------------------------
        self.units_model = StaffUnitsModel(self)
        self.units_view = record_table(self.units_model)
        self.units_view.setSortingEnabled(False)
        self.staff_edit = QSpinBox()
        self.staff_edit.setRange(0, 100_000)
        self.staff_button = QPushButton(self.tr("Set staff count"))
        self.staff_button.clicked.connect(self.set_staff_count)
        self.units_view.selectionModel().currentRowChanged.connect(lambda *_: self._on_unit_row())
        units_box = QGroupBox(self.tr("Staff per unit"))
        ub = QVBoxLayout(units_box)
        ub.addWidget(self.units_view)
        sb = QHBoxLayout()
        sb.addWidget(QLabel(self.tr("Staff:")))
        sb.addWidget(self.staff_edit)
        sb.addWidget(self.staff_button)
        sb.addStretch(1)
        ub.addLayout(sb)

        # -- conferences of the year ----------------------------------------------------------------
        self.model = StaffConferenceModel(self)
        self._searchable_list(self.model, self.tr("Search (Ctrl+F)"))
        self.state = QComboBox()
        self.state.addItem(self.tr("All"), None)
        self.state.addItem(self.tr("Needs attention"), {"late"})
        self.state.addItem(self.tr("Review running"), {"open"})
        self.state.currentIndexChanged.connect(lambda *_: self.proxy.set_states(self.state.currentData()))
        conf_box = QGroupBox(self.tr("Conferences held this year"))
        cb = QVBoxLayout(conf_box)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state)
        cb.addLayout(bar)
        cb.addWidget(self.view)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(units_box)
        left.addWidget(conf_box)

        # -- the form ---------------------------------------------------------------------------
        self.unit = QComboBox()
        self.work_year = QSpinBox()
        self.work_year.setRange(1990, 2100)
        self.held_on = VietDateEdit(date(year, 3, 20))
        self.place = QLineEdit()
        self.start_time, self.end_time = QLineEdit(), QLineEdit()
        self.convener = QComboBox()
        for c in Convener:
            self.convener.addItem(convener_text(c), c.value)
        self.chair, self.secretary = QLineEdit(), QLineEdit()
        self.staff_total, self.present, self.excused = count_box(100_000), count_box(100_000), count_box(100_000)
        self.votes_for, self.votes_against, self.votes_abstain = (count_box(100_000), count_box(100_000),
                                                                  count_box(100_000))
        self.agenda_boxes: list[QCheckBox] = []
        agenda = QGroupBox(self.tr("Order of business (Art. 51.4)"))
        grid = QGridLayout(agenda)
        for i, ((letter, _vi, _en), text) in enumerate(zip(AGENDA, agenda_texts(), strict=True)):
            box = QCheckBox(f"{letter}) {text}")
            box.setChecked(True)
            box.toggled.connect(lambda *_: self.validate())
            self.agenda_boxes.append(box)
            grid.addWidget(box, i // 2, i % 2)
        self.discussion = QPlainTextEdit()
        self.discussion.setMaximumHeight(80)
        self.resolution_number = QLineEdit()
        self.resolution_date = OptionalDate(self.tr("Dated"))
        self.resolution_text = QPlainTextEdit()
        self.resolution_text.setMaximumHeight(80)
        self.review_date = OptionalDate(self.tr("Reviewed"))
        self.review_result = QLineEdit()
        self.review_notified = OptionalDate(self.tr("Told all staff"))
        self.reviews_label = QLabel()
        self.reviews_label.setWordWrap(True)
        self.quorum_label, self.vote_label, self.deadline_label, self.review_label = (QLabel(), QLabel(), QLabel(),
                                                                                       QLabel())
        for label in (self.quorum_label, self.vote_label, self.deadline_label, self.review_label):
            label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Work year reviewed:"), self.work_year)
        form.addRow(self.tr("Held on:"), self.held_on)
        form.addRow("", self.deadline_label)
        form.addRow(self.tr("Place:"), self.place)
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_time)
        form.addRow(self.tr("From – to:"), times)
        form.addRow(self.tr("Called by:"), self.convener)
        form.addRow(self.tr("Chair:"), self.chair)
        form.addRow(self.tr("Secretary:"), self.secretary)
        form.addRow(self.tr("Total staff:"), self.staff_total)
        form.addRow(self.tr("Present:"), self.present)
        form.addRow(self.tr("Absent with reason:"), self.excused)
        form.addRow("", self.quorum_label)
        form.addRow(self.tr("Votes for the resolution:"), self.votes_for)
        form.addRow(self.tr("Against:"), self.votes_against)
        form.addRow(self.tr("Abstained:"), self.votes_abstain)
        form.addRow("", self.vote_label)
        form.addRow(agenda)
        form.addRow(self.tr("Discussion:"), self.discussion)
        form.addRow(self.tr("Resolution number:"), self.resolution_number)
        form.addRow(self.tr("Resolution date:"), self.resolution_date)
        form.addRow(self.tr("Resolution content:"), self.resolution_text)
        reviews = QGroupBox(self.tr("6-month reviews of the resolution (Art. 52.3)"))
        rf = QFormLayout(reviews)
        rf.addRow(self.reviews_label)
        rf.addRow(self.review_label)
        rf.addRow(self.tr("Review:"), self.review_date)
        rf.addRow(self.tr("Result:"), self.review_result)
        rf.addRow(self.tr("Notice:"), self.review_notified)
        self.add_review_button = QPushButton(self.tr("Add review"))
        self.add_review_button.clicked.connect(self.add_review)
        rf.addRow(self.add_review_button)
        form.addRow(reviews)

        buttons = self._edit_buttons(self.tr("&New"), self.tr("&Save"), self.tr("De&lete"))
        self.document = QComboBox()
        self.document.addItem(self.tr("Minutes"), "minutes")
        self.document.addItem(self.tr("Resolution"), "resolution")
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.docx_button = QPushButton(self.tr("Word…"))
        self.status = QLabel()
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        buttons.addWidget(self.document)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.docx_button)

        inner = QWidget()
        il = QVBoxLayout(inner)
        il.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(scroll, 1)
        rl.addWidget(self.problem)
        rl.addLayout(buttons)
        rl.addWidget(self.status)
        self._place_side_by_side(left, right, (2, 3))

        for spin in (self.staff_total, self.present, self.excused, self.votes_for, self.votes_against,
                     self.votes_abstain, self.work_year):
            spin.valueChanged.connect(lambda *_: self.validate())
        for edit in (self.place, self.start_time, self.end_time, self.chair, self.secretary,
                     self.resolution_number):
            edit.textChanged.connect(lambda *_: self.validate())
        for area in (self.discussion, self.resolution_text):
            area.textChanged.connect(self.validate)
        self.held_on.dateChanged.connect(lambda *_: self.validate())
        self.resolution_date.changed.connect(self.validate)
        self.unit.currentIndexChanged.connect(self._on_unit_chosen)
        self.convener.currentIndexChanged.connect(lambda *_: self.validate())
        self._shortcuts(new=True)
        self.reload()

    # -- lists -------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        today = self.service.today()
        self.units_model.today = self.model.today = today
        units = self.service.staff_units()
        self.units_model.set_rows(units)
        self.unit.blockSignals(True)
        keep = self.unit.currentData()
        self.unit.clear()
        for u in units:
            self.unit.addItem(u.name, u.unit_id if u.unit_id is not None else 0)
        found = self.unit.findData(keep) if keep is not None else -1
        self.unit.setCurrentIndex(max(found, 0))
        self.unit.blockSignals(False)
        self.model.set_rows(self.service.conferences(held_year=self.year))
        if select_id is not None and self.select_record(select_id):
            return
        self.new()

    def open_record(self, conf_id: int) -> None:
        conf = self.service.get(conf_id)
        if conf.held_on.year != self.year:
            self.set_year(conf.held_on.year)
        self.select_record(conf_id)

    def _on_unit_row(self) -> None:
        index = self.units_view.currentIndex()
        unit = index.data(ROW_ROLE) if index.isValid() else None
        self.staff_edit.setValue(unit.staff or 0 if unit else 0)

    def set_staff_count(self) -> None:
        index = self.units_view.currentIndex()
        unit = index.data(ROW_ROLE) if index.isValid() else None
        if unit is None:
            return
        value = self.staff_edit.value()
        try:
            before = self.service.set_staff_count(unit.unit_id, value)
        except UserError as exc:
            self.status.setText(exc.text())
            return
        if self.undo_stack is not None:
            self.undo_stack.push(StaffCountCommand(self.tr("Set the staff of %1").replace("%1", unit.name),
                                                   self.service, unit.unit_id, before, value,
                                                   on_change=self._after_undo, on_error=self._report_error))
        row = index.row()
        self.reload()
        self.units_view.setCurrentIndex(self.units_model.index(row, 0))
        self.changed.emit()

    # -- form ---------------------------------------------------------------------------------
    def _unit_id(self) -> int | None:
        data = self.unit.currentData()
        return None if not data else int(data)

    def _on_unit_chosen(self) -> None:
        if self.current is None:
            count = self.service.staff_count(self._unit_id())
            if count is not None:
                self.staff_total.setValue(count)
        self.validate()

    def new(self) -> None:
        self.view.clearSelection()
        self.current = None
        self._fill(StaffConference(work_year=self.year - 1, held_on=date(self.year, 3, 20),
                                   staff_total=self.service.staff_count(self._unit_id()) or 0,
                                   unit_id=self._unit_id()))

    def _load_selected(self) -> None:
        conf = self._selected_row()
        if conf is not None:
            self.current = conf
            self._fill(conf)

    def _fill(self, c: StaffConference) -> None:
        self.unit.blockSignals(True)
        self.unit.setCurrentIndex(max(self.unit.findData(c.unit_id if c.unit_id is not None else 0), 0))
        self.unit.blockSignals(False)
        self.work_year.setValue(c.work_year)
        self.held_on.set_value(c.held_on)
        self.place.setText(c.place)
        self.start_time.setText(c.start_time)
        self.end_time.setText(c.end_time)
        self.convener.setCurrentIndex(max(self.convener.findData(c.convened_by.value), 0))
        self.chair.setText(c.chair)
        self.secretary.setText(c.secretary)
        self.staff_total.setValue(c.staff_total)
        self.present.setValue(c.present)
        self.excused.setValue(c.absent_with_reason)
        self.votes_for.setValue(c.votes_for)
        self.votes_against.setValue(c.votes_against)
        self.votes_abstain.setValue(c.votes_abstain)
        for i, box in enumerate(self.agenda_boxes):
            box.setChecked(bool(c.agenda & (1 << i)))
        self.discussion.setPlainText(c.discussion)
        self.resolution_number.setText(c.resolution_number)
        self.resolution_date.set_value(c.resolution_date)
        self.resolution_text.setPlainText(c.resolution_text)
        self.review_date.set_value(None)
        self.review_result.clear()
        self.review_notified.set_value(None)
        self.delete_button.setEnabled(c.id is not None)
        self.add_review_button.setEnabled(c.id is not None)
        for b in (self.pdf_button, self.docx_button):
            b.setEnabled(c.id is not None)
        self.validate()

    def record(self) -> StaffConference:
        agenda = sum(1 << i for i, box in enumerate(self.agenda_boxes) if box.isChecked())
        base = self.current
        return StaffConference(
            work_year=self.work_year.value(), held_on=self.held_on.value(), unit_id=self._unit_id(),
            unit_name=self.unit.currentText(), place=self.place.text(), start_time=self.start_time.text(),
            end_time=self.end_time.text(), convened_by=Convener(self.convener.currentData()),
            chair=self.chair.text(), secretary=self.secretary.text(), staff_total=self.staff_total.value(),
            present=self.present.value(), absent_with_reason=self.excused.value(),
            votes_for=self.votes_for.value(), votes_against=self.votes_against.value(),
            votes_abstain=self.votes_abstain.value(), agenda=agenda, discussion=self.discussion.toPlainText(),
            resolution_number=self.resolution_number.text(), resolution_date=self.resolution_date.value(),
            resolution_text=self.resolution_text.toPlainText(), notes=base.notes if base else "",
            reviews=list(base.reviews) if base else [], id=base.id if base else None)

    def validate(self) -> bool:
        record = self.record()
        self._show_rules(record)
        return self._show_check(self.service.clean, record)

    def _show_rules(self, c: StaffConference) -> None:
        total = c.staff_total
        result = check(replace(c, present=min(c.present, total) if total else 0,
                               votes_for=min(c.votes_for, c.present)))
        self.quorum_label.setText(
            self.tr("Quorum: %1 of %2 needed (2/3, Art. 51.2) – %3")
            .replace("%1", str(result.quorum_needed)).replace("%2", str(total))
            .replace("%3", self.tr("valid") if result.quorum_met else self.tr("not valid")))
        self.quorum_label.setStyleSheet(GREEN if result.quorum_met else RED)
        pct = format_number(c.votes_for * 100 / c.present, 2) if c.present else "0"
        self.vote_label.setText(
            self.tr("Resolution: %1 votes needed (more than half of %2 present); %3% for – %4")
            .replace("%1", str(result.votes_needed)).replace("%2", str(c.present)).replace("%3", pct)
            .replace("%4", self.tr("adopted") if result.passed else self.tr("not adopted")))
        self.vote_label.setStyleSheet(GREEN if result.passed else RED)
        text = self.tr("Due by %1 (3 months after the work year, Art. 51.1)").replace(
            "%1", format_date(result.deadline))
        if result.optional:
            text += " – " + self.tr("optional: 7 staff or fewer")
        self.deadline_label.setText(text)
        self.deadline_label.setStyleSheet(GREEN if result.on_time else RED)
        done = "; ".join(f"{format_date(r.reviewed_on)}: {r.result}" for r in c.reviews)
        self.reviews_label.setText(done or self.tr("No review yet."))
        if result.next_review is None:
            self.review_label.setText(self.tr("Both reviews done."))
            self.review_label.setStyleSheet(GREEN)
        else:
            late = result.next_review < self.service.today()
            self.review_label.setText(self.tr("Next review due %1").replace("%1", format_date(result.next_review)))
            self.review_label.setStyleSheet(RED if late else "")

    def save(self) -> bool:
        if not self.validate():
            return False
        return self._save_step(self.tr("Save staff conference"), self.current, lambda: self.service.save(self.record()),
                               lambda after: self.reload(after.id if after.held_on.year == self.year else None))

    def add_review(self) -> bool:
        if self.current is None or self.current.id is None:
            return False
        when = self.review_date.value()
        if when is None:
            self.problem.setText(self.tr("Enter the date of the review."))
            return False
        conf_id = self.current.id
        return self._save_step(self.tr("Add resolution review"), self.current,
                               lambda: self.service.add_review(conf_id, ResolutionReview(
                                   when, self.review_result.text(), self.review_notified.value())),
                               lambda after: self.reload(after.id))

    def delete(self) -> None:
        if self.current is None or self.current.id is None:
            return
        if not Messages.ask(self, self.tr("Delete"), self.tr("Delete this staff conference and its reviews?")):
            return
        before = self.service.delete(self.current.id)
        self._delete_step(self.tr("Delete staff conference"), before, self.reload)

    def _report_error(self, exc: BaseException) -> None:
        Messages.report(self, exc, self._show_error)

    # -- outputs --------------------------------------------------------------------------------
    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, file_filter: str) -> Path | None:
        """The save dialog; tests replace this classmethod."""
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("StaffConferenceTab", "Save as"),
                                              suggested, file_filter)
        return Path(name) if name else None

    def export(self, fmt: str) -> None:
        conf = self.current
        if conf is None or conf.id is None:
            self.status.setText(self.tr("Select a conference first."))
            return
        which = self.document.currentData()
        file_filter = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Word document (*.docx)")
        path = self.ask_save_path(self, default_filename(conf, fmt, which), file_filter)
        if path is None:
            return
        ws, conf_id = self.ws, conf.id

        def work(progress: Callable[[int, int, str], None]) -> Path:
            progress(0, 2, "")
            target = export_conference(ws, conf_id, fmt, path, which)
            progress(2, 2, "")
            return target

        def done(target: Any) -> None:
            self.status.setText(self.tr("Wrote %1").replace("%1", str(target)))

        title = self.tr("Writing the document…")
        if self._run_task is not None:
            self._run_task(title, work, done)
            return
        try:
            done(work(lambda *_: None))
        except UserError as exc:
            self._report_error(exc)


# -- the tab module's interface (ui/pages/supervision_page.py TABS) ------------------------------

def title(window: Any) -> str:
    return QCoreApplication.translate("StaffConferenceTab", "Staff conference")


def create(window: Any) -> StaffConferenceTab:
    tab = StaffConferenceTab(window.workspace, window.year(), undo_stack=window.undo_stack,
                             show_error=window.show_error,
                             run_task=lambda title, fn, done: window.run_task(title, fn, done))
    window.year_changed.connect(tab.set_year)
    tab.changed.connect(window.data_changed)

    def open_conference(conf_id: int) -> None:
        page = window.show_page("supervision")
        found = page.show_tab("staff_conference") if page is not None and hasattr(page, "show_tab") else None
        if found is not None:
            found.open_record(conf_id)

    window.register_opener("staff_conference", open_conference)
    return tab
