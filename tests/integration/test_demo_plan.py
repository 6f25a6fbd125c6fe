"""`dancoso demo`: the commune, its units and hamlets, and a realistic plan of the year."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Status
from dancoso_desktop.domain.plan_json import plan_to_dict
from dancoso_desktop.services import demo_commune, demo_plan
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace


@pytest.fixture
def demo_ws(demo_dir: Path):  # type: ignore[no-untyped-def]
    ws = open_workspace(demo_dir)
    yield ws
    ws.close()


def test_demo_commune_units_and_hamlets(demo_ws: Any) -> None:
    service = CommuneService(demo_ws.db)
    commune = service.get_commune()
    assert commune is not None and commune.province and commune.name and commune.signer_name
    hamlets = service.hamlets()
    others = [u for u in service.list_units() if u.kind is not UnitKind.HAMLET]
    assert 8 <= len(others) <= 12
    names = {u.name for u in others}
    assert {"Văn phòng HĐND-UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam xã"} <= names
    assert {u.kind for u in others} >= {UnitKind.DEPARTMENT, UnitKind.PUBLIC_UNIT, UnitKind.FRONT, UnitKind.MASS_ORG}
    assert len(hamlets) >= 10
    assert all(h.households and h.households > 0 for h in hamlets)
    assert any((h.households or 0) >= 200 for h in hamlets)     # a hamlet that may meet by cluster (Art. 18)


def test_demo_plan_is_full_and_part_way_through(demo_ws: Any) -> None:
    plan = PlanService(demo_ws.db).get_plan(2026)
    sections = list(plan.walk())
    assert len(sections) >= 40
    assert plan.number.endswith("/KH-UBND") and plan.date is not None and plan.place
    assert plan.issuing_body.startswith("ỦY BAN NHÂN DÂN XÃ")
    assert sum(1 for s in sections if s.style.value == "letter") >= 14
    tasks = [s for s in sections if s.is_task]
    unit_names = {u.name for u in CommuneService(demo_ws.db).list_units()}
    assert all(s.lead_unit in unit_names and s.lead_unit_id for s in tasks)
    today = date.today()
    done = [s for s in tasks if s.status is Status.DONE]
    late = [s for s in tasks if s.is_late(2026, today)]
    in_progress = [s for s in tasks if s.status is Status.IN_PROGRESS]
    assert len(done) >= 2 and len(late) >= 2 and in_progress
    assert all(s.progress == 100 for s in done)
    assert any(0 < s.progress < 100 for s in in_progress)
    # Last year's plan is there too, for "roll forward".
    assert [p.year for p in PlanService(demo_ws.db).list_plans()] == [2025, 2026]


def test_demo_refuses_a_year_that_has_a_plan(tmp_path: Path) -> None:
    from dancoso_desktop.services.demo import create_demo

    ws = open_workspace(tmp_path / "d")
    try:
        create_demo(ws, 2026, 1)
        units = CommuneService(ws.db).list_units(include_retired=True)
        plans = {p.year: plan_to_dict(PlanService(ws.db).get_plan(p.year)) for p in PlanService(ws.db).list_plans()}
        with pytest.raises(ValidationError) as exc:
            create_demo(ws, 2026, 1)
        assert "2026" in exc.value.text("vi") and "--data-dir" in exc.value.text("en")
        assert CommuneService(ws.db).list_units(include_retired=True) == units
        assert {p.year: plan_to_dict(PlanService(ws.db).get_plan(p.year))
                for p in PlanService(ws.db).list_plans()} == plans
        # Another year in the same folder adds plans but no duplicate units.
        create_demo(ws, 2030, 1)
        assert [p.year for p in PlanService(ws.db).list_plans()] == [2025, 2026, 2029, 2030]
        assert CommuneService(ws.db).list_units(include_retired=True) == units
    finally:
        ws.close()


def test_scale_keeps_one_plan(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "d")
    try:
        demo_commune.add_demo(ws, 2024, 50, random.Random(1))
        summary = demo_plan.add_demo(ws, 2024, 50, random.Random(1))
        assert "2024" in summary
        plans = PlanService(ws.db).list_plans()
        assert [p.year for p in plans] == [2023, 2024]
        assert plans[1].sections == len(list(PlanService(ws.db).get_plan(2024).walk())) < 200
        # A past year: everything is due, so most is done and what is not is late.
        past = PlanService(ws.db).get_plan(2024)
        tasks = [s for s in past.walk() if s.is_task]
        assert all(s.status is Status.DONE or s.is_late(2024, date(2025, 1, 1)) for s in tasks)
    finally:
        ws.close()


def test_fill_progress_always_shows_done_and_late() -> None:
    from dancoso_desktop.services.plan_template import template_plan

    for seed in range(20):
        plan = template_plan(2026, None)
        on = date(2026, 7, 1)
        demo_plan.fill_progress(plan, on, random.Random(seed), late_share=0.0)
        tasks = [s for s in plan.walk() if s.is_task]
        assert sum(s.is_late(2026, on) for s in tasks) >= 2
        assert sum(s.status is Status.DONE for s in tasks) >= 2


def test_demo_from_the_command_line(cli: Any) -> None:
    r = cli("demo", "--year", "2026")
    assert r.code == 0 and "2026" in r.out
    r = cli("demo", "--year", "2026", lang="en")
    assert r.code == 1 and "already has a plan for 2026" in r.err
    r = cli("demo", "--year", "1800")
    assert r.code == 1
