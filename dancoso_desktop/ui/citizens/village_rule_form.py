"""The hương ước / quy ước form: one text of one hamlet through its life cycle (NĐ 61/2023).

As you type it shows the stage, the adoption result and why ("đạt: 72/142 hộ = 50,7% > 50% tổng
số hộ", Art. 10), each deadline in working days (file ≤ 5, recognition ≤ 5, sending ≤ 2,
suspension ≤ 3, repeal ≤ 5) computed with the holiday calendar, and the checks that fail; it
refuses impossible figures with the service's own validation and saves nothing until valid.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain import village_rule_rules as rules
from dancoso_desktop.domain.commune import Unit
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.text import clean_line, format_date, parse_date
from dancoso_desktop.domain.village_rule import (
    ADOPTION_VI,
    EVENT_VI,
    KIND_VI,
    SCOPE_VI,
    AdoptionForm,
    EventKind,
    RuleEvent,
    RuleKind,
    Scope,
    VillageRule,
    deadlines,
    stage,
    static_problems,
    validate_rule,
)
from dancoso_desktop.services.village_rule_service import VillageRuleService
from dancoso_desktop.ui.citizens.village_rule_model import rule_problem_text, stage_text
from dancoso_desktop.ui.disclosures.record_form import OptionalDate
from dancoso_desktop.ui.widgets.form_scroll import FormScrollArea

NONE = -1
MAX_COUNT = 1_000_000
EVENT_COLUMNS = ("kind", "scope", "trigger_on", "decided_on", "decision_number", "reason")


def _count_box(value: int | None) -> QSpinBox:
    """A count that may be left blank: the minimum −1 is shown as '—'."""
    box = QSpinBox()
    box.setRange(NONE, MAX_COUNT)
    box.setSpecialValueText("—")
    box.setValue(NONE if value is None else value)
    return box


def _count(box: QSpinBox) -> int | None:
    return None if box.value() == NONE else box.value()


class VillageRuleDialog(QDialog):
    def __init__(self, svc: VillageRuleService, record: VillageRule, hamlets: list[Unit],
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.record = record
        self.today = today or date.today()
        self.saved: VillageRule | None = None
        self._ready = False            # no checks until every field exists
        self.setWindowTitle(self.tr("Village rule") if record.id is None
                            else self.tr("Village rule no. %1").replace("%1", str(record.id)))
        self.hamlet = QComboBox()
        self._households: dict[int, int | None] = {}
        for h in hamlets:
            if h.id is None or (h.retired and h.id != record.hamlet_id):
                continue
            self.hamlet.addItem(h.name + (self.tr(" (retired)") if h.retired else ""), h.id)
            self._households[h.id] = h.households
        self.hamlet.setCurrentIndex(max(0, self.hamlet.findData(record.hamlet_id)))
        self.kind = QComboBox()
        for k in RuleKind:
            self.kind.addItem(KIND_VI[k], k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind.value)))
        self.title = QLineEdit(record.title)
        self.title.setObjectName("village_rule_title")
        households = record.households if record.households is not None else self._households.get(
            int(self.hamlet.currentData()) if self.hamlet.currentData() is not None else -1)
        self.households = _count_box(households)
        self.proposed = OptionalDate(self.tr("proposed"), record.proposed_on)
        self.proposal = _count_box(record.proposal_households)
        self.team = QPlainTextEdit(record.drafting_team)
        self.team.setMaximumHeight(54)
        self.posted = OptionalDate(self.tr("posted"), record.draft_posted_on)
        self.adoption_form = QComboBox()
        self.adoption_form.addItem(self.tr("(not voted yet)"), None)
        for f in AdoptionForm:
            self.adoption_form.addItem(ADOPTION_VI[f], f.value)
        self.adoption_form.setCurrentIndex(max(0, self.adoption_form.findData(
            record.adoption_form.value if record.adoption_form else None)))
        self.adopted = OptionalDate(self.tr("voted"), record.adopted_on)
        self.present = _count_box(record.present)
        self.agree = _count_box(record.agree)
        self.agree.setObjectName("village_rule_agree")
        self.disagree = _count_box(record.disagree)
        self.file_sent = OptionalDate(self.tr("sent"), record.file_sent_on)
        self.recognised = OptionalDate(self.tr("decided"), record.recognised_on)
        self.decision_number = QLineEdit(record.decision_number)
        self.refused = OptionalDate(self.tr("refused"), record.refused_on)
        self.refusal_reason = QLineEdit(record.refusal_reason)
        self.sent = OptionalDate(self.tr("sent"), record.sent_on)
        self.events = QTableWidget(0, len(EVENT_COLUMNS))
        self.events.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Scope"), self.tr("Complaint or finding"),
                                               self.tr("Decided"), self.tr("Decision no."), self.tr("Reason")])
        self.events.horizontalHeader().setStretchLastSection(True)
        self.events.setMinimumHeight(110)
        for ev in record.events:
            self._add_event(ev)
        self.events.itemChanged.connect(lambda *_: self.revalidate())
        add_ev = QPushButton(self.tr("Add &event"))
        add_ev.clicked.connect(lambda: self._add_event(RuleEvent(EventKind.SUSPENSION, Scope.WHOLE, self.today)))
        del_ev = QPushButton(self.tr("Remove event"))
        del_ev.clicked.connect(self._remove_event)
        self.reviews = QLineEdit("; ".join(format_date(d) for d in record.reviews))
        self.reviews.setPlaceholderText(self.tr("18/11/2026; 18/11/2027"))
        self.notes = QPlainTextEdit(record.notes)
        self.notes.setMaximumHeight(60)

        self.result_label = QLabel()
        self.result_label.setObjectName("village_rule_result")
        self.result_label.setWordWrap(True)
        self.info = QLabel()
        self.info.setObjectName("village_rule_info")
        self.info.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("village_rule_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Hamlet"), self.hamlet)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Households (all, Art. 10)"), self.households)
        form.addRow(self.tr("Proposal (Art. 7)"), self.proposed)
        form.addRow(self.tr("Households proposing (≥ 10%)"), self.proposal)
        form.addRow(self.tr("Drafting team (Art. 8)"), self.team)
        form.addRow(self.tr("Draft posted (≥ 30 days, Art. 9)"), self.posted)
        form.addRow(self.tr("Adopted by (Art. 10)"), self.adoption_form)
        form.addRow(self.tr("Adoption day"), self.adopted)
        form.addRow(self.tr("Households present"), self.present)
        votes = QHBoxLayout()
        votes.addWidget(QLabel(self.tr("agree")))
        votes.addWidget(self.agree)
        votes.addWidget(QLabel(self.tr("disagree")))
        votes.addWidget(self.disagree)
        votes.addStretch(1)
        form.addRow(self.tr("Votes"), votes)
        form.addRow("", self.result_label)
        form.addRow("", self.info)
        form.addRow(self.tr("File to the UBND (Form 01)"), self.file_sent)
        rec = QHBoxLayout()
        rec.addWidget(self.recognised)
        rec.addWidget(QLabel(self.tr("No.")))
        rec.addWidget(self.decision_number)
        form.addRow(self.tr("Recognition (Form 03)"), rec)
        ref = QHBoxLayout()
        ref.addWidget(self.refused)
        ref.addWidget(self.refusal_reason, 1)
        form.addRow(self.tr("Not recognised"), ref)
        form.addRow(self.tr("Sent to hamlet and MTTQ"), self.sent)
        ev_box = QVBoxLayout()
        ev_box.addWidget(self.events)
        ev_buttons = QHBoxLayout()
        ev_buttons.addWidget(add_ev)
        ev_buttons.addWidget(del_ev)
        ev_buttons.addStretch(1)
        ev_box.addLayout(ev_buttons)
        form.addRow(self.tr("Suspension, amendment, repeal"), ev_box)
        form.addRow(self.tr("Annual reviews (18/11)"), self.reviews)
        form.addRow(self.tr("&Notes"), self.notes)
        inner = QWidget()
        inner.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(FormScrollArea(inner), 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 760)

        self.hamlet.currentIndexChanged.connect(self._hamlet_changed)
        for w in (self.title, self.decision_number, self.refusal_reason, self.reviews):
            w.textChanged.connect(lambda *_: self.revalidate())
        for t in (self.team, self.notes):
            t.textChanged.connect(self.revalidate)
        for combo in (self.kind, self.adoption_form):
            combo.currentIndexChanged.connect(lambda *_: self.revalidate())
        for box in (self.households, self.proposal, self.present, self.agree, self.disagree):
            box.valueChanged.connect(lambda *_: self.revalidate())
        for opt in (self.proposed, self.posted, self.adopted, self.file_sent, self.recognised, self.refused,
                    self.sent):
            opt.check.toggled.connect(lambda *_: self.revalidate())
            opt.edit.dateChanged.connect(lambda *_: self.revalidate())
        self._ready = True
        self.revalidate()

    # -- events --------------------------------------------------------------------------------
    def _add_event(self, ev: RuleEvent) -> None:
        self.events.blockSignals(True)
        row = self.events.rowCount()
        self.events.insertRow(row)
        kind = QComboBox()
        for k in EventKind:
            kind.addItem(EVENT_VI[k], k.value)
        kind.setCurrentIndex(max(0, kind.findData(ev.kind.value)))
        scope = QComboBox()
        for s in Scope:
            scope.addItem(SCOPE_VI[s], s.value)
        scope.setCurrentIndex(max(0, scope.findData(ev.scope.value)))
        for combo in (kind, scope):
            combo.currentIndexChanged.connect(lambda *_: self.revalidate())
        self.events.setCellWidget(row, 0, kind)
        self.events.setCellWidget(row, 1, scope)
        for col, text in ((2, format_date(ev.trigger_on)), (3, format_date(ev.decided_on)), (4, ev.decision_number),
                          (5, ev.reason)):
            self.events.setItem(row, col, QTableWidgetItem(text))
        self.events.blockSignals(False)
        self.revalidate()

    def _remove_event(self) -> None:
        row = self.events.currentRow()
        if row >= 0:
            self.events.removeRow(row)
            self.revalidate()

    def _cell(self, row: int, col: int) -> str:
        item = self.events.item(row, col)
        return item.text() if item is not None else ""

    def _events(self) -> list[RuleEvent]:
        out = []
        for row in range(self.events.rowCount()):
            kind = self.events.cellWidget(row, 0)
            scope = self.events.cellWidget(row, 1)
            trigger, decided = clean_line(self._cell(row, 2)), clean_line(self._cell(row, 3))
            out.append(RuleEvent(EventKind(kind.currentData()) if isinstance(kind, QComboBox) else EventKind.SUSPENSION,
                                 Scope(scope.currentData()) if isinstance(scope, QComboBox) else Scope.WHOLE,
                                 parse_date(trigger) if trigger else None, parse_date(decided) if decided else None,
                                 self._cell(row, 4), self._cell(row, 5)))
        return out

    def _reviews(self) -> list[date]:
        parts = [p for p in (clean_line(x) for x in self.reviews.text().replace(",", ";").split(";")) if p]
        return [parse_date(p) for p in parts]

    # -- as you type ----------------------------------------------------------------------------
    def _hamlet_changed(self) -> None:
        hid = self.hamlet.currentData()
        if hid is not None and self._households.get(int(hid)) is not None:
            self.households.setValue(self._households[int(hid)] or 0)
        self.revalidate()

    def current(self) -> VillageRule:
        form = self.adoption_form.currentData()
        hid = self.hamlet.currentData()
        return replace(
            self.record, hamlet_id=int(hid) if hid is not None else 0, kind=RuleKind(self.kind.currentData()),
            title=self.title.text(), hamlet_name=self.hamlet.currentText(), households=_count(self.households),
            proposed_on=self.proposed.value(), proposal_households=_count(self.proposal),
            drafting_team=self.team.toPlainText(), draft_posted_on=self.posted.value(),
            adoption_form=AdoptionForm(form) if form else None, adopted_on=self.adopted.value(),
            present=_count(self.present), agree=_count(self.agree), disagree=_count(self.disagree),
            file_sent_on=self.file_sent.value(), recognised_on=self.recognised.value(),
            decision_number=self.decision_number.text(), refused_on=self.refused.value(),
            refusal_reason=self.refusal_reason.text(), sent_on=self.sent.value(), events=self._events(),
            reviews=self._reviews(), notes=self.notes.toPlainText())

    def _result_text(self, r: VillageRule) -> str:
        total = r.households or 0
        lines = []
        if r.proposal_households is not None and total:
            ok = rules.proposal_valid(total, min(r.proposal_households, total))
            lines.append(self.tr("Proposal: %1/%2 households (%3 needed, Art. 7) — %4")
                         .replace("%1", str(r.proposal_households)).replace("%2", str(total))
                         .replace("%3", str(rules.proposal_needed(total)))
                         .replace("%4", self.tr("valid") if ok else self.tr("too few")))
        if r.adoption_form is AdoptionForm.MEETING and r.present is not None and total:
            ok = rules.meeting_quorum(total, min(r.present, total))
            lines.append(self.tr("Meeting: %1/%2 households present — %3")
                         .replace("%1", str(r.present)).replace("%2", str(total))
                         .replace("%3", self.tr("more than half, the meeting may adopt it") if ok
                                  else self.tr("not more than half: vote by ballot (Art. 10)")))
        if r.agree is not None and total and r.agree <= total:
            lines.append(rules.adoption_text(total, r.agree))
        return "\n".join(lines)

    def _deadline_text(self, r: VillageRule) -> str:
        cal = self.svc.calendar(self.today.year)
        d = deadlines(r, cal)
        parts = [self.tr("Stage: %1").replace("%1", stage_text(stage(r)))]
        for label, due, done in ((self.tr("file to the UBND by %1 (5 working days)"), d.file, r.file_sent_on),
                                 (self.tr("recognition by %1 (5 working days)"), d.recognition,
                                  r.recognised_on or r.refused_on),
                                 (self.tr("sent to the hamlet and MTTQ by %1 (2 working days)"), d.sending, r.sent_on)):
            if due is not None:
                parts.append(label.replace("%1", format_date(due)) + (" ✓" if done else ""))
        for ev, due in zip(r.events, d.events, strict=True):
            if due is not None:
                parts.append(self.tr("%1 decision by %2").replace("%1", EVENT_VI[ev.kind])
                             .replace("%2", format_date(due)) + (" ✓" if ev.decided_on else ""))
        return " · ".join(parts)

    def revalidate(self) -> bool:
        if not self._ready:
            return False
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            r = self.current()
            self.result_label.setText(self._result_text(r))
            clean = validate_rule(r)
        except UserError as exc:
            self.error.setText(exc.text())
            save.setEnabled(False)
            return False
        cal = self.svc.calendar(self.today.year)
        self.info.setText(self._deadline_text(clean))
        self.error.setText("; ".join(rule_problem_text(p) for p in static_problems(clean, cal)))
        save.setEnabled(True)
        return True

    def save(self) -> None:
        if not self.revalidate():
            return
        try:
            self.saved = self.svc.save(self.current())
        except UserError as exc:
            self.error.setText(exc.text())
            return
        self.accept()
