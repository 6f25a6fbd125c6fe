"""Table models of the returns page: who has returned, and the changes of a preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dancoso_desktop.services.returns_service import Change, ReturnsPreview, UnitStatus

Index = QModelIndex | QPersistentModelIndex
LATE_BRUSH = QBrush(QColor("#b00020"))
CONFLICT_BRUSH = QBrush(QColor("#fff3cd"))


class StatusModel(QAbstractTableModel):
    """One row per unit: expected or not, returned or not, when, late."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.units: list[UnitStatus] = []

    def set_units(self, units: list[UnitStatus]) -> None:
        self.beginResetModel()
        self.units = list(units)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Unit"), self.tr("Returned"), self.tr("Received on"), self.tr("On time"), self.tr("Files")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.units):
            return None
        u = self.units[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return u.unit if u.expected else u.unit + " " + self.tr("(not expected)")
            if col == 1:
                return self.tr("Yes") if u.returned else self.tr("Not yet")
            if col == 2:
                return f"{u.received_at:%d/%m/%Y %H:%M}" if u.received_at else ""
            if col == 3:
                return "" if not u.returned else (self.tr("Late") if u.late else self.tr("On time"))
            if col == 4:
                return str(u.returns)
        if role == Qt.ItemDataRole.ForegroundRole and ((u.expected and not u.returned) or u.late):
            return LATE_BRUSH
        if role == Qt.ItemDataRole.UserRole:
            return u
        return None


class ChangesModel(QAbstractTableModel):
    """The changes of a preview, old → new per content; conflicts carry a check box "take the
    unit's value" (unchecked keeps the app's value)."""

    COLUMNS = 7

    def __init__(self, preview: ReturnsPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.rows: list[tuple[str, Change]] = [(f.unit, c) for f in preview.accepted for c in f.changes]

    def headers(self) -> list[str]:
        return [self.tr("Unit"), self.tr("No."), self.tr("Content"), self.tr("Field"), self.tr("Now"),
                self.tr("Returned"), self.tr("Take the unit's value")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMNS:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 6 and self.rows[index.row()][1].conflict:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        unit, c = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return unit
            if col == 1:
                return c.number
            if col == 2:
                return c.title
            if col == 3:
                return self.tr("Status") if c.field == "status" else (
                    self.tr("Progress") if c.field == "progress" else self.tr("Note added"))
            if col == 4:
                return c.old if c.field != "notes" or role == Qt.ItemDataRole.ToolTipRole else c.old[-80:]
            if col == 5:
                return c.new if c.field != "notes" else c.new[len(c.old):].strip()
            if col == 6:
                return self.tr("Conflict") if c.conflict else ""
        if role == Qt.ItemDataRole.CheckStateRole and col == 6 and c.conflict:
            return Qt.CheckState.Checked if c.take else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and c.conflict:
            return CONFLICT_BRUSH
        if role == Qt.ItemDataRole.UserRole:
            return c
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 6:
            return False
        c = self.rows[index.row()][1]
        if not c.conflict:
            return False
        state = value.value if hasattr(value, "value") else value
        c.take = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
