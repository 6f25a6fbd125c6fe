"""The decision form: the matter, who proposed it, how the households decided, each hamlet's
figures as a table, the dates. As the officer types it computes the result with its rule
("đạt: 312/450 hộ = 69,3% ≥ 2/3"), the deadlines and the failed checks, with the same functions
the service applies; it saves nothing until the record is valid.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.decision import (
    Decision,
    DismissalGround,
    DocKind,
    Election,
    ElectionKind,
    Matter,
    Proposer,
    Recognition,
    Scope,
    VoteForm,
)
from dancoso_desktop.domain.decision_rules import (
    DOCUMENTS_BEFORE,
    ballot_notice_latest,
    ballot_plan_due,
    notice_latest,
    static_problems,
)
from dancoso_desktop.domain.errors import UserError, current_language
from dancoso_desktop.domain.hamlet_head import election_steps
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.decision_service import DecisionService, clean_decision
from dancoso_desktop.ui.citizens.decisions_model import VotesModel, problem_text
from dancoso_desktop.ui.disclosures.record_form import OptionalDate


class DecisionDialog(QDialog):
    def __init__(self, svc: DecisionService, decision: Decision, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.original = decision
        self.saved: Decision | None = None
        self.setWindowTitle(self.tr("Community decision") if decision.id is None
                            else self.tr("Community decision no. %1").replace("%1", str(decision.id)))
        self.resize(980, 760)
        self._hamlets = {v.unit_id: v for v in svc.hamlet_votes()}

        self.matter = QComboBox()
        for m, text in ((Matter.CONTRIBUTION, self.tr("1. Contributions for infrastructure")),
                        (Matter.COMMUNITY_FUND, self.tr("2. Community funds")),
                        (Matter.VILLAGE_RULES, self.tr("3. Village rules (hương ước, quy ước)")),
                        (Matter.HAMLET_HEAD, self.tr("4. Electing or dismissing the hamlet head")),
                        (Matter.BOARD_MEMBERS, self.tr("5. Electing or dismissing BTTND / BGSĐTCĐ members")),
                        (Matter.OTHER, self.tr("6. Other self-managed matters"))):
            self.matter.addItem(text, int(m))
        self.matter.setCurrentIndex(max(0, self.matter.findData(int(decision.matter))))
        self.title = QLineEdit(decision.title)
        self.title.setPlaceholderText(self.tr("e.g. Contributions to concrete the hamlet road"))
        self.scope = self._combo(((Scope.HAMLET, self.tr("One hamlet")), (Scope.SEVERAL, self.tr("Several hamlets")),
                                  (Scope.COMMUNE, self.tr("Commune-wide"))), decision.scope)
        self.proposer = self._combo(((Proposer.HAMLET, self.tr("Hamlet head")), (Proposer.UBND, self.tr("Commune UBND")),
                                     (Proposer.CITIZENS, self.tr("Citizens (≥ 10% of households)"))),
                                    decision.proposer)
        self.form = self._combo(((VoteForm.MEETING, self.tr("Household meeting")),
                                 (VoteForm.BALLOT, self.tr("Household ballot")),
                                 (VoteForm.ONLINE, self.tr("Online vote (item 6 only)"))), decision.form)
        self.doc_kind = self._combo(((DocKind.RESOLUTION, self.tr("Resolution")), (DocKind.MINUTES, self.tr("Minutes")),
                                     (DocKind.MEMORANDUM, self.tr("Memorandum")),
                                     (DocKind.AGREEMENT, self.tr("Agreement"))), decision.doc_kind)
        self.lacked = QCheckBox(self.tr("The meeting lacked households (ballot allowed for items 3–5)"))
        self.lacked.setChecked(decision.meeting_lacked_households)
        self.proposal_date = OptionalDate(self.tr("Proposal agreed"), decision.proposal_date)
        self.proposal_households = QSpinBox()
        self.proposal_households.setRange(0, 1_000_000)
        self.proposal_households.setValue(decision.proposal_households or 0)
        self.proposal_households.setSuffix(self.tr(" households"))
        self.place = QLineEdit(decision.place)

        # Dates.
        self.vote_date = OptionalDate(self.tr("Meeting / end of vote"), decision.vote_date)
        self.notice_date = OptionalDate(self.tr("Notice given (form 01)"), decision.notice_date)
        self.documents_date = OptionalDate(self.tr("Documents to households"), decision.documents_date)
        self.ballot_plan_issued = OptionalDate(self.tr("Ballot plan issued"), decision.ballot_plan_issued)
        self.ballot_plan_sent = OptionalDate(self.tr("Ballot plan sent"), decision.ballot_plan_sent)
        self.ballot_notice = OptionalDate(self.tr("Ballot made public"), decision.ballot_notice_date)
        self.ballot_start = OptionalDate(self.tr("Ballots handed out"), decision.ballot_start)
        self.prepoll = QSpinBox()
        self.prepoll.setRange(0, 1_000_000)
        self.prepoll.setValue(decision.prepoll_for or 0)
        self.prepoll.setSuffix(self.tr(" households chose online"))
        self.decision_date = OptionalDate(self.tr("Decision document"), decision.decision_date)
        self.sent_on = OptionalDate(self.tr("Sent to UBND and MTTQ"), decision.sent_on)
        self.received_on = OptionalDate(self.tr("Received for recognition"), decision.received_on)
        self.recognition = self._combo(((Recognition.NOT_NEEDED, self.tr("Not needed")),
                                        (Recognition.PENDING, self.tr("Pending")),
                                        (Recognition.RECOGNISED, self.tr("Recognised")),
                                        (Recognition.REFUSED, self.tr("Refused with reasons"))), decision.recognition)
        self.recognised_on = OptionalDate(self.tr("Recognised / refused on"), decision.recognised_on)
        self.recognition_number = QLineEdit(decision.recognition_number)

        # Per-hamlet figures.
        self.votes = VotesModel(decision.votes, self)
        self.votes_view = QTableView()
        self.votes_view.setObjectName("decision_votes")
        self.votes_view.setModel(self.votes)
        self.votes_view.verticalHeader().setVisible(False)
        self.votes_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.votes_view.horizontalHeader().setStretchLastSection(True)
        self.hamlet_pick = QComboBox()
        for v in self._hamlets.values():
            self.hamlet_pick.addItem(f"{v.hamlet_name} ({v.households})", v.unit_id)
        add = QPushButton(self.tr("&Add hamlet"))
        add.clicked.connect(self.add_hamlet)
        add_all = QPushButton(self.tr("All hamlets"))
        add_all.clicked.connect(self.add_all_hamlets)
        remove = QPushButton(self.tr("Remove hamlet"))
        remove.clicked.connect(self.remove_hamlet)

        # Election part (item 4).
        e = decision.election or Election()
        self.election_box = QGroupBox(self.tr("Hamlet-head election or dismissal (Decree 59 Art. 6–9)"))
        self.election_box.setCheckable(True)
        self.election_box.setChecked(decision.election is not None)
        self.election_kind = self._combo(((ElectionKind.ELECTION, self.tr("Election")),
                                          (ElectionKind.DISMISSAL, self.tr("Dismissal"))), e.kind)
        self.plan_date = OptionalDate(self.tr("Decision and plan (≥ 20 days before)"), e.plan_date)
        self.candidates_date = OptionalDate(self.tr("Candidate list, form 05 (≥ 15 days)"), e.candidates_date)
        self.team_date = OptionalDate(self.tr("Election team (≥ 10 days)"), e.team_date)
        self.notices_date = OptionalDate(self.tr("Made public (≥ 7 days)"), e.notices_date)
        self.candidates = QPlainTextEdit(e.candidates)
        self.candidates.setPlaceholderText(self.tr("One candidate a line"))
        self.candidates.setMaximumHeight(60)
        self.elected = QLineEdit(e.elected_name)
        self.term_years = QSpinBox()
        self.term_years.setRange(1, 10)
        self.term_years.setValue(e.term_years)
        self.ground = self._combo(((DismissalGround.NONE, "—"), (DismissalGround.RESIGNATION, self.tr("Resignation")),
                                   (DismissalGround.FRONT_REQUEST, self.tr("Front committee request")),
                                   (DismissalGround.PETITION, self.tr("Petition of ≥ 50% of households"))), e.ground)
        self.petition = QSpinBox()
        self.petition.setRange(0, 1_000_000)
        self.petition.setValue(e.petition_households or 0)
        self.interim = QLineEdit(e.interim_name)
        eform = QFormLayout(self.election_box)
        eform.addRow(self.tr("Kind"), self.election_kind)
        for step_date in (self.plan_date, self.candidates_date, self.team_date, self.notices_date):
            eform.addRow(step_date)
        eform.addRow(self.tr("Candidates"), self.candidates)
        eform.addRow(self.tr("Elected"), self.elected)
        eform.addRow(self.tr("Term (years)"), self.term_years)
        eform.addRow(self.tr("Dismissal ground"), self.ground)
        eform.addRow(self.tr("Petitioning households"), self.petition)
        eform.addRow(self.tr("Interim head"), self.interim)

        self.content = QPlainTextEdit(decision.content)
        self.content.setPlaceholderText(self.tr("What was decided (printed in form 03)"))
        self.notes = QPlainTextEdit(decision.notes)

        # What the officer sees as they type.
        self.result_label = QLabel()
        self.result_label.setObjectName("decision_result")
        self.result_label.setWordWrap(True)
        self.deadlines_label = QLabel()
        self.deadlines_label.setObjectName("decision_deadlines")
        self.deadlines_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("decision_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")

        general = QWidget()
        gform = QFormLayout(general)
        gform.addRow(self.tr("&Matter (Art. 15)"), self.matter)
        gform.addRow(self.tr("&Content"), self.title)
        gform.addRow(self.tr("Scope"), self.scope)
        gform.addRow(self.tr("Proposed by"), self.proposer)
        row = QHBoxLayout()
        row.addWidget(self.proposal_date)
        row.addWidget(self.proposal_households)
        gform.addRow(self.tr("Citizens' proposal"), row)
        gform.addRow(self.tr("Form (Art. 17)"), self.form)
        gform.addRow("", self.lacked)
        gform.addRow(self.tr("Written as"), self.doc_kind)
        gform.addRow(self.tr("Place"), self.place)
        votes_row = QHBoxLayout()
        for pick_widget in (self.hamlet_pick, add, add_all, remove):
            votes_row.addWidget(pick_widget)
        votes_box = QVBoxLayout()
        votes_box.addLayout(votes_row)
        votes_box.addWidget(self.votes_view, 1)
        gform.addRow(self.tr("Figures per hamlet"), votes_box)
        gform.addRow(self.tr("Decided"), self.content)

        dates = QWidget()
        dform = QFormLayout(dates)
        for date_widget in (self.vote_date, self.notice_date, self.documents_date, self.ballot_plan_issued,
                            self.ballot_plan_sent, self.ballot_notice, self.ballot_start, self.decision_date,
                            self.sent_on, self.received_on, self.recognised_on):
            dform.addRow(date_widget)
        dform.addRow(self.tr("Online pre-poll"), self.prepoll)
        dform.addRow(self.tr("Recognition"), self.recognition)
        dform.addRow(self.tr("Recognition decision no."), self.recognition_number)
        dform.addRow(self.tr("Notes"), self.notes)

        tabs = QTabWidget()
        tabs.addTab(general, self.tr("&Decision and votes"))
        tabs.addTab(dates, self.tr("Da&tes and sending"))
        tabs.addTab(self.election_box, self.tr("&Hamlet head"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.deadlines_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.matter, self.scope, self.proposer, self.form, self.doc_kind, self.recognition,
                      self.election_kind, self.ground):
            combo.currentIndexChanged.connect(self._later)
        for w2 in (self.title, self.place, self.elected, self.interim, self.recognition_number):
            w2.textChanged.connect(self._later)
        for w3 in (self.content, self.notes, self.candidates):
            w3.textChanged.connect(self._later)
        for w4 in (self.proposal_households, self.prepoll, self.term_years, self.petition):
            w4.valueChanged.connect(self._later)
        self.lacked.toggled.connect(self._later)
        self.election_box.toggled.connect(self._later)
        for od in (self.vote_date, self.notice_date, self.documents_date, self.ballot_plan_issued,
                   self.ballot_plan_sent, self.ballot_notice, self.ballot_start, self.decision_date, self.sent_on,
                   self.received_on, self.recognised_on, self.proposal_date, self.plan_date, self.candidates_date,
                   self.team_date, self.notices_date):
            od.check.toggled.connect(self._later)
            od.edit.dateChanged.connect(self._later)
        self.votes.changed.connect(self._later)
        self.refresh()

    def _combo(self, items: Any, current: Any) -> QComboBox:
        combo = QComboBox()
        for value, text in items:
            combo.addItem(text, value.value)
        combo.setCurrentIndex(max(0, combo.findData(current.value)))
        return combo

    def _later(self, *_: Any) -> None:
        self._timer.start()

    # -- hamlets ------------------------------------------------------------------------------
    def add_hamlet(self) -> None:
        unit_id = self.hamlet_pick.currentData()
        if unit_id is None or any(v.unit_id == unit_id for v in self.votes.votes()):
            return
        self.votes.add(self._hamlets[unit_id])

    def add_all_hamlets(self) -> None:
        have = {v.unit_id for v in self.votes.votes()}
        for unit_id, v in self._hamlets.items():
            if unit_id not in have:
                self.votes.add(v)

    def remove_hamlet(self) -> None:
        rows = self.votes_view.selectionModel().selectedIndexes()
        if rows:
            self.votes.remove(rows[0].row())

    # -- the record ---------------------------------------------------------------------------
    def record(self) -> Decision:
        matter = Matter(int(self.matter.currentData()))
        election = None
        if self.election_box.isChecked():
            election = Election(
                ElectionKind(self.election_kind.currentData()), self.plan_date.value(), self.candidates_date.value(),
                self.team_date.value(), self.notices_date.value(), self.candidates.toPlainText(), self.elected.text(),
                self.term_years.value(), DismissalGround(self.ground.currentData()),
                self.petition.value() or None, self.interim.text())
        proposer = Proposer(self.proposer.currentData())
        vote_date = self.vote_date.value()
        year = vote_date.year if vote_date else self.original.year
        return replace(
            self.original, year=year, matter=matter, title=self.title.text(), scope=Scope(self.scope.currentData()),
            proposer=proposer, form=VoteForm(self.form.currentData()), doc_kind=DocKind(self.doc_kind.currentData()),
            votes=self.votes.votes(), proposal_date=self.proposal_date.value(),
            proposal_households=self.proposal_households.value() if proposer is Proposer.CITIZENS else None,
            notice_date=self.notice_date.value(), documents_date=self.documents_date.value(),
            meeting_lacked_households=self.lacked.isChecked(), ballot_plan_issued=self.ballot_plan_issued.value(),
            ballot_plan_sent=self.ballot_plan_sent.value(), ballot_notice_date=self.ballot_notice.value(),
            ballot_start=self.ballot_start.value(), prepoll_for=self.prepoll.value() or None, vote_date=vote_date,
            decision_date=self.decision_date.value(), sent_on=self.sent_on.value(),
            received_on=self.received_on.value(), recognition=Recognition(self.recognition.currentData()),
            recognised_on=self.recognised_on.value(), recognition_number=self.recognition_number.text(),
            place=self.place.text(), content=self.content.toPlainText(), notes=self.notes.toPlainText(),
            election=election)

    def refresh(self) -> None:
        """Recompute the result, the deadlines and the checks of what is typed now."""
        en = current_language() == "en"
        form = VoteForm(self.form.currentData())
        ballot = form is VoteForm.BALLOT
        for w in (self.ballot_plan_issued, self.ballot_plan_sent, self.ballot_notice, self.ballot_start):
            w.setVisible(ballot)
        self.notice_date.setVisible(form is VoteForm.MEETING)
        self.documents_date.setVisible(form is VoteForm.MEETING
                                       and Matter(int(self.matter.currentData())) in DOCUMENTS_BEFORE)
        self.prepoll.setEnabled(form is VoteForm.ONLINE)
        try:
            clean = clean_decision(self.record())
        except UserError as exc:
            self.error_label.setText(exc.text())
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            result_text = self._partial_result()
            self.result_label.setText(result_text)
            self.deadlines_label.setText("")
            return
        self.error_label.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        result, deadlines = self.svc.evaluate(clean)
        self.votes.set_results([(r.text_en if en else r.text_vi) for r in result.hamlets] if result else [])
        if result is None:
            self.result_label.setText(self.tr("Enter each hamlet's figures to see the result."))
        else:
            head = self.tr("Result:")
            self.result_label.setText(f"<b>{head}</b> {_esc(result.text_en if en else result.text_vi)}")
        self.deadlines_label.setText(self._deadlines(clean, deadlines))

    def _partial_result(self) -> str:
        return self.tr("Result: the figures are not complete or not possible yet.")

    def _deadlines(self, d: Decision, deadlines: dict[str, date | None]) -> str:
        parts = []
        vote = d.vote_date
        if vote and d.form is VoteForm.MEETING:
            parts.append(self.tr("notice by %1 (Decree 59 Art. 3.3)").replace("%1", format_date(notice_latest(vote))))
        if d.form is VoteForm.BALLOT:
            if d.ballot_plan_issued:
                parts.append(self.tr("ballot plan to the chairs by %1 (Art. 4.2)")
                             .replace("%1", format_date(ballot_plan_due(d.ballot_plan_issued))))
            if d.ballot_start:
                parts.append(self.tr("ballot made public by %1 (Art. 4.4)")
                             .replace("%1", format_date(ballot_notice_latest(d.ballot_start))))
        if deadlines.get("send_due"):
            parts.append(self.tr("send to UBND and MTTQ by %1 (5 working days, Law Art. 20)")
                         .replace("%1", format_date(deadlines["send_due"])))
        if deadlines.get("recognition_due"):
            parts.append(self.tr("recognition by %1 (5 working days, Law Art. 21)")
                         .replace("%1", format_date(deadlines["recognition_due"])))
        if d.election is not None and vote and d.election.kind is ElectionKind.ELECTION:
            for step in election_steps(d.election, vote):
                label = step.label_en if current_language() == "en" else step.label_vi
                parts.append(f"{label}: {format_date(step.due)}")
        problems = static_problems(d, self.svc.calendar(d.year))
        text = self.tr("Deadlines: %1").replace("%1", "; ".join(parts) or "—")
        if problems:
            text += "\n" + self.tr("Checks failed: %1").replace("%1", "; ".join(problem_text(p) for p in problems))
        return text

    def save(self) -> None:
        try:
            self.saved = self.svc.save(self.record())
        except UserError as exc:
            self.error_label.setText(exc.text())
            return
        self.accept()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def default_decision(svc: DecisionService, year: int, today: date) -> Decision:
    return Decision(year, Matter.CONTRIBUTION, "", vote_date=today if today.year == year else date(year, 1, 1),
                    votes=[])

