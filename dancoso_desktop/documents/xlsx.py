"""Spreadsheet helpers under the name docs/architecture.md gives them; see ``xlsx_common``."""

from dancoso_desktop.documents.xlsx_common import (
    DATE_FORMAT,
    FONT_NAME,
    MAX_CELL_CHARS,
    PERCENT_FORMAT,
    Column,
    TableWriter,
    check_length,
    excel_value,
    looks_like_formula,
    new_workbook,
    percent,
    safe_text,
    save_workbook,
    sheet_title,
    text_cell,
)

__all__ = ["DATE_FORMAT", "FONT_NAME", "MAX_CELL_CHARS", "PERCENT_FORMAT", "Column", "TableWriter",
           "check_length", "excel_value", "looks_like_formula", "new_workbook", "percent", "safe_text",
           "save_workbook", "sheet_title", "text_cell"]
