"""The annual implementation plan (Kế hoạch thực hiện dân chủ ở cơ sở) as plain data."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.numbering import NumberStyle, default_style, label

MIN_YEAR, MAX_YEAR = 1990, 2100


def no_plan(year: int) -> ValidationError:
    """The refusal when a year has no plan yet (same words in the window and every command)."""
    return ValidationError(f"Chưa có kế hoạch năm {year}.", f"There is no plan for {year}.")


def check_year(year: int) -> int:
    if not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            f"Năm {year} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.",
            f"Year {year} is outside {MIN_YEAR}–{MAX_YEAR}.",
            field="year",
        )
    return year


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


STATUS_VI = {Status.NOT_STARTED: "Chưa thực hiện", Status.IN_PROGRESS: "Đang thực hiện",
             Status.DONE: "Đã hoàn thành"}


class TimeFrameKind(StrEnum):
    NONE = "none"
    WHOLE_YEAR = "whole_year"   # "Thường xuyên, cả năm"
    BY_DATE = "by_date"         # "Trước ngày 31/3"
    QUARTER = "quarter"         # "Trong quý II"
    RANGE = "range"             # "Từ 01/4 đến 30/6"


@dataclass(frozen=True)
class TimeFrame:
    kind: TimeFrameKind = TimeFrameKind.NONE
    start: date | None = None
    end: date | None = None
    quarter: int | None = None

    def validate(self) -> TimeFrame:
        if self.kind is TimeFrameKind.BY_DATE and self.end is None:
            raise ValidationError("Hãy chọn hạn hoàn thành.", "Choose the deadline.", field="timeframe")
        if self.kind is TimeFrameKind.QUARTER and self.quarter not in (1, 2, 3, 4):
            raise ValidationError("Quý phải là 1, 2, 3 hoặc 4.", "The quarter must be 1, 2, 3 or 4.",
                                  field="timeframe")
        if self.kind is TimeFrameKind.RANGE:
            if self.start is None or self.end is None:
                raise ValidationError("Hãy nhập cả ngày bắt đầu và ngày kết thúc.",
                                      "Enter both the start and the end date.", field="timeframe")
            if self.end < self.start:
                raise ValidationError(
                    "Ngày kết thúc không được trước ngày bắt đầu.",
                    "The end date must not be before the start date.", field="timeframe")
        return self

    def deadline(self, year: int) -> date | None:
        """The last day by which the content must be done, in the plan's year."""
        if self.kind is TimeFrameKind.WHOLE_YEAR:
            return date(year, 12, 31)
        if self.kind is TimeFrameKind.BY_DATE or self.kind is TimeFrameKind.RANGE:
            return self.end
        if self.kind is TimeFrameKind.QUARTER and self.quarter:
            month = self.quarter * 3
            return date(year, month, calendar.monthrange(year, month)[1])
        return None

    def describe(self, year: int | None = None) -> str:
        """Vietnamese wording as plans print it."""
        if self.kind is TimeFrameKind.WHOLE_YEAR:
            return "Thường xuyên, cả năm"
        if self.kind is TimeFrameKind.BY_DATE and self.end:
            return f"Trước ngày {self.end:%d/%m/%Y}"
        if self.kind is TimeFrameKind.QUARTER and self.quarter:
            roman_q = ["I", "II", "III", "IV"][self.quarter - 1]
            return f"Trong quý {roman_q}" + (f" năm {year}" if year else "")
        if self.kind is TimeFrameKind.RANGE and self.start and self.end:
            return f"Từ {self.start:%d/%m/%Y} đến {self.end:%d/%m/%Y}"
        return ""

    def shifted_years(self, years: int) -> TimeFrame:
        return TimeFrame(self.kind, _shift(self.start, years), _shift(self.end, years), self.quarter)


def _shift(d: date | None, years: int) -> date | None:
    if d is None:
        return None
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February into a common year
        return d.replace(year=d.year + years, day=28)


@dataclass
class PlanSection:
    """One numbered content of the plan. ``number`` is computed; never typed."""

    title: str
    text: str = ""
    id: int | None = None
    children: list[PlanSection] = field(default_factory=list)
    child_style: NumberStyle | None = None   # None: the default style for that depth
    lead_unit: str = ""                       # unit name as printed
    coordinating_units: list[str] = field(default_factory=list)
    lead_unit_id: int | None = None           # catalogue ids, when stored
    coordinating_unit_ids: list[int] = field(default_factory=list)
    timeframe: TimeFrame = field(default_factory=TimeFrame)
    status: Status = Status.NOT_STARTED
    progress: int = 0                         # 0–100, the officer's own estimate
    notes: str = ""
    carried_over: bool = False                # unfinished in last year's plan
    # Put back by the importer: the document lost this heading (only its number is known);
    # the officer types the title before importing. Not stored.
    restored: bool = False
    number: str = ""                          # filled by renumber()
    style: NumberStyle = NumberStyle.ROMAN    # filled by renumber()

    @property
    def is_task(self) -> bool:
        """A content that is carried out: it has a unit or a time frame to track."""
        return bool(self.lead_unit) or self.timeframe.kind is not TimeFrameKind.NONE

    def is_late(self, year: int, today: date) -> bool:
        deadline = self.timeframe.deadline(year)
        return self.status is not Status.DONE and deadline is not None and deadline < today

    def walk(self) -> Iterator[PlanSection]:
        yield self
        for child in self.children:
            yield from child.walk()


def renumber(sections: list[PlanSection], parent: PlanSection | None = None, depth: int = 0) -> None:
    """Compute number and style of every section from its place in the tree."""
    style = (parent.child_style if parent and parent.child_style else None) or default_style(depth)
    parent_label = parent.number if parent else ""
    for position, section in enumerate(sections, start=1):
        section.style = style
        section.number = label(style, position, parent_label)
        renumber(section.children, section, depth + 1)


def rolled_progress(section: PlanSection) -> int | None:
    """Progress of a section: its own for a leaf task, else the mean of its tracked children.

    A done task counts 100 whatever was typed. Sections with nothing to track give None.
    """
    child_values = [v for v in (rolled_progress(c) for c in section.children) if v is not None]
    if child_values:
        return round(sum(child_values) / len(child_values))
    if section.is_task:
        return 100 if section.status is Status.DONE else max(0, min(100, section.progress))
    return None


@dataclass
class Signer:
    authority: str = "TM. ỦY BAN NHÂN DÂN"   # TM. / KT. / Q. line (NĐ 30/2020 PL I)
    title: str = "CHỦ TỊCH"
    name: str = ""


@dataclass
class Plan:
    year: int
    title: str = ""                 # the summary (trích yếu): "Thực hiện dân chủ ở cơ sở năm 2026"
    number: str = ""                # "05/KH-UBND"
    place: str = ""
    date: date | None = None
    issuing_body: str = ""          # "ỦY BAN NHÂN DÂN XÃ BÌNH LƯ"
    parent_body: str = ""           # usually empty for a commune (domain.md §3)
    legal_bases: list[str] = field(default_factory=list)
    intro: str = ""                 # the paragraph after the bases ("UBND xã ban hành Kế hoạch … như sau:")
    recipients: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    sections: list[PlanSection] = field(default_factory=list)
    report_deadlines: list[dict[str, str]] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    id: int | None = None

    def walk(self) -> Iterator[PlanSection]:
        for s in self.sections:
            yield from s.walk()

    def renumber(self) -> None:
        renumber(self.sections)


def format_document_number(serial: int, type_code: str = "KH", issuer: str = "UBND") -> str:
    """'05/KH-UBND': zero-padded below 10, no spaces (NĐ 30/2020 PL I)."""
    return f"{serial:02d}/{type_code}-{issuer}"
