"""The decisions register as XLSX: one row per decision, one row per decision and hamlet."""

from __future__ import annotations

from pathlib import Path

from dancoso_desktop.documents.xlsx_common import Column, TableWriter, new_workbook, save_workbook
from dancoso_desktop.domain.decision import FORM_VI, MATTER_SHORT_VI, RECOGNITION_VI, SCOPE_VI, Decision
from dancoso_desktop.domain.decision_rules import PROBLEM_VI, Problem, Verdict

SHEET_DECISIONS = "Quyết định"
SHEET_HAMLETS = "Theo thôn"


def write_decisions_xlsx(rows: list[tuple[Decision, Verdict | None, list[Problem]]], target: Path, *,
                         year: int, commune: str) -> None:
    wb = new_workbook(title=f"Sổ theo dõi Nhân dân bàn và quyết định năm {year}")
    ws = wb.active
    ws.title = SHEET_DECISIONS
    cols = [Column("TT", "integer", width=5), Column("Nội dung", max_width=50), Column("Khoản (Điều 15)", width=22),
            Column("Phạm vi", width=14), Column("Hình thức", width=20), Column("Thôn, TDP", max_width=40),
            Column("Ngày biểu quyết", "date", width=13), Column("Tổng số hộ", "integer", width=10),
            Column("Số hộ tham gia", "integer", width=10), Column("Tán thành", "integer", width=10),
            Column("Kết quả", width=12), Column("Căn cứ kết quả", max_width=60),
            Column("Ngày gửi UBND, MTTQ", "date", width=13), Column("Công nhận", width=18),
            Column("Vấn đề", max_width=50)]
    table = TableWriter(ws, cols, title_lines=[commune.upper(), f"SỔ THEO DÕI NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH NĂM {year}"],
                        landscape=True, font_size=11)
    for i, (d, result, problems) in enumerate(rows, start=1):
        table.row([i, d.title, f"{int(d.matter)}. {MATTER_SHORT_VI[d.matter]}", SCOPE_VI[d.scope], FORM_VI[d.form],
                   d.hamlet_names, d.vote_date, sum(v.households for v in d.votes), sum(v.present for v in d.votes),
                   sum(v.votes_for for v in d.votes),
                   "" if result is None else ("Đạt" if result.passed else "Không đạt"),
                   result.text_vi if result else "", d.sent_on, RECOGNITION_VI[d.recognition],
                   "; ".join(PROBLEM_VI[p] for p in problems)])
    table.finish()
    ws2 = wb.create_sheet(SHEET_HAMLETS)
    cols2 = [Column("TT", "integer", width=5), Column("Nội dung", max_width=50), Column("Thôn, TDP", max_width=30),
             Column("Tổng số hộ", "integer", width=10), Column("Tham gia", "integer", width=10),
             Column("Tán thành", "integer", width=10), Column("Không tán thành", "integer", width=10),
             Column("Ý kiến khác", "integer", width=10), Column("Kết quả", width=12)]
    t2 = TableWriter(ws2, cols2, title_lines=[f"SỐ LIỆU BIỂU QUYẾT THEO THÔN, TỔ DÂN PHỐ NĂM {year}"], landscape=True,
                     font_size=11)
    n = 0
    for d, result, _ in rows:
        hamlets = result.hamlets if result else ()
        for j, v in enumerate(d.votes):
            n += 1
            r = hamlets[j] if j < len(hamlets) else None
            t2.row([n, d.title, v.hamlet_name, v.households, v.present, v.votes_for, v.votes_against, v.votes_blank,
                    "" if r is None else ("Đạt" if r.passed else "Không đạt")])
    t2.finish()
    save_workbook(wb, target)
