"""Lazily loaded table models of the consultations register (and the base the hương ước
register shares): filtering, sorting and paging happen in SQL, pages are fetched as the view
scrolls, as the disclosure register does (ui/disclosures/register_model.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dancoso_desktop.domain.consultation import FORMS, ITEM_SHORT_VI
from dancoso_desktop.domain.consultation_rules import PROBLEM_EN, PROBLEM_VI, ConsultationProblem
from dancoso_desktop.domain.errors import current_language
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.consultation_service import (
    ConsultationFilter,
    ConsultationService,
    ConsultationSummary,
)

PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex
_RED = QColor("#f8d7da")
_AMBER = QColor("#fff3cd")


class LazyModel(QAbstractTableModel):
    """Rows of frozen summaries with an ``id``, fetched ``PAGE_SIZE`` (+1) at a time."""

    sort_keys: tuple[str, ...] = ()

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Any] = []
        self._more = False
        self._total: int | None = None
        self.order = self.sort_keys[0] if self.sort_keys else ""
        self.descending = False
        self.today = date.today()

    # subclasses: fetch one page, count, and show a cell
    def fetch(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def count_all(self) -> int:
        raise NotImplementedError

    def display(self, row: Any, col: int) -> str:
        raise NotImplementedError

    def severity(self, row: Any) -> QColor | None:
        return None

    def tooltip(self, row: Any, col: int) -> str | None:
        return None

    def _page(self, offset: int) -> list[Any]:
        rows = self.fetch(offset, PAGE_SIZE + 1)
        self._more = len(rows) > PAGE_SIZE
        return rows[:PAGE_SIZE]

    def reload(self) -> None:
        rows = self._page(0)
        self.beginResetModel()
        self._rows = rows
        self._total = None
        self.endResetModel()

    def total(self) -> int:
        if self._total is None:
            self._total = len(self._rows) if not self._more else self.count_all()
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more = self._page(len(self._rows))
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sort_keys):
            return
        key, descending = self.sort_keys[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.order, self.descending) and self._rows:
            return
        self.order, self.descending = key, descending
        self.reload()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> int | None:
        r = self.row_at(row)
        return None if r is None else int(r.id)

    def row_of_id(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(r, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.BackgroundRole:
            color = self.severity(r)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(r, index.column())
        return None


def consultation_problem_text(p: ConsultationProblem) -> str:
    return PROBLEM_EN[p] if current_language() == "en" else PROBLEM_VI[p]


class ConsultationModel(LazyModel):
    sort_keys = ("id", "item", "title", "published_on", "closes_on", "closes_on", "received", "received",
                 "result", "problems")

    def __init__(self, svc: ConsultationService, parent: Any = None) -> None:
        super().__init__([self.tr("No."), self.tr("Item"), self.tr("Content consulted"), self.tr("Published"),
                          self.tr("Closes"), self.tr("Days"), self.tr("Opinions"), self.tr("Accepted / explained"),
                          self.tr("Result published"), self.tr("Legal checks")], parent)
        self.svc = svc
        self.filter = ConsultationFilter()
        self.order = "published_on"

    def set_filter(self, f: ConsultationFilter) -> None:
        self.filter = f
        self.reload()

    def fetch(self, offset: int, limit: int) -> list[ConsultationSummary]:
        return self.svc.page(self.filter, order=self.order, descending=self.descending, offset=offset, limit=limit,
                             today=self.today)

    def count_all(self) -> int:
        return self.svc.count(self.filter, self.today)

    def display(self, r: ConsultationSummary, col: int) -> str:
        values: list[Callable[[], str]] = [
            lambda: str(r.id), lambda: f"{r.item}. {ITEM_SHORT_VI[r.item]}", lambda: r.title,
            lambda: format_date(r.published_on), lambda: format_date(r.closes_on), lambda: str(r.days),
            lambda: str(r.received), lambda: f"{r.accepted} / {r.explained}",
            lambda: format_date(r.result_published_on),
            lambda: "; ".join(consultation_problem_text(p) for p in r.problems) or self.tr("OK")]
        return values[col]() if 0 <= col < len(values) else ""

    def severity(self, r: ConsultationSummary) -> QColor | None:
        if not r.problems:
            return None
        return _RED if ConsultationProblem.PERIOD_TOO_SHORT in r.problems else _AMBER

    def tooltip(self, r: ConsultationSummary, col: int) -> str | None:
        if col == 1:
            return str(r.item)
        if col == 2:
            return r.title + "\n" + ", ".join(f"{FORMS[f][0]}) {FORMS[f][1]}" for f in r.forms if f in FORMS)
        return None
