"""Table models of the conference tabs, over the dataclasses the services return.

The registers are small (a row per hamlet, a few conferences a year), so each model holds its
rows; the proxy filters on every column with Vietnamese tone marks folded ("hoi nghi" finds
"Hội nghị") and on a status. Clocks are coloured as the disclosure checks are: red for a
missed legal clock, amber for one still running, green when done.
"""

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

from dancoso_desktop.domain.conference import (
    DialogueConference,
    attendance,
    convocation_on_time,
    year_end_due,
)
from dancoso_desktop.domain.disclosure import collation_string
from dancoso_desktop.domain.staff_conference import StaffConference, check
from dancoso_desktop.domain.text import clean_text, format_date, format_number, matches
from dancoso_desktop.services.conference_service import HamletStatus
from dancoso_desktop.services.staff_conference_service import StaffUnit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3     # "ok" | "open" | "late": what the status filter uses

RED = QColor("#f8d7da")      # as the disclosure register: a missed legal clock
AMBER = QColor("#fff3cd")    # still running
GREEN = QColor("#d4edda")    # done

translate = QCoreApplication.translate


def state_brush(state: str) -> QBrush | None:
    return {"late": QBrush(RED), "open": QBrush(AMBER), "ok": QBrush(GREEN)}.get(state)


class _ListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.today: date = date.today()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def state(self, row: Any) -> str:
        return ""

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == STATE_ROLE:
            return self.state(row)
        value = self.cell(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return format_date(value) if isinstance(value, date) else ("" if value is None else str(value))
        if role == SORT_ROLE:
            if isinstance(value, date):
                return value.toordinal()
            if isinstance(value, str):
                return collation_string(value)     # Vietnamese alphabetical order
            return "" if value is None else value
        if role == Qt.ItemDataRole.BackgroundRole:
            return state_brush(self.state(row)) if index.column() == self.state_column() else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def state_column(self) -> int:
        return -1

    def tooltip(self, row: Any, column: int) -> Any:
        return None


class HamletConferenceModel(_ListModel):
    """One row per hamlet: its year-end conference held or missing (Art. 33, NĐ 59 Art. 10–11)."""

    def headers(self) -> list[str]:
        return [translate("ConferenceModels", "Hamlet"),
                translate("ConferenceModels", "Status"),
                translate("ConferenceModels", "Held on"),
                translate("ConferenceModels", "Convocation"),
                translate("ConferenceModels", "Households present"),
                translate("ConferenceModels", "Proposals"),
                translate("ConferenceModels", "Result report")]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year = self.today.year

    def state(self, row: HamletStatus) -> str:
        if row.held:
            return "ok"
        due = year_end_due(self.year)
        if self.today > due or (self.today.year == self.year and self.today.month == 12):
            return "late"     # listed as missing through December (Art. 33)
        return "open" if row.conference is not None else ""

    def state_column(self) -> int:
        return 1

    def cell(self, row: HamletStatus, column: int) -> Any:
        c = row.conference
        if column == 0:
            return row.hamlet_name
        if column == 1:
            if row.held:
                return translate("ConferenceModels", "Held")
            if c is not None and c.planned_on:
                return translate("ConferenceModels", "Planned %1").replace("%1", format_date(c.planned_on))
            return translate("ConferenceModels", "Not held")
        if c is None:
            return None
        if column == 2:
            return c.held_on
        if column == 3:
            ok = convocation_on_time(c.convocation_on, c.held_on)
            if c.convocation_on is None:
                return None
            mark = "" if ok is None else (" ✓" if ok else " ✗")
            return format_date(c.convocation_on) + mark
        if column == 4:
            if not c.held:
                return None
            pct = format_number(float(attendance(c.households_present, c.households_invited)) * 100, 1)
            return f"{c.households_present}/{c.households_invited} ({pct}%)"
        if column == 5:
            return f"{c.proposals_received}/{c.proposals_answered}/{c.proposals_forwarded}" if c.held else None
        return c.report_received_on


class DialogueModel(_ListModel):
    def headers(self) -> list[str]:
        return [translate("ConferenceModels", "Date"),
                translate("ConferenceModels", "Place"),
                translate("ConferenceModels", "Topic"),
                translate("ConferenceModels", "Participants"),
                translate("ConferenceModels", "Questions"),
                translate("ConferenceModels", "Answered")]

    def state(self, row: DialogueConference) -> str:
        return "ok" if row.answered == len(row.questions) else "open"

    def state_column(self) -> int:
        return 5

    def cell(self, row: DialogueConference, column: int) -> Any:
        return [row.held_on, row.place, row.topic.split("\n")[0][:200], row.participant_count,
                len(row.questions), row.answered][column]


class StaffConferenceModel(_ListModel):
    def headers(self) -> list[str]:
        return [translate("ConferenceModels", "Held on"),
                translate("ConferenceModels", "Unit"),
                translate("ConferenceModels", "Work year"),
                translate("ConferenceModels", "Present"),
                translate("ConferenceModels", "Quorum"),
                translate("ConferenceModels", "Resolution"),
                translate("ConferenceModels", "Deadline"),
                translate("ConferenceModels", "Next review")]

    def state(self, row: StaffConference) -> str:
        result = check(row)
        if not result.quorum_met or not result.on_time or not result.passed:
            return "late"
        if result.next_review is not None:
            return "late" if result.next_review < self.today else "open"
        return "ok"

    def state_column(self) -> int:
        return 7

    def cell(self, row: StaffConference, column: int) -> Any:
        result = check(row)
        if column == 0:
            return row.held_on
        if column == 1:
            return row.unit_name
        if column == 2:
            return row.work_year
        if column == 3:
            return f"{row.present}/{row.staff_total}"
        if column == 4:
            return (translate("ConferenceModels", "Valid") if result.quorum_met
                    else translate("ConferenceModels", "No quorum"))
        if column == 5:
            pct = format_number(row.votes_for * 100 / row.present, 2) if row.present else "0"
            verdict = (translate("ConferenceModels", "Adopted") if result.passed
                       else translate("ConferenceModels", "Not adopted"))
            return f"{verdict} ({pct}%)"
        if column == 6:
            return (format_date(result.deadline)
                    + ("" if result.on_time else " ✗ " + translate("ConferenceModels", "late")))
        return result.next_review if result.next_review else translate("ConferenceModels", "Done")


class StaffUnitsModel(_ListModel):
    """The administration and each public unit with its staff count (editable from the tab)."""

    def headers(self) -> list[str]:
        return [translate("ConferenceModels", "Unit"),
                translate("ConferenceModels", "Staff"),
                translate("ConferenceModels", "Conference")]

    def cell(self, row: StaffUnit, column: int) -> Any:
        if column == 0:
            return row.name
        if column == 1:
            return "" if row.staff is None else row.staff
        if row.staff is None:
            return translate("ConferenceModels", "Staff count not entered")
        return (translate("ConferenceModels", "Optional (≤ 7 staff)") if row.staff <= 7
                else translate("ConferenceModels", "Required"))


class FoldFilterProxy(QSortFilterProxyModel):
    """Search on every column, tone marks and case ignored, and a status filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._states: set[str] | None = None
        self.setSortRole(SORT_ROLE)

    def _refilter(self, apply: Any) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:
            apply()
            self.invalidateRowsFilter()

    def set_query(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_query", clean_text(text, multiline=False)))

    def set_states(self, states: set[str] | None) -> None:
        self._refilter(lambda: setattr(self, "_states", states))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self._states is not None:
            state = model.data(model.index(source_row, 0, source_parent), STATE_ROLE)
            if state not in self._states:
                return False
        if not self._query:
            return True
        text = " ".join(str(model.data(model.index(source_row, c, source_parent)) or "")
                        for c in range(model.columnCount(source_parent)))
        return matches(self._query, text)
