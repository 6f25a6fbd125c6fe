"""Internal disclosures (công khai nội bộ, Law Art. 46–48) as the report and the due list see
them: the records of the one disclosure register whose scope is "internal"."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from dancoso_desktop.domain.reporting import RecordRef
from dancoso_desktop.storage.disclosure_tables import DisclosureRow

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database

INTERNAL = "internal"
INTERNAL_POSTING_DAYS = 20     # posted ≥ 20 consecutive days — Law Art. 48


def internal_in_period(db: Database, start: date, end: date) -> tuple[tuple[RecordRef, ...], tuple[RecordRef, ...]]:
    """Internal disclosures first made in [start, end], and those of them posted ≥ 20 days
    (a posting still up counts once its 20th day has come by ``end``)."""
    with db.session() as s:
        rows = s.execute(select(DisclosureRow.id, DisclosureRow.posting_start, DisclosureRow.posting_end)
                         .where(DisclosureRow.scope == INTERNAL, DisclosureRow.status == "done",
                                DisclosureRow.disclosed_on >= start, DisclosureRow.disclosed_on <= end)
                         .order_by(DisclosureRow.disclosed_on, DisclosureRow.id)).all()
    made = tuple(RecordRef("disclosure", r.id) for r in rows)
    posted = []
    for r in rows:
        if r.posting_start is None:
            continue
        last = r.posting_end if r.posting_end is not None else end
        if last - r.posting_start >= timedelta(days=INTERNAL_POSTING_DAYS - 1):
            posted.append(RecordRef("disclosure", r.id))
    return made, tuple(posted)
