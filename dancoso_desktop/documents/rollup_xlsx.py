"""The roll-up as XLSX (issue 14 item 5): a sheet of totals, a sheet of communes × rows, and the
receipt board (received, missing, late, version). Streamed (write-only) so 3,321 communes stay
fast and small in memory."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from dancoso_desktop.documents.xlsx_common import Column, TableWriter, new_workbook, save_workbook

SHEET_TOTALS = "Tổng hợp"
SHEET_COMMUNES = "Theo xã"
SHEET_RECEIPT = "Tình hình nhận"


def write_rollup_xlsx(target: Path, *, title: str, office: str, due: date,
                      totals: list[tuple[str, str, str, float, int]],
                      codes: list[tuple[str, str]],
                      communes: list[tuple[str, str, dict[str, float] | None]],
                      receipt: list[tuple[str, str, str, datetime | None, Any, str, str]]) -> None:
    """totals: (group, label, unit, total, communes); codes: (code, label) columns of the
    communes sheet; communes: (province, name, values or None when missing); receipt:
    (province, name, state, received_at, version, late, stand-outs)."""
    wb = new_workbook(write_only=True, title=title)
    ws = wb.create_sheet(SHEET_TOTALS)
    t = TableWriter(ws, [Column("TT", "integer", width=5), Column("Nhóm", width=34), Column("Chỉ tiêu", width=55),
                         Column("Đơn vị tính", width=12), Column("Tổng số", "number", width=14),
                         Column("Số xã báo cáo", "integer", width=12)],
                    title_lines=[office.upper(), title, f"Hạn nhận báo cáo: {due:%d/%m/%Y}"], landscape=True)
    for i, (group, label, unit, total, n) in enumerate(totals, start=1):
        t.row([i, group, label, unit, total, n])
    t.finish()

    wc = wb.create_sheet(SHEET_COMMUNES)
    cols = [Column("TT", "integer", width=6), Column("Tỉnh", width=16), Column("Xã, phường", width=26)]
    cols += [Column(label, "number", width=14) for _, label in codes]
    tc = TableWriter(wc, cols, title_lines=[f"SỐ LIỆU THEO TỪNG XÃ — {title}"], landscape=True, font_size=10)
    for i, (province, name, values) in enumerate(communes, start=1):
        if values is None:
            tc.row([i, province, f"{name} (chưa báo cáo)"])
        else:
            tc.row([i, province, name, *[values.get(code) for code, _ in codes]])
    tc.finish()

    wr = wb.create_sheet(SHEET_RECEIPT)
    tr = TableWriter(wr, [Column("TT", "integer", width=6), Column("Tỉnh", width=16), Column("Xã, phường", width=26),
                          Column("Tình trạng", width=14), Column("Ngày nhận", "date", width=16),
                          Column("Phiên bản", "integer", width=10), Column("Đúng hạn", width=10),
                          Column("Số liệu cần xem lại", width=40)],
                     title_lines=[f"TÌNH HÌNH NHẬN BÁO CÁO — {title}"], landscape=True, font_size=10)
    for i, row in enumerate(receipt, start=1):
        tr.row([i, *row])
    tr.finish()
    save_workbook(wb, target)
