"""The supervision tabs: every model passes qtmodeltester; the forms compute the rules as you
type, refuse what the law refuses, save what the database then holds, and undo/redo it."""

from __future__ import annotations

import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.supervision import AgencyRole, BoardKind, Clock, MemberRole, PetitionKind
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.petition_service import PetitionFilter, PetitionService
from dancoso_desktop.services.supervision_service import RecommendationFilter, SupervisionService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage.supervision_tables import SupervisionBoardRow
from dancoso_desktop.ui.supervision.boards_tab import BoardsTab
from dancoso_desktop.ui.supervision.petitions_tab import PetitionsTab
from dancoso_desktop.ui.supervision.recommendations_tab import RecommendationsTab

TODAY = date(2026, 12, 1)
NFD = unicodedata.normalize("NFD", "Đề nghị công khai quỹ đường thôn")


@pytest.fixture
def demo_ws(demo_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d)
    w = open_workspace(d)
    yield w
    w.close()


@pytest.fixture
def commune(workspace):  # type: ignore[no-untyped-def]
    units = CommuneService(workspace.db)
    hamlets = [units.save_unit(Unit(f"Thôn {i}", UnitKind.HAMLET, households=90)).id for i in range(1, 6)]
    dept = units.save_unit(Unit("Phòng Kinh tế", UnitKind.DEPARTMENT)).id
    return workspace, hamlets, dept


def _boards_in_db(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(SupervisionBoardRow)) or 0)


def test_models_pass_the_model_tester(qtbot, qtmodeltester, demo_ws) -> None:  # type: ignore[no-untyped-def]
    boards = BoardsTab(demo_ws, 2026, undo_stack=QUndoStack(), today=lambda: TODAY)
    recs = RecommendationsTab(demo_ws, 2026, undo_stack=QUndoStack(), today=lambda: TODAY)
    pets = PetitionsTab(demo_ws, 2026, undo_stack=QUndoStack(), today=lambda: TODAY)
    for w in (boards, recs, pets):
        qtbot.addWidget(w)
    boards.select_board(boards.boards_model.row_at(0).id)
    assert boards.members_model.rowCount() == 12 and boards.checks_model.rowCount() == 4
    assert boards.docs_model.rowCount() >= 5
    for model in (boards.boards_model, boards.members_model, boards.checks_model, boards.docs_model,
                  recs.model, pets.model):
        qtmodeltester.check(model)


def test_recommendations_coloured_filtered_and_searched(qtbot, demo_ws) -> None:  # type: ignore[no-untyped-def]
    tab = RecommendationsTab(demo_ws, 2026, undo_stack=QUndoStack(), today=lambda: TODAY)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 3
    late = [tab.model.row_at(r) for r in range(3) if tab.model.row_at(r).clock is Clock.LATE]
    assert len(late) == 1
    row = tab.model.row_of_id(late[0].id)
    from PySide6.QtCore import Qt
    brush = tab.model.data(tab.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush is not None and brush.color().name() == "#f8d7da"
    tab.clock_filter.setCurrentIndex(tab.clock_filter.findData(Clock.LATE))
    assert tab.model.rowCount() == 1
    tab.clock_filter.setCurrentIndex(0)
    tab.search.setText("HO CAN NGHEO")
    assert tab.model.rowCount() == 1
    tab.search.clear()
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(BoardKind.BGSDTCD))
    assert tab.model.rowCount() == 1


def test_recommendation_form_refuses_early_reply_saves_and_undoes(qtbot, demo_ws) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    tab = RecommendationsTab(demo_ws, 2026, undo_stack=stack, today=lambda: TODAY)
    qtbot.addWidget(tab)
    svc = SupervisionService(demo_ws.db)
    before = svc.count_recommendations(RecommendationFilter(2026), TODAY)
    tab.new()
    tab.text.setPlainText(NFD)
    tab.received.set_value(date(2026, 11, 20))
    assert "05/12/2026" in tab.info.text()                     # 20/11 + 15 days
    tab.reply_on.set_value(date(2026, 11, 19))
    assert not tab.save_button.isEnabled() and "trước ngày nhận" in tab.error.text()
    tab.save()
    assert svc.count_recommendations(RecommendationFilter(2026), TODAY) == before
    tab.reply_on.set_value(date(2026, 12, 5))
    assert tab.save_button.isEnabled()
    tab.save()
    saved = svc.get_recommendation(tab.saved.id)
    assert saved.text == unicodedata.normalize("NFC", NFD) and saved.reply_on == date(2026, 12, 5)
    assert svc.count_recommendations(RecommendationFilter(2026), TODAY) == before + 1
    stack.undo()
    assert svc.count_recommendations(RecommendationFilter(2026), TODAY) == before
    stack.redo()
    assert svc.get_recommendation(tab.saved.id).reply_on == date(2026, 12, 5)


def test_board_form_counts_members_refuses_staff_and_saves(qtbot, commune) -> None:  # type: ignore[no-untyped-def]
    ws, hamlets, dept = commune
    stack = QUndoStack()
    tab = BoardsTab(ws, 2026, undo_stack=stack, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.new_board(BoardKind.COMMUNE_BTTND)
    for i, h in enumerate(hamlets[:4]):
        tab.m_name.setText(f"Người {i}")
        tab.m_hamlet.setCurrentIndex(tab.m_hamlet.findData(h))
        tab.add_member()
    assert "4 thành viên" in tab.board_info.text()
    assert not tab.save_board_button.isEnabled() and "ít nhất 5" in tab.board_error.text()
    tab.save_board()
    assert _boards_in_db(ws) == 0
    tab.m_name.setText("=Người 5<b>")
    tab.m_hamlet.setCurrentIndex(tab.m_hamlet.findData(hamlets[4]))
    tab.m_employer.setCurrentIndex(tab.m_employer.findData(dept))
    tab.add_member()
    assert not tab.save_board_button.isEnabled() and "Điều 37" in tab.board_error.text()
    tab.members_view.setCurrentIndex(tab.members_model.index(4, 0))
    tab.m_employer.setCurrentIndex(0)
    tab.m_role.setCurrentIndex(tab.m_role.findData(MemberRole.HEAD))
    tab.update_member()
    assert tab.save_board_button.isEnabled(), tab.board_error.text()
    tab.save_board()
    board = SupervisionService(ws.db).boards()[0]
    assert len(board.members) == 5 and board.members[4].name == "=Người 5<b>"
    assert board.members[4].role is MemberRole.HEAD
    stack.undo()
    assert _boards_in_db(ws) == 0
    stack.redo()
    assert _boards_in_db(ws) == 1


def test_agency_board_form_refuses_small_agency_and_the_head(qtbot, commune) -> None:  # type: ignore[no-untyped-def]
    ws, _, _ = commune
    tab = BoardsTab(ws, 2026, undo_stack=QUndoStack(), today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.new_board(BoardKind.AGENCY_BTTND)
    tab.term_start.set_value(date(2026, 4, 1))
    assert tab.term_end.value() == date(2028, 3, 31)           # 2-year term by default
    for name in ("A", "B", "C"):
        tab.m_name.setText(name)
        tab.add_member()
    tab.agency_staff.setValue(7)
    assert "7 người trở xuống" in tab.board_error.text()
    tab.agency_staff.setValue(8)
    assert tab.save_board_button.isEnabled(), tab.board_error.text()
    tab.members_view.setCurrentIndex(tab.members_model.index(0, 0))
    tab.m_post.setCurrentIndex(tab.m_post.findData(AgencyRole.CHIEF_ACCOUNTANT))
    tab.update_member()
    assert "Điều 60" in tab.board_error.text()
    tab.save_board()
    assert _boards_in_db(ws) == 0


def test_check_form_shows_the_notice_deadline_and_saves(qtbot, demo_ws) -> None:  # type: ignore[no-untyped-def]
    tab = BoardsTab(demo_ws, 2026, undo_stack=QUndoStack(), today=lambda: TODAY)
    qtbot.addWidget(tab)
    bttnd = next(b for b in SupervisionService(demo_ws.db).boards() if b.kind is BoardKind.COMMUNE_BTTND)
    tab.select_board(bttnd.id)
    tab.details.setCurrentIndex(1)
    tab.new_check()
    tab.c_title.setText("Giám sát việc thu phí chợ")
    tab.c_starts.set_value(date(2026, 12, 14))                 # Monday
    assert "07/12/2026" in tab.c_info.text()                   # 5 working days before
    tab.c_notified.set_value(date(2026, 12, 8))
    assert "Late" in tab.c_info.text() or "Trễ" in tab.c_info.text()
    tab.save_check()
    rows = SupervisionService(demo_ws.db).check_rows(2026, board_id=bttnd.id, today=TODAY)
    saved = next(r for r in rows if r.title == "Giám sát việc thu phí chợ")
    assert saved.notice is Clock.LATE and saved.notice_due == date(2026, 12, 7)


def test_board_with_records_is_not_deleted(qtbot, demo_ws) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    tab = BoardsTab(demo_ws, 2026, undo_stack=QUndoStack(), show_error=errors.append, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.select_board(tab.boards_model.row_at(0).id)
    n = _boards_in_db(demo_ws)
    tab.delete_board()
    assert errors and "không xóa được" in str(errors[0]) and _boards_in_db(demo_ws) == n


def test_petition_form_saves_and_filters(qtbot, commune) -> None:  # type: ignore[no-untyped-def]
    ws, hamlets, dept = commune
    stack = QUndoStack()
    tab = PetitionsTab(ws, 2026, undo_stack=stack, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.new()
    tab.received.set_value(date(2026, 11, 2))
    tab.kind.setCurrentIndex(tab.kind.findData(PetitionKind.COMPLAINT))
    tab.summary.setPlainText(NFD)
    tab.hamlet.setCurrentIndex(tab.hamlet.findData(hamlets[1]))
    tab.unit.setCurrentIndex(tab.unit.findData(dept))
    tab.answer_due.set_value(date(2026, 11, 20))
    tab.answered_on.set_value(date(2026, 11, 1))
    assert not tab.save_button.isEnabled()
    tab.answered_on.set_value(None)
    assert tab.save_button.isEnabled()
    tab.save()
    rows = PetitionService(ws.db).rows(PetitionFilter(2026), today=TODAY)
    assert len(rows) == 1 and rows[0].clock is Clock.OVERDUE and rows[0].hamlet == "Thôn 2"
    assert rows[0].petition.summary == unicodedata.normalize("NFC", NFD)
    assert tab.model.rowCount() == 1
    tab.search.setText("cong khai quy")
    assert tab.model.rowCount() == 1
    tab.search.setText("khong co")
    assert tab.model.rowCount() == 0
    stack.undo()
    assert PetitionService(ws.db).count(PetitionFilter(2026), TODAY) == 0


def test_window_opens_records_from_the_due_list(qtbot, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    window.set_year(2026)
    rec = SupervisionService(demo_ws.db).recommendation_rows(RecommendationFilter(2026), today=TODAY)[1]
    assert window.open_record("board_recommendation", rec.id)
    page = window.page("supervision")
    tab = page.tab("recommendations")
    assert page.currentWidget() is tab and tab.current is not None and tab.current.id == rec.id
    pet = PetitionService(demo_ws.db).rows(PetitionFilter(2026), today=TODAY)[3]
    assert window.open_record("petition", pet.petition.id)
    assert page.tab("petitions").current.id == pet.petition.id


def test_export_from_the_tab_writes_a_workbook(qtbot, demo_ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    ran: list[str] = []

    def run_task(title, fn, done):  # type: ignore[no-untyped-def]
        ran.append(title)
        done(fn())

    tab = RecommendationsTab(demo_ws, 2026, undo_stack=QUndoStack(), today=lambda: TODAY, run_task=run_task)
    qtbot.addWidget(tab)
    target = tmp_path / "giám sát.xlsx"
    tab.export(target)
    assert ran and target.exists()
    wb = load_workbook(target)
    assert len(wb.sheetnames) == 4
    assert any("hộ cận nghèo" in str(c.value) for row in wb["Kiến nghị"].iter_rows() for c in row)


def test_a_board_is_ended_by_its_date_not_deleted(qtbot, demo_ws) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    tab = BoardsTab(demo_ws, 2026, undo_stack=stack, today=lambda: TODAY)
    qtbot.addWidget(tab)
    svc = SupervisionService(demo_ws.db)
    gs = next(b for b in svc.boards() if b.kind is BoardKind.BGSDTCD)
    tab.select_board(gs.id)
    assert tab.project_box.isVisibleTo(tab) and tab.project_name.text().startswith("Cứng hóa")
    tab.dissolved.set_value(date(2026, 11, 30))
    tab.save_board()
    assert svc.get_board(gs.id).dissolved_on == date(2026, 11, 30)
    assert len(svc.get_board(gs.id).members) == 5
    stack.undo()
    assert svc.get_board(gs.id).dissolved_on is None
