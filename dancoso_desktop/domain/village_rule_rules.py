"""The rules of a hương ước / quy ước's life cycle (NĐ 61/2023/NĐ-CP), as small pure functions.

Thresholds are exact fractions of **all** households of the hamlet (Art. 10), never of those
present. Days (reporting.md §0.7, §7.3): the draft's posting is counted in calendar days (Art. 9,
the first day not counted, as BLDS 2015 Art. 147.1 counts a period); filing, recognition,
sending, suspension and repeal in working days (ngày làm việc) through ``WorkingCalendar``,
the day of the triggering act not counted.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from dancoso_desktop.domain.working_days import WorkingCalendar

PROPOSAL_SHARE = Fraction(1, 10)      # a proposal needs ≥ 10% of the hamlet's households (Art. 7)
DRAFT_POSTING_DAYS = 30               # the draft is posted ≥ 30 days before adoption (Art. 9)
MEETING_QUORUM = Fraction(1, 2)       # a meeting needs > 50% of all households present (Art. 10)
ADOPTION_SHARE = Fraction(1, 2)       # adopted with > 50% of all households agreeing (Art. 10)
FILE_WORKING_DAYS = 5                 # file (Mẫu 01, 02, text) to the UBND ≤ 5 WD after adoption (Art. 11)
RECOGNITION_WORKING_DAYS = 5          # recognition decision (Mẫu 03) ≤ 5 WD after a complete file (Art. 11.3)
SENDING_WORKING_DAYS = 2              # decision sent to the hamlet and MTTQ ≤ 2 WD (Art. 18.1.a)
SUSPENSION_WORKING_DAYS = 3           # suspension (Mẫu 04) ≤ 3 WD after the complaint or finding (Art. 12.2)
REPEAL_WORKING_DAYS = 5               # repeal (Mẫu 05) ≤ 5 WD (Art. 14.3)
REVIEW_MONTH_DAY = (11, 18)           # annual review on 18/11, Ngày hội Đại đoàn kết (Art. 15.4)
PROVINCE_REPORT_MONTH_DAY = (11, 30)  # the province reports to Bộ VHTTDL before 30/11 (Art. 16.3)


def _counts(total: int, part: int) -> None:
    if total < 0 or part < 0:
        raise ValueError("counts must not be negative")
    if part > total:
        raise ValueError("part exceeds the total")


def share(part: int, total: int) -> Fraction:
    return Fraction(part, total) if total else Fraction(0)


def proposal_valid(households: int, agreeing: int) -> bool:
    """At least 10% of the hamlet's households agree to propose it (Art. 7): 10 of 100 passes."""
    _counts(households, agreeing)
    return households > 0 and Fraction(agreeing, households) >= PROPOSAL_SHARE


def draft_posting_days(posted_on: date, adopted_on: date) -> int:
    return (adopted_on - posted_on).days


def draft_posted_long_enough(posted_on: date, adopted_on: date) -> bool:
    """Posted at least 30 days before the vote (Art. 9): 30 passes, 29 fails."""
    return draft_posting_days(posted_on, adopted_on) >= DRAFT_POSTING_DAYS


def meeting_quorum(households: int, present: int) -> bool:
    """A meeting may adopt it only with more than half of all households present (Art. 10);
    otherwise the hamlet votes by ballot. Exactly half is not enough."""
    _counts(households, present)
    return households > 0 and Fraction(present, households) > MEETING_QUORUM


def adopted(households: int, agreeing: int) -> bool:
    """Adopted when more than half of ALL households agree (Art. 10): 50% exactly fails."""
    _counts(households, agreeing)
    return households > 0 and Fraction(agreeing, households) > ADOPTION_SHARE


def votes_needed(households: int) -> int:
    """The smallest number of households agreeing that adopts the text (strictly more than half)."""
    return households // 2 + 1 if households > 0 else 0


def proposal_needed(households: int) -> int:
    """The smallest number of households that makes a valid proposal (≥ 10%)."""
    return -(-households * PROPOSAL_SHARE.numerator // PROPOSAL_SHARE.denominator) if households > 0 else 0


def adoption_text(households: int, agreeing: int) -> str:
    """'đạt: 76/142 hộ = 53,5% > 50%' — the result and why, as the form shows it."""
    pct = f"{float(share(agreeing, households)) * 100:.1f}".replace(".", ",")
    ok = households > 0 and agreeing <= households and adopted(households, agreeing)
    return (f"{'đạt' if ok else 'không đạt'}: {agreeing}/{households} hộ = {pct}% "
            f"{'>' if ok else '≤'} 50% tổng số hộ")


def file_deadline(adopted_on: date, calendar: WorkingCalendar) -> date:
    """The file reaches the UBND ≤ 5 working days after adoption (Art. 11)."""
    return calendar.add_working_days(adopted_on, FILE_WORKING_DAYS)


def recognition_deadline(file_received_on: date, calendar: WorkingCalendar) -> date:
    """The UBND decides ≤ 5 working days after the complete file (Art. 11.3)."""
    return calendar.add_working_days(file_received_on, RECOGNITION_WORKING_DAYS)


def sending_deadline(decided_on: date, calendar: WorkingCalendar) -> date:
    """The decision goes to the hamlet and the MTTQ ≤ 2 working days after it (Art. 18.1.a)."""
    return calendar.add_working_days(decided_on, SENDING_WORKING_DAYS)


def suspension_deadline(trigger_on: date, calendar: WorkingCalendar) -> date:
    """Suspension decided ≤ 3 working days after the complaint or the review finding (Art. 12.2)."""
    return calendar.add_working_days(trigger_on, SUSPENSION_WORKING_DAYS)


def repeal_deadline(trigger_on: date, calendar: WorkingCalendar) -> date:
    """Repeal decided ≤ 5 working days after the complaint or the finding (Art. 14.3)."""
    return calendar.add_working_days(trigger_on, REPEAL_WORKING_DAYS)


def review_day(year: int) -> date:
    """The annual review: 18/11, the national great-unity day, or another agreed day (Art. 15.4)."""
    return date(year, *REVIEW_MONTH_DAY)


def province_report_due(year: int) -> date:
    """The last day of 'before 30/11' for the yearly statistics the province sends (Art. 16.3)."""
    return date(year, *PROVINCE_REPORT_MONTH_DAY) - timedelta(days=1)
