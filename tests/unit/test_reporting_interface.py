"""The extension point every register uses: default cut-off periods, the registry, and the
report package contract (seal, validate, refuse)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dancoso_desktop.domain import report_package as pkg
from dancoso_desktop.domain.reporting import SLOT_KEYS, SLOTS, DueItem, ReportKind, ReportPeriod
from dancoso_desktop.services import report_sources


@pytest.mark.parametrize(("kind", "end"), [
    (ReportKind.SIX_MONTHS, date(2026, 6, 14)),
    (ReportKind.NINE_MONTHS, date(2026, 9, 14)),
    (ReportKind.YEAR, date(2026, 12, 14)),
])
def test_default_periods_open_on_15_december_of_the_year_before(kind: ReportKind, end: date) -> None:
    period = ReportPeriod.default(2026, kind)
    assert (period.start, period.end) == (date(2025, 12, 15), end)
    assert period.contains(date(2025, 12, 15)) and period.contains(end)
    assert not period.contains(date(2025, 12, 14)) and not period.contains(None)


def test_same_period_last_year_handles_29_february() -> None:
    period = ReportPeriod(2028, ReportKind.ADHOC, date(2028, 2, 29), date(2028, 3, 31))
    last = period.same_period_last_year()
    assert (last.year, last.start, last.end) == (2027, date(2027, 2, 28), date(2027, 3, 31))


def test_slots_are_unique() -> None:
    assert len(SLOT_KEYS) == len(SLOTS)


def test_due_list_is_sorted_across_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    fake = types.ModuleType("dancoso_desktop.services._fake_due")
    fake.due = lambda db, today, until: [  # type: ignore[attr-defined]
        DueItem("fake", "report", "B", date(2026, 6, 20)), DueItem("fake", "plan", "A", date(2026, 6, 1))]
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    monkeypatch.setattr(report_sources, "DUE_SOURCES", ["_fake_due"])
    items = report_sources.due_items(None, date(2026, 6, 10), date(2026, 7, 10))  # type: ignore[arg-type]
    assert [i.title for i in items] == ["A", "B"]
    assert items[0].overdue(date(2026, 6, 10)) and not items[1].overdue(date(2026, 6, 10))


def _payload() -> dict:
    return {
        "schema": pkg.SCHEMA, "schema_version": 1, "generator": "dancoso_desktop test",
        "created": "2026-06-16T09:30:00",
        "commune": {"name": "Xã Bình Lư", "province": "Lai Châu", "code": None},
        "report": {"id": 3, "version": 1, "kind": "6m", "year": 2026, "period_start": "2025-12-15",
                   "period_end": "2026-06-14", "number": "05/BC-UBND", "date": "2026-06-16",
                   "status": "issued", "title": "Báo cáo", "recipient": "Sở Nội vụ",
                   "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "A"}},
        "sections": [{"number": "I", "title": "Công khai", "text": "= 1 < 2 & 3", "slot": "disclosure"}],
        "figures": [{"code": "disclosures.on_time", "label": "Đúng hạn", "value": 1, "unit": "văn bản",
                     "records": [{"kind": "disclosure", "id": 17}]}],
        "annex": [{"group": "I", "code": "disclosures.on_time", "label": "Đúng hạn", "unit": "văn bản",
                   "value": 1, "previous": None}],
        "files": [{"name": "bao-cao.pdf", "sha256": "0" * 64, "bytes": 10}],
    }


def test_a_sealed_package_reads_back() -> None:
    text = pkg.dumps(_payload())
    payload, problems = pkg.loads(text)
    assert problems == [] and payload is not None
    assert payload["sections"][0]["text"] == "= 1 < 2 & 3"


def test_an_edited_package_fails_its_checksum() -> None:
    sealed = json.loads(pkg.dumps(_payload()))
    sealed["figures"][0]["value"] = 99
    assert [p.code for p in pkg.validate(sealed)] == ["checksum"]


@pytest.mark.parametrize(("change", "code"), [
    (lambda p: p.update(schema="other"), "foreign"),
    (lambda p: p.update(schema_version=2), "newer_schema"),
    (lambda p: p["report"].update(kind="weekly"), "shape"),
    (lambda p: p["report"].update(period_end="2025-01-01"), "shape"),
    (lambda p: p["files"][0].update(name="../x.pdf"), "shape"),
    (lambda p: p["figures"][0].update(value="41"), "shape"),
])
def test_bad_packages_are_refused_with_a_reason(change, code: str) -> None:  # type: ignore[no-untyped-def]
    payload = _payload()
    change(payload)
    problems = pkg.validate(pkg.seal(payload))
    assert problems and problems[0].code == code
    assert problems[0].text("vi") and problems[0].text("en")


def test_not_json_is_refused() -> None:
    payload, problems = pkg.loads(b"\xff\xfe not json")
    assert payload is None and problems[0].code == "not_json"


def test_every_contributor_keeps_the_figure_contract(demo_dir) -> None:  # type: ignore[no-untyped-def]
    """Across every register on the demo: codes namespaced by SOURCE, unique; a count lists exactly
    what it counts (value == len(records), each record once) unless its note says what it is;
    statements go to a known slot; annex rows name a figure of the same contribution."""
    from dancoso_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        contributions = report_sources.collect(ws.db, ReportPeriod.default(2026, ReportKind.YEAR))
    finally:
        ws.close()
    assert len(contributions) == len(report_sources.CONTRIBUTORS)
    codes: list[str] = []
    for c in contributions:
        for f in c.figures:
            assert f.code.startswith(c.source + "."), f.code
            assert f.note or (f.value == len(f.records) == len(set(f.records))), f.code
            codes.append(f.code)
        for s in c.statements:
            assert s.slot in SLOT_KEYS and s.text_vi.strip(), (c.source, s.slot)
            assert set(s.figures) <= {f.code for f in c.figures}, (c.source, s.figures)
        for row in c.annex:
            assert c.figure(row.figure) is not None, (c.source, row.figure)
    assert len(codes) == len(set(codes))
    assert any(c.statements for c in contributions)
