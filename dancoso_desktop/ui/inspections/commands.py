"""Undo/redo of inspection records (Ctrl+Z / Ctrl+Y through the window's one QUndoStack).

A command holds the record as it was before and after (None: not there). The first redo is
skipped because the change was already made by the form; later ones save the snapshot again
through the service, so every step passes the same checks as typing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.inspection import Inspection
from dancoso_desktop.services.inspection_service import InspectionService


class RecordCommand(QUndoCommand):
    def __init__(self, service: InspectionService, text: str, before: Inspection | None,
                 after: Inspection | None, *, on_change: Callable[[], None],
                 on_error: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self.service = service
        self.before = before
        self.after = after
        self.current_id = after.id if after else None     # the row as it is now
        self.on_change = on_change
        self.on_error = on_error
        self._done = True        # the form has already saved "after"

    def _apply(self, state: Inspection | None) -> None:
        try:
            if state is None:
                if self.current_id is not None:
                    self.service.delete(self.current_id)
                self.current_id = None
            else:
                exists = self.current_id is not None
                # A record deleted in between comes back as a new row (its old id is gone).
                snapshot = replace(state, id=self.current_id if exists else None,
                                   recommendations=[replace(r, id=r.id if exists else None)
                                                    for r in state.recommendations])
                self.current_id = self.service.save(snapshot, close=state.closed).id
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
