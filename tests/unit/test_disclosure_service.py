"""Recording disclosures end to end on a real database: save, evidence, checks, search, sort,
the yearly plan, units in use, calendar swaps."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, DisclosureStatus, Problem
from dancoso_desktop.domain.errors import ValidationError, set_language
from dancoso_desktop.domain.working_days import DaySwap
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.disclosure_plan import generate_plan
from dancoso_desktop.services.disclosure_query import STILL_POSTED, RegisterFilter, RegisterQuery
from dancoso_desktop.services.disclosure_service import DisclosureService


@pytest.fixture
def svc(workspace) -> DisclosureService:  # type: ignore[no-untyped-def]
    return DisclosureService(workspace)


@pytest.fixture(autouse=True)
def english_messages():  # type: ignore[no-untyped-def]
    """pytest.raises(match=…) reads str(error), which follows the current language."""
    set_language("en")
    yield
    set_language("vi")


def record(title: str, item: int = 1, decided: date = date(2026, 3, 2), start: date = date(2026, 3, 3),
           end: date | None = date(2026, 4, 10), **kw: object) -> DisclosureRecord:
    return DisclosureRecord(item=item, title=title, decided_on=decided,
                            channels=[ChannelUse("posting", "Trụ sở HĐND - UBND xã", start, end)], **kw)  # type: ignore[arg-type]


def test_save_copies_evidence_and_survives_moving_the_original(svc: DisclosureService, tmp_path: Path) -> None:
    photo = tmp_path / "ảnh niêm yết.jpg"
    photo.write_bytes(b"\xff\xd8 fake jpeg")
    saved = svc.save(record("Kế hoạch KT-XH 2026"), [photo])
    photo.rename(tmp_path / "moved.jpg")
    again = svc.get(saved.id or 0)
    assert again.evidence[0].original_name == "ảnh niêm yết.jpg"
    assert svc.evidence_path(again.evidence[0]).read_bytes() == b"\xff\xd8 fake jpeg"


def test_missing_evidence_file_refuses_and_saves_nothing(svc: DisclosureService, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        svc.save(record("Không lưu"), [tmp_path / "absent.jpg"])
    assert RegisterQuery(svc.db).count(RegisterFilter()) == 0


def test_huge_evidence_file_refused(svc: DisclosureService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dancoso_desktop.services import attachments

    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 10)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 11)
    with pytest.raises(ValidationError, match="too large"):
        svc.save(record("Quá lớn"), [big])
    assert RegisterQuery(svc.db).count(RegisterFilter()) == 0


def test_windows_hostile_evidence_name_is_kept_safely(svc: DisclosureService, tmp_path: Path) -> None:
    odd = tmp_path / "CON?.txt"
    odd.write_text("biên bản", encoding="utf-8")
    saved = svc.save(record("Tên tệp lạ"), [odd])
    name = saved.evidence[0].original_name
    assert "?" not in name and not name.upper().startswith("CON.")
    assert svc.evidence_path(saved.evidence[0]).read_text(encoding="utf-8") == "biên bản"


def test_accent_insensitive_search_and_vietnamese_sort(svc: DisclosureService) -> None:
    for t in ("Dự toán ngân sách năm 2026", "Đường liên thôn", "Danh sách hộ nghèo",
              unicodedata.normalize("NFD", "Ăn uống tập thể"), "An toàn giao thông"):
        svc.save(record(t))
    q = RegisterQuery(svc.db)
    assert [r.title for r in q.page(RegisterFilter(search="ngan sach"))] == ["Dự toán ngân sách năm 2026"]
    assert q.count(RegisterFilter(search="DUONG lien")) == 1
    assert q.count(RegisterFilter(search="100%_")) == 0
    titles = [r.title for r in q.page(RegisterFilter(year=2026), order="title")]
    assert titles == ["An toàn giao thông", "Ăn uống tập thể", "Danh sách hộ nghèo",
                      "Dự toán ngân sách năm 2026", "Đường liên thôn"]
    assert [r.title for r in q.page(RegisterFilter(year=2026), order="title", descending=True)] == titles[::-1]


def test_filters_by_problem_channel_status_and_still_posted(svc: DisclosureService) -> None:
    svc.save(record("Đủ 30 ngày", start=date(2026, 3, 3), end=date(2026, 4, 1)))
    svc.save(record("Niêm yết 12 ngày", start=date(2026, 3, 3), end=date(2026, 3, 14)))
    svc.save(DisclosureRecord(item=5, title="Kế hoạch quyên góp", planned_on=date(2026, 3, 1),
                              status=DisclosureStatus.PLANNED))
    q = RegisterQuery(svc.db)
    today = date(2026, 3, 20)
    assert [r.title for r in q.page(RegisterFilter(problem=Problem.POSTING_TOO_SHORT.value), today=today)] \
        == ["Niêm yết 12 ngày"]
    assert [r.title for r in q.page(RegisterFilter(problem=Problem.OVERDUE.value), today=today)] \
        == ["Kế hoạch quyên góp"]
    assert [r.title for r in q.page(RegisterFilter(problem=STILL_POSTED), today=today)] == ["Đủ 30 ngày"]
    assert q.count(RegisterFilter(channel="posting")) == 2
    assert q.count(RegisterFilter(channel="radio")) == 0
    assert q.count(RegisterFilter(status=DisclosureStatus.PLANNED)) == 1
    due = q.due_soon(today)
    assert [r.title for r in due] == ["Kế hoạch quyên góp"]


def test_edit_replaces_channels_and_delete_then_restore(svc: DisclosureService) -> None:
    saved = svc.save(record("Sửa đổi"))
    changed = svc.save(DisclosureRecord(**{**saved.__dict__, "channels": [
        ChannelUse("website", "", date(2026, 3, 4), date(2026, 3, 4))]}))
    assert [u.channel for u in svc.get(changed.id or 0).channels] == ["website"]
    removed = svc.delete(changed.id or 0)
    with pytest.raises(ValidationError):
        svc.get(changed.id or 0)
    back = svc.restore(removed)
    assert svc.get(back.id or 0).title == "Sửa đổi"


def test_art_14_generate_plan_adds_recurring_duties_once(svc: DisclosureService) -> None:
    assert generate_plan(svc, 2026) == 12
    assert generate_plan(svc, 2026) == 0
    records = svc.records(2026)
    assert {r.item for r in records} == {2, 4, 13, 14}
    assert sum(1 for r in records if r.item == 2) == 6
    quarterly = [r for r in records if (r.plan_key or "").startswith("2026:list-q")]
    assert len(quarterly) == 4
    permanent = [r for r in records if r.item in (4, 13)]
    assert all(u.end is None for r in permanent for u in r.uses("posting"))
    q = RegisterQuery(svc.db)
    assert q.count(RegisterFilter(year=2026, problem="overdue"), date(2026, 4, 20)) == 6


def test_unit_used_by_a_disclosure_cannot_be_deleted(svc: DisclosureService) -> None:
    communes = CommuneService(svc.db)
    unit = communes.save_unit(Unit("Phòng Kinh tế", UnitKind.DEPARTMENT))
    svc.save(record("Dự án chợ", item=3, unit_id=unit.id))
    with pytest.raises(ValidationError, match="retire"):
        communes.delete_unit(unit.id or 0)


def test_art_12_3_day_swap_changes_late_after_recheck(svc: DisclosureService) -> None:
    # Decided Friday 05/03/2027, disclosed Friday 12/03/2027: the fifth working day, on time.
    saved = svc.save(DisclosureRecord(item=14, title="Đổi ngày làm việc", decided_on=date(2027, 3, 5),
                                      channels=[ChannelUse("website", "", date(2027, 3, 12), date(2027, 3, 12))]))
    q = RegisterQuery(svc.db)
    assert q.count(RegisterFilter(problem="late")) == 0
    # The government makes Saturday 06/03 a working day: the deadline moves to 11/03, so late.
    svc.calendar_service.add_swap(DaySwap(day_off=None, work_day=date(2027, 3, 6), note="làm bù"))
    assert svc.recheck() == 1
    assert [r.id for r in q.page(RegisterFilter(problem="late"))] == [saved.id]


def test_search_pages_in_title_order_both_ways(svc: DisclosureService) -> None:
    svc.bulk_insert([record(f"Thôn {n:03d} công khai") for n in range(250)] + [record("Ngân sách khác")])
    q = RegisterQuery(svc.db)
    f = RegisterFilter(search="thon cong")
    first = q.page(f, limit=100)
    second = q.page(f, offset=100, limit=200)
    assert [r.title for r in first + second] == [f"Thôn {n:03d} công khai" for n in range(250)]
    assert [r.title for r in q.page(f, descending=True, limit=3)] == [
        "Thôn 249 công khai", "Thôn 248 công khai", "Thôn 247 công khai"]
    assert [r.title for r in q.page(RegisterFilter(search="t"), limit=2)] == [
        "Thôn 000 công khai", "Thôn 001 công khai"]
