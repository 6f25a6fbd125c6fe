"""Lazily loaded table models of the consultations register (and the base the hương ước
register shares): filtering, sorting and paging happen in SQL, pages are fetched as the view
scrolls, as the disclosure register does (ui/disclosures/register_model.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
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
from dancoso_desktop.ui.widgets.paged_model import PagedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
_RED = QColor("#f8d7da")
_AMBER = QColor("#fff3cd")


class LazyModel(PagedTableModel):
    """Rows of frozen summaries with an ``id``; subclasses fetch, count and show a row."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self.today = date.today()

    def display(self, row: Any, col: int) -> str:
        raise NotImplementedError

    def severity(self, row: Any) -> QColor | None:
        return None

    def tooltip(self, row: Any, col: int) -> str | None:
        return None

    def id_at(self, row: int) -> int | None:
        r = self.row_at(row)
        return None if r is None else int(r.id)

    def row_of_id(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

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

    def fetch_rows(self, offset: int, limit: int) -> list[ConsultationSummary]:
        return self.svc.page(self.filter, order=self.order, descending=self.descending, offset=offset, limit=limit,
                             today=self.today)

    def count_rows(self) -> int:
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
