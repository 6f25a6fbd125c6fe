"""The quarterly list rules (Art. 13.2): which quarter a hand-typed title names, one list per
quarter, due in the period, posted by its last day, late."""

from __future__ import annotations

from datetime import date

import pytest

from dancoso_desktop.domain import quarterly_list as ql
from dancoso_desktop.domain.text import fold


@pytest.mark.parametrize(("title", "named"), [
    ("Danh mục thông tin đã công khai quý I năm 2026", (2026, 1)),
    ("DANH MỤC THÔNG TIN ĐÃ CÔNG KHAI QUÝ IV NĂM 2025", (2025, 4)),
    ("Danh mục thông tin đã công khai quý III", (2024, 3)),            # no year: the record's
    ("Danh mục thông tin công khai quý 2/2026", (2026, 2)),
    ("Danh mục thông tin đã công khai quý II năm 2026 (bổ sung)", (2026, 2)),
    ("Danh mục phí, lệ phí thu tại xã", None),                          # names no quarter
    ("Lịch tiếp công dân quý I năm 2026", None),                        # not a list
    ("Danh mục thông tin đã công khai năm 2026", None),
    ("Danh mục quý V năm 2026", None),
])
def test_a_hand_typed_title_names_its_quarter(title: str, named: tuple[int, int] | None) -> None:
    assert ql.quarter_named(fold(title), 2024) == named


def test_a_title_in_decomposed_unicode_names_the_same_quarter() -> None:
    import unicodedata

    title = unicodedata.normalize("NFD", "Danh mục thông tin đã công khai quý IV năm 2025")
    assert ql.quarter_named(fold(title), 2026) == (2025, 4)


def _row(rid: int, quarter: int, due: date | None, posted: date | None, plan: bool = True,
         year: int = 2026) -> ql.ListRecord:
    return ql.ListRecord(rid, year, quarter, due, posted, plan)


def test_one_list_per_quarter_the_posted_row_is_the_one_shown() -> None:
    lists = ql.merge([
        _row(1, 1, date(2026, 4, 10), None),                            # the plan's duty, left planned
        _row(7, 1, None, date(2026, 4, 8), plan=False),                 # typed by hand, posted
        _row(2, 2, date(2026, 7, 10), None),
        _row(3, 4, date(2026, 1, 10), date(2026, 1, 9), year=2025),
    ])
    assert [(q.year, q.quarter, q.record_id, q.due, q.posted_on) for q in lists] == [
        (2025, 4, 3, date(2026, 1, 10), date(2026, 1, 9)),
        (2026, 1, 7, date(2026, 4, 10), date(2026, 4, 8)),              # the plan's day, the hand row
        (2026, 2, 2, date(2026, 7, 10), None),
    ]
    assert lists[1].label_vi == "quý I năm 2026" and lists[0].label_vi == "quý IV năm 2025"


def test_due_in_the_period_posted_by_its_end_and_late() -> None:
    start, end = date(2025, 12, 15), date(2026, 6, 14)
    lists = ql.merge([
        _row(1, 3, date(2025, 10, 10), date(2025, 12, 20), year=2025),  # due before: not this report's
        _row(2, 4, date(2026, 1, 10), date(2026, 1, 16), year=2025),    # due inside, posted late
        _row(3, 1, date(2026, 4, 10), date(2026, 6, 20)),               # posted after the cut-off
        _row(4, 2, date(2026, 7, 10), date(2026, 6, 1)),                # due after: not counted
        _row(5, 1, date(2027, 4, 10), date(2026, 1, 1), year=2027),
    ])
    due = ql.due_in(lists, start, end)
    posted = ql.posted_in(lists, start, end)
    assert [q.record_id for q in due] == [2, 3]
    assert [q.record_id for q in posted] == [2]
    assert [q.record_id for q in ql.late(posted)] == [2]
    # both ends of the period count
    edge = ql.merge([_row(8, 4, start, end, year=2025), _row(9, 1, end, start)])
    assert [q.record_id for q in ql.posted_in(edge, start, end)] == [8, 9]
    assert ql.late(ql.posted_in(edge, start, end))[0].record_id == 8
