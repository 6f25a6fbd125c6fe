"""The threshold engine and the deadlines of community decisions (issue 12 items 2–4)."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dancoso_desktop.domain.decision import (
    Decision,
    Election,
    ElectionKind,
    HamletVote,
    Matter,
    Proposer,
    Scope,
    VoteForm,
)
from dancoso_desktop.domain.decision_rules import (
    Problem,
    ballot_notice_latest,
    ballot_plan_due,
    check_decision,
    check_vote,
    notice_latest,
    proposal_expires,
    recognition_due,
    send_due,
    static_problems,
    verdict,
    votes_needed,
)
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.hamlet_head import (
    election_steps,
    petition_enough,
    reelection_due,
    schedule_problems,
)
from dancoso_desktop.domain.working_days import WorkingCalendar


def _one(matter: Matter, households: int, vfor: int, present: int | None = None,
         form: VoteForm = VoteForm.MEETING, election: Election | None = None) -> Decision:
    present = households if present is None else present
    return Decision(2026, matter, "Làm đường", form=form,
                    votes=[HamletVote(1, households, present, vfor, 0, 0, hamlet_name="Thôn A")],
                    election=election)


def test_two_thirds_of_all_households_exact_boundary() -> None:
    ok = verdict(_one(Matter.CONTRIBUTION, 450, 300))
    assert ok is not None and ok.passed and ok.rule == "two_thirds"
    assert ok.text_vi.startswith("đạt: 300/450 hộ = 66,7% ≥ 2/3")
    bad = verdict(_one(Matter.CONTRIBUTION, 450, 299))
    assert bad is not None and not bad.passed
    assert votes_needed(450, Fraction(2, 3), False) == 300


def test_no_figures_yet_is_no_result() -> None:
    assert verdict(_one(Matter.CONTRIBUTION, 450, 0, present=0)) is None
    v = verdict(_one(Matter.CONTRIBUTION, 450, 0, present=10))
    assert v is not None and not v.passed


def test_the_base_is_all_households_not_those_present() -> None:
    # 280 of 300 present agreed (93%), but the hamlet has 450 households: not passed.
    v = verdict(_one(Matter.COMMUNITY_FUND, 450, 280, present=300))
    assert v is not None and not v.passed
    assert "280/450" in v.text_vi


def test_312_of_450_reads_as_the_officer_sees_it() -> None:
    v = verdict(_one(Matter.CONTRIBUTION, 450, 312))
    assert v is not None and v.text_vi.startswith("đạt: 312/450 hộ = 69,3% ≥ 2/3")


def test_half_exactly_fails_items_3_to_6_and_online() -> None:
    for matter in (Matter.VILLAGE_RULES, Matter.BOARD_MEMBERS, Matter.OTHER):
        v = verdict(_one(matter, 200, 100))
        assert v is not None and not v.passed and v.rule == "half"
        v = verdict(_one(matter, 200, 101))
        assert v is not None and v.passed
    v = verdict(_one(Matter.OTHER, 200, 100, form=VoteForm.ONLINE))
    assert v is not None and not v.passed and v.rule == "online_half"
    v = verdict(_one(Matter.OTHER, 200, 101, form=VoteForm.ONLINE))
    assert v is not None and v.passed


def test_hamlet_head_election_checks_both_thresholds() -> None:
    e = Election(ElectionKind.ELECTION)
    v = verdict(_one(Matter.HAMLET_HEAD, 100, 51, present=90, election=e))
    assert v is not None and v.passed and v.rule == "half_present"
    assert "51/90 hộ có mặt" in v.text_vi
    v = verdict(_one(Matter.HAMLET_HEAD, 100, 50, present=60, election=e))
    assert v is not None and not v.passed


def test_commune_wide_items_1_2_need_two_thirds_of_hamlets() -> None:
    def hamlets(passing: int, total: int) -> list[HamletVote]:
        return [HamletVote(i, 90, 90, 60 if i < passing else 59, hamlet_name=f"Thôn {i}") for i in range(total)]

    d = Decision(2026, Matter.CONTRIBUTION, "Bê tông hóa", scope=Scope.COMMUNE, votes=hamlets(8, 12))
    v = verdict(d)
    assert v is not None and v.passed and v.rule == "hamlets_two_thirds" and "8/12 thôn" in v.text_vi
    d.votes = hamlets(7, 12)
    v = verdict(d)
    assert v is not None and not v.passed


@given(st.integers(1, 5000), st.data(), st.sampled_from(list(Matter)))
def test_engine_agrees_with_a_plain_fraction_comparison(households: int, data: st.DataObject,
                                                        matter: Matter) -> None:
    vfor = data.draw(st.integers(0, households))
    v = verdict(_one(matter, households, vfor))
    assert v is not None
    if matter in (Matter.CONTRIBUTION, Matter.COMMUNITY_FUND):
        assert v.passed == (Fraction(vfor, households) >= Fraction(2, 3)) == (3 * vfor >= 2 * households)
    else:
        assert v.passed == (2 * vfor > households)


@pytest.mark.parametrize(("figures", "word"), [
    ((100, 50, 60, 0), "lớn hơn số hộ tham gia"),        # votes above present
    ((100, 120, 10, 0), "lớn hơn tổng số hộ"),           # present above total
    ((100, 50, -1, 0), "không được âm"),
    ((100, 50, 2.5, 0), "số nguyên"),
    ((0, 0, 0, 0), "0 hộ"),
    ((100, 50, 30, 30), "lớn hơn số hộ tham gia"),
])
def test_impossible_figures_are_refused(figures: tuple, word: str) -> None:
    households, present, vfor, against = figures
    with pytest.raises(ValidationError) as info:
        check_vote(HamletVote(1, households, present, vfor, against, hamlet_name="Thôn A"))
    assert word in info.value.vi


def test_online_vote_only_for_item_6_and_items_3_to_5_only_in_a_meeting() -> None:
    for matter in (Matter.CONTRIBUTION, Matter.COMMUNITY_FUND, Matter.VILLAGE_RULES, Matter.HAMLET_HEAD,
                   Matter.BOARD_MEMBERS):
        with pytest.raises(ValidationError) as info:
            check_decision(_one(matter, 10, 5, form=VoteForm.ONLINE))
        assert "online" in info.value.en and info.value.field == "form"
    check_decision(_one(Matter.OTHER, 10, 5, form=VoteForm.ONLINE))
    with pytest.raises(ValidationError):
        check_decision(_one(Matter.VILLAGE_RULES, 10, 5, form=VoteForm.BALLOT))
    d = _one(Matter.VILLAGE_RULES, 10, 6, form=VoteForm.BALLOT)
    d.meeting_lacked_households = True
    check_decision(d)


def test_meeting_after_the_decision_document_is_refused() -> None:
    d = _one(Matter.CONTRIBUTION, 10, 7)
    d.vote_date, d.decision_date = date(2026, 5, 10), date(2026, 5, 9)
    with pytest.raises(ValidationError) as info:
        check_decision(d)
    assert info.value.field == "vote_date"


# -- deadlines at their boundaries, with holidays in between ---------------------------------------
# 30/4 and 1/5/2026 (Thursday, Friday) are public holidays.
CAL = WorkingCalendar.build([date(2026, 4, 30), date(2026, 5, 1)])


def test_send_due_skips_the_weekend_and_the_holidays() -> None:
    # Vote Wednesday 29/4: working days 4/5, 5/5, 6/5, 7/5, 8/5 → due Friday 8/5.
    assert send_due(date(2026, 4, 29), CAL) == date(2026, 5, 8)
    d = _one(Matter.CONTRIBUTION, 10, 7)
    d.vote_date = date(2026, 4, 29)
    d.sent_on = date(2026, 5, 8)
    assert Problem.SENT_LATE not in static_problems(d, CAL)
    d.sent_on = date(2026, 5, 11)
    assert Problem.SENT_LATE in static_problems(d, CAL)


def test_recognition_due_counts_working_days_after_receipt() -> None:
    # Received Tuesday 28/4: 29/4, (30/4, 1/5 holidays, weekend) 4/5, 5/5, 6/5, 7/5.
    assert recognition_due(date(2026, 4, 28), CAL) == date(2026, 5, 7)
    d = _one(Matter.VILLAGE_RULES, 10, 6)
    d.vote_date = d.received_on = date(2026, 4, 28)
    d.recognised_on = date(2026, 5, 7)
    assert Problem.RECOGNITION_LATE not in static_problems(d, CAL)
    d.recognised_on = date(2026, 5, 8)
    assert Problem.RECOGNITION_LATE in static_problems(d, CAL)


def test_calendar_day_rules_ignore_holidays() -> None:
    # Notices are calendar days (reporting.md §0.7): a meeting on 2/5 needs the notice by 30/4.
    assert notice_latest(date(2026, 5, 2)) == date(2026, 4, 30)
    d = _one(Matter.CONTRIBUTION, 10, 7)
    d.vote_date, d.notice_date, d.documents_date = date(2026, 5, 2), date(2026, 4, 30), date(2026, 4, 30)
    assert static_problems(d, CAL) == []
    d.notice_date = d.documents_date = date(2026, 5, 1)
    assert {Problem.NOTICE_LATE, Problem.DOCUMENTS_LATE} <= set(static_problems(d, CAL))
    assert ballot_plan_due(date(2026, 4, 29)) == date(2026, 5, 1)
    assert ballot_notice_latest(date(2026, 5, 3)) == date(2026, 5, 1)
    b = _one(Matter.OTHER, 10, 6, form=VoteForm.BALLOT)
    b.ballot_plan_issued, b.ballot_plan_sent = date(2026, 4, 29), date(2026, 5, 2)
    b.ballot_start, b.ballot_notice_date = date(2026, 5, 3), date(2026, 5, 2)
    assert {Problem.BALLOT_PLAN_LATE, Problem.BALLOT_NOTICE_LATE} <= set(static_problems(b, CAL))
    b.ballot_plan_sent, b.ballot_notice_date = date(2026, 5, 1), date(2026, 5, 1)
    assert static_problems(b, CAL) == []


def test_citizens_proposal_needs_ten_percent_and_lapses_after_three_months() -> None:
    d = _one(Matter.OTHER, 200, 120)
    d.proposer = Proposer.CITIZENS
    d.proposal_households, d.proposal_date, d.vote_date = 20, date(2026, 1, 31), date(2026, 4, 30)
    assert proposal_expires(date(2026, 1, 31)) == date(2026, 4, 30)
    assert static_problems(d, CAL) == []
    d.proposal_households, d.vote_date = 19, date(2026, 5, 1)
    assert {Problem.PROPOSAL_TOO_FEW, Problem.PROPOSAL_LAPSED} <= set(static_problems(d, CAL))


def test_election_countdown_and_dismissal() -> None:
    meeting = date(2026, 6, 21)
    e = Election(ElectionKind.ELECTION, plan_date=date(2026, 6, 1), candidates_date=date(2026, 6, 6),
                 team_date=date(2026, 6, 11), notices_date=date(2026, 6, 14))
    steps = election_steps(e, meeting)
    assert [s.due for s in steps] == [date(2026, 6, 1), date(2026, 6, 6), date(2026, 6, 11), date(2026, 6, 14)]
    assert schedule_problems(e, meeting) == []
    e.plan_date = date(2026, 6, 2)
    assert schedule_problems(e, meeting) == ["plan"]
    assert petition_enough(100, 50) and not petition_enough(100, 49)
    assert reelection_due(date(2026, 3, 1)) == date(2026, 4, 30)


def test_online_pre_poll_and_clusters() -> None:
    d = _one(Matter.OTHER, 200, 150, form=VoteForm.ONLINE)
    d.prepoll_for = 100
    assert Problem.PREPOLL_TOO_FEW in static_problems(d, CAL)
    d.prepoll_for = 101
    assert Problem.PREPOLL_TOO_FEW not in static_problems(d, CAL)
    m = _one(Matter.OTHER, 199, 150)
    m.votes[0].clusters = 2
    with pytest.raises(ValidationError) as info:
        check_decision(m)
    assert "200" in info.value.vi
    m.votes[0].households = 200
    check_decision(m)
