"""The consultation form: what is put to the citizens (Art. 25), the draft, the forms used and the
opinions received through each (Art. 26), the period — computed as you type against the 20 days
of Art. 28.2 —, how the opinions were answered, the result's publication and the HĐND report.

It validates with the same function the service uses and saves nothing until it is valid.
Publishing the result (a date ticked for the first time) also creates the disclosure record of
Art. 11 item 11 in the disclosure register.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
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

from dancoso_desktop.domain.consultation import (
    FORM_CODES,
    FORMS,
    ITEMS,
    MAX_COUNT,
    Consultation,
    Opinion,
    Response,
    validate_consultation,
)
from dancoso_desktop.domain.consultation_rules import (
    MIN_PERIOD_DAYS,
    earliest_close,
    period_days,
    static_problems,
)
from dancoso_desktop.domain.errors import UserError, current_language
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.consultation_service import ConsultationService
from dancoso_desktop.ui.citizens.consultation_model import consultation_problem_text
from dancoso_desktop.ui.disclosures.record_form import OptionalDate
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit
from dancoso_desktop.ui.widgets.form_scroll import FormScrollArea

OPINION_COLUMNS = 5   # who, where, form (a combo), opinion, answer; the response is a combo in column 5
FORM_COLUMN = 2


class ConsultationDialog(QDialog):
    def __init__(self, svc: ConsultationService, record: Consultation, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.record = record
        self.today = today or date.today()
        self.saved: Consultation | None = None
        self._ready = False            # no checks until every field exists
        self.setWindowTitle(self.tr("Consultation") if record.id is None
                            else self.tr("Consultation no. %1").replace("%1", str(record.id)))
        self.item = QComboBox()
        for n, (vi, en) in ITEMS.items():
            self.item.addItem(f"{n}. {en if current_language() == 'en' else vi}", n)
        self.item.setCurrentIndex(max(0, self.item.findData(record.item)))
        self.title = QLineEdit(record.title)
        self.title.setObjectName("consultation_title")
        self.draft = QLineEdit(record.draft_document)
        self.published = VietDateEdit(record.published_on or self.today)
        self.closes = VietDateEdit(record.closes_on or earliest_close(record.published_on or self.today))
        self._closes_touched = record.closes_on is not None
        self.plan_sent = OptionalDate(self.tr("sent"), record.plan_sent_on)
        self.period_info = QLabel()
        self.period_info.setObjectName("consultation_period")
        self.period_info.setWordWrap(True)

        self.forms = QTableWidget(len(FORM_CODES), 2)
        self.forms.setHorizontalHeaderLabels([self.tr("Form used (Art. 26)"), self.tr("Opinions")])
        self.forms.verticalHeader().setVisible(False)
        self.forms.horizontalHeader().setStretchLastSection(False)
        self.forms.setColumnWidth(0, 360)
        self._form_checks: dict[str, QCheckBox] = {}
        self._form_counts: dict[str, QSpinBox] = {}
        for i, code in enumerate(FORM_CODES):
            letter, vi, en = FORMS[code]
            check = QCheckBox(f"{letter}) {en if current_language() == 'en' else vi}")
            check.setChecked(code in record.forms or code in record.counts)
            spin = QSpinBox()
            spin.setRange(0, MAX_COUNT)
            spin.setValue(int(record.counts.get(code, 0)))
            check.toggled.connect(lambda *_: self.revalidate())
            spin.valueChanged.connect(lambda _v, c=check: c.setChecked(True) if _v else None)
            spin.valueChanged.connect(lambda *_: self.revalidate())
            self.forms.setCellWidget(i, 0, check)
            self.forms.setCellWidget(i, 1, spin)
            self._form_checks[code] = check
            self._form_counts[code] = spin
        self.forms.setMinimumHeight(8 * 30 + 30)
        self.accepted_n = QSpinBox()
        self.accepted_n.setRange(0, MAX_COUNT)
        self.accepted_n.setValue(record.accepted)
        self.explained_n = QSpinBox()
        self.explained_n.setRange(0, MAX_COUNT)
        self.explained_n.setValue(record.explained)
        answered = QHBoxLayout()
        answered.addWidget(QLabel(self.tr("accepted")))
        answered.addWidget(self.accepted_n)
        answered.addWidget(QLabel(self.tr("explained")))
        answered.addWidget(self.explained_n)
        answered.addStretch(1)

        self.opinions = QTableWidget(0, OPINION_COLUMNS + 1)
        self.opinions.setHorizontalHeaderLabels([self.tr("Who"), self.tr("Where"), self.tr("Form"),
                                                 self.tr("Opinion"), self.tr("Answer"), self.tr("Handled")])
        self.opinions.horizontalHeader().setStretchLastSection(True)
        self.opinions.setMinimumHeight(120)
        for o in record.opinions:
            self._add_opinion(o)
        self.opinions.itemChanged.connect(lambda *_: self.revalidate())
        add_op = QPushButton(self.tr("Add &opinion"))
        add_op.clicked.connect(lambda: self._add_opinion(Opinion("")))
        del_op = QPushButton(self.tr("Remove opinion"))
        del_op.clicked.connect(self._remove_opinion)

        self.result_date = OptionalDate(self.tr("published"), record.result_published_on)
        self.result_date.setObjectName("consultation_result")
        self.reported = OptionalDate(self.tr("reported"), record.reported_hdnd_on)
        self.session = QLineEdit(record.hdnd_session)
        self.delegated = QLineEdit(record.delegated_from)
        self.notes = QPlainTextEdit(record.notes)
        self.notes.setMaximumHeight(70)
        self.link_info = QLabel()
        if record.disclosure_id is not None:
            self.link_info.setText(self.tr("Disclosure record no. %1 (Art. 11 item 11)")
                                   .replace("%1", str(record.disclosure_id)))

        self.error = QLabel()
        self.error.setObjectName("consultation_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Content (Art. 25)"), self.item)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Draft &document"), self.draft)
        form.addRow(self.tr("Plan to the HĐND and MTTQ"), self.plan_sent)
        form.addRow(self.tr("&Published on"), self.published)
        form.addRow(self.tr("C&loses on"), self.closes)
        form.addRow("", self.period_info)
        form.addRow(self.tr("Forms and opinions"), self.forms)
        form.addRow(self.tr("Opinions answered"), answered)
        op_buttons = QHBoxLayout()
        op_buttons.addWidget(add_op)
        op_buttons.addWidget(del_op)
        op_buttons.addStretch(1)
        op_box = QVBoxLayout()
        op_box.addWidget(self.opinions)
        op_box.addLayout(op_buttons)
        form.addRow(self.tr("Opinions one by one"), op_box)
        form.addRow(self.tr("Result published"), self.result_date)
        form.addRow("", self.link_info)
        form.addRow(self.tr("Reported to the HĐND"), self.reported)
        form.addRow(self.tr("HĐND session"), self.session)
        form.addRow(self.tr("Consulted for (Art. 28.4)"), self.delegated)
        form.addRow(self.tr("&Notes"), self.notes)
        inner = QWidget()
        inner.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(FormScrollArea(inner), 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 720)

        for w in (self.title, self.draft, self.session, self.delegated):
            w.textChanged.connect(lambda *_: self.revalidate())
        self.notes.textChanged.connect(self.revalidate)
        self.item.currentIndexChanged.connect(lambda *_: self.revalidate())
        self.published.dateChanged.connect(self._published_changed)
        self.closes.dateChanged.connect(self._closes_changed)
        for opt in (self.plan_sent, self.result_date, self.reported):
            opt.check.toggled.connect(lambda *_: self.revalidate())
            opt.edit.dateChanged.connect(lambda *_: self.revalidate())
        for spin in (self.accepted_n, self.explained_n):
            spin.valueChanged.connect(lambda *_: self.revalidate())
        self._ready = True
        self.revalidate()

    # -- opinions ------------------------------------------------------------------------------
    def _add_opinion(self, o: Opinion) -> None:
        self.opinions.blockSignals(True)
        row = self.opinions.rowCount()
        self.opinions.insertRow(row)
        for col, text in enumerate((o.who, o.place, "", o.content, o.answer)):
            if col != FORM_COLUMN:
                self.opinions.setItem(row, col, QTableWidgetItem(text))
        form = QComboBox()
        form.addItem("", "")
        for code, (letter, vi, en) in FORMS.items():
            form.addItem(f"{letter}) {en if current_language() == 'en' else vi}", code)
        form.setCurrentIndex(max(0, form.findData(o.form)))
        form.currentIndexChanged.connect(lambda *_: self.revalidate())
        self.opinions.setCellWidget(row, FORM_COLUMN, form)
        combo = QComboBox()
        for resp, label in ((Response.PENDING, self.tr("Pending")), (Response.ACCEPTED, self.tr("Accepted")),
                            (Response.EXPLAINED, self.tr("Explained"))):
            combo.addItem(label, resp.value)
        combo.setCurrentIndex(max(0, combo.findData(o.response.value)))
        combo.currentIndexChanged.connect(lambda *_: self.revalidate())
        self.opinions.setCellWidget(row, OPINION_COLUMNS, combo)
        self.opinions.blockSignals(False)
        self.revalidate()

    def _remove_opinion(self) -> None:
        row = self.opinions.currentRow()
        if row >= 0:
            self.opinions.removeRow(row)
            self.revalidate()

    def _opinions(self) -> list[Opinion]:
        out = []
        for row in range(self.opinions.rowCount()):
            texts = []
            for c in range(OPINION_COLUMNS):
                cell = self.opinions.item(row, c)
                texts.append(cell.text() if cell is not None else "")
            combo = self.opinions.cellWidget(row, OPINION_COLUMNS)
            response = Response(combo.currentData()) if isinstance(combo, QComboBox) else Response.PENDING
            form = self.opinions.cellWidget(row, FORM_COLUMN)
            code = str(form.currentData() or "") if isinstance(form, QComboBox) else ""
            out.append(Opinion(texts[3], texts[0], texts[1], code, response, texts[4]))
        return out

    # -- as you type ----------------------------------------------------------------------------
    def _published_changed(self) -> None:
        if not self._closes_touched:
            self.closes.blockSignals(True)
            self.closes.set_value(earliest_close(self.published.value()))
            self.closes.blockSignals(False)
        self.revalidate()

    def _closes_changed(self) -> None:
        self._closes_touched = True
        self.revalidate()

    def current(self) -> Consultation:
        counts = {c: self._form_counts[c].value() for c in FORM_CODES if self._form_counts[c].value()}
        return replace(
            self.record, item=int(self.item.currentData()), title=self.title.text(), draft_document=self.draft.text(),
            published_on=self.published.value(), closes_on=self.closes.value(),
            forms=[c for c in FORM_CODES if self._form_checks[c].isChecked()], plan_sent_on=self.plan_sent.value(),
            counts=counts, accepted=self.accepted_n.value(), explained=self.explained_n.value(),
            opinions=self._opinions(), result_published_on=self.record.result_published_on,
            reported_hdnd_on=self.reported.value(), hdnd_session=self.session.text(),
            delegated_from=self.delegated.text(), notes=self.notes.toPlainText())

    def _period_text(self, c: Consultation) -> str:
        if c.published_on is None or c.closes_on is None:
            return ""
        days = period_days(c.published_on, c.closes_on)
        if days < 0:
            return ""
        if days >= MIN_PERIOD_DAYS:
            return self.tr("%1 days from publication: meets the minimum of %2 days (Art. 28(2)).") \
                .replace("%1", str(days)).replace("%2", str(MIN_PERIOD_DAYS))
        return self.tr("Only %1 days from publication: at least %2 days are required (Art. 28(2)); "
                       "the earliest closing day is %3.").replace("%1", str(days)) \
            .replace("%2", str(MIN_PERIOD_DAYS)).replace("%3", format_date(earliest_close(c.published_on)))

    def revalidate(self) -> bool:
        if not self._ready:
            return False
        c = self.current()
        self.period_info.setText(self._period_text(c))
        short = (c.published_on is not None and c.closes_on is not None
                 and 0 <= period_days(c.published_on, c.closes_on) < MIN_PERIOD_DAYS)
        self.period_info.setStyleSheet("color: #8a5300;" if short else "")
        try:
            clean = validate_consultation(replace(c, result_published_on=self.result_date.value()))
        except UserError as exc:
            self.error.setText(exc.text())
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return False
        problems = [consultation_problem_text(p) for p in static_problems(clean)]
        self.error.setText("; ".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        return True

    def save(self) -> None:
        if not self.revalidate():
            return
        c = self.current()
        result_day = self.result_date.value()
        linked = c.disclosure_id is not None
        try:
            # A result date ticked for the first time publishes it: the service creates the
            # disclosure record (Art. 11 item 11) and links it.
            saved = self.svc.save(replace(c, result_published_on=result_day if linked or result_day is None
                                          else None))
            if result_day is not None and saved.disclosure_id is None and saved.id is not None:
                new_id = saved.id
                try:
                    saved = self.svc.publish_result(new_id, result_day, today=self.today)
                except UserError:
                    if self.record.id is None:          # nothing saved half-way
                        self.svc.delete(new_id)
                    else:
                        self.svc.save(self.record)
                    raise
        except UserError as exc:
            self.error.setText(exc.text())
            return
        self.saved = saved
        self.accept()


