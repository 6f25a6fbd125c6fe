"""Spreadsheet helpers read back through openpyxl: types, not just strings."""

from __future__ import annotations

import os
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from dancoso_desktop.documents.xlsx_common import (
    MAX_CELL_CHARS,
    Column,
    TableWriter,
    new_workbook,
    percent,
    safe_text,
    save_workbook,
    sheet_title,
)
from dancoso_desktop.domain.errors import EnvironmentProblem, ValidationError

COLUMNS = [Column("STT", "integer"), Column("Nội dung"), Column("Ngày", "date"), Column("Tiến độ", "percent")]
HOSTILE = ["=1+1", "-5", "+84 912", "@x", "\tcmd", "=HYPERLINK(\"http://x\")"]


def _write(tmp_path: Path, rows: list[list[object]], *, write_only: bool, **kw: object) -> Path:
    wb = new_workbook(write_only=write_only, title="Thử")
    ws = wb.create_sheet("Sổ") if write_only else wb.active
    writer = TableWriter(ws, COLUMNS, title_lines=["ỦY BAN NHÂN DÂN XÃ BÌNH LƯ", "SỔ THEO DÕI"], **kw)  # type: ignore[arg-type]
    for i, row in enumerate(rows):
        writer.row(row, bold=i == 0, fill=i == 0, level=0 if i == 0 else 1)
    writer.finish()
    target = tmp_path / f"t{write_only}.xlsx"
    save_workbook(wb, target)
    return target


@pytest.mark.parametrize("write_only", [False, True])
def test_types_hostile_strings_and_layout(tmp_path: Path, write_only: bool) -> None:
    rows: list[list[object]] = [[i + 1, text, date(2026, 3, 9), percent(45)] for i, text in enumerate(HOSTILE)]
    rows.append([99, unicodedata.normalize("NFD", "Công khai\x00\x1b thôn"), datetime(2026, 1, 5, 8, 30), None])
    path = _write(tmp_path, rows, write_only=write_only, landscape=True)
    ws = load_workbook(path).worksheets[0]
    header = 4   # two title rows, one blank row
    assert [c.value for c in ws[header]] == ["STT", "Nội dung", "Ngày", "Tiến độ"]
    assert all(c.font.b and c.font.name == "Times New Roman" for c in ws[header])
    assert ws.freeze_panes == f"A{header + 1}"
    assert ws.auto_filter.ref == f"A{header}:D{header + len(rows)}"
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape"
    assert "&P" in ws.oddFooter.center.text
    assert "A1:D1" in {str(r) for r in ws.merged_cells.ranges}
    for i, text in enumerate(HOSTILE):
        cell = ws.cell(header + 1 + i, 2)
        assert cell.value == text and cell.data_type == "s" and cell.quotePrefix, text
        assert cell.font.name == "Times New Roman" and cell.alignment.wrap_text
        when = ws.cell(header + 1 + i, 3)
        assert isinstance(when.value, datetime) and when.is_date and when.number_format == "dd/mm/yyyy"
        pct = ws.cell(header + 1 + i, 4)
        assert pct.value == 0.45 and pct.data_type == "n" and pct.number_format == "0%"
        assert ws.cell(header + 1 + i, 1).data_type == "n"
    last = header + len(rows)
    assert ws.cell(last, 2).value == "Công khai thôn"           # NFC, control characters gone
    assert ws.cell(last, 3).number_format == "dd/mm/yyyy hh:mm"
    assert ws.cell(header + 1, 2).font.b and ws.cell(header + 2, 2).font.b is False
    assert ws.row_dimensions[header + 2].outlineLevel == 1
    assert ws.column_dimensions["B"].width >= 8


def test_fitted_widths_follow_the_content(tmp_path: Path) -> None:
    path = _write(tmp_path, [[1, "x" * 40, None, None], [2, "y" * 500, None, None]], write_only=False)
    ws = load_workbook(path).active
    assert ws.column_dimensions["B"].width == 60          # capped, the text wraps
    assert 6 <= ws.column_dimensions["A"].width < 12


def test_a_cell_over_excels_limit_is_refused_not_cut(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    target.write_bytes(b"old")
    wb = new_workbook()
    writer = TableWriter(wb.active, COLUMNS)
    writer.row([1, "a" * MAX_CELL_CHARS])                  # exactly the limit is fine
    with pytest.raises(ValidationError) as err:
        writer.row([2, "b" * (MAX_CELL_CHARS + 1)])
    assert "(cột “Nội dung”, dòng 3)" in err.value.vi and "32.768 ký tự" in err.value.vi
    assert "(column “Nội dung”, row 3)" in err.value.en and "32,767" in err.value.en
    assert target.read_bytes() == b"old"


def test_save_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "t.xlsx"
    target.write_bytes(b"old")
    wb = new_workbook()
    TableWriter(wb.active, COLUMNS).finish()

    def locked(*_a: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(EnvironmentProblem):
        save_workbook(wb, target)
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["t.xlsx"]


def test_sheet_titles_and_percent() -> None:
    assert sheet_title("Quý I/2026: [công khai]*?") == "Quý I-2026- -công khai---"[:31]
    assert len(sheet_title("x" * 50)) == 31 and sheet_title("  ") == "Sheet"
    assert percent(45) == 0.45 and percent(150) == 1.0 and percent(None) is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_text_survives_a_round_trip(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    tmp = tmp_path_factory.mktemp("x")
    path = _write(tmp, [[1, text, None, None]], write_only=True)
    cell = load_workbook(path).worksheets[0].cell(5, 2)
    expected = safe_text(text)
    assert (cell.value or "") == expected
    if expected:
        assert cell.data_type == "s"


def test_a_date_in_a_text_column_still_shows_as_a_date(tmp_path: Path) -> None:
    wb = new_workbook()
    writer = TableWriter(wb.active, [Column("Ghi chú"), Column("Số", "integer")])
    writer.row([date(2026, 3, 9), True])
    writer.finish()
    save_workbook(wb, tmp_path / "d.xlsx")
    ws = load_workbook(tmp_path / "d.xlsx").active
    assert ws.cell(2, 1).is_date and ws.cell(2, 1).number_format == "dd/mm/yyyy"
    assert ws.cell(2, 2).value is True
