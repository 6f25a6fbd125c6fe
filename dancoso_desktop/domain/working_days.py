"""Working-day arithmetic for legal deadlines ("≤5 working days", Art. 12.3 Luật 10/2022/QH15).

Pure: the calendar is data. The services fill it from the `holidays` package (Vietnamese public
holidays including lunar Tết and Giỗ Tổ Hùng Vương) plus the government's yearly day swaps that
the officer types in (a weekday off, paid back by a Saturday at work).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

_ONE = timedelta(days=1)


@dataclass(frozen=True)
class DaySwap:
    """One government day swap: ``day_off`` becomes a holiday; ``work_day`` (often a
    Saturday) becomes a working day. Either may be missing (an extra day off, or a make-up day)."""

    day_off: date | None
    work_day: date | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class WorkingCalendar:
    """Weekends (Saturday, Sunday), public holidays and extra working days."""

    holidays: frozenset[date] = field(default_factory=frozenset)
    extra_workdays: frozenset[date] = field(default_factory=frozenset)
    weekend: frozenset[int] = frozenset({5, 6})

    @classmethod
    def build(cls, holidays: Iterable[date], swaps: Iterable[DaySwap] = (),
              extra_workdays: Iterable[date] = ()) -> WorkingCalendar:
        off = set(holidays)
        work = set(extra_workdays)
        for swap in swaps:
            if swap.day_off is not None:
                off.add(swap.day_off)
                work.discard(swap.day_off)
            if swap.work_day is not None:
                work.add(swap.work_day)
                off.discard(swap.work_day)
        return cls(frozenset(off), frozenset(work))

    def is_working_day(self, d: date) -> bool:
        if d in self.extra_workdays:
            return True
        return d.weekday() not in self.weekend and d not in self.holidays

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (n ≥ 0; n = 0 gives ``start`` itself).

        "Within 5 working days of the decision" means the disclosure may come as late as
        add_working_days(decided_on, 5): the decision day itself is not counted.
        """
        if n < 0:
            raise ValueError("n must be ≥ 0")
        d = start
        while n > 0:
            d += _ONE
            if self.is_working_day(d):
                n -= 1
        return d

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: 0 when end ≤ start."""
        if end <= start:
            return 0
        count = 0
        d = start
        while d < end:
            d += _ONE
            if self.is_working_day(d):
                count += 1
        return count
