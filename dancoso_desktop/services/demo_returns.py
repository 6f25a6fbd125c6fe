"""Demo data of the units' returns: most units returned the 6-month report, a few late, some not
yet; so the returns page, the due list and the report's "n/m đơn vị đã báo cáo" show something.
Recorded directly (no files), without touching the plan's contents."""

from __future__ import annotations

import json
import random
from datetime import datetime, time, timedelta

from dancoso_desktop.domain.returns import FIGURES, reporting_units
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.returns_forms import deadline_for
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.storage.returns_tables import UnitReturnRow


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    svc = PlanService(ws.db)
    if not svc.has_plan(year):
        return ""
    plan = svc.get_plan(year)
    units = reporting_units(plan, CommuneService(ws.db).list_units(include_retired=True))
    if not units:
        return ""
    deadline = deadline_for(ws.db, year, "6m")
    returned = [u for u in units if rng.random() < 0.75]
    with ws.db.session() as s:
        for u in returned:
            days = rng.choice([-6, -4, -3, -2, -1, 0, 0, 1, 3])       # a few after the deadline
            at = datetime.combine(deadline + timedelta(days=days), time(8 + rng.randint(0, 8), rng.randint(0, 59)))
            s.add(UnitReturnRow(plan_id=plan.id, year=year, period="6m", unit_id=u.id, received_at=at,
                                source=f"Bao cao 6 tháng năm {year} - {u.name}.xlsx", file_sha256="", written="",
                                batch="demo", superseded=False,
                                figures=json.dumps({code: rng.randint(0, 12) for code, _, _ in FIGURES}),
                                note=""))
    return f"{len(returned)}/{len(units)} đơn vị đã báo cáo 6 tháng"
