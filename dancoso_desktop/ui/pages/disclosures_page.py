"""The disclosure register page of the main window, wired to the window's year, undo stack,
long tasks and errors (docs/architecture.md)."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.disclosures.page import DisclosuresPage
from dancoso_desktop.ui.pages.linking import relay_changes


def create(window: Any) -> DisclosuresPage:
    page = DisclosuresPage(window.workspace, window.year(), undo_stack=window.undo_stack,
                           show_error=window.show_error,
                           run_task=lambda title, fn, done: window.run_task(title, fn, done))
    window.year_changed.connect(page.set_year)

    def reload_all() -> None:
        page.reload_units()
        page.reload()

    relay_changes(window, page, reload_all)

    def open_disclosure(record_id: int) -> None:   # the due list's "disclosure" records
        window.show_page("disclosures")
        page.open_record(record_id)

    window.register_opener("disclosure", open_disclosure)
    # Overdue disclosures (Art. 14) are announced with everything else overdue by the start
    # page's lasting status-bar notice (ui/pages/today_page.py); a second message here would be
    # drawn over it.
    return page
