"""Filter of the section tree: keeps matching sections and their ancestors, accents ignored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from dancoso_desktop.domain.text import fold
from dancoso_desktop.ui.plan.tree_model import SEARCH_KEY_ROLE


class SectionFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # Recursive filtering keeps the ancestors of every match, so a found item shows where
        # it sits in the plan (design.md §6).
        self.setRecursiveFilteringEnabled(True)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange()

    def query_words(self) -> list[str]:
        return list(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        key = model.data(model.index(source_row, 0, source_parent), SEARCH_KEY_ROLE) or ""
        return all(w in key for w in self._words)
