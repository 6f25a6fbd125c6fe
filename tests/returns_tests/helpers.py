"""Shared set-up of the returns tests: a commune, its units and a plan giving them contents."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dancoso_desktop.domain.commune import Commune, Unit, UnitKind
from dancoso_desktop.domain.plan import Plan, PlanSection, TimeFrame, TimeFrameKind

YEAR = 2026


def setup_plan(ws: Any) -> dict[str, Any]:
    """Xã Bình Lư with three units; the plan gives contents to two of them (one coordinates)."""
    from dancoso_desktop.services.commune_service import CommuneService
    from dancoso_desktop.services.plan_service import PlanService

    cs = CommuneService(ws.db)
    cs.save_commune(Commune(province="Lai Châu", name="Bình Lư"))
    hamlet = cs.save_unit(Unit("Thôn Nà Sáng", UnitKind.HAMLET, households=120))
    office = cs.save_unit(Unit("Văn phòng HĐND-UBND", UnitKind.DEPARTMENT))
    idle = cs.save_unit(Unit("Hội Nông dân", UnitKind.MASS_ORG))
    tf = TimeFrame(TimeFrameKind.BY_DATE, end=date(YEAR, 5, 31))
    plan = Plan(year=YEAR, title="Thực hiện dân chủ ở cơ sở năm 2026",
                report_deadlines=[{"kind": "6 tháng", "due": "05/6", "date": f"{YEAR}-06-05",
                                   "text": "các phòng, đơn vị, thôn báo cáo 6 tháng trước ngày 05/6"},
                                  {"kind": "6 tháng", "due": "18/6", "date": f"{YEAR}-06-18",
                                   "text": "UBND xã báo cáo 6 tháng"}],
                sections=[PlanSection("NỘI DUNG", children=[
                    PlanSection("Công khai thông tin", lead_unit_id=office.id, coordinating_unit_ids=[hamlet.id],
                                timeframe=tf),
                    PlanSection("Họp thôn bàn việc làm đường", lead_unit_id=hamlet.id, timeframe=tf),
                    PlanSection("Tuyên truyền pháp luật", lead_unit_id=hamlet.id,
                                timeframe=TimeFrame(TimeFrameKind.WHOLE_YEAR)),
                ])])
    PlanService(ws.db).create_plan(plan)
    full = PlanService(ws.db).get_plan(YEAR)
    ids = {s.title: s.id for s in full.walk()}
    return {"hamlet": hamlet.id, "office": office.id, "idle": idle.id, "ids": ids, "plan": full}


def write_forms(ws: Any, out: Path, period: str = "6m", units: list[int] | None = None) -> dict[int, Path]:
    from dancoso_desktop.services.returns_forms import write_forms as _write

    return {f.unit_id: f.path for f in _write(ws.db, YEAR, period, out, units)}


def data_rows(sheet: Any) -> dict[str, int]:
    """Row number of each content in a form, by title."""
    from dancoso_desktop.documents.returns_form import HEADER_ROW

    return {sheet.cell(r, 3).value: r for r in range(HEADER_ROW + 1, sheet.max_row + 1) if sheet.cell(r, 3).value}


def setup_many_units(ws: Any, out: Path, *, units: int, contents: int) -> list[Path]:
    """A commune with ``units`` hamlets, each leading ``contents`` contents; their forms written."""
    from dancoso_desktop.services.commune_service import CommuneService
    from dancoso_desktop.services.plan_service import PlanService
    from dancoso_desktop.services.returns_forms import write_forms as _write

    cs = CommuneService(ws.db)
    cs.save_commune(Commune(province="Lai Châu", name="Bình Lư"))
    made = [cs.save_unit(Unit(f"Thôn {i + 1}", UnitKind.HAMLET, households=100)) for i in range(units)]
    tf = TimeFrame(TimeFrameKind.WHOLE_YEAR)
    sections = [PlanSection(f"Nội dung {i + 1}", children=[
        PlanSection(f"Việc {i + 1}.{j + 1} của {u.name}", lead_unit_id=u.id, timeframe=tf)
        for j in range(contents)]) for i, u in enumerate(made)]
    PlanService(ws.db).create_plan(Plan(year=YEAR, title="Kế hoạch", sections=sections))
    return [f.path for f in _write(ws.db, YEAR, "6m", out)]
