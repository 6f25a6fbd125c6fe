"""The reporting calendar's deadlines for the due list "Việc cần làm" (issue 11 items 1–2).

Reports not yet issued whose deadline is past or falls by ``until``; the HĐND reports and the
units' reporting lines of the plan are listed too (they have no record of their own yet).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dancoso_desktop.domain.reporting import DueItem, RecordRef

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database

SOURCE = "reports"


def due(db: Database, today: date, until: date) -> list[DueItem]:
    from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR
    from dancoso_desktop.services.report_service import ReportService

    service = ReportService(db)
    items: list[DueItem] = []
    # Last year's duties still open stay listed for two months (the annual report in January).
    for year in range(max(MIN_YEAR, today.year - 1), min(MAX_YEAR, until.year) + 1):
        for e in service.calendar(year):
            if e.done or e.deadline > until:
                continue
            if year < today.year and (today - e.deadline).days > 60:
                continue
            ref = RecordRef("report", e.report_id) if e.report_id else None
            note_vi = f"Nơi nhận: {e.recipient}" + (" (đã có dự thảo)" if e.report_id else "")
            note_en = f"To: {e.recipient}" + (" (a draft exists)" if e.report_id else "")
            items.append(DueItem(SOURCE, "report", f"{e.name} ({e.year})", e.deadline, ref, note_vi, note_en))
    return items
