"""Undo/redo of the conference records (Ctrl+Z / Ctrl+Y through the window's one QUndoStack).

A command holds the record before and after (None: not there). The first redo is skipped (the
form has already saved); later steps save the snapshot again through the service, so every step
passes the same checks as typing it. A record deleted in between comes back as a new row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from dancoso_desktop.domain.errors import UserError


class SnapshotCommand(QUndoCommand):
    def __init__(self, text: str, before: Any, after: Any, *, save: Callable[[Any], Any],
                 delete: Callable[[int], Any], on_change: Callable[[], None],
                 on_error: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self.before, self.after = before, after
        self.current_id = after.id if after is not None else None
        self._save, self._delete = save, delete
        self.on_change, self.on_error = on_change, on_error
        self._done = True

    def _apply(self, state: Any) -> None:
        try:
            if state is None:
                if self.current_id is not None:
                    self._delete(self.current_id)
                self.current_id = None
            else:
                snapshot = replace(state, id=self.current_id)
                if hasattr(snapshot, "reviews"):
                    snapshot = replace(snapshot, reviews=[replace(r, id=None) for r in snapshot.reviews])
                self.current_id = self._save(snapshot).id
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


class StaffCountCommand(QUndoCommand):
    """Set a unit's staff count; undo puts back the count it had (or none)."""

    def __init__(self, text: str, service: Any, unit_id: int | None, before: int | None, after: int, *,
                 on_change: Callable[[], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self.service, self.unit_id, self.before, self.after = service, unit_id, before, after
        self.on_change, self.on_error = on_change, on_error
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            self.service.set_staff_count(self.unit_id, self.after)
        except UserError as exc:
            self.on_error(exc)
        self.on_change()

    def undo(self) -> None:
        try:
            if self.before is None:
                self.service.clear_staff_count(self.unit_id)
            else:
                self.service.set_staff_count(self.unit_id, self.before)
        except UserError as exc:
            self.on_error(exc)
        self.on_change()
