"""The section tree view: single selection, internal drag and drop, columns sized for a plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from dancoso_desktop.ui.plan.tree_model import (
    COL_LEAD,
    COL_NUMBER,
    COL_PROGRESS,
    COL_STATUS,
    COL_TIME,
    COL_TITLE,
)

COLUMN_WIDTHS = ((COL_NUMBER, 78), (COL_LEAD, 135), (COL_TIME, 140), (COL_STATUS, 105), (COL_PROGRESS, 54))


class PlanTreeView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTree")
        self.setUniformRowHeights(True)  # lets a 2,000-row plan lay out without measuring rows
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setIndentation(14)

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in COLUMN_WIDTHS:
            if header.sectionSize(col) == header.defaultSectionSize():  # keep what the officer set
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, width)
