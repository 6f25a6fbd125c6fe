"""Undo commands of the plan editor: each calls PlanService, then updates the tree model.

The first run of a command happens before it is pushed (``PlanEditor.push``), so a refused
edit (a ValidationError from the service) is shown and never lands on the undo stack. Later
redo/undo runs that fail (the data changed under us) show the error and reload the tree from
the database, so the window never shows something the database does not hold.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.numbering import NumberStyle
from dancoso_desktop.domain.plan import Plan, PlanSection, Status
from dancoso_desktop.domain.text import clean_line, clean_text
from dancoso_desktop.services.plan_service import PlanService, SectionFields, SectionSnapshot
from dancoso_desktop.ui.plan.tree_model import PlanTreeModel


class PlanEditor(QObject):
    """What the commands act on: the service, the model, the undo stack and the plan's year."""

    document_changed = Signal()
    failed = Signal(object)  # a UserError the officer must see

    def __init__(
        self,
        service: PlanService,
        model: PlanTreeModel,
        undo_stack: QUndoStack,
        unit_names: Callable[[], dict[int, str]],
    ) -> None:
        super().__init__()
        self.service = service
        self.model = model
        self.undo_stack = undo_stack
        self.unit_names = unit_names
        self.year = 0
        self.plan_id: int | None = None
        self.document: Plan | None = None  # the plan's document data (sections not kept here)

    def load(self, year: int) -> Plan | None:
        """Load the plan of ``year`` (one query) into the model; None when there is none."""
        self.year = year
        plan = self.service.get_plan(year) if self.service.has_plan(year) else None
        self.plan_id = plan.id if plan else None
        self.model.load(plan)
        self.document = copy.copy(plan) if plan else None
        if self.document:
            self.document.sections = []
        self.document_changed.emit()
        return plan

    def reload(self) -> None:
        self.load(self.year)

    def push(self, command: PlanCommand) -> bool:
        """Run the command now; on success put it on the undo stack (without running it again)."""
        try:
            command.apply()
        except UserError as exc:
            self.failed.emit(exc)
            return False
        command.done_once = True
        self.undo_stack.push(command)
        return True

    # -- field helpers ------------------------------------------------------------------------
    def model_changes(self, f: SectionFields) -> dict[str, Any]:
        """The same change as the service made, for the PlanSection the model shows."""
        out: dict[str, Any] = {}
        if f.title is not None:
            out["title"] = clean_line(f.title)
        if f.text is not None:
            out["text"] = clean_text(f.text)
        if f.notes is not None:
            out["notes"] = clean_text(f.notes)
        names = (
            self.unit_names() if (f.lead_unit_id is not False or f.coordinating_unit_ids is not None) else {}
        )
        if f.lead_unit_id is not False:
            uid = (
                f.lead_unit_id
                if isinstance(f.lead_unit_id, int) and not isinstance(f.lead_unit_id, bool)
                else None
            )
            out["lead_unit_id"] = uid
            out["lead_unit"] = names.get(uid, "") if uid else ""
        if f.coordinating_unit_ids is not None:
            ids = list(dict.fromkeys(f.coordinating_unit_ids))
            out["coordinating_unit_ids"] = ids
            out["coordinating_units"] = [names.get(i, "") for i in ids]
        if f.timeframe is not None:
            out["timeframe"] = f.timeframe
        if f.status is not None:
            out["status"] = Status(f.status)
            if f.status is Status.DONE and f.progress is None:
                out["progress"] = 100
        if f.progress is not None:
            out["progress"] = f.progress
        if f.child_style is not False:
            out["child_style"] = f.child_style if isinstance(f.child_style, NumberStyle) else None
        return out


def fields_of(section: PlanSection, names: list[str]) -> SectionFields:
    """The current values of the named fields, to undo an edit of them."""
    f = SectionFields()
    for name in names:
        if name == "title":
            f.title = section.title
        elif name == "text":
            f.text = section.text
        elif name == "notes":
            f.notes = section.notes
        elif name == "lead_unit_id":
            f.lead_unit_id = section.lead_unit_id
        elif name == "coordinating_unit_ids":
            f.coordinating_unit_ids = list(section.coordinating_unit_ids)
        elif name == "timeframe":
            f.timeframe = section.timeframe
        elif name == "status":
            f.status = section.status
            f.progress = section.progress  # a status of Done also sets the progress
        elif name == "progress":
            f.progress = section.progress
        elif name == "child_style":
            f.child_style = section.child_style
    return f


class PlanCommand(QUndoCommand):
    def __init__(self, editor: PlanEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.year = editor.year
        self.done_once = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def reapply(self) -> None:
        self.apply()

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False  # the first run happened in PlanEditor.push
            return
        self._guard(self.reapply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except UserError as exc:
            self.editor.reload()
            self.setObsolete(True)
            self.editor.failed.emit(exc)
        except KeyError:
            self.editor.reload()  # stored; the tree shown was another year's
        else:
            if self.editor.year != self.year:
                self.editor.reload()  # the command is of another year's plan: show the truth


class AddSectionCommand(PlanCommand):
    def __init__(self, editor: PlanEditor, parent_id: int | None, position: int | None, title: str) -> None:
        super().__init__(editor, QCoreApplication.translate("PlanCommands", "Add section"))
        self.parent_id, self.position, self.title = parent_id, position, title
        self.section_id: int | None = None
        self.section: PlanSection | None = None
        self.snapshot: SectionSnapshot | None = None

    def apply(self) -> None:
        ed = self.editor
        if ed.plan_id is None:
            return
        sid = ed.service.add_section(ed.plan_id, self.parent_id, self.position, self.title)
        count = len(ed.model.children_of(self.parent_id))
        self.position = count if self.position is None else max(0, min(self.position, count))
        self.section_id = sid
        self.section = PlanSection(title=clean_line(self.title), id=sid)
        ed.model.insert_section(self.parent_id, self.position, self.section)

    def revert(self) -> None:
        assert self.section_id is not None
        self.snapshot = self.editor.service.delete_section(self.section_id)
        self.section = self.editor.model.remove_section(self.section_id)

    def reapply(self) -> None:
        assert self.snapshot is not None and self.section is not None
        self.editor.service.restore_section(self.snapshot)  # same id: later commands still apply
        self.editor.model.insert_section(self.parent_id, int(self.position or 0), self.section)


class DeleteSectionCommand(PlanCommand):
    def __init__(self, editor: PlanEditor, section_id: int) -> None:
        super().__init__(editor, QCoreApplication.translate("PlanCommands", "Delete section"))
        self.section_id = section_id
        self.parent_id = editor.model.parent_id(section_id)
        self.position = editor.model.position(section_id)
        self.snapshot: SectionSnapshot | None = None
        self.section: PlanSection | None = None

    def apply(self) -> None:
        self.snapshot = self.editor.service.delete_section(self.section_id)
        self.section = self.editor.model.remove_section(self.section_id)

    def revert(self) -> None:
        assert self.snapshot is not None and self.section is not None
        self.editor.service.restore_section(self.snapshot)
        self.editor.model.insert_section(self.parent_id, self.position, self.section)


class MoveSectionCommand(PlanCommand):
    def __init__(
        self,
        editor: PlanEditor,
        section_id: int,
        new_parent: int | None,
        new_position: int,
        text: str | None = None,
    ) -> None:
        super().__init__(editor, text or QCoreApplication.translate("PlanCommands", "Move section"))
        self.section_id = section_id
        self.new_parent, self.new_position = new_parent, new_position
        self.old_parent = editor.model.parent_id(section_id)
        self.old_position = editor.model.position(section_id)

    def apply(self) -> None:
        self.editor.service.move_section(self.section_id, self.new_parent, self.new_position)
        self.editor.model.move_section(self.section_id, self.new_parent, self.new_position)

    def revert(self) -> None:
        self.editor.service.move_section(self.section_id, self.old_parent, self.old_position)
        self.editor.model.move_section(self.section_id, self.old_parent, self.old_position)


class EditSectionCommand(PlanCommand):
    def __init__(
        self,
        editor: PlanEditor,
        section_id: int,
        new: SectionFields,
        old: SectionFields,
        text: str | None = None,
    ) -> None:
        super().__init__(editor, text or QCoreApplication.translate("PlanCommands", "Edit section"))
        self.section_id, self.new, self.old = section_id, new, old

    def _set(self, f: SectionFields) -> None:
        self.editor.service.update_section(self.section_id, f)
        self.editor.model.update_section(self.section_id, **self.editor.model_changes(f))

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class DocumentCommand(PlanCommand):
    """Save the plan's document data (number, place, date, bases, recipients, signer…)."""

    def __init__(self, editor: PlanEditor, new: Plan, old: Plan) -> None:
        super().__init__(editor, QCoreApplication.translate("PlanCommands", "Edit document data"))
        self.new, self.old = new, old

    def _set(self, doc: Plan) -> None:
        self.editor.service.update_document(self.year, doc)
        if self.editor.year != self.year:
            return
        stored = self.editor.service.get_plan(self.year)  # as cleaned by the service
        stored.sections = []
        self.editor.document = stored
        self.editor.document_changed.emit()

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)
