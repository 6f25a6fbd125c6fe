"""File › Import plan…: the preview dialog, its edits, and the import as one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from dancoso_desktop.domain.commune import Unit
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_import import read_plan_file
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.ui.importing import tree_ops
from dancoso_desktop.ui.importing.preview_dialog import ImportPreviewDialog
from dancoso_desktop.ui.main_window import MainWindow
from dancoso_desktop.ui.pages import import_actions
from dancoso_desktop.ui.widgets.messages import Messages

PLAN = """ỦY BAN NHÂN DÂN XÃ AN BÌNH
Số: 07/KH-UBND
An Bình, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Bảo đảm công khai.
Tuyên truyền sâu rộng
Nội dung tuyên truyền.
2. Yêu cầu
II. NỘI DUNG
1. Công khai thông tin
a) Niêm yết tại trụ sở
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    f = tmp_path / "ke-hoach.txt"
    f.write_text(PLAN, encoding="utf-8")
    return f


@pytest.fixture
def errors(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(Messages, "warning", classmethod(lambda cls, p, t, text: shown.append(text)))
    return shown


def titles(plan) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    plan.renumber()
    return [(s.number, s.title) for s in plan.walk()]


def test_preview_edits_levels_merge_split_and_document_data(qtbot, plan_file: Path, errors: list[str]) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportPreviewDialog(read_plan_file(plan_file), plan_file.name)
    qtbot.addWidget(dialog)
    assert "I. MỤC ĐÍCH, YÊU CẦU" in dialog.source.toPlainText()
    assert dialog.tree.topLevelItem(0).text(0) == "I. MỤC ĐÍCH, YÊU CẦU"
    # Split: "Tuyên truyền sâu rộng" in the text of 1. was meant as a heading.
    dialog.tree.setCurrentItem(dialog._item((0, 0)))
    assert dialog.text_edit.toPlainText() == "Bảo đảm công khai.\nTuyên truyền sâu rộng\nNội dung tuyên truyền."
    dialog.text_edit.setPlainText("Tuyên truyền sâu rộng\nNội dung tuyên truyền.")
    qtbot.mouseClick(dialog.split_button, qtbot_button())
    assert dialog.current_path() == (0, 1)
    assert titles(dialog.plan)[:4] == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("1", "Mục đích"), ("2", "Tuyên truyền sâu rộng"),
                                       ("3", "Yêu cầu")]
    # Level: lower "Tuyên truyền" under "Mục đích", then raise it back.
    qtbot.mouseClick(dialog.lower_button, qtbot_button())
    assert dialog.current_path() == (0, 0, 0)
    assert dialog.plan.sections[0].children[0].children[0].title == "Tuyên truyền sâu rộng"
    qtbot.mouseClick(dialog.raise_button, qtbot_button())
    assert dialog.current_path() == (0, 1)
    # Merge: it was not a heading after all; its words join the text above, nothing lost.
    qtbot.mouseClick(dialog.merge_button, qtbot_button())
    first = dialog.plan.sections[0].children[0]
    assert first.text == "Tuyên truyền sâu rộng\nNội dung tuyên truyền."
    assert [s.title for s in dialog.plan.sections[0].children] == ["Mục đích", "Yêu cầu"]
    # Rename a heading; fix the document data.
    dialog.tree.setCurrentItem(dialog._item((1, 0)))
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Cong khai & minh bach")   # QTest types Latin-1 only
    assert dialog.tree.currentItem().text(0) == "1. Cong khai & minh bach"
    assert dialog.plan.sections[1].children[0].title == "Cong khai & minh bach"
    dialog.form.date.setText("31/02/2026")
    dialog.box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert errors and "31/02/2026" in errors[-1]   # an impossible date is refused, the dialog stays
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.form.date.setText("")
    dialog.form.number.setText("08/KH-UBND")
    dialog.form.year.setValue(2027)
    dialog.box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.plan.year, dialog.plan.number, dialog.plan.date) == (2027, "08/KH-UBND", None)


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_tree_ops_keep_every_word() -> None:
    from dancoso_desktop.domain.plan import Plan, PlanSection

    plan = Plan(2026, sections=[PlanSection("A", "a", children=[PlanSection("B", "b"), PlanSection("C", "c")])])
    assert tree_ops.lower(plan, (0, 0)) == (0, 0) and tree_ops.raise_(plan, (0,)) == (0,)
    path = tree_ops.raise_(plan, (0, 0))
    assert path == (1,) and [s.title for s in plan.sections] == ["A", "B"] and plan.sections[1].children[0].title == "C"
    target = tree_ops.merge_up(plan, (1,))
    assert target == (0,) and plan.sections[0].text == "a\nB\nb" and plan.sections[0].children[0].title == "C"


def test_menu_import_preview_confirm_undo_redo(qtbot, workspace, plan_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    service = PlanService(workspace.db)
    monkeypatch.setattr(import_actions, "ask_file", lambda parent: plan_file)
    seen = []

    units = CommuneService(workspace.db)
    kept = units.save_unit(Unit("Công an xã")).id

    def confirm(cls, parent, result, name):  # type: ignore[no-untyped-def]
        seen.append((name, len(result.warnings)))
        assert not service.has_plan(2026), "nothing is written before the officer confirms"
        first = result.plan.sections[0]
        first.lead_unit, first.coordinating_units = "Hội Nông dân xã", ["Công an xã"]   # typed in the preview
        return result.plan
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(confirm))
    window.import_plan_action.trigger()
    qtbot.waitUntil(lambda: service.has_plan(2026) and not window.busy(), timeout=10_000)
    assert seen and seen[0][0] == "ke-hoach.txt"
    stored = service.get_plan(2026)
    assert [s.title for s in stored.sections] == ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG"]
    assert window.year() == 2026
    assert {u.name for u in units.list_units()} == {"Công an xã", "Hội Nông dân xã"}
    window.undo_stack.undo()
    assert not service.has_plan(2026)
    # The unit the import added goes with it; the one the office already had stays.
    assert [(u.id, u.name) for u in units.list_units()] == [(kept, "Công an xã")]
    window.undo_stack.redo()
    assert service.get_plan(2026).number == "07/KH-UBND"
    assert service.get_plan(2026).sections[0].lead_unit == "Hội Nông dân xã"
    window.undo_stack.undo()
    assert [u.name for u in units.list_units()] == ["Công an xã"]


def test_cancel_writes_nothing_and_bad_file_is_shown(qtbot, workspace, tmp_path: Path, plan_file: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch, errors: list[str]) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    service = PlanService(workspace.db)
    asked = []
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, r, n: asked.append(n)))
    import_actions.import_file(window, plan_file)
    qtbot.waitUntil(lambda: bool(asked) and not window.busy(), timeout=10_000)
    assert not service.has_plan(2026) and window.undo_stack.count() == 0
    bad = tmp_path / "gia.docx"
    bad.write_text("không phải Word", encoding="utf-8")
    import_actions.import_file(window, bad)
    qtbot.waitUntil(lambda: bool(errors) and not window.busy(), timeout=10_000)
    assert "docx" in errors[0]
    assert service.list_plans() == [] and window.undo_stack.count() == 0


def test_an_existing_year_is_refused_without_an_undo_step(qtbot, workspace, plan_file: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                          errors: list[str]) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    result = read_plan_file(plan_file)
    PlanService(workspace.db).create_plan(read_plan_file(plan_file).plan)
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, r, n: r.plan))
    import_actions.show_preview(window, result, plan_file.name)
    assert errors and "2026" in errors[0]
    assert window.undo_stack.count() == 0


def test_a_restored_heading_is_marked_and_must_get_a_title(qtbot, tmp_path: Path, errors: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The importer put back "II" (lost from the file): the preview shows it as missing, and
    Import waits until the officer has typed its title."""
    f = tmp_path / "thieu-muc.txt"
    f.write_text(PLAN.replace("II. NỘI DUNG\n1. Công khai thông tin\na) Niêm yết tại trụ sở\n",
                              "1. Công khai thông tin\n2. Niêm yết tại trụ sở\nIII. TỔ CHỨC THỰC HIỆN\n"),
                 encoding="utf-8")
    dialog = ImportPreviewDialog(read_plan_file(f), f.name)
    qtbot.addWidget(dialog)
    item = dialog._item((1,))
    assert item.text(0).startswith("II. [") and "missing" in item.text(0)
    assert "missing from the original" in item.toolTip(0) and item.font(0).italic()
    assert dialog.tree.topLevelItem(2).text(0) == "III. TỔ CHỨC THỰC HIỆN"
    assert [c.title for c in dialog.plan.sections[1].children] == ["Công khai thông tin", "Niêm yết tại trụ sở"]
    dialog.box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert errors and "không có tiêu đề" in errors[-1]
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.tree.setCurrentItem(item)
    assert "missing" in dialog.title_edit.placeholderText()
    qtbot.keyClicks(dialog.title_edit, "NOI DUNG")
    assert dialog.tree.currentItem().text(0) == "II. NOI DUNG" and not dialog.tree.currentItem().font(0).italic()
    dialog.box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [(s.number, s.title) for s in dialog.plan.sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NOI DUNG"), ("III", "TỔ CHỨC THỰC HIỆN")]
