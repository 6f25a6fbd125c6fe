"""The proxy between the register model and its view.

Sorting and filtering of 100,000 rows belong to SQL, not to a proxy over the loaded page: this
proxy hands ``sort()`` to the source model (ORDER BY on the stored Vietnamese collation string)
and keeps the rows as the source gives them, so the view's header sorting still works.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from dancoso_desktop.ui.disclosures.register_model import RegisterModel


class RegisterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RegisterModel):
            source.sort(column, order)  # resets the source; the proxy follows its order
        else:
            super().sort(column, order)

    def lessThan(self, left: Any, right: Any) -> bool:
        # Keep the source (SQL) order: compare source rows, never the displayed text.
        return left.row() < right.row()

    def record_id(self, row: int) -> int | None:
        index = self.index(row, 0)
        value = self.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None
        return int(value) if value is not None else None
