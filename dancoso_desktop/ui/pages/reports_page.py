"""The reports page of the main window, wired to the window's year, undo stack and openers."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.pages.linking import relay_changes
from dancoso_desktop.ui.reports.page import ReportsPage


def create(window: Any) -> ReportsPage:
    page = ReportsPage(window.workspace, window.year(), undo_stack=window.undo_stack, show_error=window.show_error,
                       run_task=lambda title, fn, done: window.run_task(title, fn, done),
                       open_record=window.open_record)
    window.year_changed.connect(page.set_year)
    relay_changes(window, page, page.reload)   # a record changed elsewhere: the draft's figures follow

    def open_report(report_id: int) -> None:
        window.show_page("reports")
        page.open_report(report_id)

    window.register_opener("report", open_report)
    return page
