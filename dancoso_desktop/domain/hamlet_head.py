"""The hamlet head: the election countdown, the dismissal path and the head's term
(NĐ 59/2023 Art. 6–9; reporting.md §2.2 and §7.3). Pure functions; T is the election meeting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from dancoso_desktop.domain.decision import Election, ElectionKind
from dancoso_desktop.domain.working_days import WorkingCalendar

PLAN_DAYS = 20          # QĐ tổ chức bầu cử và Kế hoạch ≥ 20 calendar days before (NĐ 59 Art. 6.1)
CANDIDATES_DAYS = 15    # Mẫu 05: candidate list ≥ 15 calendar days before (NĐ 59 Art. 6.2)
TEAM_DAYS = 10          # Tổ bầu cử set up ≥ 10 calendar days before (NĐ 59 Art. 6.3)
NOTICES_DAYS = 7        # decisions made public ≥ 7 calendar days before (NĐ 59 Art. 6.4)
SEND_WORKING_DAYS = 5   # result to the UBND xã and MTTQ xã ≤ 5 working days (NĐ 59 Art. 3.5.d)
RECOGNITION_WORKING_DAYS = 5   # recognition ≤ 5 working days (NĐ 59 Art. 8, 9.3)
REELECTION_DAYS = 60    # new election decided ≤ 60 calendar days after a dismissal (NĐ 59 Art. 9.3)
PETITION_SHARE = Fraction(1, 2)   # dismissal petition of ≥ 50% of households (NĐ 59 Art. 9.1)
INTERIM_MONTHS = 6      # interim head at most 6 months (NĐ 185/2026 [S, unverified]: editable)
DEFAULT_TERM_YEARS = 5  # term 5 years (NĐ 185/2026 [S, unverified]: editable)


@dataclass(frozen=True)
class Step:
    key: str
    label_vi: str
    label_en: str
    due: date
    done: date | None
    article: str

    @property
    def late(self) -> bool:
        return self.done is not None and self.done > self.due

    def days_left(self, today: date) -> int:
        return (self.due - today).days


def election_steps(e: Election, meeting: date) -> list[Step]:
    """The steps before the election meeting, each with the last allowed day."""
    return [
        Step("plan", "Quyết định, kế hoạch bầu cử", "Election decision and plan",
             meeting - timedelta(days=PLAN_DAYS), e.plan_date, "NĐ 59/2023 Điều 6 khoản 1"),
        Step("candidates", "Danh sách người ứng cử (Mẫu 05)", "Candidate list (form 05)",
             meeting - timedelta(days=CANDIDATES_DAYS), e.candidates_date, "NĐ 59/2023 Điều 6 khoản 2"),
        Step("team", "Thành lập Tổ bầu cử", "Election team set up",
             meeting - timedelta(days=TEAM_DAYS), e.team_date, "NĐ 59/2023 Điều 6 khoản 3"),
        Step("notices", "Công bố công khai", "Made public",
             meeting - timedelta(days=NOTICES_DAYS), e.notices_date, "NĐ 59/2023 Điều 6 khoản 4"),
    ]


def schedule_problems(e: Election, meeting: date) -> list[str]:
    """Keys of the steps done later than the article allows (elections only)."""
    if e.kind is not ElectionKind.ELECTION:
        return []
    return [s.key for s in election_steps(e, meeting) if s.late]


def next_step(e: Election, meeting: date) -> Step | None:
    """The first step not yet done (the countdown shown in the register)."""
    if e.kind is not ElectionKind.ELECTION:
        return None
    return next((s for s in election_steps(e, meeting) if s.done is None), None)


def petition_enough(households: int, petitioners: int) -> bool:
    """A dismissal petition needs ≥ 50% of all households of the hamlet (NĐ 59 Art. 9.1)."""
    return households > 0 and Fraction(petitioners, households) >= PETITION_SHARE


def reelection_due(dismissal_recognised: date) -> date:
    """A new election is decided ≤ 60 calendar days after the dismissal is recognised (NĐ 59 Art. 9.3)."""
    return dismissal_recognised + timedelta(days=REELECTION_DAYS)


def recognition_due(received: date, calendar: WorkingCalendar) -> date:
    """Recognition of the elected head ≤ 5 working days after receipt (NĐ 59 Art. 8)."""
    return calendar.add_working_days(received, RECOGNITION_WORKING_DAYS)


def term_end(start: date, years: int = DEFAULT_TERM_YEARS) -> date:
    try:
        return start.replace(year=start.year + years) - timedelta(days=1)
    except ValueError:      # 29/02
        return start.replace(year=start.year + years, day=28)


@dataclass
class HamletHead:
    """The hamlet's current head and term (kept beside the units catalogue, keyed by unit id)."""

    unit_id: int
    name: str = ""
    term_start: date | None = None
    term_end: date | None = None
    interim: bool = False
    interim_until: date | None = None
    decision_id: int | None = None
    hamlet_name: str = ""
