"""Rules of the inspection record: overdue, staff-conference quorum and majority, refusals."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.inspection import (
    CriterionAnswer,
    CriterionResult,
    Inspection,
    PlanEntry,
    Recommendation,
    RecStatus,
    TeamMember,
    TeamRole,
)
from dancoso_desktop.domain.inspection_rules import (
    check_inspection,
    check_plan_entry,
    conference_deadline,
    conference_required,
    days_overdue,
    followup_key,
    is_overdue,
    quorum_met,
    quorum_needed,
    resolution_passed,
    votes_needed,
)


# -- staff conference arithmetic (Law 10/2022 Art. 50–51) -------------------------------------
@pytest.mark.parametrize(("total", "present", "ok"), [
    (9, 6, True),       # exactly two thirds counts
    (9, 5, False),
    (10, 7, True),      # 7/10 = 0.7 ≥ 0.667
    (10, 6, False),     # 0.6
    (15, 9, False),     # the demo's under-attended conference
    (15, 10, True),
    (3, 2, True),
    (0, 0, False),      # no staff, no conference
])
def test_quorum_is_two_thirds_of_all_staff(total: int, present: int, ok: bool) -> None:
    assert quorum_met(total, present) is ok


@pytest.mark.parametrize(("present", "votes", "ok"), [
    (10, 5, False),     # half exactly is not more than half
    (10, 6, True),
    (9, 5, True),
    (9, 4, False),
    (1, 1, True),
    (0, 0, False),
])
def test_resolution_needs_more_than_half_of_those_present(present: int, votes: int, ok: bool) -> None:
    assert resolution_passed(present, votes) is ok


@given(st.integers(min_value=1, max_value=5000))
def test_quorum_needed_is_the_smallest_valid_attendance(total: int) -> None:
    n = quorum_needed(total)
    assert quorum_met(total, n)
    assert not quorum_met(total, n - 1)
    assert Fraction(n, total) >= Fraction(2, 3) > Fraction(n - 1, total)


@given(st.integers(min_value=1, max_value=5000))
def test_votes_needed_is_the_smallest_passing_vote(present: int) -> None:
    v = votes_needed(present)
    assert resolution_passed(present, v)
    assert not resolution_passed(present, v - 1)


def test_head_counts_are_checked() -> None:
    with pytest.raises(ValidationError):
        quorum_met(10, 11)
    with pytest.raises(ValidationError):
        resolution_passed(5, -1)


def test_conference_deadline_and_small_agencies() -> None:
    assert conference_deadline(2025) == date(2026, 3, 31)
    assert not conference_required(7)       # ≤ 7 staff: optional (Art. 50)
    assert conference_required(8)


# -- overdue ----------------------------------------------------------------------------------
def rec(deadline: date | None, status: RecStatus = RecStatus.OPEN, **kw: object) -> Recommendation:
    return Recommendation("Làm lại", 1, deadline=deadline, status=status, **kw)  # type: ignore[arg-type]


def test_overdue_only_after_the_deadline_day() -> None:
    today = date(2026, 10, 1)
    assert is_overdue(rec(date(2026, 9, 30)), today)
    assert not is_overdue(rec(date(2026, 10, 1)), today)        # the deadline day is still in time
    assert is_overdue(rec(date(2026, 9, 1), RecStatus.IN_PROGRESS), today)
    assert not is_overdue(rec(date(2026, 9, 1), RecStatus.DONE), today)
    assert not is_overdue(rec(None), today)
    assert days_overdue(rec(date(2026, 9, 21)), today) == 10
    assert days_overdue(rec(date(2026, 12, 1)), today) == 0


def test_followup_order_puts_overdue_first() -> None:
    today = date(2026, 10, 1)
    recs = [rec(date(2026, 12, 31), id=1), rec(date(2026, 9, 1), id=2), rec(date(2026, 10, 5), id=3),
            rec(date(2026, 5, 1), id=4)]
    ordered = [r.id for r in sorted(recs, key=lambda r: followup_key(r, today))]
    assert ordered == [4, 2, 3, 1]


# -- the record -------------------------------------------------------------------------------
def record(**kw: object) -> Inspection:
    base = Inspection(
        2026, 1, "Phòng Kinh tế", decision_number="11/QĐ-UBND", decision_date=date(2026, 5, 14),
        start_date=date(2026, 5, 21), end_date=date(2026, 5, 21),
        team=[TeamMember("Nguyễn Thị Thu Hà", TeamRole.LEADER)],
        answers=[CriterionAnswer("QC1", "Quy chế", "Có quy chế", result=CriterionResult.MET)],
        conclusion="Tốt.", recommendations=[rec(date(2026, 9, 30))])
    for key, value in kw.items():
        setattr(base, key, value)
    return base


def test_a_complete_record_passes() -> None:
    check_inspection(record(), closing=True)


@pytest.mark.parametrize(("change", "words"), [
    ({"start_date": date(2026, 5, 1)}, "trước ngày ban hành quyết định"),
    ({"start_date": date(2025, 12, 30), "end_date": date(2025, 12, 31)}, "trong năm 2026"),
    ({"end_date": date(2027, 1, 2)}, "trong năm 2026"),
    ({"end_date": date(2026, 5, 20)}, "không được trước ngày bắt đầu"),
    ({"start_date": None}, "ngày kiểm tra"),
    ({"recommendations": [Recommendation("Làm", None, deadline=date(2026, 9, 1))]}, "đơn vị chịu trách nhiệm"),
    ({"recommendations": [Recommendation("Làm", 1, deadline=None)]}, "thời hạn"),
    ({"recommendations": [Recommendation("", 1, deadline=date(2026, 9, 1))]}, "nội dung"),
    ({"recommendations": [rec(date(2026, 9, 1), RecStatus.DONE, done_on=date(2026, 8, 1))]}, "kết quả thực hiện"),
    ({"team": [TeamMember("A", TeamRole.LEADER), TeamMember("B", TeamRole.LEADER)]}, "một Trưởng đoàn"),
])
def test_bad_records_are_refused_even_as_drafts(change: dict, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_inspection(record(**change), closing=False)
    assert words in err.value.vi
    assert err.value.en


@pytest.mark.parametrize(("change", "words"), [
    ({"answers": [CriterionAnswer("HN2", "Hội nghị", "Đủ 2/3", result=None)]}, "HN2"),
    ({"answers": []}, "chưa có tiêu chí"),
    ({"conclusion": ""}, "kết luận"),
    ({"decision_number": ""}, "quyết định"),
    ({"team": [TeamMember("B", TeamRole.MEMBER)]}, "Trưởng đoàn"),
])
def test_closing_needs_every_answer_and_a_conclusion(change: dict, words: str) -> None:
    draft = record(**change)
    check_inspection(draft, closing=False)          # a draft may be incomplete
    with pytest.raises(ValidationError) as err:
        check_inspection(draft, closing=True)
    assert words in err.value.vi


def test_counts_of_results() -> None:
    r = record(answers=[CriterionAnswer("A", "g", "t", result=CriterionResult.MET),
                        CriterionAnswer("B", "g", "t", result=CriterionResult.NOT_MET),
                        CriterionAnswer("C", "g", "t", result=None)])
    assert r.counts() == {"met": 1, "not_met": 1, "not_applicable": 0, "unanswered": 1}


def test_plan_entry_needs_a_quarter_or_dates_in_the_year() -> None:
    check_plan_entry(PlanEntry(2026, 1, quarter=2))
    check_plan_entry(PlanEntry(2026, 1, start=date(2026, 4, 1), end=date(2026, 4, 3)))
    for bad in (PlanEntry(2026, 1), PlanEntry(2026, 1, quarter=5),
                PlanEntry(2026, 1, start=date(2026, 4, 1)),
                PlanEntry(2026, 1, start=date(2026, 4, 3), end=date(2026, 4, 1)),
                PlanEntry(2026, 1, start=date(2025, 12, 1), end=date(2026, 1, 3))):
        with pytest.raises(ValidationError):
            check_plan_entry(bad)
