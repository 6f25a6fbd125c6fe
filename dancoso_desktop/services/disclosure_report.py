"""The disclosure register's contribution to a periodic report (issue 11 item 3; domain.md §4,
reporting.md §7.4): what was disclosed in the period by Art. 11 item and by Art. 12.1 channel,
on time (≤ 5 working days, Art. 12.3), posted long enough (Art. 13.2), with evidence, the
planned disclosures whose date fell in the period but are not done (Art. 14), and the quarterly
lists of what was disclosed posted at the office and in the hamlets (Art. 13.2).

Counts are read in one pass over the register's summary columns (the legal checks are stored
as a bit mask by the register's service), so 10,000 records a year cost a few milliseconds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dancoso_desktop.domain import quarterly_list as ql
from dancoso_desktop.domain.disclosure import CHANNEL_CODES, PROBLEM_ORDER, DisclosureStatus, Problem, Scope
from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR
from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)
from dancoso_desktop.domain.text import fold
from dancoso_desktop.services.disclosure_catalogue import load_catalogue, load_duties
from dancoso_desktop.storage.rows import day, placeholders

if TYPE_CHECKING:
    from dancoso_desktop.storage.rows import RowReader

SOURCE = "disclosures"
GROUP = "Công khai thông tin"
_LATE = 1 << PROBLEM_ORDER.index(Problem.LATE)
_SHORT = 1 << PROBLEM_ORDER.index(Problem.POSTING_TOO_SHORT)


class _Refs(dict[int, RecordRef]):
    """One RecordRef per record, shared by every figure that counts it (a record is in the total,
    its item, its channels, on time…: at 10,000 records a year, 50,000 references)."""

    def __missing__(self, rid: int) -> RecordRef:
        ref = self[rid] = RecordRef("disclosure", rid)
        return ref

    def of(self, ids: list[int]) -> tuple[RecordRef, ...]:
        return tuple(map(self.__getitem__, ids))


def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    catalogue = load_catalogue()
    done = DisclosureStatus.DONE.value
    planned = DisclosureStatus.PLANNED.value
    start, end = period.start.isoformat(), period.end.isoformat()
    # Disclosed in the period, or planned and due in it: each arm on its (status, day) index.
    rows = db.rows("SELECT id, item, channel_mask, problems, evidence_count, status FROM disclosures "
                   "WHERE (status = ? AND disclosed_on >= ? AND disclosed_on <= ?) "
                   "OR (status = ? AND due_on >= ? AND due_on <= ?) ORDER BY id",
                   (done, start, end, planned, start, end))
    total: list[int] = []
    by_item: dict[int, list[int]] = {c.item: [] for c in catalogue.contents}
    by_channel: dict[str, list[int]] = {code: [] for code in CHANNEL_CODES}
    late: list[int] = []
    on_time: list[int] = []
    short: list[int] = []
    evidence: list[int] = []
    missed: list[int] = []
    for rid, item, mask, problems, n_evidence, status in rows:
        if status == planned:
            missed.append(rid)
            continue
        total.append(rid)
        by_item.setdefault(item, []).append(rid)
        for i, code in enumerate(CHANNEL_CODES):
            if mask & (1 << i):
                by_channel[code].append(rid)
        (late if problems & _LATE else on_time).append(rid)
        if problems & _SHORT:
            short.append(rid)
        if n_evidence:
            evidence.append(rid)

    out = Contribution(SOURCE)
    figs = out.figures
    refs = _Refs()

    def add(code: str, vi: str, en: str, ids: list[int], level: int = 0, annex: bool = True) -> None:
        figs.append(Figure(code, vi, en, len(ids), refs.of(ids), "nội dung"))
        if annex:
            out.annex.append(AnnexRow(GROUP, code, vi, en, "nội dung", level))

    add("disclosures.total", "Số nội dung đã công khai trong kỳ", "Contents disclosed in the period", total)
    for c in catalogue.contents:
        add(f"disclosures.item_{c.item}", f"Khoản {c.item} Điều 11: {c.short}", f"Art. 11 item {c.item}: {c.short}",
            by_item.get(c.item, []), 1)
    for ch in catalogue.channels:
        add(f"disclosures.channel_{ch.code}", f"Hình thức: {ch.name}", f"Channel: {ch.code}",
            by_channel[ch.code], 1)
    add("disclosures.on_time", "Công khai đúng thời hạn (không quá 05 ngày làm việc)",
        "Disclosed on time (≤ 5 working days)", on_time, 1)
    add("disclosures.late", "Công khai chậm (quá 05 ngày làm việc)", "Disclosed late", late, 1)
    add("disclosures.posting_short", "Niêm yết chưa đủ thời gian", "Posted too briefly", short, 1)
    add("disclosures.with_evidence", "Có minh chứng (ảnh, biên bản, nhật ký)", "With evidence", evidence, 1)
    add("disclosures.planned_missed", "Nội dung theo kế hoạch đến hạn nhưng chưa công khai",
        "Planned, due in the period, not disclosed", missed)
    # Art. 13.2: the quarterly list of what was disclosed (rules in domain/quarterly_list.py).
    lists_due, lists_posted = _quarterly_lists(db, period)
    lists_late = ql.late(lists_posted)
    for code, vi, en, lists, level in (
            ("disclosures.quarterly_lists_due", "Danh mục thông tin đã công khai hằng quý đến hạn niêm yết",
             "Quarterly lists of disclosed items due (Art. 13.2)", lists_due, 0),
            ("disclosures.quarterly_lists_posted", "Danh mục hằng quý đã niêm yết",
             "Quarterly lists posted by the cut-off", lists_posted, 1),
            ("disclosures.quarterly_lists_late", "Danh mục hằng quý niêm yết chậm so với kế hoạch",
             "Quarterly lists posted after the plan's day", lists_late, 1)):
        figs.append(Figure(code, vi, en, len(lists), refs.of([q.record_id for q in lists]), "danh mục"))
        out.annex.append(AnnexRow(GROUP, code, vi, en, "danh mục", level))

    n = len(total)
    items = "; ".join(f"{c.short} {len(by_item[c.item])}" for c in catalogue.contents if by_item.get(c.item))
    # Only the first letter is lowered: "qua Mặt trận Tổ quốc", "qua Trưởng thôn" keep their capitals.
    chans = "; ".join(f"{ch.name[:1].lower()}{ch.name[1:]} {len(by_channel[ch.code])}" for ch in catalogue.channels
                      if by_channel[ch.code])
    if n:
        text = (f"Trong kỳ, Ủy ban nhân dân đã công khai {n} nội dung theo Điều 11 Luật Thực hiện dân chủ ở cơ sở"
                f" (theo nội dung: {items}). Hình thức công khai: {chans}.")
    else:
        text = "Trong kỳ, chương trình chưa ghi nhận nội dung nào được công khai theo Điều 11."
    out.statements.append(Statement("disclosure", text, f"{n} contents were disclosed in the period.",
                                    ("disclosures.total",)))
    if n:
        parts = [f"Số nội dung công khai đúng thời hạn (không quá 05 ngày làm việc kể từ ngày văn bản được "
                 f"ban hành) là {len(on_time)}/{n}; công khai chậm {len(late)} nội dung"]
        parts.append(f"niêm yết chưa đủ thời gian theo quy định {len(short)} nội dung")
        parts.append(f"có minh chứng kèm theo {len(evidence)}/{n} nội dung")
        out.statements.append(Statement("disclosure", "; ".join(parts) + ".",
                                        f"{len(on_time)}/{n} on time, {len(late)} late.",
                                        ("disclosures.on_time", "disclosures.late", "disclosures.posting_short",
                                         "disclosures.with_evidence")))
    if lists_due:
        out.statements.append(_lists_statement(lists_due, lists_posted, lists_late))
    if missed:
        out.statements.append(Statement(
            "disclosure", f"Còn {len(missed)} nội dung theo kế hoạch công khai đến hạn trong kỳ nhưng chưa thực hiện.",
            f"{len(missed)} planned disclosures fell due and were not made.", ("disclosures.planned_missed",)))
    return out


def _data_dir(db: RowReader) -> Path | None:
    """The data folder (its catalogues/ may hold the province's own duties): the window's
    Database and the export's SqliteRows know their file; without one, the shipped duties."""
    return db.path.parent if db.path is not None else None


def _quarterly_lists(db: RowReader, period: ReportPeriod) -> tuple[list[ql.QuarterlyList], list[ql.QuarterlyList]]:
    """The quarterly lists (Art. 13.2) due in ``period`` and those of them posted by its end.

    Which rows are lists comes from the recurring duties (disclosure_recurring.json, those with
    ``quarterly_list`` set: their key, their Art. 11 item, their date), never from a second
    copy here. A row is a list when
    - its plan key is "YEAR:<key>" of such a duty (the plan generated it), or
    - the officer typed it by hand (no plan key) under that item with a title like the plan's,
      "Danh mục … quý II năm 2026", naming the quarter: it fulfils that quarter's duty (one
      list per quarter however many rows stand for it, see quarterly_list.merge), so a list
      posted without ticking the plan's duty is not reported missing. A hand-typed title that
      names no quarter is not recognised (it could be any list).
    One SELECT over the (year, item) index; a few rows a year.
    """
    # A list of year Y falls due in Y (quarters I–III) or in January of Y + 1 (quarter IV); a
    # hand-typed one may sit in either year's register.
    years = range(max(MIN_YEAR, period.start.year - 1), min(MAX_YEAR, period.end.year + 1) + 1)
    data_dir = _data_dir(db)
    due_day: dict[tuple[int, int], date] = {}
    by_key: dict[str, int] = {}
    items: set[int] = set()
    for year in years:
        for duty in load_duties(year, data_dir):
            quarter = _quarter_number(duty.quarterly_list)
            if quarter is not None:
                due_day[(year, quarter)] = duty.planned_on
                by_key[duty.key] = quarter
                items.add(duty.item)
    if not items:
        return [], []
    keys = [f"{year}:{key}" for year in years for key in by_key]
    # year IN and item IN: both columns of ix_disclosures_year_item as equalities, a few seeks
    # (a year range would stop the index at its first column). Scope is checked on the few rows
    # found, so that the planner has no reason to prefer (scope, year).
    years_in, items_in = list(years), sorted(items)
    rows = db.rows(
        "SELECT id, year, plan_key, title, status, planned_on, due_on, disclosed_on, scope FROM disclosures "
        f"WHERE year IN ({placeholders(len(years_in))}) AND item IN ({placeholders(len(items_in))}) "
        f"AND (plan_key IN ({placeholders(len(keys))}) OR (plan_key IS NULL AND search_key LIKE ?))",
        (*years_in, *items_in, *keys, f"{ql.HAND_PREFIX}%"))
    found: list[ql.ListRecord] = []
    done = DisclosureStatus.DONE.value
    for rid, row_year, plan_key, title, status, planned_on, due_on, disclosed_on, scope in rows:
        if scope != Scope.PUBLIC.value:    # công khai nội bộ (Art. 46–48) has no quarterly list
            continue
        posted = day(disclosed_on) if status == done else None
        if plan_key is not None:
            year_text, _, key = plan_key.partition(":")
            year, quarter = int(year_text), by_key[key]
            due = day(planned_on) or day(due_on) or due_day.get((year, quarter))
            found.append(ql.ListRecord(rid, year, quarter, due, posted, True))
            continue
        named = ql.quarter_named(fold(title), row_year)
        # A hand-typed list is due on the day the plan gives its quarter; one naming a quarter
        # the plan has no day for (another year, a quarter the province dropped) is not counted.
        if named is not None and named in due_day:
            found.append(ql.ListRecord(rid, named[0], named[1], due_day[named], posted, False))
    lists = ql.merge(found)
    # Art. 13.2, one list a quarter: due = its due day is inside the period; posted = of those,
    # posted by the period's last day. A list posted after the cut-off is not counted (the figure
    # must not change with the day the report is built); see quarterly_list.posted_in.
    return ql.due_in(lists, period.start, period.end), ql.posted_in(lists, period.start, period.end)


def _quarter_number(value: object) -> int | None:
    """The catalogue's ``quarterly_list`` (1–4); anything else is not a quarterly list."""
    try:
        quarter = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return quarter if 1 <= quarter <= 4 else None


def _lists_statement(due: list[ql.QuarterlyList], posted: list[ql.QuarterlyList],
                     late: list[ql.QuarterlyList]) -> Statement:
    """"Đã niêm yết 1/2 danh mục … (…), trong đó 1 danh mục niêm yết chậm (quý IV năm 2025); chưa
    niêm yết danh mục quý I năm 2026." Only when a list fell due: a period with none (a short
    ad-hoc report, a register without the plan's duties) gets no sentence, the annex still says 0."""
    codes = ("disclosures.quarterly_lists_due", "disclosures.quarterly_lists_posted",
             "disclosures.quarterly_lists_late")
    done = {(q.year, q.quarter) for q in posted}
    missing = [q for q in due if (q.year, q.quarter) not in done]
    vi = f"Đã niêm yết {len(posted)}/{len(due)} danh mục thông tin đã công khai hằng quý (khoản 2 Điều 13)"
    en = f"{len(posted)}/{len(due)} quarterly lists of disclosed items were posted (Art. 13.2)"
    if late:
        vi += f", trong đó {len(late)} danh mục niêm yết chậm so với kế hoạch ({_join_vi([q.label_vi for q in late])})"
        en += f", {len(late)} of them late (" + ", ".join(q.label_en for q in late) + ")"
    if missing:
        vi += "; chưa niêm yết danh mục " + _join_vi([q.label_vi for q in missing])
        en += "; not posted: " + ", ".join(q.label_en for q in missing)
    return Statement("disclosure", vi + ".", en + ".", codes)


def _join_vi(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " và " + parts[-1]
