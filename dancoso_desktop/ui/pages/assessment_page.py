"""The self-assessment page of the main window (issue 11 item 8), wired to the year, undo stack,
long tasks and errors. Opens "assessment" records: their id is the year (services/assessment_due)."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.assessment.page import AssessmentPage
from dancoso_desktop.ui.pages.linking import relay_changes


def create(window: Any) -> AssessmentPage:
    page = AssessmentPage(window.workspace, window.year(), undo_stack=window.undo_stack,
                          show_error=window.show_error,
                          run_task=lambda title, fn, done: window.run_task(title, fn, done))
    window.year_changed.connect(page.set_year)
    relay_changes(window, page, page.reload)

    def open_assessment(year: int) -> None:
        if year != window.year():
            window.set_year(year)
        window.show_page("assessment")

    window.register_opener("assessment", open_assessment)
    return page
