"""Write resources/catalogues/holidays_vn.json from the `holidays` package.

Why a file: loading the package's Vietnamese calendar imports every country it knows (about
0.2 s), paid by every command that computes a deadline. The public holidays are facts fixed by
the Labour Code (Art. 112) and the lunar calendar, so they are computed once here, shipped, and
checked against the package by tests/unit/test_holiday_table.py. Run again after upgrading
`holidays`:  python tools/make_holidays.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dancoso_desktop.services.workdays import (  # noqa: E402
    HOLIDAY_TABLE_YEARS,
    holiday_table,
    package_holidays,
)


def main() -> int:
    years = range(HOLIDAY_TABLE_YEARS[0], HOLIDAY_TABLE_YEARS[1] + 1)
    table = holiday_table(*package_holidays(years), years=years)
    target = ROOT / "resources" / "catalogues" / "holidays_vn.json"
    target.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {len(table['holidays'])} holidays, {len(table['workdays'])} make-up days, "
          f"{table['source']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
