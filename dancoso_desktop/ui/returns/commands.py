"""Applying returned files as one undo step (Ctrl+Z takes the whole import back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from dancoso_desktop.services.returns_service import ReturnsPreview, apply_returns, undo_import

if TYPE_CHECKING:
    from dancoso_desktop.services.workspace import Database


class ApplyReturnsCommand(QUndoCommand):
    """Pushed after the first apply succeeded (a refused apply never reaches the stack)."""

    def __init__(self, db: Database, preview: ReturnsPreview, batch: str, changed: Callable[[], None]) -> None:
        n = len(preview.accepted)
        super().__init__(QCoreApplication.translate("ReturnsPage", "Import %1 returned forms").replace("%1", str(n)))
        self.db, self.preview, self.batch, self.changed = db, preview, batch, changed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.batch = apply_returns(self.db, self.preview).batch
        self.changed()

    def undo(self) -> None:
        undo_import(self.db, self.batch)
        self.changed()
