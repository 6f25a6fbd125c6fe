"""Table models of the decisions tab: the lazily loaded register and the per-hamlet vote entry.

The register pages in SQL (``canFetchMore``/``fetchMore``), so 10,000 decisions open at once;
the vote table edits the figures of each hamlet in memory, for the form to check and save.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from dancoso_desktop.domain.decision import HamletVote, Matter, VoteForm
from dancoso_desktop.domain.decision_rules import PROBLEM_EN, PROBLEM_VI, Problem, pct
from dancoso_desktop.domain.errors import current_language
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.decision_query import DecisionFilter, DecisionLine, DecisionQuery
from dancoso_desktop.ui.widgets.paged_model import PagedTableModel

SORT_KEYS = ("id", "matter", "title", "hamlets", "form", "vote_date", "result", "send_due", "problems")
_RED = QColor("#f8d7da")
_AMBER = QColor("#fff3cd")
_GREEN = QColor("#d1e7dd")

AnyIndex = QModelIndex | QPersistentModelIndex
_WHOLE = re.compile(r"\d{1,3}(\.\d{3})+|\d+")


def problem_text(p: Problem) -> str:
    return PROBLEM_EN[p] if current_language() == "en" else PROBLEM_VI[p]


class DecisionsModel(PagedTableModel):
    sort_keys = SORT_KEYS

    def __init__(self, query: DecisionQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self.query = query
        self.filter = DecisionFilter()
        self.order = "vote_date"
        self.descending = False
        self.today = date.today()
        self._headers = [self.tr("No."), self.tr("Matter"), self.tr("Content"), self.tr("Hamlets"),
                         self.tr("Form"), self.tr("Vote"), self.tr("Result"), self.tr("Send by"),
                         self.tr("Legal checks")]
        self._matter = {Matter.CONTRIBUTION: self.tr("1. Contributions"), Matter.COMMUNITY_FUND: self.tr("2. Funds"),
                        Matter.VILLAGE_RULES: self.tr("3. Village rules"), Matter.HAMLET_HEAD: self.tr("4. Hamlet head"),
                        Matter.BOARD_MEMBERS: self.tr("5. Board members"), Matter.OTHER: self.tr("6. Other")}
        self._form = {VoteForm.MEETING: self.tr("Meeting"), VoteForm.BALLOT: self.tr("Ballot"),
                      VoteForm.ONLINE: self.tr("Online")}

    def matter_text(self, m: Matter) -> str:
        return self._matter[m]

    def form_text(self, f: VoteForm) -> str:
        return self._form[f]

    # -- loading ------------------------------------------------------------------------------
    def fetch_rows(self, offset: int, limit: int) -> list[DecisionLine]:
        return self.query.page(self.filter, order=self.order, descending=self.descending,
                               offset=offset, limit=limit, today=self.today)

    def count_rows(self) -> int:
        return self.query.count(self.filter, self.today)

    def set_filter(self, f: DecisionFilter) -> None:
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

    def _display(self, r: DecisionLine, col: int) -> str:
        if col == 0:
            return str(r.id)
        if col == 1:
            return self._matter[r.matter]
        if col == 2:
            return r.title
        if col == 3:
            return r.hamlets
        if col == 4:
            return self._form[r.form]
        if col == 5:
            return format_date(r.vote_date)
        if col == 6:
            if r.passed is None:
                return self.tr("no figures")
            word = self.tr("passed") if r.passed else self.tr("failed")
            return f"{word} {pct(r.votes_for, r.households)}"
        if col == 7:
            if r.sent_on is not None:
                return f"✓ {format_date(r.sent_on)}"
            return format_date(r.send_due)
        if col == 8:
            return ", ".join(problem_text(p).split(" (")[0] for p in r.problems) or "✓"
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
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == 6 and r.passed is not None:
                return QBrush(_GREEN if r.passed else _RED)
            if r.problems:
                return QBrush(_RED if Problem.NOT_SENT in r.problems or Problem.RECOGNITION_OVERDUE in r.problems
                              else _AMBER)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 6:
                return r.result_text
            if col == 8 and r.problems:
                return "\n".join(problem_text(p) for p in r.problems)
            if col in (2, 3):
                return r.title if col == 2 else r.hamlets
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 5, 7):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# Columns of the vote table; the editable ones hold whole numbers of households.
VOTE_FIELDS = ("hamlet_name", "households", "present", "votes_for", "votes_against", "votes_blank", "clusters")


class VotesModel(QAbstractTableModel):
    """The figures of each hamlet, edited in place (households default from the catalogue)."""

    changed = Signal()

    def __init__(self, votes: list[HamletVote], parent: Any = None) -> None:
        super().__init__(parent)
        self._votes = [replace(v) for v in votes]
        self.results: list[str] = []
        self._headers = [self.tr("Hamlet"), self.tr("Households"), self.tr("Present"), self.tr("For"),
                         self.tr("Against"), self.tr("Other"), self.tr("Clusters"), self.tr("Result")]

    def votes(self) -> list[HamletVote]:
        return [replace(v) for v in self._votes]

    def set_votes(self, votes: list[HamletVote]) -> None:
        self.beginResetModel()
        self._votes = [replace(v) for v in votes]
        self.results = []
        self.endResetModel()
        self.changed.emit()

    def add(self, vote: HamletVote) -> None:
        n = len(self._votes)
        self.beginInsertRows(QModelIndex(), n, n)
        self._votes.append(replace(vote))
        self.endInsertRows()
        self.changed.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._votes):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._votes[row]
            self.endRemoveRows()
            self.changed.emit()

    def set_results(self, results: list[str]) -> None:
        self.results = results
        if self._votes:
            self.dataChanged.emit(self.index(0, 7), self.index(len(self._votes) - 1, 7))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._votes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and 1 <= index.column() <= 6:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._votes) or index.column() >= len(self._headers):
            return None
        v = self._votes[index.row()]
        col = index.column()
        if col == 7:
            text = self.results[index.row()] if index.row() < len(self.results) else ""
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return text
            if role == Qt.ItemDataRole.BackgroundRole and text:
                return QBrush(_RED if text.startswith(("không", "failed")) else _GREEN)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(v, VOTE_FIELDS[col])
            return value if role == Qt.ItemDataRole.EditRole or col == 0 else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 1 <= index.column() <= 6:
            return False
        if isinstance(value, bool):
            return False
        if isinstance(value, int):
            number = value
        else:
            # Whole households only: "1.234" (Vietnamese thousands) or "1234"; never "2,5" or "-1".
            text = str(value).strip()
            if not _WHOLE.fullmatch(text):
                return False
            number = int(text.replace(".", ""))
        if number < 0:
            return False
        v = self._votes[index.row()]
        setattr(v, VOTE_FIELDS[index.column()], number)
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True
