"""The consultations register (Art. 25–29) as XLSX: one row per consultation, and the opinions
recorded one by one on a second sheet."""

from __future__ import annotations

from pathlib import Path

from dancoso_desktop.documents.xlsx_common import Column, TableWriter, new_workbook, save_workbook
from dancoso_desktop.domain.consultation import FORMS, ITEM_SHORT_VI, RESPONSE_VI, Consultation
from dancoso_desktop.domain.consultation_rules import PROBLEM_VI, ConsultationProblem, period_days

SHEET_REGISTER = "Sổ lấy ý kiến"
SHEET_OPINIONS = "Ý kiến"


def write_consultations_xlsx(records: list[tuple[Consultation, list[ConsultationProblem]]], target: Path, *,
                             year: int, commune: str) -> int:
    wb = new_workbook(title=f"Sổ theo dõi lấy ý kiến Nhân dân năm {year}")
    ws = wb.active
    ws.title = SHEET_REGISTER
    cols = [Column("TT", "integer", width=5), Column("Nội dung (Điều 25)", max_width=24),
            Column("Tên nội dung lấy ý kiến", max_width=44), Column("Dự thảo văn bản", max_width=30),
            Column("Hình thức (Điều 26)", max_width=30), Column("Gửi kế hoạch HĐND, MTTQ", "date", width=13),
            Column("Ngày công bố", "date", width=12), Column("Ngày kết thúc", "date", width=12),
            Column("Số ngày", "integer", width=8), Column("Số ý kiến", "integer", width=9),
            Column("Tiếp thu", "integer", width=9), Column("Giải trình", "integer", width=9),
            Column("Công khai kết quả", "date", width=13), Column("Bản ghi công khai số", "integer", width=11),
            Column("Báo cáo HĐND", "date", width=12), Column("Kỳ họp HĐND", max_width=24),
            Column("Kiểm tra", max_width=40), Column("Ghi chú", max_width=40)]
    title = [commune.upper(), f"SỔ THEO DÕI LẤY Ý KIẾN NHÂN DÂN NĂM {year}",
             "(Điều 25 – Điều 29 Luật Thực hiện dân chủ ở cơ sở)"]
    table = TableWriter(ws, cols, title_lines=title, landscape=True, font_size=11)
    for i, (c, problems) in enumerate(records, start=1):
        forms = "; ".join(f"{FORMS[f][0]}) {FORMS[f][1]}" + (f": {c.counts[f]}" if f in c.counts else "")
                          for f in c.forms)
        days = period_days(c.published_on, c.closes_on) if c.published_on and c.closes_on else None
        table.row([i, f"{c.item}. {ITEM_SHORT_VI[c.item]}", c.title, c.draft_document, forms, c.plan_sent_on,
                   c.published_on, c.closes_on, days, c.received, c.accepted, c.explained, c.result_published_on,
                   c.disclosure_id, c.reported_hdnd_on, c.hdnd_session,
                   "; ".join(PROBLEM_VI[p] for p in problems) or "Đạt", c.notes])
    table.finish()
    ws2 = wb.create_sheet(SHEET_OPINIONS)
    cols2 = [Column("TT", "integer", width=5), Column("Nội dung lấy ý kiến", max_width=36),
             Column("Người góp ý", max_width=24), Column("Nơi", max_width=20), Column("Hình thức", max_width=22),
             Column("Ý kiến", max_width=50), Column("Xử lý", width=12), Column("Tiếp thu, giải trình", max_width=50)]
    t2 = TableWriter(ws2, cols2, title_lines=[f"Ý KIẾN NHÂN DÂN VÀ VIỆC TIẾP THU, GIẢI TRÌNH NĂM {year}"],
                     landscape=True, font_size=11)
    n = 0
    for c, _ in records:
        for o in c.opinions:
            n += 1
            t2.row([n, c.title, o.who, o.place, FORMS[o.form][1] if o.form in FORMS else "", o.content,
                    RESPONSE_VI[o.response], o.answer])
    t2.finish()
    save_workbook(wb, target)
    return len(records)
