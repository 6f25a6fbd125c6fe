"""The tab "Conferences" of the supervision page: each hamlet's year-end conference, held or
missing (Law Art. 33; NĐ 59 Art. 10–11), and the UBND's dialogue conference (Art. 32).

Forms check as they are typed (the convocation's 5-day clock, attendance, proposals) and save
through the services; every save and delete goes on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.conference import (
    FULL_YEAR_END_AGENDA,
    DialogueConference,
    DialogueQuestion,
    YearEndConference,
    attendance,
    convocation_deadline,
    convocation_on_time,
)
from dancoso_desktop.domain.text import format_date, format_number
from dancoso_desktop.services.conference_service import ConferenceService, HamletStatus
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.supervision.conference_form import GREEN, RED, ConferenceForm
from dancoso_desktop.ui.supervision.conference_models import ROW_ROLE, DialogueModel, HamletConferenceModel
from dancoso_desktop.ui.supervision.conference_widgets import OptionalDate, count_box
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit
from dancoso_desktop.ui.widgets.messages import Messages


class YearEndPanel(ConferenceForm):
    """The hamlets with their year-end conference, and the form of the selected one."""

    def __init__(self, service: ConferenceService, year: int, *, undo_stack: QUndoStack | None,
                 show_error: Callable[[BaseException], None], parent: QWidget | None = None) -> None:
        super().__init__(year, undo_stack, save=service.save_year_end, delete=service.delete_year_end, parent=parent)
        self.service, self.show_error = service, show_error
        self.model = HamletConferenceModel(self)
        self._searchable_list(self.model, self.tr("Search hamlets (Ctrl+F)"))
        self.state = QComboBox()
        self.state.addItem(self.tr("All hamlets"), None)
        self.state.addItem(self.tr("Held"), "held")
        self.state.addItem(self.tr("Not held"), "missing")
        self.state.currentIndexChanged.connect(self._on_state)
        self.summary = QLabel()

        self.hamlet = QLabel()
        self.hamlet.setStyleSheet("font-weight: bold;")
        self.plan_sent = OptionalDate(self.tr("Sent"))
        self.planned = OptionalDate(self.tr("Planned"))
        self.convocation = OptionalDate(self.tr("Sent"))
        self.held = OptionalDate(self.tr("Held"))
        self.place = QLineEdit()
        self.invited, self.present = count_box(), count_box()
        self.received, self.answered, self.forwarded = count_box(), count_box(), count_box()
        self.report = OptionalDate(self.tr("Received"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.clock = QLabel()
        self.clock.setWordWrap(True)
        self.rate = QLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.clear_button = QPushButton(self.tr("Clear record"))
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear_record)

        form = QFormLayout()
        form.addRow(self.tr("Hamlet:"), self.hamlet)
        form.addRow(self.tr("Plan to UBND, MTTQ, BTTND:"), self.plan_sent)
        form.addRow(self.tr("Planned date:"), self.planned)
        form.addRow(self.tr("Convocation (≥ 5 days before):"), self.convocation)
        form.addRow(self.tr("Conference:"), self.held)
        form.addRow("", self.clock)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Households invited:"), self.invited)
        form.addRow(self.tr("Households present:"), self.present)
        form.addRow("", self.rate)
        form.addRow(self.tr("Proposals received:"), self.received)
        form.addRow(self.tr("Answered on the spot:"), self.answered)
        form.addRow(self.tr("Forwarded to the commune:"), self.forwarded)
        form.addRow(self.tr("Result report:"), self.report)
        form.addRow(self.tr("Notes:"), self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(self.problem)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.summary)
        self._place_side_by_side(left, right, (3, 2))

        for w in (self.plan_sent, self.planned, self.convocation, self.held, self.report):
            w.changed.connect(self.validate)
        for box in (self.invited, self.present, self.received, self.answered, self.forwarded):
            box.valueChanged.connect(self.validate)
        self.place.textChanged.connect(self.validate)
        self.notes.textChanged.connect(self.validate)
        self._shortcuts(new=False)
        self.current: HamletStatus | None = None
        self.reload()

    # -- list --------------------------------------------------------------------------------
    def _on_state(self) -> None:
        value = self.state.currentData()
        self.proxy.set_states(None if value is None else ({"ok"} if value == "held" else {"late", "open", ""}))

    def reload(self, select_hamlet: int | None = None) -> None:
        keep = select_hamlet if select_hamlet is not None else (self.current.hamlet_id if self.current else None)
        self.model.today = self.service.today()
        self.model.year = self.year
        statuses = self.service.hamlet_statuses(self.year)
        self.model.set_rows(statuses)
        held = sum(1 for s in statuses if s.held)
        self.summary.setText(self.tr("Held: %1 of %2 hamlets").replace("%1", str(held))
                             .replace("%2", str(len(statuses))))
        self.current = None
        if keep is not None:
            self.select_hamlet(keep)
        elif self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self._load_selected()

    def select_hamlet(self, hamlet_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            st = self.proxy.index(row, 0).data(ROW_ROLE)
            if st.hamlet_id == hamlet_id:
                self.view.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self._load_selected()
                return True
        return False

    def select_record(self, conf_id: int) -> bool:
        for st in self.model.rows():
            if st.conference is not None and st.conference.id == conf_id:
                return self.select_hamlet(st.hamlet_id)
        return False

    def _load_selected(self) -> None:
        st = self._selected_row()
        if st is not None and self.current is not None and st.hamlet_id == self.current.hamlet_id \
                and st is self.current:
            return
        self.current = st
        c = st.conference if st else None
        self.hamlet.setText(st.hamlet_name if st else "")
        self.plan_sent.set_value(c.plan_sent_on if c else None)
        self.planned.set_value(c.planned_on if c else None)
        self.convocation.set_value(c.convocation_on if c else None)
        self.held.set_value(c.held_on if c else None)
        self.place.setText(c.place if c else "")
        self.invited.setValue(c.households_invited if c else (st.households or 0) if st else 0)
        self.present.setValue(c.households_present if c else 0)
        self.received.setValue(c.proposals_received if c else 0)
        self.answered.setValue(c.proposals_answered if c else 0)
        self.forwarded.setValue(c.proposals_forwarded if c else 0)
        self.report.set_value(c.report_received_on if c else None)
        self.notes.setPlainText(c.notes if c else "")
        self.clear_button.setEnabled(c is not None)
        self.validate()

    # -- form --------------------------------------------------------------------------------
    def record(self) -> YearEndConference | None:
        if self.current is None:
            return None
        c = self.current.conference
        return YearEndConference(
            year=self.year, hamlet_id=self.current.hamlet_id, hamlet_name=self.current.hamlet_name,
            planned_on=self.planned.value(), plan_sent_on=self.plan_sent.value(),
            convocation_on=self.convocation.value(), held_on=self.held.value(), place=self.place.text(),
            households_invited=self.invited.value(), households_present=self.present.value(),
            agenda=c.agenda if c else FULL_YEAR_END_AGENDA, proposals_received=self.received.value(),
            proposals_answered=self.answered.value(), proposals_forwarded=self.forwarded.value(),
            report_received_on=self.report.value(), notes=self.notes.toPlainText(), id=c.id if c else None)

    def validate(self) -> bool:
        record = self.record()
        self._show_clock(record)
        if record is None:
            self.problem.setText("")
            self.save_button.setEnabled(False)
            return False
        return self._show_check(self.service.clean_year_end, record)

    def _show_clock(self, record: YearEndConference | None) -> None:
        when = record.held_on or record.planned_on if record else None
        if record is None or when is None:
            self.clock.setText("")
        else:
            due = convocation_deadline(when)
            ok = convocation_on_time(record.convocation_on, when)
            text = self.tr("Convocation due by %1").replace("%1", format_date(due))
            if ok is True:
                text += " – " + self.tr("on time")
            elif ok is False:
                text += " – " + self.tr("late (fewer than 5 days before)")
            elif due < self.service.today():
                ok = False
                text += " – " + self.tr("not sent")
            self.clock.setText(text)
            self.clock.setStyleSheet(RED if ok is False else GREEN if ok else "")
        if record is not None and record.households_invited:
            pct = format_number(float(attendance(record.households_present, record.households_invited)) * 100, 1)
            self.rate.setText(self.tr("Attendance %1%").replace("%1", pct))
        else:
            self.rate.setText("")

    def save(self) -> bool:
        record = self.record()
        if record is None or not self.validate():
            return False
        before = self.current.conference if self.current else None
        return self._save_step(self.tr("Save year-end conference of %1").replace("%1", record.hamlet_name), before,
                               lambda: self.service.save_year_end(record), lambda _: self.reload(record.hamlet_id))

    def clear_record(self) -> None:
        if self.current is None or self.current.conference is None:
            return
        before = self.service.delete_year_end(self.current.conference.id or 0)
        self._delete_step(self.tr("Clear year-end conference of %1").replace("%1", before.hamlet_name), before,
                          lambda: self.reload(before.hamlet_id))

    def _report_error(self, exc: BaseException) -> None:
        self.show_error(exc)

    def _after_undo(self) -> None:
        self.current = None
        super()._after_undo()

    def set_year(self, year: int) -> None:
        self.current = None
        super().set_year(year)


class DialoguePanel(ConferenceForm):
    """The dialogue conferences of the year and the form of the selected one (Law Art. 32)."""

    def __init__(self, service: ConferenceService, year: int, *, undo_stack: QUndoStack | None,
                 show_error: Callable[[BaseException], None], parent: QWidget | None = None) -> None:
        super().__init__(year, undo_stack, save=service.save_dialogue, delete=service.delete_dialogue, parent=parent)
        self.service, self.show_error = service, show_error
        self.model = DialogueModel(self)
        self._searchable_list(self.model, self.tr("Search (Ctrl+F)"))
        self.summary = QLabel()

        self.held_on = VietDateEdit(date(year, 6, 30))
        self.place = QLineEdit()
        self.chair = QLineEdit()
        self.participants = QLineEdit()
        self.count = count_box()
        self.topic = QPlainTextEdit()
        self.topic.setMaximumHeight(60)
        self.questions = QTableWidget(0, 4)
        self.questions.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Asked by"), self.tr("Answer"),
                                                  self.tr("Follow-up")])
        self.questions.horizontalHeader().setStretchLastSection(True)
        self.add_question = QPushButton(self.tr("Add question"))
        self.remove_question = QPushButton(self.tr("Remove question"))
        self.add_question.clicked.connect(lambda: self.questions.insertRow(self.questions.rowCount()))
        self.remove_question.clicked.connect(self._remove_question)
        buttons = self._edit_buttons(self.tr("&New"), self.tr("&Save"), self.tr("De&lete"))

        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.held_on)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Chaired by:"), self.chair)
        form.addRow(self.tr("Participants:"), self.participants)
        form.addRow(self.tr("Number of participants:"), self.count)
        form.addRow(self.tr("Topic:"), self.topic)
        qbar = QHBoxLayout()
        qbar.addWidget(self.add_question)
        qbar.addWidget(self.remove_question)
        qbar.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addLayout(form)
        rl.addWidget(self.questions, 1)
        rl.addLayout(qbar)
        rl.addWidget(self.problem)
        rl.addLayout(buttons)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.search)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.summary)
        self._place_side_by_side(left, right)

        self.held_on.dateChanged.connect(lambda *_: self.validate())
        for edit in (self.place, self.chair, self.participants):
            edit.textChanged.connect(lambda *_: self.validate())
        self.count.valueChanged.connect(lambda *_: self.validate())
        self.topic.textChanged.connect(self.validate)
        self.questions.itemChanged.connect(lambda *_: self.validate())
        self._shortcuts(new=True)
        self.current: DialogueConference | None = None
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.model.today = self.service.today()
        rows = self.service.dialogues(self.year)
        self.model.set_rows(rows)
        self.summary.setText(self.tr("Dialogue conferences this year: %1 (at least 1, Art. 32)")
                             .replace("%1", str(len(rows))))
        self.summary.setStyleSheet(GREEN if rows else RED)
        if select_id is not None:
            self.select_record(select_id)
        else:
            self.new()

    def _load_selected(self) -> None:
        conf = self._selected_row()
        if conf is not None:
            self._fill(conf)

    def _fill(self, conf: DialogueConference | None) -> None:
        self.current = conf
        self.held_on.set_value(conf.held_on if conf else date(self.year, 6, 30))
        self.place.setText(conf.place if conf else "")
        self.chair.setText(conf.chair if conf else "")
        self.participants.setText(conf.participants if conf else "")
        self.count.setValue(conf.participant_count if conf else 0)
        self.topic.setPlainText(conf.topic if conf else "")
        self.questions.blockSignals(True)
        self.questions.setRowCount(0)
        for q in conf.questions if conf else []:
            row = self.questions.rowCount()
            self.questions.insertRow(row)
            for col, text in enumerate((q.question, q.asked_by, q.answer, q.follow_up)):
                self.questions.setItem(row, col, QTableWidgetItem(text))
        self.questions.blockSignals(False)
        self.delete_button.setEnabled(conf is not None)
        self.validate()

    def new(self) -> None:
        self.view.clearSelection()
        self._fill(None)

    def _remove_question(self) -> None:
        row = self.questions.currentRow()
        if row >= 0:
            self.questions.removeRow(row)
            self.validate()

    def set_question(self, row: int, column: int, text: str) -> None:
        while self.questions.rowCount() <= row:
            self.questions.insertRow(self.questions.rowCount())
        self.questions.setItem(row, column, QTableWidgetItem(text))

    def record(self) -> DialogueConference:
        qs = []
        for row in range(self.questions.rowCount()):
            items = [self.questions.item(row, c) for c in range(4)]
            cells = [item.text() if item is not None else "" for item in items]
            qs.append(DialogueQuestion(*cells))
        return DialogueConference(held_on=self.held_on.value(), place=self.place.text(), chair=self.chair.text(),
                                  participants=self.participants.text(), participant_count=self.count.value(),
                                  topic=self.topic.toPlainText(), questions=qs,
                                  notes=self.current.notes if self.current else "",
                                  id=self.current.id if self.current else None)

    def validate(self) -> bool:
        return self._show_check(self.service.clean_dialogue, self.record())

    def save(self) -> bool:
        if not self.validate():
            return False
        return self._save_step(self.tr("Save dialogue conference"), self.current,
                               lambda: self.service.save_dialogue(self.record()), lambda after: self.reload(after.id))

    def delete(self) -> None:
        if self.current is None or self.current.id is None:
            return
        if not Messages.ask(self, self.tr("Delete"), self.tr("Delete this dialogue conference?")):
            return
        before = self.service.delete_dialogue(self.current.id)
        self._delete_step(self.tr("Delete dialogue conference"), before, self.reload)

    def _report_error(self, exc: BaseException) -> None:
        self.show_error(exc)


class ConferencesTab(QTabWidget):
    """Year-end conferences in the hamlets and the dialogue conference, as two inner tabs."""

    changed = Signal()

    def __init__(self, ws: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ConferenceService(ws.db)
        report = show_error or (lambda exc: Messages.report(self, exc))
        self.year_end = YearEndPanel(self.service, year, undo_stack=undo_stack, show_error=report)
        self.dialogue = DialoguePanel(self.service, year, undo_stack=undo_stack, show_error=report)
        self.addTab(self.year_end, self.tr("Year-end conferences in the hamlets"))
        self.addTab(self.dialogue, self.tr("Dialogue conference"))
        self.year_end.changed.connect(self.changed)
        self.dialogue.changed.connect(self.changed)

    def set_year(self, year: int) -> None:
        self.year_end.set_year(year)
        self.dialogue.set_year(year)

    def reload(self) -> None:
        self.year_end.reload()
        self.dialogue.reload()

    def open_year_end(self, conf_id: int) -> None:
        year = self.service.get_year_end(conf_id).year
        if year != self.year_end.year:
            self.year_end.set_year(year)
        self.setCurrentWidget(self.year_end)
        self.year_end.select_record(conf_id)

    def open_dialogue(self, conf_id: int) -> None:
        year = self.service.get_dialogue(conf_id).year
        if year != self.dialogue.year:
            self.dialogue.set_year(year)
        self.setCurrentWidget(self.dialogue)
        self.dialogue.select_record(conf_id)


# -- the tab module's interface (ui/pages/supervision_page.py TABS) ------------------------------

def title(window: Any) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ConferencesTab", "Conferences")


def _tab(window: Any) -> ConferencesTab | None:
    page = window.show_page("supervision")
    return page.show_tab("conferences") if page is not None and hasattr(page, "show_tab") else None


def create(window: Any) -> ConferencesTab:
    tab = ConferencesTab(window.workspace, window.year(), undo_stack=window.undo_stack,
                         show_error=window.show_error)
    window.year_changed.connect(tab.set_year)
    tab.changed.connect(window.data_changed)

    def open_year_end(conf_id: int) -> None:
        found = _tab(window)
        if found is not None:
            found.open_year_end(conf_id)

    def open_dialogue(conf_id: int) -> None:
        found = _tab(window)
        if found is not None:
            found.open_dialogue(conf_id)

    window.register_opener("conference", open_year_end)
    window.register_opener("dialogue_conference", open_dialogue)
    return tab
