"""The quarterly lists of disclosed items (Art. 13.2) in the periodic report: the demo's figures
recomputed with plain sqlite3, not with the code under test; the edge cases on a fresh register
(a quarter not posted, the year before's fourth quarter due in January, a list posted after the
cut-off, a list typed by hand, no lists at all); one indexed SELECT."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, DisclosureStatus
from dancoso_desktop.domain.reporting import Contribution, ReportKind, ReportPeriod
from dancoso_desktop.services import disclosure_report
from dancoso_desktop.services.disclosure_plan import generate_plan
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.report_service import ReportService
from dancoso_desktop.services.workspace import open_workspace

DUE, POSTED, LATE = ("disclosures.quarterly_lists_due", "disclosures.quarterly_lists_posted",
                     "disclosures.quarterly_lists_late")
P6 = ReportPeriod.default(2026, ReportKind.SIX_MONTHS)     # 15/12/2025 – 14/6/2026
P9 = ReportPeriod.default(2026, ReportKind.NINE_MONTHS)    # 15/12/2025 – 14/9/2026
PY = ReportPeriod.default(2026, ReportKind.YEAR)           # 15/12/2025 – 14/12/2026


def _ids(c: Contribution, code: str) -> list[int]:
    fig = c.figure(code)
    assert fig is not None, code
    assert fig.value == len(fig.records) == len(set(fig.records)), code
    assert all(r.kind == "disclosure" for r in fig.records)
    return [r.id for r in fig.records]


def _list_sentences(c: Contribution) -> list[str]:
    return [s.text_vi for s in c.statements if "danh mục thông tin đã công khai hằng quý" in s.text_vi]


# --- the demo, recomputed with sqlite3 --------------------------------------------------------

@pytest.fixture
def demo_copy(demo_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo-copy"
    shutil.copytree(demo_dir, target, ignore=shutil.ignore_patterns("*.lock", "backups"))
    return target


def _expected(data: Path, period: ReportPeriod) -> dict[str, set[int]]:
    """Plan-generated list duties ("YEAR:list-qN") whose planned day is in the period; posted:
    done with a first posting day by the period's end; late: posted after the planned day."""
    db = next(p for p in data.iterdir() if p.suffix in (".sqlite3", ".sqlite", ".db"))
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT id, planned_on, status, disclosed_on FROM disclosures "
                           "WHERE plan_key LIKE '%:list-q_' AND scope = 'public'").fetchall()
    finally:
        con.close()
    s, e = period.start.isoformat(), period.end.isoformat()
    due = {i for i, planned, _st, _d in rows if planned is not None and s <= planned <= e}
    posted = {i for i, _p, st, d in rows if i in due and st == "done" and d is not None and d <= e}
    late = {i for i, planned, _st, d in rows if i in posted and d > planned}
    return {DUE: due, POSTED: posted, LATE: late}


def _plan_key(data: Path, rid: int) -> str:
    db = next(p for p in data.iterdir() if p.suffix in (".sqlite3", ".sqlite", ".db"))
    con = sqlite3.connect(db)
    try:
        return str(con.execute("SELECT plan_key FROM disclosures WHERE id = ?", (rid,)).fetchone()[0])
    finally:
        con.close()


def test_demo_figures_agree_with_the_records(demo_copy: Path) -> None:
    ws = open_workspace(demo_copy)
    try:
        service = ReportService(ws.db)
        report = service.create(2026, "6m")          # the report as the officer builds it
        content = service.content(report.id)          # type: ignore[arg-type]
        got = {f.code: f for f in content.figures}
        exp6 = _expected(demo_copy, P6)
        for code in (DUE, POSTED, LATE):
            assert {i for _kind, i in got[code].records} == exp6[code], code
            assert got[code].value == len(exp6[code]), code
        # the year before's fourth-quarter list (due 10/01) is in the 6-month period, posted late
        assert "2025:list-q4" in {_plan_key(demo_copy, i) for i in exp6[LATE]}
        assert len(exp6[POSTED]) >= 2
        annex = {a.code: a for a in content.annex}
        assert annex[DUE].value == len(exp6[DUE]) and annex[POSTED].value == len(exp6[POSTED])
        section = next(s for s in content.sections if s.key == "disclosure")
        sentence = f"Đã niêm yết {len(exp6[POSTED])}/{len(exp6[DUE])} danh mục thông tin đã công khai hằng quý"
        assert any(sentence in text for text in section.statements)
        assert any("chậm so với kế hoạch (quý IV năm 2025)" in text for text in section.statements)
        # the 9-month and year periods, straight from the register's contribution
        for period in (P9, PY):
            contribution = disclosure_report.contribute(ws.db, period)
            exp = _expected(demo_copy, period)
            for code in (DUE, POSTED, LATE):
                assert set(_ids(contribution, code)) == exp[code], (period.kind, code)
        # the demo's issued 6-month report froze the same numbers
        issued = next(r for r in service.list_reports(2026) if r.kind is ReportKind.SIX_MONTHS
                      and r.number)
        frozen = {f.code: f for f in service.content(issued.id).figures}   # type: ignore[arg-type]
        assert frozen[POSTED].value == len(exp6[POSTED]) and frozen[DUE].value == len(exp6[DUE])
    finally:
        ws.close()


# --- edge cases on a fresh register ---------------------------------------------------------------

@pytest.fixture
def svc(workspace) -> DisclosureService:  # type: ignore[no-untyped-def]
    return DisclosureService(workspace)


def _post(svc: DisclosureService, key: str, on: date) -> int:
    """Mark the plan's duty ``key`` done, posted from ``on`` (the officer ticks the duty)."""
    year = int(key.split(":")[0])
    rec = next(r for r in svc.records(year) if r.plan_key == key)
    uses = [replace(u, start=on, end=on + timedelta(days=31)) for u in rec.channels]
    saved = svc.save(replace(rec, decided_on=on - timedelta(days=1), status=DisclosureStatus.DONE, channels=uses))
    assert saved.id is not None
    return saved.id


def _hand(svc: DisclosureService, title: str, on: date, year: int = 2026) -> int:
    saved = svc.save(DisclosureRecord(
        item=14, title=title, year=year, decided_on=on - timedelta(days=1), status=DisclosureStatus.DONE,
        channels=[ChannelUse("posting", "Trụ sở HĐND - UBND xã", on, on + timedelta(days=31))]))
    assert saved.id is not None
    return saved.id


def _key_id(svc: DisclosureService, key: str) -> int:
    rid = next(r.id for r in svc.records(int(key.split(":")[0])) if r.plan_key == key)
    assert rid is not None
    return rid


def test_a_quarter_not_posted_is_named_and_the_fourth_quarter_of_the_year_before_counts(
        svc: DisclosureService) -> None:
    generate_plan(svc, 2025)
    generate_plan(svc, 2026)
    q4 = _post(svc, "2025:list-q4", date(2026, 1, 8))          # on time, in January of the report's year
    q1 = _key_id(svc, "2026:list-q1")                           # due 10/04, never posted
    c = disclosure_report.contribute(svc.db, P6)
    assert _ids(c, DUE) == [q4, q1]
    assert _ids(c, POSTED) == [q4] and _ids(c, LATE) == []
    assert _list_sentences(c) == ["Đã niêm yết 1/2 danh mục thông tin đã công khai hằng quý (khoản 2 Điều 13); "
                                  "chưa niêm yết danh mục quý I năm 2026."]
    # the lists of quarters I–III of 2025 fell due before the period: not this report's
    assert all(_key_id(svc, f"2025:list-q{n}") not in _ids(c, DUE) for n in (1, 2, 3))


def test_a_list_posted_after_the_cut_off_is_missing_from_that_period_and_late_in_the_next(
        svc: DisclosureService) -> None:
    generate_plan(svc, 2025)
    generate_plan(svc, 2026)
    q4 = _post(svc, "2025:list-q4", date(2026, 1, 9))
    q1 = _post(svc, "2026:list-q1", date(2026, 6, 20))         # after the 6-month cut-off (14/6)
    c6 = disclosure_report.contribute(svc.db, P6)
    assert _ids(c6, DUE) == [q4, q1] and _ids(c6, POSTED) == [q4]
    assert "chưa niêm yết danh mục quý I năm 2026" in _list_sentences(c6)[0]
    c9 = disclosure_report.contribute(svc.db, P9)              # quarter II due 10/07, not posted
    q2 = _key_id(svc, "2026:list-q2")
    assert _ids(c9, DUE) == [q4, q1, q2] and _ids(c9, POSTED) == [q4, q1] and _ids(c9, LATE) == [q1]
    assert _list_sentences(c9) == [
        "Đã niêm yết 2/3 danh mục thông tin đã công khai hằng quý (khoản 2 Điều 13), trong đó 1 danh mục "
        "niêm yết chậm so với kế hoạch (quý I năm 2026); chưa niêm yết danh mục quý II năm 2026."]


def test_a_list_typed_by_hand_fulfils_its_quarter_once(svc: DisclosureService) -> None:
    generate_plan(svc, 2026)
    q1 = _post(svc, "2026:list-q1", date(2026, 4, 6))
    # The officer typed quarter II's list instead of ticking the plan's duty (left planned).
    q2_hand = _hand(svc, "DANH MỤC THÔNG TIN ĐÃ CÔNG KHAI QUÝ II NĂM 2026", date(2026, 7, 7))
    # A quarter III list typed by hand with no plan for it, in decomposed Unicode, posted late.
    import unicodedata

    q3_hand = _hand(svc, unicodedata.normalize("NFD", "Danh mục thông tin đã công khai quý III năm 2026"),
                    date(2026, 10, 20))
    # Neither a list without a quarter nor another content of item 14 is a quarterly list.
    _hand(svc, "Danh mục thông tin đã công khai", date(2026, 5, 5))
    _hand(svc, "Lịch tiếp công dân quý II năm 2026", date(2026, 4, 2))
    _hand(svc, "Danh mục thông tin đã công khai quý I năm 2020", date(2026, 4, 3))   # another year's
    c = disclosure_report.contribute(svc.db, PY)
    assert _ids(c, DUE) == [q1, q2_hand, q3_hand]               # quarter IV is due in January 2027
    assert _ids(c, POSTED) == [q1, q2_hand, q3_hand]
    assert _ids(c, LATE) == [q3_hand]
    assert _list_sentences(c)[0].startswith("Đã niêm yết 3/3 danh mục")


def test_the_lists_are_the_workspace_catalogue_s_not_a_copy_in_the_code(workspace) -> None:  # type: ignore[no-untyped-def]
    """A province's own recurring duties (data folder's catalogues/): other keys and days, two
    lists a year; the report follows them, and the shipped keys mean nothing there."""
    import json

    folder = workspace.data_dir / "catalogues"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "disclosure_recurring.json").write_text(json.dumps({"duties": [
        {"key": "dm-6t", "item": 14, "title": "Danh mục công khai 6 tháng đầu năm {year}", "month": 7, "day": 5,
         "channels": ["posting"], "quarterly_list": 2},
        {"key": "dm-q4", "item": 14, "title": "Danh mục công khai quý IV năm {year}", "month": 1, "day": 3,
         "year_offset": 1, "channels": ["posting"], "quarterly_list": "4"},
        {"key": "list-q1", "item": 14, "title": "Không phải danh mục hằng quý {year}", "month": 4, "day": 10,
         "channels": ["posting"]},
        {"key": "bad", "item": 14, "title": "Danh mục {year}", "month": 5, "day": 1, "channels": ["posting"],
         "quarterly_list": 7},
    ]}, ensure_ascii=False), encoding="utf-8")
    svc = DisclosureService(workspace)
    generate_plan(svc, 2025)
    generate_plan(svc, 2026)
    q4 = _post(svc, "2025:dm-q4", date(2026, 1, 5))           # due 03/01: late
    half = _key_id(svc, "2026:dm-6t")
    c = disclosure_report.contribute(svc.db, P9)
    assert _ids(c, DUE) == [q4, half] and _ids(c, POSTED) == [q4] and _ids(c, LATE) == [q4]
    assert "chưa niêm yết danh mục quý II năm 2026" in _list_sentences(c)[0]


def test_an_internal_disclosure_is_not_a_quarterly_list(svc: DisclosureService) -> None:
    from dancoso_desktop.domain.disclosure import Scope
    from dancoso_desktop.storage.disclosure_tables import DisclosureRow

    rid = _hand(svc, "Danh mục thông tin đã công khai quý I năm 2026", date(2026, 4, 8))
    with svc.db.session() as s:
        s.get(DisclosureRow, rid).scope = Scope.INTERNAL.value   # type: ignore[union-attr]
    c = disclosure_report.contribute(svc.db, P6)
    assert _ids(c, DUE) == [] and _ids(c, POSTED) == []


def test_no_lists_at_all_gives_zero_and_no_sentence(svc: DisclosureService) -> None:
    c = disclosure_report.contribute(svc.db, P6)
    assert _ids(c, DUE) == [] and _ids(c, POSTED) == [] and _ids(c, LATE) == []
    assert _list_sentences(c) == []                       # an officer would not write "0/0"
    annex = {a.figure: a for a in c.annex}
    assert annex[DUE].group == annex[POSTED].group == disclosure_report.GROUP
    assert annex[DUE].level == 0 and annex[POSTED].level == annex[LATE].level == 1
    # A plan whose lists all fall due outside a short ad-hoc period: 0/0 as well.
    generate_plan(svc, 2026)
    short = ReportPeriod(2026, ReportKind.ADHOC, date(2026, 5, 1), date(2026, 5, 31))
    c = disclosure_report.contribute(svc.db, short)
    assert _ids(c, DUE) == [] and _list_sentences(c) == []


def test_one_select_on_an_index(svc: DisclosureService) -> None:
    generate_plan(svc, 2026)
    seen: list[tuple[str, Any]] = []

    def remember(_con: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        seen.append((statement, params))

    event.listen(svc.db.engine, "before_cursor_execute", remember)
    try:
        disclosure_report._quarterly_lists(svc.db, PY)
    finally:
        event.remove(svc.db.engine, "before_cursor_execute", remember)
    selects = [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1 and "disclosures" in selects[0][0]
    with svc.db.engine.connect() as con:
        plan = " ".join(str(row[-1]) for row in con.exec_driver_sql("EXPLAIN QUERY PLAN " + selects[0][0],
                                                                   selects[0][1]))
    assert "USING INDEX ix_disclosures_year_item (year=? AND item=?)" in plan, plan
