"""The record form: what was disclosed, from which decision, how, where, when, by whom, with what
evidence. It validates as you type (the same rules the service applies), shows the legal deadline
and the checks that would fail, and saves nothing until everything is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.commune import Unit
from dancoso_desktop.domain.disclosure import (
    DisclosureRecord,
    DisclosureStatus,
    Evidence,
    Scope,
)
from dancoso_desktop.domain.disclosure_rules import disclosure_deadline, static_problems
from dancoso_desktop.domain.disclosure_validation import validate_record
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.attachments import MAX_ATTACHMENT_BYTES
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.ui.disclosures.channel_table import ChannelTable
from dancoso_desktop.ui.disclosures.problem_text import problem_line
from dancoso_desktop.ui.supervision import conference_disclosure_scope as scope_texts
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit

SaveFn = Callable[[DisclosureRecord, list[Path]], DisclosureRecord]


class OptionalDate(QWidget):
    """A date that may be left out: a check box beside a dd/mm/yyyy field."""

    def __init__(self, label: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = VietDateEdit(value or date.today())
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.set_value(value)


class RecordDialog(QDialog):
    def __init__(self, svc: DisclosureService, record: DisclosureRecord, units: list[Unit], hamlets: list[str],
                 save: SaveFn | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.original = record
        self.saved: DisclosureRecord | None = None
        self._save = save or (lambda rec, files: svc.save(rec, files))
        self._evidence: list[Evidence] = list(record.evidence)
        self._new_files: list[Path] = []
        self.setWindowTitle(self.tr("Disclosure record") if record.id is None
                            else self.tr("Disclosure record no. %1").replace("%1", str(record.id)))
        self.resize(900, 720)

        self.scope = QComboBox()
        for text, value in scope_texts.form_items():
            self.scope.addItem(text, value)
        self.scope.setCurrentIndex(max(0, self.scope.findData(str(Scope(record.scope).value))))
        self.item = QComboBox()
        self._fill_items(record.item)
        self.scope.currentIndexChanged.connect(lambda *_: self._fill_items(self.item.currentData()))
        self.title = QLineEdit(record.title)
        self.title.setPlaceholderText(self.tr("e.g. List of poor households for 2026"))
        self.source = QLineEdit(record.source_document)
        self.source.setPlaceholderText(self.tr("e.g. Decision no. 12/QĐ-UBND"))
        self.decided = OptionalDate(self.tr("Issued on"), record.decided_on)
        self.planned = OptionalDate(self.tr("Planned for"), record.planned_on)
        self.status = QComboBox()
        for status, text in ((DisclosureStatus.DONE, self.tr("Disclosed")),
                             (DisclosureStatus.PLANNED, self.tr("Planned")),
                             (DisclosureStatus.CANCELLED, self.tr("Cancelled"))):
            self.status.addItem(text, status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(DisclosureStatus(record.status).value)))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(none)"), None)
        for u in units:
            self.unit.addItem(u.name, u.id)
        if record.unit_id is not None and self.unit.findData(record.unit_id) < 0:
            self.unit.addItem(record.unit_name or str(record.unit_id), record.unit_id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(record.unit_id)))

        self.channels = ChannelTable(svc.catalogue, lambda: int(self.item.currentData()), hamlets,
                                     scope_of=lambda: str(self.scope.currentData()))
        for use in record.channels:
            self.channels.add_use(use)
        add_channel = QPushButton(self.tr("&Add channel"))
        add_channel.clicked.connect(self._add_channel)
        remove_channel = QPushButton(self.tr("Remove channel"))
        remove_channel.clicked.connect(self.channels.remove_selected)

        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(90)
        self.evidence.itemDoubleClicked.connect(lambda *_: self.open_evidence())
        add_file = QPushButton(self.tr("Add &evidence…"))
        add_file.clicked.connect(self.add_evidence_dialog)
        open_file = QPushButton(self.tr("&Open"))
        open_file.clicked.connect(self.open_evidence)
        remove_file = QPushButton(self.tr("Remove"))
        remove_file.clicked.connect(self.remove_evidence)
        self.notes = QPlainTextEdit(record.notes)
        self.notes.setMaximumHeight(70)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4161a; font-weight: bold;")
        self.file_error = QLabel()       # evidence problems stay visible while the form revalidates
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: #a4161a;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(scope_texts.form_label(), self.scope)
        form.addRow(self.tr("&Content (Art. 11):"), self.item)
        form.addRow(self.tr("&Information disclosed:"), self.title)
        form.addRow(self.tr("&Document:"), self.source)
        dates = QHBoxLayout()
        dates.addWidget(self.decided)
        dates.addWidget(self.planned)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("Responsible &unit:"), self.unit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Channels, places and times:")))
        layout.addWidget(self.channels, 1)
        row = QHBoxLayout()
        row.addWidget(add_channel)
        row.addWidget(remove_channel)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Evidence (photo of the notice, radio log, minutes):")))
        ev_row = QHBoxLayout()
        ev_row.addWidget(self.evidence, 1)
        ev_buttons = QVBoxLayout()
        for b in (add_file, open_file, remove_file):
            ev_buttons.addWidget(b)
        ev_buttons.addStretch(1)
        ev_row.addLayout(ev_buttons)
        layout.addLayout(ev_row)
        layout.addWidget(self.file_error)
        layout.addWidget(QLabel(self.tr("Notes:")))
        layout.addWidget(self.notes)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._refresh_evidence()
        for signal in (self.title.textChanged, self.source.textChanged, self.item.currentIndexChanged,
                       self.scope.currentIndexChanged,
                       self.status.currentIndexChanged, self.unit.currentIndexChanged,
                       self.decided.check.toggled, self.decided.edit.dateChanged,
                       self.planned.check.toggled, self.planned.edit.dateChanged,
                       self.notes.textChanged, self.channels.changed):
            signal.connect(self.revalidate)
        self.item.currentIndexChanged.connect(lambda *_: self.channels.apply_legal_end())
        self.revalidate()

    # -- evidence -----------------------------------------------------------------------------
    @classmethod
    def ask_files(cls, parent: QWidget) -> list[Path]:
        """The file picker (tests replace this classmethod)."""
        names, _ = QFileDialog.getOpenFileNames(parent, parent.tr("Choose evidence files"))
        return [Path(n) for n in names]

    def add_evidence_dialog(self) -> None:
        self.add_evidence(self.ask_files(self))

    def add_evidence(self, files: list[Path]) -> None:
        """Check the files now (so the officer hears at once), copy them at save."""
        self.file_error.setText("")
        for path in files:
            if not path.is_file():
                self.file_error.setText(self.tr("The file “%1” was not found.").replace("%1", path.name))
                continue
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                self.file_error.setText(self.tr("The file “%1” is too large (at most %2 MB).")
                                 .replace("%1", path.name).replace("%2", str(MAX_ATTACHMENT_BYTES // 2**20)))
                continue
            if path not in self._new_files:
                self._new_files.append(path)
        self._refresh_evidence()
        self.revalidate()

    def _refresh_evidence(self) -> None:
        self.evidence.clear()
        for ev in self._evidence:
            item = QListWidgetItem(ev.original_name)
            item.setData(Qt.ItemDataRole.UserRole, ("stored", ev))
            self.evidence.addItem(item)
        for path in self._new_files:
            item = QListWidgetItem(self.tr("%1 (new, copied on saving)").replace("%1", path.name))
            item.setData(Qt.ItemDataRole.UserRole, ("new", path))
            self.evidence.addItem(item)

    def open_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is None:
            return
        kind, value = item.data(Qt.ItemDataRole.UserRole)
        try:
            path = self.svc.evidence_path(value) if kind == "stored" else Path(value)
        except UserError as exc:
            self.file_error.setText(exc.text())
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is None:
            return
        kind, value = item.data(Qt.ItemDataRole.UserRole)
        if kind == "stored":
            self._evidence.remove(value)
        else:
            self._new_files.remove(value)
        self._refresh_evidence()
        self.revalidate()

    # -- the record ---------------------------------------------------------------------------
    def _add_channel(self) -> None:
        start = self.decided.value() or self.planned.value() or date.today()
        from dancoso_desktop.domain.disclosure import ChannelUse

        self.channels.add_use(ChannelUse("posting", "", start, None), auto_end=True)

    def _fill_items(self, keep: object) -> None:
        """The contents of the chosen scope: Art. 11 (public) or Art. 46 (internal)."""
        self.item.blockSignals(True)
        self.item.clear()
        for c in self.svc.catalogue.contents_of(str(self.scope.currentData())):
            self.item.addItem(f"{c.item}. {c.short}", c.item)
            self.item.setItemData(self.item.count() - 1, c.name, Qt.ItemDataRole.ToolTipRole)
        self.item.setCurrentIndex(max(0, self.item.findData(keep)))
        self.item.blockSignals(False)
        if hasattr(self, "channels"):
            self.channels.apply_legal_end()

    def record(self) -> DisclosureRecord:
        return replace(
            self.original, scope=Scope(self.scope.currentData()), item=int(self.item.currentData()),
            title=self.title.text(),
            source_document=self.source.text(), decided_on=self.decided.value(),
            planned_on=self.planned.value(), channels=self.channels.uses(),
            unit_id=self.unit.currentData(), unit_name="",
            status=DisclosureStatus(self.status.currentData()), evidence=list(self._evidence),
            notes=self.notes.toPlainText(), year=0 if self.original.id is None else self.original.year)

    def revalidate(self) -> bool:
        """Check everything as the service will; show the deadline and the legal checks."""
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            clean = validate_record(self.svc.catalogue, self.record())
        except UserError as exc:
            self.error.setText(exc.text())
            self.info.setText("")
            save.setEnabled(False)
            return False
        self.error.setText("")
        save.setEnabled(True)
        lines = []
        if clean.decided_on is not None:
            deadline = disclosure_deadline(clean.decided_on, self.svc.calendar(clean.year),
                                           self.svc.catalogue.deadline_working_days)
            lines.append(self.tr("Disclose by %1 (5 working days after the decision, Art. 12.3).")
                         .replace("%1", format_date(deadline)))
        probe = replace(clean, evidence=clean.evidence + [Evidence("new", p.name) for p in self._new_files])
        for p in static_problems(self.svc.catalogue, probe, self.svc.calendar(clean.year)):
            lines.append(f"⚠ {problem_line(p)}")
        self.info.setText("\n".join(lines))
        return True

    def save(self) -> None:
        if not self.revalidate():
            return
        try:
            self.saved = self._save(self.record(), list(self._new_files))
        except UserError as exc:
            self.error.setText(exc.text())
            return
        self.accept()
