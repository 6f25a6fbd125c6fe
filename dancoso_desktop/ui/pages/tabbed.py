"""A page made of tabs that several features fill side by side (citizens, supervision).

Each tab lives in a module of its own with ``title(window) -> str`` (translated) and
``create(window) -> QWidget``; the page lists the modules, so two features never edit one file
beyond their own line.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QTabWidget


class TabbedPage(QTabWidget):
    """The tabs of one page; ``tab(key)`` finds a tab's widget (tests, openers)."""

    def __init__(self, window: Any, tabs: list[tuple[str, str]]) -> None:
        super().__init__()
        self.setDocumentMode(True)
        self._keys: list[str] = []
        for key, module_name in tabs:
            module = importlib.import_module(module_name)
            self.addTab(module.create(window), module.title(window))
            self._keys.append(key)

    def tab(self, key: str) -> Any:
        return self.widget(self._keys.index(key)) if key in self._keys else None

    def show_tab(self, key: str) -> Any:
        widget = self.tab(key)
        if widget is not None:
            self.setCurrentWidget(widget)
        return widget
