"""The register as a spreadsheet (sổ theo dõi công khai), streamed for 100,000 rows.

Uses the house table style (documents.xlsx_common.TableWriter on a write-only workbook): real
dates, text kept as text (a title "=cmd" stays a title), header frozen, filters, A4 landscape.
Rows arrive as plain values from the service, so memory stays flat however long the register.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dancoso_desktop.documents.xlsx_common import (
    Column,
    TableWriter,
    new_workbook,
    save_workbook,
    sheet_title,
)

REGISTER_COLUMNS = (
    Column("STT", "integer", 7),
    Column("Nội dung (Điều 11)", "integer", 10),
    Column("Tên nội dung", width=22),
    Column("Thông tin công khai", width=48),
    Column("Văn bản", width=24),
    Column("Ngày ban hành", "date", 12),
    Column("Công khai từ ngày", "date", 12),
    Column("Đến ngày", "date", 13),
    Column("Hình thức (Điều 12)", width=12),
    Column("Đơn vị phụ trách", width=24),
    Column("Trạng thái", width=13),
    Column("Kiểm tra theo luật", width=34),
    Column("Còn niêm yết", width=9),
)


def write_register_xlsx(target: Path, rows: Iterable[Sequence[Any]], *, issuing_body: str, year: int | None,
                        subtitle: str = "") -> int:
    """Write the register; ``rows`` are the values of REGISTER_COLUMNS without the STT."""
    title = f"SỔ THEO DÕI CÔNG KHAI THÔNG TIN NĂM {year}" if year else "SỔ THEO DÕI CÔNG KHAI THÔNG TIN"
    wb = new_workbook(write_only=True, title=title.capitalize())
    ws = wb.create_sheet(sheet_title(f"Công khai {year}" if year else "Công khai"))
    lines = [issuing_body, title] + ([subtitle] if subtitle else [])
    writer = TableWriter(ws, REGISTER_COLUMNS, title_lines=lines, landscape=True, font_size=11)
    count = 0
    for count, values in enumerate(rows, start=1):
        writer.row([count, *values])
    writer.finish()
    save_workbook(wb, target)
    return count
