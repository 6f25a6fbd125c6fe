"""The conference tabs of the supervision page, driven as an officer would; the database is
checked after each action (saves, refusals, undo/redo, staff counts, exports)."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from dancoso_desktop.domain.commune import Commune, Unit, UnitKind
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.conference_service import ConferenceService
from dancoso_desktop.services.staff_conference_service import StaffConferenceService

HOSTILE = "=1+1 <b>đậm</b> & -2"


@pytest.fixture
def ws(workspace):  # type: ignore[no-untyped-def]
    cs = CommuneService(workspace.db)
    cs.save_commune(Commune("Tỉnh Thử", "Hòa An"))
    cs.save_unit(Unit("Thôn Đông", UnitKind.HAMLET, households=100))
    cs.save_unit(Unit("Thôn Tây", UnitKind.HAMLET, households=80))
    cs.save_unit(Unit("Trường Mầm non", UnitKind.PUBLIC_UNIT))
    return workspace


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_staff_conference_form_quorum_as_typed_save_undo_export(qtbot, ws, qtmodeltester, tmp_path: Path,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.supervision.staff_conference_tab import StaffConferenceTab

    stack = QUndoStack()
    tab = StaffConferenceTab(ws, 2026, undo_stack=stack)
    qtbot.addWidget(tab)
    service = StaffConferenceService(ws.db)
    qtmodeltester.check(tab.units_model)
    assert tab.unit.currentIndex() == 0 and tab.unit.currentText().startswith("Cơ quan UBND xã")

    tab.staff_total.setValue(12)
    tab.present.setValue(7)
    assert "8" in tab.quorum_label.text() and "#b00020" in tab.quorum_label.styleSheet()   # 7 of 12: not valid
    tab.present.setValue(13)
    assert tab.problem.text() and not tab.save_button.isEnabled()                          # more than the staff
    tab.present.setValue(8)
    assert "#2e7d32" in tab.quorum_label.styleSheet() and tab.problem.text() == ""
    tab.votes_for.setValue(4)
    assert "#b00020" in tab.vote_label.styleSheet()                                        # 4 of 8: exactly half
    tab.votes_for.setValue(5)
    assert "#2e7d32" in tab.vote_label.styleSheet()
    tab.held_on.set_value(date(2026, 4, 1))
    assert "#b00020" in tab.deadline_label.styleSheet()                                    # after 31/3
    tab.held_on.set_value(date(2026, 3, 31))
    assert "#2e7d32" in tab.deadline_label.styleSheet()
    tab.chair.setText(unicodedata.normalize("NFD", "Nguyễn Văn Ánh"))
    tab.discussion.setPlainText(HOSTILE)
    tab.resolution_number.setText("01/NQ-HNCBCC")
    _click(qtbot, tab.save_button)
    stored = service.conferences(held_year=2026)
    assert len(stored) == 1
    assert (stored[0].staff_total, stored[0].present, stored[0].votes_for) == (12, 8, 5)
    assert stored[0].chair == "Nguyễn Văn Ánh" and stored[0].discussion == HOSTILE
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1

    stack.undo()
    assert service.conferences(held_year=2026) == []
    stack.redo()
    again = service.conferences(held_year=2026)
    assert len(again) == 1 and again[0].present == 8

    # a 6-month review
    tab.select_record(again[0].id or 0)
    tab.review_date.set_value(date(2026, 9, 30))
    tab.review_result.setText("Đạt")
    _click(qtbot, tab.add_review_button)
    assert [r.reviewed_on for r in service.get(again[0].id or 0).reviews] == [date(2026, 9, 30)]

    # export with progress through the runner the window gives
    target = tmp_path / "bb.pdf"
    monkeypatch.setattr(StaffConferenceTab, "ask_save_path", classmethod(lambda cls, *a: target))
    tab.select_record(again[0].id or 0)
    _click(qtbot, tab.pdf_button)
    text = " ".join((p.extract_text() or "") for p in PdfReader(target).pages)
    assert "8/12" in " ".join(text.split())


def test_staff_count_edited_from_the_tab_with_undo(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.supervision.staff_conference_tab import StaffConferenceTab

    stack = QUndoStack()
    tab = StaffConferenceTab(ws, 2026, undo_stack=stack)
    qtbot.addWidget(tab)
    service = StaffConferenceService(ws.db)
    school = next(u for u in service.staff_units() if u.unit_id is not None)
    row = next(r for r in range(tab.units_model.rowCount()) if tab.units_model.row_at(r).unit_id == school.unit_id)
    tab.units_view.setCurrentIndex(tab.units_model.index(row, 0))
    tab.staff_edit.setValue(6)
    _click(qtbot, tab.staff_button)
    assert service.staff_count(school.unit_id) == 6
    assert "7" in tab.units_model.index(row, 2).data()          # optional: ≤ 7 staff
    stack.undo()
    assert service.staff_count(school.unit_id) is None
    stack.redo()
    assert service.staff_count(school.unit_id) == 6


def test_year_end_panel_held_and_missing_with_undo(qtbot, ws, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.supervision.conferences_tab import ConferencesTab

    stack = QUndoStack()
    tab = ConferencesTab(ws, 2026, undo_stack=stack)
    qtbot.addWidget(tab)
    panel = tab.year_end
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 2
    panel.search.setText("thon dong")                             # tone marks folded
    assert panel.proxy.rowCount() == 1
    panel.search.clear()
    assert panel.select_hamlet(panel.model.row_at(0).hamlet_id)
    assert panel.invited.value() == 100                           # households of the hamlet
    panel.held.set_value(date(2026, 12, 20))
    panel.convocation.set_value(date(2026, 12, 16))
    assert "#b00020" in panel.clock.styleSheet()                  # 4 days before: late
    panel.convocation.set_value(date(2026, 12, 15))
    assert "#2e7d32" in panel.clock.styleSheet()                  # 5 days: on time
    panel.present.setValue(120)
    assert panel.problem.text() and not panel.save_button.isEnabled()
    panel.present.setValue(85)
    panel.place.setText(HOSTILE)
    _click(qtbot, panel.save_button)
    service = ConferenceService(ws.db)
    stored = service.year_end_conferences(2026)
    assert len(stored) == 1 and stored[0].households_present == 85 and stored[0].place == HOSTILE
    assert stored[0].convocation_on == date(2026, 12, 15)
    panel.state.setCurrentIndex(panel.state.findData("missing"))
    assert panel.proxy.rowCount() == 1 and panel.proxy.index(0, 0).data() == "Thôn Tây"
    panel.state.setCurrentIndex(panel.state.findData("held"))
    assert panel.proxy.rowCount() == 1 and panel.proxy.index(0, 0).data() == "Thôn Đông"
    stack.undo()
    assert service.year_end_conferences(2026) == []
    stack.redo()
    assert len(service.year_end_conferences(2026)) == 1


def test_dialogue_panel_saves_questions(qtbot, ws, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.supervision.conferences_tab import ConferencesTab

    stack = QUndoStack()
    tab = ConferencesTab(ws, 2026, undo_stack=stack)
    qtbot.addWidget(tab)
    panel = tab.dialogue
    assert not panel.save_button.isEnabled()                      # no topic, no question yet
    panel.held_on.set_value(date(2026, 7, 2))
    panel.place.setText("Hội trường")
    panel.count.setValue(90)
    panel.set_question(0, 0, "Đường liên thôn?")
    panel.set_question(0, 2, "Làm trong quý IV")
    panel.set_question(1, 0, HOSTILE)
    assert panel.save_button.isEnabled()
    _click(qtbot, panel.save_button)
    service = ConferenceService(ws.db)
    stored = service.dialogues(2026)
    assert len(stored) == 1 and [q.question for q in stored[0].questions] == ["Đường liên thôn?", HOSTILE]
    assert stored[0].answered == 1
    qtmodeltester.check(panel.model)
    stack.undo()
    assert service.dialogues(2026) == []


def test_supervision_page_tabs_and_openers(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.staff_conference import StaffConference
    from dancoso_desktop.ui.main_window import MainWindow
    from dancoso_desktop.ui.supervision.conferences_tab import ConferencesTab
    from dancoso_desktop.ui.supervision.staff_conference_tab import StaffConferenceTab

    conf = StaffConferenceService(ws.db).save(StaffConference(2025, date(2026, 3, 10), staff_total=9, present=6,
                                                              votes_for=4))
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.set_year(2026)
    page = window.show_page("supervision")
    assert isinstance(page.tab("conferences"), ConferencesTab)
    staff_tab = page.tab("staff_conference")
    assert isinstance(staff_tab, StaffConferenceTab)
    assert window.open_record("staff_conference", conf.id or 0)
    assert page.currentWidget() is staff_tab and staff_tab.current is not None
    assert staff_tab.current.id == conf.id
