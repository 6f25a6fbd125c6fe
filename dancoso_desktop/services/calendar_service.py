"""The working-day calendar: Vietnamese public holidays plus the officer's yearly day swaps.

Public holidays come from the `holidays` package (it follows the Labour Code, Art. 112, with the
lunar Tết days and Giỗ Tổ Hùng Vương, and the swaps the government announced before the
package's release). Each year the government may announce more swaps; the officer types them in
and they are stored in the database, so every deadline (Art. 12.3: ≤5 working days) uses them.

The package's answer for 1990–2100 is shipped as resources/catalogues/holidays_vn.json (written by
tools/make_holidays.py, checked against the package by a test): importing the package's calendar
loads every country it knows, about 0.2 s of each command that computes a deadline. A year
outside the table, or a missing table, asks the package itself.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from dancoso_desktop import paths
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR
from dancoso_desktop.domain.text import clean_line
from dancoso_desktop.domain.working_days import DaySwap, WorkingCalendar
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.disclosure_tables import DaySwapRow

# Years around the register's range; deadlines of a December decision reach into January.
_SPAN_BEFORE, _SPAN_AFTER = 12, 3
HOLIDAY_TABLE = "holidays_vn.json"
HOLIDAY_TABLE_YEARS = (MIN_YEAR, MAX_YEAR)


def package_holidays(years: range) -> tuple[dict[date, str], set[date], str]:
    """The `holidays` package's Vietnamese holidays (names in Vietnamese), its make-up working
    days, and its version."""
    import holidays as holidays_lib

    vn = holidays_lib.country_holidays("VN", years=list(years), language="vi")
    names = {d: str(name) for d, name in vn.items()}
    workdays = {d for d in getattr(vn, "weekend_workdays", set()) if d.year in years}
    return names, workdays, f"holidays {holidays_lib.__version__}"


def holiday_table(names: dict[date, str], workdays: set[date], source: str, years: range) -> dict[str, Any]:
    """The shipped table's content (see tools/make_holidays.py)."""
    return {"source": source, "years": [years.start, years.stop - 1],
            "holidays": {d.isoformat(): n for d, n in sorted(names.items())},
            "workdays": sorted(d.isoformat() for d in workdays)}


@lru_cache(maxsize=1)
def _table() -> tuple[range, dict[date, str], frozenset[date]] | None:
    try:
        data = json.loads(paths.resource("catalogues", HOLIDAY_TABLE).read_text(encoding="utf-8"))
        first, last = data["years"]
        return (range(int(first), int(last) + 1),
                {date.fromisoformat(d): str(n) for d, n in data["holidays"].items()},
                frozenset(date.fromisoformat(d) for d in data["workdays"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None     # a damaged or missing table: the package answers instead


def _covered(years: range) -> tuple[dict[date, str], frozenset[date]] | None:
    table = _table()
    if table is None or not years or years.start < table[0].start or years.stop > table[0].stop:
        return None
    return table[1], table[2]


def public_holidays(years: range) -> dict[date, str]:
    """Vietnamese public holidays (names in Vietnamese) of ``years``."""
    shipped = _covered(years)
    if shipped is None:
        return package_holidays(years)[0]
    return {d: n for d, n in shipped[0].items() if d.year in years}


def package_workdays(years: range) -> set[date]:
    """The weekend days the government made working days (swaps known to the package)."""
    shipped = _covered(years)
    if shipped is None:
        return package_holidays(years)[1]
    return {d for d in shipped[1] if d.year in years}


class CalendarService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[tuple[int, int], WorkingCalendar] = {}

    def swaps(self) -> list[DaySwap]:
        with self.db.session() as s:
            rows = s.scalars(select(DaySwapRow).order_by(DaySwapRow.day_off, DaySwapRow.id)).all()
            return [DaySwap(r.day_off, r.work_day, r.note, r.id) for r in rows]

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
        key = (year - _SPAN_BEFORE, year + _SPAN_AFTER)
        if key not in self._cache:
            years = range(key[0], key[1] + 1)
            self._cache[key] = WorkingCalendar.build(public_holidays(years), self.swaps(),
                                                     package_workdays(years))
        return self._cache[key]
