"""Demo data of the self-assessment: the demo year's scorecard, partly scored, with evidence.

Part 1 and most of part 2 of the shipped example scheme are scored (one criterion left for the
officer), a disclosure and an inspection of the year are linked as evidence, one bonus point.
"""

from __future__ import annotations

import random

from sqlalchemy import select

from dancoso_desktop.domain.assessment import format_points
from dancoso_desktop.services.assessment_service import AssessmentService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.storage.disclosure_tables import DisclosureRow
from dancoso_desktop.storage.inspection_tables import InspectionRow

SCORES = {"1.1": "4", "1.2": "3", "1.3": "2,5", "2.1": "18,5", "2.2": "14", "2.3": "13,5", "2.4": "14",
          "2.5": "9"}
NOTES = {"1.1": "Kế hoạch thực hiện dân chủ ở cơ sở ban hành tháng 01.",
         "2.1": "Một số nội dung công khai chậm so với thời hạn 05 ngày làm việc."}


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    svc = AssessmentService(ws.db)
    if svc.exists(year):
        return ""
    svc.get(year)
    for code, points in SCORES.items():
        svc.score(year, code, points, note=NOTES.get(code))
    svc.set_extra(year, bonus="1", bonus_note="Mô hình “Dân vận khéo” được công nhận cấp xã.")
    with ws.db.session() as s:
        disclosure = s.scalar(select(DisclosureRow.id).where(DisclosureRow.year == year,
                                                             DisclosureRow.status == "done")
                              .order_by(DisclosureRow.disclosed_on, DisclosureRow.id).limit(1))
        inspection = s.scalar(select(InspectionRow.id).where(InspectionRow.year == year)
                              .order_by(InspectionRow.start_date).limit(1))
    if disclosure is not None:
        svc.link(year, "2.1", "disclosure", disclosure)
    if inspection is not None:
        svc.link(year, "2.6", "inspection", inspection)
    r = svc.get(year).result()
    return f"tự đánh giá năm {year}: {r.scored}/{r.scored + len(r.unscored)} tiêu chí đã chấm, {format_points(r.total)} điểm"
