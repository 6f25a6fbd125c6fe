"""Year-end and dialogue conference rules at their boundaries (Law Art. 32–33; NĐ 59 Art. 10–11)."""

from __future__ import annotations

from datetime import date

import pytest

from dancoso_desktop.domain.conference import (
    DialogueConference,
    YearEndConference,
    attendance,
    convocation_deadline,
    convocation_on_time,
    validate_dialogue,
    validate_year_end,
    year_end_due,
)
from dancoso_desktop.domain.errors import ValidationError


def test_convocation_five_calendar_days_before() -> None:
    held = date(2026, 12, 20)
    assert convocation_deadline(held) == date(2026, 12, 15)
    assert convocation_on_time(date(2026, 12, 15), held)       # exactly 5 days: on time
    assert not convocation_on_time(date(2026, 12, 16), held)   # 4 days: late
    assert convocation_on_time(None, held) is None
    # Calendar days, weekends included: 05/01/2027 (Tue) ← 31/12/2026 (Thu) is 5 days.
    assert convocation_on_time(date(2026, 12, 31), date(2027, 1, 5))


def test_attendance_and_due() -> None:
    assert attendance(90, 120) == pytest.approx(0.75)
    assert attendance(5, 0) == 0
    assert year_end_due(2026) == date(2026, 12, 31)


@pytest.mark.parametrize(("changes", "field"), [
    ({"households_present": 130}, "households_present"),
    ({"households_invited": -1}, "households_invited"),
    ({"proposals_received": 2, "proposals_answered": 2, "proposals_forwarded": 1}, "proposals_answered"),
    ({"convocation_on": date(2026, 12, 21)}, "convocation_on"),
    ({"report_received_on": date(2026, 12, 1)}, "report_received_on"),
    ({"held_on": date(2028, 1, 5)}, "held_on"),
    ({"held_on": None}, "held_on"),        # attendance without a date held
])
def test_year_end_refusals(changes: dict, field: str) -> None:
    conf = YearEndConference(2026, 1, held_on=date(2026, 12, 20), households_invited=120, households_present=90)
    for key, value in changes.items():
        setattr(conf, key, value)
    with pytest.raises(ValidationError) as info:
        validate_year_end(conf)
    assert info.value.field == field


def test_dialogue_needs_a_topic_or_a_question() -> None:
    with pytest.raises(ValidationError):
        validate_dialogue(DialogueConference(date(2026, 6, 1)))
    validate_dialogue(DialogueConference(date(2026, 6, 1), topic="Đất đai"))
