"""The follow-up page of the main window: open recommendations across inspections."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.inspections.followup import FollowupPage
from dancoso_desktop.ui.pages.linking import relay_changes


def create(window: Any) -> FollowupPage:
    page = FollowupPage(window.workspace, undo_stack=window.undo_stack, show_error=window.show_error)
    relay_changes(window, page, page.reload)
    return page
