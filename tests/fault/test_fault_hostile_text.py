"""Hostile text through the services' forms (design.md §5, §6): NUL, control characters, lone
surrogates, byte-order marks, zero-width characters, decomposed Unicode, 1 MB pastes and
impossible dates are rejected with a message or cleaned; nothing is half written."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dancoso_desktop.domain.commune import Commune, Unit, UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan, TimeFrame, TimeFrameKind
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService, SectionFields
from dancoso_desktop.services.plan_transfer import import_plan, read_plan_json

NASTY = ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\ud800", "\udfff", "\ufeff", "\u200b", "\u200d",
         "\u2060", "\ufffe", "\r", "\r\n", "\t", "\u00a0", "o\u0302\u0301", "a\u0306\u0300", "<&>=+-@",
         "Công khai", "Ủy ban", "đ", "\U0001f600"]
FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200b-\u200d\u2060\ufeff\ufffe]")
HUGE = ["Nội dung dán từ Word. " * 48_000, "\x00\ufeff" * 500_000, "A" * 1_000_001]

hostile = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=8)), max_size=12).map("".join)
pastes = st.one_of(hostile, st.sampled_from(HUGE))
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                      HealthCheck.too_slow])


def clean(value: str, *, multiline: bool) -> None:
    """What a stored value may hold: NFC, no control or invisible characters."""
    assert unicodedata.normalize("NFC", value) == value
    assert not FORBIDDEN.search(value.replace("\n", "").replace("\t", "") if multiline else value)
    value.encode("utf-8")  # no lone surrogates


@pytest.fixture
def plan(workspace):  # type: ignore[no-untyped-def]
    plans = PlanService(workspace.db)
    return plans, plans.create_plan(Plan(year=2026, title="Kế hoạch 2026"))


def _count(plans: PlanService) -> int:
    return sum(1 for _ in plans.get_plan(2026).walk())


@SLOW
@given(title=pastes, text=pastes)
def test_add_section_rejects_or_cleans(plan, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
    plans, plan_id = plan
    before = _count(plans)
    try:
        sid = plans.add_section(plan_id, None, None, title, text)
    except ValidationError as exc:
        assert exc.text("vi") and exc.text("en")
        assert _count(plans) == before
        return
    stored = plans.get_section(sid)
    clean(stored.title, multiline=False)
    clean(stored.text, multiline=True)
    assert stored.title.strip()


@SLOW
@given(title=pastes, text=pastes, notes=pastes,
       start=st.dates(date(1, 1, 1), date(9999, 12, 31)), end=st.dates(date(1, 1, 1), date(9999, 12, 31)),
       kind=st.sampled_from(list(TimeFrameKind)), quarter=st.integers(-5, 9), progress=st.integers(-200, 300))
def test_update_section_is_all_or_nothing(plan, title, text, notes, start, end, kind, quarter, progress) -> None:  # type: ignore[no-untyped-def]
    plans, plan_id = plan
    sid = plans.add_section(plan_id, None, None, "Mục gốc", "Nội dung gốc")
    before = plans.get_section(sid)
    fields = SectionFields(title=title, text=text, notes=notes, timeframe=TimeFrame(kind, start, end, quarter),
                           progress=progress)
    try:
        plans.update_section(sid, fields)
    except ValidationError as exc:
        assert exc.text("vi")
        after = plans.get_section(sid)
        assert (after.title, after.text, after.notes, after.timeframe, after.progress) == \
               (before.title, before.text, before.notes, before.timeframe, before.progress)
        return
    after = plans.get_section(sid)
    clean(after.title, multiline=False)
    clean(after.text, multiline=True)
    clean(after.notes, multiline=True)
    assert 0 <= after.progress <= 100
    if after.timeframe.kind is TimeFrameKind.RANGE:
        assert after.timeframe.start <= after.timeframe.end


@SLOW
@given(province=pastes, name=pastes, place=pastes, signer=pastes)
def test_save_commune_rejects_or_cleans(workspace, province, name, place, signer) -> None:  # type: ignore[no-untyped-def]
    service = CommuneService(workspace.db)
    before = service.get_commune()
    try:
        saved = service.save_commune(Commune(province=province, name=name, place_name=place, signer_name=signer))
    except ValidationError:
        assert service.get_commune() == before
        return
    stored = service.get_commune()
    assert stored == saved
    for value in (stored.province, stored.name, stored.place_name, stored.signer_name):
        clean(value, multiline=False)


@SLOW
@given(name=pastes, short=pastes, households=st.one_of(st.none(), st.integers(-10**9, 10**9)))
def test_save_unit_rejects_or_cleans(workspace, name, short, households) -> None:  # type: ignore[no-untyped-def]
    service = CommuneService(workspace.db)
    before = service.list_units(include_retired=True)
    try:
        unit = service.save_unit(Unit(name, UnitKind.HAMLET, short_name=short, households=households))
    except ValidationError:
        assert service.list_units(include_retired=True) == before
        return
    stored = service.get_unit(unit.id)
    clean(stored.name, multiline=False)
    clean(stored.short_name, multiline=False)
    assert stored.households is None or 0 <= stored.households <= 1_000_000


bad_dates = st.one_of(st.sampled_from(["2026-02-30", "2026-13-01", "0000-01-01", "31/12/2026", "2026-02-29",
                                       "", None, 20260101, "２０２６-01-01"]), hostile)


@SLOW
@given(title=pastes, section_title=hostile, text=hostile, when=bad_dates, start=bad_dates)
def test_plan_json_import_rejects_or_cleans(workspace, tmp_path_factory, title, section_title, text, when, start) -> None:  # type: ignore[no-untyped-def]
    plans = PlanService(workspace.db)
    doc = {"year": 2027, "title": title, "number": "05/KH-UBND", "date": when, "recipients": [text],
           "signer": {"authority": text, "title": "CHỦ TỊCH", "name": section_title},
           "sections": [{"number": "I", "title": section_title, "text": text,
                         "timeframe": {"kind": "range", "start": start, "end": "2027-01-01"}, "children": []}]}
    path = Path(tmp_path_factory.mktemp("json")) / "ke-hoach.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    try:
        plan = read_plan_json(path)
        import_plan(plans, plan)
    except ValidationError as exc:
        assert exc.text("vi")
        assert not plans.has_plan(2027)
        return
    stored = plans.get_plan(2027)
    clean(stored.title, multiline=False)
    for section in stored.walk():
        clean(section.title, multiline=False)
        clean(section.text, multiline=True)
    plans.delete_plan(2027)
