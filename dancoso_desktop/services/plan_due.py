"""Plan contents on the due list: contents whose time frame ends by ``until`` and are not done.

Contents carried out "thường xuyên, cả năm" all end on 31/12; until then they are one line
("N nội dung … chưa đánh dấu hoàn thành", opening the first), once late each is listed.

"Late" is the plan editor's own rule (``PlanSection.is_late``: the deadline of its time frame has
passed and the status is not done), so the start page and the plan's "⚠ Late" always agree.

Which plans: those of the years from ``today`` to ``until``; last year's plan too while this
year's plan does not exist yet (in January, before the new plan is made, last year's unfinished
contents are still the officer's to chase). Once a plan is rolled forward, its unfinished
contents live on in the new plan (carried over), so the old one is not listed twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import select

from dancoso_desktop.domain.plan import PlanSection, Status, TimeFrameKind
from dancoso_desktop.domain.reporting import DueItem, RecordRef
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.tables import PlanRow, SectionRow

SOURCE = "plan"
CATEGORY = "plan"
TITLE_MAX = 160


def short(text: str, limit: int = TITLE_MAX) -> str:
    """One line of at most ``limit`` characters (the list shows titles, not bodies)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def plan_years(years: list[int], today: date, until: date) -> list[int]:
    """The plan years the due list looks at (see the module docstring)."""
    wanted = [y for y in years if today.year <= y <= max(today.year, until.year)]
    if today.year not in years and today.year - 1 in years:
        wanted.insert(0, today.year - 1)
    return wanted


def _walk(sections: list[PlanSection], parent: PlanSection | None) -> Iterator[tuple[PlanSection, PlanSection | None]]:
    for sec in sections:
        yield sec, parent
        yield from _walk(sec.children, sec)


def _label(sec: PlanSection) -> str:
    """"3.1 Hội nghị …", "c) Báo cáo năm": a lettered point reads as the plan prints it."""
    number = sec.number
    if number and number.isalpha() and len(number) <= 2 and number.islower():
        number += ")"
    return f"{number} {sec.title}".strip()


def due(db: Database, today: date, until: date) -> list[DueItem]:
    from dancoso_desktop.services.plan_service import PlanService

    with db.session() as s:
        years = list(s.scalars(select(PlanRow.year).order_by(PlanRow.year)))
    service = PlanService(db)
    items: list[DueItem] = []
    for year in plan_years(years, today, until):
        plan = service.get_plan(year)
        ongoing: list[PlanSection] = []
        for sec, parent in _walk(plan.sections, None):
            deadline = sec.timeframe.deadline(year)
            if deadline is None or sec.status is Status.DONE or deadline > until or sec.id is None:
                continue
            late = sec.is_late(year, today)   # the plan editor's own rule
            if sec.timeframe.kind is TimeFrameKind.WHOLE_YEAR and not late:
                ongoing.append(sec)           # listed once below, not one line each
                continue
            when = sec.timeframe.describe(year)
            under = f"; thuộc mục {short(_label(parent), 60)}" if parent is not None else ""
            under_en = f"; under {short(_label(parent), 60)}" if parent is not None else ""
            unit = f"; chủ trì: {sec.lead_unit}" if sec.lead_unit else ""
            unit_en = f"; lead: {sec.lead_unit}" if sec.lead_unit else ""
            items.append(DueItem(
                SOURCE, CATEGORY, short(_label(sec)), deadline, RecordRef("plan_section", sec.id),
                note_vi=(f"Kế hoạch năm {year}: {when}{unit}; tiến độ {sec.progress}%{under}"
                         + ("; đã quá hạn, chưa hoàn thành" if late else "")),
                note_en=(f"Plan {year}: {when}{unit_en}; progress {sec.progress}%{under_en}"
                         + ("; past its deadline, not done" if late else ""))))
        if ongoing:
            # "Thường xuyên, cả năm" contents all end on 31/12: one line says the year's ongoing
            # work must be finished and marked done, instead of dozens of identical lines.
            first = ongoing[0]
            assert first.id is not None
            items.append(DueItem(
                SOURCE, CATEGORY,
                f"{len(ongoing)} nội dung thực hiện thường xuyên cả năm {year} chưa đánh dấu hoàn thành",
                date(year, 12, 31), RecordRef("plan_section", first.id),
                note_vi="Kết thúc cùng năm kế hoạch: cập nhật kết quả, đánh dấu hoàn thành: "
                        + "; ".join(short(_label(x), 40) for x in ongoing[:8]) + ("…" if len(ongoing) > 8 else ""),
                note_en=f"{len(ongoing)} ongoing contents of the {year} plan end with the year: update and "
                        "mark them done"))
    return items


def section_year(db: Database, section_id: int) -> int | None:
    """The year of the plan holding a section (the window shows that year to open it)."""
    with db.session() as s:
        return s.scalar(select(PlanRow.year).join(SectionRow, SectionRow.plan_id == PlanRow.id)
                        .where(SectionRow.id == section_id))
