"""The hương ước / quy ước register as XLSX, with the columns of reporting.md §3.2 (the annex a
province asks for, NĐ 61 Art. 16): one row per text, then the totals and the hamlets' ratio."""

from __future__ import annotations

from pathlib import Path

from dancoso_desktop.documents.xlsx_common import Column, TableWriter, new_workbook, save_workbook
from dancoso_desktop.domain.village_rule import (
    EVENT_VI,
    KIND_VI,
    PROBLEM_VI,
    SCOPE_VI,
    STAGE_VI,
    EventKind,
    RuleProblem,
    Stage,
    VillageRule,
    stage,
)


def write_village_rules_xlsx(records: list[tuple[VillageRule, list[RuleProblem]]], target: Path, *, commune: str,
                             hamlets: int, year: int) -> int:
    wb = new_workbook(title="Sổ theo dõi hương ước, quy ước")
    ws = wb.active
    ws.title = "Hương ước, quy ước"
    cols = [Column("STT", "integer", width=5), Column("Thôn/TDP", max_width=24), Column("Số hộ", "integer", width=8),
            Column("Loại", width=10), Column("Tên văn bản", max_width=36), Column("Giai đoạn", max_width=22),
            Column("Ngày thông qua", "date", width=12), Column("Tán thành (hộ)", "integer", width=10),
            Column("Gửi hồ sơ", "date", width=12), Column("QĐ công nhận", max_width=16),
            Column("Ngày công nhận", "date", width=12), Column("Không công nhận", "date", width=12),
            Column("Gửi thôn, MTTQ", "date", width=12), Column("Sửa đổi, tạm ngừng, bãi bỏ", max_width=40),
            Column(f"Rà soát năm {year} (18/11)", "date", width=13), Column("Kiểm tra", max_width=40),
            Column("Ghi chú", max_width=30)]
    title = [commune.upper(), "SỔ THEO DÕI XÂY DỰNG, THỰC HIỆN HƯƠNG ƯỚC, QUY ƯỚC",
             "(Nghị định số 61/2023/NĐ-CP)"]
    table = TableWriter(ws, cols, title_lines=title, landscape=True, font_size=11)
    in_force: set[int] = set()
    for i, (r, problems) in enumerate(records, start=1):
        st = stage(r)
        if st is Stage.IN_FORCE:
            in_force.add(r.hamlet_id)
        events = "; ".join(f"{EVENT_VI[e.kind]} {SCOPE_VI[e.scope]}"
                           + (f" ({e.decision_number})" if e.decision_number else "")
                           + (f" ngày {e.decided_on:%d/%m/%Y}" if e.decided_on else " (chưa quyết định)")
                           for e in r.events)
        review = next((d for d in reversed(r.reviews) if d.year == year), None)
        table.row([i, r.hamlet_name, r.households, KIND_VI[r.kind], r.title, STAGE_VI[st], r.adopted_on, r.agree,
                   r.file_sent_on, r.decision_number, r.recognised_on, r.refused_on, r.sent_on, events, review,
                   "; ".join(PROBLEM_VI[p] for p in problems) or "Đạt", r.notes])
    rules = [r for r, _ in records]
    amended = sum(1 for r in rules for e in r.events if e.kind in (EventKind.AMENDMENT, EventKind.REPLACEMENT))
    table.row(["", "Tổng cộng", None, "", f"{len(rules)} văn bản", f"{len(in_force)} thôn có văn bản có hiệu lực",
               None, None, None, "", None, None, None, f"{amended} lượt sửa đổi, thay thế"], bold=True)
    table.row(["", "Tỷ lệ thôn/TDP có hương ước, quy ước được công nhận", None, "",
               f"{len(in_force)}/{hamlets}", f"{len(in_force) / hamlets * 100:.1f}%".replace(".", ",") if hamlets else ""],
              bold=True)
    table.finish()
    save_workbook(wb, target)
    return len(rules)
