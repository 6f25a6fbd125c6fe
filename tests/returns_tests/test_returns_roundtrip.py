"""Return forms written, filled the way a person would, and read back to the exact changes."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from clients import require_program
from sqlalchemy import func, select

from dancoso_desktop.documents.returns_form import HEADER_ROW, SHEET_FIGURES, SHEET_PROGRESS
from dancoso_desktop.domain.plan import Status
from dancoso_desktop.domain.returns import KEY_SHEET
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.returns_service import apply_returns, read_returns, returns_status, undo_import
from dancoso_desktop.storage.returns_tables import UnitReturnRow, UnitReturnValueRow
from returns_tests.helpers import YEAR, data_rows, setup_plan, write_forms


@pytest.fixture
def setup(workspace):  # type: ignore[no-untyped-def]
    return setup_plan(workspace)


def test_forms_hold_the_units_contents_key_protection_validation_and_print(workspace, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    forms = write_forms(workspace, tmp_path)
    assert set(forms) == {setup["hamlet"], setup["office"]}      # the idle unit has no content
    assert forms[setup["hamlet"]].name == "Bao cao 6 tháng năm 2026 - Thôn Nà Sáng.xlsx"
    wb = openpyxl.load_workbook(forms[setup["hamlet"]])
    ws = wb[SHEET_PROGRESS]
    rows = data_rows(ws)
    assert set(rows) >= {"Công khai thông tin", "Họp thôn bàn việc làm đường", "Tuyên truyền pháp luật", "NỘI DUNG"}
    r = rows["Công khai thông tin"]
    assert ws.cell(r, 4).value == "Phối hợp" and ws.cell(rows["Họp thôn bàn việc làm đường"], 4).value == "Chủ trì"
    assert ws.cell(r, 5).value == "Trước ngày 31/05/2026"
    assert ws.protection.sheet and not ws.protection.password
    assert ws.cell(r, 3).protection.locked and not ws.cell(r, 6).protection.locked
    assert ws.column_dimensions["A"].hidden
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}" and ws.page_setup.paperSize == 9
    kinds = {dv.type for dv in ws.data_validations.dataValidation}
    assert {"list", "decimal", "date"} <= kinds
    assert wb[KEY_SHEET].sheet_state == "veryHidden"
    assert "Thôn Nà Sáng" in wb[KEY_SHEET]["A1"].value
    assert wb[SHEET_FIGURES].protection.sheet


def _fill(path: Path, values: dict[str, dict[int, object]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_PROGRESS]
    rows = data_rows(ws)
    for title, cells in values.items():
        for col, value in cells.items():
            ws.cell(rows[title], col).value = value
    wb[SHEET_FIGURES]["D5"] = 3
    wb.save(path)


def test_round_trip_reads_back_the_exact_changes_then_applies_and_undoes(workspace, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    forms = write_forms(workspace, tmp_path)
    path = forms[setup["hamlet"]]
    _fill(path, {"Họp thôn bàn việc làm đường": {6: "Đã hoàn thành", 7: 1, 8: date(2026, 5, 20), 9: "Đã họp 2 lần"},
                 "Tuyên truyền pháp luật": {6: "Đang thực hiện", 7: 0.4, 10: "Thiếu kinh phí", 11: "Hỗ trợ tài liệu"},
                 "Công khai thông tin": {9: "Niêm yết tại nhà văn hóa"}})
    preview = read_returns(workspace.db, [path])
    [f] = preview.files
    assert f.state == "ok" and f.unit == "Thôn Nà Sáng" and f.period == "6m"
    assert [p for p in f.problems if p.severity == "error"] == []
    got = {(c.title, c.field, c.old, c.new) for c in preview.changes}
    assert got == {("Họp thôn bàn việc làm đường", "status", "Chưa thực hiện", "Đã hoàn thành"),
                   ("Họp thôn bàn việc làm đường", "progress", "0%", "100%"),
                   ("Tuyên truyền pháp luật", "status", "Chưa thực hiện", "Đang thực hiện"),
                   ("Tuyên truyền pháp luật", "progress", "0%", "40%")}
    assert f.figures == {"meetings": 3}
    ids = setup["ids"]
    result = apply_returns(workspace.db, preview)
    assert result.returns == 1 and result.changes == 4
    svc = PlanService(workspace.db)
    road = svc.get_section(ids["Họp thôn bàn việc làm đường"])
    assert (road.status, road.progress) == (Status.DONE, 100)
    assert svc.get_section(ids["Tuyên truyền pháp luật"]).progress == 40
    # the coordinating unit's text is kept, not applied to the lead unit's status
    assert svc.get_section(ids["Công khai thông tin"]).status is Status.NOT_STARTED
    with workspace.db.session() as s:
        kept = {r.title: (r.done, r.difficulties, r.proposals, r.done_on)
                for r in s.scalars(select(UnitReturnValueRow))}
    assert kept["Công khai thông tin"][0] == "Niêm yết tại nhà văn hóa"
    assert kept["Tuyên truyền pháp luật"][1:3] == ("Thiếu kinh phí", "Hỗ trợ tài liệu")
    assert kept["Họp thôn bàn việc làm đường"][3] == date(2026, 5, 20)
    status = returns_status(workspace.db, YEAR, "6m")
    assert (status.expected, status.returned) == (2, 1)
    assert [u.unit for u in status.missing] == ["Văn phòng HĐND-UBND"]
    assert status.deadline == date(YEAR, 6, 5)     # the units' deadline, not the commune's 18/6

    undo_import(workspace.db, result.batch)
    road = svc.get_section(ids["Họp thôn bàn việc làm đường"])
    assert (road.status, road.progress) == (Status.NOT_STARTED, 0)
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(UnitReturnRow)) == 0
    assert returns_status(workspace.db, YEAR, "6m").returned == 0


@pytest.mark.libreoffice
def test_round_trip_through_libreoffice(workspace, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    soffice = require_program("soffice")
    forms = write_forms(workspace, tmp_path / "out")
    src = forms[setup["hamlet"]]
    conv = tmp_path / "conv"
    conv.mkdir()
    ods = conv / "form.ods"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "ods",
                    "--outdir", str(conv), str(src)], check=True, timeout=180, capture_output=True)
    (conv / (src.stem + ".ods")).rename(ods)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "xlsx",
                    "--outdir", str(conv), str(ods)], check=True, timeout=180, capture_output=True)
    back = conv / "form.xlsx"
    _fill(back, {"Họp thôn bàn việc làm đường": {6: "Đã hoàn thành"}})
    preview = read_returns(workspace.db, [back])
    assert preview.files[0].state == "ok", preview.files[0].problems
    assert {(c.field, c.new) for c in preview.changes} == {("status", "Đã hoàn thành"), ("progress", "100%")}


def test_report_figures_and_due_list(workspace, setup, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
    from dancoso_desktop.services import report_sources

    forms = write_forms(workspace, tmp_path)
    apply_returns(workspace.db, read_returns(workspace.db, [forms[setup["hamlet"]]]), received=datetime(2026, 6, 1))
    [c] = [c for c in report_sources.collect(workspace.db, ReportPeriod.default(YEAR, ReportKind.SIX_MONTHS))
           if c.source == "returns"]
    values = {f.code: f.value for f in c.figures}
    assert values == {"returns.expected": 2, "returns.returned": 1, "returns.on_time": 1, "returns.late": 0,
                      "returns.missing": 1}
    assert all(f.value == len(f.records) for f in c.figures)
    assert c.statements[0].slot == "returns" and c.statements[0].text_vi.startswith("1/2 đơn vị đã báo cáo")
    items = [i for i in report_sources.due_items(workspace.db, date(YEAR, 6, 10), date(YEAR, 6, 30))
             if i.source == "returns"]
    assert [(i.title, i.due) for i in items] == [("Văn phòng HĐND-UBND: báo cáo 6 tháng năm 2026", date(YEAR, 6, 5))]
    assert items[0].overdue(date(YEAR, 6, 10))
