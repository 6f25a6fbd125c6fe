"""The "Roll-up" page, shown when this installation is a receiving office (issue 14 part 2), and
its Tools menu switch. The module's top stays light: it is imported at start for the switch."""

from __future__ import annotations

from typing import Any


def _page(window: Any) -> Any:
    from dancoso_desktop.ui.pages.linking import relay_changes
    from dancoso_desktop.ui.rollup.page import RollupPage

    page = RollupPage(window.workspace, show_error=window.show_error, run_task=window.run_task, year=window.year)
    relay_changes(window, page, page.reload)
    window.year_changed.connect(page.on_year)
    return page


def create(window: Any) -> Any:
    from dancoso_desktop.services.rollup_service import is_receiving_office

    if not is_receiving_office(window.workspace.db):
        return None          # not a receiving office: no page
    return _page(window)


def install(window: Any) -> None:
    """Tools › Receiving office: switches the mode; the page appears at once when switched on."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction

    from dancoso_desktop.services.rollup_service import is_receiving_office, set_receiving_office

    if not is_receiving_office(window.workspace.db) and "rollup" in window.page_keys():
        # Settle the page now, while the window is alive: its factory gives None (no page), and
        # the entry leaves the navigation list before any background build could reach it.
        window.page("rollup")
    action = QAction(QCoreApplication.translate("RollupPage", "Receiving office (roll-up of communes' reports)"), window)
    action.setObjectName("action_receiving_office")
    action.setCheckable(True)
    action.setChecked(is_receiving_office(window.workspace.db))

    def toggled(on: bool) -> None:
        set_receiving_office(window.workspace.db, on)
        if on and "rollup" not in window.page_keys():
            window.add_page("rollup", window._default_title("rollup"), _page(window))
            window.show_page("rollup")
        elif not on:
            window.statusBar().showMessage(QCoreApplication.translate(
                "RollupPage", "The roll-up page is hidden the next time the window opens."), 8000)

    action.toggled.connect(toggled)
    window.menu("tools").addAction(action)
