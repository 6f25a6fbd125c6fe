"""The year's inspections as an XLSX summary: one row per inspection with each criterion's
result, the recommendations on a sheet of their own, and the criteria's wording as a legend."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dancoso_desktop.documents.xlsx_common import Column, TableWriter, new_workbook, save_workbook
from dancoso_desktop.domain.inspection import REC_STATUS_VI, RESULT_VI, Inspection
from dancoso_desktop.domain.inspection_rules import is_overdue

SHEET_INSPECTIONS = "Kiểm tra"
SHEET_RECOMMENDATIONS = "Kiến nghị"
SHEET_CRITERIA = "Tiêu chí"


def _criteria_codes(inspections: list[Inspection]) -> list[tuple[str, str, str, str]]:
    """Every criterion (code, group, text, article) in the order first met."""
    seen: dict[str, tuple[str, str, str, str]] = {}
    for insp in inspections:
        for a in insp.answers:
            seen.setdefault(a.code, (a.code, a.group, a.text, a.article))
    return list(seen.values())


def write_inspections_xlsx(inspections: list[Inspection], target: Path, *, year: int, commune: str,
                           today: date) -> None:
    wb = new_workbook(title=f"Tổng hợp kiểm tra thực hiện dân chủ năm {year}")
    ws = wb.active
    ws.title = SHEET_INSPECTIONS
    criteria = _criteria_codes(inspections)
    cols = [Column("TT", "integer", width=5), Column("Đơn vị được kiểm tra", max_width=40),
            Column("Số quyết định", width=14), Column("Ngày quyết định", "date", width=13),
            Column("Ngày kiểm tra", "date", width=13), Column("Đến ngày", "date", width=13),
            Column("Biên bản", width=13), Column("Đạt", "integer", width=7),
            Column("Chưa đạt", "integer", width=9), Column("Không áp dụng", "integer", width=10),
            Column("Chưa đánh giá", "integer", width=10)]
    cols += [Column(code, width=11, align="center") for code, *_ in criteria]
    cols += [Column("Kết luận", max_width=60), Column("Số kiến nghị", "integer", width=10)]
    title = [commune.upper(), f"TỔNG HỢP KẾT QUẢ KIỂM TRA THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM {year}"]
    table = TableWriter(ws, cols, title_lines=title, landscape=True, font_size=11)
    for i, insp in enumerate(inspections, start=1):
        counts = insp.counts()
        results = {a.code: (RESULT_VI[a.result] if a.result else "") for a in insp.answers}
        table.row([i, insp.unit_name, insp.decision_number, insp.decision_date, insp.start_date,
                   insp.end_date or insp.start_date, "Đã kết thúc" if insp.closed else "Đang lập",
                   counts["met"], counts["not_met"], counts["not_applicable"], counts["unanswered"],
                   *[results.get(code, "") for code, *_ in criteria],
                   insp.conclusion, len(insp.recommendations)])
    table.finish()

    ws2 = wb.create_sheet(SHEET_RECOMMENDATIONS)
    rec_cols = [Column("TT", "integer", width=5), Column("Đơn vị được kiểm tra", max_width=35),
                Column("Ngày kiểm tra", "date", width=13), Column("Nội dung kiến nghị", max_width=60),
                Column("Đơn vị thực hiện", max_width=35), Column("Thời hạn", "date", width=13),
                Column("Trạng thái", width=16), Column("Quá hạn", width=9, align="center"),
                Column("Ngày hoàn thành", "date", width=14), Column("Kết quả thực hiện", max_width=60)]
    t2 = TableWriter(ws2, rec_cols, title_lines=[f"THEO DÕI THỰC HIỆN KIẾN NGHỊ SAU KIỂM TRA NĂM {year}"],
                     landscape=True, font_size=11)
    n = 0
    for insp in inspections:
        for r in insp.recommendations:
            n += 1
            t2.row([n, insp.unit_name, insp.start_date, r.text, r.unit_name, r.deadline, REC_STATUS_VI[r.status],
                    "Quá hạn" if is_overdue(r, today) else "", r.done_on, r.note])
    t2.finish()

    ws3 = wb.create_sheet(SHEET_CRITERIA)
    t3 = TableWriter(ws3, [Column("Mã", width=8), Column("Nhóm", max_width=35), Column("Tiêu chí", max_width=80),
                           Column("Căn cứ", max_width=40)],
                     title_lines=["CÁC TIÊU CHÍ KIỂM TRA"], font_size=11)
    for row in criteria:
        t3.row(list(row))
    t3.finish()
    save_workbook(wb, target)
