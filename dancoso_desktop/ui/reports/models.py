"""Item models of the reports page, over the dataclasses the report service returns."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dancoso_desktop.domain.report_doc import CalendarEntry, OutlineSection, Report, ReportStatus, numbers
from dancoso_desktop.domain.reporting import ReportKind
from dancoso_desktop.domain.text import clean_line, format_date

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QBrush(QColor("#b00020"))
DONE = QBrush(QColor("#2e7d32"))

translate = QCoreApplication.translate


def kind_text(kind: ReportKind | None) -> str:
    return {ReportKind.SIX_MONTHS: translate("ReportModels", "6 months"),
            ReportKind.NINE_MONTHS: translate("ReportModels", "9 months"),
            ReportKind.YEAR: translate("ReportModels", "Year"),
            ReportKind.ADHOC: translate("ReportModels", "Ad hoc"),
            None: translate("ReportModels", "Internal")}[kind]


def status_text(status: ReportStatus | str) -> str:
    return {"draft": translate("ReportModels", "Draft"), "issued": translate("ReportModels", "Issued"),
            "sent": translate("ReportModels", "Sent"), "": translate("ReportModels", "Not started")}[str(status)]


def source_text(source: str) -> str:
    return {"officer": translate("ReportModels", "set by you"), "plan": translate("ReportModels", "from the plan"),
            "province": translate("ReportModels", "province default")}.get(source, source)


class _Table(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None

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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.cell(row, index.column())
            return format_date(value) if isinstance(value, date) else ("" if value is None else str(value))
        return self.extra(row, index.column(), role)


class CalendarModel(_Table):
    """The year's reporting duties, earliest deadline first."""

    def __init__(self, today: Any = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    def headers(self) -> list[str]:
        return [translate("ReportModels", "Deadline"), translate("ReportModels", "Duty"),
                translate("ReportModels", "Recipient"), translate("ReportModels", "Deadline from"),
                translate("ReportModels", "State")]

    @staticmethod
    def short_name(name: str) -> str:
        """The duty as the list shows it; the full name is the tooltip."""
        name = name.replace("kết quả thực hiện dân chủ ở cơ sở ", "")
        return name.replace(" về công khai thông tin (khoản 3 Điều 14)", " (Điều 14.3)")

    def cell(self, row: CalendarEntry, column: int) -> Any:
        state = row.report_number or status_text(row.report_status)
        return [row.deadline, self.short_name(row.name), row.recipient, source_text(row.deadline_source),
                state][column]

    def extra(self, row: CalendarEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column in (0, 4):
            if row.done:
                return DONE
            if row.deadline < self.today():
                return OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name}\n{row.recipient}"
        return None


class ReportsModel(_Table):
    def headers(self) -> list[str]:
        return [translate("ReportModels", "Kind"), translate("ReportModels", "Period"),
                translate("ReportModels", "Version"), translate("ReportModels", "State"),
                translate("ReportModels", "Number"), translate("ReportModels", "Date")]

    def cell(self, row: Report, column: int) -> Any:
        period = f"{row.period_start:%d/%m/%y}–{row.period_end:%d/%m/%y}"
        return [kind_text(row.kind), period, row.version, status_text(row.status), row.number,
                row.issued_on][column]

    def extra(self, row: Report, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.status is not ReportStatus.DRAFT:
            return DONE
        return None


class OutlineModel(QAbstractTableModel):
    """The report's headings, one per row, indented by level; the title is edited in place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: list[OutlineSection] = []
        self._numbers: list[str] = []
        self.editable = True

    def set_sections(self, sections: list[OutlineSection], editable: bool = True) -> None:
        self.beginResetModel()
        self.sections = [OutlineSection(**vars(s)) for s in sections]
        self._numbers = numbers(self.sections) if self.sections else []
        self.editable = editable
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.sections)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [translate("ReportModels", "Heading"), translate("ReportModels", "Text")][section] \
                if 0 <= section < 2 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0 and self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.sections):
            return None
        s = self.sections[index.row()]
        if role == ROW_ROLE:
            return s
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{'    ' * (s.level - 1)}{self._numbers[index.row()]} {s.title}"
            n = len(s.text)
            return translate("ReportModels", "%1 characters").replace("%1", str(n)) if n else ""
        if role == Qt.ItemDataRole.EditRole and index.column() == 0:
            return s.title
        if role == Qt.ItemDataRole.FontRole and index.column() == 0 and s.level == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and s.slot:
            return translate("ReportModels", "Receives the figures of: %1").replace("%1", s.slot)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        title = clean_line(str(value))
        if not title:
            return False
        self.sections[index.row()].title = title
        self.dataChanged.emit(index, index)
        return True


class FiguresModel(_Table):
    """The figures of a report (or of one section), with how many records each counts."""

    hidden: frozenset[str] = frozenset()     # codes left out of the annex
    annexed: frozenset[str] = frozenset()    # codes the registers offer as annex rows

    def headers(self) -> list[str]:
        return [translate("ReportModels", "Value"), translate("ReportModels", "Records"),
                translate("ReportModels", "Figure"), translate("ReportModels", "Code"),
                translate("ReportModels", "Annex")]

    def cell(self, row: Any, column: int) -> Any:
        in_annex = "" if row.code not in self.annexed and row.code not in self.hidden else \
            ("—" if row.code in self.hidden else "✓")
        return [row.value, len(row.records), row.label, row.code, in_annex][column]

    def extra(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 1):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.label} ({row.code})"
        return None


class RecordsModel(_Table):
    """The records one figure counts (kind, id)."""

    def headers(self) -> list[str]:
        return [translate("ReportModels", "Register"), translate("ReportModels", "Record")]

    def cell(self, row: tuple[str, int], column: int) -> Any:
        kind, rid = row
        names = {"disclosure": translate("ReportModels", "Disclosure"),
                 "plan_section": translate("ReportModels", "Plan content"),
                 "inspection": translate("ReportModels", "Inspection"),
                 "recommendation": translate("ReportModels", "Recommendation")}
        return [names.get(kind, kind), f"#{rid}"][column]
