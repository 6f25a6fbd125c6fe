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
from datetime import date, datetime
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
    xlsxwriter_table_page,
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
            xlsxwriter_table_page(ws, header_row, [col.header for col in REGISTER_COLUMNS], fmt["header"])
            r = header_row
            write_row = _RowWriter(ws, fmt, _CleanText())
            for count, values in enumerate(rows, start=1):
                r += 1
                write_row(r, [count, *values])
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


def _cell_writers(ws: Any) -> tuple[Any, Any, Any]:
    """XlsxWriter's write_string/write_number/write_blank each pass through a decorator that
    accepts "A1" cell names, then call the undecorated _write_string/_write_number/_write_blank
    with the same (row, col, value, format). We always give (row, col): for 1.3 million cells
    the two extra calls per cell are a tenth of the export, so the undecorated ones are used
    when they are there with that signature (checked once, here); else the public ones."""
    import inspect

    try:
        private = (ws._write_string, ws._write_number, ws._write_blank)
        if all(list(inspect.signature(f).parameters)[:2] == ["row", "col"]
               and len(inspect.signature(f).parameters) == 4 for f in private):
            return private
    except (AttributeError, TypeError, ValueError):
        pass
    return ws.write_string, ws.write_number, ws.write_blank


_EXCEL_EPOCH = date(1899, 12, 30)     # day 0 of Excel's 1900 date system (dates after 1900-03-01)


class _RowWriter:
    """Writes one register row a cell at a time, with the per-cell decisions taken once.

    Most of the export's time is the writer's own (XlsxWriter builds each cell's XML in
    Python); what is ours is kept small: each column's formats are looked up once, repeated
    strings are cleaned once (_CleanText's cache, read inline), dates become Excel day numbers
    through a cache (the cell XML write_datetime makes, without its per-call conversion)."""

    def __init__(self, ws: Any, fmt: dict[str, Any], clean: _CleanText) -> None:
        self.ws = ws
        self.write_string, self.write_number, self.write_blank = _cell_writers(ws)
        self.clean = clean
        self.serials: dict[date, int] = {}
        # Per column: (header, blank format, text format, quoted-text format).
        self.columns = [(c.header, fmt["date" if c.kind == "date" else "text"],
                         fmt["date_text" if c.kind == "date" else "text"], fmt["quoted"]) for c in REGISTER_COLUMNS]
        self.fmt_text, self.fmt_integer, self.fmt_date = fmt["text"], fmt["integer"], fmt["date"]

    def serial(self, day: date) -> int:
        n = self.serials.get(day)
        if n is None:
            n = self.serials[day] = (day - _EXCEL_EPOCH).days
        return n

    def __call__(self, r: int, values: Sequence[Any]) -> None:
        ws = self.ws
        write_string, write_number, write_blank = self.write_string, self.write_number, self.write_blank
        cache, serials = self.clean.cache, self.serials
        height = _row_height(values)
        if height is not None:
            ws.set_row(r, height)
        c = 0
        for value, (header, blank, text_fmt, quoted_fmt) in zip(values, self.columns, strict=False):
            kind = type(value)
            if kind is str:
                if value:
                    hit = cache.get(value) or self.clean(value, header, r + 1)
                    write_string(r, c, hit[0], quoted_fmt if hit[1] else text_fmt)
                else:
                    write_blank(r, c, None, blank)
            elif kind is int:
                write_number(r, c, value, self.fmt_integer)
            elif kind is date:
                n = serials.get(value)
                write_number(r, c, n if n is not None else self.serial(value), self.fmt_date)
            elif value is None:
                write_blank(r, c, None, blank)
            else:
                self.other(r, c, value, header, text_fmt, quoted_fmt)
            c += 1

    def other(self, r: int, c: int, value: Any, header: str, text_fmt: Any, quoted_fmt: Any) -> None:
        """The rarer kinds: booleans, datetimes, subclasses, anything else as text."""
        if isinstance(value, bool):
            self.ws.write_string(r, c, "Có" if value else "", self.fmt_text)
        elif isinstance(value, datetime):
            self.ws.write_datetime(r, c, value, self.fmt_date)
        elif isinstance(value, date):
            self.ws.write_number(r, c, self.serial(value), self.fmt_date)
        elif isinstance(value, int):
            self.ws.write_number(r, c, value, self.fmt_integer)
        else:
            text, quoted = self.clean(str(value), header, r + 1)
            self.ws.write_string(r, c, text, quoted_fmt if quoted else text_fmt)
