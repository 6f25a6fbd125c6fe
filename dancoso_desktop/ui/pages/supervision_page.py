"""The page "Giám sát, dân chủ nội bộ" (issue 13): boards, conferences, petitions, staff."""

from __future__ import annotations

from typing import Any

from dancoso_desktop.ui.pages.tabbed import TabbedPage

# (tab key, module with title(window) and create(window)); each feature adds its own line.
TABS: list[tuple[str, str]] = [
    ("boards", "dancoso_desktop.ui.supervision.boards_tab"),
    ("recommendations", "dancoso_desktop.ui.supervision.recommendations_tab"),
    ("petitions", "dancoso_desktop.ui.supervision.petitions_tab"),
    ("conferences", "dancoso_desktop.ui.supervision.conferences_tab"),
    ("staff_conference", "dancoso_desktop.ui.supervision.staff_conference_tab"),
]


def create(window: Any) -> TabbedPage | None:
    return TabbedPage(window, TABS) if TABS else None
