"""The plan's section tree as a real QAbstractItemModel.

The model holds the PlanSection objects loaded with one PlanService.get_plan call and is then
updated incrementally (beginInsertRows / beginMoveRows / beginRemoveRows, dataChanged for the
rows whose number or rolled-up progress changed) so that an edit in a large plan redraws only
what changed instead of resetting the view. Indexes carry the section id as internalId, which
stays valid across moves and undo (the service keeps ids stable).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dancoso_desktop.domain.plan import Plan, PlanSection, Status, renumber
from dancoso_desktop.domain.text import fold

MIME_TYPE = "application/x-dancoso-plan-section"
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
LATE_ROLE = Qt.ItemDataRole.UserRole + 3

COL_NUMBER, COL_TITLE, COL_LEAD, COL_TIME, COL_STATUS, COL_PROGRESS = range(6)
COLUMN_COUNT = 6
LATE_COLOR = QColor(190, 20, 20)

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROLES = frozenset(
    {
        _DISPLAY,
        _FOREGROUND,
        _FONT,
        _ALIGN,
        _TOOLTIP,
        int(SECTION_ID_ROLE),
        int(SEARCH_KEY_ROLE),
        int(LATE_ROLE),
    }
)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
# (section id, new parent id, new position after removal) -> True when the move was done
MoveHandler = Callable[[int, int | None, int], bool]


class PlanTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year = 0
        self.today = date.today()
        self.roots: list[PlanSection] = []
        self._sec: dict[int, PlanSection] = {}
        self._parent: dict[int, int | None] = {}
        self._row: dict[int, int] = {}
        self._progress: dict[int, int | None] = {}
        self._keys: dict[int, str] = {}
        # Set by the page: drag and drop and moveRows go through the undo stack.
        self.move_handler: MoveHandler | None = None
        self._headers = [
            QCoreApplication.translate("PlanTreeModel", "No."),
            QCoreApplication.translate("PlanTreeModel", "Section"),
            QCoreApplication.translate("PlanTreeModel", "Lead unit"),
            QCoreApplication.translate("PlanTreeModel", "Time frame"),
            QCoreApplication.translate("PlanTreeModel", "Status"),
            QCoreApplication.translate("PlanTreeModel", "Progress"),
        ]
        self._status_text = {
            Status.NOT_STARTED: QCoreApplication.translate("PlanTreeModel", "Not started"),
            Status.IN_PROGRESS: QCoreApplication.translate("PlanTreeModel", "In progress"),
            Status.DONE: QCoreApplication.translate("PlanTreeModel", "Done"),
        }
        self._late_text = QCoreApplication.translate("PlanTreeModel", "Late")
        self._bold = QFont()
        self._bold.setBold(True)
        self._late_brush = QBrush(LATE_COLOR)

    # -- loading ------------------------------------------------------------------------------
    def load(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self.today = date.today()  # "late" is judged on the day the plan is shown
        self.roots = list(plan.sections) if plan else []
        self.year = plan.year if plan else 0
        self._sec.clear()
        self._parent.clear()
        self._row.clear()
        self._keys.clear()
        self._index_children(None, self.roots)
        renumber(self.roots)
        self._compute_progress()
        self.endResetModel()

    def _index_children(self, parent_id: int | None, children: list[PlanSection]) -> None:
        for row, sec in enumerate(children):
            sid = int(sec.id or 0)
            self._sec[sid] = sec
            self._parent[sid] = parent_id
            self._row[sid] = row
            self._index_children(sid, sec.children)

    def _compute_progress(self) -> dict[int, int | None]:
        self._progress = {}
        for r in self.roots:
            self._visit_progress(r)
        return self._progress

    def _own_progress(self, sec: PlanSection) -> int | None:
        """Same rule as domain.plan.rolled_progress, from the children's cached values."""
        values = [v for v in (self._progress.get(int(c.id or 0)) for c in sec.children) if v is not None]
        if values:
            return round(sum(values) / len(values))
        if sec.is_task:
            return 100 if sec.status is Status.DONE else max(0, min(100, sec.progress))
        return None

    def _visit_progress(self, sec: PlanSection) -> None:
        for c in sec.children:
            self._visit_progress(c)
        self._progress[int(sec.id or 0)] = self._own_progress(sec)

    # -- lookups ------------------------------------------------------------------------------
    def section(self, sid: int) -> PlanSection:
        return self._sec[sid]

    def has(self, sid: int) -> bool:
        return sid in self._sec

    def parent_id(self, sid: int) -> int | None:
        return self._parent[sid]

    def position(self, sid: int) -> int:
        return self._row[sid]

    def children_of(self, parent_id: int | None) -> list[PlanSection]:
        return self.roots if parent_id is None else self._sec[parent_id].children

    def progress_of(self, sid: int) -> int | None:
        return self._progress.get(sid)

    def search_key(self, sid: int) -> str:
        """Folded title, text and unit names (as PlanService.filter_ids matches them), made on
        first use: opening a plan does not pay for search. " | " keeps a word from matching
        across two fields."""
        key = self._keys.get(sid)
        if key is None:
            sec = self._sec[sid]
            key = self._keys[sid] = fold(" | ".join([sec.title, sec.text, sec.lead_unit, *sec.coordinating_units]))
        return key

    def section_count(self) -> int:
        return len(self._sec)

    def is_inside(self, sid: int, ancestor_id: int) -> bool:
        """True when ``sid`` is ``ancestor_id`` or lies in its subtree."""
        cur: int | None = sid
        while cur is not None:
            if cur == ancestor_id:
                return True
            cur = self._parent.get(cur)
        return False

    def index_of(self, sid: int | None, column: int = 0) -> QModelIndex:
        if sid is None or sid not in self._sec:
            return QModelIndex()
        return self.createIndex(self._row[sid], column, sid)

    def id_of(self, index: AnyIndex) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    # -- Qt model interface -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Hot path (called for every visible cell and every layout): keep it lean.
        if parent.isValid():
            if parent.column():
                return QModelIndex()
            children = self._sec[parent.internalId()].children
        else:
            children = self.roots
        if 0 <= row < len(children) and 0 <= column < COLUMN_COUNT:
            return self.createIndex(row, column, children[row].id)
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        pid = self._parent.get(index.internalId())
        if pid is None:
            return QModelIndex()
        return self.createIndex(self._row[pid], 0, pid)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.roots)
        if parent.column():
            return 0
        return len(self._sec[parent.internalId()].children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def is_late(self, sec: PlanSection) -> bool:
        return bool(self.year) and sec.is_late(self.year, self.today)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks ~7 roles per cell: answer the ones we do not use before anything else.
        if role not in _ROLES or not index.isValid():
            return None
        sid = index.internalId()
        sec = self._sec.get(sid)
        if sec is None:
            return None
        col = index.column()
        if role == _DISPLAY:
            return self._display(sec, sid, col)
        if role == _FOREGROUND:
            return self._late_brush if col == COL_STATUS and self.is_late(sec) else None
        if role == _FONT:
            return self._bold if col <= COL_TITLE and self._parent.get(sid) is None else None
        if role == _ALIGN:
            return _RIGHT if col == COL_PROGRESS else None
        if role == _TOOLTIP:
            if col == COL_TITLE:
                return f"{sec.number}. {sec.title}" + (f"\n\n{sec.text[:500]}" if sec.text else "")
            if col == COL_STATUS and self.is_late(sec):
                deadline = sec.timeframe.deadline(self.year) or self.today
                text = QCoreApplication.translate("PlanTreeModel", "%1, late: the deadline was %2")
                return text.replace("%1", self._status_text[sec.status]).replace("%2", f"{deadline:%d/%m/%Y}")
            if col in (COL_LEAD, COL_TIME, COL_STATUS):
                return self._display(sec, sid, col) or None  # the whole text when the column is narrow
            return None
        if role == SECTION_ID_ROLE:
            return sid
        if role == SEARCH_KEY_ROLE:
            return self.search_key(sid)
        if role == LATE_ROLE:
            return self.is_late(sec)
        return None

    def _display(self, sec: PlanSection, sid: int, col: int) -> str:
        if col == COL_NUMBER:
            return sec.number
        if col == COL_TITLE:
            return sec.title
        if col == COL_LEAD:
            return sec.lead_unit
        if col == COL_TIME:
            return sec.timeframe.describe()
        if col == COL_STATUS:
            if not sec.is_task and sec.status is Status.NOT_STARTED:
                return ""  # a heading: its progress column tells how its contents are going
            text = self._status_text[sec.status]
            # Late says more than the status it overrides; the tooltip gives both (and the deadline).
            return f"⚠ {self._late_text}" if self.is_late(sec) else text
        if col == COL_PROGRESS:
            value = self._progress.get(sid)
            return "" if value is None else f"{value}%"
        return ""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ITEM_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    # -- drag and drop: an internal move, done through the page's undo command ------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = list(dict.fromkeys(int(i.internalId()) for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(",".join(map(str, ids[:1])).encode()))
        return mime

    def _dragged_id(self, data: QMimeData) -> int | None:
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        raw = bytes(data.data(MIME_TYPE).data()).decode(errors="ignore")
        try:
            sid = int(raw.split(",")[0])
        except ValueError:
            return None
        return sid if sid in self._sec else None

    def _drop_target(self, data: QMimeData, row: int, parent: AnyIndex) -> tuple[int, int | None, int] | None:
        sid = self._dragged_id(data)
        if sid is None:
            return None
        new_parent = self.id_of(parent) if parent.isValid() else None
        if new_parent is not None and self.is_inside(new_parent, sid):
            return None  # not into itself or its own subtree
        siblings = self.children_of(new_parent)
        dest = len(siblings) if row < 0 or row > len(siblings) else row
        if self._parent[sid] == new_parent and dest > self._row[sid]:
            dest -= 1  # the position once the section has left its old place
        return sid, new_parent, dest

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        # The view calls removeRows() after an accepted move; this model does not implement it,
        # so the dragged rows are moved only here, once, through the undo stack.
        if action != Qt.DropAction.MoveAction:
            return False
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        sid, new_parent, dest = target
        if self._parent[sid] == new_parent and dest == self._row[sid]:
            return False
        return self._request_move(sid, new_parent, dest)

    def moveRows(
        self,
        sourceParent: AnyIndex,
        sourceRow: int,
        count: int,
        destinationParent: AnyIndex,
        destinationChild: int,
    ) -> bool:
        if count != 1 or sourceRow < 0 or sourceRow >= self.rowCount(sourceParent):
            return False
        sid = int(self.children_of(self.id_of(sourceParent))[sourceRow].id or 0)
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(str(sid).encode()))
        target = self._drop_target(mime, destinationChild, destinationParent)
        if target is None:
            return False
        _, new_parent, dest = target
        if self._parent[sid] == new_parent and dest == self._row[sid]:
            return False
        return self._request_move(sid, new_parent, dest)

    def _request_move(self, sid: int, new_parent: int | None, dest: int) -> bool:
        if self.move_handler is not None:
            return self.move_handler(sid, new_parent, dest)
        self.move_section(sid, new_parent, dest)
        return True

    # -- incremental changes (called after the service has stored them) ------------------------
    def _depth(self, sid: int | None) -> int:
        depth = 0
        while sid is not None:
            depth += 1
            sid = self._parent[sid]
        return depth  # of the children of ``sid``

    def _refresh(
        self, parents: Iterable[int | None], chains: Iterable[int | None], extra: Iterable[int] = ()
    ) -> None:
        """Renumber below ``parents``, roll progress up from ``chains``; redraw what now differs.

        Only the touched subtrees and their ancestors are visited, so a move in a large plan
        costs what it changes, not the size of the plan.
        """
        changed = {sid for sid in extra if sid in self._sec}
        for pid in dict.fromkeys(parents):
            if pid is not None and pid not in self._sec:
                continue
            children = self.children_of(pid)
            before = {int(x.id or 0): x.number for c in children for x in c.walk()}
            renumber(children, self._sec[pid] if pid is not None else None, self._depth(pid))
            changed |= {sid for sid, number in before.items() if self._sec[sid].number != number}
        for start in dict.fromkeys(chains):
            cur = start
            while cur is not None and cur in self._sec:
                value = self._own_progress(self._sec[cur])
                if cur in self._progress and self._progress[cur] == value and cur not in changed:
                    break  # nothing above changes either
                self._progress[cur] = value
                changed.add(cur)
                cur = self._parent[cur]
        by_parent: dict[int | None, list[int]] = {}
        for sid in changed:
            by_parent.setdefault(self._parent[sid], []).append(self._row[sid])
        for pid, rows in by_parent.items():
            parent_index = self.index_of(pid)
            self.dataChanged.emit(
                self.index(min(rows), 0, parent_index), self.index(max(rows), COLUMN_COUNT - 1, parent_index)
            )

    def _reindex_rows(self, parent_id: int | None, start: int = 0) -> None:
        children = self.children_of(parent_id)
        for row in range(start, len(children)):
            self._row[int(children[row].id or 0)] = row

    def insert_section(self, parent_id: int | None, position: int, section: PlanSection) -> None:
        """Show a stored section (with its subtree, e.g. after undoing a delete)."""
        children = self.children_of(parent_id)
        position = max(0, min(position, len(children)))
        self.beginInsertRows(self.index_of(parent_id), position, position)
        children.insert(position, section)
        self._index_children(parent_id, [section])
        self._reindex_rows(parent_id, position)
        self._visit_progress(section)
        self.endInsertRows()
        self._refresh([parent_id], [parent_id])

    def remove_section(self, sid: int) -> PlanSection:
        parent_id, row = self._parent[sid], self._row[sid]
        self.beginRemoveRows(self.index_of(parent_id), row, row)
        sec = self.children_of(parent_id).pop(row)
        for s in sec.walk():
            k = int(s.id or 0)
            self._sec.pop(k, None)
            self._parent.pop(k, None)
            self._row.pop(k, None)
            self._keys.pop(k, None)
            self._progress.pop(k, None)
        self._reindex_rows(parent_id, row)
        self.endRemoveRows()
        self._refresh([parent_id], [parent_id])
        return sec

    def move_section(self, sid: int, new_parent: int | None, new_position: int) -> None:
        """Move like PlanService.move_section: ``new_position`` counts without the section."""
        old_parent, old_row = self._parent[sid], self._row[sid]
        target = self.children_of(new_parent)
        limit = len(target) - (1 if old_parent == new_parent else 0)
        new_position = max(0, min(new_position, limit))
        if old_parent == new_parent and new_position == old_row:
            return
        # Qt counts the destination before the removal.
        dest_child = new_position + 1 if old_parent == new_parent and new_position > old_row else new_position
        ok = self.beginMoveRows(
            self.index_of(old_parent), old_row, old_row, self.index_of(new_parent), dest_child
        )
        if not ok:  # pragma: no cover - guarded above
            return
        sec = self.children_of(old_parent).pop(old_row)
        target.insert(new_position, sec)
        self._parent[sid] = new_parent
        self._reindex_rows(old_parent, 0)
        if new_parent != old_parent:
            self._reindex_rows(new_parent, 0)
        self.endMoveRows()
        self._refresh([old_parent, new_parent], [old_parent, new_parent])

    def update_section(self, sid: int, **changes: Any) -> None:
        sec = self._sec[sid]
        for name, value in changes.items():
            setattr(sec, name, value)
        self._keys.pop(sid, None)
        # The numbering of its children may change (child_style); its progress and its ancestors'.
        self._refresh([sid] if "child_style" in changes else [], [sid], extra=[sid])

    def set_today(self, today: date) -> None:
        """Late is computed from today; redraw the status column everywhere."""
        self.today = today
        for pid in [None, *[sid for sid, s in self._sec.items() if s.children]]:
            n = len(self.children_of(pid))
            if n:
                parent = self.index_of(pid)
                self.dataChanged.emit(
                    self.index(0, COL_STATUS, parent), self.index(n - 1, COL_STATUS, parent)
                )
