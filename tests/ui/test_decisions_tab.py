"""The decisions tab: lazy register and vote table pass qtmodeltester, a vote entered per hamlet
in the form lands in the database with its result, search without tone marks, undo/redo,
the window's "decision" opener, exports through the page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.decision import Decision, HamletVote, Matter, Scope, VoteForm
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.decision_service import DecisionService
from dancoso_desktop.storage.decision_tables import DecisionRow, DecisionVoteRow
from dancoso_desktop.ui.citizens.decision_form import DecisionDialog
from dancoso_desktop.ui.citizens.decisions_model import VotesModel
from dancoso_desktop.ui.citizens.decisions_tab import DecisionsTab

TODAY = date(2026, 6, 1)


@pytest.fixture
def hamlets(workspace):  # type: ignore[no-untyped-def]
    svc = CommuneService(workspace.db)
    return [svc.save_unit(Unit(name, UnitKind.HAMLET, households=n))
            for name, n in (("Thôn Nà Rụa", 450), ("Thôn Bó Mạ", 96), ("Thôn Đông Sy", 205))]


@pytest.fixture
def tab(qtbot, workspace, hamlets) -> DecisionsTab:  # type: ignore[no-untyped-def]
    svc = DecisionService(workspace)
    svc.save(Decision(2026, Matter.OTHER, "Quy định giờ đổ rác",
                      votes=[HamletVote(hamlets[1].id, 96, 80, 60, hamlet_name="Thôn Bó Mạ")],
                      vote_date=date(2026, 3, 2)))
    svc.save(Decision(2026, Matter.CONTRIBUTION, "Đóng góp làm đường",
                      votes=[HamletVote(hamlets[1].id, 96, 70, 60, hamlet_name="Thôn Bó Mạ")],
                      vote_date=date(2026, 5, 27)))
    t = DecisionsTab(workspace, 2026, today=TODAY)
    qtbot.addWidget(t)
    return t


def _rows(workspace) -> list[DecisionRow]:  # type: ignore[no-untyped-def]
    with workspace.db.session() as s:
        rows = s.scalars(select(DecisionRow).order_by(DecisionRow.id)).all()
        s.expunge_all()
        return list(rows)


def test_models_pass_qtmodeltester(qtmodeltester, tab: DecisionsTab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    tab.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.heads)
    votes = VotesModel([HamletVote(1, 100, 80, 60, hamlet_name="Thôn A")])
    qtmodeltester.check(votes)


def test_enter_a_vote_per_hamlet_and_the_database_holds_it(qtbot, workspace, hamlets, tab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def fill(dialog: DecisionDialog) -> bool:
        dialog.title.setText("Đóng góp bê tông hóa đường liên thôn")
        dialog.scope.setCurrentIndex(dialog.scope.findData(Scope.SEVERAL.value))
        dialog.vote_date.set_value(date(2026, 5, 20))
        for unit in (hamlets[0], hamlets[2]):
            dialog.hamlet_pick.setCurrentIndex(dialog.hamlet_pick.findData(unit.id))
            dialog.add_hamlet()
        dialog.add_hamlet()                       # twice the same hamlet: ignored
        m = dialog.votes
        assert m.rowCount() == 2 and m.data(m.index(0, 1)) == "450"      # households from the catalogue
        # Nà Rụa: 312 of 450 for; Đông Sy: 150 of 205 for.
        for row, figures in ((0, ("400", "312", "80")), (1, ("180", "150", "20"))):
            for col, value in zip((2, 3, 4), figures, strict=True):
                assert m.setData(m.index(row, col), value)
        qtbot.waitUntil(lambda: "312/450" in dialog.result_label.text(), timeout=2000)
        seen["result"] = dialog.result_label.text()
        seen["deadlines"] = dialog.deadlines_label.text()
        # An impossible figure is refused as typed and the Save button is disabled.
        assert m.setData(m.index(0, 3), "500")
        qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=2000)
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        assert not m.setData(m.index(0, 3), "2,5") and not m.setData(m.index(0, 3), "-1")
        assert m.setData(m.index(0, 3), "312")
        qtbot.waitUntil(lambda: not dialog.error_label.text(), timeout=2000)
        dialog.save()
        return dialog.saved is not None

    monkeypatch.setattr(DecisionsTab, "run_dialog", classmethod(lambda cls, d: fill(d)))
    tab.new_record()
    assert "69,3%" in seen["result"] and "2/3" in seen["result"]
    # Voted Wednesday 20/5/2026: 5 working days → Wednesday 27/5; notice by 18/5.
    assert "27/05/2026" in seen["deadlines"] and "18/05/2026" in seen["deadlines"]
    rows = _rows(workspace)
    new = rows[-1]
    assert new.title == "Đóng góp bê tông hóa đường liên thôn" and new.scope == "several"
    assert new.passed is True and new.households == 655 and new.votes_for == 462
    with workspace.db.session() as s:
        votes = s.scalars(select(DecisionVoteRow).where(DecisionVoteRow.decision_id == new.id)
                          .order_by(DecisionVoteRow.position)).all()
        assert [(v.unit_id, v.households, v.present, v.votes_for, v.votes_against) for v in votes] == [
            (hamlets[0].id, 450, 400, 312, 80), (hamlets[2].id, 205, 180, 150, 20)]
    # Undo removes it, redo puts it back.
    tab.undo_stack.undo()
    assert len(_rows(workspace)) == 2
    tab.undo_stack.redo()
    assert len(_rows(workspace)) == 3


def test_online_vote_for_item_1_is_refused_in_the_form(qtbot, workspace, hamlets) -> None:  # type: ignore[no-untyped-def]
    dialog = DecisionDialog(DecisionService(workspace), Decision(2026, Matter.CONTRIBUTION, "Làm đường",
                                                                 votes=DecisionService(workspace).hamlet_votes()))
    qtbot.addWidget(dialog)
    dialog.form.setCurrentIndex(dialog.form.findData(VoteForm.ONLINE.value))
    qtbot.waitUntil(lambda: "trực tuyến" in dialog.error_label.text() or "online" in dialog.error_label.text(),
                    timeout=2000)
    dialog.save()
    assert dialog.saved is None and _rows(workspace) == []


def test_search_folds_tone_marks_and_filters(qtbot, tab: DecisionsTab) -> None:  # type: ignore[no-untyped-def]
    assert tab.model.rowCount() == 2
    qtbot.keyClicks(tab.search, "dong gop")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
    assert tab.model.row_at(0).title == "Đóng góp làm đường"     # type: ignore[union-attr]
    tab.search.clear()
    tab.result.setCurrentIndex(tab.result.findData("failed"))
    assert [tab.model.row_at(i).title for i in range(tab.model.rowCount())] == ["Đóng góp làm đường"]  # type: ignore[union-attr]
    # Voted 27/5, not sent: due 3/6 appears in the due list.
    texts = [tab.due.item(i).text() for i in range(tab.due.count())]
    assert any("Đóng góp làm đường" in t for t in texts)


def test_delete_with_undo(qtbot, workspace, tab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.widgets.messages import Messages

    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, *a, **k: True))
    tab.view.selectRow(0)
    tab.delete_selected()
    assert len(_rows(workspace)) == 1
    tab.undo_stack.undo()
    assert len(_rows(workspace)) == 2


def test_export_form_and_register_from_the_tab(qtbot, workspace, tab, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    targets = iter([tmp_path / "f.docx", tmp_path / "r.xlsx"])
    monkeypatch.setattr(DecisionsTab, "ask_save_path", classmethod(lambda cls, *a: next(targets)))
    tab.view.selectRow(0)
    tab.form_pick.setCurrentIndex(tab.form_pick.findData("decision"))
    tab.export_form()
    tab.export_register()
    assert (tmp_path / "f.docx").stat().st_size > 0 and (tmp_path / "r.xlsx").stat().st_size > 0


def test_window_opener_shows_the_decision(qtbot, workspace, hamlets) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.main_window import MainWindow

    svc = DecisionService(workspace)
    d = svc.save(Decision(2026, Matter.OTHER, "Việc chung", vote_date=date(2026, 2, 2),
                          votes=[HamletVote(hamlets[0].id, 450, 300, 250, hamlet_name="Thôn Nà Rụa")]))
    window = MainWindow(workspace)
    window.background_pages = False
    qtbot.addWidget(window)
    page = window.show_page("citizens")
    tab = page.tab("decisions")
    assert tab is not None
    assert window.open_record("decision", d.id) is True
    rows = tab.view.selectionModel().selectedRows()
    assert rows and tab.model.row_at(rows[0].row()).id == d.id


def test_set_a_hamlet_head_by_hand(qtbot, workspace, hamlets, tab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.citizens.decision_head_dialog import HeadDialog

    def fill(dialog: HeadDialog) -> bool:
        dialog.name.setText("Nông Văn Mới")
        dialog.start.set_value(date(2026, 1, 5))
        dialog.start.check.setChecked(True)
        dialog.save()
        return dialog.saved is not None

    monkeypatch.setattr(DecisionsTab, "run_dialog", classmethod(lambda cls, d: fill(d)))
    row = next(i for i in range(tab.heads.rowCount()) if tab.heads.head_at(i).unit_id == hamlets[1].id)  # type: ignore[union-attr]
    tab._open_head(tab.heads.index(row, 1))
    head = next(h for h in DecisionService(workspace).heads() if h.unit_id == hamlets[1].id)
    assert head.name == "Nông Văn Mới" and head.term_start == date(2026, 1, 5)
    assert head.term_end == date(2031, 1, 4)                   # 5-year term by default
    assert tab.heads.data(tab.heads.index(row, 1)) == "Nông Văn Mới"
