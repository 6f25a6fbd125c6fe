"""The register as a lazily loaded table model: filtering, sorting and paging happen in SQL.

Only the rows the view has scrolled to are in memory (``canFetchMore``/``fetchMore`` by pages),
so 100,000 records open at once. A new filter runs one page query (one row more than a page
tells whether more follow); the total is counted only when asked (the page's count line, after
the view has been updated), so a keystroke in the search box costs one indexed query.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dancoso_desktop.domain.disclosure import (
    Catalogue,
    DisclosureStatus,
    Problem,
)
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.disclosure_query import RegisterFilter, RegisterQuery, RegisterRow
from dancoso_desktop.ui.disclosures.problem_text import problem_line
from dancoso_desktop.ui.widgets.paged_model import PagedTableModel

SORT_KEYS = ("id", "item", "title", "decided_on", "disclosed_on", "last_end", "channels", "unit",
             "status", "problems")
_RED = QColor("#f8d7da")
_AMBER = QColor("#fff3cd")
_SEVERE = {Problem.LATE, Problem.OVERDUE}

AnyIndex = QModelIndex | QPersistentModelIndex


class RegisterModel(PagedTableModel):
    sort_keys = SORT_KEYS

    def __init__(self, query: RegisterQuery, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self.query = query
        self.catalogue = catalogue
        self.filter = RegisterFilter()
        self.order = "title"
        self.descending = False
        self.today = date.today()
        self._headers = [self.tr("No."), self.tr("Content"), self.tr("Information disclosed"),
                         self.tr("Decided"), self.tr("Disclosed"), self.tr("Until"), self.tr("Channels"),
                         self.tr("Unit"), self.tr("Status"), self.tr("Legal checks")]
        self._status = {DisclosureStatus.PLANNED: self.tr("Planned"), DisclosureStatus.DONE: self.tr("Disclosed"),
                        DisclosureStatus.CANCELLED: self.tr("Cancelled")}
        self._problem = {Problem.LATE: self.tr("Late"), Problem.POSTING_TOO_SHORT: self.tr("Posting too short"),
                         Problem.RADIO_TOO_SHORT: self.tr("Radio too short"),
                         Problem.NO_EVIDENCE: self.tr("No evidence"), Problem.OVERDUE: self.tr("Overdue")}

    # -- loading ------------------------------------------------------------------------------
    def fetch_rows(self, offset: int, limit: int) -> list[RegisterRow]:
        return self.query.page(self.filter, order=self.order, descending=self.descending,
                               offset=offset, limit=limit, today=self.today)

    def count_rows(self) -> int:
        return self.query.count(self.filter, self.today)

    def set_filter(self, f: RegisterFilter) -> None:
        self.filter = replace(f)
        self.reload()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def problem_text(self, p: Problem) -> str:
        return self._problem[p]

    def _display(self, r: RegisterRow, col: int) -> str:
        if col == 0:
            return str(r.id)
        if col == 1:
            if r.scope == "internal":   # công khai nội bộ, Art. 46
                return f"NB{r.item}. {self.catalogue.content_of(r.scope, r.item).short}"
            return f"{r.item}. {self.catalogue.content(r.item).short}"
        if col == 2:
            return r.title
        if col == 3:
            return format_date(r.decided_on)
        if col == 4:
            return format_date(r.disclosed_on) or (self.tr("due %1").replace("%1", format_date(r.due_on))
                                                   if r.due_on else "")
        if col == 5:
            if r.permanent:
                return self.tr("permanent")
            return format_date(r.last_end)
        if col == 6:
            return ", ".join(self.catalogue.channel(c).letter for c in r.channels)
        if col == 7:
            return r.unit
        if col == 8:
            text = self._status[r.status]
            posted = self.tr("still posted")
            return f"{text} · {posted}" if r.still_posted else text
        if col == 9:
            return ", ".join(self._problem[p] for p in r.problems) or self.tr("OK")
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.BackgroundRole and r.problems:
            return QBrush(_RED if _SEVERE & set(r.problems) else _AMBER)
        if role == Qt.ItemDataRole.FontRole and r.status is not DisclosureStatus.DONE:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 9 and r.problems:
                return "\n".join(problem_line(p) for p in r.problems)
            if col == 6:
                return "\n".join(f"{self.catalogue.channel(c).letter}) {self.catalogue.channel(c).name}"
                                 for c in r.channels)
            if col in (1, 2):
                return self.catalogue.content_of(r.scope, r.item).name if col == 1 else r.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 3, 4, 5, 6):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
