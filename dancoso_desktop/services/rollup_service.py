"""The receiving office: its setting, and the roll-up of a period (issue 14 items 4–5).

``rollup(db, year, kind)`` gives the communes × report board (received, missing, late, version),
the totals of every annex row summed over the communes' current packages (computed in SQL, never
stored), the per-commune values, and the communes whose figures stand out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.report_package import KINDS
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.domain.rollup import (
    DEFAULT_DEADLINE_WORKING_DAYS,
    CommuneRow,
    TotalRow,
    is_late,
    standouts,
)
from dancoso_desktop.domain.text import clean_line, sort_key
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.returns_tables import RollupCommuneRow, RollupPackageRow, RollupValueRow
from dancoso_desktop.storage.tables import SettingRow

RECEIVING_KEY = "office.receiving"
OFFICE_NAME_KEY = "office.name"
DEADLINE_KEY = "rollup.deadline_working_days"


def _get(db: Database, key: str, default: str = "") -> str:
    with db.session() as s:
        row = s.get(SettingRow, key)
        return row.value if row is not None else default


def _set(db: Database, key: str, value: str) -> None:
    with db.session() as s:
        s.merge(SettingRow(key=key, value=value))


def is_receiving_office(db: Database) -> bool:
    return _get(db, RECEIVING_KEY) == "1"


def office_name(db: Database) -> str:
    return _get(db, OFFICE_NAME_KEY) or "SỞ NỘI VỤ"


def set_receiving_office(db: Database, on: bool, name: str | None = None) -> None:
    """Make this installation a receiving office (or not); the name heads its documents."""
    _set(db, RECEIVING_KEY, "1" if on else "0")
    if name is not None:
        name = clean_line(name)
        if len(name) > 300:
            raise ValidationError("Tên cơ quan quá dài.", "The office name is too long.", field="name")
        _set(db, OFFICE_NAME_KEY, name)


def check_kind(kind: str) -> str:
    if kind not in KINDS or kind == "adhoc":
        raise ValidationError(f"Kỳ báo cáo «{kind}» không hợp lệ (6m, 9m hoặc year).",
                              f"Invalid reporting period “{kind}” (6m, 9m or year).", field="period")
    return kind


def due_date(db: Database, year: int, kind: str) -> date:
    """The communes' deadline: N working days after the cut-off (default 2, a setting)."""
    from dancoso_desktop.services.calendar_service import CalendarService

    try:
        days = max(0, int(_get(db, DEADLINE_KEY, str(DEFAULT_DEADLINE_WORKING_DAYS))))
    except ValueError:
        days = DEFAULT_DEADLINE_WORKING_DAYS
    end = ReportPeriod.default(year, ReportKind(kind)).end
    return CalendarService(db).calendar(year).add_working_days(end, days)


@dataclass
class Rollup:
    year: int
    kind: str
    due: date
    communes: list[CommuneRow]
    totals: list[TotalRow]
    values: dict[int, dict[str, float]] = field(default_factory=dict)   # commune id → code → value

    @property
    def received(self) -> list[CommuneRow]:
        return [c for c in self.communes if c.received]

    @property
    def missing(self) -> list[CommuneRow]:
        return [c for c in self.communes if not c.received]

    @property
    def late(self) -> list[CommuneRow]:
        return [c for c in self.communes if c.received and c.late]

    @property
    def standing_out(self) -> list[CommuneRow]:
        return [c for c in self.received if c.standouts]


def rollup(db: Database, year: int, kind: str, *, lang: str = "vi") -> Rollup:
    check_kind(kind)
    due = due_date(db, year, kind)
    with db.session() as s:
        communes = {r.id: CommuneRow(r.id, r.name, r.province, r.code) for r in s.scalars(select(RollupCommuneRow))}
        counts = dict(s.execute(select(RollupPackageRow.commune_id, func.count()).where(
            RollupPackageRow.year == year, RollupPackageRow.kind == kind).group_by(RollupPackageRow.commune_id)).all())
        current = select(RollupPackageRow.id).where(RollupPackageRow.year == year, RollupPackageRow.kind == kind,
                                                    RollupPackageRow.superseded.is_(False))
        for pid, cid, version, at, number in s.execute(
                select(RollupPackageRow.id, RollupPackageRow.commune_id, RollupPackageRow.version,
                       RollupPackageRow.received_at, RollupPackageRow.number).where(RollupPackageRow.id.in_(current))):
            c = communes[cid]
            c.package_id, c.version, c.received_at, c.number = pid, version, at, number
            c.late = is_late(at, due)
            c.versions = counts.get(cid, 0)
        totals = [TotalRow(code, grp, label, unit, float(total or 0), int(n)) for code, grp, label, unit, total, n, _ in
                  s.execute(select(RollupValueRow.code, func.min(RollupValueRow.grp), func.min(RollupValueRow.label),
                                   func.min(RollupValueRow.unit), func.sum(RollupValueRow.value), func.count(),
                                   func.min(RollupValueRow.position))
                            .where(RollupValueRow.package_id.in_(current)).group_by(RollupValueRow.code)
                            .order_by(func.min(RollupValueRow.position), RollupValueRow.code))]
        by_package = {c.package_id: c.commune_id for c in communes.values() if c.package_id}
        values: dict[int, dict[str, float]] = {}
        for pid, code, value in s.execute(select(RollupValueRow.package_id, RollupValueRow.code, RollupValueRow.value)
                                          .where(RollupValueRow.package_id.in_(current))):
            values.setdefault(by_package[pid], {})[code] = value
    for c in communes.values():
        if c.received:
            c.standouts = standouts(values.get(c.commune_id, {}), lang)
    ordered = sorted(communes.values(), key=lambda c: (sort_key(c.province), sort_key(c.name)))
    return Rollup(year, kind, due, ordered, totals, values)
