"""What the consultations register gives reports and the due list (reporting.md §7.4 "Consultations").

A consultation belongs to the period in which it was published (its draft made public). Figures:
count by Art. 25 item; opinions received / accepted / explained; closed with ≥ 20 days (%);
result published; reported to the HĐND. Due: consultations closing soon, and results to publish
(the result is disclosed as Art. 11 item 11, ≤ 5 working days as the disclosure register counts,
Art. 12.3).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dancoso_desktop.domain.consultation import ITEM_SHORT_VI, ITEMS
from dancoso_desktop.domain.consultation_rules import period_long_enough
from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    DueItem,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)
from dancoso_desktop.domain.text import format_number

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database
    from dancoso_desktop.storage.rows import RowReader

SOURCE = "consultations"
GROUP = "Nhân dân tham gia ý kiến"
RESULT_WORKING_DAYS = 5       # the result is disclosed like any decision: ≤ 5 working days (Art. 12.3)


def _ref(cid: int | None) -> RecordRef:
    return RecordRef("consultation", cid or 0)


def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    from dancoso_desktop.storage.consultation_reader import published_consultations

    records = published_consultations(db, period.start, period.end)
    refs = tuple(_ref(c.id) for c in records)
    ok = [bool(c.published_on and c.closes_on and period_long_enough(c.published_on, c.closes_on)) for c in records]
    long_enough = tuple(_ref(c.id) for c, good in zip(records, ok, strict=True) if good)
    short = tuple(_ref(c.id) for c, good in zip(records, ok, strict=True) if not good)
    published = tuple(_ref(c.id) for c in records if c.result_published_on is not None)
    reported = tuple(_ref(c.id) for c in records if c.reported_hdnd_on is not None)
    received = sum(c.received for c in records)
    accepted = sum(c.accepted for c in records)
    explained = sum(c.explained for c in records)
    pct = round(100 * len(long_enough) / len(records), 1) if records else 0.0
    figures = [
        Figure(f"{SOURCE}.held", "Số nội dung lấy ý kiến Nhân dân", "Consultations held", len(refs), refs,
               unit_vi="nội dung"),
        *(Figure(f"{SOURCE}.item_{n}", f"Nội dung {n} Điều 25: {ITEM_SHORT_VI[n]}", f"Art. 25 item {n}",
                 len(items), items, unit_vi="nội dung")
          for n in ITEMS for items in [tuple(_ref(c.id) for c in records if c.item == n)]),
        Figure(f"{SOURCE}.opinions_received", "Số ý kiến nhận được", "Opinions received", received,
               unit_vi="ý kiến", note="sum over the consultations counted by consultations.held"),
        Figure(f"{SOURCE}.opinions_accepted", "Số ý kiến được tiếp thu", "Opinions accepted", accepted,
               unit_vi="ý kiến", note="sum"),
        Figure(f"{SOURCE}.opinions_explained", "Số ý kiến được giải trình", "Opinions explained", explained,
               unit_vi="ý kiến", note="sum"),
        Figure(f"{SOURCE}.period_ok", "Bảo đảm thời gian lấy ý kiến ít nhất 20 ngày", "Open at least 20 days",
               len(long_enough), long_enough, unit_vi="nội dung"),
        Figure(f"{SOURCE}.period_short", "Thời gian lấy ý kiến dưới 20 ngày", "Open fewer than 20 days",
               len(short), short, unit_vi="nội dung"),
        Figure(f"{SOURCE}.period_ok_pct", "Tỷ lệ bảo đảm thời gian ít nhất 20 ngày", "Share open ≥ 20 days", pct,
               unit_vi="%", note="consultations.period_ok / consultations.held"),
        Figure(f"{SOURCE}.result_published", "Đã công khai kết quả, giải trình", "Result published",
               len(published), published, unit_vi="nội dung"),
        Figure(f"{SOURCE}.reported_hdnd", "Đã báo cáo HĐND xã", "Reported to the HĐND", len(reported), reported,
               unit_vi="nội dung"),
    ]
    if records:
        text = (f"UBND xã đã tổ chức lấy ý kiến Nhân dân về {len(records)} nội dung; nhận được "
                f"{format_number(received)} ý kiến, tiếp thu {format_number(accepted)} ý kiến, giải trình "
                f"{format_number(explained)} ý kiến. {len(long_enough)}/{len(records)} nội dung bảo đảm thời gian "
                f"lấy ý kiến ít nhất 20 ngày kể từ ngày công bố (khoản 2 Điều 28); đã công khai kết quả "
                f"{len(published)} nội dung và báo cáo HĐND xã {len(reported)} nội dung.")
        text_en = (f"The commune consulted the citizens on {len(records)} matters; {received} opinions received, "
                   f"{accepted} accepted, {explained} explained. {len(long_enough)}/{len(records)} were open at "
                   f"least 20 days (Art. 28(2)); {len(published)} results published, {len(reported)} reported to "
                   "the HĐND.")
    else:
        text = "Trong kỳ, UBND xã chưa tổ chức lấy ý kiến Nhân dân về nội dung nào theo Điều 25."
        text_en = "No consultation under Art. 25 was held in the period."
    statements = [Statement("comment", text, text_en, (f"{SOURCE}.held", f"{SOURCE}.opinions_received",
                                                       f"{SOURCE}.period_ok", f"{SOURCE}.result_published"))]
    annex = [AnnexRow(GROUP, f"{SOURCE}.held", "Số nội dung lấy ý kiến Nhân dân (Điều 25)", unit_vi="nội dung"),
             *(AnnexRow(GROUP, f"{SOURCE}.item_{n}", f"- {ITEM_SHORT_VI[n]}", unit_vi="nội dung", level=1)
               for n in ITEMS),
             AnnexRow(GROUP, f"{SOURCE}.opinions_received", "Số ý kiến nhận được", unit_vi="ý kiến"),
             AnnexRow(GROUP, f"{SOURCE}.opinions_accepted", "- Tiếp thu", unit_vi="ý kiến", level=1),
             AnnexRow(GROUP, f"{SOURCE}.opinions_explained", "- Giải trình", unit_vi="ý kiến", level=1),
             AnnexRow(GROUP, f"{SOURCE}.period_ok_pct", "Tỷ lệ bảo đảm thời gian ít nhất 20 ngày", unit_vi="%"),
             AnnexRow(GROUP, f"{SOURCE}.result_published", "Số nội dung đã công khai kết quả", unit_vi="nội dung"),
             AnnexRow(GROUP, f"{SOURCE}.reported_hdnd", "Số nội dung đã báo cáo HĐND xã", unit_vi="nội dung")]
    return Contribution(SOURCE, figures, statements, annex)


def due(db: Database, today: date, until: date) -> list[DueItem]:
    from dancoso_desktop.services.calendar_service import CalendarService
    from dancoso_desktop.services.consultation_service import ConsultationService

    calendar = CalendarService(db)
    items: list[DueItem] = []
    for c in ConsultationService(db).between(date(today.year - 1, 1, 1), until, unpublished_only=True):
        if c.closes_on is None or c.published_on is None or c.result_published_on is not None:
            continue
        if today <= c.closes_on <= until:
            items.append(DueItem(SOURCE, "consultation", f"Kết thúc lấy ý kiến: {c.title}", c.closes_on, _ref(c.id),
                                 "Tổng hợp ý kiến, tiếp thu, giải trình (Điều 28).",
                                 "Collect, accept or explain the opinions (Art. 28)."))
        result_due = calendar.calendar(c.closes_on.year).add_working_days(c.closes_on, RESULT_WORKING_DAYS)
        if result_due <= until:
            items.append(DueItem(SOURCE, "consultation", f"Công khai kết quả lấy ý kiến: {c.title}", result_due,
                                 _ref(c.id), "Công khai kết quả, giải trình (nội dung 11 Điều 11).",
                                 "Publish the result and explanations (Art. 11 item 11)."))
    return items
