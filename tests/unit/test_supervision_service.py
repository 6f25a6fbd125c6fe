"""The supervision service: boards saved whole or not at all, clocks, units in use, hostile text."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sqlalchemy import func, select

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.supervision import (
    Board,
    BoardCheck,
    BoardDoc,
    BoardKind,
    BoardMember,
    BoardRecommendation,
    Clock,
    DocKind,
    MemberRole,
    PeriodKind,
    Petition,
    PetitionChannel,
    PetitionKind,
)
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.petition_service import PetitionFilter, PetitionService
from dancoso_desktop.services.supervision_service import RecommendationFilter, SupervisionService
from dancoso_desktop.storage.supervision_tables import SupervisionBoardRow, SupervisionMemberRow

NFD = unicodedata.normalize("NFD", "Nguyễn Thị Hường")
HOSTILE = "=HYPERLINK(\"x\")<b>&+-"


@pytest.fixture
def setup(workspace):  # type: ignore[no-untyped-def]
    units = CommuneService(workspace.db)
    hamlets = [units.save_unit(Unit(f"Thôn {i}", UnitKind.HAMLET, households=100)).id for i in range(1, 6)]
    dept = units.save_unit(Unit("Văn phòng HĐND và UBND", UnitKind.DEPARTMENT)).id
    return workspace, SupervisionService(workspace.db), hamlets, dept


def _board(hamlets: list[int], n: int = 5) -> Board:
    members = [BoardMember(f"Thành viên {i}", MemberRole.HEAD if i == 0 else MemberRole.MEMBER,
                           hamlet_id=hamlets[i % len(hamlets)]) for i in range(n)]
    return Board(BoardKind.COMMUNE_BTTND, "Ban Thanh tra nhân dân xã", date(2024, 7, 1), date(2029, 6, 30),
                 members=members)


def _counts(ws) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return (s.scalar(select(func.count()).select_from(SupervisionBoardRow)),
                s.scalar(select(func.count()).select_from(SupervisionMemberRow)))


def test_board_saved_whole_refused_board_leaves_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    ws, svc, hamlets, dept = setup
    with pytest.raises(ValidationError):
        svc.save_board(_board(hamlets, 4))
    assert _counts(ws) == (0, 0)
    board = svc.save_board(_board(hamlets, 5))
    assert _counts(ws) == (1, 5)
    # An edit that adds a staff member is refused and the saved board stays as it was.
    bad = svc.get_board(board.id)
    bad.members[1].employer_unit_id = dept
    bad.name = "changed"
    with pytest.raises(ValidationError, match="Điều 37"):
        svc.save_board(bad)
    again = svc.get_board(board.id)
    assert again.name == "Ban Thanh tra nhân dân xã"
    assert all(m.employer_unit_id is None for m in again.members)


def test_nfd_and_hostile_text_are_kept_as_nfc_text(setup) -> None:  # type: ignore[no-untyped-def]
    _, svc, hamlets, _ = setup
    board = _board(hamlets)
    board.members[0].name = NFD
    board.name = HOSTILE
    saved = svc.save_board(board)
    assert saved.members[0].name == unicodedata.normalize("NFC", NFD)
    assert saved.name == HOSTILE
    with pytest.raises(ValidationError):
        svc.save_board(Board(BoardKind.COMMUNE_BTTND, "x" * 1_000_000, members=_board(hamlets).members))
    with pytest.raises(ValidationError):
        svc.save_board(Board(BoardKind.COMMUNE_BTTND, "   ", members=_board(hamlets).members))


def test_recommendations_and_their_clock(setup) -> None:  # type: ignore[no-untyped-def]
    _, svc, hamlets, _ = setup
    board = svc.save_board(_board(hamlets))
    check = svc.save_check(BoardCheck(board.id, "Kiểm tra việc thu quỹ", date(2026, 3, 10),
                                      notified_on=date(2026, 3, 2)))
    late = svc.save_recommendation(BoardRecommendation(board.id, "Công khai quỹ", date(2026, 3, 12), check.id,
                                                       reply_on=date(2026, 3, 30)))
    svc.save_recommendation(BoardRecommendation(board.id, "Sửa đường", date(2026, 3, 20)))
    with pytest.raises(ValidationError):
        svc.save_recommendation(BoardRecommendation(board.id, "x", date(2026, 3, 20), reply_on=date(2026, 3, 19)))
    today = date(2026, 4, 10)
    rows = svc.recommendation_rows(RecommendationFilter(year=2026), today=today)
    assert [r.clock for r in rows] == [Clock.LATE, Clock.OVERDUE]
    assert rows[0].due == date(2026, 3, 27)
    assert svc.count_recommendations(RecommendationFilter(), today) == 2
    for clock, n in ((Clock.LATE, 1), (Clock.OVERDUE, 1), (Clock.OPEN, 0), (Clock.ON_TIME, 0)):
        assert svc.count_recommendations(RecommendationFilter(year=2026, clock=clock), today) == n
        assert len(svc.recommendation_rows(RecommendationFilter(year=2026, clock=clock), today=today)) == n
    assert [r.id for r in svc.recommendation_rows(RecommendationFilter(search="CONG KHAI"), today=today)] == [late.id]
    checks = svc.check_rows(2026, today=today)
    assert checks[0].notice is Clock.ON_TIME and checks[0].recommendations == 1


def test_docs_refuse_an_impossible_period(setup) -> None:  # type: ignore[no-untyped-def]
    _, svc, hamlets, _ = setup
    board = svc.save_board(_board(hamlets))
    svc.save_doc(BoardDoc(board.id, DocKind.PROGRAMME, PeriodKind.QUARTER, 2026, 1, date(2026, 1, 5), "KH quý I"))
    with pytest.raises(ValidationError):
        svc.save_doc(BoardDoc(board.id, DocKind.PROGRAMME, PeriodKind.QUARTER, 2026, 5))
    assert len(svc.docs(board.id, 2026)) == 1


def test_a_hamlet_or_unit_with_records_is_retired_not_deleted(setup) -> None:  # type: ignore[no-untyped-def]
    ws, svc, hamlets, dept = setup
    svc.save_board(_board(hamlets))
    PetitionService(ws.db).save(Petition(date(2026, 2, 1), PetitionKind.FEEDBACK, PetitionChannel.BOX,
                                         "Đèn đường hỏng", unit_id=dept))
    units = CommuneService(ws.db)
    for uid in (hamlets[0], dept):
        with pytest.raises(ValidationError, match="Ngừng sử dụng"):
            units.delete_unit(uid)
    units.set_retired(hamlets[0], True)
    assert units.get_unit(hamlets[0]).retired


def test_petitions_register(setup) -> None:  # type: ignore[no-untyped-def]
    ws, _, hamlets, dept = setup
    svc = PetitionService(ws.db)
    svc.save(Petition(date(2026, 2, 1), PetitionKind.COMPLAINT, PetitionChannel.RECEPTION, NFD,
                      citizen=HOSTILE, hamlet_id=hamlets[0], unit_id=dept, answer_due=date(2026, 2, 20),
                      answered_on=date(2026, 2, 25)))
    svc.save(Petition(date(2026, 3, 1), PetitionKind.FEEDBACK, PetitionChannel.HOTLINE, "Rác thải",
                      answer_due=date(2026, 3, 10)))
    with pytest.raises(ValidationError):
        svc.save(Petition(date(2026, 3, 1), PetitionKind.FEEDBACK, PetitionChannel.HOTLINE, "x",
                          answered_on=date(2026, 2, 28)))
    today = date(2026, 4, 1)
    rows = svc.rows(PetitionFilter(year=2026), today=today)
    assert [r.clock for r in rows] == [Clock.LATE, Clock.OVERDUE]
    assert rows[0].petition.citizen == HOSTILE and rows[0].hamlet == "Thôn 1"
    assert svc.count(PetitionFilter(year=2026, search="huong"), today) == 1
    assert svc.count(PetitionFilter(year=2026, channel=PetitionChannel.HOTLINE), today) == 1
    assert svc.count(PetitionFilter(), today) == 2                       # no filter at all


def test_xlsx_keeps_hostile_and_nfd_text_as_text(setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from dancoso_desktop.services.supervision_export import SHEET_PETITIONS, export_year

    ws, svc, hamlets, _ = setup
    board = svc.save_board(_board(hamlets))
    svc.save_recommendation(BoardRecommendation(board.id, HOSTILE, date(2026, 3, 2)))
    PetitionService(ws.db).save(Petition(date(2026, 2, 1), PetitionKind.PETITION, PetitionChannel.MAIL, NFD,
                                         citizen=HOSTILE))
    target = export_year(ws, 2026, tmp_path / "gs.xlsx", today=date(2026, 4, 1))
    wb = load_workbook(target)
    cells = [c for row in wb[SHEET_PETITIONS].iter_rows() for c in row if c.value]
    hostile = [c for c in cells if "HYPERLINK" in str(c.value)]
    assert hostile and all(c.data_type == "s" for c in hostile)      # text, never a formula
    assert any(str(c.value) == unicodedata.normalize("NFC", NFD) for c in cells)
    recs = [c for row in wb["Kiến nghị"].iter_rows() for c in row if c.value and "HYPERLINK" in str(c.value)]
    assert recs and all(c.data_type == "s" for c in recs)
