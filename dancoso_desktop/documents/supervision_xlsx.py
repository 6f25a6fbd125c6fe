"""The year's supervision registers as an XLSX workbook: one filterable A4-landscape table per
sheet (checks, recommendations with the 15-day clock, petitions, boards and members).

The caller (services/supervision_export.py) gives plain rows; this module only lays them out.
Text that looks like a formula is written as text (xlsx_common.safe_text)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dancoso_desktop.documents.xlsx_common import (
    Column,
    TableWriter,
    new_workbook,
    save_workbook,
    sheet_title,
)


@dataclass(frozen=True)
class Sheet:
    name: str
    heading: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]


def write_supervision_xlsx(sheets: Sequence[Sheet], target: Path, *, commune: str, title: str) -> None:
    wb = new_workbook(title=title)
    first = True
    for sheet in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet_title(sheet.name)
        lines = [commune.upper(), sheet.heading] if commune else [sheet.heading]
        table = TableWriter(ws, list(sheet.columns), title_lines=lines, landscape=True, font_size=11)
        for row in sheet.rows:
            table.row(list(row))
        table.finish()
    save_workbook(wb, target)
