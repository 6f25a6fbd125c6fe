"""The inspections' contribution to a periodic report (issue 11 item 3, reporting.md §7.4):
inspections held in the period, those with criteria not met, the recommendations made and how
many were done or overdue at the cut-off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from dancoso_desktop.domain.inspection import CriterionResult, RecStatus
from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database

SOURCE = "inspections"
GROUP = "Kiểm tra việc thực hiện dân chủ ở cơ sở"
GROUP_REC = "Kiến nghị sau kiểm tra"


def contribute(db: Database, period: ReportPeriod) -> Contribution:
    from dancoso_desktop.storage.inspection_tables import InspectionCriterionRow as C
    from dancoso_desktop.storage.inspection_tables import InspectionRow as I
    from dancoso_desktop.storage.inspection_tables import RecommendationRow as R
    from dancoso_desktop.storage.tables import UnitRow as U

    with db.connect() as con:
        held = con.execute(select(I.id, U.name).join(U, U.id == I.unit_id)
                           .where(I.start_date >= period.start, I.start_date <= period.end)
                           .order_by(I.start_date, I.id)).all()
        ids = [i for i, _ in held]
        not_met = con.execute(select(C.inspection_id).where(
            C.inspection_id.in_(ids), C.result == CriterionResult.NOT_MET.value)).scalars().all() if ids else []
        recs = con.execute(select(R.id, R.status, R.deadline, R.done_on).where(R.inspection_id.in_(ids))
                           .order_by(R.id)).all() if ids else []
    with_not_met = sorted(set(not_met))
    made = [r.id for r in recs]
    done = [r.id for r in recs if r.status == RecStatus.DONE.value and (r.done_on is None or r.done_on <= period.end)]
    done_set = set(done)
    overdue = [r.id for r in recs if r.id not in done_set and r.deadline is not None and r.deadline < period.end]

    out = Contribution(SOURCE)
    spec = [
        ("inspections.held", "Số cuộc kiểm tra đã tiến hành", "Inspections held", "cuộc", "inspection", ids, GROUP, 0),
        ("inspections.with_not_met", "Số cuộc có tiêu chí chưa đạt", "Inspections with criteria not met", "cuộc",
         "inspection", with_not_met, GROUP, 1),
        ("inspections.recommendations", "Số kiến nghị sau kiểm tra", "Recommendations made", "kiến nghị",
         "recommendation", made, GROUP_REC, 0),
        ("inspections.rec_done", "Kiến nghị đã thực hiện xong", "Recommendations done", "kiến nghị",
         "recommendation", done, GROUP_REC, 1),
        ("inspections.rec_overdue", "Kiến nghị quá hạn chưa thực hiện", "Recommendations overdue", "kiến nghị",
         "recommendation", overdue, GROUP_REC, 1),
    ]
    for code, vi, en, unit, kind, refs, group, level in spec:
        out.figures.append(Figure(code, vi, en, len(refs), tuple(RecordRef(kind, i) for i in refs), unit))
        out.annex.append(AnnexRow(group, code, vi, en, unit, level))
    out.figures.append(Figure("inspections.criteria_not_met", "Số tiêu chí chưa đạt", "Criteria not met",
                              len(not_met), (), "tiêu chí",
                              note="criteria rows of the inspections listed under inspections.with_not_met"))
    if held:
        units = ", ".join(dict.fromkeys(name for _, name in held))
        text = (f"Trong kỳ, Ủy ban nhân dân đã tổ chức {len(ids)} cuộc kiểm tra việc thực hiện dân chủ ở cơ sở "
                f"tại: {units}. Có {len(with_not_met)} cuộc kiểm tra phát hiện tiêu chí chưa đạt "
                f"({len(not_met)} tiêu chí).")
    else:
        text = "Trong kỳ, chưa tổ chức cuộc kiểm tra việc thực hiện dân chủ ở cơ sở nào."
    out.statements.append(Statement("inspection", text, f"{len(ids)} inspections were held.",
                                    ("inspections.held", "inspections.with_not_met")))
    if made:
        out.statements.append(Statement(
            "inspection", f"Qua kiểm tra đã kiến nghị {len(made)} nội dung; đến ngày chốt số liệu đã thực hiện xong "
                          f"{len(done)}, quá hạn chưa thực hiện {len(overdue)} kiến nghị.",
            f"{len(made)} recommendations: {len(done)} done, {len(overdue)} overdue.",
            ("inspections.recommendations", "inspections.rec_done", "inspections.rec_overdue")))
    return out
