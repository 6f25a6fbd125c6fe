"""The legal rules of the supervision boards and the petition register, as pure functions.

Calendar days (C) or working days (WD) per reporting.md §0.7 / §7.3:
- UBND reply to a BTTND or BGSĐTCĐ recommendation: ≤ 15 C (Law Art. 40.1.c, 45.2.c);
- BTTND inspection or supervision plan notified: ≥ 5 WD before (NĐ 59 Art. 14.1.b);
- BGSĐTCĐ plan and members to the investor: ≥ 45 C before (Law Art. 45.1.b).

The service cleans text and calls these before anything is written: a refused record changes
nothing. Counts are integers; the one ratio (members per hamlet) is an exact ``Fraction``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from fractions import Fraction
from typing import NoReturn

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.supervision import (
    AgencyRole,
    Board,
    BoardKind,
    Clock,
    MemberRole,
    PeriodKind,
)
from dancoso_desktop.domain.working_days import WorkingCalendar

# -- constants, each with its article ----------------------------------------------------------
BTTND_MIN_MEMBERS = 5            # BTTND xã: at least 5 members (Law Art. 36.1; NĐ 59 Art. 12)
BTTND_FEW_HAMLETS = 5            # fewer than 5 hamlets: at most 5 members (NĐ 59 Art. 12)
MAX_DEPUTIES = 2                 # ≤ 2 deputies: BTTND (NĐ 59 Art. 12), BGSĐTCĐ (NĐ 59 Art. 16)
REPLY_DAYS = 15                  # UBND answers within 15 calendar days (Law Art. 40.1.c, 45.2.c)
NOTICE_WORKING_DAYS = 5          # check plan notified ≥ 5 working days ahead (NĐ 59 Art. 14.1.b)
BGSDTCD_MIN_MEMBERS = 5          # at least 5 members (Law Art. 41; NĐ 59 Art. 16)
INVESTOR_NOTICE_DAYS = 45        # investor notified ≥ 45 calendar days ahead (Law Art. 45.1.b)
AGENCY_MIN_MEMBERS = 3           # agency BTTND: 3 to 9 members (Law Art. 60.1)
AGENCY_MAX_MEMBERS = 9
AGENCY_TERM_YEARS = 2            # agency BTTND term: 2 years (Law Art. 60.1)
SMALL_AGENCY_STAFF = 7           # no agency BTTND where the agency has ≤ 7 staff (Law Art. 60.1)
# Roles that may not sit on the agency BTTND (Law Art. 60.2).
AGENCY_EXCLUDED = frozenset({AgencyRole.HEAD, AgencyRole.DEPUTY_HEAD, AgencyRole.CHIEF_ACCOUNTANT})
# The BTTND xã's term equals the hamlet head's (Law Art. 36.2); 5 years per NĐ 185/2026 [S,
# reporting.md §7.2], kept as a default the officer may change, not a refusal.
HAMLET_HEAD_TERM_YEARS = 5
# Reports to the MTTQ: quarterly, 6-monthly, yearly, per term (NĐ 59 Art. 14.3). The decree
# sets no day; the app expects each by the last day of its period (an app default).
EXPECTED_REPORTS: tuple[tuple[PeriodKind, int], ...] = (
    (PeriodKind.QUARTER, 1), (PeriodKind.QUARTER, 2), (PeriodKind.HALF, 1),
    (PeriodKind.QUARTER, 3), (PeriodKind.QUARTER, 4), (PeriodKind.YEAR, 1))

_DAY = timedelta(days=1)


# -- clocks ------------------------------------------------------------------------------------
def reply_due(received_on: date) -> date:
    """Last day of the UBND's reply: 15 calendar days after receipt (Law Art. 40.1.c, 45.2.c).

    The day of receipt is not counted; a reply on the 15th day is in time.
    """
    return received_on + timedelta(days=REPLY_DAYS)


def clock_state(due: date | None, done_on: date | None, today: date) -> Clock:
    """Open, overdue, on time or late: the same reading for every clock of this module."""
    if due is None:
        return Clock.NONE
    if done_on is not None:
        return Clock.ON_TIME if done_on <= due else Clock.LATE
    return Clock.OVERDUE if today > due else Clock.OPEN


def reply_clock(received_on: date, reply_on: date | None, today: date) -> Clock:
    return clock_state(reply_due(received_on), reply_on, today)


def check_reply(received_on: date, reply_on: date | None) -> None:
    """A reply dated before the recommendation reached the UBND is impossible (refused)."""
    if reply_on is not None and reply_on < received_on:
        raise ValidationError("Ngày trả lời không được trước ngày nhận kiến nghị.",
                              "The reply cannot be dated before the recommendation was received.",
                              field="reply_on")


def working_days_before(cal: WorkingCalendar, day: date, n: int) -> date:
    """The n-th working day before ``day`` (n ≥ 1): the last day a notice may go out."""
    if n < 1:
        raise ValueError("n must be ≥ 1")
    d = day
    while n > 0:
        d -= _DAY
        if cal.is_working_day(d):
            n -= 1
    return d


def notice_deadline(cal: WorkingCalendar, starts_on: date) -> date:
    """Last day to send the check plan: 5 working days before the check (NĐ 59 Art. 14.1.b)."""
    return working_days_before(cal, starts_on, NOTICE_WORKING_DAYS)


def notice_in_time(cal: WorkingCalendar, notified_on: date, starts_on: date) -> bool:
    """At least 5 working days lie in (notified_on, starts_on] (NĐ 59 Art. 14.1.b)."""
    return cal.working_days_between(notified_on, starts_on) >= NOTICE_WORKING_DAYS


def notice_clock(cal: WorkingCalendar, notified_on: date | None, starts_on: date, today: date) -> Clock:
    return clock_state(notice_deadline(cal, starts_on), notified_on, today)


def investor_notice_deadline(supervision_start: date) -> date:
    """Last day to notify the investor: 45 calendar days before supervision (Law Art. 45.1.b)."""
    return supervision_start - timedelta(days=INVESTOR_NOTICE_DAYS)


def investor_clock(supervision_start: date | None, notified_on: date | None, today: date) -> Clock:
    if supervision_start is None:
        return Clock.NONE
    return clock_state(investor_notice_deadline(supervision_start), notified_on, today)


def period_bounds(period: PeriodKind, year: int, number: int) -> tuple[date, date]:
    """First and last day of a quarter, half or year (a term is given by the board)."""
    if period is PeriodKind.QUARTER:
        if not 1 <= number <= 4:
            raise ValidationError("Quý phải từ 1 đến 4.", "The quarter must be 1 to 4.", field="number")
        first = date(year, 3 * number - 2, 1)
        last = (date(year, 3 * number + 1, 1) - _DAY) if number < 4 else date(year, 12, 31)
        return first, last
    if period is PeriodKind.HALF:
        if number not in (1, 2):
            raise ValidationError("Kỳ 6 tháng phải là 1 hoặc 2.", "The half-year must be 1 or 2.",
                                  field="number")
        return (date(year, 1, 1), date(year, 6, 30)) if number == 1 else (date(year, 7, 1), date(year, 12, 31))
    return date(year, 1, 1), date(year, 12, 31)


def report_due(period: PeriodKind, year: int, number: int) -> date:
    """When the app expects a report to the MTTQ (the period's last day; app default)."""
    return period_bounds(period, year, number)[1]


# -- members -----------------------------------------------------------------------------------
def bttnd_member_bounds(hamlets: int) -> tuple[int, int | None]:
    """(min, max) members of the commune BTTND for a commune with ``hamlets`` hamlets.

    At least 5, one per hamlet (Law Art. 36.1); at most 5 when fewer than 5 hamlets (NĐ 59
    Art. 12). ``None``: no upper bound.
    """
    if hamlets < 0:
        raise ValidationError("Số thôn không được âm.", "The number of hamlets must not be negative.")
    low = max(BTTND_MIN_MEMBERS, hamlets)
    return (low, BTTND_MIN_MEMBERS) if hamlets < BTTND_FEW_HAMLETS else (low, None)


def members_per_hamlet(members: int, hamlets: int) -> Fraction | None:
    """Members ÷ hamlets, exact (reporting.md §7.4 "members ÷ hamlets")."""
    return Fraction(members, hamlets) if hamlets > 0 else None


def _refuse(vi: str, en: str, field: str = "members") -> NoReturn:
    raise ValidationError(vi, en, field=field)


def _check_roles(board: Board) -> None:
    heads = board.count(MemberRole.HEAD)
    if heads > 1:
        _refuse(f"Ban chỉ có một Trưởng ban (đang có {heads}).", f"A board has one head ({heads} given).")
    deputies = board.count(MemberRole.DEPUTY)
    if deputies > MAX_DEPUTIES:    # NĐ 59 Art. 12 (BTTND), Art. 16 (BGSĐTCĐ)
        _refuse(f"Ban có tối đa {MAX_DEPUTIES} Phó Trưởng ban (đang có {deputies}).",
                f"A board has at most {MAX_DEPUTIES} deputy heads ({deputies} given).")


def check_not_staff(board: Board, commune_unit_ids: Iterable[int]) -> None:
    """Members of the BTTND xã and the BGSĐTCĐ may not be commune staff (Law Art. 37.2, 42)."""
    staff_units = set(commune_unit_ids)
    for m in board.members:
        if m.employer_unit_id is not None and m.employer_unit_id in staff_units:
            _refuse(f"{m.name} đang công tác tại một đơn vị của xã nên không được là thành viên "
                    f"{board.kind.label_vi} (Điều 37, 42 Luật 10/2022).",
                    f"{m.name} works for a unit of the commune and cannot sit on the board "
                    "(Law 10/2022 Art. 37, 42).")


def check_board(board: Board, *, hamlet_ids: Iterable[int], commune_unit_ids: Iterable[int]) -> None:
    """Refuse a board that breaks its composition rules (the whole board is saved at once)."""
    hamlets = list(hamlet_ids)
    n = len(board.members)
    if board.term_start and board.term_end and board.term_end <= board.term_start:
        _refuse("Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.", "The term must end after it starts.",
                field="term_end")
    _check_roles(board)
    if board.kind is BoardKind.COMMUNE_BTTND:
        low, high = bttnd_member_bounds(len(hamlets))
        if n < low:
            _refuse(f"Ban Thanh tra nhân dân xã phải có ít nhất {low} thành viên (đang có {n}; "
                    "Điều 36 Luật 10/2022).",
                    f"The commune BTTND needs at least {low} members ({n} given; Law Art. 36).")
        if high is not None and n > high:
            _refuse(f"Xã có dưới {BTTND_FEW_HAMLETS} thôn nên Ban có tối đa {high} thành viên "
                    f"(đang có {n}; Điều 12 Nghị định 59/2023).",
                    f"With fewer than {BTTND_FEW_HAMLETS} hamlets the board has at most {high} members "
                    f"({n} given; Decree 59 Art. 12).")
        covered = {m.hamlet_id for m in board.members}
        missing = [h for h in hamlets if h not in covered]
        if missing:
            _refuse(f"Còn {len(missing)} thôn, tổ dân phố chưa có thành viên (mỗi thôn ít nhất một người, "
                    "Điều 36 Luật 10/2022).",
                    f"{len(missing)} hamlets have no member (at least one per hamlet, Law Art. 36).")
        check_not_staff(board, commune_unit_ids)
    elif board.kind is BoardKind.BGSDTCD:
        if not board.project_name:
            _refuse("Hãy nhập tên dự án được giám sát.", "Enter the project supervised.", field="project_name")
        if board.project_value is not None and board.project_value < 0:
            _refuse("Giá trị dự án không được âm.", "The project value must not be negative.",
                    field="project_value")
        if n < BGSDTCD_MIN_MEMBERS:
            _refuse(f"Ban Giám sát đầu tư của cộng đồng phải có ít nhất {BGSDTCD_MIN_MEMBERS} thành viên "
                    f"(đang có {n}; Điều 41 Luật 10/2022).",
                    f"The investment supervision board needs at least {BGSDTCD_MIN_MEMBERS} members "
                    f"({n} given; Law Art. 41).")
        check_not_staff(board, commune_unit_ids)
    else:
        check_agency_board(board)


def agency_term_end(term_start: date) -> date:
    """The default end of a 2-year term (Law Art. 60.1); 29/02 moves to 28/02."""
    try:
        return term_start.replace(year=term_start.year + AGENCY_TERM_YEARS) - _DAY
    except ValueError:
        return term_start.replace(year=term_start.year + AGENCY_TERM_YEARS, day=28) - _DAY


def check_agency_board(board: Board) -> None:
    """Agency BTTND: 3–9 members, 2-year term, none where ≤ 7 staff, no head/deputy/chief
    accountant (Law Art. 60)."""
    if board.agency_staff is None:
        _refuse("Hãy nhập tổng số cán bộ, công chức của cơ quan.", "Enter the agency's staff count.",
                field="agency_staff")
    staff = board.agency_staff
    if staff < 0:
        _refuse("Số cán bộ không được âm.", "The staff count must not be negative.", field="agency_staff")
    if staff <= SMALL_AGENCY_STAFF:
        _refuse(f"Cơ quan có {staff} người (từ {SMALL_AGENCY_STAFF} người trở xuống) thì không thành lập "
                "Ban Thanh tra nhân dân (Điều 60 Luật 10/2022).",
                f"An agency of {staff} staff ({SMALL_AGENCY_STAFF} or fewer) has no people's inspection "
                "board (Law Art. 60).", field="agency_staff")
    n = len(board.members)
    if not AGENCY_MIN_MEMBERS <= n <= AGENCY_MAX_MEMBERS:
        _refuse(f"Ban Thanh tra nhân dân cơ quan có từ {AGENCY_MIN_MEMBERS} đến {AGENCY_MAX_MEMBERS} thành viên "
                f"(đang có {n}; Điều 60 Luật 10/2022).",
                f"An agency board has {AGENCY_MIN_MEMBERS} to {AGENCY_MAX_MEMBERS} members ({n} given; "
                "Law Art. 60).")
    if n > staff:
        _refuse(f"Số thành viên ({n}) lớn hơn số cán bộ của cơ quan ({staff}).",
                f"More members ({n}) than staff ({staff}).")
    for m in board.members:
        if m.agency_role in AGENCY_EXCLUDED:
            _refuse(f"{m.name} là {m.agency_role.label_vi.lower()} nên không được là thành viên Ban "
                    "Thanh tra nhân dân cơ quan (Điều 60 Luật 10/2022).",
                    f"{m.name} holds a post ({m.agency_role.value}) that may not sit on the agency board "
                    "(Law Art. 60).")
    if board.term_start and board.term_end and board.term_end > agency_term_end(board.term_start):
        _refuse(f"Nhiệm kỳ Ban Thanh tra nhân dân cơ quan là {AGENCY_TERM_YEARS} năm.",
                f"The agency board's term is {AGENCY_TERM_YEARS} years.", field="term_end")


def board_notes(board: Board, hamlets: int) -> list[tuple[str, str]]:
    """What the form shows as you type (vi, en): counts against the rules, not refusals."""
    n = len(board.members)
    notes: list[tuple[str, str]] = []
    if board.kind is BoardKind.COMMUNE_BTTND:
        low, high = bttnd_member_bounds(hamlets)
        span = f"{low}–{high}" if high is not None else f"≥ {low}"
        notes.append((f"{n} thành viên (cần {span}; {hamlets} thôn)", f"{n} members (needs {span}; {hamlets} hamlets)"))
        if board.term_start and board.term_end:
            years = board.term_end.year - board.term_start.year
            if years != HAMLET_HEAD_TERM_YEARS:
                notes.append((f"Nhiệm kỳ {years} năm, khác nhiệm kỳ Trưởng thôn ({HAMLET_HEAD_TERM_YEARS} năm)",
                              f"Term of {years} years, not the hamlet head's ({HAMLET_HEAD_TERM_YEARS})"))
    elif board.kind is BoardKind.BGSDTCD:
        notes.append((f"{n} thành viên (cần ≥ {BGSDTCD_MIN_MEMBERS})", f"{n} members (needs ≥ {BGSDTCD_MIN_MEMBERS})"))
        if board.supervision_start:
            last = investor_notice_deadline(board.supervision_start)
            notes.append((f"Thông báo chủ đầu tư chậm nhất {last:%d/%m/%Y}",
                          f"Notify the investor by {last:%d/%m/%Y}"))
    else:
        notes.append((f"{n} thành viên (cần {AGENCY_MIN_MEMBERS}–{AGENCY_MAX_MEMBERS})",
                      f"{n} members (needs {AGENCY_MIN_MEMBERS}–{AGENCY_MAX_MEMBERS})"))
    deputies = board.count(MemberRole.DEPUTY)
    if deputies:
        notes.append((f"{deputies}/{MAX_DEPUTIES} Phó Trưởng ban", f"{deputies}/{MAX_DEPUTIES} deputies"))
    return notes


# -- petitions ---------------------------------------------------------------------------------
def check_petition_dates(received_on: date, answer_due: date | None, answered_on: date | None) -> None:
    if answer_due is not None and answer_due < received_on:
        raise ValidationError("Hạn trả lời không được trước ngày tiếp nhận.",
                              "The answer cannot be due before the petition was received.", field="answer_due")
    if answered_on is not None and answered_on < received_on:
        raise ValidationError("Ngày trả lời không được trước ngày tiếp nhận.",
                              "The answer cannot be dated before the petition was received.",
                              field="answered_on")
