"""The annual plan: its document data and its tree of sections (issue: plan editor).

Every method is one transaction: an edit is committed when made, and a refused edit changes
nothing. Section ids are stable so that the window's undo stack can refer to them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.numbering import NumberStyle
from dancoso_desktop.domain.plan import (
    Plan,
    PlanSection,
    Status,
    TimeFrame,
    check_year,
    no_plan,
)
from dancoso_desktop.domain.text import clean_line, clean_text, fold, require_text
from dancoso_desktop.services.plan_rows import insert_sections, load_tree, unit_resolver
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.plan_reader import PLAN_COLUMNS, plan_from_record
from dancoso_desktop.storage.tables import PlanRow, SectionRow, SectionUnitRow, UnitRow

MAX_TITLE = 2000
MAX_BODY = 200_000  # a 1 MB paste is refused with a message rather than stored half-way


@dataclass
class PlanSummary:
    year: int
    title: str
    number: str
    sections: int
    date: date | None


@dataclass
class SectionSnapshot:
    """A deleted subtree, exactly as stored, so undo can put it back with the same ids."""

    rows: list[dict[str, Any]]
    units: list[dict[str, Any]]
    parent_id: int | None
    position: int
    plan_id: int


@dataclass
class SectionFields:
    """Editable fields of one section; None means 'leave as it is'."""

    title: str | None = None
    text: str | None = None
    lead_unit_id: int | bool | None = False       # False: unchanged; None: no lead unit
    coordinating_unit_ids: list[int] | None = None
    timeframe: TimeFrame | None = None
    status: Status | None = None
    progress: int | None = None
    notes: str | None = None
    child_style: NumberStyle | bool | None = False
    extra: dict[str, Any] = field(default_factory=dict)


def _not_found() -> ValidationError:
    return ValidationError("Không tìm thấy mục này (có thể đã bị xóa).", "Section not found (it may have been deleted).")


def _validate_title(title: str) -> str:
    return require_text(title, vi_name="Tiêu đề mục", en_name="Section title", max_len=MAX_TITLE, field="title")


def _validate_body(text: str, name_vi: str = "Nội dung", name_en: str = "Text") -> str:
    value = clean_text(text)
    if len(value) > MAX_BODY:
        raise ValidationError(
            f"{name_vi} quá dài ({len(value):,} ký tự; tối đa {MAX_BODY:,}). Hãy chia thành nhiều mục.".replace(",", "."),
            f"{name_en} is too long ({len(value):,} characters; at most {MAX_BODY:,}). Split it into several sections.",
            field="text")
    return value


class PlanService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- plans --------------------------------------------------------------------------------
    def list_plans(self) -> list[PlanSummary]:
        with self.db.session() as s:
            counts = dict(s.execute(select(SectionRow.plan_id, func.count()).group_by(SectionRow.plan_id)).all())
            return [PlanSummary(r.year, r.title, r.number, counts.get(r.id, 0), r.date)
                    for r in s.scalars(select(PlanRow).order_by(PlanRow.year))]

    def plan_id(self, year: int) -> int:
        with self.db.session() as s:
            pid = s.scalar(select(PlanRow.id).where(PlanRow.year == year))
        if pid is None:
            raise no_plan(year)
        return pid

    def has_plan(self, year: int) -> bool:
        with self.db.session() as s:
            return s.scalar(select(PlanRow.id).where(PlanRow.year == year)) is not None

    def get_plan(self, year: int) -> Plan:
        with self.db.session() as s:
            row = s.scalars(select(PlanRow).where(PlanRow.year == year)).first()
            if row is None:
                raise no_plan(year)
            plan = self._plan_from_row(row)
            plan.sections = self._load_tree(s, row.id)
        plan.renumber()
        return plan

    def _plan_from_row(self, row: PlanRow) -> Plan:
        return plan_from_record({c: getattr(row, c) for c in PLAN_COLUMNS})

    def _load_tree(self, s: Session, plan_id: int) -> list[PlanSection]:
        return load_tree(s, plan_id)

    def create_plan(self, plan: Plan, *, unit_ids: dict[str, int] | None = None) -> int:
        """Store a whole new plan (from the template, last year's plan or an import)."""
        check_year(plan.year)
        if self.has_plan(plan.year):
            raise ValidationError(
                f"Đã có kế hoạch năm {plan.year}. Hãy chọn năm khác hoặc xóa kế hoạch cũ trước.",
                f"A plan for {plan.year} already exists. Choose another year or delete the old plan first.",
                field="year")
        names = unit_ids or {}
        for section in plan.walk():
            _validate_title(section.title)
            _validate_body(section.text)
            section.timeframe.validate()
        with self.db.session() as s:
            row = PlanRow(year=plan.year)
            self._apply_document(row, plan)
            s.add(row)
            s.flush()
            resolve = self._unit_resolver(s, names)
            self._insert_sections(s, row.id, None, plan.sections, resolve)
            plan.id = row.id
            return row.id

    def _unit_resolver(self, s: Session, known: dict[str, int]) -> Callable[[int | None, str], int | None]:
        return unit_resolver(s, known)

    def _insert_sections(self, s: Session, plan_id: int, parent_id: int | None,
                         sections: list[PlanSection], resolve: Callable[[int | None, str], int | None]) -> None:
        insert_sections(s, plan_id, parent_id, sections, resolve)

    def _apply_document(self, row: PlanRow, plan: Plan) -> None:
        row.title = clean_line(plan.title)
        row.number = clean_line(plan.number)
        row.place = clean_line(plan.place)
        row.date = plan.date
        row.issuing_body = clean_line(plan.issuing_body)
        row.parent_body = clean_line(plan.parent_body)
        row.legal_bases = json.dumps([clean_text(b) for b in plan.legal_bases if clean_text(b)], ensure_ascii=False)
        row.intro = clean_text(plan.intro)
        row.recipients = json.dumps([clean_line(r) for r in plan.recipients if clean_line(r)], ensure_ascii=False)
        row.signer_authority = clean_line(plan.signer.authority)
        row.signer_title = clean_line(plan.signer.title)
        row.signer_name = clean_line(plan.signer.name)
        row.report_deadlines = json.dumps(plan.report_deadlines, ensure_ascii=False)
        row.footnotes = json.dumps(plan.footnotes, ensure_ascii=False)
        row.updated_at = datetime.now()

    def update_document(self, year: int, plan: Plan) -> None:
        """Save the document data (number, date, bases, recipients, signer…) of a plan."""
        if len(clean_line(plan.number)) > 100:
            raise ValidationError("Số văn bản quá dài.", "The document number is too long.", field="number")
        if plan.date is not None and not 1990 <= plan.date.year <= 2100:
            raise ValidationError("Ngày ban hành không hợp lệ.", "The date of issue is invalid.", field="date")
        with self.db.session() as s:
            row = s.scalars(select(PlanRow).where(PlanRow.year == year)).first()
            if row is None:
                raise no_plan(year)
            self._apply_document(row, plan)

    def delete_plan(self, year: int) -> None:
        with self.db.session() as s:
            s.execute(delete(PlanRow).where(PlanRow.year == year))

    # -- sections -----------------------------------------------------------------------------
    def _section(self, s: Session, section_id: int) -> SectionRow:
        row = s.get(SectionRow, section_id)
        if row is None:
            raise _not_found()
        return row

    def _siblings(self, s: Session, plan_id: int, parent_id: int | None) -> list[SectionRow]:
        q = select(SectionRow).where(SectionRow.plan_id == plan_id)
        q = q.where(SectionRow.parent_id.is_(None) if parent_id is None else SectionRow.parent_id == parent_id)
        return list(s.scalars(q.order_by(SectionRow.position, SectionRow.id)))

    def _compact(self, rows: list[SectionRow]) -> None:
        for i, r in enumerate(rows):
            r.position = i

    def add_section(self, plan_id: int, parent_id: int | None, position: int | None, title: str,
                    text: str = "") -> int:
        title = _validate_title(title)
        text = _validate_body(text)
        with self.db.session() as s:
            if parent_id is not None:
                parent = self._section(s, parent_id)
                if parent.plan_id != plan_id:
                    raise _not_found()
            siblings = self._siblings(s, plan_id, parent_id)
            position = len(siblings) if position is None else max(0, min(position, len(siblings)))
            row = SectionRow(plan_id=plan_id, parent_id=parent_id, position=position, title=title, body=text,
                             search_key=fold(f"{title} {text}"))
            siblings.insert(position, row)
            s.add(row)
            self._compact(siblings)
            s.flush()
            return row.id

    def update_section(self, section_id: int, f: SectionFields) -> None:
        with self.db.session() as s:
            row = self._section(s, section_id)
            if f.title is not None:
                row.title = _validate_title(f.title)
            if f.text is not None:
                row.body = _validate_body(f.text)
            if f.notes is not None:
                row.notes = _validate_body(f.notes, "Ghi chú", "Notes")
            if f.lead_unit_id is not False:
                if f.lead_unit_id is not None and s.get(UnitRow, f.lead_unit_id) is None:
                    raise ValidationError("Đơn vị chủ trì không có trong danh mục.", "The lead unit is not in the catalogue.")
                row.lead_unit_id = f.lead_unit_id  # type: ignore[assignment]
            if f.coordinating_unit_ids is not None:
                s.execute(delete(SectionUnitRow).where(SectionUnitRow.section_id == section_id))
                for i, uid in enumerate(dict.fromkeys(f.coordinating_unit_ids)):
                    if s.get(UnitRow, uid) is None:
                        raise ValidationError("Đơn vị phối hợp không có trong danh mục.",
                                              "A coordinating unit is not in the catalogue.")
                    s.add(SectionUnitRow(section_id=section_id, unit_id=uid, position=i))
            if f.timeframe is not None:
                tf = f.timeframe.validate()
                row.tf_kind, row.tf_start, row.tf_end, row.tf_quarter = tf.kind.value, tf.start, tf.end, tf.quarter
            if f.status is not None:
                row.status = Status(f.status).value
                if f.status is Status.DONE and f.progress is None:
                    row.progress = 100
            if f.progress is not None:
                if not 0 <= f.progress <= 100:
                    raise ValidationError("Tiến độ phải từ 0 đến 100%.", "Progress must be 0–100%.", field="progress")
                row.progress = f.progress
            if f.child_style is not False:
                row.child_style = f.child_style.value if isinstance(f.child_style, NumberStyle) else None
            row.search_key = fold(f"{row.title} {row.body}")

    def get_section(self, section_id: int) -> PlanSection:
        with self.db.session() as s:
            row = self._section(s, section_id)
            year = s.scalar(select(PlanRow.year).where(PlanRow.id == row.plan_id))
        plan = self.get_plan(int(year or 0))
        for sec in plan.walk():
            if sec.id == section_id:
                return sec
        raise _not_found()

    def section_place(self, section_id: int) -> tuple[int | None, int]:
        """(parent id, position) of a section: what undo needs to put it back."""
        with self.db.session() as s:
            row = self._section(s, section_id)
            return row.parent_id, row.position

    def move_section(self, section_id: int, new_parent_id: int | None, new_position: int) -> None:
        """Move a section (with its subtree) under ``new_parent_id`` at ``new_position``."""
        with self.db.session() as s:
            row = self._section(s, section_id)
            if new_parent_id is not None:
                parent = self._section(s, new_parent_id)
                if parent.plan_id != row.plan_id:
                    raise _not_found()
                ancestor: SectionRow | None = parent
                while ancestor is not None:  # a section cannot go inside itself
                    if ancestor.id == section_id:
                        raise ValidationError("Không thể chuyển một mục vào bên trong chính nó.",
                                              "A section cannot be moved inside itself.")
                    ancestor = s.get(SectionRow, ancestor.parent_id) if ancestor.parent_id else None
            old = [r for r in self._siblings(s, row.plan_id, row.parent_id) if r.id != section_id]
            self._compact(old)
            target = old if row.parent_id == new_parent_id else \
                [r for r in self._siblings(s, row.plan_id, new_parent_id) if r.id != section_id]
            new_position = max(0, min(new_position, len(target)))
            target.insert(new_position, row)
            row.parent_id = new_parent_id
            self._compact(target)

    def indent(self, section_id: int) -> bool:
        """Make the section the last child of its previous sibling. False when there is none."""
        parent_id, position = self.section_place(section_id)
        if position == 0:
            return False
        with self.db.session() as s:
            row = self._section(s, section_id)
            prev = self._siblings(s, row.plan_id, parent_id)[position - 1]
            prev_id, n = prev.id, len(self._siblings(s, row.plan_id, prev.id))
        self.move_section(section_id, prev_id, n)
        return True

    def outdent(self, section_id: int) -> bool:
        """Make the section the next sibling of its parent. False at the top level."""
        parent_id, _ = self.section_place(section_id)
        if parent_id is None:
            return False
        grand, parent_pos = self.section_place(parent_id)
        self.move_section(section_id, grand, parent_pos + 1)
        return True

    def delete_section(self, section_id: int) -> SectionSnapshot:
        with self.db.session() as s:
            row = self._section(s, section_id)
            ids = [section_id]
            frontier = [section_id]
            while frontier:
                kids = list(s.scalars(select(SectionRow.id).where(SectionRow.parent_id.in_(frontier))))
                ids += kids
                frontier = kids
            table = SectionRow.__table__
            rows = [dict(r) for r in s.execute(select(table).where(table.c.id.in_(ids))).mappings()]
            order = {sid: i for i, sid in enumerate(ids)}
            rows.sort(key=lambda r: order[r["id"]])  # parents before children, for re-insertion
            units = [dict(r) for r in s.execute(select(SectionUnitRow.__table__)
                                                .where(SectionUnitRow.section_id.in_(ids))).mappings()]
            snap = SectionSnapshot(rows, units, row.parent_id, row.position, row.plan_id)
            parent_id, plan_id = row.parent_id, row.plan_id
            s.delete(row)
            s.flush()
            self._compact(self._siblings(s, plan_id, parent_id))
            return snap

    def restore_section(self, snap: SectionSnapshot) -> None:
        """Undo a delete: the subtree comes back with its ids, at its old place."""
        with self.db.session() as s:
            ids = [r["id"] for r in snap.rows]
            gone = s.get(PlanRow, snap.plan_id) is None or (
                snap.parent_id is not None and s.get(SectionRow, snap.parent_id) is None)
            if gone or s.scalar(select(func.count()).select_from(SectionRow).where(SectionRow.id.in_(ids))):
                raise ValidationError("Không hoàn tác được: mục chứa nó đã bị xóa hoặc đã được khôi phục.",
                                      "Cannot undo: the section it belonged to was deleted, or it was already restored.")
            siblings = self._siblings(s, snap.plan_id, snap.parent_id)
            # A unit may have been deleted from the catalogue since (it was no longer in use).
            units = set(s.scalars(select(UnitRow.id)))
            rows = [{**r, "lead_unit_id": r["lead_unit_id"] if r["lead_unit_id"] in units else None}
                    for r in snap.rows]
            s.execute(insert(cast(Table, SectionRow.__table__)), rows)
            links = [u for u in snap.units if u["unit_id"] in units]
            if links:
                s.execute(insert(cast(Table, SectionUnitRow.__table__)), links)
            restored = self._section(s, snap.rows[0]["id"])
            siblings.insert(min(snap.position, len(siblings)), restored)
            self._compact(siblings)

    def filter_ids(self, year: int, query: str) -> set[int]:
        """Ids of sections matching every word of the query, accents ignored. A word may be in
        the title, the text or the name of a unit that carries the section out ("công an"
        finds what the police lead or help with), so a unit renamed later is found by its new name."""
        words = fold(query).split()
        pid = self.plan_id(year)
        with self.db.session() as s:
            q = select(SectionRow.id).where(SectionRow.plan_id == pid)
            for w in words:
                in_lead = select(UnitRow.id).where(UnitRow.id == SectionRow.lead_unit_id,
                                                   UnitRow.search_key.contains(w, autoescape=True)).exists()
                in_coordinating = (select(SectionUnitRow.unit_id)
                                   .join(UnitRow, UnitRow.id == SectionUnitRow.unit_id)
                                   .where(SectionUnitRow.section_id == SectionRow.id,
                                          UnitRow.search_key.contains(w, autoescape=True)).exists())
                q = q.where(or_(SectionRow.search_key.contains(w, autoescape=True), in_lead, in_coordinating))
            return set(s.scalars(q))

    def mark_all(self, year: int, status: Status) -> None:
        pid = self.plan_id(year)
        with self.db.session() as s:
            s.execute(update(SectionRow).where(SectionRow.plan_id == pid).values(status=status.value))
