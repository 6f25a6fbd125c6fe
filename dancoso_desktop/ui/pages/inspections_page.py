"""The inspections page of the main window: records and plan, wired to the window's year."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.inspections.page import InspectionsPage


def create(window: Any) -> InspectionsPage:
    page = InspectionsPage(window.workspace, window.year(), show_error=window.show_error,
                           run_task=lambda title, fn, done: window.run_task(title, fn, done),
                           undo_stack=window.undo_stack)
    window.year_changed.connect(page.set_year)
    guard = {"own": False}

    def own_change() -> None:
        guard["own"] = True
        try:
            window.data_changed.emit()      # the plan page shows the linked section's progress
        finally:
            guard["own"] = False

    def other_change() -> None:
        if not guard["own"]:
            page.reload()

    page.data_changed.connect(own_change)
    window.data_changed.connect(other_change)
    return page
