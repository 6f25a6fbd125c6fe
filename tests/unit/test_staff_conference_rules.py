"""The staff conference's rules at their boundaries (Law 10/2022 Art. 51–52)."""

from __future__ import annotations

from datetime import date

import pytest

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.staff_conference import (
    ResolutionReview,
    StaffConference,
    add_months,
    check,
    conference_deadline,
    held_on_time,
    is_optional,
    next_review_due,
    quorum_met,
    quorum_needed,
    resolution_passed,
    review_due_dates,
    validate_conference,
    votes_needed,
)


def test_two_thirds_of_twelve_is_eight() -> None:
    assert quorum_needed(12) == 8
    assert quorum_met(12, 8)
    assert not quorum_met(12, 7)
    assert quorum_needed(10) == 7 and quorum_met(10, 7) and not quorum_met(10, 6)   # 6.67 → 7
    assert quorum_needed(9) == 6 and quorum_met(9, 6) and not quorum_met(9, 5)
    assert not quorum_met(0, 0)


def test_more_than_half_of_those_attending() -> None:
    assert votes_needed(12) == 7
    assert not resolution_passed(12, 6)        # exactly 50% fails
    assert resolution_passed(12, 7)
    assert votes_needed(11) == 6 and resolution_passed(11, 6) and not resolution_passed(11, 5)
    assert not resolution_passed(0, 0)


def test_three_months_after_the_year_in_a_leap_year() -> None:
    assert conference_deadline(2027) == date(2028, 3, 31)   # 2028 is a leap year: still 31/3
    assert held_on_time(2027, date(2028, 3, 31))
    assert not held_on_time(2027, date(2028, 4, 1))
    assert not held_on_time(2027, date(2027, 12, 31))       # before the work year has ended
    assert held_on_time(2027, date(2028, 1, 1))
    assert conference_deadline(2025) == date(2026, 3, 31)


def test_optional_for_seven_or_fewer() -> None:
    assert is_optional(7) and is_optional(1)
    assert not is_optional(8)


def test_reviews_every_six_months() -> None:
    assert review_due_dates(date(2026, 3, 20)) == [date(2026, 9, 20), date(2027, 3, 20)]
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    conf = StaffConference(2025, date(2026, 3, 20), staff_total=12, present=10, votes_for=9)
    assert next_review_due(conf) == date(2026, 9, 20)
    conf.reviews.append(ResolutionReview(date(2026, 9, 18)))
    assert next_review_due(conf) == date(2027, 3, 20)
    conf.reviews.append(ResolutionReview(date(2027, 3, 1)))
    assert next_review_due(conf) is None


def test_check_summarises_the_form() -> None:
    result = check(StaffConference(2025, date(2026, 3, 20), staff_total=12, present=8, votes_for=5))
    assert result.quorum_needed == 8 and result.quorum_met
    assert result.votes_needed == 5 and result.passed
    assert result.on_time and not result.optional


@pytest.mark.parametrize(("changes", "field"), [
    ({"present": 13}, "present"),                    # more present than staff
    ({"staff_total": 0, "present": 0}, "staff_total"),
    ({"present": -1}, "present"),
    ({"present": 2.5}, "present"),
    ({"present": True}, "present"),
    ({"votes_for": 8, "votes_against": 3}, "votes_for"),   # 11 votes, 10 present
    ({"absent_with_reason": 3}, "absent_with_reason"),
    ({"held_on": date(2025, 12, 30)}, "held_on"),
    ({"resolution_date": date(2026, 3, 1)}, "resolution_date"),
])
def test_impossible_figures_are_refused(changes: dict, field: str) -> None:
    conf = StaffConference(2025, date(2026, 3, 20), staff_total=12, present=10, votes_for=9)
    for key, value in changes.items():
        setattr(conf, key, value)
    with pytest.raises(ValidationError) as info:
        validate_conference(conf)
    assert info.value.field == field
    assert info.value.vi and info.value.en
