"""The import as one undoable step: undo deletes the imported plan and the units the import
added to the catalogue (when nothing else uses them yet); redo stores it again."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_import import commit_import
from dancoso_desktop.services.plan_service import PlanService


class ImportPlanCommand(QUndoCommand):
    """Pushed after the plan was stored (so a refused import never reaches the stack)."""

    def __init__(self, window: Any, plan: Plan, added_units: set[int] | None = None) -> None:
        super().__init__(QCoreApplication.translate("ImportPlan", "Import the plan of %1").replace("%1", str(plan.year)))
        self.window = window
        self.plan = copy.deepcopy(plan)
        self.added_units = set(added_units or ())
        self._first = True

    def _service(self) -> PlanService:
        return PlanService(self.window.workspace.db)

    def redo(self) -> None:
        if self._first:          # stored by do_import before the push
            self._first = False
            return
        self.added_units = _store(self.window, self.plan)
        self.window.data_changed.emit()

    def undo(self) -> None:
        self._service().delete_plan(self.plan.year)
        units = CommuneService(self.window.workspace.db)
        for unit_id in sorted(self.added_units):
            try:
                units.delete_unit(unit_id)
            except ValidationError:   # used meanwhile (a disclosure, an inspection…): it stays
                pass
        self.added_units.clear()
        self.window.data_changed.emit()


def _unit_ids(window: Any) -> set[int]:
    return {u.id for u in CommuneService(window.workspace.db).list_units(include_retired=True) if u.id is not None}


def _store(window: Any, plan: Plan) -> set[int]:
    """Store the plan; the ids of the units it added to the catalogue."""
    before = _unit_ids(window)
    commit_import(PlanService(window.workspace.db), copy.deepcopy(plan))
    return _unit_ids(window) - before


def do_import(window: Any, plan: Plan) -> None:
    """Store the plan in one transaction, then make it undoable; a refusal raises, nothing stored."""
    added = _store(window, plan)
    window.undo_stack.push(ImportPlanCommand(window, plan, added))
    window.data_changed.emit()
