"""The shipped holiday table (resources/catalogues/holidays_vn.json) says what the package says.

It is a cache of the `holidays` package (see tools/make_holidays.py); when the package is
upgraded and its answer changes, this test fails until the table is written again."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dancoso_desktop import paths
from dancoso_desktop.services import workdays as C


def test_the_table_equals_the_package_for_every_year_it_covers() -> None:
    years = range(C.HOLIDAY_TABLE_YEARS[0], C.HOLIDAY_TABLE_YEARS[1] + 1)
    names, workdays, source = C.package_holidays(years)
    shipped = json.loads(paths.resource("catalogues", C.HOLIDAY_TABLE).read_text(encoding="utf-8"))
    assert shipped == C.holiday_table(names, workdays, source, years), \
        "the holidays package changed: run python tools/make_holidays.py"


def test_answers_come_from_the_table_and_match_the_package_slices() -> None:
    years = range(2024, 2028)
    assert C.public_holidays(years) == C.package_holidays(years)[0]
    assert C.package_workdays(years) == C.package_holidays(years)[1]
    assert C.public_holidays(range(2026, 2027))[date(2026, 9, 2)] == "Quốc khánh"


def test_years_outside_the_table_or_a_broken_table_ask_the_package(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path) -> None:
    beyond = range(2099, 2104)   # 2101–2103 are not in the table
    assert C.public_holidays(beyond) == C.package_holidays(beyond)[0]
    (tmp_path / "catalogues").mkdir()
    (tmp_path / "catalogues" / C.HOLIDAY_TABLE).write_text("{broken", encoding="utf-8")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    C._table.cache_clear()
    try:
        assert C._table() is None
        assert C.public_holidays(range(2026, 2027)) == C.package_holidays(range(2026, 2027))[0]
    finally:
        C._table.cache_clear()
