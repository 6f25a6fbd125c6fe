"""The self-assessment page: scoring in the tree writes the database, undo puts it back, the total
and class follow live; evidence, bonus, conditions, import and export from the window."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack, QValidator
from PySide6.QtWidgets import QLineEdit

from dancoso_desktop.domain.assessment import Rating
from dancoso_desktop.services.assessment_service import AssessmentService
from dancoso_desktop.ui.assessment.model import COL_SCORE, ScoreValidator
from dancoso_desktop.ui.assessment.page import AssessmentPage


@pytest.fixture
def page(qtbot, workspace):  # type: ignore[no-untyped-def]
    p = AssessmentPage(workspace, 2026, undo_stack=QUndoStack())
    qtbot.addWidget(p)
    p.resize(1280, 760)
    p.show()
    return p


def stored(workspace) -> dict[str, D | None]:  # type: ignore[no-untyped-def]
    return AssessmentService(workspace.db).get(2026).scores


def test_model_checks(page, qtmodeltester, workspace) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    assert not AssessmentService(workspace.db).exists(2026)    # showing the page writes nothing
    page.score("1.1", "3,5")
    assert AssessmentService(workspace.db).exists(2026)
    qtmodeltester.check(page.model)


def test_typing_a_score_in_the_tree_writes_and_undoes(qtbot, page, workspace) -> None:  # type: ignore[no-untyped-def]
    index = page.model.index_of("1.2").siblingAtColumn(COL_SCORE)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.findChild(QLineEdit)
    assert editor is not None and editor.validator() is not None
    qtbot.keyClicks(editor, "2,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(workspace) == {"1.2": D("2.5")})   # the view commits on its next turn
    assert page.model.data(page.model.index_of("1").siblingAtColumn(COL_SCORE)) == "2,5"   # the part's sum
    assert "2,5" in page.total.text()
    page.undo_stack.undo()
    assert stored(workspace) == {"1.2": None}
    page.undo_stack.redo()
    assert stored(workspace) == {"1.2": D("2.5")}


def test_validated_as_typed_and_refused_without_change(page, workspace) -> None:  # type: ignore[no-untyped-def]
    v = ScoreValidator(D(4))
    assert v.validate("3,5", 3)[0] == QValidator.State.Acceptable
    assert v.validate("3,", 2)[0] == QValidator.State.Intermediate
    assert v.validate("4,5", 3)[0] == QValidator.State.Invalid
    assert v.validate("a", 1)[0] == QValidator.State.Invalid
    assert v.validate("1,234", 5)[0] == QValidator.State.Invalid
    assert page.model.setData(page.model.index_of("1.1").siblingAtColumn(COL_SCORE), "9") is False
    assert page.model.last_error is not None and "tối đa 4" in page.model.last_error.vi
    assert page.model.setData(page.model.index_of("1").siblingAtColumn(COL_SCORE), "5") is False   # a part
    assert stored(workspace) == {}
    assert page.undo_stack.count() == 0


def test_total_and_class_live_with_bonus_and_conditions(page, workspace) -> None:  # type: ignore[no-untyped-def]
    a = page.assessment
    for leaf in a.scheme.leaves():
        assert page.score(leaf.code, str(leaf.max_points))
    assert "100" in page.total.text() and Rating.EXCELLENT.label_vi in page.total.text()
    page.penalty.setText("3")
    page.penalty.editingFinished.emit()
    assert AssessmentService(workspace.db).get(2026).penalty == 3
    assert "97" in page.total.text()
    page.condition_checks["warning"].setChecked(True)
    assert AssessmentService(workspace.db).get(2026).conditions == {"warning"}
    assert Rating.DONE.label_vi in page.total.text()
    page.undo_stack.undo()
    assert AssessmentService(workspace.db).get(2026).conditions == frozenset()
    page.bonus.setText("5")            # above the maximum of 3: refused, nothing stored
    page.bonus.editingFinished.emit()
    assert AssessmentService(workspace.db).get(2026).bonus == 0


def test_evidence_link_and_remove(page, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.plan import Plan, PlanSection
    from dancoso_desktop.services.plan_service import PlanService

    PlanService(workspace.db).create_plan(Plan(year=2026, sections=[PlanSection("Ban hành kế hoạch năm")]))
    page.select("1.1")

    def pick(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.kind.setCurrentIndex(dialog.kind.findData("plan_section"))
        dialog.search.setText("ke hoach")
        assert dialog.list.count() == 1
        return True

    monkeypatch.setattr(AssessmentPage, "run_dialog", classmethod(lambda cls, d: pick(d)))
    page.link_evidence()
    links = AssessmentService(workspace.db).get(2026).evidence["1.1"]
    assert [e.kind for e in links] == ["plan_section"] and page.evidence.count() == 1
    page.unlink_evidence()
    assert "1.1" not in AssessmentService(workspace.db).get(2026).evidence
    page.undo_stack.undo()
    assert len(AssessmentService(workspace.db).get(2026).evidence["1.1"]) == 1


def test_import_and_export_from_the_window(page, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook, load_workbook

    wb = Workbook()
    for row in (["Mã", "Nội dung", "Điểm tối đa"], ["1", "Phần một", 40], ["2", "Phần hai", 60]):
        wb.active.append(row)
    wb.save(tmp_path / "tc.xlsx")
    assert page.import_scheme(tmp_path / "tc.xlsx")
    assert [c.code for c in AssessmentService(workspace.db).get(2026).scheme.criteria] == ["1", "2"]
    assert page.model.rowCount() == 2 and not page.example.isVisibleTo(page)
    page.undo_stack.undo()
    assert AssessmentService(workspace.db).get(2026).scheme.example
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"junk")
    assert not page.import_scheme(bad) and "Excel" in page.status.text()
    page.score("1.1", "4")
    page.export("xlsx", tmp_path / "out.xlsx")
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert any(r[0] == "1.1" and r[3] == 4 for r in rows)
    assert "out.xlsx" in page.status.text()


def test_window_has_the_page_and_the_due_list_opens_it(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    keys = window.page_keys()
    assert keys.index("assessment") > keys.index("followup")
    window.page("assessment")
    window.show_page("today")
    assert window.open_record("assessment", 2025)
    assert window.current_page() == "assessment" and window.year() == 2025
    assert window.page("assessment").year == 2025


def test_note_and_deadline_from_the_window(page, workspace) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    page.select("2.1")
    assert page.note.isEnabled()
    page.note.setText("Niêm yết tại trụ sở và 12 nhà văn hóa")
    page.note.editingFinished.emit()
    assert AssessmentService(workspace.db).get(2026).notes == {"2.1": "Niêm yết tại trụ sở và 12 nhà văn hóa"}
    page.select("2")
    assert not page.note.isEnabled()
    assert page.deadline_edit.value() == date(2026, 12, 15)
    page.deadline_edit.set_value(date(2026, 12, 10))
    page.deadline_edit.editingFinished.emit()
    assert AssessmentService(workspace.db).get(2026).due_date() == date(2026, 12, 10)
    page.undo_stack.undo()
    assert AssessmentService(workspace.db).get(2026).deadline == date(2026, 12, 15)
    page.mark_sent()
    assert AssessmentService(workspace.db).get(2026).submitted_on == date.today()
    assert not page.sent_button.isEnabled()
