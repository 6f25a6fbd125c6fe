"""A page of the main window (filled in by its feature)."""

from __future__ import annotations

from typing import Any


def create(window: Any) -> Any:
    """Return the page widget, or None while the feature is not built."""
    return None
