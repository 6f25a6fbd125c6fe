"""The commune's identity and its catalogue of units."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from dancoso_desktop.domain.commune import Commune, CommuneKind, Unit, UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import clean_line, fold, require_text, sort_key
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.plan_reader import (
    COMMUNE_COLUMNS,
    UNIT_COLUMNS,
    commune_from_record,
    unit_from_record,
)
from dancoso_desktop.storage.tables import CommuneRow, SectionRow, SectionUnitRow, UnitRow

# Other features register checks "is this unit used by my records?" here, so a unit in use is
# retired rather than deleted. Each takes (session, unit_id) and returns a count.
UNIT_USAGE_CHECKS: list = []

# The service modules that append to UNIT_USAGE_CHECKS when imported. usage_count imports them
# first, so a unit used by a register whose page was never opened is still refused with the
# "retire instead" message, not a foreign-key error from the database.
UNIT_USAGE_MODULES = ("disclosure_service", "inspection_service", "decision_service", "village_rule_service",
                      "supervision_service", "conference_service", "staff_conference_service",
                      "returns_service")


def _register_usage_checks() -> None:
    import importlib

    for name in UNIT_USAGE_MODULES:
        importlib.import_module(f"dancoso_desktop.services.{name}")


def _unit(row: UnitRow) -> Unit:
    return unit_from_record({c: getattr(row, c) for c in UNIT_COLUMNS})


class CommuneService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the commune -------------------------------------------------------------------------
    def get_commune(self) -> Commune | None:
        with self.db.session() as s:
            row = s.scalars(select(CommuneRow).limit(1)).first()
            if row is None:
                return None
            return commune_from_record({c: getattr(row, c) for c in COMMUNE_COLUMNS})

    def save_commune(self, commune: Commune) -> Commune:
        province = require_text(commune.province, vi_name="Tỉnh/thành phố", en_name="Province",
                                max_len=200, field="province")
        name = require_text(commune.name, vi_name="Tên xã/phường", en_name="Commune name",
                            max_len=200, field="name")
        place = clean_line(commune.place_name) or name
        if len(place) > 200:
            raise ValidationError("Địa danh quá dài.", "The place name is too long.", field="place_name")
        cleaned = Commune(province, name, CommuneKind(commune.kind), place,
                          clean_line(commune.signer_authority)[:200],
                          clean_line(commune.signer_title)[:200], clean_line(commune.signer_name)[:200])
        with self.db.session() as s:
            row = s.scalars(select(CommuneRow).limit(1)).first() or CommuneRow()
            row.province, row.name, row.kind = cleaned.province, cleaned.name, cleaned.kind.value
            row.place_name = cleaned.place_name
            row.signer_authority, row.signer_title = cleaned.signer_authority, cleaned.signer_title
            row.signer_name = cleaned.signer_name
            s.add(row)
        return cleaned

    # -- units --------------------------------------------------------------------------------
    def list_units(self, *, include_retired: bool = False, kind: UnitKind | None = None) -> list[Unit]:
        with self.db.session() as s:
            q = select(UnitRow)
            if not include_retired:
                q = q.where(UnitRow.retired.is_(False))
            if kind is not None:
                q = q.where(UnitRow.kind == kind.value)
            rows = s.scalars(q.order_by(UnitRow.position, UnitRow.id)).all()
            return [_unit(r) for r in rows]

    def get_unit(self, unit_id: int) -> Unit:
        with self.db.session() as s:
            row = s.get(UnitRow, unit_id)
            if row is None:
                raise ValidationError("Không tìm thấy đơn vị.", "Unit not found.")
            return _unit(row)

    def _validate(self, unit: Unit) -> Unit:
        name = require_text(unit.name, vi_name="Tên đơn vị", en_name="Unit name", max_len=300, field="name")
        households = unit.households
        if unit.kind is UnitKind.HAMLET:
            if households is not None and (households < 0 or households > 1_000_000):
                raise ValidationError("Số hộ phải là số từ 0 đến 1.000.000.",
                                      "Households must be a number from 0 to 1,000,000.", field="households")
        else:
            households = None
        return Unit(name, UnitKind(unit.kind), clean_line(unit.short_name)[:100], households, unit.retired, unit.id)

    def save_unit(self, unit: Unit) -> Unit:
        unit = self._validate(unit)
        with self.db.session() as s:
            dup = s.scalars(select(UnitRow).where(UnitRow.search_key == fold(unit.name),
                                                  UnitRow.id != (unit.id or -1))).first()
            if dup is not None:
                raise ValidationError(f"Đã có đơn vị “{dup.name}”.", f"A unit “{dup.name}” already exists.",
                                      field="name")
            if unit.id is None:
                row = UnitRow(position=(s.scalar(select(func.max(UnitRow.position))) or 0) + 1)
                s.add(row)
            else:
                found = s.get(UnitRow, unit.id)
                if found is None:
                    raise ValidationError("Không tìm thấy đơn vị.", "Unit not found.")
                row = found
            row.name, row.kind, row.short_name = unit.name, unit.kind.value, unit.short_name
            row.households, row.retired, row.search_key = unit.households, unit.retired, fold(unit.name)
            s.flush()
            unit.id = row.id
        return unit

    def usage_count(self, unit_id: int) -> int:
        _register_usage_checks()
        with self.db.session() as s:
            n = s.scalar(select(func.count()).select_from(SectionRow).where(SectionRow.lead_unit_id == unit_id)) or 0
            n += s.scalar(select(func.count()).select_from(SectionUnitRow)
                          .where(SectionUnitRow.unit_id == unit_id)) or 0
            for check in UNIT_USAGE_CHECKS:
                n += check(s, unit_id)
            return n

    def delete_unit(self, unit_id: int) -> None:
        """Delete an unused unit; a unit in use is refused (retire it instead)."""
        used = self.usage_count(unit_id)
        if used:
            raise ValidationError(
                f"Đơn vị đang được dùng ở {used} nơi nên không xóa được; hãy chọn “Ngừng sử dụng”.",
                f"The unit is used in {used} places and cannot be deleted; retire it instead.")
        with self.db.session() as s:
            row = s.get(UnitRow, unit_id)
            if row is not None:
                s.delete(row)

    def set_retired(self, unit_id: int, retired: bool) -> None:
        with self.db.session() as s:
            row = s.get(UnitRow, unit_id)
            if row is None:
                raise ValidationError("Không tìm thấy đơn vị.", "Unit not found.")
            row.retired = retired

    def find_or_create_unit(self, name: str, kind: UnitKind = UnitKind.OTHER) -> int:
        """The id of the unit with this name (accents/case ignored), created if new."""
        name = clean_line(name)
        with self.db.session() as s:
            row = s.scalars(select(UnitRow).where(or_(UnitRow.search_key == fold(name),
                                                      UnitRow.short_name == name))).first()
            if row is not None:
                return row.id
        return self.save_unit(Unit(name, kind)).id or 0

    def hamlets(self) -> list[Unit]:
        return sorted(self.list_units(kind=UnitKind.HAMLET), key=lambda u: sort_key(u.name))
