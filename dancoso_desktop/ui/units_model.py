"""The units catalogue as a table model, and its filter/sort proxy.

The model holds ``Unit`` dataclasses from ``CommuneService`` (never rows) and writes every inline
edit straight through the service: a refused edit changes nothing and is reported by ``refused``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from dancoso_desktop.domain.commune import UNIT_KIND_VI, Unit, UnitKind
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.text import fold, format_number, sort_key
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.ui import i18n

Index = QModelIndex | QPersistentModelIndex

NAME, KIND, SHORT, HOUSEHOLDS, STATUS = range(5)
UNIT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ORDER = {kind: i for i, kind in enumerate(UnitKind)}
UNIT_KIND_EN = {
    UnitKind.DEPARTMENT: "Department",
    UnitKind.PUBLIC_UNIT: "Public service unit",
    UnitKind.HAMLET: "Hamlet / residential group",
    UnitKind.FRONT: "Fatherland Front",
    UnitKind.MASS_ORG: "Mass organisation",
    UnitKind.OTHER: "Other",
}


def kind_label(kind: UnitKind) -> str:
    return UNIT_KIND_EN[kind] if i18n.language() == "en" else UNIT_KIND_VI[kind]


class UnitsTableModel(QAbstractTableModel):
    refused = Signal(object)  # a UserError from an inline edit
    changed = Signal()         # something was written to the database

    def __init__(self, service: CommuneService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._units: list[Unit] = []
        self._headers = [self.tr("Name"), self.tr("Kind"), self.tr("Short name"),
                         self.tr("Households"), self.tr("Status")]

    # -- loading and mutation --------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._units = self.service.list_units(include_retired=True)
        self.endResetModel()

    def unit(self, row: int) -> Unit:
        return self._units[row]

    def row_of(self, unit_id: int) -> int:
        for row, u in enumerate(self._units):
            if u.id == unit_id:
                return row
        return -1

    def put(self, unit: Unit) -> int:
        """Show a saved unit: replace its row, or append it; returns the row."""
        row = self.row_of(unit.id or -1)
        if row >= 0:
            self._units[row] = unit
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return row
        row = len(self._units)
        self.beginInsertRows(QModelIndex(), row, row)
        self._units.append(unit)
        self.endInsertRows()
        return row

    def drop(self, unit_id: int) -> None:
        row = self.row_of(unit_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._units[row]
            self.endRemoveRows()

    # -- the model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._units)):
            return None
        u = self._units[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(u, col, edit=role == Qt.ItemDataRole.EditRole)
        if role == UNIT_ROLE:
            return u
        if role == SORT_ROLE:
            return self._sort_value(u, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == HOUSEHOLDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and u.retired:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole and col == HOUSEHOLDS and u.kind is not UnitKind.HAMLET:
            return self.tr("Only hamlets and residential groups have a household count.")
        return None

    def _text(self, u: Unit, col: int, *, edit: bool) -> Any:
        if col == NAME:
            return u.name
        if col == KIND:
            return kind_label(u.kind)
        if col == SHORT:
            return u.short_name
        if col == HOUSEHOLDS:
            if u.kind is not UnitKind.HAMLET:
                return None if edit else ""
            if edit:
                return u.households if u.households is not None else 0
            return format_number(u.households) if u.households is not None else ""
        if col == STATUS:
            return self.tr("Retired") if u.retired else self.tr("In use")
        return None

    def _sort_value(self, u: Unit, col: int) -> Any:
        name = sort_key(u.name)
        if col == KIND:
            return (KIND_ORDER[u.kind], name)
        if col == SHORT:
            return (sort_key(u.short_name), name)
        if col == HOUSEHOLDS:
            return (u.households if u.households is not None else -1, name)
        if col == STATUS:
            return (u.retired, name)
        return name

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        col = index.column()
        u = self._units[index.row()]
        if col in (NAME, SHORT) or (col == HOUSEHOLDS and u.kind is UnitKind.HAMLET):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole \
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        u = self._units[index.row()]
        changed = Unit(u.name, u.kind, u.short_name, u.households, u.retired, u.id)
        col = index.column()
        if col == NAME:
            changed.name = str(value)
        elif col == SHORT:
            changed.short_name = str(value)
        elif col == HOUSEHOLDS:
            try:
                changed.households = int(value)
            except (TypeError, ValueError):
                return False
        try:
            saved = self.service.save_unit(changed)
        except UserError as exc:
            self.refused.emit(exc)
            return False
        self._units[index.row()] = saved
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.changed.emit()
        return True


class UnitsProxy(QSortFilterProxyModel):
    """Accent- and case-insensitive filter over name and short name; Vietnamese sort order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_retired = True
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _refilter(self, change: Any) -> None:
        # Qt >= 6.9 wants begin/endFilterChange around the change; older Qt re-filters after.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateRowsFilter()

    def set_filter(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", fold(text).split()))

    def set_show_retired(self, show: bool) -> None:
        self._refilter(lambda: setattr(self, "_show_retired", show))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        u: Unit = model.data(model.index(row, NAME, parent), UNIT_ROLE)
        if u is None:
            return False
        if u.retired and not self._show_retired:
            return False
        if not self._words:
            return True
        hay = fold(f"{u.name} {u.short_name} {kind_label(u.kind)}")
        return all(w in hay for w in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))
