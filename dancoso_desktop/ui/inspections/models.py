"""Item models of the inspection pages, over the dataclasses the services return."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dancoso_desktop.domain.inspection import (
    CriterionAnswer,
    CriterionResult,
    Inspection,
    PlanEntry,
    Recommendation,
    RecStatus,
)
from dancoso_desktop.domain.inspection_rules import days_overdue, is_overdue
from dancoso_desktop.domain.text import clean_text, format_date, matches

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()     # the invisible root, as a shared default argument
ROW_ROLE = Qt.ItemDataRole.UserRole + 1      # the dataclass behind a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_BRUSH = QBrush(QColor("#b00020"))
DONE_BRUSH = QBrush(QColor("#2e7d32"))


# Bound once under this name so lupdate finds every string with its context.
translate = QCoreApplication.translate


def result_text(result: CriterionResult | None) -> str:
    return {None: translate("InspectionModels", "Not answered"),
            CriterionResult.MET: translate("InspectionModels", "Met"),
            CriterionResult.NOT_MET: translate("InspectionModels", "Not met"),
            CriterionResult.NOT_APPLICABLE: translate("InspectionModels", "Not applicable")}[result]


def status_text(status: RecStatus) -> str:
    return {RecStatus.OPEN: translate("InspectionModels", "Open"),
            RecStatus.IN_PROGRESS: translate("InspectionModels", "In progress"),
            RecStatus.DONE: translate("InspectionModels", "Done")}[status]


def _sort_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.toordinal()
    return value


class _ListModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses give headers and cell values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        value = self.cell(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return format_date(value) if isinstance(value, date) else ("" if value is None else str(value))
        if role == SORT_ROLE:
            return _sort_value(value) if value is not None else ""
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None


class InspectionsModel(_ListModel):
    def headers(self) -> list[str]:
        return [translate("InspectionModels", "Date"),
                translate("InspectionModels", "Unit"),
                translate("InspectionModels", "Decision"),
                translate("InspectionModels", "Record"),
                translate("InspectionModels", "Met"),
                translate("InspectionModels", "Not met"),
                translate("InspectionModels", "Not applicable"),
                translate("InspectionModels", "Recommendations")]

    def cell(self, row: Inspection, column: int) -> Any:
        c = row.counts()
        state = translate("InspectionModels", "Closed") if row.closed else translate("InspectionModels", "Draft")
        return [row.start_date, row.unit_name, row.decision_number, state,
                c["met"], c["not_met"], c["not_applicable"], len(row.recommendations)][column]

    def extra(self, row: Inspection, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class PlanEntriesModel(_ListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [translate("InspectionModels", "Unit"),
                translate("InspectionModels", "When"),
                translate("InspectionModels", "Team"),
                translate("InspectionModels", "Plan section"),
                translate("InspectionModels", "Progress")]

    def cell(self, row: PlanEntry, column: int) -> Any:
        if row.start and row.end:
            when = f"{format_date(row.start)} – {format_date(row.end)}"
        elif row.quarter:
            when = translate("InspectionModels", "Quarter %1").replace("%1", ["I", "II", "III", "IV"][row.quarter - 1])
        else:
            when = ""
        if row.closed:
            progress = translate("InspectionModels", "Done")
        elif row.inspections:
            progress = translate("InspectionModels", "Recorded (draft)")
        else:
            progress = translate("InspectionModels", "Not yet")
        return [row.unit_name, when, row.team, self.sections.get(row.section_id or -1, ""), progress][column]


class FollowupModel(_ListModel):
    """Recommendations across inspections; overdue rows in red (sorted overdue first)."""

    def __init__(self, today: Any = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    def headers(self) -> list[str]:
        return [translate("InspectionModels", "Deadline"),
                translate("InspectionModels", "Recommendation"),
                translate("InspectionModels", "Responsible unit"),
                translate("InspectionModels", "Inspected unit"),
                translate("InspectionModels", "Inspection date"),
                translate("InspectionModels", "Status"),
                translate("InspectionModels", "Overdue"),
                translate("InspectionModels", "Note")]

    def cell(self, row: Recommendation, column: int) -> Any:
        late = days_overdue(row, self.today())
        late_text = translate("InspectionModels", "%1 days").replace("%1", str(late)) if late else ""
        return [row.deadline, row.text, row.unit_name, row.inspected_unit, row.inspection_date,
                status_text(row.status), late_text, row.note][column]

    def extra(self, row: Recommendation, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if is_overdue(row, self.today()):
                return OVERDUE_BRUSH
            if row.status is RecStatus.DONE:
                return DONE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 7):
            return self.cell(row, column)
        return None


class FilterProxy(QSortFilterProxyModel):
    """Filter on every column, ignoring case and Vietnamese tone marks ('cong khai' finds 'Công khai')."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = ""
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        # Qt >= 6.9 wants begin/endFilterChange around the change; older Qt re-filters after.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._query = clean_text(text, multiline=False)
            self.endFilterChange()
        else:
            self._query = clean_text(text, multiline=False)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._query:
            return True
        model = self.sourceModel()
        text = " ".join(str(model.data(model.index(source_row, c, source_parent)) or "")
                        for c in range(model.columnCount(source_parent)))
        return matches(self._query, text)


class CriteriaModel(QAbstractTableModel):
    """The criteria of one record: result, evidence and notes are edited in place."""

    COLUMNS = 5       # code · criterion · result · evidence · notes
    RESULT_COLUMN = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.answers: list[CriterionAnswer] = []

    def set_answers(self, answers: list[CriterionAnswer]) -> None:
        self.beginResetModel()
        self.answers = [CriterionAnswer(a.code, a.group, a.text, a.article, a.result, a.evidence_note, a.notes,
                                        list(a.files)) for a in answers]
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.answers)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        names = [translate("InspectionModels", "Code"),
                translate("InspectionModels", "Criterion"),
                translate("InspectionModels", "Result"),
                translate("InspectionModels", "Evidence"),
                translate("InspectionModels", "Notes")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.answers):
            return None
        a = self.answers[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.RESULT_COLUMN:
                return (a.result.value if a.result else "") if role == Qt.ItemDataRole.EditRole else result_text(a.result)
            files = f" [{len(a.files)}]" if col == 3 and a.files else ""
            return [a.code, a.text, None, a.evidence_note + files, a.notes][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return f"{a.group}\n{a.text}\n{a.article}"
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RESULT_COLUMN:
            if a.result is None:
                return OVERDUE_BRUSH
            if a.result is CriterionResult.NOT_MET:
                return QBrush(QColor("#c25e00"))
        if role == ROW_ROLE:
            return a
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() >= 2 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() < 2:
            return False
        a = self.answers[index.row()]
        if index.column() == self.RESULT_COLUMN:
            a.result = CriterionResult(value) if value else None
        elif index.column() == 3:
            a.evidence_note = clean_text(str(value or ""))
        else:
            a.notes = clean_text(str(value or ""))
        self.dataChanged.emit(index, index)
        return True

    def set_result(self, row: int, result: CriterionResult | None) -> None:
        self.setData(self.index(row, self.RESULT_COLUMN), result.value if result else "")
