"""Pieces shared by the supervision tabs (boards, recommendations, petitions): a lazily paged
table model, the clock colours of the disclosure checks, an optional date field and the undo
command that saves snapshots through a service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QUndoCommand
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.supervision import Clock
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit
from dancoso_desktop.ui.widgets.paged_model import PagedTableModel

RED = QColor("#f8d7da")       # as the disclosure register: late or overdue
AMBER = QColor("#fff3cd")     # running
GREEN = QColor("#d1e7dd")

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def clock_brush(clock: Clock) -> QBrush | None:
    if clock in (Clock.OVERDUE, Clock.LATE):
        return QBrush(RED)
    if clock is Clock.OPEN:
        return QBrush(AMBER)
    return None


class LazyTableModel(PagedTableModel):
    """Rows fetched a page at a time from ``fetch(offset, limit)``; ``count()`` when asked.

    ``columns`` is a list of (header, text(row)); ``row_id(row)`` gives the record id (UserRole)
    and ``brush(row)`` the background of the whole row.
    """

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], str]]],
                 fetch: Callable[[int, int], list[Any]], count: Callable[[], int], *,
                 row_id: Callable[[Any], int], brush: Callable[[Any], QBrush | None] = lambda r: None,
                 tooltip: Callable[[Any, int], str | None] = lambda r, c: None, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch, self._count, self._row_id, self._brush, self._tooltip = fetch, count, row_id, brush, tooltip

    def fetch_rows(self, offset: int, limit: int) -> list[Any]:
        return self._fetch(offset, limit)

    def count_rows(self) -> int:
        return self._count()

    def row_id(self, row: Any) -> int:
        return self._row_id(row)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](r)
        if role == ID_ROLE:
            return self._row_id(r)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brush(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, index.column())
        return None


class OptionalDate(QWidget):
    """A date that may be missing: a check box beside a dd/mm/yyyy field."""

    def __init__(self, label: str, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = VietDateEdit(value or date.today())
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.set_value(value)


class SnapshotCommand(QUndoCommand):
    """Undo/redo of one record through its service: ``before``/``after`` are dataclass
    snapshots (None: not there). The first redo is skipped (the form already saved); later steps
    save the snapshot again, so each passes the same checks as typing it. A record deleted in
    between comes back with its id (the services accept an explicit id)."""

    def __init__(self, text: str, before: Any, after: Any, *, save: Callable[[Any], Any],
                 delete: Callable[[int], None], on_change: Callable[[], None],
                 on_error: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self.before, self.after = before, after
        self.current_id = after.id if after is not None else (before.id if before is not None else None)
        self._exists = after is not None
        self.save, self.delete, self.on_change, self.on_error = save, delete, on_change, on_error
        self._done = True

    def _apply(self, state: Any) -> None:
        try:
            if state is None:
                if self._exists and self.current_id is not None:
                    self.delete(self.current_id)
                self._exists = False
            else:
                saved = self.save(replace(state, id=self.current_id))
                self.current_id = saved.id
                self._exists = True
        except UserError as exc:
            self.on_error(exc)
        self.on_change()

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
