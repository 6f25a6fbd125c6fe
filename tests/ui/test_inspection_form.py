"""The inspection record form and the inspections page, driven like an officer would."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.inspection import CriterionResult, RecStatus
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.inspection_plan import InspectionPlanService
from dancoso_desktop.services.inspection_service import InspectionService
from dancoso_desktop.services.workspace import open_workspace


@pytest.fixture
def ws(demo_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d)
    w = open_workspace(d)
    yield w
    w.close()


def fill_valid(dialog, unit_name: str) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.widgets.date_edit import VietDateEdit

    dialog.unit.setCurrentIndex(dialog.unit.findText(unit_name))
    dialog.decision_number.setText("20/QĐ-UBND")
    dialog.decision_date.set_value(date(2026, 11, 2))
    dialog.start_date.set_value(date(2026, 11, 10))
    dialog.end_date.set_value(date(2026, 11, 10))
    dialog.start_time.setText("08 giờ 00")
    dialog.end_time.setText("10 giờ 30")
    dialog.place.setText("Hội trường")
    row = dialog.team.add_row()
    dialog.team.set_text(row, 0, "Nguyễn Thị Thu Hà")
    combo = dialog.team.table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("leader"))
    dialog.reps.add_row()
    dialog.reps.set_text(0, 0, "Phạm Văn Dũng")
    dialog.reps.set_text(0, 1, "Giám đốc")
    dialog.conclusion.setPlainText("Đơn vị thực hiện tốt.")
    r = dialog.recs.add_row()
    dialog.recs.set_text(r, 0, "Niêm yết thủ tục hành chính")
    unit_combo = dialog.recs.widget(r, 1)
    assert isinstance(unit_combo, QComboBox)
    unit_combo.setCurrentIndex(unit_combo.findText(unit_name))
    deadline = dialog.recs.widget(r, 2)
    assert isinstance(deadline, VietDateEdit)
    deadline.set_value(date(2026, 12, 20))


def test_record_form_validates_as_you_type_and_saves_closed(qtbot, ws, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.inspections.record_form import RecordDialog

    before = len(InspectionService(ws.db).list_inspections(2026))
    dialog = RecordDialog(ws, 2026)
    qtbot.addWidget(dialog)
    assert "unit" in dialog.problem.text().lower() or "đơn vị" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()
    fill_valid(dialog, "Trung tâm Phục vụ hành chính công")
    assert dialog.problem.text() == "" and dialog.close_button.isEnabled()
    qtmodeltester.check(dialog.criteria_model)

    # an inspection before its decision is refused as it is typed
    dialog.start_date.set_value(date(2026, 10, 30))
    dialog.end_date.set_value(date(2026, 10, 30))
    assert "2026" in dialog.problem.text() and not dialog.save_button.isEnabled()
    dialog.start_date.set_value(date(2026, 11, 10))
    dialog.end_date.set_value(date(2026, 11, 10))
    assert dialog.problem.text() == ""

    # closing with unanswered criteria: refused, nothing written
    dialog.criteria_model.set_result(0, None)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and dialog.criteria_model.answers[0].code in dialog.problem.text()
    assert len(InspectionService(ws.db).list_inspections(2026)) == before

    qtbot.mouseClick(dialog.all_met_button, Qt.MouseButton.LeftButton)
    dialog.criteria_model.set_result(1, CriterionResult.NOT_MET)
    qtmodeltester.check(dialog.criteria_model)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    stored = InspectionService(ws.db).get(saved.args[0])
    assert stored.closed and stored.unit_name == "Trung tâm Phục vụ hành chính công"
    assert stored.counts()["not_met"] == 1 and stored.counts()["unanswered"] == 0
    assert stored.leader and stored.leader.name == "Nguyễn Thị Thu Hà"
    assert stored.recommendations[0].deadline == date(2026, 12, 20)
    assert stored.recommendations[0].status is RecStatus.OPEN


def test_recommendation_without_unit_and_retired_units(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.inspections.record_form import RecordDialog

    communes = CommuneService(ws.db)
    retired = communes.save_unit(Unit("Phòng đã giải thể", UnitKind.DEPARTMENT))
    communes.set_retired(retired.id or 0, True)
    dialog = RecordDialog(ws, 2026)
    qtbot.addWidget(dialog)
    assert dialog.unit.findText("Phòng đã giải thể") < 0                 # not offered
    offered = {dialog.unit.itemText(i) for i in range(dialog.unit.count())}
    assert not offered & {u.name for u in communes.hamlets()}             # hamlets are not inspected here
    fill_valid(dialog, "Phòng Kinh tế")
    unit_combo = dialog.recs.widget(0, 1)
    assert isinstance(unit_combo, QComboBox)
    unit_combo.setCurrentIndex(0)                                          # "(choose a unit)"
    assert "1" in dialog.problem.text() and not dialog.save_button.isEnabled()


def test_opening_an_existing_record_keeps_it(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.inspections.record_form import RecordDialog

    svc = InspectionService(ws.db)
    original = svc.list_inspections(2026)[1]
    dialog = RecordDialog(ws, 2026, svc.get(original.id or 0))
    qtbot.addWidget(dialog)
    assert dialog.unit.currentText() == original.unit_name
    assert dialog.recs.table.rowCount() == len(original.recommendations)
    dialog.findings.setPlainText("<b>Sửa</b> =1+1")
    assert dialog.save(close=False)
    again = svc.get(original.id or 0)
    assert again.findings == "<b>Sửa</b> =1+1"
    assert [r.id for r in again.recommendations] == [r.id for r in original.recommendations]
    assert [r.status for r in again.recommendations] == [r.status for r in original.recommendations]


def test_inspections_page_models_exports_and_plan(qtbot, ws, qtmodeltester, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.inspections.page import InspectionsPage
    from dancoso_desktop.ui.inspections.plan_view import PlanEntryDialog, PlanView

    page = InspectionsPage(ws, 2026)
    qtbot.addWidget(page)
    assert page.model.rowCount() >= 4
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.plan.model)
    page.filter.setText("kinh te")                      # accents and case ignored
    assert page.proxy.rowCount() == 1
    page.filter.clear()

    page.view.selectRow(0)
    target = tmp_path / "minutes.pdf"
    monkeypatch.setattr(InspectionsPage, "ask_save_path", classmethod(lambda cls, *a: target))
    page.export_selected("pdf")
    assert target.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "summary.xlsx"
    monkeypatch.setattr(InspectionsPage, "ask_save_path", classmethod(lambda cls, *a: xlsx))
    page.export_year()
    assert xlsx.stat().st_size > 0

    # a new plan entry through its dialog, then a record made from it
    def drive(cls, dialog) -> bool:  # type: ignore[no-untyped-def]
        if isinstance(dialog, PlanEntryDialog):
            dialog.unit.setCurrentIndex(dialog.unit.findText("Phòng Kinh tế"))
            dialog.quarter.setCurrentIndex(3)
            dialog.team.setPlainText("Phòng Văn hóa - Xã hội")
            dialog.save()
            return dialog.result() == 1
        return False

    monkeypatch.setattr(PlanView, "run_dialog", classmethod(drive))
    rows = page.plan.model.rowCount()
    page.plan.add()
    assert page.plan.model.rowCount() == rows + 1
    qtmodeltester.check(page.plan.model)
    entries = InspectionPlanService(ws.db).list_entries(2026)
    assert entries[-1].quarter == 4 and entries[-1].team == "Phòng Văn hóa - Xã hội"

    opened = []
    monkeypatch.setattr(InspectionsPage, "run_dialog", classmethod(lambda cls, d: opened.append(d) or False))
    page.plan.view.selectRow(page.plan.model.rowCount() - 1)
    page.plan.record_button.click()
    assert opened and opened[0].unit.currentText() == "Phòng Kinh tế"
    assert opened[0].entry.currentData() == entries[-1].id


def test_template_editor_copies_and_edits(qtbot, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.services.inspection_templates import TemplateService
    from dancoso_desktop.ui.inspections.template_editor import TemplateEditor

    editor = TemplateEditor(ws.db)
    qtbot.addWidget(editor)
    n = editor.table.rowCount()
    assert n >= 12 and not editor.delete_button.isEnabled()
    monkeypatch.setattr(TemplateEditor, "ask_name", classmethod(lambda cls, parent, suggested: "Mẫu tỉnh Cao Bằng"))
    editor.copy()
    assert editor.name.text() == "Mẫu tỉnh Cao Bằng" and editor.delete_button.isEnabled()
    editor.add_criterion()
    editor.table.item(n, 2).setText("Có sổ theo dõi ý kiến của người lao động")
    editor.table.item(n, 3).setText("Hướng dẫn của tỉnh")
    assert editor.save()
    copy = next(t for t in TemplateService(ws.db).list_templates() if t.name == "Mẫu tỉnh Cao Bằng")
    assert len(copy.criteria) == n + 1 and copy.criteria[-1].article == "Hướng dẫn của tỉnh"
    editor.table.item(n, 2).setText("")
    assert not editor.save() and editor.problem.text()


def test_evidence_file_is_attached_and_stored(qtbot, ws, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.inspections.record_form import RecordDialog

    photo = tmp_path / "Ảnh bảng niêm yết.png"
    photo.write_bytes(b"\x89PNG evidence")
    svc = InspectionService(ws.db)
    original = svc.list_inspections(2026)[0]
    dialog = RecordDialog(ws, 2026, svc.get(original.id or 0))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(RecordDialog, "ask_evidence_file", classmethod(lambda cls, parent: photo))
    dialog.attach_evidence()                       # nothing selected: a message, nothing attached
    assert dialog.problem.text() and not dialog.criteria_model.answers[0].files
    dialog.criteria.setCurrentIndex(dialog.criteria_model.index(0, 3))
    dialog.attach_evidence()
    assert "[1]" in dialog.criteria_model.data(dialog.criteria_model.index(0, 3))
    monkeypatch.setattr(RecordDialog, "ask_evidence_file", classmethod(lambda cls, parent: tmp_path / "missing.pdf"))
    dialog.attach_evidence()
    assert "missing.pdf" in dialog.problem.text()
    opened: list[Path] = []
    monkeypatch.setattr(RecordDialog, "open_file", classmethod(lambda cls, path: opened.append(path)))
    dialog.open_evidence()
    assert len(opened) == 1 and opened[0].read_bytes() == b"\x89PNG evidence"
    assert dialog.save(close=False)
    stored = svc.get(original.id or 0).answers[0].files
    assert [f.original_name for f in stored] == ["Ảnh bảng niêm yết.png"]
    assert (ws.attachments_dir / stored[0].sha256[:2] / f"{stored[0].sha256}.png").read_bytes() == b"\x89PNG evidence"


def test_record_changes_undo_and_redo(qtbot, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from dancoso_desktop.ui.inspections.page import InspectionsPage
    from dancoso_desktop.ui.inspections.record_form import RecordDialog
    from dancoso_desktop.ui.widgets.messages import Messages

    stack = QUndoStack()
    page = InspectionsPage(ws, 2026, undo_stack=stack)
    qtbot.addWidget(page)
    svc = InspectionService(ws.db)
    count = len(svc.list_inspections(2026))

    def edit(cls, dialog) -> bool:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, RecordDialog)
        dialog.findings.setPlainText("Đã sửa")
        return dialog.save(close=dialog.record.closed)

    monkeypatch.setattr(InspectionsPage, "run_dialog", classmethod(edit))
    page.view.selectRow(1)
    target = page.selected()
    page.open_selected()
    assert svc.get(target.id).findings == "Đã sửa" and stack.count() == 1
    stack.undo()
    assert svc.get(target.id).findings == target.findings
    stack.redo()
    assert svc.get(target.id).findings == "Đã sửa"

    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, *a, **k: True))
    page.view.selectRow(0)
    gone = page.selected()
    page.delete_selected()
    assert len(svc.list_inspections(2026)) == count - 1
    stack.undo()
    back = [i for i in svc.list_inspections(2026) if i.unit_name == gone.unit_name and i.start_date == gone.start_date]
    assert len(back) == 1 and len(back[0].recommendations) == len(gone.recommendations)
    assert [r.status for r in back[0].recommendations] == [r.status for r in gone.recommendations]
    assert page.model.rowCount() == count
    stack.redo()
    assert len(svc.list_inspections(2026)) == count - 1
