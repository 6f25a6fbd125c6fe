"""Set a hamlet's current head and term by hand (a head elected before the app was used, or an
interim head appointed by the UBND xã); elections recorded in the register set it themselves."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.hamlet_head import HamletHead, term_end
from dancoso_desktop.services.decision_service import DecisionService
from dancoso_desktop.ui.disclosures.record_form import OptionalDate


class HeadDialog(QDialog):
    def __init__(self, svc: DecisionService, head: HamletHead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.head = head
        self.saved: HamletHead | None = None
        self.setWindowTitle(self.tr("Head of %1").replace("%1", head.hamlet_name))
        self.name = QLineEdit(head.name)
        self.start = OptionalDate(self.tr("Term starts"), head.term_start)
        self.end = OptionalDate(self.tr("Term ends"), head.term_end)
        self.interim = QCheckBox(self.tr("Interim head (appointed while the post is vacant)"))
        self.interim.setChecked(head.interim)
        self.interim_until = OptionalDate(self.tr("Interim until"), head.interim_until)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a61b1b;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.start)
        form.addRow(self.end)
        form.addRow(self.interim)
        form.addRow(self.interim_until)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.start.edit.dateChanged.connect(self._default_end)

    def _default_end(self) -> None:
        start = self.start.value()
        if start is not None and self.end.value() is None:
            self.end.set_value(term_end(start))

    def save(self) -> None:
        head = replace(self.head, name=self.name.text(), term_start=self.start.value(), term_end=self.end.value(),
                       interim=self.interim.isChecked(), interim_until=self.interim_until.value())
        try:
            self.saved = self.svc.set_head(head)
        except UserError as exc:
            self.error.setText(exc.text())
            return
        self.accept()
