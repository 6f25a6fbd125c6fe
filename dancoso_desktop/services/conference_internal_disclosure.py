"""Internal disclosures (công khai nội bộ, Law Art. 46–48) as the report sees them: the records
of the one disclosure register whose scope is "internal". Plain SQL (storage.rows.RowReader),
so a report counts them without the ORM."""

from __future__ import annotations

from datetime import date, timedelta

from dancoso_desktop.domain.reporting import RecordRef
from dancoso_desktop.storage.rows import RowReader, day

INTERNAL = "internal"
INTERNAL_POSTING_DAYS = 20     # posted ≥ 20 consecutive days — Law Art. 48


def internal_in_period(db: RowReader, start: date, end: date) -> tuple[tuple[RecordRef, ...], tuple[RecordRef, ...]]:
    """Internal disclosures first made in [start, end], and those of them posted ≥ 20 days
    (a posting still up counts once its 20th day has come by ``end``)."""
    rows = db.rows("SELECT id, posting_start, posting_end FROM disclosures "
                   "WHERE scope = ? AND status = 'done' AND disclosed_on >= ? AND disclosed_on <= ? "
                   "ORDER BY disclosed_on, id", (INTERNAL, start.isoformat(), end.isoformat()))
    made = tuple(RecordRef("disclosure", r[0]) for r in rows)
    posted = []
    for rec_id, posting_start, posting_end in rows:
        first = day(posting_start)
        if first is None:
            continue
        last = day(posting_end) or end
        if last - first >= timedelta(days=INTERNAL_POSTING_DAYS - 1):
            posted.append(RecordRef("disclosure", rec_id))
    return made, tuple(posted)
