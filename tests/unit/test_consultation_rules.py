"""Consultations (Luật 10/2022 Art. 25–29): the 20-day period and the refusals of impossible records."""

from __future__ import annotations

import unicodedata
from datetime import date
from fractions import Fraction

import pytest

from dancoso_desktop.domain.consultation import Consultation, Opinion, check_count, validate_consultation
from dancoso_desktop.domain.consultation_rules import (
    ConsultationProblem,
    check,
    earliest_close,
    period_days,
    period_long_enough,
    static_problems,
)
from dancoso_desktop.domain.errors import ValidationError


def _c(**kw: object) -> Consultation:
    base: dict[str, object] = {"item": 1, "title": "Dự thảo kế hoạch", "published_on": date(2026, 3, 1),
                               "closes_on": date(2026, 3, 21), "plan_sent_on": date(2026, 2, 25)}
    base.update(kw)
    return Consultation(**base)  # type: ignore[arg-type]


def test_twenty_days_exactly_passes_nineteen_fails() -> None:
    assert period_days(date(2026, 3, 1), date(2026, 3, 21)) == 20
    assert period_long_enough(date(2026, 3, 1), date(2026, 3, 21))
    assert not period_long_enough(date(2026, 3, 1), date(2026, 3, 20))
    assert earliest_close(date(2026, 3, 1)) == date(2026, 3, 21)
    assert static_problems(_c()) == []
    assert static_problems(_c(closes_on=date(2026, 3, 20))) == [ConsultationProblem.PERIOD_TOO_SHORT]


def test_the_period_counts_calendar_days_across_tet() -> None:
    # Tết 2026 (16–20/02) falls inside: calendar days still count (reporting.md §7.3 "≥20 C").
    assert period_long_enough(date(2026, 2, 10), date(2026, 3, 2))
    assert not period_long_enough(date(2026, 2, 10), date(2026, 3, 1))


def test_result_checks_move_with_today() -> None:
    c = _c()
    assert check(c, date(2026, 3, 21)) == []                       # the closing day itself: still open
    assert check(c, date(2026, 3, 22)) == [ConsultationProblem.RESULT_NOT_PUBLISHED]
    assert check(_c(result_published_on=date(2026, 3, 25)), date(2026, 4, 1)) == []
    assert ConsultationProblem.RESULT_BEFORE_CLOSE in static_problems(_c(result_published_on=date(2026, 3, 10)))
    assert ConsultationProblem.NO_PLAN_SENT in static_problems(_c(plan_sent_on=None))


def test_a_consultation_that_closes_before_it_opens_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        validate_consultation(_c(closes_on=date(2026, 2, 28)))
    assert "trước ngày công bố" in err.value.vi and err.value.field == "closes_on"


@pytest.mark.parametrize("bad", [-1, 2.5, Fraction(7, 2), "abc", None, True, float("nan")])
def test_counts_must_be_whole_and_not_negative(bad: object) -> None:
    with pytest.raises(ValidationError):
        validate_consultation(_c(counts={"meeting": bad}))
    with pytest.raises(ValidationError):
        check_count(bad, "Số", "Count", "x")


def test_integral_floats_are_counts_and_accepted_plus_explained_fit() -> None:
    c = validate_consultation(_c(counts={"portal": 3.0, "meeting": 5}, accepted=4, explained=4))
    assert c.counts == {"meeting": 5, "portal": 3} and c.forms == ["meeting", "portal"]
    with pytest.raises(ValidationError) as err:
        validate_consultation(_c(counts={"meeting": 5}, accepted=4, explained=2))
    assert err.value.field == "accepted"


def test_nfd_and_hostile_text_in_every_field() -> None:
    nfd = unicodedata.normalize("NFD", "Lấy ý kiến về quy hoạch")
    hostile = "=HYPERLINK(\"x\")+<script>&-1"
    c = validate_consultation(_c(title=nfd, draft_document=hostile, hdnd_session=nfd, delegated_from=hostile,
                                 notes=nfd + "\x00\u200b", opinions=[Opinion(hostile, nfd, nfd, "meeting")]))
    assert c.title == unicodedata.normalize("NFC", nfd)
    assert c.draft_document == hostile and c.delegated_from == hostile
    assert c.notes == c.title and c.opinions[0].who == c.title and c.opinions[0].content == hostile
    with pytest.raises(ValidationError):
        validate_consultation(_c(title="x" * 1_000_001))
    with pytest.raises(ValidationError):
        validate_consultation(_c(title="   "))
    with pytest.raises(ValidationError):
        validate_consultation(_c(item=10))
    with pytest.raises(ValidationError):
        validate_consultation(_c(forms=["carrier_pigeon"]))
    with pytest.raises(ValidationError):
        validate_consultation(_c(published_on=date(1800, 1, 1)))
