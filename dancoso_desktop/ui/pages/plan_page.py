"""The plan page of the main window: the plan editor wired to the window's year, menus and errors."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.plan.page import PlanPage


def create(window: Any) -> PlanPage:
    page = PlanPage(window.workspace, window.undo_stack, window.year(), show_error=window.show_error)
    window.year_changed.connect(page.set_year)

    reloading = {"own": False}

    def own_change() -> None:
        reloading["own"] = True
        try:
            window.data_changed.emit()
        finally:
            reloading["own"] = False

    def other_change() -> None:
        if not reloading["own"]:  # units renamed, a plan imported elsewhere…
            page.reload()

    page.data_changed.connect(own_change)
    window.data_changed.connect(other_change)
    page.install_menus(window.menu)

    def open_section(section_id: int) -> None:   # the due list's "plan_section" records
        from dancoso_desktop.services.plan_due import section_year

        year = section_year(window.workspace.db, section_id)
        if year is not None and year != window.year():
            window.set_year(year)
        window.show_page("plan")
        page.select(section_id)

    window.register_opener("plan_section", open_section)
    return page
