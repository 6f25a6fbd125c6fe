"""The disclosure register (công khai, Luật 10/2022/QH15 Art. 11–14) as plain data.

The catalogues (the 14 contents of Art. 11 and the channels of Art. 12.1) are data loaded by the
services from resources/catalogues; here they are plain dataclasses built from dictionaries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from dancoso_desktop.domain.evidence import Evidence
from dancoso_desktop.domain.text import sort_key

ITEM_COUNT = 14  # Art. 11 lists 14 contents
INTERNAL_ITEM_COUNT = 11  # Art. 46: what the administration discloses to its own staff


class Scope(StrEnum):
    """Whom a disclosure is for: the people (Art. 11–14) or the commune's own staff (Art. 46–48)."""

    PUBLIC = "public"
    INTERNAL = "internal"     # công khai nội bộ


SCOPE_VI = {Scope.PUBLIC: "Công khai với Nhân dân", Scope.INTERNAL: "Công khai nội bộ"}


@dataclass(frozen=True)
class ContentKind:
    """One content of Art. 11 and the legal minimums Art. 13 attaches to it."""

    item: int
    name: str
    short: str
    posting_days: int | None      # ≥30 consecutive days for items 1–3, 5–12 (Art. 13.2)
    permanent: bool               # items 4 and 13 stay posted and are kept up to date (Art. 13.2)
    radio_days: int | None        # ≥3 consecutive days on the radio for items 7–12 (Art. 13.3)


@dataclass(frozen=True)
class ChannelKind:
    """One form of disclosure of Art. 12.1 (a–k)."""

    code: str
    letter: str
    name: str
    needs_place: bool
    places: tuple[str, ...] = ()


CHANNEL_CODES = ("posting", "website", "radio", "hamlet_head", "letter", "dialogue",
                 "citizen_reception", "organisations", "telecom", "other")


@dataclass(frozen=True)
class Catalogue:
    contents: tuple[ContentKind, ...]
    channels: tuple[ChannelKind, ...]
    deadline_working_days: int = 5    # Art. 12.3
    internal_contents: tuple[ContentKind, ...] = ()   # Art. 46, each posted ≥ 20 days (Art. 48)

    def content(self, item: int) -> ContentKind:
        for c in self.contents:
            if c.item == item:
                return c
        raise KeyError(item)

    def contents_of(self, scope: str) -> tuple[ContentKind, ...]:
        return self.internal_contents if scope == Scope.INTERNAL else self.contents

    def content_of(self, scope: str, item: int) -> ContentKind:
        """The content ``item`` of the catalogue of ``scope`` (Art. 11 or Art. 46)."""
        for c in self.contents_of(scope):
            if c.item == item:
                return c
        raise KeyError(item)

    def channel(self, code: str) -> ChannelKind:
        for c in self.channels:
            if c.code == code:
                return c
        raise KeyError(code)

    def channel_bit(self, code: str) -> int:
        return 1 << CHANNEL_CODES.index(code)

    def codes_from_mask(self, mask: int) -> list[str]:
        return [code for i, code in enumerate(CHANNEL_CODES) if mask & (1 << i)]


def _contents(data: Mapping[str, Any]) -> tuple[ContentKind, ...]:
    return tuple(
        ContentKind(int(c["item"]), str(c["name"]), str(c["short"]),
                    int(c["posting_days"]) if c.get("posting_days") is not None else None,
                    bool(c.get("permanent", False)),
                    int(c["radio_days"]) if c.get("radio_days") is not None else None)
        for c in data["contents"])


def catalogue_from_data(contents: Mapping[str, Any], channels: Mapping[str, Any],
                        internal: Mapping[str, Any] | None = None) -> Catalogue:
    """Build and check the catalogue from the JSON documents (a broken edit fails loudly);
    ``internal`` is the Art. 46 catalogue of internal disclosure."""
    items = _contents(contents)
    if sorted(c.item for c in items) != list(range(1, ITEM_COUNT + 1)):
        raise ValueError("the catalogue must list the contents 1–14 of Art. 11 exactly once")
    inner = _contents(internal) if internal is not None else ()
    if internal is not None and sorted(c.item for c in inner) != list(range(1, len(inner) + 1)):
        raise ValueError("the internal catalogue must number its contents 1, 2, 3… (Art. 46)")
    chans = tuple(ChannelKind(str(c["code"]), str(c["letter"]), str(c["name"]),
                              bool(c.get("needs_place", False)), tuple(c.get("places", ())))
                  for c in channels["channels"])
    if tuple(c.code for c in chans) != CHANNEL_CODES:
        raise ValueError(f"the channel catalogue must list the codes {', '.join(CHANNEL_CODES)} in order")
    return Catalogue(items, chans, int(contents.get("deadline_working_days", 5)), inner)


class DisclosureStatus(StrEnum):
    PLANNED = "planned"       # in the year's disclosure plan (Art. 14), not yet disclosed
    DONE = "done"             # disclosed
    CANCELLED = "cancelled"   # dropped from the plan (kept for the record)


STATUS_VI = {DisclosureStatus.PLANNED: "Kế hoạch", DisclosureStatus.DONE: "Đã công khai",
             DisclosureStatus.CANCELLED: "Hủy bỏ"}


class Problem(StrEnum):
    """Codes of the legal checks (design.md §7); the order is the bit order in storage."""

    LATE = "late"                             # > 5 working days after the decision (Art. 12.3)
    POSTING_TOO_SHORT = "posting_too_short"   # < 30 days, or a permanent item taken down (Art. 13.2)
    RADIO_TOO_SHORT = "radio_too_short"       # < 3 consecutive days for items 7–12 (Art. 13.3)
    NO_EVIDENCE = "no_evidence"               # disclosed without a photo, log or minutes
    OVERDUE = "overdue"                       # planned, its date passed, not done (Art. 14)


PROBLEM_ORDER = tuple(Problem)

PROBLEM_VI = {
    Problem.LATE: "Công khai chậm (quá 5 ngày làm việc)",
    Problem.POSTING_TOO_SHORT: "Niêm yết chưa đủ thời gian",
    Problem.RADIO_TOO_SHORT: "Truyền thanh chưa đủ 3 ngày",
    Problem.NO_EVIDENCE: "Thiếu minh chứng",
    Problem.OVERDUE: "Quá hạn theo kế hoạch",
}

PROBLEM_ARTICLE = {
    Problem.LATE: "khoản 3 Điều 12",
    Problem.POSTING_TOO_SHORT: "khoản 2 Điều 13",
    Problem.RADIO_TOO_SHORT: "khoản 3 Điều 13",
    Problem.NO_EVIDENCE: "Điều 13",   # the evidence proves the posting and radio times
    Problem.OVERDUE: "Điều 14",
}

# The same, for the English interface (Law 10/2022/QH15's articles and clauses).
PROBLEM_EN = {
    Problem.LATE: "Disclosed late (more than 5 working days)",
    Problem.POSTING_TOO_SHORT: "Posted for too short a time",
    Problem.RADIO_TOO_SHORT: "Broadcast on fewer than 3 days",
    Problem.NO_EVIDENCE: "No evidence",
    Problem.OVERDUE: "Overdue against the plan",
}

PROBLEM_ARTICLE_EN = {
    Problem.LATE: "Art. 12(3)",
    Problem.POSTING_TOO_SHORT: "Art. 13(2)",
    Problem.RADIO_TOO_SHORT: "Art. 13(3)",
    Problem.NO_EVIDENCE: "Art. 13",
    Problem.OVERDUE: "Art. 14",
}


def problems_to_mask(problems: Iterable[Problem]) -> int:
    mask = 0
    for p in problems:
        mask |= 1 << PROBLEM_ORDER.index(p)
    return mask


def problems_from_mask(mask: int) -> list[Problem]:
    return [p for i, p in enumerate(PROBLEM_ORDER) if mask & (1 << i)]


@dataclass
class ChannelUse:
    """One channel used, where, and from when to when (end None: still posted, no end)."""

    channel: str
    place: str = ""
    start: date | None = None
    end: date | None = None


@dataclass
class DisclosureRecord:
    item: int
    title: str
    year: int = 0                               # register year; 0: taken from the dates
    source_document: str = ""                   # "Quyết định số 12/QĐ-UBND"
    decided_on: date | None = None              # the decision the disclosure comes from
    planned_on: date | None = None              # by when the plan (Art. 14) says it is disclosed
    channels: list[ChannelUse] = field(default_factory=list)
    unit_id: int | None = None
    unit_name: str = ""
    status: DisclosureStatus = DisclosureStatus.DONE
    evidence: list[Evidence] = field(default_factory=list)
    notes: str = ""
    plan_key: str | None = None                 # set on duties generated from the plan
    id: int | None = None
    scope: Scope = Scope.PUBLIC                 # internal: Art. 46–48, items of the Art. 46 catalogue

    @property
    def disclosed_on(self) -> date | None:
        starts = [c.start for c in self.channels if c.start is not None]
        return min(starts) if starts else None

    def uses(self, code: str) -> list[ChannelUse]:
        return [c for c in self.channels if c.channel == code]


def collation_string(text: str | None) -> str:
    """A string whose plain binary order is the Vietnamese alphabetical order of ``text``.

    SQLite compares TEXT byte-wise (UTF-8 keeps code-point order), so storing this beside the
    title lets ORDER BY and an index sort in Vietnamese (domain.md §6) without a Python collation.
    """
    primary, secondary, tertiary = sort_key(text)

    def enc(values: tuple[int, ...]) -> str:
        # Shift past the separator and the surrogate block, cap inside Unicode.
        return "".join(chr(min(v + 0x20, 0xD7FF)) for v in values)

    return f"{enc(primary)}\x01{enc(secondary)}\x01{enc(tertiary)}"
