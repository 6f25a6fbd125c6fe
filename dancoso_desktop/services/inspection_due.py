"""Recommendations after inspections on the due list: not done, deadline by ``until``.

Overdue is ``inspection_rules.is_overdue``: not done and the deadline has passed (the deadline day
itself is still in time), as on the follow-up page.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from dancoso_desktop.domain.inspection import Recommendation, RecStatus
from dancoso_desktop.domain.inspection_rules import is_overdue
from dancoso_desktop.domain.reporting import DueItem, RecordRef
from dancoso_desktop.services.plan_due import short
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.inspection_tables import InspectionRow, RecommendationRow
from dancoso_desktop.storage.tables import UnitRow

SOURCE = "inspections"
CATEGORY = "recommendation"


def due(db: Database, today: date, until: date) -> list[DueItem]:
    r = RecommendationRow
    with db.session() as s:
        rows = s.execute(
            select(r.id, r.text, r.deadline, r.status, UnitRow.name, InspectionRow.start_date)
            .join(InspectionRow, InspectionRow.id == r.inspection_id)
            .outerjoin(UnitRow, UnitRow.id == r.unit_id)
            .where(r.status != RecStatus.DONE.value, r.deadline <= until)
            .order_by(r.deadline, r.id)).all()
    items = []
    for rid, text, deadline, status, unit, held in rows:
        rec = Recommendation(text, deadline=deadline, status=RecStatus(status), id=rid)
        late = is_overdue(rec, today)
        held_vi = f"kiểm tra ngày {held:%d/%m/%Y}" if held else "kiểm tra"
        held_en = f"inspection of {held:%d/%m/%Y}" if held else "inspection"
        items.append(DueItem(
            SOURCE, CATEGORY, short(text), deadline, RecordRef("recommendation", rid),
            note_vi=f"{unit or ''} thực hiện; {held_vi}" + ("; đã quá hạn" if late else ""),
            note_en=f"For {unit or ''}; {held_en}" + ("; overdue" if late else "")))
    return items
