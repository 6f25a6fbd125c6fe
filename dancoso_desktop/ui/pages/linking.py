"""Wiring a page's own `data_changed` to the window's, without echoing a change back to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def relay_changes(window: Any, page: Any, reload: Callable[[], None]) -> None:
    """A change made on ``page`` tells the window (so other pages reload); a change announced by
    another page makes ``page`` call ``reload`` — but not the change it announced itself."""
    own = {"active": False}

    def own_change() -> None:
        own["active"] = True
        try:
            window.data_changed.emit()
        finally:
            own["active"] = False

    def other_change() -> None:
        if not own["active"]:
            reload()

    page.data_changed.connect(own_change)
    window.data_changed.connect(other_change)
