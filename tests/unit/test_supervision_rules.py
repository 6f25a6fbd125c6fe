"""The legal clocks and member rules of the supervision boards, each at its boundary."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.supervision import (
    AgencyRole,
    Board,
    BoardKind,
    BoardMember,
    Clock,
    MemberRole,
    PeriodKind,
)
from dancoso_desktop.domain.supervision_rules import (
    agency_term_end,
    bttnd_member_bounds,
    check_board,
    check_petition_dates,
    check_reply,
    investor_clock,
    investor_notice_deadline,
    members_per_hamlet,
    notice_deadline,
    notice_in_time,
    period_bounds,
    reply_clock,
    reply_due,
)
from dancoso_desktop.domain.working_days import WorkingCalendar
from dancoso_desktop.services.workdays import package_workdays, public_holidays

# 30/04 (Thursday) and 01/05 (Friday) 2026 are public holidays.
MAY_DAYS = WorkingCalendar(holidays=frozenset({date(2026, 4, 30), date(2026, 5, 1)}))
VN = WorkingCalendar.build(public_holidays(range(2025, 2028)), extra_workdays=package_workdays(range(2025, 2028)))


def _bttnd(n: int, hamlets: list[int], **kw) -> Board:  # type: ignore[no-untyped-def]
    members = [BoardMember(f"Người {i}", hamlet_id=hamlets[i % len(hamlets)] if hamlets else None)
               for i in range(n)]
    return Board(BoardKind.COMMUNE_BTTND, "Ban TTND", members=members, **kw)


# -- 15 days (Law Art. 40.1.c, 45.2.c; calendar days) -----------------------------------------
def test_reply_due_is_fifteen_calendar_days_after_receipt() -> None:
    assert reply_due(date(2026, 3, 2)) == date(2026, 3, 17)
    assert reply_due(date(2026, 12, 20)) == date(2027, 1, 4)


def test_reply_clock_at_its_boundary() -> None:
    received = date(2026, 3, 2)
    assert reply_clock(received, date(2026, 3, 17), date(2026, 4, 1)) is Clock.ON_TIME
    assert reply_clock(received, date(2026, 3, 18), date(2026, 4, 1)) is Clock.LATE
    assert reply_clock(received, None, date(2026, 3, 17)) is Clock.OPEN
    assert reply_clock(received, None, date(2026, 3, 18)) is Clock.OVERDUE


def test_a_reply_before_the_recommendation_is_refused() -> None:
    check_reply(date(2026, 3, 2), date(2026, 3, 2))
    with pytest.raises(ValidationError) as err:
        check_reply(date(2026, 3, 2), date(2026, 3, 1))
    assert err.value.field == "reply_on"


# -- ≥ 5 working days (NĐ 59 Art. 14.1.b) ---------------------------------------------------------
def test_notice_five_working_days_with_a_holiday_between() -> None:
    starts = date(2026, 5, 7)        # Thursday; 30/04 and 01/05 off, 02–03/05 weekend
    assert notice_deadline(MAY_DAYS, starts) == date(2026, 4, 28)
    assert notice_in_time(MAY_DAYS, date(2026, 4, 28), starts)
    assert not notice_in_time(MAY_DAYS, date(2026, 4, 29), starts)
    # Without the holidays the last day would have been two days later.
    assert notice_deadline(WorkingCalendar(), starts) == date(2026, 4, 30)


def test_notice_across_tet_with_the_real_calendar() -> None:
    # Tết 2026: 16–20/02. A check on Wednesday 25/02: 24, 23, 13, 12, 11/02 are the five
    # working days before it, so the plan goes out by Wednesday 11/02.
    assert notice_deadline(VN, date(2026, 2, 25)) == date(2026, 2, 11)
    assert notice_in_time(VN, date(2026, 2, 11), date(2026, 2, 25))
    assert not notice_in_time(VN, date(2026, 2, 12), date(2026, 2, 25))


# -- 45 days (Law Art. 45.1.b; calendar days) ------------------------------------------------------
def test_investor_notice_forty_five_days_at_its_boundary() -> None:
    start = date(2026, 6, 15)
    assert investor_notice_deadline(start) == date(2026, 5, 1)
    assert investor_clock(start, date(2026, 5, 1), date(2026, 6, 1)) is Clock.ON_TIME
    assert investor_clock(start, date(2026, 5, 2), date(2026, 6, 1)) is Clock.LATE
    assert investor_clock(start, None, date(2026, 5, 1)) is Clock.OPEN
    assert investor_clock(start, None, date(2026, 5, 2)) is Clock.OVERDUE
    assert investor_clock(None, None, date(2026, 5, 2)) is Clock.NONE


# -- members (Law Art. 36–37; NĐ 59 Art. 12) ----------------------------------------------------
def test_four_members_refused_five_accepted() -> None:
    hamlets = [1, 2, 3, 4, 5]
    with pytest.raises(ValidationError, match="ít nhất 5"):
        check_board(_bttnd(4, hamlets), hamlet_ids=hamlets, commune_unit_ids=[])
    check_board(_bttnd(5, hamlets), hamlet_ids=hamlets, commune_unit_ids=[])


def test_three_hamlets_at_most_five_members() -> None:
    hamlets = [1, 2, 3]
    assert bttnd_member_bounds(3) == (5, 5)
    check_board(_bttnd(5, hamlets), hamlet_ids=hamlets, commune_unit_ids=[])
    with pytest.raises(ValidationError, match="tối đa 5"):
        check_board(_bttnd(6, hamlets), hamlet_ids=hamlets, commune_unit_ids=[])


def test_one_member_per_hamlet_when_more_hamlets() -> None:
    hamlets = list(range(1, 8))
    assert bttnd_member_bounds(7) == (7, None)
    with pytest.raises(ValidationError):
        check_board(_bttnd(6, hamlets), hamlet_ids=hamlets, commune_unit_ids=[])
    board = _bttnd(7, hamlets)
    check_board(board, hamlet_ids=hamlets, commune_unit_ids=[])
    board.members[6].hamlet_id = 1                   # hamlet 7 left without a member
    with pytest.raises(ValidationError, match="chưa có thành viên"):
        check_board(board, hamlet_ids=hamlets, commune_unit_ids=[])
    assert members_per_hamlet(7, 7) == Fraction(1)


def test_a_staff_member_is_refused() -> None:
    hamlets = [1, 2, 3, 4, 5]
    board = _bttnd(5, hamlets)
    board.members[2].employer_unit_id = 40           # works for a department of the commune
    with pytest.raises(ValidationError, match="Điều 37"):
        check_board(board, hamlet_ids=hamlets, commune_unit_ids=[40, 41])
    board.members[2].employer_unit_id = 99           # works elsewhere
    check_board(board, hamlet_ids=hamlets, commune_unit_ids=[40, 41])


def test_at_most_two_deputies_and_one_head() -> None:
    hamlets = [1, 2, 3, 4, 5]
    board = _bttnd(5, hamlets)
    for m in board.members[:3]:
        m.role = MemberRole.DEPUTY
    with pytest.raises(ValidationError, match="tối đa 2"):
        check_board(board, hamlet_ids=hamlets, commune_unit_ids=[])
    board.members[0].role = MemberRole.HEAD
    check_board(board, hamlet_ids=hamlets, commune_unit_ids=[])
    board.members[1].role = MemberRole.HEAD
    with pytest.raises(ValidationError, match="một Trưởng ban"):
        check_board(board, hamlet_ids=hamlets, commune_unit_ids=[])


def test_bgsdtcd_needs_a_project_and_five_members() -> None:
    members = [BoardMember(f"Người {i}") for i in range(4)]
    board = Board(BoardKind.BGSDTCD, "Ban giám sát", members=members, project_name="Đường thôn 3")
    with pytest.raises(ValidationError, match="ít nhất 5"):
        check_board(board, hamlet_ids=[1], commune_unit_ids=[])
    board.members.append(BoardMember("Người 5"))
    check_board(board, hamlet_ids=[1], commune_unit_ids=[])
    board.project_name = ""
    with pytest.raises(ValidationError):
        check_board(board, hamlet_ids=[1], commune_unit_ids=[])


# -- agency BTTND (Law Art. 60) ------------------------------------------------------------------
def _agency(n: int, staff: int | None = 20) -> Board:
    return Board(BoardKind.AGENCY_BTTND, "Ban TTND cơ quan", members=[BoardMember(f"CB {i}") for i in range(n)],
                 agency_staff=staff, term_start=date(2026, 4, 1), term_end=date(2028, 3, 31))


@pytest.mark.parametrize(("n", "ok"), [(2, False), (3, True), (9, True), (10, False)])
def test_agency_board_three_to_nine_members(n: int, ok: bool) -> None:
    if ok:
        check_board(_agency(n), hamlet_ids=[], commune_unit_ids=[])
    else:
        with pytest.raises(ValidationError, match="từ 3 đến 9"):
            check_board(_agency(n), hamlet_ids=[], commune_unit_ids=[])


def test_agency_of_seven_staff_has_no_board_eight_does() -> None:
    with pytest.raises(ValidationError, match="7 người trở xuống"):
        check_board(_agency(3, staff=7), hamlet_ids=[], commune_unit_ids=[])
    check_board(_agency(3, staff=8), hamlet_ids=[], commune_unit_ids=[])
    with pytest.raises(ValidationError):
        check_board(_agency(3, staff=None), hamlet_ids=[], commune_unit_ids=[])


@pytest.mark.parametrize("role", [AgencyRole.HEAD, AgencyRole.DEPUTY_HEAD, AgencyRole.CHIEF_ACCOUNTANT])
def test_agency_board_refuses_head_deputy_chief_accountant(role: AgencyRole) -> None:
    board = _agency(3)
    board.members[1].agency_role = role
    with pytest.raises(ValidationError, match="Điều 60"):
        check_board(board, hamlet_ids=[], commune_unit_ids=[])


def test_agency_term_two_years() -> None:
    assert agency_term_end(date(2026, 4, 1)) == date(2028, 3, 31)
    assert agency_term_end(date(2024, 2, 29)) == date(2026, 2, 27)
    board = _agency(3)
    board.term_end = date(2028, 4, 1)
    with pytest.raises(ValidationError, match="2 năm"):
        check_board(board, hamlet_ids=[], commune_unit_ids=[])


# -- periods and petitions -----------------------------------------------------------------------
def test_period_bounds() -> None:
    assert period_bounds(PeriodKind.QUARTER, 2028, 1) == (date(2028, 1, 1), date(2028, 3, 31))
    assert period_bounds(PeriodKind.QUARTER, 2028, 4) == (date(2028, 10, 1), date(2028, 12, 31))
    assert period_bounds(PeriodKind.HALF, 2028, 1) == (date(2028, 1, 1), date(2028, 6, 30))
    with pytest.raises(ValidationError):
        period_bounds(PeriodKind.QUARTER, 2028, 5)


def test_petition_dates() -> None:
    check_petition_dates(date(2026, 3, 2), date(2026, 3, 2), date(2026, 3, 2))
    with pytest.raises(ValidationError):
        check_petition_dates(date(2026, 3, 2), date(2026, 3, 1), None)
    with pytest.raises(ValidationError):
        check_petition_dates(date(2026, 3, 2), None, date(2026, 3, 1))
