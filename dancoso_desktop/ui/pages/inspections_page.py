"""The inspections page of the main window: records and plan, wired to the window's year."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.inspections.page import InspectionsPage
from dancoso_desktop.ui.pages.linking import relay_changes


def create(window: Any) -> InspectionsPage:
    page = InspectionsPage(window.workspace, window.year(), show_error=window.show_error,
                           run_task=lambda title, fn, done: window.run_task(title, fn, done),
                           undo_stack=window.undo_stack)
    window.year_changed.connect(page.set_year)
    relay_changes(window, page, page.reload)  # the plan page shows the linked section's progress
    return page
