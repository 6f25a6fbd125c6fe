"""The self-assessment on the due list: sent to Sở Nội vụ by its deadline (CT2579 Art. 9: "từ ngày 10
đến ngày 15 tháng 12"; the officer may set another date), until it is marked as sent.

Every year from ``today`` to ``until`` is listed, whether or not an assessment was started: the
reminder matters most when nothing is done yet. ``RecordRef("assessment", YEAR)``: the id of this
kind is the year (the page opens that year's assessment, creating it from the example if needed).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from dancoso_desktop.domain.assessment import Scheme
from dancoso_desktop.domain.reporting import DueItem, RecordRef
from dancoso_desktop.storage.assessment_tables import AssessmentRow
from dancoso_desktop.storage.database import Database

SOURCE = "assessment"
CATEGORY = "assessment"


def due(db: Database, today: date, until: date) -> list[DueItem]:
    from dancoso_desktop.domain.assessment import scheme_from_data
    from dancoso_desktop.services.assessment_service import example_scheme

    with db.session() as s:
        rows = {r.year: (r.scheme, r.deadline, r.submitted_on) for r in s.scalars(select(AssessmentRow))}
    example: Scheme | None = None
    items: list[DueItem] = []
    for year in range(today.year - 1, until.year + 1):
        stored = rows.get(year)
        if stored is not None and stored[2] is not None:
            continue   # sent
        if stored is not None:
            try:
                scheme = scheme_from_data(json.loads(stored[0]))
            except ValueError:
                continue
            deadline = stored[1] or scheme.deadline(year)
        else:
            example = example or example_scheme()
            scheme = example
            deadline = scheme.deadline(year)
        opens = scheme.opens(year)
        if deadline > until or (year < today.year and stored is None):
            continue
        items.append(DueItem(
            SOURCE, CATEGORY, f"Báo cáo tự đánh giá, chấm điểm công tác dân vận và dân chủ ở cơ sở năm {year}",
            deadline, RecordRef("assessment", year),
            note_vi=f"Gửi Sở Nội vụ từ {opens:%d/%m} đến {deadline:%d/%m/%Y}, kèm tài liệu minh chứng"
                    + (" (chưa bắt đầu chấm điểm)" if stored is None else ""),
            note_en=f"Send to the Department of Home Affairs from {opens:%d/%m} to {deadline:%d/%m/%Y}, "
                    "with the evidence" + (" (not started)" if stored is None else "")))
    return items
