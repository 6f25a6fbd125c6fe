"""Working days without SQLAlchemy: the shipped public-holiday table and the officer's day swaps
read with plain SQL (storage.rows.RowReader), so a report's figures can be counted from a bare
sqlite3 connection (services/report_sources.py). ``CalendarService`` uses the same functions.

Public holidays come from the `holidays` package (it follows the Labour Code, Art. 112, with the
lunar Tết days and Giỗ Tổ Hùng Vương, and the swaps the government announced before the
package's release). Its answer for 1990–2100 is shipped as resources/catalogues/holidays_vn.json
(written by tools/make_holidays.py, checked against the package by a test): importing the
package's calendar loads every country it knows, about 0.2 s of each command that computes a
deadline. A year outside the table, or a missing table, asks the package itself.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any

from dancoso_desktop import paths
from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR
from dancoso_desktop.domain.working_days import DaySwap, WorkingCalendar
from dancoso_desktop.storage.rows import RowReader, day

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


def read_swaps(db: RowReader) -> list[DaySwap]:
    """The day swaps the officer typed in (Art. 12.3 deadlines count working days)."""
    return [DaySwap(day(off), day(work), note or "", sid) for off, work, note, sid in db.rows(
        "SELECT day_off, work_day, note, id FROM calendar_day_swaps ORDER BY day_off, id")]


def working_calendar(db: RowReader, year: int) -> WorkingCalendar:
    """The calendar for the years around ``year``: public holidays, known make-up days, swaps."""
    years = span(year)
    return WorkingCalendar.build(public_holidays(years), read_swaps(db), package_workdays(years))


def span(year: int) -> range:
    return range(year - _SPAN_BEFORE, year + _SPAN_AFTER + 1)
