"""The criteria tree of a year's self-assessment as a Qt item model, the score column editable.

The model holds a domain ``Assessment`` (no session, no ORM row). Editing a score does not write:
``setData`` checks the text with the domain rules and hands it to ``on_score(code, text)``, which
the page turns into an undoable command through the service; the page then reloads the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QValidator

from dancoso_desktop.domain.assessment import Assessment, Criterion, check_points, format_points, parse_points
from dancoso_desktop.domain.errors import UserError

AnyIndex = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 5
COL_CODE, COL_TEXT, COL_MAX, COL_SCORE, COL_EVIDENCE = range(COLUMNS)
ZERO_BRUSH = QBrush(QColor("#b00020"))
EXAMPLE_BRUSH = QBrush(QColor("#6b6b6b"))


@dataclass
class Node:
    criterion: Criterion
    parent: int            # index into nodes, -1 for a top-level part
    row: int
    children: list[int]


class ScoreValidator(QValidator):
    """Validation as the officer types: digits with one comma or dot, ≤ 2 decimals, ≤ the maximum."""

    def __init__(self, maximum: Decimal, parent: Any = None) -> None:
        super().__init__(parent)
        self.maximum = maximum

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        if not stripped:
            return QValidator.State.Intermediate, text, pos
        if stripped.endswith((",", ".")):
            body = stripped[:-1]
            ok = body.isdigit() and Decimal(body) <= self.maximum
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, pos
        try:
            value = parse_points(stripped)
        except UserError:
            return QValidator.State.Invalid, text, pos
        if value < 0 or value > self.maximum:
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class CriteriaModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.assessment: Assessment | None = None
        self.nodes: list[Node] = []
        self.top: list[int] = []
        self.lang = "vi"
        self.on_score: Callable[[str, str], bool] | None = None
        self.last_error: UserError | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [QCoreApplication.translate("CriteriaModel", "Code"),
                         QCoreApplication.translate("CriteriaModel", "Criterion"),
                         QCoreApplication.translate("CriteriaModel", "Max."),
                         QCoreApplication.translate("CriteriaModel", "Score"),
                         QCoreApplication.translate("CriteriaModel", "Evidence")]

    # -- loading -------------------------------------------------------------------------------
    def load(self, assessment: Assessment | None) -> None:
        self.beginResetModel()
        self.assessment = assessment
        self.nodes, self.top = [], []
        if assessment is not None:
            def add(c: Criterion, parent: int, row: int) -> int:
                i = len(self.nodes)
                self.nodes.append(Node(c, parent, row, []))
                self.nodes[i].children = [add(k, i, r) for r, k in enumerate(c.children)]
                return i

            self.top = [add(c, -1, r) for r, c in enumerate(assessment.scheme.criteria)]
        self.endResetModel()

    def refresh(self, assessment: Assessment) -> None:
        """Same scheme, new scores: repaint the values without resetting the view."""
        if self.assessment is None or assessment.scheme != self.assessment.scheme:
            self.load(assessment)
            return
        self.assessment = assessment
        if self.nodes:
            last_top = self.top[-1]
            self.dataChanged.emit(self.index(0, 0), self.createIndex(self.nodes[last_top].row, COLUMNS - 1, last_top + 1))
            for node in self.nodes:
                if node.children:
                    first, last = node.children[0], node.children[-1]
                    self.dataChanged.emit(self.createIndex(0, 0, first + 1),
                                          self.createIndex(self.nodes[last].row, COLUMNS - 1, last + 1))

    def node(self, index: AnyIndex) -> Node | None:
        if not index.isValid():
            return None
        i = index.internalId() - 1
        return self.nodes[i] if 0 <= i < len(self.nodes) else None

    def index_of(self, code: str) -> QModelIndex:
        for i, n in enumerate(self.nodes):
            if n.criterion.code == code:
                return self.createIndex(n.row, 0, i + 1)
        return QModelIndex()

    # -- the model API ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not 0 <= column < COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self.top[row] + 1) if row < len(self.top) else QModelIndex()
        p = self.node(parent)
        if p is None or parent.column() != 0 or row >= len(p.children):
            return QModelIndex()
        return self.createIndex(row, column, p.children[row] + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        n = self.node(child)
        if n is None or n.parent < 0:
            return QModelIndex()
        return self.createIndex(self.nodes[n.parent].row, 0, n.parent + 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.top)
        if parent.column() != 0:
            return 0
        n = self.node(parent)
        return len(n.children) if n else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        n = self.node(index)
        if n is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_SCORE and n.criterion.is_leaf:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        n = self.node(index)
        if n is None or self.assessment is None:
            return None
        c = n.criterion
        col = index.column()
        a = self.assessment
        if role == CODE_ROLE:
            return c.code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == COL_CODE:
                return c.code
            if col == COL_TEXT:
                return c.text
            if col == COL_MAX:
                return format_points(c.max_points, self.lang)
            if col == COL_SCORE:
                return format_points(a.points(c), self.lang)
            links = a.evidence.get(c.code, [])
            return "; ".join(e.label for e in links)
        if role == Qt.ItemDataRole.EditRole and col == COL_SCORE:
            return format_points(a.scores.get(c.code), self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [c.text]
            if c.guide:
                parts.append(QCoreApplication.translate("CriteriaModel", "Scoring guide: %1").replace("%1", c.guide))
            if a.notes.get(c.code):
                parts.append(QCoreApplication.translate("CriteriaModel", "Note: %1").replace("%1", a.notes[c.code]))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.FontRole and not c.is_leaf:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SCORE and c.is_leaf and a.scores.get(c.code) == 0:
            return ZERO_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_MAX, COL_SCORE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        n = self.node(index)
        if n is None or role != Qt.ItemDataRole.EditRole or index.column() != COL_SCORE or not n.criterion.is_leaf:
            return False
        text = "" if value is None else str(value).strip()
        self.last_error = None
        if text:
            try:
                check_points(n.criterion, parse_points(text))
            except UserError as exc:
                self.last_error = exc
                return False
        if self.on_score is None:
            return False
        return self.on_score(n.criterion.code, text)
