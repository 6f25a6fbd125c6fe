"""The plan's document data: number, place and date, summary, legal bases, recipients, signer.

Saved field by field when a field is finished, through an undoable command
(PlanService.update_document). Legal bases and recipients are one per line.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.plan import Plan, Signer
from dancoso_desktop.domain.text import clean_line, clean_text, format_date, parse_date
from dancoso_desktop.ui.plan.section_form import ERROR_STYLE, _FocusOut

# Authority lines of the signature block (NĐ 30/2020 PL I): on behalf of, deputy, acting.
AUTHORITIES = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH", ""]


def _lines(text: str) -> list[str]:
    return [line for line in (clean_text(x) for x in text.splitlines()) if line]


class DocumentForm(QWidget):
    save_requested = Signal(object)  # a Plan carrying the new document data

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Plan | None = None
        self._loading = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("docNumber")
        self.number_edit.setPlaceholderText("05/KH-UBND")
        self.issuing_edit = QLineEdit()
        self.issuing_edit.setObjectName("docIssuingBody")
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("docPlace")
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("docDate")
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy (empty: not yet issued)"))
        self.date_error = QLabel()
        self.date_error.setStyleSheet(ERROR_STYLE)
        self.date_error.hide()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("docTitle")
        self.bases_edit = QPlainTextEdit()
        self.bases_edit.setObjectName("docBases")
        self.bases_edit.setTabChangesFocus(True)
        self.intro_edit = QPlainTextEdit()
        self.intro_edit.setObjectName("docIntro")
        self.intro_edit.setTabChangesFocus(True)
        self.intro_edit.setMaximumHeight(80)
        self.recipients_edit = QPlainTextEdit()
        self.recipients_edit.setObjectName("docRecipients")
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setMaximumHeight(100)
        self.authority_combo = QComboBox()
        self.authority_combo.setObjectName("docAuthority")
        self.authority_combo.setEditable(True)
        self.authority_combo.addItems(AUTHORITIES)
        self.signer_title_edit = QLineEdit()
        self.signer_title_edit.setObjectName("docSignerTitle")
        self.signer_name_edit = QLineEdit()
        self.signer_name_edit.setObjectName("docSignerName")
        form.addRow(self.tr("Document &number:"), self.number_edit)
        form.addRow(self.tr("Issuing body:"), self.issuing_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Date of issue:"), self.date_edit)
        form.addRow("", self.date_error)
        form.addRow(self.tr("Title / summary:"), self.title_edit)
        form.addRow(self.tr("Legal &bases (one per line):"), self.bases_edit)
        form.addRow(self.tr("Introduction:"), self.intro_edit)
        form.addRow(self.tr("&Recipients (one per line):"), self.recipients_edit)
        form.addRow(self.tr("Signer authority:"), self.authority_combo)
        form.addRow(self.tr("Signer title:"), self.signer_title_edit)
        form.addRow(self.tr("Signer name:"), self.signer_name_edit)
        for edit in (
            self.number_edit,
            self.issuing_edit,
            self.place_edit,
            self.title_edit,
            self.signer_title_edit,
            self.signer_name_edit,
            self.date_edit,
        ):
            edit.editingFinished.connect(self.commit)
        self.date_edit.textEdited.connect(self._check_date)
        line_edit = self.authority_combo.lineEdit()
        if line_edit is not None:
            line_edit.editingFinished.connect(self.commit)
        self.authority_combo.activated.connect(self.commit)
        for text_edit in (self.bases_edit, self.intro_edit, self.recipients_edit):
            _FocusOut(text_edit, self.commit)
        self.show_document(None)

    def show_document(self, doc: Plan | None) -> None:
        self._loading = True
        try:
            self.document = doc
            self.setEnabled(doc is not None)
            d = doc or Plan(year=2000)
            self.number_edit.setText(d.number)
            self.issuing_edit.setText(d.issuing_body)
            self.place_edit.setText(d.place)
            self.date_edit.setText(format_date(d.date))
            self.title_edit.setText(d.title)
            self.bases_edit.setPlainText("\n".join(d.legal_bases))
            self.intro_edit.setPlainText(d.intro)
            self.recipients_edit.setPlainText("\n".join(d.recipients))
            self.authority_combo.setCurrentText(d.signer.authority)
            self.signer_title_edit.setText(d.signer.title)
            self.signer_name_edit.setText(d.signer.name)
            self.date_error.hide()
        finally:
            self._loading = False

    def _check_date(self) -> bool:
        text = self.date_edit.text().strip()
        try:
            if text:
                parse_date(text)
        except UserError:
            self.date_error.setText(
                self.tr("Write the date as day/month/year, e.g. 05/01/2026; it was not saved.")
            )
            self.date_error.show()
            return False
        self.date_error.hide()
        return True

    def edited_document(self) -> Plan | None:
        """The document data as typed, or None when a field is invalid."""
        if self.document is None or not self._check_date():
            return None
        doc = copy.copy(self.document)
        doc.sections = []
        text = self.date_edit.text().strip()
        doc.date = parse_date(text) if text else None
        doc.number = clean_line(self.number_edit.text())
        doc.issuing_body = clean_line(self.issuing_edit.text())
        doc.place = clean_line(self.place_edit.text())
        doc.title = clean_line(self.title_edit.text())
        doc.legal_bases = _lines(self.bases_edit.toPlainText())
        doc.intro = clean_text(self.intro_edit.toPlainText())
        doc.recipients = [clean_line(x) for x in _lines(self.recipients_edit.toPlainText())]
        doc.signer = Signer(
            clean_line(self.authority_combo.currentText()),
            clean_line(self.signer_title_edit.text()),
            clean_line(self.signer_name_edit.text()),
        )
        return doc

    def commit(self) -> None:
        if self._loading or self.document is None:
            return
        doc = self.edited_document()
        if doc is None:
            return
        old = self.document
        same = (
            doc.date,
            doc.number,
            doc.issuing_body,
            doc.place,
            doc.title,
            doc.legal_bases,
            doc.intro,
            doc.recipients,
            doc.signer,
        ) == (
            old.date,
            old.number,
            old.issuing_body,
            old.place,
            old.title,
            old.legal_bases,
            old.intro,
            old.recipients,
            old.signer,
        )
        if not same:
            self.save_requested.emit(doc)
