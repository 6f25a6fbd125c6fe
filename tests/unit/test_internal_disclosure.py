"""Internal disclosure (Law 10/2022 Art. 46–48) as a scope of the one disclosure register: its
Art. 46 catalogue, the 20-consecutive-day posting check and the 5-working-day clock, stored
and listed with its scope; existing records stay public."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, Evidence, Problem, Scope
from dancoso_desktop.domain.disclosure_rules import check, internal_posting_too_short, legal_end
from dancoso_desktop.domain.disclosure_validation import validate_record
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.domain.working_days import WorkingCalendar
from dancoso_desktop.services import conference_report
from dancoso_desktop.services.disclosure_catalogue import load_catalogue
from dancoso_desktop.services.disclosure_export import quarter_records
from dancoso_desktop.services.disclosure_query import RegisterFilter, RegisterQuery
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.workdays import public_holidays

CAT = load_catalogue()
CAL = WorkingCalendar.build(public_holidays(range(2025, 2028)))
EV = [Evidence("a" * 64, "anh.jpg", 10, ".jpg")]


def internal(decided: date, start: date, end: date | None, item: int = 6) -> DisclosureRecord:
    return DisclosureRecord(item=item, title="Kết quả xếp loại công chức", decided_on=decided,
                            channels=[ChannelUse("posting", "Bảng tin cơ quan", start, end)], evidence=EV,
                            scope=Scope.INTERNAL)


def test_the_art_46_catalogue_sits_beside_art_11() -> None:
    assert len(CAT.contents) == 14
    assert len(CAT.internal_contents) == 11
    assert CAT.content_of("internal", 6).short == "Công tác cán bộ"
    assert CAT.content_of("public", 6).short == CAT.content(6).short
    assert all(c.posting_days == 20 for c in CAT.internal_contents)


def test_art_48_posting_twenty_consecutive_days() -> None:
    start = date(2026, 3, 2)
    assert legal_end(CAT, 6, "posting", start, "internal") == date(2026, 3, 21)
    ok = internal(date(2026, 3, 2), start, date(2026, 3, 21))             # 20 days
    short = internal(date(2026, 3, 2), start, date(2026, 3, 20))          # 19 days
    assert not internal_posting_too_short(ok)
    assert internal_posting_too_short(short)
    assert check(CAT, ok, CAL, date(2026, 12, 31)) == []
    assert Problem.POSTING_TOO_SHORT in check(CAT, short, CAL, date(2026, 12, 31))
    still_up = internal(date(2026, 3, 2), start, None)                    # still posted: not short
    assert check(CAT, still_up, CAL, date(2026, 12, 31)) == []
    # Item 4 and 13 are permanent for the public; the internal item 4 is not.
    assert legal_end(CAT, 4, "posting", start, "internal") is not None
    # By the intranet only: Art. 47 allows it, no posting minimum.
    web = DisclosureRecord(item=2, title="Kế hoạch", decided_on=start, evidence=EV, scope=Scope.INTERNAL,
                           channels=[ChannelUse("website", "", start, None)])
    assert check(CAT, web, CAL, date(2026, 12, 31)) == []


def test_art_48_five_working_days_with_holidays_between() -> None:
    # Decided Fri 24/04/2026; 27/04 (Giỗ Tổ, observed), 30/04 and 01/05 are holidays: the 5th
    # working day is Wed 06/05.
    decided = date(2026, 4, 24)
    on_time = internal(decided, date(2026, 5, 6), date(2026, 5, 25))
    late = internal(decided, date(2026, 5, 7), date(2026, 5, 26))
    assert Problem.LATE not in check(CAT, on_time, CAL, date(2026, 12, 31))
    assert Problem.LATE in check(CAT, late, CAL, date(2026, 12, 31))


def test_validation_uses_the_scope_catalogue() -> None:
    with pytest.raises(ValidationError) as info:
        validate_record(CAT, internal(date(2026, 3, 2), date(2026, 3, 2), None, item=12))
    assert info.value.field == "item" and "46" in info.value.vi
    assert validate_record(CAT, internal(date(2026, 3, 2), date(2026, 3, 2), None, item=11)).scope is Scope.INTERNAL
    bad = internal(date(2026, 3, 2), date(2026, 3, 2), None)
    bad.scope = "secret"  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        validate_record(CAT, bad)


def test_stored_listed_and_kept_out_of_the_public_register(workspace, cli) -> None:  # type: ignore[no-untyped-def]
    svc = DisclosureService(workspace)
    public = svc.save(DisclosureRecord(item=1, title="Kế hoạch KT-XH", decided_on=date(2026, 3, 2), evidence=EV,
                                       channels=[ChannelUse("posting", "Trụ sở", date(2026, 3, 3),
                                                            date(2026, 4, 1))]))
    inner = svc.save(internal(date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 15)))
    assert public.scope is Scope.PUBLIC and svc.get(inner.id or 0).scope is Scope.INTERNAL
    assert [r.id for r in svc.records(2026, Scope.INTERNAL)] == [inner.id]
    assert [r.id for r in svc.records(2026, Scope.PUBLIC)] == [public.id]
    assert len(svc.records(2026)) == 2
    query = RegisterQuery(workspace.db)
    assert query.count(RegisterFilter(year=2026, scope="internal")) == 1
    assert query.count(RegisterFilter(year=2026)) == 2
    rows = query.page(RegisterFilter(year=2026, scope="internal"))
    assert rows[0].scope == "internal" and Problem.POSTING_TOO_SHORT in rows[0].problems   # 13 days
    assert [r.id for r in quarter_records(svc, 2026, 1)] == [public.id]     # the Art. 13.2 list is public

    result = cli("disclosures", "list", "--year", "2026", "--json")
    assert result.code == 0, result.err
    data = {r["id"]: r for r in json.loads(result.out)}
    assert data[public.id]["scope"] == "public" and data[inner.id]["scope"] == "internal"
    assert "posting_too_short" in data[inner.id]["problems"]
    only = json.loads(cli("disclosures", "list", "--year", "2026", "--scope", "internal", "--json").out)
    assert [r["id"] for r in only] == [inner.id]
    assert cli("disclosures", "list", "--year", "2026", "--scope", "secret").code == 2

    period = ReportPeriod(2026, ReportKind.YEAR, date(2026, 1, 1), date(2026, 12, 31))
    contribution = conference_report.contribute(workspace.db, period)
    assert contribution.figure("conferences.internal_disclosures").value == 1
    assert contribution.figure("conferences.internal_posted_20").value == 0
