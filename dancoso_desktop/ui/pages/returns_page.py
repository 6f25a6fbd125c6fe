"""The "Unit returns" page of the main window (issue 14 part 1)."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.pages.linking import relay_changes
from dancoso_desktop.ui.returns.page import ReturnsPage


def create(window: Any) -> ReturnsPage:
    page = ReturnsPage(window.workspace, undo_stack=window.undo_stack, show_error=window.show_error,
                       run_task=window.run_task, year=window.year)
    relay_changes(window, page, page.reload)
    window.year_changed.connect(page.on_year)

    def open_unit(unit_id: int) -> None:
        window.show_page("returns")
        page.select_unit(unit_id)

    window.register_opener("unit", open_unit)
    window.register_opener("unit_return", lambda _rid: window.show_page("returns"))
    return page
