"""The follow-up page of the main window: open recommendations across inspections."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.inspections.followup import FollowupPage


def create(window: Any) -> FollowupPage:
    page = FollowupPage(window.workspace, undo_stack=window.undo_stack, show_error=window.show_error)
    guard = {"own": False}

    def own_change() -> None:
        guard["own"] = True
        try:
            window.data_changed.emit()
        finally:
            guard["own"] = False

    def other_change() -> None:
        if not guard["own"]:
            page.reload()

    page.data_changed.connect(own_change)
    window.data_changed.connect(other_change)
    return page
