"""The consultations and hương ước tabs: models (qtmodeltester), forms that compute the period,
the adoption result and the deadlines as you type, what the database holds after each action,
undo/redo, search without accents, and the window's openers."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.consultation import Consultation
from dancoso_desktop.domain.village_rule import AdoptionForm, Stage, VillageRule
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.consultation_service import ConsultationService
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.village_rule_service import VillageRuleService
from dancoso_desktop.ui.citizens.consultation_form import ConsultationDialog
from dancoso_desktop.ui.citizens.consultation_page import ConsultationsPage
from dancoso_desktop.ui.citizens.village_rule_form import VillageRuleDialog
from dancoso_desktop.ui.citizens.village_rule_page import VillageRulesPage
from dancoso_desktop.ui.widgets.messages import Messages

TODAY = date(2026, 6, 1)


def save_button(d):  # type: ignore[no-untyped-def]
    return d.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def demo_ws(demo_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    from dancoso_desktop.services.workspace import open_workspace

    target = tmp_path / "demo"
    shutil.copytree(demo_dir, target)
    ws = open_workspace(target)
    yield ws
    ws.close()


@pytest.fixture
def hamlet(workspace) -> Unit:  # type: ignore[no-untyped-def]
    return CommuneService(workspace.db).save_unit(Unit("Thôn Đông Sy", UnitKind.HAMLET, households=142))


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, demo_ws) -> None:  # type: ignore[no-untyped-def]
    cons = ConsultationsPage(demo_ws, 2026, today=date(2026, 12, 6))
    rules = VillageRulesPage(demo_ws, today=date(2026, 12, 6))
    qtbot.addWidget(cons)
    qtbot.addWidget(rules)
    assert cons.model.rowCount() == 5 and rules.model.rowCount() == 12 and rules.hamlets.rowCount() == 12
    for model in (cons.model, rules.model, rules.hamlets):
        qtmodeltester.check(model)
    cons.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    rules.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(cons.model)
    qtmodeltester.check(rules.model)
    assert "3 of 12 hamlets" in rules.coverage.text() or "3/12" in rules.coverage.text() \
        or rules.coverage.text().startswith("3 ")


def test_search_folds_tones_and_filters(qtbot, demo_ws) -> None:  # type: ignore[no-untyped-def]
    page = ConsultationsPage(demo_ws, 2026, today=date(2026, 12, 6))
    qtbot.addWidget(page)
    page.search.setText("QUY CHE dan chu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Quy chế" in page.model.row_at(0).title
    page.search.clear()
    page.problem.setCurrentIndex(page.problem.findData("period_too_short"))
    assert page.model.rowCount() == 1 and page.model.row_at(0).days == 16
    rules = VillageRulesPage(demo_ws, today=date(2026, 12, 6))
    qtbot.addWidget(rules)
    rules.search.setText("lung muoi")
    qtbot.waitUntil(lambda: rules.model.rowCount() == 1)
    rules.search.clear()
    rules.stage.setCurrentIndex(rules.stage.findData(Stage.IN_FORCE.value))
    qtbot.waitUntil(lambda: rules.model.rowCount() == 3)


def test_consultation_form_computes_the_period_as_you_type(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    svc = ConsultationService(workspace)
    d = ConsultationDialog(svc, Consultation(item=1, title="", published_on=date(2026, 3, 1)), today=TODAY)
    qtbot.addWidget(d)
    assert d.closes.value() == date(2026, 3, 21)                  # proposed: 20 days from publication
    assert not save_button(d).isEnabled()                           # no title yet
    qtbot.keyClicks(d.title, "Du thao ke hoach")
    assert save_button(d).isEnabled() and "20" in d.period_info.text()
    d.closes.set_value(date(2026, 3, 20))
    assert "19" in d.period_info.text() and "21/03/2026" in d.period_info.text()
    d.closes.set_value(date(2026, 2, 27))                           # closes before it opens
    assert not save_button(d).isEnabled() and "trước ngày công bố" in d.error.text()
    d.save()
    assert svc.records(None) == []
    d.closes.set_value(date(2026, 3, 25))
    d._form_counts["meeting"].setValue(12)
    d.accepted_n.setValue(13)                                       # more answered than received
    assert not save_button(d).isEnabled()
    d.accepted_n.setValue(8)
    d.result_date.set_value(date(2026, 3, 30))                      # publishing the result
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert d.saved is not None
    stored = svc.get(d.saved.id or 0)
    assert stored.counts == {"meeting": 12} and stored.accepted == 8 and stored.forms == ["meeting"]
    assert stored.disclosure_id is not None
    disclosure = DisclosureService(workspace).get(stored.disclosure_id)
    assert disclosure.item == 11 and disclosure.disclosed_on == date(2026, 3, 30)


def test_new_consultation_from_the_page_then_undo_and_redo(qtbot, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = ConsultationsPage(workspace, 2026, today=TODAY)
    qtbot.addWidget(page)

    def fill(dialog: ConsultationDialog) -> bool:
        dialog.title.setText("Lấy ý kiến dự thảo quy hoạch")
        dialog.item.setCurrentIndex(dialog.item.findData(6))
        dialog.save()
        return dialog.saved is not None

    monkeypatch.setattr(ConsultationsPage, "run_dialog", classmethod(lambda cls, d: fill(d)))
    page.buttons["new"].click()
    svc = ConsultationService(workspace)
    assert [(c.item, c.title) for c in svc.records(2026)] == [(6, "Lấy ý kiến dự thảo quy hoạch")]
    assert page.model.rowCount() == 1
    page.undo_stack.undo()
    assert svc.records(2026) == [] and page.model.rowCount() == 0
    page.undo_stack.redo()
    assert len(svc.records(2026)) == 1
    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, *a, **k: True))
    page.view.selectRow(0)
    page.delete_selected()
    assert svc.records(2026) == []
    page.undo_stack.undo()
    assert len(svc.records(2026)) == 1


def test_publish_result_button_creates_the_disclosure(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    svc = ConsultationService(workspace)
    svc.save(Consultation(2, "Quy hoạch đất", date(2026, 4, 1), date(2026, 4, 25)))
    page = ConsultationsPage(workspace, 2026, today=TODAY)
    qtbot.addWidget(page)
    page.view.selectRow(0)
    page.buttons["publish"].click()
    stored = svc.records(2026)[0]
    assert stored.result_published_on == TODAY and stored.disclosure_id is not None
    assert [r.item for r in DisclosureService(workspace).records(2026)] == [11]
    page.undo_stack.undo()
    assert svc.records(2026)[0].result_published_on is None


def test_village_rule_form_shows_the_result_and_deadlines(qtbot, workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    svc = VillageRuleService(workspace)
    units = CommuneService(workspace.db).list_units(include_retired=True, kind=UnitKind.HAMLET)
    d = VillageRuleDialog(svc, VillageRule(hamlet.id or 0, "Hương ước thôn Đông Sy", households=142), units,
                          today=TODAY)
    qtbot.addWidget(d)
    assert d.households.value() == 142
    d.adoption_form.setCurrentIndex(d.adoption_form.findData(AdoptionForm.MEETING.value))
    d.posted.set_value(date(2026, 3, 20))
    d.adopted.set_value(date(2026, 4, 24))
    d.present.setValue(100)
    d.agree.setValue(71)                                     # exactly half of 142
    assert "không đạt: 71/142 hộ = 50,0%" in d.result_label.text()
    d.agree.setValue(72)
    assert "đạt: 72/142 hộ = 50,7% > 50%" in d.result_label.text()
    # 5 working days after Friday 24/04/2026 with the holiday calendar: Giỗ Tổ is off on Monday
    # 27/04 (26/04 is a Sunday), 30/04 and 01/05 too: 28, 29/04, 04, 05, 06/05.
    assert "06/05/2026" in d.info.text()
    d.disagree.setValue(29)                                  # 72 + 29 > 100 present
    assert not save_button(d).isEnabled() and "100" in d.error.text()
    d.disagree.setValue(20)
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert d.saved is not None
    stored = svc.get(d.saved.id or 0)
    assert (stored.agree, stored.present, stored.households, stored.adopted_on) == (72, 100, 142, date(2026, 4, 24))
    assert svc.page(__import__("dancoso_desktop.services.village_rule_service", fromlist=["RuleFilter"])
                    .RuleFilter())[0].stage is Stage.ADOPTED


def test_village_rule_page_new_undo_and_retired_hamlet(qtbot, workspace, hamlet, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = VillageRulesPage(workspace, today=TODAY)
    qtbot.addWidget(page)
    assert page.hamlets.rowCount() == 1
    seen: list[list[str]] = []

    def fill(dialog: VillageRuleDialog) -> bool:
        seen.append([dialog.hamlet.itemText(i) for i in range(dialog.hamlet.count())])
        dialog.proposed.set_value(date(2026, 5, 4))
        dialog.proposal.setValue(15)
        dialog.save()
        return dialog.saved is not None

    monkeypatch.setattr(VillageRulesPage, "run_dialog", classmethod(lambda cls, d: fill(d)))
    page.buttons["new"].click()
    svc = VillageRuleService(workspace)
    rules = svc.records()
    assert len(rules) == 1 and rules[0].proposal_households == 15 and rules[0].hamlet_id == hamlet.id
    assert page.hamlets.row_at(0).stage is Stage.PROPOSED
    page.undo_stack.undo()
    assert svc.records() == []
    page.undo_stack.redo()
    assert len(svc.records()) == 1
    # A retired hamlet keeps its text and is not offered for a new one.
    CommuneService(workspace.db).save_unit(Unit("Thôn Mới", UnitKind.HAMLET, households=50))
    CommuneService(workspace.db).set_retired(hamlet.id or 0, True)
    page.reload_all()
    page.buttons["new"].click()
    assert seen[-1] == ["Thôn Mới"]
    assert len(svc.records()) == 2


def test_openers_and_tabs_in_the_window(qtbot, demo_ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.main_window import MainWindow

    opened: list[int] = []
    monkeypatch.setattr(ConsultationsPage, "run_dialog", classmethod(lambda cls, d: opened.append(d.record.id) or False))
    monkeypatch.setattr(VillageRulesPage, "run_dialog", classmethod(lambda cls, d: opened.append(d.record.id) or False))
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    shell = window.page("citizens")
    assert shell is not None and shell.tab("consultations") is not None and shell.tab("village_rules") is not None
    assert window.open_record("consultation", 3) is True
    assert window.open_record("village_rule", 5) is True
    assert opened == [3, 5]
    assert shell.currentWidget() is shell.tab("village_rules")


def test_opinions_one_by_one_are_stored(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    svc = ConsultationService(workspace)
    d = ConsultationDialog(svc, Consultation(item=7, title="Quy chế dân chủ", published_on=date(2026, 3, 1)),
                           today=TODAY)
    qtbot.addWidget(d)
    d._form_counts["meeting"].setValue(2)
    d._add_opinion(__import__("dancoso_desktop.domain.consultation", fromlist=["Opinion"]).Opinion(""))
    d.opinions.item(0, 0).setText("Ông Nông Văn Hải")
    d.opinions.item(0, 1).setText("Thôn Nà Rụa")
    form = d.opinions.cellWidget(0, 2)
    form.setCurrentIndex(form.findData("meeting"))
    assert not save_button(d).isEnabled()                 # an opinion without its text
    d.opinions.item(0, 3).setText("=Niêm yết thêm tại nhà văn hóa")
    response = d.opinions.cellWidget(0, 5)
    response.setCurrentIndex(response.findData("accepted"))
    assert save_button(d).isEnabled()
    d.save()
    got = svc.get(d.saved.id or 0)
    o = got.opinions[0]
    assert (o.who, o.place, o.form, o.content, o.response.value) == (
        "Ông Nông Văn Hải", "Thôn Nà Rụa", "meeting", "=Niêm yết thêm tại nhà văn hóa", "accepted")


def test_both_registers_edit_delete_and_export_through_the_save_dialog(qtbot, demo_ws, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from docx import Document as DocxDocument
    from openpyxl import load_workbook

    cons = ConsultationsPage(demo_ws, 2026, today=date(2026, 12, 6))
    rules = VillageRulesPage(demo_ws, today=date(2026, 12, 6))
    qtbot.addWidget(cons)
    qtbot.addWidget(rules)
    assert [cons.view.objectName(), cons.search.objectName(), cons.count_label.objectName()] \
        == ["consultation_register", "consultation_search", "consultation_counts"]
    assert [rules.view.objectName(), rules.search.objectName(), rules.count_label.objectName()] \
        == ["village_rule_register", "village_rule_search", "village_rule_counts"]
    assert [b.shortcut().toString() for b in cons.buttons.values()] == ["Ctrl+N", "Return", "Del", "Alt+P", "Alt+X"]
    assert list(rules.buttons) == ["new", "open", "delete", "request", "recognition", "xlsx"]
    assert cons.count_label.text() == "5 consultations shown" and rules.count_label.text() == "12 texts shown"

    # Edit through the form: one undo step named after the register, undo puts the text back.
    def retitle(dialog: VillageRuleDialog) -> bool:
        dialog.title.setText("Hương ước đã sửa")
        dialog.save()
        return dialog.saved is not None

    monkeypatch.setattr(VillageRulesPage, "run_dialog", classmethod(lambda cls, d: retitle(d)))
    svc = VillageRuleService(demo_ws)
    rules.view.selectRow(0)
    rule_id = rules.selected_id()
    assert rule_id is not None
    before = svc.get(rule_id).title
    rules.open_selected()
    assert svc.get(rule_id).title == "Hương ước đã sửa"
    assert rules.undo_stack.undoText() == "edit village rule"
    rules.undo_stack.undo()
    assert svc.get(rule_id).title == before

    # Delete asks first; a "no" changes nothing, a "yes" deletes and undo brings it back.
    answers = [False, True]
    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, *a, **k: answers.pop(0)))
    assert rules.select(rule_id)
    rules.delete_selected()
    assert len(svc.records()) == 12
    rules.delete_selected()
    assert len(svc.records()) == 11 and rules.count_label.text() == "11 texts shown"
    assert rules.undo_stack.undoText() == "delete village rule"
    rules.undo_stack.undo()
    assert len(svc.records()) == 12

    # Outputs: a cancelled save dialog writes nothing; otherwise the file is written where asked.
    targets: list[Path | None] = [None, tmp_path / "cons.xlsx", tmp_path / "rules.xlsx", tmp_path / "form.docx",
                                  tmp_path / "form.pdf"]
    monkeypatch.setattr(ConsultationsPage, "ask_save_path", classmethod(lambda cls, *a: targets.pop(0)))
    monkeypatch.setattr(VillageRulesPage, "ask_save_path", classmethod(lambda cls, *a: targets.pop(0)))
    cons.buttons["xlsx"].click()
    assert list(tmp_path.glob("*.xlsx")) == []
    cons.buttons["xlsx"].click()
    assert load_workbook(tmp_path / "cons.xlsx").worksheets
    rules.buttons["xlsx"].click()
    assert load_workbook(tmp_path / "rules.xlsx").worksheets
    rules.view.selectRow(0)
    rules.buttons["request"].click()
    assert DocxDocument(str(tmp_path / "form.docx")).paragraphs
    rules.buttons["recognition"].click()
    assert (tmp_path / "form.pdf").read_bytes().startswith(b"%PDF")
    assert targets == []
