"""The disclosure register's contribution to a periodic report (issue 11 item 3; domain.md §4,
reporting.md §7.4): what was disclosed in the period by Art. 11 item and by Art. 12.1 channel,
on time (≤ 5 working days, Art. 12.3), posted long enough (Art. 13.2), with evidence, and the
planned disclosures whose date fell in the period but are not done (Art. 14).

Counts are read in one pass over the register's summary columns (the legal checks are stored
as a bit mask by the register's service), so 10,000 records a year cost a few milliseconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select

from dancoso_desktop.domain.disclosure import CHANNEL_CODES, PROBLEM_ORDER, DisclosureStatus, Problem
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


def contribute(db: Database, period: ReportPeriod) -> Contribution:
    from dancoso_desktop.services.disclosure_catalogue import load_catalogue
    from dancoso_desktop.storage.disclosure_tables import DisclosureRow as D

    catalogue = load_catalogue()
    done = DisclosureStatus.DONE.value
    planned = DisclosureStatus.PLANNED.value
    stmt = select(D.id, D.item, D.channel_mask, D.problems, D.evidence_count, D.status).where(or_(
        and_(D.status == done, D.disclosed_on >= period.start, D.disclosed_on <= period.end),
        and_(D.status == planned, D.due_on >= period.start, D.due_on <= period.end),
    )).order_by(D.id)
    with db.connect() as con:
        rows = con.execute(stmt).all()
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
    if missed:
        out.statements.append(Statement(
            "disclosure", f"Còn {len(missed)} nội dung theo kế hoạch công khai đến hạn trong kỳ nhưng chưa thực hiện.",
            f"{len(missed)} planned disclosures fell due and were not made.", ("disclosures.planned_missed",)))
    return out
