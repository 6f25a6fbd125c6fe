"""Helpers for every spreadsheet the app writes (design.md §4: XLSX).

One ``TableWriter`` gives a titled table the look and safety the province expects: Times New
Roman, a bold frozen header row with filters, wrapped text, fitted column widths, real dates
('dd/mm/yyyy') and percentages ('0%') as numbers, A4 print setup (portrait or landscape) with the
header row repeated on every page and "Trang x/y" in the footer. It works on a normal worksheet
and on a ``Workbook(write_only=True)`` one (the disclosure register streams 100,000 rows):
every cell is a ``WriteOnlyCell`` appended with ``ws.append``, which both kinds accept, and the
styles are pre-built once per kind so a row costs a few attribute writes.

Safety of cell text (``safe_text``/``text_cell``): NFC; control characters (other than tab and
newline) and lone surrogates removed; a string starting with ``= + - @`` or a tab is kept as
text (``data_type='s'`` and ``quotePrefix``), so neither Excel nor LibreOffice runs it as a
formula. Excel's limit of 32,767 characters per cell: we never cut silently. The decision is to
refuse with a ``ValidationError`` that names the column and row — a continuation cell would
break the table's columns, filters and sorting, and a register field that long is a mistake the
officer should see and shorten.

Write the file with ``save_workbook(wb, target)`` (temp file beside the target, then renamed).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import format_number
from dancoso_desktop.fileio import atomic_target

if TYPE_CHECKING:
    from openpyxl import Workbook

# openpyxl is imported on first use, not at import time: every command of the CLI imports the
# modules that build spreadsheets, and most never write one (≈0.2 s of start-up saved).

FONT_NAME = "Times New Roman"
MAX_CELL_CHARS = 32_767          # Excel's hard limit per cell
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
PERCENT_FORMAT = "0%"
INTEGER_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.##"

# Tab (\t) and newline stay: a tab may start a hostile string (kept as text below), a newline
# is a line break inside a wrapped cell. Everything else below 0x20, DEL and C1 controls, and
# zero-width marks from copy-paste never reach the file (XML forbids most of them anyway).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ufffe\uffff"
                      r"\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "@", "\t")

SECTION_FILL_COLOR = "E7EEF7"    # section rows of a tracking table
HEADER_FILL_COLOR = "D9D9D9"     # the header row


def _border() -> Any:
    from openpyxl.styles import Border, Side

    thin = Side(style="thin", color="000000")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def _fill(color: str) -> Any:
    from openpyxl.styles import PatternFill

    return PatternFill("solid", start_color=color, end_color=color)


def safe_text(value: str) -> str:
    """NFC text without control characters (tab and newline kept); '\\r\\n' becomes '\\n'."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", value))


def looks_like_formula(text: str) -> bool:
    """True for text Excel or LibreOffice would read as a formula (starts with = + - @ or tab)."""
    return text.startswith(_FORMULA_START)


def check_length(text: str, *, column: str = "", row: int | None = None) -> str:
    """Refuse (never cut) text longer than an Excel cell holds; the message names the cell."""
    if len(text) > MAX_CELL_CHARS:
        at_vi = at_en = ""
        if column or row:
            at_vi = " (" + ", ".join(x for x in (f"cột “{column}”" if column else "",
                                                 f"dòng {row}" if row else "") if x) + ")"
            at_en = " (" + ", ".join(x for x in (f"column “{column}”" if column else "",
                                                 f"row {row}" if row else "") if x) + ")"
        raise ValidationError(
            f"Một ô có {format_number(len(text))} ký tự{at_vi}, quá giới hạn "
            f"{format_number(MAX_CELL_CHARS)} ký tự của Excel. Hãy rút ngắn nội dung này rồi xuất "
            "lại; không có tệp nào bị ghi.",
            f"A cell has {len(text):,} characters{at_en}, over Excel's limit of {MAX_CELL_CHARS:,}. "
            "Shorten it and export again; no file was written.",
            field="xlsx")
    return text


def text_cell(ws: Any, value: str, *, column: str = "", row: int | None = None) -> Any:
    """A cell holding ``value`` as safe text; hostile starts stay text (type 's', quotePrefix)."""
    from openpyxl.cell import WriteOnlyCell

    text = check_length(safe_text(value), column=column, row=row)
    cell = WriteOnlyCell(ws, text)
    if looks_like_formula(text):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def excel_value(value: Any, *, column: str = "", row: int | None = None) -> Any:
    """A plain value openpyxl may store as it is: text is made safe (see ``safe_text``);
    bool, int, float, date and datetime pass; anything else is written as its text."""
    if value is None or isinstance(value, bool | int | float | date):
        return value
    return check_length(safe_text(str(value)), column=column, row=row)


@dataclass(frozen=True)
class Column:
    """One column of a table.

    kind: ``text`` | ``date`` (date/datetime, shown dd/mm/yyyy) | ``percent`` (a fraction:
    0.45 is shown 45%) | ``integer`` | ``number``. width: in Excel characters; None fits it to
    the content (normal worksheets) or to header and sample rows (write-only worksheets).
    """

    header: str
    kind: str = "text"
    width: float | None = None
    wrap: bool = True
    max_width: float = 60.0
    min_width: float = 6.0
    align: str | None = None      # left | center | right; default by kind


_KIND_FORMAT = {"date": DATE_FORMAT, "percent": PERCENT_FORMAT, "integer": INTEGER_FORMAT,
                "number": NUMBER_FORMAT}


def percent(progress: int | float | None) -> float | None:
    """0–100 progress as the fraction Excel stores for a '0%' cell (45 → 0.45)."""
    return None if progress is None else max(0.0, min(100.0, float(progress))) / 100.0


def _text_width(text: str) -> float:
    longest = max((len(line) for line in text.split("\n")), default=0)
    return longest * 1.1 + 2


def _data_type(value: Any) -> str:
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return "n"
    if isinstance(value, bool):
        return "b"
    return "d"      # date or datetime


def _display(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "date":
        return "00/00/0000"
    if kind == "percent":
        return "100%"
    return str(value)


class TableWriter:
    """Write a titled table into a worksheet (normal or write-only) with the house style.

    Call order: ``TableWriter(ws, columns, title_lines=…)`` → ``row(...)`` per row →
    ``finish()`` → ``save_workbook(wb, target)``. Rows may carry ``bold``, a ``fill`` and an
    Excel outline ``level`` (1–7, grouping shown with the summary row above its children).
    """

    def __init__(self, ws: Any, columns: Sequence[Column], *, title_lines: Sequence[str] = (),
                 landscape: bool = False, font_size: float = 12, sample_rows: Iterable[Sequence[Any]] = (),
                 footer: str = "Trang &P/&N") -> None:
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.worksheet import Worksheet

        self.ws = ws
        self.columns = list(columns)
        self.write_only = not isinstance(ws, Worksheet)
        self.font_size = font_size
        self._widths = [c.width or max(c.min_width, _text_width(c.header)) for c in self.columns]
        self._fitted = [c.width is None for c in self.columns]
        self._styles: dict[tuple[int, bool, bool, bool, int, bool], Any] = {}
        self._cells: dict[tuple[int, bool, bool, bool, int, bool], Any] = {}
        self._row_no = 0
        self._finished = False
        for sample in sample_rows:
            self._measure(sample)
        ncols = len(self.columns)
        last_col = get_column_letter(ncols)
        _print_setup(ws, landscape=landscape, footer=footer)
        ws.sheet_properties.outlinePr.summaryBelow = False
        if self.write_only and hasattr(ws, "_values_to_row"):
            # openpyxl's streaming append tries to bind each Cell we pass as a value, fails with
            # an exception and only then takes the cell; our cells are complete, so hand them
            # over directly (a fifth of the time of a 100,000-row register).
            ws._values_to_row = _cells_to_row
        # Streaming mode writes widths and the frozen pane before the first row: set them now.
        self.header_row = len(title_lines) + (1 if title_lines else 0) + 1
        ws.freeze_panes = f"A{self.header_row + 1}"
        if self.write_only:
            self._apply_widths()
        for i, line in enumerate(title_lines):
            cell = text_cell(ws, line)
            cell.font = Font(name=FONT_NAME, size=font_size + (2 if i == 0 else 1), bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            self._append([cell])
            if ncols > 1:
                ws.merged_cells.add(f"A{self._row_no}:{last_col}{self._row_no}")
        if title_lines:
            self._append([])          # one blank row between the title block and the table
        header_font = Font(name=FONT_NAME, size=font_size, bold=True)
        header_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cells = []
        for col in self.columns:
            cell = text_cell(ws, col.header)
            cell.font = header_font
            cell.alignment = header_align
            cell.fill = _fill(HEADER_FILL_COLOR)
            cell.border = _border()
            cells.append(cell)
        self._append(cells)
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"

    def _append(self, cells: list[Any]) -> None:
        self.ws.append(cells)
        self._row_no += 1

    def _measure(self, values: Sequence[Any]) -> None:
        for i, (col, value) in enumerate(zip(self.columns, values, strict=False)):
            if self._fitted[i]:
                w = _text_width(_display(value, col.kind))
                if w > self._widths[i]:
                    self._widths[i] = min(col.max_width, w)

    def _apply_widths(self) -> None:
        from openpyxl.utils import get_column_letter

        for i, width in enumerate(self._widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = round(width, 1)

    def _style(self, key: tuple[int, bool, bool, bool, int, bool]) -> Any:
        index, bold, fill, italic, stamp, quoted = key
        style = self._styles.get(key)
        if style is None:
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.styles import Alignment, Font

            col = self.columns[index]
            probe = WriteOnlyCell(self.ws)
            probe.font = Font(name=FONT_NAME, size=self.font_size, bold=bold, italic=italic)
            horizontal = col.align or ("center" if col.kind in ("date", "percent") else
                                       "right" if col.kind in ("integer", "number") else "left")
            probe.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=col.wrap)
            probe.border = _border()
            if fill:
                probe.fill = _fill(SECTION_FILL_COLOR)
            fmt = {2: DATETIME_FORMAT, 1: DATE_FORMAT}.get(stamp) or _KIND_FORMAT.get(col.kind)
            if fmt:
                probe.number_format = fmt
            if quoted:
                probe.quotePrefix = True
            style = self._styles[key] = probe._style
        return style

    def row(self, values: Sequence[Any], *, bold: bool = False, fill: bool = False,
            italic: bool = False, level: int = 0) -> int:
        """Append one data row; returns its row number. Text is made safe, dates stay dates."""
        if len(values) > len(self.columns):
            raise ValueError(f"{len(values)} values for {len(self.columns)} columns")
        from openpyxl.cell import WriteOnlyCell

        ws = self.ws
        row_no = self._row_no + 1
        cells = []
        reuse = self.write_only
        for i, col in enumerate(self.columns):
            value = values[i] if i < len(values) else None
            quoted = False
            if value is None or isinstance(value, bool | int | float | date):
                dtype = _data_type(value)
            else:
                value = check_length(safe_text(str(value)), column=col.header, row=row_no)
                dtype = "s"
                quoted = looks_like_formula(value)
            # A date keeps a date format whatever the column's kind, so it never shows as a serial.
            stamp = 2 if isinstance(value, datetime) else 1 if isinstance(value, date) and col.kind != "date" else 0
            key = (i, bold, fill, italic, stamp, quoted)
            if reuse:
                # A streamed row is serialised inside ws.append, so one cell per column and
                # style can be reused for every row: no new objects, no style hashing per cell.
                cell = self._cells.get(key)
                if cell is None:
                    cell = self._cells[key] = WriteOnlyCell(ws)
                    cell._style = copy(self._style(key))
            else:
                cell = WriteOnlyCell(ws)
                cell._style = copy(self._style(key))
            # Bound directly: the value is already clean and typed, and openpyxl's own binding
            # would turn a leading '=' back into a formula.
            cell._value = value
            cell.data_type = dtype
            cells.append(cell)
        if not self.write_only:
            self._measure(values)
        lines = self._lines(values)
        if level or lines > 1:
            dim = ws.row_dimensions[row_no]
            if level:
                dim.outlineLevel = min(7, level)
            if lines > 1:
                # Neither Excel nor LibreOffice grows a row for wrapped text it did not lay out
                # itself: give the height, or the second line runs into the next row.
                dim.height = round(lines * self.font_size * 1.3, 1)
        self._append(cells)
        return row_no

    def _lines(self, values: Sequence[Any]) -> int:
        """How many lines the tallest wrapped cell of a row takes, at the columns' widths."""
        most = 1
        for i, value in enumerate(values):
            if not isinstance(value, str) or i >= len(self.columns) or not self.columns[i].wrap:
                continue
            col = self.columns[i]
            width = (col.max_width if self._fitted[i] and not self.write_only else self._widths[i]) - 1
            # Times New Roman 12 pt sets about 1.15 average letters per Excel width unit.
            per_line = max(1.0, width * 1.15)
            count = sum(max(1, -(-len(line) // int(per_line))) for line in value.split("\n"))
            most = max(most, count)
        return most

    def finish(self) -> None:
        """Set filters over the table and fit the columns (normal worksheets)."""
        if self._finished:
            return
        from openpyxl.utils import get_column_letter

        self._finished = True
        last = max(self._row_no, self.header_row)
        self.ws.auto_filter.ref = f"A{self.header_row}:{get_column_letter(len(self.columns))}{last}"
        if not self.write_only:
            self._apply_widths()


def _cells_to_row(cells: Sequence[Any], row_idx: int) -> Iterator[Any]:
    for col_idx, cell in enumerate(cells, 1):
        cell.column = col_idx
        cell.row = row_idx
        yield cell


def _print_setup(ws: Any, *, landscape: bool, footer: str) -> None:
    ws.page_setup.paperSize = 9        # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1       # every column on the page width…
    ws.page_setup.fitToHeight = 0      # …as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = 0.6
    ws.page_margins.right = 0.4
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.page_margins.footer = 0.3
    if footer:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.font = f"{FONT_NAME},Regular"
        ws.oddFooter.center.size = 11


def xlsxwriter_table_page(ws: Any, header_row: int, headers: Sequence[str], header_format: Any) -> None:
    """An xlsxwriter sheet's header row (frozen, repeated on every printed page) and the house
    page set-up: A4 landscape, every column on the page width, "Trang x/y" in the footer —
    what ``TableWriter`` gives an openpyxl sheet."""
    for c, name in enumerate(headers):
        ws.write_string(header_row, c, name, header_format)
    ws.freeze_panes(header_row + 1, 0)
    ws.repeat_rows(header_row)
    ws.set_landscape()
    ws.set_paper(9)                 # A4
    ws.fit_to_pages(1, 0)           # every column on the page width, as many pages down
    ws.set_margins(left=0.6, right=0.4, top=0.6, bottom=0.6)
    ws.set_footer(f'&C&"{FONT_NAME},Regular"&11Trang &P/&N')
    ws.center_horizontally()


def new_workbook(*, write_only: bool = False, title: str = "") -> Workbook:
    """A workbook with document properties set; in write-only mode add sheets with create_sheet."""
    from openpyxl import Workbook

    wb = Workbook(write_only=write_only)
    wb.properties.creator = "dancoso_desktop"
    if title:
        wb.properties.title = safe_text(title)
    return wb


def sheet_title(text: str) -> str:
    """A worksheet name Excel accepts: no []:*?/\\, at most 31 characters, not empty."""
    cleaned = re.sub(r"[\[\]:*?/\\]", "-", safe_text(text)).strip("' ")
    return (cleaned[:31] or "Sheet").strip()


def save_workbook(wb: Workbook, target: Path) -> None:
    """Write the workbook beside ``target`` and rename it into place (fileio.atomic_target)."""
    with atomic_target(Path(target)) as tmp:
        wb.save(tmp)
