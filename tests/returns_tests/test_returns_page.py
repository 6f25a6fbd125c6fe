"""The returns page: the preview of changes (files, problems, conflicts to settle), apply as one
undo step on the window's stack, who has returned; every model passes qtmodeltester."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from dancoso_desktop.documents.returns_form import SHEET_PROGRESS
from dancoso_desktop.domain.plan import Status
from dancoso_desktop.services.plan_service import PlanService, SectionFields
from returns_tests.helpers import data_rows, setup_plan, write_forms


@pytest.fixture
def env(qtbot, workspace, tmp_path):  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.returns.page import ReturnsPage

    setup = setup_plan(workspace)
    forms = write_forms(workspace, tmp_path / "forms")
    stack = QUndoStack()
    page = ReturnsPage(workspace, undo_stack=stack, year=lambda: 2026)
    qtbot.addWidget(page)
    return setup, forms, page, stack


def test_preview_of_changes_conflicts_apply_and_undo(env, workspace, qtmodeltester, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup, forms, page, stack = env
    qtmodeltester.check(page.model)
    assert page.summary.text().startswith("0/2")
    road = setup["ids"]["Họp thôn bàn việc làm đường"]
    PlanService(workspace.db).update_section(road, SectionFields(progress=60))   # edited since the form
    path = forms[setup["hamlet"]]
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_PROGRESS]
    rows = data_rows(ws)
    ws.cell(rows["Họp thôn bàn việc làm đường"], 7).value = 0.3
    ws.cell(rows["Tuyên truyền pháp luật"], 6).value = "Đã hoàn thành"
    wb.save(path)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"x")

    page.read_files([path, bad])
    dialog = page.preview_dialog
    assert dialog is not None and dialog.isVisible()
    files = [dialog.files.topLevelItem(i) for i in range(dialog.files.topLevelItemCount())]
    assert [f.text(2) for f in files] == ["Accepted", "Refused"]
    assert "Thôn Nà Sáng" in files[0].text(1)
    assert files[1].childCount() == 1 and "xlsx" in files[1].child(0).text(0)
    model = dialog.changes_model
    qtmodeltester.check(model)
    shown = {(model.index(r, 2).data(), model.index(r, 4).data(), model.index(r, 5).data()) for r in range(model.rowCount())}
    assert ("Họp thôn bàn việc làm đường", "60%", "30%") in shown
    assert ("Tuyên truyền pháp luật", "Chưa thực hiện", "Đã hoàn thành") in shown
    conflict_row = next(r for r in range(model.rowCount()) if model.rows[r][1].conflict)
    index = model.index(conflict_row, 6)
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)   # take the unit's
    dialog.apply_button.click()

    svc = PlanService(workspace.db)
    assert svc.get_section(road).progress == 30
    assert svc.get_section(setup["ids"]["Tuyên truyền pháp luật"]).status is Status.DONE
    assert stack.count() == 1 and page.summary.text().startswith("1/2")
    qtmodeltester.check(page.model)
    stack.undo()
    assert svc.get_section(road).progress == 60
    assert svc.get_section(setup["ids"]["Tuyên truyền pháp luật"]).status is Status.NOT_STARTED
    assert page.summary.text().startswith("0/2")
    stack.redo()
    assert svc.get_section(road).progress == 30 and page.summary.text().startswith("1/2")
    assert page.model.units[0].received_at is not None and page.model.units[0].received_at <= datetime.now()


def test_the_page_in_the_window_and_the_write_forms_button(qtbot, workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.main_window import MainWindow

    setup_plan(workspace)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.set_year(2026)
    page = window.show_page("returns")
    assert page is window.page("returns")
    page.run_task = lambda title, fn, on_done=None: on_done(fn(lambda *a: None))   # synchronous here
    page.write_forms(tmp_path / "out")
    assert len(list((tmp_path / "out").glob("*.xlsx"))) == 2
    assert window.open_record("unit", 1)
