"""Inspection records and the follow-up of their recommendations (issue 5).

A record is saved whole in one transaction: every text is cleaned (NFC, no control characters),
every rule checked first, so a refused record leaves the database as it was. Hostile text
(``<b>``, ``=cmd``) is kept as typed; the renderers print it literally.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.inspection import (
    CriterionAnswer,
    CriterionResult,
    Evidence,
    Inspection,
    Recommendation,
    RecStatus,
    Representative,
    TeamMember,
    TeamRole,
)
from dancoso_desktop.domain.inspection_rules import (
    check_inspection,
    check_recommendation,
    followup_key,
    is_overdue,
)
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.domain.text import clean_line, clean_text
from dancoso_desktop.services.commune_service import UNIT_USAGE_CHECKS
from dancoso_desktop.services.inspection_plan import InspectionPlanService, check_target_unit
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.inspection_tables import (
    InspectionCriterionRow,
    InspectionPlanRow,
    InspectionRow,
    RecommendationRow,
)
from dancoso_desktop.storage.tables import UnitRow

MAX_LONG = 100_000       # findings, conclusion: pages of text, but not a pasted book
MAX_SHORT = 500


def _long(text: str, vi: str, en: str, field: str) -> str:
    value = clean_text(text)
    if len(value) > MAX_LONG:
        raise ValidationError(f"{vi} quá dài ({len(value):,} ký tự; tối đa {MAX_LONG:,}).".replace(",", "."),
                              f"{en} is too long ({len(value):,} characters; at most {MAX_LONG:,}).", field=field)
    return value


def _short(text: str, vi: str, en: str, field: str) -> str:
    value = clean_line(text)
    if len(value) > MAX_SHORT:
        raise ValidationError(f"{vi} quá dài (tối đa {MAX_SHORT} ký tự).", f"{en} is too long (at most {MAX_SHORT}).",
                              field=field)
    return value


def clean_inspection(insp: Inspection) -> Inspection:
    """A copy with every text cleaned and bounded (raises on what cannot be kept)."""
    team = [TeamMember(_short(m.name, "Họ tên thành viên đoàn", "Team member name", "team"), TeamRole(m.role),
                       _short(m.position, "Chức vụ", "Position", "team")) for m in insp.team if clean_line(m.name)]
    reps = [Representative(_short(r.name, "Họ tên đại diện", "Representative name", "representatives"),
                           _short(r.position, "Chức vụ", "Position", "representatives"))
            for r in insp.representatives if clean_line(r.name)]
    answers = [CriterionAnswer(_short(a.code, "Mã tiêu chí", "Criterion code", "answers")[:20] or str(i + 1),
                               _short(a.group, "Nhóm tiêu chí", "Criterion group", "answers"),
                               _long(a.text, "Nội dung tiêu chí", "Criterion text", "answers"),
                               _short(a.article, "Căn cứ", "Article", "answers"),
                               CriterionResult(a.result) if a.result else None,
                               _long(a.evidence_note, "Minh chứng", "Evidence", "answers"),
                               _long(a.notes, "Ghi chú", "Notes", "answers"), list(a.files))
               for i, a in enumerate(insp.answers)]
    for a in answers:
        if not a.text:
            raise ValidationError(f"Tiêu chí {a.code} chưa có nội dung.", f"Criterion {a.code} has no text.",
                                  field="answers")
    recs = [replace(r, text=_long(r.text, "Nội dung kiến nghị", "Recommendation", "recommendations"),
                    note=_long(r.note, "Kết quả thực hiện", "Note", "recommendations"), status=RecStatus(r.status))
            for r in insp.recommendations]
    return replace(insp, unit_name="", decision_number=_short(insp.decision_number, "Số quyết định",
                                                                "Decision number", "decision_number"),
                   start_time=_short(insp.start_time, "Giờ bắt đầu", "Start time", "start_time"),
                   end_time=_short(insp.end_time, "Giờ kết thúc", "End time", "end_time"),
                   place=_short(insp.place, "Địa điểm", "Place", "place"), team=team, representatives=reps,
                   answers=answers, findings=_long(insp.findings, "Kết quả kiểm tra", "Findings", "findings"),
                   conclusion=_long(insp.conclusion, "Kết luận", "Conclusion", "conclusion"), recommendations=recs)


def _evidence_json(files: list[Evidence]) -> str:
    return json.dumps([vars(f) for f in files], ensure_ascii=False)


def _evidence(text: str) -> list[Evidence]:
    try:
        return [Evidence(**d) for d in json.loads(text or "[]")]
    except (ValueError, TypeError):
        return []


class InspectionService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.today = today

    # -- reading --------------------------------------------------------------------------------
    def list_inspections(self, year: int) -> list[Inspection]:
        with self.db.session() as s:
            ids = list(s.scalars(select(InspectionRow.id).where(InspectionRow.year == year)
                                 .order_by(InspectionRow.start_date, InspectionRow.id)))
            return [self._load(s, i) for i in ids]

    def get(self, inspection_id: int) -> Inspection:
        with self.db.session() as s:
            return self._load(s, inspection_id)

    def _load(self, s: Session, inspection_id: int) -> Inspection:
        row = s.get(InspectionRow, inspection_id)
        if row is None:
            raise ValidationError(f"Không tìm thấy cuộc kiểm tra số {inspection_id}.",
                                  f"Inspection {inspection_id} not found.")
        names = dict(s.execute(select(UnitRow.id, UnitRow.name)).all())
        crit = s.scalars(select(InspectionCriterionRow).where(InspectionCriterionRow.inspection_id == row.id)
                         .order_by(InspectionCriterionRow.position))
        recs = s.scalars(select(RecommendationRow).where(RecommendationRow.inspection_id == row.id)
                         .order_by(RecommendationRow.position))
        return Inspection(
            row.year, row.unit_id, names.get(row.unit_id, ""), row.plan_entry_id, row.decision_number,
            row.decision_date, row.start_date, row.end_date, row.start_time, row.end_time, row.place,
            [TeamMember(d["name"], TeamRole(d.get("role", "member")), d.get("position", ""))
             for d in json.loads(row.team or "[]")],
            [Representative(d["name"], d.get("position", "")) for d in json.loads(row.representatives or "[]")],
            [CriterionAnswer(c.code, c.group_name, c.text, c.article,
                             CriterionResult(c.result) if c.result else None, c.evidence_note, c.notes,
                             _evidence(c.files)) for c in crit],
            row.findings, row.conclusion,
            [self._rec(r, names, row) for r in recs], row.closed, row.id)

    @staticmethod
    def _rec(r: RecommendationRow, names: dict[int, str], insp: InspectionRow) -> Recommendation:
        return Recommendation(r.text, r.unit_id, names.get(r.unit_id, ""), r.deadline, RecStatus(r.status),
                              r.done_on, r.note, r.id, insp.id, names.get(insp.unit_id, ""), insp.start_date)

    # -- writing --------------------------------------------------------------------------------
    def save(self, insp: Inspection, *, close: bool = False) -> Inspection:
        """Create or update a whole record: ``close`` finishes it (every criterion answered,
        conclusion written); without it the record is kept as a draft (reopened if it was closed)."""
        check_year(insp.year)
        clean = clean_inspection(insp)
        clean.closed = close
        check_inspection(clean, closing=clean.closed)
        with self.db.session() as s:
            row = InspectionRow() if clean.id is None else s.get(InspectionRow, clean.id)
            if row is None:
                raise ValidationError("Không tìm thấy cuộc kiểm tra.", "Inspection not found.")
            check_target_unit(s, clean.unit_id, previous_unit_id=row.unit_id)
            old_entry = row.plan_entry_id
            if clean.plan_entry_id is not None:
                entry = s.get(InspectionPlanRow, clean.plan_entry_id)
                if entry is None or entry.year != clean.year:
                    raise ValidationError("Dòng kế hoạch kiểm tra không thuộc năm này.",
                                          "The plan entry is not in this year.", field="plan_entry")
            self._check_rec_units(s, clean, row)
            row.year, row.unit_id, row.plan_entry_id = clean.year, clean.unit_id, clean.plan_entry_id
            row.decision_number, row.decision_date = clean.decision_number, clean.decision_date
            row.start_date, row.end_date = clean.start_date, clean.end_date  # type: ignore[assignment]
            row.start_time, row.end_time, row.place = clean.start_time, clean.end_time, clean.place
            row.team = json.dumps([{"name": m.name, "role": m.role.value, "position": m.position}
                                   for m in clean.team], ensure_ascii=False)
            row.representatives = json.dumps([{"name": r.name, "position": r.position}
                                              for r in clean.representatives], ensure_ascii=False)
            row.findings, row.conclusion, row.closed = clean.findings, clean.conclusion, clean.closed
            s.add(row)
            s.flush()
            for c in s.scalars(select(InspectionCriterionRow).where(InspectionCriterionRow.inspection_id == row.id)):
                s.delete(c)
            for i, a in enumerate(clean.answers):
                s.add(InspectionCriterionRow(inspection_id=row.id, position=i, code=a.code, group_name=a.group,
                                             text=a.text, article=a.article, result=a.result.value if a.result else None,
                                             evidence_note=a.evidence_note, notes=a.notes,
                                             files=_evidence_json(a.files)))
            self._write_recs(s, row.id, clean.recommendations)
            new_id = row.id
            entries = {old_entry, clean.plan_entry_id}
            sections = set(s.scalars(select(InspectionPlanRow.section_id)
                                     .where(InspectionPlanRow.id.in_([e for e in entries if e is not None]))))
        InspectionPlanService(self.db).sync_sections(sections)
        return self.get(new_id)

    def _check_rec_units(self, s: Session, insp: Inspection, row: InspectionRow) -> None:
        known = {r.id: r.unit_id for r in s.scalars(select(RecommendationRow)
                                                     .where(RecommendationRow.inspection_id == (row.id or -1)))}
        for i, rec in enumerate(insp.recommendations):
            unit = s.get(UnitRow, rec.unit_id) if rec.unit_id is not None else None
            if unit is None:
                raise ValidationError(f"Kiến nghị thứ {i + 1}: đơn vị chịu trách nhiệm không có trong danh mục.",
                                      f"Recommendation {i + 1}: the responsible unit is not in the catalogue.",
                                      field="recommendations")
            if unit.retired and known.get(rec.id or -1) != unit.id:
                raise ValidationError(f"Kiến nghị thứ {i + 1}: đơn vị “{unit.name}” đã ngừng sử dụng.",
                                      f"Recommendation {i + 1}: the unit “{unit.name}” is retired.",
                                      field="recommendations")

    def _write_recs(self, s: Session, inspection_id: int, recs: list[Recommendation]) -> None:
        existing = {r.id: r for r in s.scalars(select(RecommendationRow)
                                               .where(RecommendationRow.inspection_id == inspection_id))}
        kept: set[int] = set()
        for i, rec in enumerate(recs):
            row = existing.get(rec.id) if rec.id is not None else None
            if row is None:
                row = RecommendationRow(inspection_id=inspection_id)
                s.add(row)
            else:
                kept.add(row.id)
            row.position, row.text, row.unit_id = i, rec.text, rec.unit_id  # type: ignore[assignment]
            row.deadline, row.status = rec.deadline, rec.status.value  # type: ignore[assignment]
            row.done_on = rec.done_on if rec.status is RecStatus.DONE else None
            row.note = rec.note
        for rid, row in existing.items():
            if rid not in kept:
                s.delete(row)

    def reopen(self, inspection_id: int) -> Inspection:
        insp = self.get(inspection_id)
        insp.closed = False
        with self.db.session() as s:
            row = s.get(InspectionRow, inspection_id)
            if row is not None:
                row.closed = False
        self._sync_entry(insp.plan_entry_id)
        return self.get(inspection_id)

    def delete(self, inspection_id: int) -> None:
        with self.db.session() as s:
            row = s.get(InspectionRow, inspection_id)
            if row is None:
                return
            entry = row.plan_entry_id
            s.delete(row)
        self._sync_entry(entry)

    def _sync_entry(self, entry_id: int | None) -> None:
        if entry_id is None:
            return
        with self.db.session() as s:
            section = s.scalar(select(InspectionPlanRow.section_id).where(InspectionPlanRow.id == entry_id))
        InspectionPlanService(self.db).sync_sections({section})

    # -- follow-up ------------------------------------------------------------------------------
    def recommendations(self, *, year: int | None = None, include_done: bool = False) -> list[Recommendation]:
        """Recommendations across all inspections, overdue first, then by deadline."""
        with self.db.session() as s:
            names = dict(s.execute(select(UnitRow.id, UnitRow.name)).all())
            q = select(RecommendationRow, InspectionRow).join(InspectionRow,
                                                               InspectionRow.id == RecommendationRow.inspection_id)
            if year is not None:
                q = q.where(InspectionRow.year == year)
            if not include_done:
                q = q.where(RecommendationRow.status != RecStatus.DONE.value)
            out = [self._rec(r, names, i) for r, i in s.execute(q).all()]
        today = self.today()
        return sorted(out, key=lambda r: followup_key(r, today))

    def set_recommendation_status(self, rec_id: int, status: RecStatus, *, done_on: date | None = None,
                                  note: str = "") -> Recommendation:
        """Move one recommendation along; closing it needs a note on how it was done."""
        status = RecStatus(status)
        note = _long(note, "Kết quả thực hiện", "Note", "note")
        with self.db.session() as s:
            row = s.get(RecommendationRow, rec_id)
            if row is None:
                raise ValidationError("Không tìm thấy kiến nghị.", "Recommendation not found.")
            if status is RecStatus.DONE and done_on is None:
                done_on = self.today()
            rec = Recommendation(row.text, row.unit_id, "", row.deadline, status, done_on, note or
                                 (row.note if status is not RecStatus.DONE else ""), row.id)
            check_recommendation(rec, row.position)
            row.status, row.note = status.value, rec.note
            row.done_on = done_on if status is RecStatus.DONE else None
        return next(r for r in self.recommendations(include_done=True) if r.id == rec_id)

    def count_open(self) -> dict[str, int]:
        today = self.today()
        recs = self.recommendations()
        return {"open": len(recs), "overdue": sum(1 for r in recs if is_overdue(r, today))}

    # -- the command line's shape (design.md §7) -------------------------------------------------
    def to_json(self, insp: Inspection) -> dict[str, Any]:
        today = self.today()
        return {
            "id": insp.id, "unit": insp.unit_name, "date": insp.start_date, "end_date": insp.end_date,
            "decision_number": insp.decision_number, "decision_date": insp.decision_date,
            "place": insp.place, "closed": insp.closed, "plan_entry_id": insp.plan_entry_id,
            "criteria": [{"code": a.code, "group": a.group, "text": a.text, "article": a.article,
                          "result": a.result.value if a.result else None, "notes": a.notes}
                         for a in insp.answers],
            "recommendations": [{"id": r.id, "text": r.text, "unit": r.unit_name, "deadline": r.deadline,
                                 "status": r.status.value, "done_on": r.done_on, "note": r.note,
                                 "overdue": is_overdue(r, today)} for r in insp.recommendations],
        }


def units_in_use(s: Session, unit_id: int) -> int:
    """How many inspection rows use a unit (so the catalogue retires it instead of deleting)."""
    n = s.scalar(select(func.count()).select_from(InspectionRow).where(InspectionRow.unit_id == unit_id)) or 0
    n += s.scalar(select(func.count()).select_from(RecommendationRow).where(RecommendationRow.unit_id == unit_id)) or 0
    n += s.scalar(select(func.count()).select_from(InspectionPlanRow).where(InspectionPlanRow.unit_id == unit_id)) or 0
    return n


if units_in_use not in UNIT_USAGE_CHECKS:
    UNIT_USAGE_CHECKS.append(units_in_use)
