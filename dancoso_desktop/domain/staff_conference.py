"""The staff conference of the commune administration and its public units (hội nghị cán bộ,
công chức, viên chức và người lao động; Luật 10/2022/QH15 Art. 49–52, reporting.md §4).

Plain data and pure rules: thresholds are exact fractions (2/3 of 12 staff = 8, 7 is not
enough), the article is cited beside each rule. The service cleans the input and calls
``validate_conference`` before anything is written, so a refused record changes nothing.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import format_date

# Kept as data beside the rule: the 2025 amendments were not captured (domain.md §1 (h)).
QUORUM = Fraction(2, 3)        # valid with ≥ 2/3 of the staff (or delegates) present — Law Art. 51.2
MAJORITY = Fraction(1, 2)      # a resolution passes with > 1/2 of those attending — Law Art. 51.2
MONTHS_AFTER_YEAR = 3          # held no later than 3 months into the next year — Law Art. 51.1
OPTIONAL_UP_TO = 7             # ≤ 7 staff: the conference is optional — Law Art. 51.1
REVIEW_MONTHS = 6              # the head and the union check the resolution every 6 months — Art. 52.3
REVIEWS_PER_YEAR = 2
MAX_STAFF = 100_000


class Convener(StrEnum):
    """Who called the conference (Law Art. 50.1)."""

    UNION = "union"            # the union executive (Ban chấp hành công đoàn)
    HEAD = "head"              # the head of the agency
    STAFF = "staff"            # ≥ 1/3 of the staff jointly


CONVENER_VI = {Convener.UNION: "Ban Chấp hành công đoàn", Convener.HEAD: "Người đứng đầu cơ quan",
               Convener.STAFF: "Ít nhất 1/3 tổng số cán bộ, công chức"}
CONVENER_EN = {Convener.UNION: "The union executive", Convener.HEAD: "The head of the agency",
               Convener.STAFF: "At least 1/3 of the staff"}

# The order of business, Law Art. 51.4 a–i (reporting.md §4), as the minutes print it.
AGENDA: tuple[tuple[str, str, str], ...] = (
    ("a", "Báo cáo của người đứng đầu cơ quan (kết quả thực hiện nhiệm vụ năm, trách nhiệm của "
          "người đứng đầu)", "The head's report"),
    ("b", "Báo cáo của Ban Chấp hành công đoàn (kết quả thực hiện nghị quyết, quy chế dân chủ)",
     "The union's report"),
    ("c", "Thảo luận", "Discussion"),
    ("d", "Người đứng đầu và Chủ tịch công đoàn giải trình, thống nhất biện pháp", "Answers and agreed measures"),
    ("đ", "Báo cáo của Ban Thanh tra nhân dân và chương trình năm tới", "The BTTND's report"),
    ("e", "Quyết định các nội dung thuộc Điều 49", "Decisions on the Art. 49 matters"),
    ("g", "Khen thưởng, phát động thi đua", "Awards and the emulation launch"),
    ("h", "Ký giao ước thi đua giữa người đứng đầu và công đoàn", "The emulation pact signed"),
    ("i", "Thông qua nghị quyết hội nghị", "Adoption of the resolution"),
)
AGENDA_LETTERS = tuple(letter for letter, _, _ in AGENDA)
FULL_AGENDA = (1 << len(AGENDA)) - 1


def agenda_mask(letters: set[str] | list[str] | tuple[str, ...]) -> int:
    return sum(1 << AGENDA_LETTERS.index(x) for x in set(letters) if x in AGENDA_LETTERS)


def agenda_letters(mask: int) -> list[str]:
    return [x for i, x in enumerate(AGENDA_LETTERS) if mask & (1 << i)]


@dataclass
class ResolutionReview:
    """One 6-monthly check of the resolution's implementation (Law Art. 52.3)."""

    reviewed_on: date
    result: str = ""
    notified_on: date | None = None      # when all staff were told (Art. 52.3)
    id: int | None = None


@dataclass
class StaffConference:
    work_year: int                        # the year reviewed; held by 31/3 of the next year
    held_on: date
    unit_id: int | None = None            # None: the commune's administration (UBND xã)
    unit_name: str = ""
    place: str = ""
    start_time: str = ""
    end_time: str = ""
    convened_by: Convener = Convener.UNION
    chair: str = ""
    secretary: str = ""
    staff_total: int = 0                  # snapshot of the staff count on the day
    present: int = 0
    absent_with_reason: int = 0
    votes_for: int = 0                    # on the resolution
    votes_against: int = 0
    votes_abstain: int = 0
    agenda: int = FULL_AGENDA             # bit mask over AGENDA
    discussion: str = ""                  # minutes: the discussion summary
    resolution_number: str = ""
    resolution_date: date | None = None
    resolution_text: str = ""             # tasks and targets of the resolution
    notes: str = ""
    reviews: list[ResolutionReview] = field(default_factory=list)
    id: int | None = None

    @property
    def absent(self) -> int:
        return max(self.staff_total - self.present, 0)


# -- the rules ---------------------------------------------------------------------------------

def _count(value: object, vi: str, en: str, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{vi} phải là số nguyên không âm.", f"{en} must be a whole number ≥ 0.",
                              field=field_name)
    if value < 0 or value > MAX_STAFF:
        raise ValidationError(f"{vi} phải từ 0 đến {MAX_STAFF:,}.".replace(",", "."),
                              f"{en} must be from 0 to {MAX_STAFF:,}.", field=field_name)
    return value


def quorum_needed(staff_total: int) -> int:
    """The smallest attendance that makes the conference valid: ⌈2/3 × staff⌉ (Art. 51.2).

    12 staff → 8; 9 → 6; 10 → 7 (6.67 rounded up)."""
    _count(staff_total, "Tổng số cán bộ", "The staff count", "staff_total")
    return -(-staff_total * QUORUM.numerator // QUORUM.denominator)


def quorum_met(staff_total: int, present: int) -> bool:
    """≥ 2/3 of all staff present (Law Art. 51.2); exact: 8 of 12 is valid, 7 is not."""
    _count(staff_total, "Tổng số cán bộ", "The staff count", "staff_total")
    _count(present, "Số có mặt", "The number present", "present")
    return staff_total > 0 and present <= staff_total and Fraction(present, staff_total) >= QUORUM


def votes_needed(present: int) -> int:
    """The fewest votes for that pass a resolution: strictly more than half of those attending
    (Law Art. 51.2): 12 present → 7; 11 → 6."""
    _count(present, "Số có mặt", "The number present", "present")
    return present // 2 + 1 if present else 0


def resolution_passed(present: int, votes_for: int) -> bool:
    """> 50% of those attending (Law Art. 51.2): exactly half fails."""
    _count(present, "Số có mặt", "The number present", "present")
    _count(votes_for, "Số tán thành", "Votes for", "votes_for")
    return present > 0 and Fraction(votes_for, present) > MAJORITY


def approval_percent(present: int, votes_for: int) -> Fraction:
    return Fraction(votes_for * 100, present) if present else Fraction(0)


def conference_deadline(work_year: int) -> date:
    """The last day for the conference reviewing ``work_year``: the end of the third month of
    the next year (Law Art. 51.1: "chậm nhất 03 tháng kể từ khi kết thúc năm công tác").
    The work year is the calendar year, so this is 31/3 of the next year, leap year or not."""
    year = work_year + 1
    return date(year, MONTHS_AFTER_YEAR, calendar.monthrange(year, MONTHS_AFTER_YEAR)[1])


def held_on_time(work_year: int, held_on: date) -> bool:
    """Held after the work year ended and by the end of the third month (Law Art. 51.1)."""
    return date(work_year, 12, 31) < held_on <= conference_deadline(work_year)


def is_optional(staff_total: int) -> bool:
    """Units of ≤ 7 staff may skip the conference (Law Art. 51.1)."""
    return 0 <= staff_total <= OPTIONAL_UP_TO


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31/8 + 6 months = 28/2 or 29/2)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due_dates(held_on: date) -> list[date]:
    """The 6-monthly checks of the resolution (Law Art. 52.3) until the next conference."""
    return [add_months(held_on, REVIEW_MONTHS * k) for k in range(1, REVIEWS_PER_YEAR + 1)]


def next_review_due(conf: StaffConference) -> date | None:
    """The next 6-month review not yet done (Art. 52.3); None when both are done."""
    dues = review_due_dates(conf.held_on)
    done = len(conf.reviews)
    return dues[done] if done < len(dues) else None


def validate_conference(conf: StaffConference) -> None:
    """Refuse impossible figures; the message says which and why (nothing is written)."""
    total = _count(conf.staff_total, "Tổng số cán bộ", "The staff count", "staff_total")
    present = _count(conf.present, "Số có mặt", "The number present", "present")
    excused = _count(conf.absent_with_reason, "Số vắng có lý do", "Absent with reason", "absent_with_reason")
    yes = _count(conf.votes_for, "Số tán thành", "Votes for", "votes_for")
    no = _count(conf.votes_against, "Số không tán thành", "Votes against", "votes_against")
    abstain = _count(conf.votes_abstain, "Số không biểu quyết", "Abstentions", "votes_abstain")
    if total == 0:
        raise ValidationError("Hãy nhập tổng số cán bộ, công chức, viên chức, người lao động.",
                              "Enter the total staff.", field="staff_total")
    if present > total:
        raise ValidationError(f"Số có mặt ({present}) nhiều hơn tổng số cán bộ ({total}).",
                              f"More present ({present}) than staff ({total}).", field="present")
    if excused > total - present:
        raise ValidationError(f"Số vắng có lý do ({excused}) nhiều hơn số vắng mặt ({total - present}).",
                              f"More absent with reason ({excused}) than absent ({total - present}).",
                              field="absent_with_reason")
    if yes + no + abstain > present:
        raise ValidationError(
            f"Tổng số phiếu biểu quyết ({yes + no + abstain}) nhiều hơn số có mặt ({present}).",
            f"More votes ({yes + no + abstain}) than people present ({present}).", field="votes_for")
    if conf.held_on <= date(conf.work_year, 12, 31):
        raise ValidationError(
            f"Hội nghị tổng kết năm {conf.work_year} phải họp sau khi kết thúc năm công tác "
            f"(ngày {format_date(conf.held_on)} chưa hết năm).",
            f"The conference on {conf.work_year} is held after that year ends "
            f"({conf.held_on:%d/%m/%Y} is not).", field="held_on")
    if conf.resolution_date is not None and conf.resolution_date < conf.held_on:
        raise ValidationError("Ngày nghị quyết trước ngày họp hội nghị.",
                              "The resolution is dated before the conference.", field="resolution_date")
    previous: date | None = None
    for review in conf.reviews:
        if review.reviewed_on < conf.held_on:
            raise ValidationError(
                f"Ngày kiểm tra thực hiện nghị quyết {format_date(review.reviewed_on)} trước ngày hội nghị.",
                f"A review ({review.reviewed_on:%d/%m/%Y}) is dated before the conference.", field="reviews")
        if previous is not None and review.reviewed_on < previous:
            raise ValidationError("Các lần kiểm tra phải theo thứ tự ngày.", "Reviews must be in date order.",
                                  field="reviews")
        if review.notified_on is not None and review.notified_on < review.reviewed_on:
            raise ValidationError("Ngày thông báo trước ngày kiểm tra.", "Notified before the review.",
                                  field="reviews")
        previous = review.reviewed_on


@dataclass(frozen=True)
class ConferenceCheck:
    """What the form and the lists show beside a conference, computed from its figures."""

    quorum_needed: int
    quorum_met: bool
    votes_needed: int
    passed: bool
    deadline: date
    on_time: bool
    optional: bool
    next_review: date | None


def check(conf: StaffConference) -> ConferenceCheck:
    total = min(max(conf.staff_total, 0), MAX_STAFF) if isinstance(conf.staff_total, int) else 0
    present = max(conf.present, 0) if isinstance(conf.present, int) else 0
    votes = max(conf.votes_for, 0) if isinstance(conf.votes_for, int) else 0
    return ConferenceCheck(quorum_needed(total), quorum_met(total, min(present, MAX_STAFF)),
                           votes_needed(min(present, MAX_STAFF)),
                           resolution_passed(min(present, MAX_STAFF), min(votes, MAX_STAFF)),
                           conference_deadline(conf.work_year), held_on_time(conf.work_year, conf.held_on),
                           is_optional(total), next_review_due(conf))
