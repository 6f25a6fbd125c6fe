""""Due this week / overdue": planned disclosures whose date is near or past (Art. 14)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.disclosure_query import RegisterQuery


class DuePanel(QWidget):
    open_record = Signal(int)

    def __init__(self, query: RegisterQuery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = query
        self.overdue = 0
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("disclosure_due_list")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)

    def reload(self, today: date | None = None) -> int:
        today = today or date.today()
        rows = self.query.due_soon(today)
        self.list.clear()
        overdue = 0
        for r in rows:
            late = r.due_on is not None and r.due_on < today
            overdue += late
            prefix = self.tr("Overdue since %1") if late else self.tr("Due %1")
            item = QListWidgetItem(f"{prefix.replace('%1', format_date(r.due_on))} — {r.title}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(r.title)
            if late:
                item.setBackground(QBrush(QColor("#f8d7da")))
            self.list.addItem(item)
        if not rows:
            self.list.addItem(self.tr("Nothing due this week."))
        self.overdue = overdue
        self.heading.setText(self.tr("Due this week / overdue (%1 overdue)").replace("%1", str(overdue)))
        return len(rows)

    def _open(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if value is not None:
            self.open_record.emit(int(value))
