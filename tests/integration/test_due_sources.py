"""The due list (issue 11 item 2, `dancoso due`): each register's due source, recomputed apart.

The demo's counts are recomputed with plain SQL over the data file (not through the code under
test); the boundaries (due today is not overdue; 7 and 30 days) on records made for the test.
"""

from __future__ import annotations

import calendar
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.disclosure import DisclosureRecord, DisclosureStatus
from dancoso_desktop.domain.inspection import Inspection, Recommendation
from dancoso_desktop.domain.plan import Plan, PlanSection, Status, TimeFrame, TimeFrameKind
from dancoso_desktop.services import disclosure_due, inspection_due, plan_due
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.inspection_service import InspectionService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.report_sources import DUE_SOURCES, due_items
from dancoso_desktop.services.workspace import open_workspace

TODAY = date(2026, 6, 10)


def _deadline(year: int, kind: str, end: str | None, quarter: int | None) -> date | None:
    if kind == "whole_year":
        return date(year, 12, 31)
    if kind in ("by_date", "range"):
        return date.fromisoformat(end) if end else None
    if kind == "quarter" and quarter:
        return date(year, quarter * 3, calendar.monthrange(year, quarter * 3)[1])
    return None


def expected_overdue(data: Path, today: date, until: date) -> dict[str, int]:
    """Overdue items per category, straight from the data file."""
    con = sqlite3.connect(data / "dancoso.sqlite")
    try:
        years = [y for (y,) in con.execute("SELECT year FROM plans")]
        wanted = [y for y in years if today.year <= y <= until.year]
        if today.year not in years and today.year - 1 in years:
            wanted.append(today.year - 1)
        plan = 0
        for year, kind, end, quarter, status in con.execute(
                "SELECT p.year, s.tf_kind, s.tf_end, s.tf_quarter, s.status FROM plan_sections s "
                "JOIN plans p ON p.id = s.plan_id"):
            deadline = _deadline(year, kind, end, quarter)
            if year in wanted and status != "done" and deadline is not None and deadline < today:
                plan += 1
        disclosure = con.execute("SELECT count(*) FROM disclosures WHERE status = 'planned' AND due_on < ?",
                                 (today.isoformat(),)).fetchone()[0]
        recommendation = con.execute(
            "SELECT count(*) FROM inspection_recommendations WHERE status != 'done' AND deadline < ?",
            (today.isoformat(),)).fetchone()[0]
        posting = con.execute(
            "SELECT count(*) FROM disclosures WHERE status = 'done' AND posting_start <= ? "
            "AND posting_end >= ? AND posting_end <= ?",
            (today.isoformat(), today.isoformat(), until.isoformat())).fetchone()[0]
    finally:
        con.close()
    return {"plan": plan, "disclosure": disclosure, "recommendation": recommendation, "posting_listed": posting}


def test_registered() -> None:
    for name in ("plan_due", "disclosure_due", "inspection_due"):
        assert name in DUE_SOURCES


@pytest.mark.parametrize("today", [date(2026, 3, 1), date(2026, 10, 20), date(2026, 12, 20)])
def test_demo_overdue_counts_match_the_records(demo_dir: Path, today: date) -> None:
    until = today + timedelta(days=30)
    ws = open_workspace(demo_dir)
    try:
        items = due_items(ws.db, today, until)
    finally:
        ws.close()
    want = expected_overdue(demo_dir, today, until)
    got = {cat: sum(1 for i in items if i.category == cat and i.overdue(today))
           for cat in ("plan", "disclosure", "recommendation")}
    assert got == {k: want[k] for k in got}
    assert sum(1 for i in items if i.category == "posting") == want["posting_listed"]
    assert not any(i.overdue(today) for i in items if i.category == "posting")
    assert all(i.due <= until for i in items)
    assert [i.due for i in items] == sorted(i.due for i in items)
    if today == date(2026, 10, 20):
        # The demo's recommendation due 30/09 is overdue on 20/10 (inspections demo).
        assert want["recommendation"] >= 1 and want["plan"] >= 2


@pytest.fixture
def ws(data_dir: Path):  # type: ignore[no-untyped-def]
    w = open_workspace(data_dir)
    yield w
    w.close()


def by_date(d: date) -> TimeFrame:
    return TimeFrame(TimeFrameKind.BY_DATE, end=d)


OFFSETS = (-1, 0, 7, 8, 30, 31)


def make_records(ws) -> None:  # type: ignore[no-untyped-def]
    sections = [PlanSection(f"Việc hạn {o:+d}", timeframe=by_date(TODAY + timedelta(days=o)),
                            lead_unit="") for o in OFFSETS]
    sections.append(PlanSection("Việc đã xong", timeframe=by_date(TODAY - timedelta(days=5)), status=Status.DONE))
    sections.append(PlanSection("Tiêu đề không có thời hạn"))
    PlanService(ws.db).create_plan(Plan(year=2026, title="Kế hoạch thử", sections=sections))
    svc = DisclosureService(ws)
    for o in OFFSETS:
        svc.save(DisclosureRecord(item=1, title=f"Công khai hạn {o:+d}", year=2026,
                                  planned_on=TODAY + timedelta(days=o), status=DisclosureStatus.PLANNED))
    unit = CommuneService(ws.db).save_unit(Unit("Phòng Kinh tế", UnitKind.DEPARTMENT))
    recs = [Recommendation(f"Kiến nghị hạn {o:+d}", unit.id, deadline=TODAY + timedelta(days=o)) for o in OFFSETS]
    InspectionService(ws.db).save(Inspection(2026, unit.id, start_date=date(2026, 5, 4), recommendations=recs))


def test_boundaries_due_today_is_not_overdue(ws) -> None:  # type: ignore[no-untyped-def]
    make_records(ws)
    for module, category in ((plan_due, "plan"), (disclosure_due, "disclosure"), (inspection_due, "recommendation")):
        week = [i for i in module.due(ws.db, TODAY, TODAY + timedelta(days=7)) if i.category == category]
        month = [i for i in module.due(ws.db, TODAY, TODAY + timedelta(days=30)) if i.category == category]
        assert sorted(i.days_left(TODAY) for i in week) == [-1, 0, 7], category
        assert sorted(i.days_left(TODAY) for i in month) == [-1, 0, 7, 8, 30], category
        assert [i.days_left(TODAY) for i in month if i.overdue(TODAY)] == [-1], category
        assert all(i.ref is not None for i in month)
    plan_titles = [i.title for i in plan_due.due(ws.db, TODAY, TODAY + timedelta(days=30))]
    assert not any("đã xong" in t or "không có thời hạn" in t for t in plan_titles)


def test_done_items_leave_the_list(ws) -> None:  # type: ignore[no-untyped-def]
    make_records(ws)
    rec = next(r for r in InspectionService(ws.db).recommendations() if r.deadline == TODAY - timedelta(days=1))
    before = len(inspection_due.due(ws.db, TODAY, TODAY))
    InspectionService(ws.db).set_recommendation_status(rec.id, rec.status.DONE, done_on=TODAY, note="Đã làm")
    assert len(inspection_due.due(ws.db, TODAY, TODAY)) == before - 1


def test_last_years_plan_only_until_this_years_exists(ws) -> None:  # type: ignore[no-untyped-def]
    old = Plan(year=2025, sections=[PlanSection("Việc năm cũ", timeframe=by_date(date(2025, 11, 30)))])
    PlanService(ws.db).create_plan(old)
    today = date(2026, 1, 10)
    assert [i.title for i in plan_due.due(ws.db, today, today + timedelta(days=30))] == ["I Việc năm cũ"]
    PlanService(ws.db).create_plan(Plan(year=2026, sections=[PlanSection("Việc mới")]))
    assert plan_due.due(ws.db, today, today + timedelta(days=30)) == []


def test_due_json(cli, ws) -> None:  # type: ignore[no-untyped-def]
    make_records(ws)
    ws.close()
    r = cli("due", "--json", "--days", "7", "--today", "10/06/2026")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert {tuple(sorted(d)) for d in data} == {
        ("category", "days_left", "due", "note", "overdue", "ref", "source", "title")}
    by_cat: dict[str, list[int]] = {}
    for d in data:
        assert d["overdue"] == (d["days_left"] < 0)
        assert date.fromisoformat(d["due"]) == TODAY + timedelta(days=d["days_left"])
        assert d["ref"] is None or set(d["ref"]) == {"kind", "id"}
        if d["source"] in ("plan", "disclosures", "inspections"):   # the records made above
            assert set(d["ref"]) == {"kind", "id"}
            by_cat.setdefault(d["category"], []).append(d["days_left"])
    assert {k: sorted(v) for k, v in by_cat.items()} == {
        "plan": [-1, 0, 7], "disclosure": [-1, 0, 7], "recommendation": [-1, 0, 7]}
    text = cli("due", "--today", "2026-06-10")
    assert text.code == 0 and "quá hạn 1 ngày" in text.out and "hôm nay" in text.out
    assert "Kiến nghị sau kiểm tra (5, 1 quá hạn)" in text.out
    en = cli("due", "--today", "2026-06-10", "--days", "7", lang="en")
    assert "1 days overdue" in en.out or "1 day overdue" in en.out


def test_due_refuses_bad_input(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("due", "--days", "-1").code == 1
    r = cli("due", "--today", "31/02/2026")
    assert r.code == 1 and "không hợp lệ" in r.err
    assert cli("due", "--days", "x").code == 2
    empty = cli("due", "--json", "--today", "10/06/2026")
    assert empty.code == 0
    mine = ("plan", "disclosures", "inspections", "assessment")
    assert [d for d in json.loads(empty.out) if d["source"] in mine] == []
    # An empty data folder in December: the self-assessment's deadline (CT2579 Art. 9).
    december = json.loads(cli("due", "--json", "--today", "01/12/2026").out)
    assert [(d["category"], d["due"], d["ref"]) for d in december if d["source"] in mine] == [
        ("assessment", "2026-12-15", {"kind": "assessment", "id": 2026})]
