"""Disclosures on the due list (Luật 10/2022/QH15 Art. 11–14).

Two kinds of items, both read from the register's stored summaries (indexed, so the scale-100
register of 100,000 records answers in milliseconds):

- "disclosure": a planned disclosure not yet made whose due day is by ``until``. The due day is
  the register's own ``due_on``, computed on save by ``disclosure_rules.due_date``: the date the
  year's plan gives (Art. 14), else 5 working days after the decision (Art. 12.3). Overdue is
  ``disclosure_rules.is_overdue``'s rule: due day passed, still planned (the filter "Overdue").
- "posting": a disclosure posted now whose legal posting period ends by ``until``: it must stay
  up until that day (Art. 13.2: ≥ 30 consecutive days; items 4 and 13 permanently, so they are
  never listed), then its evidence of the whole period is kept. Never overdue: a posting that
  ended too early is a register problem ("posting too short"), not something still to do.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from dancoso_desktop.domain.disclosure import DisclosureStatus
from dancoso_desktop.domain.reporting import DueItem, RecordRef
from dancoso_desktop.services.plan_due import short
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.disclosure_tables import DisclosureRow

SOURCE = "disclosures"


def due(db: Database, today: date, until: date) -> list[DueItem]:
    items: list[DueItem] = []
    d = DisclosureRow
    with db.session() as s:
        planned = s.execute(
            select(d.id, d.item, d.title, d.due_on, d.planned_on)
            .where(d.status == DisclosureStatus.PLANNED.value, d.due_on.is_not(None), d.due_on <= until)
            .order_by(d.due_on, d.id)).all()
        posted = s.execute(
            select(d.id, d.item, d.title, d.posting_end)
            .where(d.status == DisclosureStatus.DONE.value, d.posting_start <= today,
                   d.posting_end.is_not(None), d.posting_end >= today, d.posting_end <= until)
            .order_by(d.posting_end, d.id)).all()
    for rid, item, title, due_on, planned_on in planned:
        basis_vi = "theo kế hoạch công khai (Điều 14)" if planned_on is not None and planned_on == due_on \
            else "5 ngày làm việc sau khi ban hành (khoản 3 Điều 12)"
        basis_en = "by the disclosure plan (Art. 14)" if planned_on is not None and planned_on == due_on \
            else "5 working days after the decision (Art. 12(3))"
        assert due_on is not None   # filtered in SQL
        items.append(DueItem(SOURCE, "disclosure", short(title), due_on, RecordRef("disclosure", rid),
                             note_vi=f"Chưa công khai; nội dung khoản {item} Điều 11; hạn {basis_vi}",
                             note_en=f"Not disclosed yet; Art. 11 item {item}; due {basis_en}"))
    for rid, _item, title, end in posted:
        assert end is not None
        items.append(DueItem(SOURCE, "posting", short(title), end, RecordRef("disclosure", rid),
                             note_vi=f"Đang niêm yết đến hết ngày {end:%d/%m/%Y} (khoản 2 Điều 13); "
                                     "giữ đủ thời gian rồi lưu minh chứng",
                             note_en=f"Posted until {end:%d/%m/%Y} (Art. 13(2)); keep it up the whole "
                                     "time, then file the evidence"))
    return items

