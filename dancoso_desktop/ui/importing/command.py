"""The import as one undoable step: undo deletes the imported plan, redo stores it again."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services.plan_import import commit_import
from dancoso_desktop.services.plan_service import PlanService


class ImportPlanCommand(QUndoCommand):
    """Pushed after the plan was stored (so a refused import never reaches the stack)."""

    def __init__(self, window: Any, plan: Plan) -> None:
        super().__init__(QCoreApplication.translate("ImportPlan", "Import the plan of %1").replace("%1", str(plan.year)))
        self.window = window
        self.plan = copy.deepcopy(plan)
        self._first = True

    def _service(self) -> PlanService:
        return PlanService(self.window.workspace.db)

    def redo(self) -> None:
        if self._first:          # stored by do_import before the push
            self._first = False
            return
        commit_import(self._service(), copy.deepcopy(self.plan))
        self.window.data_changed.emit()

    def undo(self) -> None:
        self._service().delete_plan(self.plan.year)
        self.window.data_changed.emit()


def do_import(window: Any, plan: Plan) -> None:
    """Store the plan in one transaction, then make it undoable; a refusal raises, nothing stored."""
    commit_import(PlanService(window.workspace.db), copy.deepcopy(plan))
    window.undo_stack.push(ImportPlanCommand(window, plan))
    window.data_changed.emit()
