"""The page "Nhân dân bàn, quyết định" (issue 12): decisions, consultations, hương ước."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.pages.tabbed import TabbedPage

# (tab key, module with title(window) and create(window)); each feature adds its own line.
TABS: list[tuple[str, str]] = [
    ("decisions", "dancoso_desktop.ui.citizens.decisions_tab"),
    ("consultations", "dancoso_desktop.ui.citizens.consultations_tab"),
    ("village_rules", "dancoso_desktop.ui.citizens.village_rules_tab"),
]


def create(window: Any) -> TabbedPage | None:
    return TabbedPage(window, TABS) if TABS else None
