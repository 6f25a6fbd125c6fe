"""Time frames, lateness and the roll-up of progress in the plan tree."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import (
    PlanSection,
    Status,
    TimeFrame,
    TimeFrameKind,
    check_year,
    format_document_number,
    rolled_progress,
)

K = TimeFrameKind


def test_deadline_per_kind() -> None:
    assert TimeFrame().deadline(2026) is None
    assert TimeFrame(K.WHOLE_YEAR).deadline(2026) == date(2026, 12, 31)
    assert TimeFrame(K.BY_DATE, end=date(2026, 3, 31)).deadline(2026) == date(2026, 3, 31)
    assert TimeFrame(K.RANGE, date(2026, 4, 1), date(2026, 6, 30)).deadline(2026) == date(2026, 6, 30)


@pytest.mark.parametrize(("quarter", "end"), [(1, date(2026, 3, 31)), (2, date(2026, 6, 30)),
                                              (3, date(2026, 9, 30)), (4, date(2026, 12, 31))])
def test_quarter_ends(quarter: int, end: date) -> None:
    assert TimeFrame(K.QUARTER, quarter=quarter).deadline(2026) == end


def test_leap_day_shift() -> None:
    leap = TimeFrame(K.RANGE, date(2024, 2, 1), date(2024, 2, 29))
    assert leap.shifted_years(1).end == date(2025, 2, 28)
    assert leap.shifted_years(4).end == date(2028, 2, 29)
    assert leap.shifted_years(-24).end == date(2000, 2, 29)
    assert TimeFrame(K.QUARTER, quarter=3).shifted_years(5) == TimeFrame(K.QUARTER, quarter=3)
    assert TimeFrame(K.QUARTER, quarter=1).deadline(2028) == date(2028, 3, 31)


@settings(deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(-5, 10))
def test_shift_keeps_month_and_day_when_it_can(d: date, years: int) -> None:
    moved = TimeFrame(K.BY_DATE, end=d).shifted_years(years).end
    assert moved is not None
    assert moved.year == d.year + years and moved.month == d.month
    assert moved.day == d.day or (d.month, d.day, moved.day) == (2, 29, 28)


def test_validate_errors() -> None:
    with pytest.raises(ValidationError) as exc:
        TimeFrame(K.BY_DATE).validate()
    assert exc.value.field == "timeframe"
    with pytest.raises(ValidationError):
        TimeFrame(K.QUARTER, quarter=5).validate()
    with pytest.raises(ValidationError):
        TimeFrame(K.QUARTER).validate()
    with pytest.raises(ValidationError):
        TimeFrame(K.RANGE, start=date(2026, 1, 1)).validate()
    with pytest.raises(ValidationError) as exc:
        TimeFrame(K.RANGE, date(2026, 6, 30), date(2026, 4, 1)).validate()
    assert "trước ngày bắt đầu" in exc.value.text("vi")
    assert "before the start" in exc.value.text("en")
    ok = TimeFrame(K.RANGE, date(2026, 4, 1), date(2026, 4, 1))
    assert ok.validate() is ok


def test_describe() -> None:
    assert TimeFrame(K.WHOLE_YEAR).describe() == "Thường xuyên, cả năm"
    assert TimeFrame(K.BY_DATE, end=date(2026, 3, 31)).describe() == "Trước ngày 31/03/2026"
    assert TimeFrame(K.QUARTER, quarter=2).describe() == "Trong quý II"
    assert TimeFrame(K.QUARTER, quarter=4).describe(2026) == "Trong quý IV năm 2026"
    assert TimeFrame(K.RANGE, date(2026, 4, 1), date(2026, 6, 30)).describe() == "Từ 01/04/2026 đến 30/06/2026"
    assert TimeFrame().describe() == ""


def test_late_is_computed_from_deadline_and_today() -> None:
    task = PlanSection("Hội nghị cán bộ", timeframe=TimeFrame(K.BY_DATE, end=date(2026, 3, 31)))
    assert not task.is_late(2026, date(2026, 3, 31))
    assert task.is_late(2026, date(2026, 4, 1))
    task.status = Status.DONE
    assert not task.is_late(2026, date(2026, 4, 1))
    assert not PlanSection("no time frame").is_late(2026, date(2099, 1, 1))
    quarterly = PlanSection("q", timeframe=TimeFrame(K.QUARTER, quarter=1))
    assert quarterly.is_late(2026, date(2026, 4, 1)) and not quarterly.is_late(2026, date(2026, 3, 31))


def _task(progress: int = 0, status: Status = Status.IN_PROGRESS) -> PlanSection:
    return PlanSection("t", lead_unit="Văn phòng HĐND-UBND", status=status, progress=progress)


def test_roll_up() -> None:
    assert rolled_progress(PlanSection("heading only")) is None
    assert rolled_progress(_task(40)) == 40
    assert rolled_progress(_task(10, Status.DONE)) == 100        # done counts 100 whatever was typed
    assert rolled_progress(_task(150)) == 100                     # clamped
    parent = PlanSection("II", children=[_task(40), _task(0, Status.DONE), PlanSection("text only")])
    assert rolled_progress(parent) == 70                          # untracked children are ignored
    top = PlanSection("top", children=[parent, _task(10), PlanSection("empty", children=[PlanSection("x")])])
    assert rolled_progress(top) == 40                             # mean of 70 and 10
    # A task with children takes its children's progress, not its own.
    mixed = _task(90)
    mixed.children = [_task(20)]
    assert rolled_progress(mixed) == 20


@settings(deadline=None)
@given(st.lists(st.integers(0, 100), min_size=1, max_size=30))
def test_roll_up_stays_within_children(values: list[int]) -> None:
    parent = PlanSection("p", children=[_task(v) for v in values])
    rolled = rolled_progress(parent)
    assert rolled is not None and min(values) <= rolled <= max(values)


def test_year_bounds_and_document_number() -> None:
    assert check_year(1990) == 1990 and check_year(2100) == 2100
    for bad in (1989, 2101, -1):
        with pytest.raises(ValidationError) as exc:
            check_year(bad)
        assert exc.value.field == "year"
    assert format_document_number(5) == "05/KH-UBND"
    assert format_document_number(12, "BC") == "12/BC-UBND"
    assert date(2026, 1, 1) + timedelta(days=0) == date(2026, 1, 1)
