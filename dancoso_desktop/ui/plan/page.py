"""The plan editor page: section tree beside the detail form, document data, actions.

Built without the main window (``PlanPage(workspace, undo_stack, year)``) so tests drive it
directly; ``ui.pages.plan_page.create(window)`` wires it to the window's year, menus and errors.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QLineEdit,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService, SectionFields
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.plan.commands import (
    AddSectionCommand,
    DeleteSectionCommand,
    DocumentCommand,
    EditSectionCommand,
    MoveSectionCommand,
    PlanEditor,
    fields_of,
)
from dancoso_desktop.ui.plan.document_form import DocumentForm
from dancoso_desktop.ui.plan.empty_state import EmptyPlanState
from dancoso_desktop.ui.plan.filter_proxy import SectionFilterProxy
from dancoso_desktop.ui.plan.plan_files import PlanFilesMixin
from dancoso_desktop.ui.plan.section_form import SectionForm
from dancoso_desktop.ui.plan.tree_model import (
    PlanTreeModel,
)
from dancoso_desktop.ui.plan.tree_view import PlanTreeView
from dancoso_desktop.ui.widgets.form_scroll import FormScrollArea
from dancoso_desktop.ui.widgets.messages import Messages


class PlanPage(PlanFilesMixin, QWidget):
    data_changed = Signal()  # a plan was created or imported: other pages may reload

    def __init__(
        self,
        workspace: Workspace,
        undo_stack: QUndoStack,
        year: int,
        show_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan"))
        self.workspace = workspace
        self.service = PlanService(workspace.db)
        self.communes = CommuneService(workspace.db)
        self.undo_stack = undo_stack
        self._show_error = show_error
        self._load_units()
        self.model = PlanTreeModel(self)
        # The filter proxy sits between the model and the view only while a filter is typed:
        # without it, drawing and moving in a large plan costs half as much.
        self.proxy = SectionFilterProxy(self)
        self.editor = PlanEditor(self.service, self.model, undo_stack, lambda: self._unit_names)
        self.editor.failed.connect(self.report_error)
        self.model.move_handler = self._move_from_drop
        self._build()
        self.editor.document_changed.connect(lambda: self.document_form.show_document(self.editor.document))
        undo_stack.indexChanged.connect(self._refresh_form)
        self.set_year(year)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.empty = EmptyPlanState()  # the year has no plan yet
        self.create_button = self.empty.button
        self.create_button.clicked.connect(self.new_plan)
        self.stack.addWidget(self.empty)

        editor = QWidget()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("planToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("planFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter sections (Ctrl+F), accents not needed…"))
        self.filter_edit.textChanged.connect(self.set_filter)
        self.tree = PlanTreeView()
        self.tree.setModel(self.model)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.form = SectionForm()
        self.form.edit_requested.connect(self.edit_section)
        form_scroll = FormScrollArea(self.form, floor=340)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(form_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 360])
        self.splitter = splitter
        self.document_form = DocumentForm()
        self.document_form.save_requested.connect(self.save_document)
        doc_scroll = QScrollArea()
        doc_scroll.setWidgetResizable(True)
        doc_scroll.setWidget(self.document_form)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("&Sections"))
        self.tabs.addTab(doc_scroll, self.tr("&Document data"))
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tabs)
        self.stack.addWidget(editor)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.stack)
        self._build_actions()

    def _action(
        self,
        text: str,
        keys: list[str],
        slot: Callable[[], object],
        *,
        on_tree: bool = False,
        toolbar: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        # Delete/Insert act on the tree only: in the form those keys edit text.
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut if on_tree else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(slot)
        (self.tree if on_tree else self).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_sibling_action = self._action(self.tr("Add &section"), ["Ctrl+N"], self.add_sibling)
        self.add_child_action = self._action(self.tr("Add &child"), ["Ctrl+Shift+N"], self.add_child)
        self.delete_action = self._action(self.tr("&Delete"), ["Del"], self.delete_current, on_tree=True)
        self.toolbar.addSeparator()
        self.move_up_action = self._action(self.tr("Move &up"), ["Ctrl+Up"], self.move_up)
        self.move_down_action = self._action(self.tr("Move do&wn"), ["Ctrl+Down"], self.move_down)
        self.indent_action = self._action(self.tr("&Indent"), ["Ctrl+Right"], self.indent)
        self.outdent_action = self._action(self.tr("&Outdent"), ["Ctrl+Left"], self.outdent)
        self.filter_action = self._action(self.tr("&Filter"), ["Ctrl+F"], self.focus_filter, toolbar=False)
        # Keys that only make sense on the tree (Tab moves focus elsewhere).
        self._action(self.tr("Add section"), ["Insert"], self.add_sibling, on_tree=True, toolbar=False)
        self._action(self.tr("Indent"), ["Tab"], self.indent, on_tree=True, toolbar=False)
        self._action(self.tr("Outdent"), ["Shift+Tab", "Backtab"], self.outdent, on_tree=True, toolbar=False)
        self.new_plan_action = QAction(self.tr("&New plan…"), self)
        self.new_plan_action.triggered.connect(self.new_plan)
        self.import_action = QAction(self.tr("&Import plan JSON…"), self)
        self.import_action.triggered.connect(self.import_json)
        self.export_action = QAction(self.tr("&Export plan JSON…"), self)
        self.export_action.triggered.connect(self.export_json)
        self.edit_actions = [
            self.add_sibling_action,
            self.add_child_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            self.indent_action,
            self.outdent_action,
            self.filter_action,
        ]
        self.file_actions = [self.new_plan_action, self.import_action, self.export_action]

    def install_menus(self, menu: Callable[[str], QMenu]) -> None:
        """Put the page's actions in the window's File and Edit menus."""
        file_menu = menu("file")
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in self.file_actions:
            file_menu.insertAction(first, action) if first else file_menu.addAction(action)
        if first:
            file_menu.insertSeparator(first)
        edit_menu = menu("edit")
        for action in self.edit_actions:
            edit_menu.addAction(action)

    def showEvent(self, event: QShowEvent) -> None:
        # The Edit menu is shared by every page: show the plan's items only with the plan page.
        for action in self.edit_actions:
            action.setVisible(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.commit_pending()  # another page, or the window closing: nothing typed is lost
        for action in self.edit_actions:
            action.setVisible(False)
        super().hideEvent(event)

    # -- dialogs (classmethods that tests replace) ------------------------------------------------
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, count: int) -> bool:
        """Confirm a delete; True to delete."""
        text = QCoreApplication.translate("PlanPage", "Delete “%1”?").replace("%1", title)
        if count > 1:
            text += "\n" + QCoreApplication.translate(
                "PlanPage", "Its %1 subsections are deleted with it."
            ).replace("%1", str(count - 1))
        text += "\n" + QCoreApplication.translate("PlanPage", "You can undo this with Ctrl+Z.")
        return Messages.ask(parent, Messages.app_title(), text)

    def report_error(self, exc: BaseException) -> None:
        Messages.report(self, exc, self._show_error)
        self.form.invalidate()  # the fields go back to what is stored
        self._refresh_form()

    # -- year and loading ---------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        if hasattr(self, "year"):
            self.commit_pending()  # what is typed belongs to the plan on screen
        self.year = year
        self.reload()

    def commit_pending(self) -> None:
        """Save fields that are typed but not yet finished (leaving the page, changing year)."""
        if self.editor.plan_id is not None:
            self.form.commit_pending()
            self.document_form.commit()

    def _load_units(self) -> None:
        everything = self.communes.list_units(include_retired=True)
        self._units = [u for u in everything if not u.retired]  # retired units are not offered
        self._unit_names = {u.id: u.name for u in everything if u.id}

    def reload(self) -> None:
        self._load_units()
        try:
            plan = self.editor.load(self.year)
        except UserError as exc:  # e.g. the database became unreadable: say so, show nothing
            self.editor.model.load(None)
            self.editor.plan_id = None
            plan = None
            self.report_error(exc)
        self.empty.set_year(self.year)
        self.stack.setCurrentIndex(1 if plan else 0)
        for action in (*self.edit_actions, self.export_action):
            action.setEnabled(plan is not None)
        self.tree.expandAll()
        self.form.year = self.year
        self.form.show_section(None, self._units, self.year)
        if plan and plan.sections:
            self.select(int(plan.sections[0].id or 0))

    # -- selection --------------------------------------------------------------------------------
    def filtering(self) -> bool:
        return self.tree.model() is self.proxy

    def current_id(self) -> int | None:
        index = self.tree.currentIndex()
        if index.isValid() and self.filtering():
            index = self.proxy.mapToSource(index)
        return self.model.id_of(index) if index.isValid() else None

    def select(self, sid: int | None) -> None:
        index = self.model.index_of(sid)
        if self.filtering():
            index = self.proxy.mapFromSource(index)
        if not index.isValid():
            self._on_current(QModelIndex())
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index)
        self._refresh_form()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self._refresh_form()

    def _refresh_form(self, *_: object) -> None:
        sid = self.current_id()
        if sid is None or not self.model.has(sid):
            self.form.show_section(None, self._units, self.year)
            return
        sec = self.model.section(sid)
        self.form.show_section(
            sec, self._units, self.year, self.model.progress_of(sid), self.model.is_late(sec)
        )

    # -- edits --------------------------------------------------------------------------------
    def edit_section(self, sid: int, new: SectionFields, names: list[str]) -> None:
        if not self.model.has(sid):
            return
        old = fields_of(self.model.section(sid), names)
        self.editor.push(EditSectionCommand(self.editor, sid, new, old))

    def save_document(self, doc: Plan) -> None:
        if self.editor.document is not None:
            self.editor.push(DocumentCommand(self.editor, doc, self.editor.document))

    def _add(self, parent_id: int | None, position: int | None) -> int | None:
        self.form.commit_pending()
        command = AddSectionCommand(self.editor, parent_id, position, self.tr("New section"))
        if not self.editor.push(command):
            return None
        self.select(command.section_id)
        self.form.title_edit.setFocus()
        self.form.title_edit.selectAll()
        return command.section_id

    def add_sibling(self) -> int | None:
        sid = self.current_id()
        if sid is None:
            return self._add(None, None)
        return self._add(self.model.parent_id(sid), self.model.position(sid) + 1)

    def add_child(self) -> int | None:
        sid = self.current_id()
        return self._add(sid, None)

    def delete_current(self) -> bool:
        sid = self.current_id()
        if sid is None:
            return False
        sec = self.model.section(sid)
        if not self.ask(self, sec.title, sum(1 for _ in sec.walk())):
            return False
        parent_id, position = self.model.parent_id(sid), self.model.position(sid)
        if not self.editor.push(DeleteSectionCommand(self.editor, sid)):
            return False
        siblings = self.model.children_of(parent_id)
        nxt = siblings[min(position, len(siblings) - 1)].id if siblings else parent_id
        self.select(nxt)
        return True

    def move_section(
        self, sid: int, new_parent: int | None, new_position: int, text: str | None = None
    ) -> bool:
        self.form.commit_pending()
        ok = self.editor.push(MoveSectionCommand(self.editor, sid, new_parent, new_position, text))
        if ok:
            if self.current_id() == sid:  # the current index moved with the row
                self.tree.scrollTo(self.tree.currentIndex())
            else:
                self.select(sid)
        return ok

    def _move_from_drop(self, sid: int, new_parent: int | None, new_position: int) -> bool:
        return self.move_section(sid, new_parent, new_position, self.tr("Drag section"))

    def move_up(self) -> bool:
        sid = self.current_id()
        if sid is None or self.model.position(sid) == 0:
            return False
        return self.move_section(
            sid, self.model.parent_id(sid), self.model.position(sid) - 1, self.tr("Move section up")
        )

    def move_down(self) -> bool:
        sid = self.current_id()
        if sid is None:
            return False
        parent = self.model.parent_id(sid)
        if self.model.position(sid) >= len(self.model.children_of(parent)) - 1:
            return False
        return self.move_section(sid, parent, self.model.position(sid) + 1, self.tr("Move section down"))

    def indent(self) -> bool:
        """The section becomes the last child of the section above it."""
        sid = self.current_id()
        if sid is None or self.model.position(sid) == 0:
            return False
        prev = self.model.children_of(self.model.parent_id(sid))[self.model.position(sid) - 1]
        return self.move_section(sid, prev.id, len(prev.children), self.tr("Indent section"))

    def outdent(self) -> bool:
        """The section comes right after its parent, one level up."""
        sid = self.current_id()
        parent = self.model.parent_id(sid) if sid is not None else None
        if sid is None or parent is None:
            return False
        return self.move_section(
            sid, self.model.parent_id(parent), self.model.position(parent) + 1, self.tr("Outdent section")
        )

    # -- filter -------------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def set_filter(self, text: str) -> None:
        wanted = bool(text.split())
        if wanted != self.filtering():
            current = self.current_id()
            old = self.tree.selectionModel()
            if wanted:
                self.proxy.setSourceModel(self.model)
                self.proxy.set_query(text)
                self.tree.setModel(self.proxy)
            else:
                self.tree.setModel(self.model)
                self.proxy.setSourceModel(None)  # type: ignore[arg-type]  # detached: no work while unused
                self.proxy.set_query("")
            old.deleteLater()
            self.tree.selectionModel().currentChanged.connect(self._on_current)
            self.tree.expandAll()
            if current is not None:
                self.select(current)
            return
        self.proxy.set_query(text)
        self.tree.expandAll()
