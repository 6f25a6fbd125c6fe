"""The inspections' contribution to a periodic report (issue 11 item 3, reporting.md §7.4):
inspections held in the period, those with criteria not met, the recommendations made and how
many were done or overdue at the cut-off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dancoso_desktop.domain.inspection import CriterionResult, RecStatus
from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)
from dancoso_desktop.storage.rows import day

if TYPE_CHECKING:
    from dancoso_desktop.storage.rows import RowReader

SOURCE = "inspections"
GROUP = "Kiểm tra việc thực hiện dân chủ ở cơ sở"
GROUP_REC = "Kiến nghị sau kiểm tra"


# The inspections whose first day is in the period (ix on start_date); criteria and
# recommendations are read through it, so no list of ids is sent back to SQLite.
_HELD = "SELECT id FROM inspections WHERE start_date >= ? AND start_date <= ?"


def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    span = (period.start.isoformat(), period.end.isoformat())
    held = db.rows("SELECT i.id, u.name FROM inspections i JOIN units u ON u.id = i.unit_id "
                   "WHERE i.start_date >= ? AND i.start_date <= ? ORDER BY i.start_date, i.id", span)
    ids = [i for i, _ in held]
    not_met = [i for (i,) in db.rows(f"SELECT inspection_id FROM inspection_criteria WHERE inspection_id IN "
                                     f"({_HELD}) AND result = ?", (*span, CriterionResult.NOT_MET.value))] \
        if ids else []
    recs = [(rid, status, day(deadline), day(done_on)) for rid, status, deadline, done_on in db.rows(
        f"SELECT id, status, deadline, done_on FROM inspection_recommendations WHERE inspection_id IN ({_HELD}) "
        "ORDER BY id", span)] if ids else []
    with_not_met = sorted(set(not_met))
    made = [rid for rid, *_ in recs]
    rec_done = RecStatus.DONE.value
    done = [rid for rid, status, _, done_on in recs
            if status == rec_done and (done_on is None or done_on <= period.end)]
    done_set = set(done)
    overdue = [rid for rid, _, deadline, _ in recs
               if rid not in done_set and deadline is not None and deadline < period.end]

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
