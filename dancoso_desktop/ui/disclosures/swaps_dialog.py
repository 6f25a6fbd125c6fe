"""The government's yearly day swaps (a weekday off, a Saturday worked), typed by the officer.

Public holidays, Tết and Giỗ Tổ Hùng Vương come from the calendar library; these swaps are the
part each year's announcement adds. Changing them rechecks the register's deadlines (Art. 12.3).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.domain.working_days import DaySwap
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.ui.disclosures.record_form import OptionalDate


class SwapsDialog(QDialog):
    def __init__(self, svc: DisclosureService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.changed = False
        self.setWindowTitle(self.tr("Working-day swaps"))
        self.list = QListWidget()
        self.day_off = OptionalDate(self.tr("Day off"), None)
        self.work_day = OptionalDate(self.tr("Make-up working day"), None)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. Decision of the Prime Minister on the 2027 Tết holiday"))
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self.remove)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a4161a;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Public holidays, Tết and the Hùng Kings' day are known. Add here the "
                                        "day swaps announced each year.")))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.day_off)
        row.addWidget(self.work_day)
        layout.addLayout(row)
        layout.addWidget(self.note)
        row2 = QHBoxLayout()
        row2.addWidget(add)
        row2.addWidget(remove)
        row2.addStretch(1)
        layout.addLayout(row2)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for s in self.svc.calendar_service.swaps():
            text = self.tr("Off %1, work %2").replace("%1", format_date(s.day_off) or "—") \
                .replace("%2", format_date(s.work_day) or "—")
            item = QListWidgetItem(f"{text}  {s.note}".strip())
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)

    def add(self) -> None:
        try:
            self.svc.calendar_service.add_swap(DaySwap(self.day_off.value(), self.work_day.value(), self.note.text()))
        except UserError as exc:
            self.error.setText(exc.text())
            return
        self.error.setText("")
        self.changed = True
        self.svc.recheck()
        self.reload()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.svc.calendar_service.delete_swap(int(item.data(Qt.ItemDataRole.UserRole)))
        self.changed = True
        self.svc.recheck()
        self.reload()
