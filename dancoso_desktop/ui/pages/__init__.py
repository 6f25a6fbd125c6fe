"""The pages of the main window's navigation list and the features' menu actions.

Each feature contributes, in a module of its own, a page factory ``create(window)`` returning a
QWidget (or None while the feature is not there) and/or an installer ``install(window)`` that adds
its menu actions. The order here is the order of the navigation list. Page modules are imported
only when their page is first built, so start-up pays for the first page alone.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

# (key used by `dancoso screenshot --page KEY`, module in this package with create(window))
PAGES = [
    ("today", "today_page"),
    ("plan", "plan_page"),
    ("disclosures", "disclosures_page"),
    ("inspections", "inspections_page"),
    ("followup", "followup_page"),
    ("reports", "reports_page"),
    ("citizens", "citizens_page"),
    ("supervision", "supervision_page"),
    ("returns", "returns_page"),
    ("assessment", "assessment_page"),
    ("rollup", "rollup_page"),
]

ACTIONS = ["export_actions", "import_actions", "data_actions", "reports_page", "supervision_openers", "rollup_page"]


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def create_page(name: str, window: Any) -> Any:
    """Import the page's module and build the page."""
    return _module(name).create(window)


def action_modules() -> list[ModuleType]:
    return [_module(name) for name in ACTIONS]
