"""The import preview: the text as read on the left, the proposed outline on the right with the
warnings, the document data in a tab; nothing is written until the officer presses Import."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.numbering import printed
from dancoso_desktop.domain.plan import Plan, PlanSection
from dancoso_desktop.services.plan_import import ImportResult
from dancoso_desktop.ui.importing import tree_ops
from dancoso_desktop.ui.importing.document_form import DocumentForm
from dancoso_desktop.ui.widgets.messages import Messages

PATH_ROLE = Qt.ItemDataRole.UserRole
RESTORED_COLOR = QColor(170, 80, 0)


class ImportPreviewDialog(QDialog):
    def __init__(self, result: ImportResult, source_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.setWindowTitle(self.tr("Import a plan — %1").replace("%1", source_name))
        self.resize(1180, 760)
        self.plan: Plan = copy.deepcopy(result.plan)
        self._loading = False

        self.source = QPlainTextEdit(result.source_text)
        self.source.setObjectName("import_source")
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Text read from the file")))
        lv.addWidget(self.source)

        self.tree = QTreeWidget()
        self.tree.setObjectName("import_tree")
        # One column: the number printed before the heading, as in the document (a separate
        # number column loses deep numbers to the tree's indentation).
        self.tree.setHeaderLabels([self.tr("Proposed sections")])
        self.tree.setIndentation(18)
        self.tree.currentItemChanged.connect(self._on_current)
        buttons = QHBoxLayout()
        self.raise_button = self._tool(self.tr("◀ Raise level"), "import_raise", self.raise_level, "Alt+Left")
        self.lower_button = self._tool(self.tr("Lower level ▶"), "import_lower", self.lower_level, "Alt+Right")
        self.merge_button = self._tool(self.tr("Merge into the section above"), "import_merge", self.merge, "Alt+Up")
        self.split_button = self._tool(self.tr("Split off the first paragraph"), "import_split", self.split, "Alt+Down")
        for b in (self.raise_button, self.lower_button, self.merge_button, self.split_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("import_title")
        self.title_edit.setPlaceholderText(self.tr("Heading of the selected section"))
        self.title_edit.textEdited.connect(self._on_title)
        self.task_info = QLabel()
        self.task_info.setObjectName("import_task_info")
        self.task_info.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("import_text")
        self.text_edit.setPlaceholderText(self.tr("Text of the selected section"))
        self.text_edit.textChanged.connect(self._on_text)
        splitter_v = QSplitter(Qt.Orientation.Vertical)
        splitter_v.addWidget(self.tree)
        editor = QWidget()
        ev = QVBoxLayout(editor)
        ev.setContentsMargins(0, 0, 0, 0)
        ev.addWidget(self.title_edit)
        ev.addWidget(self.task_info)
        ev.addWidget(self.text_edit)
        splitter_v.addWidget(editor)
        splitter_v.setSizes([480, 180])
        outline = QWidget()
        ov = QVBoxLayout(outline)
        ov.addLayout(buttons)
        ov.addWidget(splitter_v)

        self.form = DocumentForm(self.plan)
        self.warnings = QListWidget()
        self.warnings.setObjectName("import_warnings")
        self.warnings.setWordWrap(True)
        for w in result.warnings:
            self.warnings.addItem(str(w))
        if not result.warnings:
            self.warnings.addItem(self.tr("No warnings: every paragraph found its place."))
        self.tabs = QTabWidget()
        self.tabs.addTab(outline, self.tr("Outline (%1 sections)").replace("%1", str(sum(1 for _ in self.plan.walk()))))
        self.tabs.addTab(self.form, self.tr("Document data"))
        self.tabs.addTab(self.warnings, self.tr("Warnings (%1)").replace("%1", str(len(result.warnings))))
        if result.warnings:   # draw the eye to what needs checking
            self.tabs.tabBar().setTabTextColor(2, QColor(170, 80, 0))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setSizes([460, 720])
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.box.button(QDialogButtonBox.StandardButton.Ok).setObjectName("import_ok")
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        note = QLabel(self.tr("Nothing is saved until you press Import. The import can be undone (Ctrl+Z)."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.box)
        layout.addLayout(bottom)
        self._rebuild(())

    def _tool(self, text: str, name: str, slot: object, shortcut: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setShortcut(QKeySequence(shortcut))
        b.setToolTip(shortcut)
        b.clicked.connect(slot)
        return b

    # -- the tree ---------------------------------------------------------------------------
    def _rebuild(self, select: tuple[int, ...]) -> None:
        self.plan.renumber()
        self._loading = True
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)

        def add(parent: QTreeWidgetItem | None, sections: list[PlanSection], prefix: tuple[int, ...]) -> None:
            for i, s in enumerate(sections):
                item = QTreeWidgetItem([self._label(s)])
                item.setData(0, PATH_ROLE, (*prefix, i))
                item.setToolTip(0, s.title)
                if not prefix:
                    item.setFont(0, bold)
                self._mark_restored(item, s)
                if parent is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                add(item, s.children, (*prefix, i))
        add(None, self.plan.sections, ())
        self.tree.expandAll()
        self._loading = False
        target = self._item(select) if select else self.tree.topLevelItem(0)
        if target is not None:
            self.tree.setCurrentItem(target)

    def _label(self, s: PlanSection) -> str:
        if s.restored and not s.title.strip():
            # A heading the document lost: only its number is known (see importers/tree.py).
            return f"{printed(s.style, s.number)} " + self.tr("[heading missing from the original: type its title]")
        return f"{printed(s.style, s.number)} {s.title}"

    def _mark_restored(self, item: QTreeWidgetItem, s: PlanSection) -> None:
        if not s.restored:
            return
        item.setForeground(0, RESTORED_COLOR)
        font = item.font(0)
        font.setItalic(not s.title.strip())
        item.setFont(0, font)
        item.setToolTip(0, self.tr("This heading is missing from the original document; it was put back "
                                   "from the numbering. Type its title before importing."))

    def _item(self, path: tuple[int, ...]) -> QTreeWidgetItem | None:
        item = self.tree.topLevelItem(path[0]) if path and path[0] < self.tree.topLevelItemCount() else None
        for i in path[1:]:
            if item is None or i >= item.childCount():
                return None
            item = item.child(i)
        return item

    def current_path(self) -> tuple[int, ...] | None:
        item = self.tree.currentItem()
        return tuple(item.data(0, PATH_ROLE)) if item is not None else None

    def _on_current(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if self._loading or item is None:
            return
        section = tree_ops.node(self.plan, tuple(item.data(0, PATH_ROLE)))
        self._loading = True
        self.title_edit.setText(section.title)
        self.title_edit.setCursorPosition(0)
        self.title_edit.setPlaceholderText(
            self.tr("Heading missing from the original document: type its title") if section.restored
            else self.tr("Heading of the selected section"))
        self.text_edit.setPlainText(section.text)
        parts = []
        if section.lead_unit:
            units = ", ".join([section.lead_unit, *section.coordinating_units])
            parts.append(self.tr("Carried out by: %1").replace("%1", units))
        when = section.timeframe.describe(self.plan.year)
        if when:
            parts.append(self.tr("Time frame: %1").replace("%1", when))
        self.task_info.setText(" · ".join(parts))
        self.task_info.setVisible(bool(parts))
        self._loading = False
        # Show where the heading sits in the source text.
        cursor = self.source.document().find(section.title[:60], 0, QTextDocument.FindFlag(0))
        if not cursor.isNull():
            self.source.setTextCursor(cursor)
            self.source.centerCursor()
        else:
            self.source.moveCursor(QTextCursor.MoveOperation.Start)

    def _on_title(self, text: str) -> None:
        path = self.current_path()
        if path is None or self._loading:
            return
        section = tree_ops.node(self.plan, path)
        section.title = text
        item = self.tree.currentItem()
        if item is not None:
            item.setText(0, self._label(section))
            self._mark_restored(item, section)

    def _on_text(self) -> None:
        path = self.current_path()
        if path is None or self._loading:
            return
        tree_ops.node(self.plan, path).text = self.text_edit.toPlainText()

    def _edit(self, op: object) -> None:
        path = self.current_path()
        if path is None:
            return
        self._rebuild(op(self.plan, path))  # type: ignore[operator]

    def raise_level(self) -> None:
        self._edit(tree_ops.raise_)

    def lower_level(self) -> None:
        self._edit(tree_ops.lower)

    def merge(self) -> None:
        self._edit(tree_ops.merge_up)

    def split(self) -> None:
        self._edit(tree_ops.split_text)

    # -- the end ----------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            self.form.apply(self.plan)
            for s in self.plan.walk():
                if not s.title.strip():
                    raise UserError("Có mục không có tiêu đề; hãy nhập tiêu đề hoặc gộp mục đó lên trên.",
                                    "A section has no heading; type one or merge it into the section above.")
        except UserError as exc:
            Messages.user_error(self, exc)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, result: ImportResult, source_name: str) -> Plan | None:
        """Show the preview; the edited plan when the officer presses Import, else None."""
        dialog = cls(result, source_name, parent)
        return dialog.plan if dialog.exec() == QDialog.DialogCode.Accepted else None
