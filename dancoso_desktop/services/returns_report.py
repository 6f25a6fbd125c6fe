"""What the units' returns give the commune's report and the due list (issue 14 item 3).

Figures (counts, ``value == len(records)``): expected units, returned, on time, late, missing;
the statement "8/11 đơn vị đã báo cáo" in the slot "returns"; the missing units on the due list
until they return (reporting.md §6.1: expected, actual and on-time reports).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    DueItem,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)
from dancoso_desktop.domain.returns import PERIODS, period_label, rate_text
from dancoso_desktop.storage.returns_reader import read_returns_status

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database
    from dancoso_desktop.storage.rows import RowReader

SOURCE = "returns"
GROUP = "Tình hình báo cáo của các đơn vị"


def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    out = Contribution(SOURCE)
    kind = period.kind.value
    # No plan of the year (or an ad-hoc period): no unit is due, the figures say 0.
    status = read_returns_status(db, period.year, kind) if kind in PERIODS else None
    units = status.units if status else []
    expected = [u for u in units if u.expected]
    returned = [u for u in expected if u.returned]
    on_time = [u for u in returned if not u.late]
    late = [u for u in returned if u.late]
    missing = [u for u in expected if not u.returned]

    def refs(items: list, kind: str = "unit_return") -> tuple[RecordRef, ...]:  # type: ignore[type-arg]
        return tuple(RecordRef(kind, int(u.return_id if kind == "unit_return" else u.unit_id)) for u in items)

    out.figures = [
        Figure(f"{SOURCE}.expected", "Số đơn vị phải báo cáo", "Units due to report", len(expected),
               refs(expected, "unit"), "đơn vị"),
        Figure(f"{SOURCE}.returned", "Số đơn vị đã báo cáo", "Units that reported", len(returned), refs(returned),
               "đơn vị"),
        Figure(f"{SOURCE}.on_time", "Số đơn vị báo cáo đúng hạn", "Units that reported on time", len(on_time),
               refs(on_time), "đơn vị"),
        Figure(f"{SOURCE}.late", "Số đơn vị báo cáo trễ hạn", "Units that reported late", len(late), refs(late),
               "đơn vị"),
        Figure(f"{SOURCE}.missing", "Số đơn vị chưa báo cáo", "Units that have not reported", len(missing),
               refs(missing, "unit"), "đơn vị"),
    ]
    out.annex = [AnnexRow(GROUP, f.code, f.label_vi, f.label_en, f.unit_vi, level=0 if i < 2 else 1)
                 for i, f in enumerate(out.figures)]
    if expected:
        text = f"{rate_text(len(returned), len(expected))} ({len(on_time)} đúng hạn, {len(late)} trễ hạn)"
        text_en = f"{len(returned)}/{len(expected)} units reported ({len(on_time)} on time, {len(late)} late)"
        if missing:
            text += "; chưa báo cáo: " + ", ".join(u.unit for u in missing)
            text_en += "; not yet: " + ", ".join(u.unit for u in missing)
        out.statements = [Statement("returns", text + ".", text_en + ".",
                                    (f"{SOURCE}.returned", f"{SOURCE}.expected"))]
    return out


def due(db: Database, today: date, until: date) -> list[DueItem]:
    """Units that have not returned the report of a period whose deadline is past or near."""
    from dancoso_desktop.services.plan_service import PlanService
    from dancoso_desktop.services.returns_service import returns_status

    items: list[DueItem] = []
    svc = PlanService(db)
    if not svc.has_plan(today.year):
        return items
    statuses = [returns_status(db, today.year, kind) for kind in PERIODS]
    past = [st.deadline for st in statuses if st.deadline < today]
    for status in statuses:
        # An older overdue period is followed by a newer one: only the latest past one is listed.
        if status.deadline > until or (past and status.deadline < max(past)):
            continue
        label = period_label(status.period, today.year)
        label_en = period_label(status.period, today.year, "en")
        for u in status.missing:
            items.append(DueItem(SOURCE, "return", f"{u.unit}: báo cáo {label}", status.deadline,
                                 RecordRef("unit", u.unit_id),
                                 note_vi=f"Chưa gửi báo cáo {label} (hạn {status.deadline:%d/%m/%Y}).",
                                 note_en=f"Has not returned the {label_en} report (due {status.deadline:%d/%m/%Y})."))
    return items
