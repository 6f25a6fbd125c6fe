"""The reports page: build a report in the window, edit its text (undo), edit the outline,
issue it, open a figure's records, write the package; every model passes qtmodeltester."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QUndoStack

from dancoso_desktop.domain.report_doc import ReportStatus
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.services.report_service import ReportService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.ui.reports.dialogs import (
    IssueAnswer,
    IssueDialog,
    NewReport,
    NewReportDialog,
    RecordsDialog,
)


@pytest.fixture
def ws(demo_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d)
    w = open_workspace(d)
    yield w
    w.close()


@pytest.fixture
def page(qtbot, ws):  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.reports.page import ReportsPage

    opened: list[tuple[str, int]] = []
    p = ReportsPage(ws, 2026, undo_stack=QUndoStack(), open_record=lambda k, i: opened.append((k, i)))
    p.opened = opened
    qtbot.addWidget(p)
    return p


def _stored_text(ws: Any, report_id: int, key: str) -> str:
    with ws.db.connect() as con:
        outline = json.loads(con.exec_driver_sql("SELECT outline FROM reports WHERE id=?", (report_id,)).scalar())
    return next(s["text"] for s in outline if s["key"] == key)


def _select_section(page: Any, key: str) -> None:
    row = next(i for i, s in enumerate(page.outline_model.sections) if s.key == key)
    page.outline_view.selectRow(row)


def test_models_pass_qtmodeltester(page: Any, qtmodeltester: Any) -> None:
    assert page.calendar_model.rowCount() >= 5
    assert page.reports_model.rowCount() == 2
    for model in (page.calendar_model, page.reports_model, page.outline_model, page.figures_model):
        qtmodeltester.check(model)
    dialog = RecordsDialog("x", [("disclosure", 1), ("plan_section", 2)], lambda *_: None)
    qtmodeltester.check(dialog.model)
    dialog.deleteLater()


def test_build_a_report_in_the_window_and_edit_its_text(page: Any, ws: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    period = ReportPeriod.default(2026, ReportKind.YEAR)
    monkeypatch.setattr(NewReportDialog, "ask", classmethod(
        lambda cls, year, parent=None: NewReport(ReportKind.YEAR, period.start, period.end)))
    page.new_report()
    reports = ReportService(ws.db).list_reports(2026)
    new = next(r for r in reports if r.kind is ReportKind.YEAR)
    assert page.report is not None and page.report.id == new.id and new.status is ReportStatus.DRAFT
    # the sentences of the records are shown under their heading
    _select_section(page, "disclosure")
    assert "đã công khai" in page.generated.toPlainText()
    # the officer's text is written to the database, hostile and NFD text as typed (composed)
    _select_section(page, "proposals")
    page.text_edit.setPlainText("=Đề nghị tỉnh hỗ trợ <kinh phí> & tập huấn.".replace("ệ", "ê\u0323"))
    assert page.save_text()
    assert _stored_text(ws, new.id, "proposals") == "=Đề nghị tỉnh hỗ trợ <kinh phí> & tập huấn."
    # moving to another section saves what was typed
    page.text_edit.setPlainText("Thêm một dòng.")
    _select_section(page, "next_tasks")
    assert _stored_text(ws, new.id, "proposals") == "Thêm một dòng."
    # undo puts the text back, step by step, in the database
    page.undo_stack.undo()
    assert _stored_text(ws, new.id, "proposals") == "=Đề nghị tỉnh hỗ trợ <kinh phí> & tập huấn."
    page.undo_stack.undo()
    assert _stored_text(ws, new.id, "proposals") == ""
    page.undo_stack.redo()
    assert _stored_text(ws, new.id, "proposals") == "=Đề nghị tỉnh hỗ trợ <kinh phí> & tập huấn."
    # a 1 MB text is refused with a message; nothing changes
    _select_section(page, "proposals")
    page.text_edit.setPlainText("x" * 1_000_001)
    assert not page.save_text()
    assert "quá dài" in page.status.text() or "too long" in page.status.text()
    assert _stored_text(ws, new.id, "proposals") == "=Đề nghị tỉnh hỗ trợ <kinh phí> & tập huấn."


def test_outline_editing_is_stored_and_undone(page: Any, ws: Any) -> None:
    draft = next(r for r in ReportService(ws.db).list_reports(2026) if r.status is ReportStatus.DRAFT)
    page.select_report(draft.id)
    keys = [s.key for s in ReportService(ws.db).get(draft.id).outline]
    _select_section(page, "comment")
    page.move_section(-1)
    stored = [s.key for s in ReportService(ws.db).get(draft.id).outline]
    i = keys.index("comment")
    assert stored[i - 1] == "comment" and stored[i] == keys[i - 1]
    _select_section(page, "comment")
    page.indent_section(1)
    assert next(s for s in ReportService(ws.db).get(draft.id).outline if s.key == "comment").level == 3
    page.add_section()
    assert len(ReportService(ws.db).get(draft.id).outline) == len(keys) + 1
    # rename in place through the model
    row = next(i for i, s in enumerate(page.outline_model.sections) if s.key == "proposals")
    page.outline_model.setData(page.outline_model.index(row, 0), "Kiến nghị với tỉnh")
    assert next(s for s in ReportService(ws.db).get(draft.id).outline if s.key == "proposals").title == \
        "Kiến nghị với tỉnh"
    for _ in range(4):
        page.undo_stack.undo()
    assert [s.key for s in ReportService(ws.db).get(draft.id).outline] == keys
    # the first heading cannot go below level 1: refused, nothing stored
    page.outline_view.selectRow(0)
    page.indent_section(1)
    assert ReportService(ws.db).get(draft.id).outline[0].level == 1


def test_issue_in_the_window_then_editing_is_refused(page: Any, ws: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    service = ReportService(ws.db)
    draft = next(r for r in service.list_reports(2026) if r.status is ReportStatus.DRAFT)
    page.select_report(draft.id)
    monkeypatch.setattr(IssueDialog, "ask", classmethod(
        lambda cls, serial, signer, earliest, parent=None: IssueAnswer(f"{serial}", date(2026, 9, 21), signer)))
    page.issue()
    issued = service.get(draft.id)
    assert issued.status is ReportStatus.ISSUED and issued.issued_on == date(2026, 9, 21)
    assert page.text_edit.isReadOnly() and not page.issue_button.isEnabled() and page.version_button.isEnabled()
    page.new_version()
    assert service.get(page.report.id).version == 2 and page.report.editable


def test_issue_dialog_checks_the_number_as_typed(qtbot: Any) -> None:
    d = IssueDialog(7, "Nguyễn Văn A", date(2026, 6, 14))
    qtbot.addWidget(d)
    ok = d.buttons.button(d.buttons.StandardButton.Ok)
    assert d.number.text() == "07" and ok.isEnabled()
    d.number.setText("abc")
    assert not ok.isEnabled() and d.problem.text()
    d.number.setText("12/BC-UBND")
    assert ok.isEnabled()


def test_new_report_dialog_refuses_a_period_ending_before_it_starts(qtbot: Any) -> None:
    d = NewReportDialog(2026)
    qtbot.addWidget(d)
    assert d.start.value() == date(2025, 12, 15) and d.end.value() == date(2026, 6, 14)
    d.end.set_value(date(2025, 12, 1))
    assert not d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()


def test_a_figure_opens_its_records(page: Any, ws: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _select_section(page, "disclosure")
    row = next(i for i, f in enumerate(page.figures_model.rows()) if f.code == "disclosures.total")
    page.figures_view.selectRow(row)
    fig = page.figures_model.row_at(row)
    shown: list[RecordsDialog] = []

    def fake_exec(self: RecordsDialog) -> int:
        shown.append(self)
        self.view.selectRow(0)
        self.open_selected()
        return 0

    monkeypatch.setattr(RecordsDialog, "exec", fake_exec)
    page.open_figure_records()
    assert shown[0].model.rowCount() == fig.value == len(fig.records)
    assert page.opened == [fig.records[0]]


def test_package_from_the_window(page: Any, ws: Any, tmp_path: Path) -> None:
    issued = next(r for r in ReportService(ws.db).list_reports(2026) if r.status is not ReportStatus.DRAFT)
    page.select_report(issued.id)
    opened: list[Path] = []
    page.open_folder = opened.append
    page.export("package", tmp_path / "out")
    assert opened and (opened[0] / "report.json").exists()
    assert "Báo cáo số" in QGuiApplication.clipboard().text()
    page.export("pdf", tmp_path / "bc.pdf")
    assert (tmp_path / "bc.pdf").read_bytes()[:4] == b"%PDF"


def test_choose_which_figures_print_under_a_heading(page: Any, ws: Any) -> None:
    draft = next(r for r in ReportService(ws.db).list_reports(2026) if r.status is ReportStatus.DRAFT)
    page.select_report(draft.id)
    _select_section(page, "plan")
    row = next(i for i, f in enumerate(page.figures_model.rows()) if f.code == "plan.late")
    page.figures_view.selectRow(row)
    page.toggle_figure()
    stored = next(s for s in ReportService(ws.db).get(draft.id).outline if s.key == "plan")
    assert stored.figures == ["plan.late"]
    built = next(s for s in ReportService(ws.db).content(draft.id).sections if s.key == "plan")
    assert [f.code for f in built.figures] == ["plan.late"]
    page.undo_stack.undo()
    assert next(s for s in ReportService(ws.db).get(draft.id).outline if s.key == "plan").figures == []


def test_set_a_deadline_in_the_calendar(page: Any, ws: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dancoso_desktop.ui.reports.dialogs import CalendarAnswer, CalendarDialog

    row = next(i for i, e in enumerate(page.calendar_model.rows()) if e.regime == "bc_year")
    page.calendar_view.selectRow(row)
    monkeypatch.setattr(CalendarDialog, "ask", classmethod(
        lambda cls, *a, **k: CalendarAnswer(date(2026, 12, 18), "Sở Nội vụ tỉnh Cao Bằng", "Chị Lan")))
    page.edit_calendar()
    entry = next(e for e in ReportService(ws.db).calendar(2026) if e.regime == "bc_year")
    assert (entry.deadline, entry.deadline_source, entry.recipient, entry.preparer) == \
        (date(2026, 12, 18), "officer", "Sở Nội vụ tỉnh Cao Bằng", "Chị Lan")
    # a deadline before the cut-off is refused by the dialog as you choose it
    d = CalendarDialog("x", date(2026, 12, 1), "", "", date(2026, 12, 14))
    assert not d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()
    d.deleteLater()


def test_the_window_opens_a_report_from_anywhere(qtbot: Any, ws: Any) -> None:
    from dancoso_desktop.ui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.set_year(2026)
    draft = next(r for r in ReportService(ws.db).list_reports(2026) if r.status is ReportStatus.DRAFT)
    assert window.open_record("report", draft.id)      # the page was never shown before
    page = window.pages.ensure("reports")
    assert window.pages.current_key() == "reports"
    assert page.report is not None and page.report.id == draft.id


def test_leave_a_row_out_of_the_annex(page: Any, ws: Any) -> None:
    draft = next(r for r in ReportService(ws.db).list_reports(2026) if r.status is ReportStatus.DRAFT)
    page.select_report(draft.id)
    row = next(i for i, f in enumerate(page.figures_model.rows()) if f.code == "plan.tasks")
    page.figures_view.selectRow(row)
    assert page.figures_model.data(page.figures_model.index(row, 4)) == "✓"
    page.toggle_annex()
    assert ReportService(ws.db).get(draft.id).annex_hidden == ["plan.tasks"]
    assert "plan.tasks" not in [a.code for a in ReportService(ws.db).content(draft.id).annex]
    row = next(i for i, f in enumerate(page.figures_model.rows()) if f.code == "plan.tasks")
    assert page.figures_model.data(page.figures_model.index(row, 4)) == "—"
