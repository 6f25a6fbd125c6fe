"""Who has returned the units' reports of a period (issue 14 item 3), read with plain SQL.

One code path for the window (``returns_service.returns_status`` over ``Database.rows``), the CLI
and the commune's report, whose figures are counted from a bare sqlite3 connection in the package
export (services/report_sources.py): no SQLAlchemy here.

Expected units are those the plan of the year gives a content to (lead or coordinating, not
retired); the deadline is the plan's for units (domain.returns.unit_deadline); the latest return
of a unit that is not superseded is the one that counts (reporting.md §6.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import no_plan
from dancoso_desktop.domain.returns import PERIODS, is_late, reporting_units, unit_deadline
from dancoso_desktop.storage.plan_reader import read_plan, read_units
from dancoso_desktop.storage.rows import RowReader, moment


@dataclass
class UnitStatus:
    unit_id: int
    unit: str
    expected: bool
    returned: bool
    received_at: datetime | None = None
    late: bool = False
    returns: int = 0
    return_id: int | None = None
    source: str = ""


@dataclass
class ReturnsStatus:
    year: int
    period: str
    deadline: date
    units: list[UnitStatus]

    @property
    def expected(self) -> int:
        return sum(1 for u in self.units if u.expected)

    @property
    def returned(self) -> int:
        return sum(1 for u in self.units if u.expected and u.returned)

    @property
    def on_time(self) -> int:
        return sum(1 for u in self.units if u.expected and u.returned and not u.late)

    @property
    def missing(self) -> list[UnitStatus]:
        return [u for u in self.units if u.expected and not u.returned]


def returns_status(db: RowReader, year: int, period: str) -> ReturnsStatus:
    """The units' returns of ``period`` ("6m", "9m", "year") of ``year``; refused without a plan."""
    status = read_returns_status(db, year, period)
    if status is None:
        raise no_plan(year)
    return status


def read_returns_status(db: RowReader, year: int, period: str) -> ReturnsStatus | None:
    """As ``returns_status``, but None when there is no plan for ``year`` (the report says 0)."""
    if period not in PERIODS:
        raise ValidationError(f"Kỳ báo cáo «{period}» không hợp lệ.", f"Invalid period “{period}”.")
    plan = read_plan(db, year)
    if plan is None:
        return None
    units = read_units(db)
    expected = {u.id for u in reporting_units(plan, units)}
    deadline = unit_deadline(plan.report_deadlines, year, period)
    rows = db.rows("SELECT id, unit_id, received_at, superseded, source FROM unit_returns "
                   "WHERE year = ? AND period = ? AND plan_id = ? ORDER BY id", (year, period, plan.id))
    counts: dict[int, int] = {}
    latest: dict[int, tuple[int, datetime, str]] = {}
    for rid, uid, at, superseded, source in rows:
        counts[uid] = counts.get(uid, 0) + 1
        received = moment(at)
        if not superseded and received is not None:
            latest[uid] = (rid, received, source)
    out = []
    for u in units:
        uid = int(u.id or 0)
        if uid not in expected and uid not in counts:
            continue
        got = latest.get(uid)
        out.append(UnitStatus(uid, u.name, uid in expected, got is not None, got[1] if got else None,
                              bool(got and is_late(got[1].date(), deadline)), counts.get(uid, 0),
                              got[0] if got else None, got[2] if got else ""))
    return ReturnsStatus(year, period, deadline, out)
