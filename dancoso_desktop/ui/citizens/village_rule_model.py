"""Table models of the hương ước register: the texts (lazy, SQL-paged) and the hamlets with the
stage of their current text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dancoso_desktop.domain.errors import current_language
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.domain.village_rule import (
    KIND_VI,
    PROBLEM_EN,
    PROBLEM_VI,
    STAGE_EN,
    STAGE_VI,
    RuleProblem,
    Stage,
)
from dancoso_desktop.services.village_rule_service import (
    HamletStage,
    RuleFilter,
    RuleSummary,
    VillageRuleService,
)
from dancoso_desktop.ui.citizens.consultation_model import AnyIndex, LazyModel

_RED = QColor("#f8d7da")
_AMBER = QColor("#fff3cd")
_GREEN = QColor("#d4edda")
_SEVERE = {RuleProblem.OVERDUE, RuleProblem.NOT_ADOPTED, RuleProblem.MEETING_WITHOUT_QUORUM}


def stage_text(stage: Stage) -> str:
    return STAGE_EN[stage] if current_language() == "en" else STAGE_VI[stage]


def rule_problem_text(p: RuleProblem) -> str:
    return PROBLEM_EN[p] if current_language() == "en" else PROBLEM_VI[p]


class VillageRuleModel(LazyModel):
    sort_keys = ("id", "hamlet", "title", "stage", "adopted_on", "adopted_on", "recognised_on", "next_due",
                 "next_due")

    def __init__(self, svc: VillageRuleService, parent: Any = None) -> None:
        super().__init__([self.tr("No."), self.tr("Hamlet"), self.tr("Title"), self.tr("Stage"),
                          self.tr("Adopted"), self.tr("Agreeing / households"), self.tr("Recognised"),
                          self.tr("Next deadline"), self.tr("Legal checks")], parent)
        self.svc = svc
        self.filter = RuleFilter()
        self.order = "hamlet"

    def set_filter(self, f: RuleFilter) -> None:
        self.filter = f
        self.reload()

    def fetch_rows(self, offset: int, limit: int) -> list[RuleSummary]:
        return self.svc.page(self.filter, order=self.order, descending=self.descending, offset=offset, limit=limit,
                             today=self.today)

    def count_rows(self) -> int:
        return self.svc.count(self.filter, self.today)

    def display(self, r: RuleSummary, col: int) -> str:
        if col == 0:
            return str(r.id)
        if col == 1:
            return r.hamlet + (self.tr(" (retired)") if r.hamlet_retired else "")
        if col == 2:
            return r.title
        if col == 3:
            return stage_text(r.stage)
        if col == 4:
            return format_date(r.adopted_on)
        if col == 5:
            return f"{r.agree}/{r.households}" if r.agree is not None and r.households else ""
        if col == 6:
            return " ".join(x for x in (r.decision_number, format_date(r.recognised_on)) if x)
        if col == 7:
            return format_date(r.next_due)
        if col == 8:
            return "; ".join(rule_problem_text(p) for p in r.problems) or self.tr("OK")
        return ""

    def severity(self, r: RuleSummary) -> QColor | None:
        if r.problems:
            return _RED if _SEVERE & set(r.problems) else _AMBER
        return None

    def tooltip(self, r: RuleSummary, col: int) -> str | None:
        if col == 2:
            return f"{KIND_VI[r.kind]}: {r.title}"
        if col == 8 and r.problems:
            return "\n".join(rule_problem_text(p) for p in r.problems)
        return None


class HamletStageModel(QAbstractTableModel):
    """Each hamlet and the stage of its current hương ước / quy ước (small: one row per hamlet)."""

    def __init__(self, svc: VillageRuleService, parent: Any = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self._rows: list[HamletStage] = []
        self._headers = [self.tr("Hamlet"), self.tr("Households"), self.tr("Current text"), self.tr("Stage")]

    def reload(self) -> None:
        rows = self.svc.hamlets_overview()
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> HamletStage | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
        h = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return h.hamlet + (self.tr(" (retired)") if h.retired else "")
            if col == 1:
                return "" if h.households is None else str(h.households)
            if col == 2:
                return h.title
            if col == 3:
                return stage_text(h.stage) if h.stage else self.tr("No text yet")
        if role == Qt.ItemDataRole.UserRole:
            return h.rule_id
        if role == Qt.ItemDataRole.BackgroundRole and col == 3:
            if h.stage is Stage.IN_FORCE:
                return QBrush(_GREEN)
            if h.stage is None or h.stage in (Stage.REFUSED, Stage.REJECTED, Stage.REPEALED, Stage.SUSPENDED):
                return QBrush(_AMBER)
        return None
