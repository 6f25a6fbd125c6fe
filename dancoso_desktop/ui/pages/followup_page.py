"""The follow-up page of the main window: open recommendations across inspections."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.inspections.followup import FollowupPage
from dancoso_desktop.ui.pages.linking import relay_changes


def create(window: Any) -> FollowupPage:
    page = FollowupPage(window.workspace, undo_stack=window.undo_stack, show_error=window.show_error)
    relay_changes(window, page, page.reload)

    def open_recommendation(rec_id: int) -> None:   # the due list's "recommendation" records
        window.show_page("followup")
        page.select_record(rec_id)

    window.register_opener("recommendation", open_recommendation)
    return page
