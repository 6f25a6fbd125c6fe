"""The follow-up view: overdue first, closing needs a note, undo puts the old status back."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from dancoso_desktop.domain.inspection import RecStatus
from dancoso_desktop.services.inspection_service import InspectionService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.ui.inspections.models import OVERDUE_BRUSH, ROW_ROLE

TODAY = date(2026, 10, 20)


@pytest.fixture
def ws(demo_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d)
    w = open_workspace(d)
    yield w
    w.close()


@pytest.fixture
def page(qtbot, ws):  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.inspections.followup import FollowupPage

    p = FollowupPage(ws, undo_stack=QUndoStack(), today=lambda: TODAY)
    qtbot.addWidget(p)
    return p


def rows(page) -> list:  # type: ignore[no-untyped-def]
    return [page.proxy.data(page.proxy.index(r, 0), ROW_ROLE) for r in range(page.proxy.rowCount())]


def test_overdue_first_in_red_and_model_checks(page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    recs = rows(page)
    assert recs and all(r.status is not RecStatus.DONE for r in recs)
    assert recs[0].deadline == date(2026, 9, 30)            # the demo's overdue recommendation
    assert page.model.data(page.model.index(0, 0), 9) == OVERDUE_BRUSH   # ForegroundRole
    assert "20" in page.model.data(page.model.index(0, 6))                # 20 days overdue
    assert page.model.data(page.model.index(1, 6)) == ""
    deadlines = [r.deadline for r in recs[1:]]
    assert deadlines == sorted(deadlines)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.show_done.setChecked(True)
    assert any(r.status is RecStatus.DONE for r in rows(page))
    qtmodeltester.check(page.model)
    page.filter.setText("phong kinh te")
    found = rows(page)
    assert found and all("Phòng Kinh tế" in (r.unit_name, r.inspected_unit) for r in found)


def test_done_needs_a_note_and_undo_restores(page, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.inspections.followup import DoneDialog

    first = rows(page)[0]
    page.view.selectRow(0)
    monkeypatch.setattr(DoneDialog, "ask", classmethod(lambda cls, rec, parent=None: (TODAY, "   ")))
    page.change(RecStatus.DONE)
    assert "note" in page.summary.text().lower() or "kết quả" in page.summary.text()
    assert page.undo_stack.count() == 0
    assert rows(page)[0].id == first.id and rows(page)[0].status is RecStatus.OPEN

    monkeypatch.setattr(DoneDialog, "ask", classmethod(lambda cls, rec, parent=None: (TODAY, "Đã tổ chức lại")))
    page.view.selectRow(0)
    page.change(RecStatus.DONE)
    assert first.id not in [r.id for r in rows(page)]
    stored = next(r for r in InspectionService(ws.db).recommendations(include_done=True) if r.id == first.id)
    assert (stored.status, stored.done_on, stored.note) == (RecStatus.DONE, TODAY, "Đã tổ chức lại")
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert rows(page)[0].id == first.id and rows(page)[0].status is RecStatus.OPEN
    page.undo_stack.redo()
    assert first.id not in [r.id for r in rows(page)]


def test_mark_in_progress_keeps_order(page, ws) -> None:  # type: ignore[no-untyped-def]
    target = rows(page)[-1]
    page.select(target.id)
    page.change(RecStatus.IN_PROGRESS)
    assert next(r for r in rows(page) if r.id == target.id).status is RecStatus.IN_PROGRESS
    assert page.selected().id == target.id


def test_done_dialog_refuses_an_empty_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.inspection import Recommendation
    from dancoso_desktop.ui.inspections.followup import DoneDialog

    dialog = DoneDialog(Recommendation("Bầu Ban Thanh tra nhân dân", 1, deadline=TODAY))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text()
    dialog.note.setPlainText("Đã bầu ngày 15/10")
    assert ok.isEnabled() and dialog.problem.text() == ""
    ok.click()
    assert dialog.result() == 1
