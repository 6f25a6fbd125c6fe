"""Undoable edits of the consultations and hương ước registers (the window's QUndoStack).

Each command calls the service; the database is committed at each step. The services of both
registers have ``get``, ``save``, ``delete`` and ``restore`` with the same meaning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand


class SavedCommand(QUndoCommand):
    """A record the form has just saved (new or edited): undo puts back what was there."""

    def __init__(self, svc: Any, before: Any, after: Any, changed: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self.svc, self.before, self.after, self.changed = svc, before, after, changed
        self._first = True

    def redo(self) -> None:
        if self._first:            # the form already saved it
            self._first = False
            return
        if self.before is None:
            self.after = self.svc.restore(self.after)
        else:
            self.after = self.svc.save(replace(self.after, id=self.before.id))
        self.changed()

    def undo(self) -> None:
        if self.before is None:
            if self.after.id is not None:
                self.svc.delete(self.after.id)
        else:
            self.svc.save(self.before)
        self.changed()


class DeleteCommand(QUndoCommand):
    def __init__(self, svc: Any, record_id: int, changed: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self.svc, self.record_id, self.changed = svc, record_id, changed
        self.record: Any = None

    def redo(self) -> None:
        self.record = self.svc.delete(self.record_id)
        self.changed()

    def undo(self) -> None:
        if self.record is not None:
            restored = self.svc.restore(self.record)
            self.record_id = restored.id or self.record_id
        self.changed()
