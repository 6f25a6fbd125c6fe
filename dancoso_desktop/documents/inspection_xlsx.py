"""The year's inspections as an XLSX summary: one row per inspection, one row per inspection
and criterion result, and the recommendations on a sheet of their own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dancoso_desktop.documents.xlsx_common import Column, TableWriter, new_workbook, save_workbook
from dancoso_desktop.domain.inspection import REC_STATUS_VI, RESULT_VI, Inspection
from dancoso_desktop.domain.inspection_rules import is_overdue

SHEET_INSPECTIONS = "Kiểm tra"
SHEET_RECOMMENDATIONS = "Kiến nghị"
SHEET_CRITERIA = "Kết quả tiêu chí"


def write_inspections_xlsx(inspections: list[Inspection], target: Path, *, year: int, commune: str,
                           today: date) -> None:
    """Three sheets, each a filterable table that prints on A4 landscape: the inspections (one
    row each, with counts), every criterion's result (one row per inspection and criterion, so
    'Chưa đạt' can be filtered), and the recommendations with their follow-up."""
    wb = new_workbook(title=f"Tổng hợp kiểm tra thực hiện dân chủ năm {year}")
    ws = wb.active
    ws.title = SHEET_INSPECTIONS
    cols = [Column("TT", "integer", width=5), Column("Đơn vị được kiểm tra", max_width=34),
            Column("Số quyết định", width=14), Column("Ngày quyết định", "date", width=13),
            Column("Ngày kiểm tra", "date", width=13), Column("Đến ngày", "date", width=13),
            Column("Biên bản", width=13), Column("Đạt", "integer", width=7),
            Column("Chưa đạt", "integer", width=9), Column("Không áp dụng", "integer", width=10),
            Column("Chưa đánh giá", "integer", width=10), Column("Kết luận", max_width=50),
            Column("Số kiến nghị", "integer", width=10)]
    title = [commune.upper(), f"TỔNG HỢP KẾT QUẢ KIỂM TRA THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM {year}"]
    table = TableWriter(ws, cols, title_lines=title, landscape=True, font_size=11)
    for i, insp in enumerate(inspections, start=1):
        counts = insp.counts()
        table.row([i, insp.unit_name, insp.decision_number, insp.decision_date, insp.start_date,
                   insp.end_date or insp.start_date, "Đã kết thúc" if insp.closed else "Đang lập",
                   counts["met"], counts["not_met"], counts["not_applicable"], counts["unanswered"],
                   insp.conclusion, len(insp.recommendations)])
    table.finish()

    ws_c = wb.create_sheet(SHEET_CRITERIA)
    crit_cols = [Column("TT", "integer", width=5), Column("Đơn vị được kiểm tra", max_width=30),
                 Column("Ngày kiểm tra", "date", width=13), Column("Nhóm", max_width=28), Column("Mã", width=7),
                 Column("Tiêu chí", max_width=60), Column("Căn cứ", max_width=24),
                 Column("Kết quả", width=14, align="center"), Column("Minh chứng, ghi chú", max_width=40)]
    t_c = TableWriter(ws_c, crit_cols, title_lines=[f"KẾT QUẢ THEO TỪNG TIÊU CHÍ NĂM {year}"],
                      landscape=True, font_size=11)
    n = 0
    for insp in inspections:
        for a in insp.answers:
            n += 1
            note = "; ".join(x for x in (a.evidence_note, a.notes) if x)
            t_c.row([n, insp.unit_name, insp.start_date, a.group, a.code, a.text, a.article,
                     RESULT_VI[a.result] if a.result else "Chưa đánh giá", note])
    t_c.finish()

    ws2 = wb.create_sheet(SHEET_RECOMMENDATIONS)
    rec_cols = [Column("TT", "integer", width=5), Column("Đơn vị được kiểm tra", max_width=30),
                Column("Ngày kiểm tra", "date", width=13), Column("Nội dung kiến nghị", max_width=55),
                Column("Đơn vị thực hiện", max_width=30), Column("Thời hạn", "date", width=13),
                Column("Trạng thái", width=16), Column("Quá hạn", width=9, align="center"),
                Column("Ngày hoàn thành", "date", width=14), Column("Kết quả thực hiện", max_width=50)]
    t2 = TableWriter(ws2, rec_cols, title_lines=[f"THEO DÕI THỰC HIỆN KIẾN NGHỊ SAU KIỂM TRA NĂM {year}"],
                     landscape=True, font_size=11)
    n = 0
    for insp in inspections:
        for r in insp.recommendations:
            n += 1
            t2.row([n, insp.unit_name, insp.start_date, r.text, r.unit_name, r.deadline, REC_STATUS_VI[r.status],
                    "Quá hạn" if is_overdue(r, today) else "", r.done_on, r.note])
    t2.finish()
    save_workbook(wb, target)
