"""The navigation list beside a stack of pages, with pages built when first needed.

Building every page at start-up (each loads its registers) made the officer wait for pages
not yet looked at; so a page registered with a factory is built when it is first shown or asked
for, or in the background right after the window appears. A factory that returns None (a
feature not built yet) takes its entry out of the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QScrollArea, QStackedWidget, QWidget

Factory = Callable[[], QWidget | None]
KEY_ROLE = Qt.ItemDataRole.UserRole


class PageList(QObject):
    page_added = Signal(str, str)      # key, title: a new entry in the list
    page_removed = Signal(str)
    page_built = Signal(str, object)   # key, widget

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._pending: dict[str, Factory] = {}
        self._holders: dict[str, QScrollArea] = {}
        self._building: set[str] = set()
        self.nav.currentRowChanged.connect(self._on_row)

    # -- entries ------------------------------------------------------------------------------
    def _entry(self, key: str, title: str) -> None:
        # A page wider than the screen (a 1366×768 office laptop) scrolls instead of pushing
        # the whole window off the screen; at normal sizes the scroll area is invisible.
        holder = QScrollArea()
        holder.setObjectName(f"scroll_{key}")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        self._holders[key] = holder
        self.stack.addWidget(holder)
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        self.nav.addItem(item)
        self.page_added.emit(key, title)

    def register(self, key: str, title: str, factory: Factory) -> None:
        """A page built on first use."""
        if key in self._holders:
            raise ValueError(f"page {key!r} added twice")
        self._pending[key] = factory
        self._entry(key, title)

    def add(self, key: str, title: str, widget: QWidget) -> None:
        """A page that exists now (also a factory adding its own page while being built)."""
        if key in self._pages:
            raise ValueError(f"page {key!r} added twice")
        if key not in self._holders:
            self._entry(key, title)
        else:
            self._pending.pop(key, None)
            self._set_title(key, title)
        self._install(key, widget)

    def _install(self, key: str, widget: QWidget) -> None:
        widget.setObjectName(widget.objectName() or f"page_{key}")
        self._pages[key] = widget
        self._holders[key].setWidget(widget)
        self.page_built.emit(key, widget)

    def _set_title(self, key: str, title: str) -> None:
        row = self._row(key)
        if row >= 0 and title:
            self.nav.item(row).setText(title)

    def _remove(self, key: str) -> None:
        row = self._row(key)
        holder = self._holders.pop(key)
        self._pending.pop(key, None)
        self.stack.removeWidget(holder)
        holder.deleteLater()
        if row >= 0:
            self.nav.takeItem(row)
        self.page_removed.emit(key)

    def _row(self, key: str) -> int:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(KEY_ROLE) == key:
                return row
        return -1

    # -- building -----------------------------------------------------------------------------
    def ensure(self, key: str) -> QWidget | None:
        """The page, built now if it was waiting; None for an unknown or unbuilt feature."""
        if key in self._pages:
            return self._pages[key]
        factory = self._pending.get(key)
        if factory is None or key in self._building:
            return None
        self._building.add(key)
        try:
            widget = factory()
        finally:
            self._building.discard(key)
        if key in self._pages:  # the factory added the page itself
            return self._pages[key]
        if widget is None:
            self._remove(key)
            return None
        self._pending.pop(key, None)
        if widget.windowTitle():
            self._set_title(key, widget.windowTitle())
        self._install(key, widget)
        return widget

    def build_pending(self, *, one_at_a_time: bool = True) -> None:
        """Build the waiting pages; one per event-loop turn so the window stays responsive."""
        if not self._pending:
            return
        self.ensure(next(iter(self._pending)))
        if one_at_a_time:
            QTimer.singleShot(0, self, self.build_pending)   # cancelled if the window goes first
        else:
            self.build_pending(one_at_a_time=False)

    # -- navigation -----------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return [self.nav.item(r).data(KEY_ROLE) for r in range(self.nav.count())]

    def built(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show(self, key: str) -> QWidget:
        widget = self.ensure(key)
        if widget is None:
            raise KeyError(key)
        self.nav.setCurrentRow(self._row(key))
        return widget

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(KEY_ROLE)
        if self.ensure(key) is None and key not in self._pages:
            return  # the entry went away (an unbuilt feature); the list moved on by itself
        self.stack.setCurrentWidget(self._holders[key])
