"""The year's inspection plan: which units, when, by which team, for which plan section.

A plan entry may point at the section of the annual plan that asks for the inspections; as
records are made and closed, that section's status and progress follow (through PlanService,
so the plan editor shows it). Deleting the section leaves the entry (ON DELETE SET NULL).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.inspection import PlanEntry
from dancoso_desktop.domain.inspection_rules import PlanProgress, check_plan_entry
from dancoso_desktop.domain.plan import Status, check_year
from dancoso_desktop.domain.text import clean_text
from dancoso_desktop.services.plan_service import PlanService, SectionFields
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.inspection_tables import InspectionPlanRow, InspectionRow
from dancoso_desktop.storage.tables import SectionRow, UnitRow

# The commune's departments and public units are inspected (Law 10/2022 Ch. III applies to
# agencies and public units, domain.md §1 (g)); "other" lets a commune add its own kinds.
TARGET_KINDS = {UnitKind.DEPARTMENT.value, UnitKind.PUBLIC_UNIT.value, UnitKind.OTHER.value}


def check_target_unit(s: Session, unit_id: int | None, *, previous_unit_id: int | None = None) -> UnitRow:
    """The unit row to inspect; refuse unknown, retired (unless already chosen) or non-target units."""
    row = s.get(UnitRow, unit_id) if unit_id is not None else None
    if row is None:
        raise ValidationError("Hãy chọn đơn vị được kiểm tra.", "Choose the unit to inspect.", field="unit")
    if row.retired and row.id != previous_unit_id:
        raise ValidationError(
            f"Đơn vị “{row.name}” đã ngừng sử dụng trong danh mục nên không chọn được cho lần kiểm tra mới.",
            f"The unit “{row.name}” is retired from the catalogue and cannot be chosen for a new inspection.",
            field="unit")
    if row.kind not in TARGET_KINDS:
        raise ValidationError(
            f"“{row.name}” không phải phòng, ban hay đơn vị sự nghiệp của xã nên không thuộc đối tượng kiểm tra.",
            f"“{row.name}” is not a department or public unit of the commune, so it is not inspected here.",
            field="unit")
    return row


def _entry(row: InspectionPlanRow, unit_name: str, made: int, closed: int) -> PlanEntry:
    return PlanEntry(row.year, row.unit_id, unit_name, row.quarter, row.start, row.end, row.team,
                     row.section_id, row.note, row.id, made, closed)


class InspectionPlanService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_entries(self, year: int) -> list[PlanEntry]:
        with self.db.session() as s:
            names = dict(s.execute(select(UnitRow.id, UnitRow.name)).all())
            made = dict(s.execute(select(InspectionRow.plan_entry_id, func.count())
                                  .where(InspectionRow.year == year).group_by(InspectionRow.plan_entry_id)).all())
            closed = dict(s.execute(select(InspectionRow.plan_entry_id, func.count())
                                    .where(InspectionRow.year == year, InspectionRow.closed.is_(True))
                                    .group_by(InspectionRow.plan_entry_id)).all())
            rows = s.scalars(select(InspectionPlanRow).where(InspectionPlanRow.year == year)
                             .order_by(InspectionPlanRow.quarter, InspectionPlanRow.start, InspectionPlanRow.id))
            return [_entry(r, names.get(r.unit_id, ""), made.get(r.id, 0), closed.get(r.id, 0)) for r in rows]

    def get(self, entry_id: int) -> PlanEntry:
        for e in self._all_with(entry_id):
            if e.id == entry_id:
                return e
        raise ValidationError("Không tìm thấy dòng kế hoạch kiểm tra.", "Inspection plan entry not found.")

    def _all_with(self, entry_id: int) -> list[PlanEntry]:
        with self.db.session() as s:
            year = s.scalar(select(InspectionPlanRow.year).where(InspectionPlanRow.id == entry_id))
        return self.list_entries(year) if year is not None else []

    def save(self, entry: PlanEntry) -> PlanEntry:
        check_year(entry.year)
        check_plan_entry(entry)
        team = clean_text(entry.team)
        note = clean_text(entry.note)
        if len(team) > 5000 or len(note) > 20000:
            raise ValidationError("Đoàn kiểm tra hoặc ghi chú quá dài.", "The team or the note is too long.",
                                  field="team")
        old_section: int | None = None
        with self.db.session() as s:
            row = InspectionPlanRow() if entry.id is None else s.get(InspectionPlanRow, entry.id)
            if row is None:
                raise ValidationError("Không tìm thấy dòng kế hoạch kiểm tra.", "Inspection plan entry not found.")
            check_target_unit(s, entry.unit_id, previous_unit_id=row.unit_id)
            if entry.section_id is not None and s.get(SectionRow, entry.section_id) is None:
                raise ValidationError("Không tìm thấy mục kế hoạch được liên kết.",
                                      "The linked plan section was not found.", field="section")
            old_section = row.section_id
            row.year, row.unit_id, row.quarter = entry.year, entry.unit_id, entry.quarter
            row.start, row.end, row.team, row.note = entry.start, entry.end, team, note
            row.section_id = entry.section_id
            s.add(row)
            s.flush()
            entry_id = row.id
        self.sync_sections({old_section, entry.section_id})
        return self.get(entry_id)

    def delete(self, entry_id: int) -> None:
        with self.db.session() as s:
            row = s.get(InspectionPlanRow, entry_id)
            if row is None:
                return
            section = row.section_id
            s.delete(row)   # records keep existing: their plan_entry_id is set to NULL
        self.sync_sections({section})

    # -- progress in the plan section -----------------------------------------------------------
    def section_progress(self, section_id: int) -> PlanProgress:
        with self.db.session() as s:
            entry_ids = list(s.scalars(select(InspectionPlanRow.id).where(InspectionPlanRow.section_id == section_id)))
            if not entry_ids:
                return PlanProgress(0, 0, 0)
            recorded = s.scalar(select(func.count(func.distinct(InspectionRow.plan_entry_id)))
                                .where(InspectionRow.plan_entry_id.in_(entry_ids))) or 0
            closed = s.scalar(select(func.count(func.distinct(InspectionRow.plan_entry_id)))
                              .where(InspectionRow.plan_entry_id.in_(entry_ids),
                                     InspectionRow.closed.is_(True))) or 0
        return PlanProgress(len(entry_ids), recorded, closed)

    def sync_sections(self, section_ids: set[int | None]) -> None:
        """Set each linked section's status and progress from its inspections (a separate,
        later transaction: the records are already safe if this one is refused)."""
        plans = PlanService(self.db)
        for sid in section_ids:
            if sid is None:
                continue
            with self.db.session() as s:
                if s.get(SectionRow, sid) is None:
                    continue
            p = self.section_progress(sid)
            if p.planned == 0:
                continue
            status = (Status.DONE if p.closed >= p.planned else
                      Status.IN_PROGRESS if p.recorded else Status.NOT_STARTED)
            plans.update_section(sid, SectionFields(status=status, progress=p.percent))
