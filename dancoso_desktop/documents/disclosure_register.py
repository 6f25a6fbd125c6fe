"""The register as a spreadsheet (sổ theo dõi công khai), streamed for 100,000 rows.

Written with XlsxWriter in constant-memory mode: each row goes to disk as it comes, so memory
stays flat and the file takes little more than the library's own floor (issue 4 asks ≤ 1.6× it;
openpyxl's write-only mode measured about 2× on the same rows). The look follows the house table
style of documents.xlsx_common (design.md §4): Times New Roman, a title block, a bold grey
header row frozen with filters, thin borders, wrapped text, real dates as dd/mm/yyyy, A4
landscape fitted to the page width with the header repeated and "Trang x/y" in the footer.
Text goes through the same safety as every spreadsheet: NFC, no control characters, never cut
(over Excel's cell limit is refused), and "= + - @"-starting text stays text (quote prefix).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from dancoso_desktop.documents.xlsx_common import (
    DATE_FORMAT,
    FONT_NAME,
    check_length,
    looks_like_formula,
    safe_text,
    sheet_title,
)
from dancoso_desktop.fileio import atomic_target


@dataclass(frozen=True)
class RegisterColumn:
    header: str
    kind: str = "text"      # text | date | integer
    width: float = 12


REGISTER_COLUMNS = (
    RegisterColumn("STT", "integer", 7),
    RegisterColumn("Nội dung (Điều 11)", "integer", 10),
    RegisterColumn("Tên nội dung", width=22),
    RegisterColumn("Thông tin công khai", width=48),
    RegisterColumn("Văn bản", width=24),
    RegisterColumn("Ngày ban hành", "date", 12),
    RegisterColumn("Công khai từ ngày", "date", 12),
    RegisterColumn("Đến ngày", "date", 13),
    RegisterColumn("Hình thức (Điều 12)", width=12),
    RegisterColumn("Đơn vị phụ trách", width=24),
    RegisterColumn("Trạng thái", width=13),
    RegisterColumn("Kiểm tra theo luật", width=34),
    RegisterColumn("Còn niêm yết", width=9),
)

_BASE = {"font_name": FONT_NAME, "font_size": 11, "border": 1, "valign": "top"}


def _formats(wb: Any) -> dict[str, Any]:
    return {
        "title": wb.add_format({"font_name": FONT_NAME, "font_size": 13, "bold": True, "align": "center",
                                "valign": "vcenter", "text_wrap": True}),
        "subtitle": wb.add_format({"font_name": FONT_NAME, "font_size": 11, "italic": True, "align": "center",
                                   "valign": "vcenter", "text_wrap": True}),
        "header": wb.add_format({**_BASE, "bold": True, "align": "center", "valign": "vcenter",
                                 "text_wrap": True, "bg_color": "#D9D9D9"}),
        "text": wb.add_format({**_BASE, "text_wrap": True}),
        "quoted": wb.add_format({**_BASE, "text_wrap": True, "quote_prefix": True}),
        "date": wb.add_format({**_BASE, "num_format": DATE_FORMAT, "align": "center"}),
        "date_text": wb.add_format({**_BASE, "align": "center", "text_wrap": True}),
        "integer": wb.add_format({**_BASE, "num_format": "0", "align": "center"}),
    }


def write_register_xlsx(target: Path, rows: Iterable[Sequence[Any]], *, issuing_body: str, year: int | None,
                        subtitle: str = "") -> int:
    """Write the register; ``rows`` are the values of REGISTER_COLUMNS after the STT."""
    title = f"SỔ THEO DÕI CÔNG KHAI THÔNG TIN NĂM {year}" if year else "SỔ THEO DÕI CÔNG KHAI THÔNG TIN"
    last_col = len(REGISTER_COLUMNS) - 1
    count = 0
    with atomic_target(Path(target)) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_numbers": False, "strings_to_urls": False})
        try:
            wb.set_properties({"title": safe_text(title.capitalize()), "author": "dancoso_desktop"})
            fmt = _formats(wb)
            ws = wb.add_worksheet(sheet_title(f"Công khai {year}" if year else "Công khai"))
            for i, col in enumerate(REGISTER_COLUMNS):
                ws.set_column(i, i, col.width)
            lines = [(safe_text(issuing_body), "title"), (title, "title")]
            if subtitle:
                lines.append((safe_text(subtitle), "subtitle"))
            for r, (text, style) in enumerate(lines):
                ws.merge_range(r, 0, r, last_col, text, fmt[style])
                ws.set_row(r, 20 if style == "title" else 30)   # the legend wraps on two lines
            header_row = len(lines) + 1
            ws.set_row(header_row, 32)
            for c, col in enumerate(REGISTER_COLUMNS):
                ws.write_string(header_row, c, col.header, fmt["header"])
            ws.freeze_panes(header_row + 1, 0)
            ws.repeat_rows(header_row)
            ws.set_landscape()
            ws.set_paper(9)                 # A4
            ws.fit_to_pages(1, 0)           # every column on the page width, as many pages down
            ws.set_margins(left=0.6, right=0.4, top=0.6, bottom=0.6)
            ws.set_footer("&C&\"Times New Roman,Regular\"&11Trang &P/&N")
            ws.center_horizontally()
            r = header_row
            clean = _CleanText()
            for count, values in enumerate(rows, start=1):
                r += 1
                _write_row(ws, fmt, r, [count, *values], clean)
            ws.autofilter(header_row, 0, max(r, header_row), last_col)
        finally:
            wb.close()
    return count


LINE_HEIGHT = 15.0       # points per line of 11 pt Times New Roman
_WRAPPED = [(i, max(1, int(col.width * 1.15))) for i, col in enumerate(REGISTER_COLUMNS)
            if col.kind == "text" and col.width >= 20]


def _row_height(values: Sequence[Any]) -> float | None:
    """Rows are written before any program could fit them: estimate the wrapped lines of the
    wide text columns so long titles are not drawn over the next row."""
    lines = 1
    for i, per_line in _WRAPPED:
        value = values[i] if i < len(values) else None
        if isinstance(value, str) and (len(value) > per_line or "\n" in value):
            lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in value.split("\n")))
    return LINE_HEIGHT * lines if lines > 1 else None


class _CleanText:
    """safe_text / length check / formula test, remembered per distinct string: a register
    repeats the same content names, units, states and titles many thousand times."""

    def __init__(self, limit: int = 50_000) -> None:
        self.cache: dict[str, tuple[str, bool]] = {}
        self.limit = limit

    def __call__(self, value: str, column: str, row: int) -> tuple[str, bool]:
        hit = self.cache.get(value)
        if hit is None:
            text = check_length(safe_text(value), column=column, row=row)
            hit = (text, looks_like_formula(text))
            if len(self.cache) >= self.limit:
                self.cache.clear()
            self.cache[value] = hit
        return hit


def _write_row(ws: Any, fmt: dict[str, Any], r: int, values: Sequence[Any], clean: _CleanText) -> None:
    height = _row_height(values)
    if height is not None:
        ws.set_row(r, height)
    for c, value in enumerate(values):
        col = REGISTER_COLUMNS[c]
        if value is None or value == "":
            ws.write_blank(r, c, None, fmt["date" if col.kind == "date" else "text"])
        elif isinstance(value, str):
            text, quoted = clean(value, col.header, r + 1)
            style = "quoted" if quoted else ("date_text" if col.kind == "date" else "text")
            ws.write_string(r, c, text, fmt[style])
        elif isinstance(value, bool):
            ws.write_string(r, c, "Có" if value else "", fmt["text"])
        elif isinstance(value, int):
            ws.write_number(r, c, value, fmt["integer"])
        elif isinstance(value, date):
            ws.write_datetime(r, c, value, fmt["date"])
        else:
            text, quoted = clean(str(value), col.header, r + 1)
            ws.write_string(r, c, text, fmt["quoted" if quoted else "text"])
