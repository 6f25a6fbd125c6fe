"""`dancoso demo`: a realistic demo commune, built step by step by each feature.

Each step takes (workspace, year, scale, rng) and returns a short summary of what it added.
Steps run in order: the commune and its units first, then the plan, then the registers.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from dancoso_desktop.services import (
    demo_assessment,
    demo_commune,
    demo_conferences,
    demo_consultations,
    demo_decisions,
    demo_disclosures,
    demo_inspections,
    demo_plan,
    demo_reports,
    demo_returns,
    demo_supervision,
)
from dancoso_desktop.services.workspace import Workspace

DemoStep = Callable[[Workspace, int, int, random.Random], str]

DEMO_STEPS: list[DemoStep] = [
    demo_commune.add_demo,
    demo_plan.add_demo,
    demo_disclosures.add_demo,
    demo_inspections.add_demo,
    demo_decisions.add_demo,
    demo_consultations.add_demo,
    demo_conferences.add_demo,
    demo_supervision.add_demo,
    demo_assessment.add_demo,
    demo_returns.add_demo,
    demo_reports.add_demo,
]


def create_demo(ws: Workspace, year: int, scale: int = 1) -> str:
    from dancoso_desktop.domain.errors import ValidationError
    from dancoso_desktop.domain.plan import check_year

    check_year(year)
    if not 1 <= scale <= 1000:
        raise ValidationError("Hệ số --scale phải từ 1 đến 1000.", "--scale must be 1 to 1000.")
    rng = random.Random(f"dancoso-demo-{year}")
    parts = [step(ws, year, scale, rng) for step in DEMO_STEPS]
    return "; ".join(p for p in parts if p)
