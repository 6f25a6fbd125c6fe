"""Menu actions of a feature (filled in by its feature)."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add this feature's actions to the window's menus."""
