"""The working-day calendar: Vietnamese public holidays plus the officer's yearly day swaps.

The holidays and the calendar itself are built in services/workdays.py (no SQLAlchemy there, so
reports can count from a bare sqlite3 connection); this service adds and removes the swaps the
government announces each year, which the officer types in, so every deadline (Art. 12.3: ≤5
working days) uses them.
"""

from __future__ import annotations

from datetime import date

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR
from dancoso_desktop.domain.text import clean_line
from dancoso_desktop.domain.working_days import DaySwap, WorkingCalendar
from dancoso_desktop.services.workdays import read_swaps, span, working_calendar
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.disclosure_tables import DaySwapRow


class CalendarService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[tuple[int, int], WorkingCalendar] = {}

    def swaps(self) -> list[DaySwap]:
        return read_swaps(self.db)

    def add_swap(self, swap: DaySwap) -> DaySwap:
        if swap.day_off is None and swap.work_day is None:
            raise ValidationError("Hãy nhập ngày nghỉ hoặc ngày làm bù.", "Enter a day off or a make-up day.",
                                  field="day_off")
        for d in (swap.day_off, swap.work_day):
            if d is not None and not MIN_YEAR <= d.year <= MAX_YEAR:
                raise ValidationError(f"Năm {d.year} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.",
                                      f"Year {d.year} is outside {MIN_YEAR}–{MAX_YEAR}.", field="day_off")
        if swap.day_off is not None and swap.day_off == swap.work_day:
            raise ValidationError("Ngày nghỉ và ngày làm bù phải khác nhau.",
                                  "The day off and the make-up day must differ.", field="work_day")
        note = clean_line(swap.note)[:300]
        with self.db.session() as s:
            row = DaySwapRow(day_off=swap.day_off, work_day=swap.work_day, note=note)
            s.add(row)
            s.flush()
            new_id = row.id
        self._cache.clear()
        return DaySwap(swap.day_off, swap.work_day, note, new_id)

    def delete_swap(self, swap_id: int) -> None:
        with self.db.session() as s:
            row = s.get(DaySwapRow, swap_id)
            if row is not None:
                s.delete(row)
        self._cache.clear()

    def calendar(self, year: int | None = None) -> WorkingCalendar:
        """The calendar for the years around ``year`` (default: this year)."""
        year = year or date.today().year
        years = span(year)
        key = (years.start, years.stop)
        if key not in self._cache:
            self._cache[key] = working_calendar(self.db, year)
        return self._cache[key]
