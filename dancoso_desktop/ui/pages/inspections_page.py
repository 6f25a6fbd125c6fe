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

    def open_inspection(inspection_id: int) -> None:   # "inspection" records (report figures)
        year = page.record_year(inspection_id)
        if year is not None and year != window.year():
            window.set_year(year)
        window.show_page("inspections")
        page.select_record(inspection_id)

    window.register_opener("inspection", open_inspection)
    return page
