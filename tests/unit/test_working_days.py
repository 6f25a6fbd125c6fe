"""Working days (Art. 12.3 counts "5 working days"): weekends, public holidays incl. lunar Tết
and Giỗ Tổ Hùng Vương, and the officer's day swaps; property tests of the arithmetic."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dancoso_desktop.domain.working_days import DaySwap, WorkingCalendar
from dancoso_desktop.services.workdays import package_workdays, public_holidays

YEARS = range(2023, 2029)
VN = WorkingCalendar.build(public_holidays(YEARS), extra_workdays=package_workdays(YEARS))
PLAIN = WorkingCalendar()


def test_tet_2026_is_in_the_calendar_with_vietnamese_names() -> None:
    names = public_holidays(range(2026, 2027))
    assert "Tết Nguyên Đán" in names[date(2026, 2, 17)]
    assert all(not VN.is_working_day(date(2026, 2, d)) for d in range(16, 21))


def test_hung_kings_day_is_lunar_and_moves_each_year() -> None:
    names = public_holidays(range(2024, 2026))
    assert "Hùng Vương" in names[date(2024, 4, 18)]
    assert "Hùng Vương" in names[date(2025, 4, 7)]
    assert not VN.is_working_day(date(2025, 4, 7))  # a Monday


def test_art_12_3_five_working_days_across_tet_2026() -> None:
    # Decided Friday 13/02/2026; Tết is 16–20/02: the five days are 23–27/02.
    assert VN.add_working_days(date(2026, 2, 13), 5) == date(2026, 2, 27)
    assert PLAIN.add_working_days(date(2026, 2, 13), 5) == date(2026, 2, 20)


def test_package_make_up_saturday_counts_as_working_day() -> None:
    # 26/04/2025 (Saturday) was worked to give 02/05/2025 off.
    assert VN.is_working_day(date(2025, 4, 26))
    assert not VN.is_working_day(date(2025, 5, 2))


def test_officer_day_swap_moves_a_deadline() -> None:
    base = WorkingCalendar.build(public_holidays(YEARS))
    swapped = WorkingCalendar.build(public_holidays(YEARS),
                                    [DaySwap(day_off=date(2027, 3, 1), work_day=date(2027, 3, 6))])
    # Friday 26/02/2027 + 1 working day: Monday 01/03, unless it was given off.
    assert base.add_working_days(date(2027, 2, 26), 1) == date(2027, 3, 1)
    assert swapped.add_working_days(date(2027, 2, 26), 1) == date(2027, 3, 2)
    assert swapped.is_working_day(date(2027, 3, 6))


def test_zero_days_is_the_same_day_and_between_is_empty_backwards() -> None:
    d = date(2026, 1, 3)
    assert VN.add_working_days(d, 0) == d
    assert VN.working_days_between(d, d - timedelta(days=3)) == 0


dates = st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 6, 30))


@settings(max_examples=200, deadline=None)
@given(start=dates, n=st.integers(min_value=0, max_value=40))
def test_property_adding_then_counting_gives_back_n(start: date, n: int) -> None:
    end = VN.add_working_days(start, n)
    assert VN.working_days_between(start, end) == n
    if n > 0:
        assert VN.is_working_day(end)
        assert end > start


@settings(max_examples=200, deadline=None)
@given(start=dates, a=st.integers(min_value=0, max_value=20), b=st.integers(min_value=0, max_value=20))
def test_property_working_days_compose_and_are_monotonic(start: date, a: int, b: int) -> None:
    assert VN.add_working_days(VN.add_working_days(start, a), b) == VN.add_working_days(start, a + b)
    if a <= b:
        assert VN.add_working_days(start, a) <= VN.add_working_days(start, b)


@settings(max_examples=200, deadline=None)
@given(start=dates, span=st.integers(min_value=0, max_value=60))
def test_property_count_never_exceeds_calendar_days(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    counted = VN.working_days_between(start, end)
    assert 0 <= counted <= span
    assert counted == sum(VN.is_working_day(start + timedelta(days=i)) for i in range(1, span + 1))
