"""The legal checks of the register, each test named after the article it encodes
(Luật 10/2022/QH15; ../shared/domain.md §1 (b)(c))."""

from __future__ import annotations

from datetime import date

import pytest

from dancoso_desktop.domain.disclosure import (
    ChannelUse,
    DisclosureRecord,
    DisclosureStatus,
    Evidence,
    Problem,
    collation_string,
    problems_from_mask,
    problems_to_mask,
)
from dancoso_desktop.domain.disclosure_rules import (
    check,
    consecutive_days,
    disclosure_deadline,
    legal_end,
    minimum_end,
    still_posted,
)
from dancoso_desktop.domain.text import sort_key
from dancoso_desktop.domain.working_days import WorkingCalendar
from dancoso_desktop.services.disclosure_catalogue import load_catalogue
from dancoso_desktop.services.workdays import public_holidays

CAT = load_catalogue()
CAL = WorkingCalendar.build(public_holidays(range(2023, 2029)))
EV = [Evidence("a" * 64, "anh.jpg", 10, ".jpg")]
TODAY = date(2026, 12, 31)


def rec(item: int, decided: date, *uses: ChannelUse, evidence: list[Evidence] | None = None,
        status: DisclosureStatus = DisclosureStatus.DONE, planned: date | None = None) -> DisclosureRecord:
    return DisclosureRecord(item=item, title="Thông tin", year=decided.year, decided_on=decided,
                            channels=list(uses), evidence=EV if evidence is None else evidence,
                            status=status, planned_on=planned)


def posting(start: date, end: date | None) -> ChannelUse:
    return ChannelUse("posting", "Trụ sở HĐND - UBND xã", start, end)


def radio(start: date, end: date) -> ChannelUse:
    return ChannelUse("radio", "", start, end)


def test_catalogue_art_11_has_14_contents_and_art_12_1_channels_a_to_k() -> None:
    assert [c.item for c in CAT.contents] == list(range(1, 15))
    assert [c.letter for c in CAT.channels] == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]
    assert {c.item for c in CAT.contents if c.permanent} == {4, 13}
    assert {c.item for c in CAT.contents if c.radio_days == 3} == set(range(7, 13))
    assert {c.item for c in CAT.contents if c.posting_days == 30} == {1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12}


def test_art_13_2_thirty_consecutive_days_across_a_month_end() -> None:
    start = date(2026, 1, 20)
    assert minimum_end(start, 30) == date(2026, 2, 18)
    assert consecutive_days(start, date(2026, 2, 18)) == 30
    ok = rec(1, date(2026, 1, 19), posting(start, date(2026, 2, 18)))
    short = rec(1, date(2026, 1, 19), posting(start, date(2026, 2, 17)))
    assert check(CAT, ok, CAL, TODAY) == []
    assert check(CAT, short, CAL, TODAY) == [Problem.POSTING_TOO_SHORT]


def test_art_13_2_thirty_consecutive_days_across_a_leap_day() -> None:
    start = date(2024, 2, 15)
    assert minimum_end(start, 30) == date(2024, 3, 15)          # 29/02/2024 counts
    assert legal_end(CAT, 3, "posting", start) == date(2024, 3, 15)
    assert legal_end(CAT, 3, "posting", date(2025, 2, 15)) == date(2025, 3, 16)
    assert check(CAT, rec(3, date(2024, 2, 14), posting(start, date(2024, 3, 14))), CAL, TODAY) \
        == [Problem.POSTING_TOO_SHORT]


def test_art_13_2_every_place_must_post_thirty_days() -> None:
    r = rec(5, date(2026, 3, 2), posting(date(2026, 3, 3), date(2026, 4, 10)),
            ChannelUse("posting", "Nhà văn hóa thôn Đông", date(2026, 3, 3), date(2026, 3, 20)))
    assert Problem.POSTING_TOO_SHORT in check(CAT, r, CAL, TODAY)


def test_art_13_2_items_1_to_3_and_5_to_12_must_be_posted_at_all() -> None:
    r = rec(6, date(2026, 3, 2), ChannelUse("website", "", date(2026, 3, 3), date(2026, 3, 3)))
    assert check(CAT, r, CAL, TODAY) == [Problem.POSTING_TOO_SHORT]
    r14 = rec(14, date(2026, 3, 2), ChannelUse("website", "", date(2026, 3, 3), date(2026, 3, 3)))
    assert check(CAT, r14, CAL, TODAY) == []


@pytest.mark.parametrize("item", [4, 13])
def test_art_13_2_items_4_and_13_are_posted_permanently(item: int) -> None:
    assert legal_end(CAT, item, "posting", date(2026, 1, 5)) is None
    permanent = rec(item, date(2026, 1, 2), posting(date(2026, 1, 5), None))
    taken_down = rec(item, date(2026, 1, 2), posting(date(2026, 1, 5), date(2026, 6, 30)))
    assert check(CAT, permanent, CAL, TODAY) == []
    assert check(CAT, taken_down, CAL, TODAY) == [Problem.POSTING_TOO_SHORT]
    assert still_posted(permanent, date(2030, 1, 1))
    assert not still_posted(taken_down, date(2026, 7, 1))


@pytest.mark.parametrize("item", range(7, 13))
def test_art_13_3_radio_three_consecutive_days_for_items_7_to_12(item: int) -> None:
    p = posting(date(2026, 5, 4), date(2026, 6, 10))
    ok = rec(item, date(2026, 5, 1), p, radio(date(2026, 5, 4), date(2026, 5, 6)))
    short = rec(item, date(2026, 5, 1), p, radio(date(2026, 5, 4), date(2026, 5, 5)))
    missing = rec(item, date(2026, 5, 1), p)
    assert legal_end(CAT, item, "radio", date(2026, 5, 4)) == date(2026, 5, 6)
    assert check(CAT, ok, CAL, TODAY) == []
    assert check(CAT, short, CAL, TODAY) == [Problem.RADIO_TOO_SHORT]
    assert check(CAT, missing, CAL, TODAY) == [Problem.RADIO_TOO_SHORT]


def test_art_13_3_radio_not_required_for_items_outside_7_to_12() -> None:
    r = rec(1, date(2026, 5, 1), posting(date(2026, 5, 4), date(2026, 6, 10)))
    assert check(CAT, r, CAL, TODAY) == []


def test_art_12_3_late_after_five_working_days_with_tet_in_the_count() -> None:
    decided = date(2026, 2, 13)  # Friday before Tết 2026 (16–20/02)
    assert disclosure_deadline(decided, CAL) == date(2026, 2, 27)
    on_time = rec(14, decided, ChannelUse("website", "", date(2026, 2, 27), date(2026, 2, 27)))
    late = rec(14, decided, ChannelUse("website", "", date(2026, 3, 2), date(2026, 3, 2)))
    assert check(CAT, on_time, CAL, TODAY) == []
    assert check(CAT, late, CAL, TODAY) == [Problem.LATE]


def test_art_12_3_weekend_is_not_counted() -> None:
    decided = date(2026, 6, 5)  # Friday
    assert disclosure_deadline(decided, CAL) == date(2026, 6, 12)


def test_art_14_planned_but_not_done_by_its_date_is_overdue() -> None:
    r = DisclosureRecord(item=2, title="Ngân sách quý I", year=2026, planned_on=date(2026, 4, 15),
                         status=DisclosureStatus.PLANNED)
    assert check(CAT, r, CAL, date(2026, 4, 15)) == []
    assert check(CAT, r, CAL, date(2026, 4, 16)) == [Problem.OVERDUE]


def test_art_14_disclosed_without_evidence_is_flagged() -> None:
    r = rec(14, date(2026, 3, 2), ChannelUse("website", "", date(2026, 3, 3), date(2026, 3, 3)), evidence=[])
    assert check(CAT, r, CAL, TODAY) == [Problem.NO_EVIDENCE]


def test_art_13_2_still_posted_today() -> None:
    r = rec(1, date(2026, 3, 2), posting(date(2026, 3, 3), date(2026, 4, 1)))
    assert still_posted(r, date(2026, 3, 3)) and still_posted(r, date(2026, 4, 1))
    assert not still_posted(r, date(2026, 4, 2)) and not still_posted(r, date(2026, 3, 2))


def test_problem_mask_round_trip() -> None:
    probs = [Problem.LATE, Problem.NO_EVIDENCE]
    assert problems_from_mask(problems_to_mask(probs)) == probs


def test_collation_string_orders_like_vietnamese_sort_key() -> None:
    words = ["Đường", "Dự án", "an", "ăn", "ân", "Bình", "ba", "Ánh", "ảnh", "hoà", "hòa", "Ông", "Ơn", "ư", "u",
             "10 ngày", "Zalo"]
    assert sorted(words, key=collation_string) == sorted(words, key=sort_key)
    assert sorted(["đá", "da", "dê"], key=collation_string) == ["da", "dê", "đá"]
