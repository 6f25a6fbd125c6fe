"""Table models of the roll-up page: communes × report of the period, and the totals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dancoso_desktop.domain.rollup import CommuneRow, TotalRow
from dancoso_desktop.domain.text import format_number

Index = QModelIndex | QPersistentModelIndex
MISSING_BRUSH = QBrush(QColor("#b00020"))


class _Table(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None


class CommunesModel(_Table):
    def headers(self) -> list[str]:
        return [self.tr("Province"), self.tr("Commune"), self.tr("Report"), self.tr("Received on"),
                self.tr("Version"), self.tr("On time"), self.tr("To look at")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        c: CommuneRow = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [c.province, c.name,
                      self.tr("Received") if c.received else self.tr("Missing"),
                      f"{c.received_at:%d/%m/%Y}" if c.received_at else "",
                      "" if c.version is None else (f"{c.version}" + (f" ({c.versions})" if c.versions > 1 else "")),
                      "" if not c.received else (self.tr("Late") if c.late else self.tr("On time")),
                      "; ".join(c.standouts)]
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ForegroundRole and (not c.received or c.late):
            return MISSING_BRUSH
        if role == Qt.ItemDataRole.UserRole:
            return c
        return None


class TotalsModel(_Table):
    def headers(self) -> list[str]:
        return [self.tr("Group"), self.tr("Row"), self.tr("Unit of measure"), self.tr("Total"), self.tr("Communes")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        t: TotalRow = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            total = format_number(t.total, 0 if float(t.total).is_integer() else 2)
            values = [t.group, t.label, t.unit, total, str(t.communes)]
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return t
        return None
