"""The legal checks of the disclosure register, as small pure functions.

Every rule cites its article of Luật 10/2022/QH15 (see ../shared/domain.md §1 (b)(c)).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dancoso_desktop.domain.disclosure import (
    Catalogue,
    ChannelUse,
    DisclosureRecord,
    DisclosureStatus,
    Problem,
    Scope,
)
from dancoso_desktop.domain.working_days import WorkingCalendar


def consecutive_days(start: date, end: date) -> int:
    """Days from start to end, both counted: 01/03–30/03 is 30 days."""
    return (end - start).days + 1


def minimum_end(start: date, days: int) -> date:
    """The first end date that makes ``days`` consecutive days from ``start``."""
    return start + timedelta(days=days - 1)


def disclosure_deadline(decided_on: date, calendar: WorkingCalendar, working_days: int = 5) -> date:
    """The last day to disclose: 5 working days after the decision (Art. 12.3)."""
    return calendar.add_working_days(decided_on, working_days)


INTERNAL_POSTING_DAYS = 20   # internal disclosure posted ≥ 20 consecutive days (Art. 48)


def legal_end(catalogue: Catalogue, item: int, channel: str, start: date,
              scope: str = Scope.PUBLIC) -> date | None:
    """The end date the form proposes: the legal minimum for that content and channel.

    Posting: 30 consecutive days for items 1–3, 5–12; items 4 and 13 permanent → None
    (Art. 13.2). Radio: 3 consecutive days for items 7–12 (Art. 13.3). Others: the start day.
    Internal disclosure (Art. 46–48): posting 20 consecutive days; other forms the start day.
    """
    if scope == Scope.INTERNAL:
        return minimum_end(start, INTERNAL_POSTING_DAYS) if channel == "posting" else start
    content = catalogue.content(item)
    if channel == "posting":
        if content.permanent:
            return None
        if content.posting_days:
            return minimum_end(start, content.posting_days)
    if channel == "radio" and content.radio_days:
        return minimum_end(start, content.radio_days)
    return start


def internal_posting_too_short(record: DisclosureRecord) -> bool:
    """An internal disclosure posted for fewer than 20 consecutive days at any place (Art. 48).

    Posting is one of the forms of Art. 47 (with the intranet, a conference, a written notice…),
    so an internal disclosure made without posting is not too short; a posting with no end yet
    is still running."""
    return any(u.start is not None and u.end is not None
               and consecutive_days(u.start, u.end) < INTERNAL_POSTING_DAYS for u in record.uses("posting"))


def _posting_too_short(catalogue: Catalogue, record: DisclosureRecord) -> bool:
    if record.scope == Scope.INTERNAL:
        return internal_posting_too_short(record)
    content = catalogue.content(record.item)
    postings = record.uses("posting")
    if content.permanent:
        # Items 4 and 13 are posted permanently (Art. 13.2): any posting with an end, or none at
        # all, fails.
        return not postings or any(u.end is not None for u in postings)
    if not content.posting_days:
        return False
    if not postings:
        return True  # Art. 13.2 requires posting for these items; 0 days is too short
    # Each place (the office and every hamlet) must keep it for the whole time (Art. 13.2).
    return any(u.start is not None and u.end is not None
               and consecutive_days(u.start, u.end) < content.posting_days for u in postings)


def _radio_too_short(catalogue: Catalogue, record: DisclosureRecord) -> bool:
    if record.scope == Scope.INTERNAL:
        return False   # Art. 47 names no radio for internal disclosure
    days = catalogue.content(record.item).radio_days
    if not days:
        return False
    uses = record.uses("radio")
    if not uses:
        return True  # Art. 13.3 requires the radio for items 7–12
    return all(u.start is None or (u.end is not None and consecutive_days(u.start, u.end) < days)
               for u in uses)


def is_late(record: DisclosureRecord, calendar: WorkingCalendar, working_days: int = 5) -> bool:
    """Disclosed more than 5 working days after the decision (Art. 12.3; internal: Art. 48)."""
    disclosed = record.disclosed_on
    if record.decided_on is None or disclosed is None:
        return False
    return disclosed > disclosure_deadline(record.decided_on, calendar, working_days)


def due_date(record: DisclosureRecord, calendar: WorkingCalendar, working_days: int = 5) -> date | None:
    """When a planned disclosure is due: its planned date, else 5 working days after its
    decision (Art. 12.3, Art. 14)."""
    candidates = [d for d in (record.planned_on,) if d is not None]
    if record.decided_on is not None:
        candidates.append(disclosure_deadline(record.decided_on, calendar, working_days))
    return min(candidates) if candidates else None


def static_problems(catalogue: Catalogue, record: DisclosureRecord,
                    calendar: WorkingCalendar) -> list[Problem]:
    """The checks that do not depend on today's date (stored with the record)."""
    if record.status is not DisclosureStatus.DONE:
        return []
    found: list[Problem] = []
    if is_late(record, calendar, catalogue.deadline_working_days):
        found.append(Problem.LATE)
    if _posting_too_short(catalogue, record):
        found.append(Problem.POSTING_TOO_SHORT)
    if _radio_too_short(catalogue, record):
        found.append(Problem.RADIO_TOO_SHORT)
    if not record.evidence:
        found.append(Problem.NO_EVIDENCE)
    return found


def is_overdue(record: DisclosureRecord, calendar: WorkingCalendar, today: date,
               working_days: int = 5) -> bool:
    """Planned, its date has passed, and not done (Art. 14: the plan says when)."""
    if record.status is not DisclosureStatus.PLANNED:
        return False
    due = due_date(record, calendar, working_days)
    return due is not None and due < today


def check(catalogue: Catalogue, record: DisclosureRecord, calendar: WorkingCalendar,
          today: date) -> list[Problem]:
    found = static_problems(catalogue, record, calendar)
    if is_overdue(record, calendar, today, catalogue.deadline_working_days):
        found.append(Problem.OVERDUE)
    return found


def posted_on(use: ChannelUse, day: date) -> bool:
    return use.start is not None and use.start <= day and (use.end is None or day <= use.end)


def still_posted(record: DisclosureRecord, today: date) -> bool:
    """"Still posted today": a posting that has begun and has not ended (Art. 13.2)."""
    return record.status is DisclosureStatus.DONE and any(posted_on(u, today) for u in record.uses("posting"))


@dataclass(frozen=True)
class PostingSpan:
    """The stored summary of the postings: start, end (None: permanent or open) and whether any."""

    start: date | None
    end: date | None
    any_posting: bool


def posting_span(record: DisclosureRecord) -> PostingSpan:
    uses = [u for u in record.uses("posting") if u.start is not None]
    if not uses:
        return PostingSpan(None, None, False)
    start = min(u.start for u in uses if u.start is not None)
    ends = [u.end for u in uses]
    end = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
    return PostingSpan(start, end, True)
