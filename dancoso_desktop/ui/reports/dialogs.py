"""Dialogs of the reports page: a new report, issuing, sending, the records behind a figure.

Each ``ask`` classmethod returns the answer or None when cancelled (tests replace them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.report_doc import parse_number
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.ui.reports.models import RecordsModel, kind_text
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit

_ERROR_STYLE = "color: #b00020;"


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Cancel"))
    box.rejected.connect(dialog.reject)
    return box


@dataclass
class NewReport:
    kind: ReportKind
    start: date
    end: date


class NewReportDialog(QDialog):
    """Kind and period; the period follows the kind's cut-off rule until edited."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self.setWindowTitle(self.tr("New report"))
        self.kind = QComboBox()
        for kind in ReportKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.start = VietDateEdit()
        self.end = VietDateEdit()
        self.problem = QLabel()
        self.problem.setStyleSheet(_ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Figures &from:"), self.start)
        form.addRow(self.tr("&to:"), self.end)
        self.buttons = _buttons(self, self.tr("Create"))
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.start.dateChanged.connect(self._check)
        self.end.dateChanged.connect(self._check)
        self._kind_changed()

    def _kind_changed(self) -> None:
        period = ReportPeriod.default(self.year, ReportKind(self.kind.currentData()))
        self.start.set_value(period.start)
        self.end.set_value(period.end)
        self._check()

    def _check(self) -> bool:
        ok = self.end.value() >= self.start.value()
        self.problem.setText("" if ok else self.tr("The period ends before it starts."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def _accept(self) -> None:
        if self._check():
            self.accept()

    def answer(self) -> NewReport:
        return NewReport(ReportKind(self.kind.currentData()), self.start.value(), self.end.value())

    @classmethod
    def ask(cls, year: int, parent: QWidget | None = None) -> NewReport | None:
        dialog = cls(year, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass
class IssueAnswer:
    number: str
    on: date
    signer: str


class IssueDialog(QDialog):
    """Number (the year's next by default), date and signer; the number is checked as typed."""

    def __init__(self, next_serial: int, signer: str, earliest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue the report"))
        self.earliest = earliest
        self.number = QLineEdit(f"{next_serial:02d}")
        self.on = VietDateEdit(max(date.today(), earliest))
        self.signer = QLineEdit(signer)
        self.problem = QLabel()
        self.problem.setStyleSheet(_ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("&Number (…/BC-UBND):"), self.number)
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(self.tr("&Signer:"), self.signer)
        note = QLabel(self.tr("Issuing freezes the figures and texts; later changes need a new version."))
        note.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("Issue"))
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.number.textChanged.connect(self._check)
        self.on.dateChanged.connect(self._check)
        self._check()

    def _check(self) -> bool:
        problem = ""
        try:
            parse_number(self.number.text())
        except UserError as exc:
            problem = exc.text()
        if not problem and self.on.value() < self.earliest:
            problem = self.tr("The date of issue is before the cut-off.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        return not problem

    def _accept(self) -> None:
        if self._check():
            self.accept()

    @classmethod
    def ask(cls, next_serial: int, signer: str, earliest: date, parent: QWidget | None = None) -> IssueAnswer | None:
        d = cls(next_serial, signer, earliest, parent)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        return IssueAnswer(d.number.text(), d.on.value(), d.signer.text())


class SentDialog(QDialog):
    def __init__(self, recipient: str, earliest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report sent"))
        self.on = VietDateEdit(max(date.today(), earliest))
        self.to = QLineEdit(recipient)
        form = QFormLayout()
        form.addRow(self.tr("&Date sent:"), self.on)
        form.addRow(self.tr("Sent &to:"), self.to)
        self.buttons = _buttons(self, self.tr("Record"))
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, recipient: str, earliest: date, parent: QWidget | None = None) -> tuple[date, str] | None:
        d = cls(recipient, earliest, parent)
        return (d.on.value(), d.to.text()) if d.exec() == QDialog.DialogCode.Accepted else None


class RecordsDialog(QDialog):
    """The records a figure counts; "Open" shows the selected one on its page."""

    def __init__(self, label: str, records: list[tuple[str, int]], open_record: Callable[[str, int], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Records counted: %1").replace("%1", label))
        self.model = RecordsModel(self)
        self.model.set_rows(records)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.doubleClicked.connect(lambda *_: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open the record"))
        self.open_button.clicked.connect(self.open_selected)
        self._open = open_record
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 records").replace("%1", str(len(records)))))
        layout.addWidget(self.view)
        layout.addWidget(self.open_button)
        layout.addWidget(close)
        self.resize(420, 420)

    def open_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            kind, rid = self.model.row_at(index.row())
            self._open(kind, rid)


@dataclass
class CalendarAnswer:
    deadline: date
    recipient: str
    preparer: str


class CalendarDialog(QDialog):
    """The deadline, recipient and preparer of one duty of the year; the deadline is checked
    against the cut-off as it is chosen."""

    def __init__(self, name: str, deadline: date, recipient: str, preparer: str, cutoff: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reporting duty"))
        self.cutoff = cutoff
        self.deadline = VietDateEdit(deadline)
        self.recipient = QLineEdit(recipient)
        self.preparer = QLineEdit(preparer)
        self.problem = QLabel()
        self.problem.setStyleSheet(_ERROR_STYLE)
        title = QLabel(name)
        title.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Deadline:"), self.deadline)
        form.addRow(self.tr("&Recipient:"), self.recipient)
        form.addRow(self.tr("&Prepared by:"), self.preparer)
        self.buttons = _buttons(self, self.tr("Save"))
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.deadline.dateChanged.connect(self._check)
        self._check()

    def _check(self) -> bool:
        ok = self.cutoff is None or self.deadline.value() >= self.cutoff
        self.problem.setText("" if ok else self.tr("The deadline is before the cut-off of the figures."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def _accept(self) -> None:
        if self._check():
            self.accept()

    @classmethod
    def ask(cls, name: str, deadline: date, recipient: str, preparer: str, cutoff: date | None,
            parent: QWidget | None = None) -> CalendarAnswer | None:
        d = cls(name, deadline, recipient, preparer, cutoff, parent)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        return CalendarAnswer(d.deadline.value(), d.recipient.text(), d.preparer.text())
