"""The rules an inspection record follows, and the legal arithmetic its criteria check.

Pure functions: the service cleans the text and calls these before anything is written, so a
refused record changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.inspection import (
    Inspection,
    PlanEntry,
    Recommendation,
    RecStatus,
    TeamRole,
)

# -- the staff conference (Law 10/2022 Art. 50–51, domain.md §1 (g)) ---------------------------
# Kept as data: the 2025 amendments were not captured (domain.md §1 (h)).
CONFERENCE_QUORUM = Fraction(2, 3)      # valid with ≥ 2/3 of the staff present (Art. 51)
RESOLUTION_MAJORITY = Fraction(1, 2)    # a resolution passes with > 1/2 of those present (Art. 51)
CONFERENCE_MONTHS_AFTER_YEAR = 3        # held no later than 3 months into the next year (Art. 50)
SMALL_AGENCY_STAFF = 7                  # ≤ 7 staff: the conference is optional (Art. 50)
INTERNAL_POSTING_DAYS = 20              # internal disclosure posted ≥ 20 consecutive days (Art. 48)


def quorum_met(staff_total: int, present: int) -> bool:
    """True when at least two thirds of all staff attend (exact fractions: 6 of 9 counts)."""
    _check_counts(staff_total, present)
    return staff_total > 0 and Fraction(present, staff_total) >= CONFERENCE_QUORUM


def resolution_passed(present: int, votes_for: int) -> bool:
    """True when more than half of those present vote for it (half exactly is not enough)."""
    _check_counts(present, votes_for)
    return present > 0 and Fraction(votes_for, present) > RESOLUTION_MAJORITY


def quorum_needed(staff_total: int) -> int:
    """The smallest attendance that makes the conference valid."""
    _check_counts(staff_total, 0)
    n = (staff_total * CONFERENCE_QUORUM.numerator + CONFERENCE_QUORUM.denominator - 1)
    return n // CONFERENCE_QUORUM.denominator


def votes_needed(present: int) -> int:
    """The smallest number of votes for that passes a resolution (strictly more than half)."""
    _check_counts(present, 0)
    return present // 2 + 1 if present else 0


def conference_deadline(work_year: int) -> date:
    """The last day for the conference reviewing ``work_year`` (31/3 of the next year)."""
    return date(work_year + 1, CONFERENCE_MONTHS_AFTER_YEAR, 31)


def conference_required(staff_total: int) -> bool:
    return staff_total > SMALL_AGENCY_STAFF


def _check_counts(total: int, part: int) -> None:
    if total < 0 or part < 0:
        raise ValidationError("Số người không được âm.", "Head counts must not be negative.")
    if part > total:
        raise ValidationError(f"{part} lớn hơn tổng số {total}.", f"{part} is more than the total {total}.")


# -- recommendations -----------------------------------------------------------------------------
def is_overdue(rec: Recommendation, today: date) -> bool:
    """Not done and its deadline has passed (the deadline day itself is still in time)."""
    return rec.status is not RecStatus.DONE and rec.deadline is not None and rec.deadline < today


def days_overdue(rec: Recommendation, today: date) -> int:
    return (today - rec.deadline).days if is_overdue(rec, today) and rec.deadline else 0


def followup_key(rec: Recommendation, today: date) -> tuple[int, date, int]:
    """Overdue first (longest overdue on top), then by deadline."""
    deadline = rec.deadline or date.max
    return (0 if is_overdue(rec, today) else 1, deadline, rec.id or 0)


def check_recommendation(rec: Recommendation, index: int) -> None:
    n = index + 1
    if not rec.text:
        raise ValidationError(f"Kiến nghị thứ {n} chưa có nội dung.", f"Recommendation {n} has no text.",
                              field="recommendations")
    if rec.unit_id is None:
        raise ValidationError(f"Kiến nghị thứ {n} chưa có đơn vị chịu trách nhiệm.",
                              f"Recommendation {n} has no responsible unit.", field="recommendations")
    if rec.deadline is None:
        raise ValidationError(f"Kiến nghị thứ {n} chưa có thời hạn.", f"Recommendation {n} has no deadline.",
                              field="recommendations")
    if rec.status is RecStatus.DONE:
        if not rec.note:
            raise ValidationError(
                f"Kiến nghị thứ {n}: hãy ghi rõ kết quả thực hiện trước khi đánh dấu đã hoàn thành.",
                f"Recommendation {n}: write how it was done before marking it done.", field="note")
        if rec.done_on is None:
            raise ValidationError(f"Kiến nghị thứ {n}: hãy nhập ngày hoàn thành.",
                                  f"Recommendation {n}: enter the date it was done.", field="done_on")


# -- the record ----------------------------------------------------------------------------------
def check_inspection(insp: Inspection, *, closing: bool) -> None:
    """Refuse an impossible record; ``closing`` also requires every criterion answered."""
    year = insp.year
    if insp.start_date is None:
        raise ValidationError("Hãy nhập ngày kiểm tra.", "Enter the inspection date.", field="start_date")
    end = insp.end_date or insp.start_date
    if end < insp.start_date:
        raise ValidationError("Ngày kết thúc kiểm tra không được trước ngày bắt đầu.",
                              "The inspection cannot end before it starts.", field="end_date")
    if insp.start_date.year != year or end.year != year:
        raise ValidationError(
            f"Ngày kiểm tra phải nằm trong năm {year}.",
            f"The inspection dates must fall within {year}.", field="start_date")
    if insp.decision_date is not None and insp.start_date < insp.decision_date:
        raise ValidationError(
            f"Ngày kiểm tra ({insp.start_date:%d/%m/%Y}) trước ngày ban hành quyết định kiểm tra "
            f"({insp.decision_date:%d/%m/%Y}).",
            f"The inspection ({insp.start_date:%d/%m/%Y}) is dated before its decision "
            f"({insp.decision_date:%d/%m/%Y}).", field="start_date")
    leaders = [m for m in insp.team if m.role is TeamRole.LEADER]
    if len(leaders) > 1:
        raise ValidationError("Đoàn kiểm tra chỉ có một Trưởng đoàn.", "The team has only one leader.",
                              field="team")
    for i, rec in enumerate(insp.recommendations):
        check_recommendation(rec, i)
    if not closing:
        return
    if not insp.decision_number or insp.decision_date is None:
        raise ValidationError("Hãy nhập số và ngày của quyết định kiểm tra trước khi kết thúc biên bản.",
                              "Enter the decision number and date before closing the record.",
                              field="decision_number")
    if not leaders:
        raise ValidationError("Hãy chọn Trưởng đoàn (người ký biên bản).",
                              "Choose the team leader (who signs the minutes).", field="team")
    if not insp.answers:
        raise ValidationError("Biên bản chưa có tiêu chí kiểm tra nào.", "The record has no criteria.",
                              field="answers")
    for a in insp.answers:
        if a.result is None:
            raise ValidationError(
                f"Tiêu chí “{a.code}. {a.text[:60]}” chưa có kết quả; hãy chọn Đạt, Chưa đạt hoặc Không áp dụng.",
                f"Criterion “{a.code}. {a.text[:60]}” is unanswered; choose met, not met or not applicable.",
                field="answers")
    if not insp.conclusion:
        raise ValidationError("Hãy ghi kết luận trước khi kết thúc biên bản.",
                              "Write the conclusion before closing the record.", field="conclusion")


def check_plan_entry(entry: PlanEntry) -> None:
    if entry.quarter is not None and entry.quarter not in (1, 2, 3, 4):
        raise ValidationError("Quý phải là 1, 2, 3 hoặc 4.", "The quarter must be 1, 2, 3 or 4.", field="quarter")
    if (entry.start is None) != (entry.end is None):
        raise ValidationError("Hãy nhập cả ngày bắt đầu và ngày kết thúc.",
                              "Enter both the start and the end date.", field="start")
    if entry.start and entry.end:
        if entry.end < entry.start:
            raise ValidationError("Ngày kết thúc không được trước ngày bắt đầu.",
                                  "The end date must not be before the start date.", field="end")
        if entry.start.year != entry.year or entry.end.year != entry.year:
            raise ValidationError(f"Thời gian kiểm tra phải nằm trong năm {entry.year}.",
                                  f"The dates must fall within {entry.year}.", field="start")
    if entry.quarter is None and entry.start is None:
        raise ValidationError("Hãy chọn quý hoặc khoảng ngày kiểm tra.", "Choose a quarter or the dates.",
                              field="quarter")


@dataclass(frozen=True)
class PlanProgress:
    """How far the inspections a plan section asks for have got (for that section's status)."""

    planned: int
    recorded: int
    closed: int

    @property
    def percent(self) -> int:
        return round(100 * self.closed / self.planned) if self.planned else 0
