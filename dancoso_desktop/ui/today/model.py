"""The due list as a two-level tree: a category (with its counts) over its items.

Data comes only from ``services.report_sources.due_items``; this model groups, filters (folded
Vietnamese search, a 7- or 30-day horizon) and paints, nothing else. A category row's internal
id is 0; an item row's internal id is 1 + its category's row, so ``parent()`` needs no lookup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dancoso_desktop.domain.reporting import DueItem
from dancoso_desktop.domain.text import fold, format_date

AnyIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole           # the DueItem of an item row (None on a category)
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1   # the category key of any row
OVERDUE_BRUSH = QBrush(QColor("#b00020"))
SOON_BRUSH = QBrush(QColor("#8a5a00"))
COLUMNS = 4
COL_TITLE, COL_DUE, COL_LEFT, COL_NOTE = range(COLUMNS)
# Categories in the order an officer reads them; others (added by later registers) follow.
CATEGORY_ORDER = ("report", "assessment", "plan", "disclosure", "posting", "recommendation")


def category_title(key: str) -> str:
    titles = {"report": QCoreApplication.translate("DueModel", "Reports to send"),
              "assessment": QCoreApplication.translate("DueModel", "Annual self-assessment"),
              "plan": QCoreApplication.translate("DueModel", "Plan contents"),
              "disclosure": QCoreApplication.translate("DueModel", "Disclosures to make"),
              "posting": QCoreApplication.translate("DueModel", "Postings running"),
              "recommendation": QCoreApplication.translate("DueModel", "Recommendations after inspections")}
    return titles.get(key, key)


@dataclass
class Group:
    key: str
    items: list[DueItem] = field(default_factory=list)
    overdue: int = 0


class DueModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.lang = "vi"
        self._all: list[DueItem] = []
        self.groups: list[Group] = []
        self.horizon = 30
        self.query = ""
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [QCoreApplication.translate("DueModel", "To do"),
                         QCoreApplication.translate("DueModel", "Due"),
                         QCoreApplication.translate("DueModel", "Days left"),
                         QCoreApplication.translate("DueModel", "Note")]

    # -- loading -----------------------------------------------------------------------------
    def set_items(self, items: list[DueItem], today: date) -> None:
        self._all = list(items)
        self.today = today
        self._regroup()

    def set_horizon(self, days: int) -> None:
        self.horizon = days
        self._regroup()

    def set_query(self, text: str) -> None:
        self.query = fold(text)
        self._regroup()

    def _visible(self, item: DueItem) -> bool:
        if item.due > self.today + timedelta(days=self.horizon):
            return False
        if not self.query:
            return True
        hay = fold(f"{item.title} {item.note_vi} {item.note_en} {category_title(item.category)}")
        return all(word in hay for word in self.query.split())

    def _regroup(self) -> None:
        self.beginResetModel()
        by_key: dict[str, Group] = {}
        for item in self._all:
            if not self._visible(item):
                continue
            group = by_key.setdefault(item.category, Group(item.category))
            group.items.append(item)
            group.overdue += item.overdue(self.today)
        order = {k: i for i, k in enumerate(CATEGORY_ORDER)}
        self.groups = sorted(by_key.values(), key=lambda g: (order.get(g.key, len(order)), g.key))
        self.endResetModel()

    # -- counts ------------------------------------------------------------------------------
    def count_all(self) -> tuple[int, int, int]:
        """(overdue, due within 7 days, due within 30 days) over everything loaded."""
        overdue = sum(1 for i in self._all if i.overdue(self.today))
        week = sum(1 for i in self._all if 0 <= i.days_left(self.today) <= 7)
        month = sum(1 for i in self._all if 0 <= i.days_left(self.today) <= 30)
        return overdue, week, month

    def item(self, index: AnyIndex) -> DueItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].items[index.row()]

    def first_item_index(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self.groups else QModelIndex()

    # -- the model API -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if group >= len(self.groups) or row >= len(self.groups[group].items):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self.groups):
            return len(self.groups[parent.row()].items)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return self._headers[section]
        return None

    def days_text_sample(self) -> str:
        """The widest text the "days left" column can show (for its width)."""
        return max((QCoreApplication.translate("DueModel", "%1 days overdue").replace("%1", "999"),
                    QCoreApplication.translate("DueModel", "due today"),
                    QCoreApplication.translate("DueModel", "%1 days left").replace("%1", "99")), key=len)

    def _days_text(self, item: DueItem) -> str:
        days = item.days_left(self.today)
        if days < 0:
            return QCoreApplication.translate("DueModel", "%1 days overdue").replace("%1", str(-days))
        if days == 0:
            return QCoreApplication.translate("DueModel", "due today")
        return QCoreApplication.translate("DueModel", "%1 days left").replace("%1", str(days))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if index.row() >= len(self.groups):
                return None
            group = self.groups[index.row()]
            if role == CATEGORY_ROLE:
                return group.key
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if index.column() != COL_TITLE:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                text = f"{category_title(group.key)} ({len(group.items)}"
                if group.overdue:
                    text += ", " + QCoreApplication.translate("DueModel", "%1 overdue").replace("%1", str(group.overdue))
                return text + ")"
            if role == Qt.ItemDataRole.ForegroundRole and group.overdue:
                return OVERDUE_BRUSH
            return None
        item = self.item(index)
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        if role == CATEGORY_ROLE:
            return item.category
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_TITLE:
                return item.title
            if col == COL_DUE:
                return format_date(item.due)
            if col == COL_LEFT:
                return self._days_text(item)
            return item.note_en if self.lang == "en" and item.note_en else item.note_vi
        if role == Qt.ItemDataRole.ToolTipRole:
            note = item.note_en if self.lang == "en" and item.note_en else item.note_vi
            return f"{item.title}\n{note}" if note else item.title
        if role == Qt.ItemDataRole.ForegroundRole:
            days = item.days_left(self.today)
            if days < 0:
                return OVERDUE_BRUSH
            if days <= 7 and col == COL_LEFT:
                return SOON_BRUSH
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_DUE, COL_LEFT):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
