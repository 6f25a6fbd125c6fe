"""The pages of the main window's navigation list and the features' menu actions.

Each feature contributes, in a module of its own, a page factory ``create(window)`` returning a
QWidget (or None while the feature is not there) and/or an installer ``install(window)`` that adds
its menu actions. The order here is the order of the navigation list.
"""

from __future__ import annotations

from dancoso_desktop.ui.pages import (
    data_actions,
    disclosures_page,
    export_actions,
    followup_page,
    import_actions,
    inspections_page,
    plan_page,
)

# (key used by `dancoso screenshot --page KEY`, module with create(window))
PAGES = [
    ("plan", plan_page),
    ("disclosures", disclosures_page),
    ("inspections", inspections_page),
    ("followup", followup_page),
]

ACTIONS = [export_actions, import_actions, data_actions]
