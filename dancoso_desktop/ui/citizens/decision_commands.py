"""Undoable edits of the decisions register (the window's one QUndoStack, Ctrl+Z / Ctrl+Y).

Every command calls the service; the database is committed at each step, as everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from dancoso_desktop.domain.decision import Decision
from dancoso_desktop.services.decision_service import DecisionService


class SavedDecisionCommand(QUndoCommand):
    """A decision the form has just saved (new or edited): undo puts back what was there."""

    def __init__(self, svc: DecisionService, before: Decision | None, after: Decision,
                 changed: Callable[[], None], text: str) -> None:
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


class DeleteDecisionCommand(QUndoCommand):
    def __init__(self, svc: DecisionService, decision_id: int, changed: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self.svc, self.decision_id, self.changed = svc, decision_id, changed
        self.decision: Decision | None = None

    def redo(self) -> None:
        self.decision = self.svc.delete(self.decision_id)
        self.changed()

    def undo(self) -> None:
        if self.decision is not None:
            restored = self.svc.restore(self.decision)
            self.decision_id = restored.id or self.decision_id
        self.changed()
