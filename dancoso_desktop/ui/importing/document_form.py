"""The document data of the proposed plan: year, number, place and date, summary, signer, recipients."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR, Plan, check_year
from dancoso_desktop.domain.text import clean_line, clean_text, format_date, parse_date


class DocumentForm(QWidget):
    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_document")
        self.year = QSpinBox()
        self.year.setObjectName("import_year")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(plan.year)
        self.title = self._line("import_summary", plan.title)
        self.number = self._line("import_number", plan.number)
        self.place = self._line("import_place", plan.place)
        self.date = self._line("import_date", format_date(plan.date))
        self.date.setPlaceholderText(self.tr("dd/mm/yyyy — empty when the document leaves it blank"))
        self.issuer = self._line("import_issuer", plan.issuing_body)
        self.authority = self._line("import_authority", plan.signer.authority)
        self.signer_title = self._line("import_signer_title", plan.signer.title)
        self.signer_name = self._line("import_signer_name", plan.signer.name)
        self.recipients = QPlainTextEdit("\n".join(plan.recipients))
        self.recipients.setObjectName("import_recipients")
        self.recipients.setPlaceholderText(self.tr("One recipient per line"))
        self.bases = QPlainTextEdit("\n".join(plan.legal_bases))
        self.bases.setObjectName("import_bases")
        self.bases.setPlaceholderText(self.tr("One legal basis per line"))
        self.intro = QPlainTextEdit(plan.intro)
        self.intro.setObjectName("import_intro")
        for box in (self.bases, self.intro):
            box.setMaximumHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("Year of the plan"), self.year)
        form.addRow(self.tr("Summary (title)"), self.title)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Date of issue"), self.date)
        form.addRow(self.tr("Issuing body"), self.issuer)
        form.addRow(self.tr("Legal bases"), self.bases)
        form.addRow(self.tr("Introduction"), self.intro)
        form.addRow(self.tr("Signing for (TM./KT.)"), self.authority)
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Signer's name"), self.signer_name)
        form.addRow(self.tr("Recipients"), self.recipients)

    def _line(self, name: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        return edit

    def apply(self, plan: Plan) -> None:
        """Copy the form into the plan, or raise a ValidationError naming what is wrong."""
        plan.year = check_year(self.year.value())
        text = clean_line(self.date.text())
        plan.date = parse_date(text) if text else None
        if plan.date is not None and not MIN_YEAR <= plan.date.year <= MAX_YEAR:
            raise ValidationError("Ngày ban hành không hợp lệ.", "The date of issue is invalid.", field="date")
        plan.title = clean_line(self.title.text())
        plan.number = clean_line(self.number.text())
        plan.place = clean_line(self.place.text())
        plan.issuing_body = clean_line(self.issuer.text())
        plan.signer.authority = clean_line(self.authority.text())
        plan.signer.title = clean_line(self.signer_title.text())
        plan.signer.name = clean_line(self.signer_name.text())
        plan.legal_bases = [clean_line(b) for b in self.bases.toPlainText().split("\n") if clean_line(b)]
        plan.intro = clean_text(self.intro.toPlainText())
        plan.recipients = [clean_line(r) for r in self.recipients.toPlainText().split("\n") if clean_line(r)]
