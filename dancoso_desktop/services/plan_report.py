"""The plan's contribution to a periodic report (issue 11 item 3): its contents done, in
progress, not started and late at the cut-off, the late ones named, and the plan itself under
"Ban hành văn bản". Read only; the plan of the period's year (a 6-month report of 2026 reads the
2026 plan).

Statuses are the officer's current ones (the plan keeps no history of statuses); "late" is
judged at the period's end: a deadline before the cut-off, not done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dancoso_desktop.domain.plan import Status
from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)
from dancoso_desktop.domain.text import clean_line, format_date
from dancoso_desktop.storage.plan_reader import read_plan

if TYPE_CHECKING:
    from dancoso_desktop.storage.rows import RowReader

SOURCE = "plan"
GROUP = "Tiến độ thực hiện kế hoạch"
_NAMED = 5   # late contents named in the sentence; the rest counted


def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    out = Contribution(SOURCE)
    plan = read_plan(db, period.year)
    tasks = [s for s in plan.walk() if s.is_task and s.id is not None] if plan else []
    year = period.year

    def refs(items: list) -> tuple[RecordRef, ...]:  # type: ignore[type-arg]
        return tuple(RecordRef("plan_section", s.id) for s in items)

    late = [s for s in tasks if s.is_late(year, period.end)]
    late_ids = {s.id for s in late}
    done = [s for s in tasks if s.status is Status.DONE]
    going = [s for s in tasks if s.status is Status.IN_PROGRESS and s.id not in late_ids]
    waiting = [s for s in tasks if s.status is Status.NOT_STARTED and s.id not in late_ids]
    fig = [
        Figure("plan.tasks", "Nội dung của kế hoạch cần thực hiện", "Plan contents to carry out",
               len(tasks), refs(tasks), "nội dung"),
        Figure("plan.done", "Đã hoàn thành", "Done", len(done), refs(done), "nội dung"),
        Figure("plan.in_progress", "Đang thực hiện, trong hạn", "In progress, on time", len(going), refs(going),
               "nội dung"),
        Figure("plan.not_started", "Chưa thực hiện, chưa đến hạn", "Not started, not yet due", len(waiting),
               refs(waiting), "nội dung"),
        Figure("plan.late", "Chậm so với thời hạn", "Late", len(late), refs(late), "nội dung"),
    ]
    out.figures.extend(fig)
    for f in fig:
        out.annex.append(AnnexRow(GROUP, f.code, f.label_vi, f.label_en, f.unit_vi, 0 if f.code == "plan.tasks" else 1))
    if plan is None:
        out.statements.append(Statement("plan", f"Chưa có kế hoạch thực hiện dân chủ ở cơ sở năm {year} "
                                                "trong chương trình.", f"There is no {year} plan in the program."))
        return out
    number = clean_line(plan.number)
    if number:
        dated = f" ngày {format_date(plan.date)}" if plan.date else ""
        title = clean_line(plan.title) or f"Thực hiện dân chủ ở cơ sở năm {year}"
        out.statements.append(Statement(
            "leadership.documents",
            f"Ủy ban nhân dân đã ban hành Kế hoạch số {number}{dated} về {title[:1].lower()}{title[1:]}.",
            f"The People's Committee issued plan no. {number}."))
    text = (f"Kế hoạch năm {year} có {len(tasks)} nội dung cần thực hiện. Đến ngày {format_date(period.end)}, "
            f"đã hoàn thành {len(done)} nội dung; đang thực hiện trong hạn {len(going)}; "
            f"chưa đến hạn thực hiện {len(waiting)}; chậm so với thời hạn {len(late)} nội dung.")
    out.statements.append(Statement("plan", text, f"The {year} plan has {len(tasks)} contents: {len(done)} done, "
                                    f"{len(going)} in progress, {len(waiting)} not started, {len(late)} late.",
                                    ("plan.tasks", "plan.done", "plan.in_progress", "plan.not_started", "plan.late")))
    if late:
        names = "; ".join(f"“{clean_line(s.title).rstrip('.;')}” (mục {s.number.rstrip('.')} của Kế hoạch)"
                          for s in late[:_NAMED])
        more = f" và {len(late) - _NAMED} nội dung khác" if len(late) > _NAMED else ""
        out.statements.append(Statement("plan", f"Các nội dung chậm: {names}{more}.",
                                        f"Late contents: {len(late)}.", ("plan.late",)))
    return out
