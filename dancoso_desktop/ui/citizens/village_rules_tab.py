"""The tab "Hương ước, quy ước" of the citizens page, wired to the window (undo stack, long tasks,
errors, units catalogue changes) with the opener of the "village_rule" records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dancoso_desktop.ui.citizens.village_rule_page import VillageRulesPage
from dancoso_desktop.ui.pages.linking import relay_changes


def title(window: Any) -> str:
    return QCoreApplication.translate("VillageRulesTab", "Village rules")


def create(window: Any) -> VillageRulesPage:
    page = VillageRulesPage(window.workspace, undo_stack=window.undo_stack, show_error=window.show_error,
                            run_task=lambda text, fn, done: window.run_task(text, fn, done))
    relay_changes(window, page, page.reload_all)

    def open_rule(record_id: int) -> None:
        shell = window.show_page("citizens")
        if hasattr(shell, "show_tab"):
            shell.show_tab("village_rules")
        page.show_record(record_id)

    window.register_opener("village_rule", open_rule)
    return page
