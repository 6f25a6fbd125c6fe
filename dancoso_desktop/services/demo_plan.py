"""Demo data of the plan feature: this year's plan from the template, part way through.

Statuses are set as an officer would have them on the day the demo is made: contents whose
deadline has passed are mostly done, a few are late; the rest are in progress or not started.
Last year's plan is added too (mostly done), so "roll forward" has something to start from.
With --scale the plan stays one plan: the registers of other features grow instead.
"""

from __future__ import annotations

import random
from datetime import date

from dancoso_desktop.domain.plan import MIN_YEAR, Plan, Status, format_document_number
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.plan_template import template_plan
from dancoso_desktop.services.workspace import Workspace

# Contents left unfinished after their deadline, so that "late" shows in the demo.
LATE_SHARE = 0.2


def as_of(year: int, today: date) -> date:
    """The day the demo pretends it is: today in the current year, else the end of the year."""
    if year == today.year:
        return today
    return date(year, 12, 31) if year < today.year else date(year, 1, 1)


def fill_progress(plan: Plan, on: date, rng: random.Random, *, late_share: float = LATE_SHARE) -> None:
    """Give every task of ``plan`` a status and progress as they would stand on ``on``."""
    start = date(plan.year, 1, 1)
    elapsed = max(0.0, min(1.0, (on - start).days / 365))
    tasks = [s for s in plan.walk() if s.is_task]
    past = []
    for i, s in enumerate(tasks):
        deadline = s.timeframe.deadline(plan.year)
        if deadline is not None and deadline < on:
            past.append(s)
            # The first content of the template is issuing this very plan: done, since it exists.
            if i > 0 and rng.random() < late_share:
                s.status = rng.choice([Status.IN_PROGRESS, Status.NOT_STARTED])
                s.progress = rng.randrange(30, 90, 10) if s.status is Status.IN_PROGRESS else 0
                s.notes = "Chưa hoàn thành đúng hạn; Văn phòng đang đôn đốc."
            else:
                s.status, s.progress = Status.DONE, 100
        elif elapsed > 0 and rng.random() < 0.75:
            s.status = Status.IN_PROGRESS
            s.progress = max(10, min(90, round(elapsed * 10) * 10 + rng.choice([-30, -20, -10, 0, 10])))
        else:
            s.status, s.progress = Status.NOT_STARTED, 0
    # A demo must show both: make sure at least two past contents are done and two are late.
    done = sorted((s for s in past[1:] if s.status is Status.DONE),
                  key=lambda s: s.timeframe.deadline(plan.year) or on, reverse=True)
    late = [s for s in past if s.status is not Status.DONE]
    missing = max(0, 2 - len(late))
    for s in done[:missing] if len(done) - missing >= 2 else []:
        s.status, s.progress = Status.IN_PROGRESS, 50
        s.notes = "Chưa hoàn thành đúng hạn; Văn phòng đang đôn đốc."


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    commune = CommuneService(ws.db).get_commune()
    service = PlanService(ws.db)
    parts = []
    previous = year - 1
    if previous >= MIN_YEAR and not service.has_plan(previous):
        old = template_plan(previous, commune)
        _document(old, previous, rng)
        # Seen from mid-January: every deadline of last year has passed; a few were missed.
        fill_progress(old, date(year, 1, 15), rng, late_share=0.1)
        service.create_plan(old)
        parts.append(f"kế hoạch năm {previous}")
    plan = template_plan(year, commune)
    _document(plan, year, rng)
    on = as_of(year, date.today())
    fill_progress(plan, on, rng)
    service.create_plan(plan)
    tasks = [s for s in plan.walk() if s.is_task]
    done = sum(1 for s in tasks if s.status is Status.DONE)
    late = sum(1 for s in tasks if s.is_late(year, on))
    total = sum(1 for _ in plan.walk())
    parts.insert(0, f"kế hoạch năm {year}: {total} mục, {done} việc đã xong, {late} việc trễ hạn")
    return ", ".join(parts)


def _document(plan: Plan, year: int, rng: random.Random) -> None:
    plan.number = format_document_number(rng.randint(3, 28))
    plan.date = date(year, 1, rng.randint(6, 20))
