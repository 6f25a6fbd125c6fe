"""The one lazily paged table model the registers share (disclosures, decisions, consultations,
hương ước, the supervision tabs).

Filtering, sorting and paging happen in SQL: a page query asks for one row more than a page to
know whether more follow, the view fetches the next page as it scrolls (``canFetchMore`` /
``fetchMore``), and the total is counted only when asked. So 100,000 records open at once and a
keystroke in a search box costs one indexed query. A subclass says how to fetch a page and how
to count (``fetch_rows``, ``count_rows``) and how to show a row; ``sort_keys`` names the SQL
order of each sortable column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    sort_keys: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._more = False
        self._loaded = False
        self._total: int | None = None
        self.order = self.sort_keys[0] if self.sort_keys else ""
        self.descending = False

    def fetch_rows(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def count_rows(self) -> int:
        raise NotImplementedError

    def _page(self, offset: int) -> list[Any]:
        rows = self.fetch_rows(offset, PAGE_SIZE + 1)
        self._more = len(rows) > PAGE_SIZE
        return rows[:PAGE_SIZE]

    def reload(self) -> None:
        rows = self._page(0)
        self._loaded = True
        self.beginResetModel()
        self._rows = rows
        self._total = None
        self.endResetModel()

    def total(self) -> int:
        """How many records match (counted on first use after a reload)."""
        if self._total is None:
            self._total = len(self._rows) if not self._more else self.count_rows()
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more = self._page(len(self._rows))
        if not more:
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sort_keys):
            return
        key, descending = self.sort_keys[column], order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, descending) == (self.order, self.descending):
            return          # the view asks again for the order it already has
        self.order, self.descending = key, descending
        self.reload()

    def row_id(self, row: Any) -> int:
        """The record id of a loaded row (rows are frozen summaries with an ``id``)."""
        return int(row.id)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, record_id: int) -> int:
        """The row of a loaded record, or -1."""
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == record_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
