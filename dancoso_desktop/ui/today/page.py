"""The start page "Việc cần làm": overdue and due in the next 7 / 30 days, grouped by category.

Everything shown comes from ``services.report_sources.due_items`` (each register's ``due``);
a row opens its record through ``open_record(kind, id)`` (the window's openers).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.reporting import DueItem
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.report_sources import due_items
from dancoso_desktop.services.workspace import Database
from dancoso_desktop.ui.i18n import language
from dancoso_desktop.ui.today.model import COL_DUE, COL_LEFT, COL_NOTE, COL_TITLE, DueModel

LOOK_AHEAD_DAYS = 30      # what is loaded; the 7-day view filters it
HORIZONS = (7, 30)


class TodayPage(QWidget):
    record_requested = Signal(str, int)   # RecordRef kind, id

    def __init__(self, db: Database, *, today: Callable[[], date] = date.today,
                 open_record: Callable[[str, int], object] | None = None,
                 show_error: Callable[[BaseException], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today
        self._open_record = open_record
        self._show_error = show_error
        self.setWindowTitle(self.tr("To do"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("due_summary")
        self.summary.setWordWrap(True)

        self.model = DueModel(self)
        self.model.lang = language()
        self.view = QTreeView()
        self.view.setObjectName("due_list")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)   # the title takes the room left
        self.view.activated.connect(self._activated)   # double-click or Enter

        self.horizon_group = QButtonGroup(self)
        self.horizon_buttons: dict[int, QRadioButton] = {}
        horizon_row = QHBoxLayout()
        horizon_row.addWidget(QLabel(self.tr("Show what is overdue and due within:")))
        for days in HORIZONS:
            button = QRadioButton(self.tr("%1 days").replace("%1", str(days)))
            self.horizon_group.addButton(button, days)
            self.horizon_buttons[days] = button
            horizon_row.addWidget(button)
        self.horizon_buttons[LOOK_AHEAD_DAYS].setChecked(True)
        self.horizon_group.idClicked.connect(self.set_horizon)
        horizon_row.addSpacing(20)
        self.filter = QLineEdit()
        self.filter.setObjectName("due_filter")
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F): title, unit…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        horizon_row.addWidget(self.filter, 1)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter.setFocus)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        self.refresh_button = QPushButton(self.tr("&Refresh (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, self.reload)
        self.empty = QLabel(self.tr("Nothing is overdue or due in this time. Good work!"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(horizon_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.reload()

    # -- data ------------------------------------------------------------------------------------
    def today(self) -> date:
        return self._today()

    def reload(self) -> None:
        today = self.today()
        try:
            items = due_items(self.db, today, today + timedelta(days=LOOK_AHEAD_DAYS))
        except Exception as exc:   # shown; the page stays usable
            items = []
            if self._show_error is not None:
                self._show_error(exc)
        self.model.set_items(items, today)
        self.heading.setText(self.tr("To do — as of %1").replace("%1", format_date(today)))
        self._after_change()

    def set_horizon(self, days: int) -> None:
        if days in self.horizon_buttons and not self.horizon_buttons[days].isChecked():
            self.horizon_buttons[days].setChecked(True)
        self.model.set_horizon(days)
        self._after_change()

    def _filter(self, text: str) -> None:
        self.model.set_query(text)
        self._after_change()

    def _after_change(self) -> None:
        overdue, week, month = self.model.count_all()
        self.summary.setText(
            self.tr("%1 overdue · %2 due within 7 days · %3 due within 30 days")
            .replace("%1", str(overdue)).replace("%2", str(week)).replace("%3", str(month)))
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;" if overdue else "")
        self.view.expandAll()
        # Widths from sample texts, not resizeColumnToContents (which measures every row).
        metrics = self.view.fontMetrics()
        self.view.setColumnWidth(COL_DUE, metrics.horizontalAdvance("00/00/0000") + 24)
        sample = self.model.headerData(COL_LEFT, Qt.Orientation.Horizontal) or ""
        longest = max((sample, self.model.days_text_sample()), key=len)
        self.view.setColumnWidth(COL_LEFT, metrics.horizontalAdvance(longest) + 24)
        self._fit_note()
        self.empty.setVisible(self.model.rowCount() == 0)

    def _fit_note(self) -> None:
        self.view.setColumnWidth(COL_NOTE, max(280, int(self.width() * 0.38)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_note()

    def overdue_count(self) -> int:
        return self.model.count_all()[0]

    # -- opening ---------------------------------------------------------------------------------
    def current_item(self) -> DueItem | None:
        return self.model.item(self.view.currentIndex())

    def open_current(self) -> None:
        self._activated(self.view.currentIndex())

    def _activated(self, index: object) -> None:
        item = self.model.item(index)  # type: ignore[arg-type]
        if item is None or item.ref is None:
            return
        self.record_requested.emit(item.ref.kind, item.ref.id)
        if self._open_record is not None:
            self._open_record(item.ref.kind, item.ref.id)
