"""The staff conference register (Law Art. 49–52) and the staff count of each unit.

A conference is saved whole in one transaction, its 6-monthly reviews with it; every text is
cleaned and every rule checked first, so a refused record leaves the database as it was. The
staff count lives in a side table keyed by unit id (``unit_staff_counts``), the row with no unit
being the commune's own administration; the units catalogue is not altered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.staff_conference import (
    MAX_STAFF,
    Convener,
    ResolutionReview,
    StaffConference,
    agenda_letters,
    approval_percent,
    check,
    validate_conference,
)
from dancoso_desktop.domain.text import fold, format_date
from dancoso_desktop.services import commune_service
from dancoso_desktop.services.conference_text import check_date, check_year_value, line, long
from dancoso_desktop.storage import conference_reader
from dancoso_desktop.storage.conference_tables import (
    StaffConferenceReviewRow,
    StaffConferenceRow,
    UnitStaffRow,
)
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.tables import UnitRow

MAX_REVIEWS = 20


@dataclass(frozen=True)
class StaffUnit:
    """A body that holds a staff conference: the administration (unit_id None) or a public unit."""

    unit_id: int | None
    name: str
    staff: int | None           # None: not entered yet
    retired: bool = False


def _unit_usage(session: Session, unit_id: int) -> int:
    # A unit with a staff conference or a staff count is retired, never deleted.
    n = session.scalar(select(func.count()).select_from(StaffConferenceRow)
                       .where(StaffConferenceRow.unit_id == unit_id)) or 0
    return n + (session.scalar(select(func.count()).select_from(UnitStaffRow)
                               .where(UnitStaffRow.unit_id == unit_id)) or 0)


if _unit_usage not in commune_service.UNIT_USAGE_CHECKS:
    commune_service.UNIT_USAGE_CHECKS.append(_unit_usage)


def _not_found(conf_id: int) -> ValidationError:
    return ValidationError(f"Không tìm thấy hội nghị cán bộ, công chức số {conf_id}.",
                           f"Staff conference {conf_id} was not found.")


class StaffConferenceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def today(self) -> date:
        return date.today()

    # -- staff counts ------------------------------------------------------------------------
    def staff_units(self, *, include_retired: bool = False) -> list[StaffUnit]:
        """The administration first, then every public unit, with its staff count."""
        admin = conference_reader.administration_name(self.db)
        with self.db.session() as s:
            counts = {r.unit_id: r.staff for r in s.scalars(select(UnitStaffRow))}
            out = [StaffUnit(None, admin, counts.get(None))]
            q = select(UnitRow).where(UnitRow.kind == UnitKind.PUBLIC_UNIT.value)
            if not include_retired:
                q = q.where(UnitRow.retired.is_(False))
            for u in s.scalars(q.order_by(UnitRow.position, UnitRow.id)):
                out.append(StaffUnit(u.id, u.name, counts.get(u.id), u.retired))
            return out

    def staff_count(self, unit_id: int | None) -> int | None:
        with self.db.session() as s:
            row = s.scalars(select(UnitStaffRow).where(UnitStaffRow.unit_id.is_(None) if unit_id is None
                                                       else UnitStaffRow.unit_id == unit_id)).first()
            return row.staff if row else None

    def set_staff_count(self, unit_id: int | None, staff: int) -> int | None:
        """Store the unit's staff count; returns the count it had (for undo)."""
        if isinstance(staff, bool) or not isinstance(staff, int) or not 0 <= staff <= MAX_STAFF:
            raise ValidationError(f"Số cán bộ phải là số nguyên từ 0 đến {MAX_STAFF:,}.".replace(",", "."),
                                  f"The staff count must be a whole number from 0 to {MAX_STAFF:,}.",
                                  field="staff")
        with self.db.session() as s:
            if unit_id is not None:
                unit = s.get(UnitRow, unit_id)
                if unit is None:
                    raise ValidationError("Không tìm thấy đơn vị.", "Unit not found.", field="unit_id")
            row = s.scalars(select(UnitStaffRow).where(UnitStaffRow.unit_id.is_(None) if unit_id is None
                                                       else UnitStaffRow.unit_id == unit_id)).first()
            before = row.staff if row else None
            if row is None:
                row = UnitStaffRow(unit_id=unit_id)
                s.add(row)
            row.staff = staff
            return before

    def clear_staff_count(self, unit_id: int | None) -> None:
        with self.db.session() as s:
            s.execute(delete(UnitStaffRow).where(UnitStaffRow.unit_id.is_(None) if unit_id is None
                                                 else UnitStaffRow.unit_id == unit_id))

    # -- reading -----------------------------------------------------------------------------
    def get(self, conf_id: int) -> StaffConference:
        found = conference_reader.staff_conferences(self.db, "s.id = ?", (conf_id,))
        if not found:
            raise _not_found(conf_id)
        return found[0]

    def conferences(self, *, held_year: int | None = None, work_year: int | None = None) -> list[StaffConference]:
        """Conferences held in ``held_year`` and/or reviewing ``work_year``, by date."""
        where: list[str] = ["1"]
        params: list[object] = []
        if held_year is not None:
            where.append("s.held_on >= ? AND s.held_on <= ?")
            params += [date(held_year, 1, 1).isoformat(), date(held_year, 12, 31).isoformat()]
        if work_year is not None:
            where.append("s.work_year = ?")
            params.append(work_year)
        return conference_reader.staff_conferences(self.db, " AND ".join(where), params)

    def held_between(self, start: date, end: date) -> list[StaffConference]:
        return conference_reader.staff_conferences(self.db, "s.held_on >= ? AND s.held_on <= ?",
                                                   (start.isoformat(), end.isoformat()))

    # -- writing -----------------------------------------------------------------------------
    def clean(self, conf: StaffConference) -> StaffConference:
        """A cleaned copy or a ValidationError; nothing is written."""
        check_year_value(conf.work_year, "work_year")
        if not isinstance(conf.held_on, date):
            raise ValidationError("Hãy nhập ngày họp hội nghị.", "Enter the date of the conference.",
                                  field="held_on")
        check_date(conf.held_on, "Ngày họp", "The date", "held_on")
        check_date(conf.resolution_date, "Ngày nghị quyết", "The resolution date", "resolution_date")
        if len(conf.reviews) > MAX_REVIEWS:
            raise ValidationError("Quá nhiều lần kiểm tra.", "Too many reviews.", field="reviews")
        reviews = []
        for r in conf.reviews:
            check_date(r.reviewed_on, "Ngày kiểm tra", "The review date", "reviews")
            check_date(r.notified_on, "Ngày thông báo", "The notice date", "reviews")
            reviews.append(replace(r, result=long(r.result, "Kết quả kiểm tra", "The review result", "reviews")))
        clean = replace(
            conf, convened_by=Convener(conf.convened_by),
            place=line(conf.place, "Địa điểm", "The place", "place"),
            start_time=line(conf.start_time, "Giờ bắt đầu", "The start time", "start_time", 50),
            end_time=line(conf.end_time, "Giờ kết thúc", "The end time", "end_time", 50),
            chair=line(conf.chair, "Chủ trì", "The chair", "chair", 300),
            secretary=line(conf.secretary, "Thư ký", "The secretary", "secretary", 300),
            discussion=long(conf.discussion, "Nội dung thảo luận", "The discussion", "discussion"),
            resolution_number=line(conf.resolution_number, "Số nghị quyết", "The resolution number",
                                   "resolution_number", 100),
            resolution_text=long(conf.resolution_text, "Nội dung nghị quyết", "The resolution", "resolution_text"),
            notes=long(conf.notes, "Ghi chú", "The notes", "notes"),
            unit_name=line(conf.unit_name, "Đơn vị", "The unit", "unit_name", 300),
            agenda=conf.agenda if isinstance(conf.agenda, int) and 0 <= conf.agenda < 512 else 0,
            reviews=reviews)
        validate_conference(clean)
        return clean

    def save(self, conf: StaffConference) -> StaffConference:
        clean = self.clean(conf)
        with self.db.session() as s:
            if clean.unit_id is not None:
                unit = s.get(UnitRow, clean.unit_id)
                if unit is None:
                    raise ValidationError("Đơn vị không còn trong danh mục.", "The unit is no longer in the catalogue.",
                                          field="unit_id")
            same = select(StaffConferenceRow).where(
                StaffConferenceRow.work_year == clean.work_year,
                StaffConferenceRow.unit_id.is_(None) if clean.unit_id is None
                else StaffConferenceRow.unit_id == clean.unit_id,
                StaffConferenceRow.id != (clean.id or -1))
            dup = s.scalars(same).first()
            if dup is not None:
                raise ValidationError(
                    f"Đã có hội nghị tổng kết năm {clean.work_year} của đơn vị này (họp ngày {format_date(dup.held_on)}).",
                    f"This unit already has its conference on {clean.work_year} ({dup.held_on:%d/%m/%Y}).",
                    field="work_year")
            if clean.id is None:
                row = StaffConferenceRow()
                s.add(row)
            else:
                found = s.get(StaffConferenceRow, clean.id)
                if found is None:
                    raise _not_found(clean.id)
                row = found
                s.execute(delete(StaffConferenceReviewRow).where(StaffConferenceReviewRow.conference_id == row.id))
            for key, value in self._columns(clean).items():
                setattr(row, key, value)
            s.flush()
            if clean.reviews:
                s.execute(insert(StaffConferenceReviewRow), [
                    {"conference_id": row.id, "position": i, "reviewed_on": r.reviewed_on, "result": r.result,
                     "notified_on": r.notified_on} for i, r in enumerate(clean.reviews)])
            conf_id = row.id
        return self.get(conf_id)

    @staticmethod
    def _columns(c: StaffConference) -> dict[str, Any]:
        return {"work_year": c.work_year, "unit_id": c.unit_id, "held_on": c.held_on, "place": c.place,
                "start_time": c.start_time, "end_time": c.end_time, "convened_by": c.convened_by.value,
                "chair": c.chair, "secretary": c.secretary, "staff_total": c.staff_total, "present": c.present,
                "absent_with_reason": c.absent_with_reason, "votes_for": c.votes_for,
                "votes_against": c.votes_against, "votes_abstain": c.votes_abstain, "agenda": c.agenda,
                "discussion": c.discussion, "resolution_number": c.resolution_number,
                "resolution_date": c.resolution_date, "resolution_text": c.resolution_text, "notes": c.notes}

    def delete(self, conf_id: int) -> StaffConference:
        conf = self.get(conf_id)
        with self.db.session() as s:
            row = s.get(StaffConferenceRow, conf_id)
            if row is not None:
                s.delete(row)
        return conf

    def add_review(self, conf_id: int, review: ResolutionReview) -> StaffConference:
        conf = self.get(conf_id)
        return self.save(replace(conf, reviews=[*conf.reviews, replace(review, id=None)]))

    # -- output ------------------------------------------------------------------------------
    @staticmethod
    def to_json(c: StaffConference) -> dict[str, Any]:
        result = check(c)
        return {
            "id": c.id, "kind": "staff", "work_year": c.work_year, "held_on": c.held_on.isoformat(),
            "unit_id": c.unit_id, "unit": c.unit_name, "staff_total": c.staff_total, "present": c.present,
            "quorum_needed": result.quorum_needed, "quorum_met": result.quorum_met,
            "votes_for": c.votes_for, "votes_against": c.votes_against, "votes_abstain": c.votes_abstain,
            "votes_needed": result.votes_needed, "resolution_passed": result.passed,
            "approval_percent": round(float(approval_percent(c.present, c.votes_for)), 2),
            "deadline": result.deadline.isoformat(), "on_time": result.on_time,
            "agenda": agenda_letters(c.agenda), "resolution_number": c.resolution_number,
            "resolution_date": c.resolution_date.isoformat() if c.resolution_date else None,
            "reviews": [{"reviewed_on": r.reviewed_on.isoformat(), "result": r.result,
                         "notified_on": r.notified_on.isoformat() if r.notified_on else None} for r in c.reviews],
            "next_review": result.next_review.isoformat() if result.next_review else None,
        }


def search_text(c: StaffConference) -> str:
    return fold(" ".join((c.unit_name, c.place, c.chair, c.secretary, c.resolution_number, c.notes[:500])))
