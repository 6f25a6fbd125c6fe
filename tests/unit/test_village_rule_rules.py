"""Hương ước, quy ước (NĐ 61/2023): thresholds of all households, the working-day deadlines at
their boundaries with holidays in between, the stages and the refusals."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dancoso_desktop.domain import village_rule_rules as rules
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.village_rule import (
    AdoptionForm,
    EventKind,
    RuleEvent,
    RuleProblem,
    Scope,
    Stage,
    VillageRule,
    as_of,
    check,
    deadlines,
    stage,
    static_problems,
    validate_rule,
)
from dancoso_desktop.domain.working_days import WorkingCalendar

# 30/04 and 01/05/2026 (Thursday, Friday) are holidays: five working days after Friday 24/04
# are 27, 28, 29/04, 04 and 05/05.
CAL = WorkingCalendar.build([date(2026, 4, 30), date(2026, 5, 1)])


def test_adoption_needs_more_than_half_of_all_households() -> None:
    assert not rules.adopted(100, 50)            # exactly 50% fails
    assert rules.adopted(100, 51)
    assert not rules.adopted(142, 71) and rules.adopted(142, 72)
    assert rules.votes_needed(142) == 72 and rules.votes_needed(1) == 1
    assert not rules.adopted(0, 0)


def test_meeting_quorum_and_proposal_share() -> None:
    assert not rules.meeting_quorum(100, 50) and rules.meeting_quorum(100, 51)
    assert rules.proposal_valid(100, 10) and not rules.proposal_valid(100, 9)
    assert rules.proposal_needed(142) == 15 and rules.proposal_valid(142, 15) and not rules.proposal_valid(142, 14)


@given(st.integers(min_value=1, max_value=100_000), st.data())
def test_adoption_agrees_with_a_plain_comparison(total: int, data: st.DataObject) -> None:
    agree = data.draw(st.integers(min_value=0, max_value=total))
    assert rules.adopted(total, agree) == (2 * agree > total)
    assert rules.adopted(total, rules.votes_needed(total)) and not rules.adopted(total, rules.votes_needed(total) - 1)


def test_draft_posted_thirty_days_passes_twenty_nine_fails() -> None:
    assert rules.draft_posted_long_enough(date(2026, 3, 1), date(2026, 3, 31))
    assert not rules.draft_posted_long_enough(date(2026, 3, 1), date(2026, 3, 30))


def test_working_day_deadlines_skip_the_holidays() -> None:
    adopted = date(2026, 4, 24)
    assert rules.file_deadline(adopted, CAL) == date(2026, 5, 5)
    assert rules.recognition_deadline(adopted, CAL) == date(2026, 5, 5)
    assert rules.sending_deadline(date(2026, 4, 29), CAL) == date(2026, 5, 5)     # 29/04 → 04/05, 05/05
    assert rules.suspension_deadline(date(2026, 4, 28), CAL) == date(2026, 5, 5)  # 29/04, 04/05, 05/05
    assert rules.repeal_deadline(adopted, CAL) == date(2026, 5, 5)


def test_review_day_and_province_report() -> None:
    assert rules.review_day(2026) == date(2026, 11, 18)
    assert rules.province_report_due(2026) == date(2026, 11, 29)


def _adopted(**kw: object) -> VillageRule:
    base: dict[str, object] = {
        "hamlet_id": 1, "title": "Hương ước thôn A", "households": 100, "proposed_on": date(2026, 2, 1),
        "proposal_households": 12, "draft_posted_on": date(2026, 3, 1), "adoption_form": AdoptionForm.MEETING,
        "adopted_on": date(2026, 4, 24), "present": 70, "agree": 60, "disagree": 8}
    base.update(kw)
    return VillageRule(**base)  # type: ignore[arg-type]


def test_file_sent_on_the_fifth_working_day_is_on_time_the_next_is_late() -> None:
    assert RuleProblem.FILE_LATE not in static_problems(_adopted(file_sent_on=date(2026, 5, 5)), CAL)
    assert RuleProblem.FILE_LATE in static_problems(_adopted(file_sent_on=date(2026, 5, 6)), CAL)
    # Recognition: 27/04 + 5 WD = 06/05 (28, 29/04, 04, 05, 06/05); sending: 06/05 + 2 WD = 08/05.
    r = _adopted(file_sent_on=date(2026, 4, 27), recognised_on=date(2026, 5, 6), sent_on=date(2026, 5, 8))
    assert static_problems(r, CAL) == []
    # Recognised 07/05 (late); sending 07/05 + 2 WD = 11/05 (Friday 08, Monday 11): 12/05 is late.
    r = _adopted(file_sent_on=date(2026, 4, 27), recognised_on=date(2026, 5, 7), sent_on=date(2026, 5, 12))
    assert set(static_problems(r, CAL)) == {RuleProblem.RECOGNITION_LATE, RuleProblem.SENDING_LATE}


def test_overdue_waits_for_the_day_after_the_deadline() -> None:
    r = _adopted()
    assert deadlines(r, CAL).pending(r) == date(2026, 5, 5)
    assert RuleProblem.OVERDUE not in check(r, CAL, date(2026, 5, 5))
    assert RuleProblem.OVERDUE in check(r, CAL, date(2026, 5, 6))


def test_suspension_and_repeal_deadlines() -> None:
    base = _adopted(file_sent_on=date(2026, 4, 27), recognised_on=date(2026, 4, 28), sent_on=date(2026, 4, 29))
    # Complaint on Tuesday 28/04: 29/04, (holidays), 04/05, 05/05 → ≤ 05/05.
    ok = validate_rule(VillageRule(**{**base.__dict__, "events": [
        RuleEvent(EventKind.SUSPENSION, Scope.PARTIAL, date(2026, 4, 28), date(2026, 5, 5))]}))
    late = validate_rule(VillageRule(**{**base.__dict__, "events": [
        RuleEvent(EventKind.SUSPENSION, Scope.PARTIAL, date(2026, 4, 28), date(2026, 5, 6))]}))
    assert RuleProblem.SUSPENSION_LATE not in static_problems(ok, CAL)
    assert RuleProblem.SUSPENSION_LATE in static_problems(late, CAL)
    assert stage(ok) is Stage.SUSPENDED
    repeal = validate_rule(VillageRule(**{**base.__dict__, "events": [
        RuleEvent(EventKind.REPEAL, Scope.WHOLE, date(2026, 4, 28), date(2026, 5, 8))]}))
    assert RuleProblem.REPEAL_LATE in static_problems(repeal, CAL) and stage(repeal) is Stage.REPEALED
    amended = validate_rule(VillageRule(**{**base.__dict__, "events": [
        RuleEvent(EventKind.SUSPENSION, Scope.WHOLE, date(2026, 5, 4), date(2026, 5, 5)),
        RuleEvent(EventKind.AMENDMENT, Scope.PARTIAL, None, date(2026, 6, 1))]}))
    assert stage(amended) is Stage.IN_FORCE                          # a new recognition ends the suspension
    assert stage(as_of(amended, date(2026, 5, 20))) is Stage.SUSPENDED
    assert stage(as_of(amended, date(2026, 4, 27))) is Stage.FILED


def test_stages_follow_the_facts() -> None:
    assert stage(VillageRule(1, "x")) is Stage.PROPOSED
    assert stage(VillageRule(1, "x", drafting_team="Tổ")) is Stage.DRAFTING
    assert stage(VillageRule(1, "x", draft_posted_on=date(2026, 1, 1))) is Stage.POSTED
    assert stage(_adopted()) is Stage.ADOPTED
    assert stage(_adopted(agree=50)) is Stage.REJECTED
    assert stage(_adopted(file_sent_on=date(2026, 4, 27))) is Stage.FILED
    assert stage(_adopted(file_sent_on=date(2026, 4, 27), refused_on=date(2026, 4, 29))) is Stage.REFUSED


def test_review_missing_from_the_day_after_18_11() -> None:
    r = _adopted(file_sent_on=date(2025, 4, 27), recognised_on=date(2025, 4, 28), adopted_on=date(2025, 4, 24),
                 draft_posted_on=date(2025, 3, 1), proposed_on=date(2025, 2, 1))
    assert RuleProblem.REVIEW_MISSING not in check(r, CAL, date(2026, 11, 18))
    assert RuleProblem.REVIEW_MISSING in check(r, CAL, date(2026, 11, 19))
    r.reviews = [date(2026, 11, 18)]
    assert RuleProblem.REVIEW_MISSING not in check(r, CAL, date(2026, 11, 19))


def test_static_checks_of_the_adoption() -> None:
    found = static_problems(_adopted(proposal_households=9, draft_posted_on=date(2026, 3, 26), present=50,
                                     agree=50, disagree=0), CAL)
    assert set(found) >= {RuleProblem.PROPOSAL_TOO_FEW, RuleProblem.DRAFT_POSTED_TOO_SHORT,
                          RuleProblem.MEETING_WITHOUT_QUORUM, RuleProblem.NOT_ADOPTED}


@pytest.mark.parametrize("kw, field", [
    ({"agree": 101}, "agree"),
    ({"present": 101}, "present"),
    ({"present": 40, "agree": 30, "disagree": 11}, "agree"),
    ({"agree": -1}, "agree"),
    ({"agree": 50.5}, "agree"),
    ({"households": 0}, "households"),
    ({"adopted_on": date(2026, 2, 20)}, "adopted_on"),
    ({"file_sent_on": date(2026, 4, 20)}, "file_sent_on"),
    ({"recognised_on": date(2026, 5, 1), "refused_on": date(2026, 5, 1), "file_sent_on": date(2026, 4, 27)},
     "refused_on"),
    ({"sent_on": date(2026, 5, 1)}, "sent_on"),
    ({"title": ""}, "title"),
    ({"title": "x" * 1_000_001}, "title"),
])
def test_impossible_records_are_refused(kw: dict, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_rule(_adopted(**kw))
    assert err.value.field == field


def test_ballot_counts_against_all_households() -> None:
    r = validate_rule(_adopted(adoption_form=AdoptionForm.BALLOT, present=None, agree=60, disagree=40))
    assert r.agree == 60
    with pytest.raises(ValidationError):
        validate_rule(_adopted(adoption_form=AdoptionForm.BALLOT, present=None, agree=60, disagree=41))
