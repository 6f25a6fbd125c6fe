"""The reports page of the main window, wired to the window's year, undo stack and openers.

``install`` runs at window start (ACTIONS) and only registers the "report" opener, so a click
in the due list opens a report before the page was ever shown; the page itself is imported
when first built.
"""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.pages.linking import relay_changes


def create(window: Any) -> Any:
    from dancoso_desktop.ui.reports.page import ReportsPage

    page = ReportsPage(window.workspace, window.year(), undo_stack=window.undo_stack, show_error=window.show_error,
                       run_task=lambda title, fn, done: window.run_task(title, fn, done),
                       open_record=window.open_record)
    window.year_changed.connect(page.set_year)
    relay_changes(window, page, page.reload)   # a record changed elsewhere: the draft's figures follow
    return page


def install(window: Any) -> None:
    def open_report(report_id: int) -> None:
        page = window.show_page("reports")
        if page is not None and hasattr(page, "open_report"):
            page.open_report(report_id)

    window.register_opener("report", open_report)
