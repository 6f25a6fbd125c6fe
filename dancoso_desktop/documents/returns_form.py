"""The return form a unit fills in Excel or LibreOffice (issue 14 item 1).

Sheet "Tiến độ": a title block, one header row (repeated on every printed page) and one row per
content the unit leads or coordinates: code (hidden column), number, title, role and time frame
read-only; status, progress %, completion date, what was done, difficulties and proposals to
fill. Sheet "Số liệu": the unit's own figures. A very hidden sheet holds the key (JSON text)
that lets the app recognise the file when it comes back.

Cells to fill are unlocked and every sheet is protected without a password: a guard against
slips (typing over a title), not security. Status and % carry data validation as a warning
(Excel and LibreOffice both honour it), so a person may still type "xong" and the app reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dancoso_desktop.documents.xlsx_common import (
    DATE_FORMAT,
    FONT_NAME,
    HEADER_FILL_COLOR,
    SECTION_FILL_COLOR,
    check_length,
    looks_like_formula,
    new_workbook,
    safe_text,
    save_workbook,
)
from dancoso_desktop.domain.returns import COLUMNS, FIGURES, FILL_COLUMNS, KEY_SHEET, STATUS_CHOICES

SHEET_PROGRESS = "Tiến độ"
SHEET_FIGURES = "Số liệu"
HEADER_ROW = 6
FIGURES_HEADER_ROW = 4
FIGURE_COLUMNS = (("code", "Mã"), ("label", "Chỉ tiêu"), ("unit", "Đơn vị tính"), ("value", "Số liệu"),
                  ("note", "Ghi chú"))
_WIDTHS = {"id": 6, "number": 8, "title": 48, "role": 10, "timeframe": 18, "status": 16, "progress": 10,
           "done_on": 13, "done": 40, "difficulties": 32, "proposals": 32}
_KEY_CHUNK = 30_000


@dataclass(frozen=True)
class FormRow:
    section_id: int
    number: str
    title: str
    role: str              # "Chủ trì" | "Phối hợp"
    timeframe: str
    status: str            # Vietnamese label of the current status
    progress: int
    heading: bool = False  # a parent content shown for context (not to fill)


def _put(ws: Any, row: int, col: int, value: Any, *, bold: bool = False, fill: str | None = None,
         locked: bool = True, wrap: bool = True, fmt: str | None = None, center: bool = False,
         border: bool = True, size: float = 11) -> Any:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = check_length(safe_text(value), row=row)
        cell._value = text        # bound directly: a leading "=" stays text, never a formula
        cell.data_type = "s"
        if looks_like_formula(text):
            cell.quotePrefix = True
    else:
        cell.value = value
    cell.font = Font(name=FONT_NAME, size=size, bold=bold)
    cell.alignment = Alignment(wrap_text=wrap, vertical="top" if not center else "center",
                               horizontal="center" if center else None)
    if border:
        thin = Side(style="thin", color="000000")
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    if fill:
        cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
    if fmt:
        cell.number_format = fmt
    cell.protection = Protection(locked=locked)
    return cell


def write_return_form(target: Path, *, title_lines: list[str], rows: list[FormRow], key_text: str,
                      figures_title: str) -> None:
    """Write one unit's form to ``target`` (atomically)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = new_workbook(title=title_lines[1] if len(title_lines) > 1 else "")
    ws = wb.active
    ws.title = SHEET_PROGRESS
    ncols = len(COLUMNS)
    last = get_column_letter(ncols)
    for i, line in enumerate(title_lines[: HEADER_ROW - 2], start=1):
        _put(ws, i, 1, line, bold=i <= 2, border=False, center=i <= 2, size=13 if i == 2 else 11)
        ws.merged_cells.add(f"A{i}:{last}{i}")
    for col, (key, header) in enumerate(COLUMNS, start=1):
        _put(ws, HEADER_ROW, col, header, bold=True, fill=HEADER_FILL_COLOR, center=True)
        ws.column_dimensions[get_column_letter(col)].width = _WIDTHS[key]
    ws.column_dimensions["A"].hidden = True
    fill_cols = {key: i for i, (key, _) in enumerate(COLUMNS, start=1)}
    status_dv = DataValidation(type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"', allow_blank=True,
                               errorStyle="warning", showErrorMessage=True,
                               error="Chọn một tình trạng trong danh sách.", errorTitle="Tình trạng")
    pct_dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="1", allow_blank=True,
                            errorStyle="warning", showErrorMessage=True,
                            error="Tiến độ từ 0% đến 100%.", errorTitle="Tiến độ")
    date_dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                             errorStyle="warning", showErrorMessage=True,
                             error="Nhập ngày theo dạng ngày/tháng/năm.", errorTitle="Ngày hoàn thành")
    for dv in (status_dv, pct_dv, date_dv):
        ws.add_data_validation(dv)
    r = HEADER_ROW
    for form_row in rows:
        r += 1
        fill = SECTION_FILL_COLOR if form_row.heading else None
        _put(ws, r, 1, form_row.section_id, fill=fill)
        _put(ws, r, 2, form_row.number, fill=fill, bold=form_row.heading)
        _put(ws, r, 3, form_row.title, fill=fill, bold=form_row.heading)
        _put(ws, r, 4, "" if form_row.heading else form_row.role, fill=fill)
        _put(ws, r, 5, form_row.timeframe, fill=fill)
        for key in FILL_COLUMNS:
            col = fill_cols[key]
            if form_row.heading:
                _put(ws, r, col, None, fill=fill)
                continue
            value: Any = None
            fmt = None
            if key == "status":
                value = form_row.status
            elif key == "progress":
                value, fmt = form_row.progress / 100, "0%"
            elif key == "done_on":
                fmt = DATE_FORMAT
            _put(ws, r, col, value, locked=False, fmt=fmt, center=key in ("status", "progress", "done_on"))
        if not form_row.heading:
            status_dv.add(f"{get_column_letter(fill_cols['status'])}{r}")
            pct_dv.add(f"{get_column_letter(fill_cols['progress'])}{r}")
            date_dv.add(f"{get_column_letter(fill_cols['done_on'])}{r}")
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _print_a4(ws)
    _protect(ws)

    wf = wb.create_sheet(SHEET_FIGURES)
    _put(wf, 1, 1, figures_title, bold=True, border=False, size=13)
    wf.merged_cells.add("A1:E1")
    _put(wf, 2, 1, "Điền số liệu của đơn vị trong kỳ báo cáo vào cột «Số liệu».", border=False)
    wf.merged_cells.add("A2:E2")
    for col, (_, header) in enumerate(FIGURE_COLUMNS, start=1):
        _put(wf, FIGURES_HEADER_ROW, col, header, bold=True, fill=HEADER_FILL_COLOR, center=True)
    for letter, width in zip("ABCDE", (14, 60, 12, 12, 40), strict=True):
        wf.column_dimensions[letter].width = width
    wf.column_dimensions["A"].hidden = True
    count_dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                              errorStyle="warning", showErrorMessage=True, error="Nhập số nguyên không âm.")
    wf.add_data_validation(count_dv)
    for i, (code, label, unit) in enumerate(FIGURES, start=FIGURES_HEADER_ROW + 1):
        _put(wf, i, 1, code)
        _put(wf, i, 2, label)
        _put(wf, i, 3, unit, center=True)
        _put(wf, i, 4, None, locked=False, fmt="#,##0")
        _put(wf, i, 5, None, locked=False)
        count_dv.add(f"D{i}")
    wf.print_title_rows = f"{FIGURES_HEADER_ROW}:{FIGURES_HEADER_ROW}"
    _print_a4(wf, landscape=False)
    _protect(wf)

    wk = wb.create_sheet(KEY_SHEET)
    for i in range(0, max(1, len(key_text)), _KEY_CHUNK):
        cell = wk.cell(row=i // _KEY_CHUNK + 1, column=1)
        cell._value = key_text[i:i + _KEY_CHUNK]
        cell.data_type = "s"
    wk.sheet_state = "veryHidden"
    _protect(wk)
    wb.active = 0
    save_workbook(wb, target)


def _print_a4(ws: Any, *, landscape: bool = True) -> None:
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "Trang &P/&N"


def _protect(ws: Any) -> None:
    # No password: a guard against slips. Widths and row heights may still be changed.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.formatCells = False
