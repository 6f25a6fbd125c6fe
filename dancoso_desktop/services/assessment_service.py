"""The annual self-assessment: the scheme of a year, its scores, bonus and penalty, conditions and
evidence links (issue 11 item 8; the rules are in ``domain/assessment.py``).

A year's assessment is created from the shipped example scheme (Cần Thơ 2025's structure) the
first time it is asked for, unless the officer imports the province's own. Every change is
validated before anything is written; a refused change leaves the stored assessment as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, func, select

from dancoso_desktop import paths
from dancoso_desktop.domain.assessment import (
    EVIDENCE_KINDS,
    Assessment,
    EvidenceLink,
    Scheme,
    check_extra,
    check_points,
    parse_points,
    scheme_from_data,
    scheme_to_data,
)
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.domain.text import clean_line, clean_text
from dancoso_desktop.storage.assessment_tables import AssessmentEvidenceRow, AssessmentRow, AssessmentScoreRow
from dancoso_desktop.storage.database import Database

EXAMPLE_FILE = ("assessment", "cantho_2025.json")
MAX_NOTE = 4000
MAX_EVIDENCE = 50     # links per criterion


def example_scheme() -> Scheme:
    """The shipped example: Cần Thơ 2025's structure (CT2579 Art. 4, 6, 9), sub-criteria marked
    as an editable example."""
    return scheme_from_data(json.loads(paths.resource(*EXAMPLE_FILE).read_text(encoding="utf-8")))


def _dec(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


class AssessmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ----------------------------------------------------------------------------------
    def years(self) -> list[int]:
        with self.db.session() as s:
            return list(s.scalars(select(AssessmentRow.year).order_by(AssessmentRow.year)))

    def exists(self, year: int) -> bool:
        with self.db.session() as s:
            return s.scalar(select(AssessmentRow.id).where(AssessmentRow.year == year)) is not None

    def view(self, year: int) -> Assessment:
        """The year's assessment to show: the stored one, or the example not yet saved (showing a
        page or a command's output never writes; the first change does)."""
        check_year(year)
        if self.exists(year):
            return self.get(year)
        return Assessment(year, example_scheme())

    def get(self, year: int, *, create: bool = True) -> Assessment:
        """The year's assessment; created from the example scheme when ``create`` (else refused)."""
        check_year(year)
        with self.db.session() as s:
            row = s.scalar(select(AssessmentRow).where(AssessmentRow.year == year))
            if row is None:
                if not create:
                    raise ValidationError(f"Chưa có bản tự đánh giá năm {year}.",
                                          f"There is no self-assessment for {year}.")
                row = AssessmentRow(year=year, scheme=json.dumps(scheme_to_data(example_scheme()),
                                                                   ensure_ascii=False),
                                    bonus="0", penalty="0", bonus_note="", penalty_note="", conditions="[]",
                                    updated_at=datetime.now())
                s.add(row)
                s.flush()
            return self._load(s, row)

    def _load(self, s, row: AssessmentRow) -> Assessment:  # type: ignore[no-untyped-def]
        scheme = scheme_from_data(json.loads(row.scheme))
        scores: dict[str, Decimal | None] = {}
        notes: dict[str, str] = {}
        for code, points, note in s.execute(select(AssessmentScoreRow.code, AssessmentScoreRow.points,
                                                   AssessmentScoreRow.note)
                                            .where(AssessmentScoreRow.assessment_id == row.id)):
            scores[code] = _dec(points)
            if note:
                notes[code] = note
        evidence: dict[str, list[EvidenceLink]] = {}
        for code, kind, rid, label in s.execute(
                select(AssessmentEvidenceRow.code, AssessmentEvidenceRow.kind, AssessmentEvidenceRow.record_id,
                       AssessmentEvidenceRow.label)
                .where(AssessmentEvidenceRow.assessment_id == row.id)
                .order_by(AssessmentEvidenceRow.code, AssessmentEvidenceRow.position, AssessmentEvidenceRow.id)):
            evidence.setdefault(code, []).append(EvidenceLink(kind, rid, label))
        return Assessment(row.year, scheme, scores, notes, evidence, Decimal(row.bonus), row.bonus_note,
                          Decimal(row.penalty), row.penalty_note, frozenset(json.loads(row.conditions or "[]")),
                          row.deadline, row.submitted_on, row.id)

    def _row(self, s, year: int) -> AssessmentRow:  # type: ignore[no-untyped-def]
        row = s.scalar(select(AssessmentRow).where(AssessmentRow.year == year))
        if row is None:   # callers get() the year first, which creates it
            raise ValidationError(f"Chưa có bản tự đánh giá năm {year}.", f"There is no self-assessment for {year}.")
        row.updated_at = datetime.now()
        return row

    # -- the scheme ---------------------------------------------------------------------------------
    def set_scheme(self, year: int, scheme: Scheme) -> Assessment:
        """Replace the year's scheme. Scores and evidence of codes the new scheme still has, as leaf
        criteria within their maximum, are kept; the others are dropped."""
        check_year(year)
        data = scheme_to_data(scheme)
        scheme = scheme_from_data(data)   # checked the same way as a stored one
        self.get(year)
        with self.db.session() as s:
            row = self._row(s, year)
            row.scheme = json.dumps(data, ensure_ascii=False)
            leaves = {c.code: c for c in scheme.leaves()}
            for score in s.scalars(select(AssessmentScoreRow).where(AssessmentScoreRow.assessment_id == row.id)):
                c = leaves.get(score.code)
                if c is None or (score.points is not None and Decimal(score.points) > c.max_points):
                    s.delete(score)
            s.execute(delete(AssessmentEvidenceRow).where(AssessmentEvidenceRow.assessment_id == row.id,
                                                          AssessmentEvidenceRow.code.not_in(list(leaves))))
            if Decimal(row.bonus) > scheme.bonus_max:
                row.bonus = str(scheme.bonus_max)
            if Decimal(row.penalty) > scheme.penalty_max:
                row.penalty = str(scheme.penalty_max)
            codes = {c.code for c in scheme.conditions}
            row.conditions = json.dumps(sorted(set(json.loads(row.conditions or "[]")) & codes))
        return self.get(year)

    # -- scores -------------------------------------------------------------------------------------
    def score(self, year: int, code: str, points: str | Decimal | int | None, note: str | None = None) -> Assessment:
        """Score one criterion (``None`` or "" clears it). Only leaf criteria are scored; a part's
        points are the sum of its criteria (CT2579 Art. 4)."""
        a = self.get(year)
        criterion = a.scheme.find(clean_line(code))
        if criterion is None:
            raise ValidationError(f"Không có tiêu chí mã “{clean_line(code)[:40]}” trong bộ tiêu chí năm {year}.",
                                  f"There is no criterion “{clean_line(code)[:40]}” in the {year} scheme.",
                                  field="code")
        if not criterion.is_leaf:
            raise ValidationError(
                f"Tiêu chí {criterion.code} được tính bằng tổng các tiêu chí con; hãy chấm từng tiêu chí con.",
                f"Criterion {criterion.code} is the sum of its sub-criteria; score each of them.", field="code")
        value = None
        if points is not None and not (isinstance(points, str) and not points.strip()):
            value = check_points(criterion, parse_points(points))
        note_text = None if note is None else clean_text(note)
        if note_text is not None and len(note_text) > MAX_NOTE:
            raise ValidationError(f"Ghi chú dài quá {MAX_NOTE} ký tự.", f"The note is longer than {MAX_NOTE} characters.",
                                  field="note")
        with self.db.session() as s:
            row = self._row(s, year)
            score = s.scalar(select(AssessmentScoreRow).where(AssessmentScoreRow.assessment_id == row.id,
                                                              AssessmentScoreRow.code == criterion.code))
            if score is None:
                score = AssessmentScoreRow(assessment_id=row.id, code=criterion.code, note="")
                s.add(score)
            score.points = None if value is None else str(value)
            if note_text is not None:
                score.note = note_text
        return self.get(year)

    def set_extra(self, year: int, *, bonus: str | Decimal | None = None, penalty: str | Decimal | None = None,
                  bonus_note: str | None = None, penalty_note: str | None = None) -> Assessment:
        """Bonus and penalty points (CT2579 Art. 4.3–4.4: at most 3 each), with their grounds."""
        a = self.get(year)
        b = check_extra(parse_points(bonus, what_vi="Điểm thưởng", what_en="Bonus points"),
                        a.scheme.bonus_max, bonus=True) if bonus is not None else None
        p = check_extra(parse_points(penalty, what_vi="Điểm trừ", what_en="Penalty points"),
                        a.scheme.penalty_max, bonus=False) if penalty is not None else None
        notes = [None if n is None else clean_text(n) for n in (bonus_note, penalty_note)]
        if any(n is not None and len(n) > MAX_NOTE for n in notes):
            raise ValidationError(f"Ghi chú dài quá {MAX_NOTE} ký tự.", f"The note is longer than {MAX_NOTE} characters.")
        with self.db.session() as s:
            row = self._row(s, year)
            if b is not None:
                row.bonus = str(b)
            if p is not None:
                row.penalty = str(p)
            if notes[0] is not None:
                row.bonus_note = notes[0]
            if notes[1] is not None:
                row.penalty_note = notes[1]
        return self.get(year)

    def set_conditions(self, year: int, codes: Iterable[str]) -> Assessment:
        """The conditions of CT2579 Art. 6 that apply this year (they fail or cap the class)."""
        a = self.get(year)
        wanted = {clean_line(c) for c in codes}
        unknown = wanted - {c.code for c in a.scheme.conditions}
        if unknown:
            raise ValidationError(f"Không có điều kiện “{sorted(unknown)[0]}” trong bộ tiêu chí.",
                                  f"There is no condition “{sorted(unknown)[0]}” in the scheme.")
        with self.db.session() as s:
            self._row(s, year).conditions = json.dumps(sorted(wanted))
        return self.get(year)

    def set_dates(self, year: int, *, deadline: date | None = None, submitted_on: date | None = None,
                  clear_submitted: bool = False) -> Assessment:
        """The deadline (default: the scheme's, CT2579 Art. 9: 10–15/12) and the day it was sent."""
        self.get(year)
        for d in (deadline, submitted_on):
            if d is not None:
                check_year(d.year)
        with self.db.session() as s:
            row = self._row(s, year)
            if deadline is not None:
                row.deadline = deadline
            if submitted_on is not None or clear_submitted:
                row.submitted_on = submitted_on
        return self.get(year)

    # -- evidence ------------------------------------------------------------------------------------
    def describe(self, kind: str, record_id: int) -> str:
        """How a record reads in an evidence list; refuses a record that does not exist."""
        from dancoso_desktop.storage.disclosure_tables import DisclosureRow
        from dancoso_desktop.storage.inspection_tables import InspectionRow
        from dancoso_desktop.storage.tables import SectionRow, UnitRow

        with self.db.session() as s:
            if kind == "disclosure":
                r = s.execute(select(DisclosureRow.title, DisclosureRow.disclosed_on)
                              .where(DisclosureRow.id == record_id)).first()
                if r is not None:
                    when = f" ({r[1]:%d/%m/%Y})" if r[1] else ""
                    return f"Công khai: {r[0]}{when}"
            elif kind == "inspection":
                r = s.execute(select(UnitRow.name, InspectionRow.start_date).join(
                    UnitRow, UnitRow.id == InspectionRow.unit_id).where(InspectionRow.id == record_id)).first()
                if r is not None:
                    return f"Biên bản kiểm tra {r[0]} ngày {r[1]:%d/%m/%Y}"
            elif kind == "plan_section":
                title = s.scalar(select(SectionRow.title).where(SectionRow.id == record_id))
                if title is not None:
                    return f"Kế hoạch: {title}"
            else:
                return ""
        raise ValidationError(f"Không tìm thấy bản ghi {kind} số {record_id}.",
                              f"Record {kind} {record_id} was not found.", field="evidence")

    def candidates(self, kind: str, year: int, query: str = "", limit: int = 200) -> list[tuple[int, str]]:
        """Records of ``year`` that can be linked as evidence (id, label), for the picker; the
        search folds Vietnamese tone marks."""
        from dancoso_desktop.domain.text import fold
        from dancoso_desktop.storage.disclosure_tables import DisclosureRow
        from dancoso_desktop.storage.inspection_tables import InspectionRow
        from dancoso_desktop.storage.tables import PlanRow, SectionRow, UnitRow

        words = fold(query).split()[:8]
        with self.db.session() as s:
            if kind == "disclosure":
                q = select(DisclosureRow.id, DisclosureRow.title, DisclosureRow.disclosed_on).where(
                    DisclosureRow.year == year, DisclosureRow.status == "done")
                for w in words:
                    q = q.where(DisclosureRow.search_key.contains(w, autoescape=True))
                rows = s.execute(q.order_by(DisclosureRow.disclosed_on.desc(), DisclosureRow.id).limit(limit)).all()
                return [(r[0], f"{r[1]}" + (f" ({r[2]:%d/%m/%Y})" if r[2] else "")) for r in rows]
            if kind == "inspection":
                found = s.execute(select(InspectionRow.id, UnitRow.name, InspectionRow.start_date).join(
                    UnitRow, UnitRow.id == InspectionRow.unit_id).where(InspectionRow.year == year)
                    .order_by(InspectionRow.start_date)).all()
                out = [(r[0], f"Biên bản kiểm tra {r[1]} ngày {r[2]:%d/%m/%Y}") for r in found]
            elif kind == "plan_section":
                sections = s.execute(select(SectionRow.id, SectionRow.title).join(
                    PlanRow, PlanRow.id == SectionRow.plan_id).where(PlanRow.year == year).order_by(SectionRow.id)).all()
                out = [(r[0], str(r[1])) for r in sections]
            else:
                return []
        return [o for o in out if all(w in fold(o[1]) for w in words)][:limit]

    def link(self, year: int, code: str, kind: str, record_id: int, label: str = "") -> Assessment:
        """Give a record of the app as evidence for a leaf criterion. Kinds are stored generically
        (RecordRef kind + id): reports and later registers link the same way."""
        a = self.get(year)
        criterion = a.scheme.find(clean_line(code))
        if criterion is None or not criterion.is_leaf:
            raise ValidationError(f"Không có tiêu chí chấm điểm mã “{clean_line(code)[:40]}”.",
                                  f"There is no scored criterion “{clean_line(code)[:40]}”.", field="code")
        kind = clean_line(kind)
        if not kind or len(kind) > 40 or not kind.replace("_", "").isalnum():
            raise ValidationError("Loại bản ghi không hợp lệ.", "Invalid record kind.", field="kind")
        if not isinstance(record_id, int) or isinstance(record_id, bool) or record_id <= 0:
            raise ValidationError("Số bản ghi không hợp lệ.", "Invalid record id.", field="id")
        described = self.describe(kind, record_id) if kind in EVIDENCE_KINDS else ""
        text = clean_line(label) or described or f"{kind} #{record_id}"
        if len(text) > 500:
            text = text[:499] + "…"
        links = a.evidence.get(criterion.code, [])
        if any(e.kind == kind and e.id == record_id for e in links):
            return a
        if len(links) >= MAX_EVIDENCE:
            raise ValidationError(f"Mỗi tiêu chí có tối đa {MAX_EVIDENCE} minh chứng.",
                                  f"A criterion has at most {MAX_EVIDENCE} pieces of evidence.")
        with self.db.session() as s:
            row = self._row(s, year)
            position = s.scalar(select(func.count()).select_from(AssessmentEvidenceRow).where(
                AssessmentEvidenceRow.assessment_id == row.id, AssessmentEvidenceRow.code == criterion.code)) or 0
            s.add(AssessmentEvidenceRow(assessment_id=row.id, code=criterion.code, position=position, kind=kind,
                                        record_id=record_id, label=text))
        return self.get(year)

    def unlink(self, year: int, code: str, kind: str, record_id: int) -> Assessment:
        self.get(year)
        with self.db.session() as s:
            row = self._row(s, year)
            s.execute(delete(AssessmentEvidenceRow).where(
                AssessmentEvidenceRow.assessment_id == row.id, AssessmentEvidenceRow.code == clean_line(code),
                AssessmentEvidenceRow.kind == kind, AssessmentEvidenceRow.record_id == record_id))
        return self.get(year)

    # -- the command line's shape ----------------------------------------------------------------------
    def to_json(self, a: Assessment) -> dict[str, object]:
        r = a.result()

        def node(c) -> dict[str, object]:  # type: ignore[no-untyped-def]
            out: dict[str, object] = {"code": c.code, "text": c.text, "max_points": str(c.max_points),
                                      "points": None if a.points(c) is None else str(a.points(c))}
            if c.is_leaf:
                out["note"] = a.notes.get(c.code, "")
                out["evidence"] = [{"kind": e.kind, "id": e.id, "label": e.label} for e in a.evidence.get(c.code, [])]
            else:
                out["children"] = [node(k) for k in c.children]
            return out

        return {"year": a.year, "scheme": a.scheme.name, "source": a.scheme.source, "example": a.scheme.example,
                "criteria": [node(c) for c in a.scheme.criteria],
                "base": str(r.base), "bonus": str(r.bonus), "penalty": str(r.penalty), "total": str(r.total),
                "max_total": str(r.max_total), "rating": r.rating.value, "rating_vi": r.rating.label_vi,
                "by_points": r.by_points.value, "complete": r.complete, "unscored": list(r.unscored),
                "zero": list(r.zero), "conditions": sorted(a.conditions), "reasons": list(r.reasons_vi),
                "deadline": a.due_date().isoformat(),
                "submitted_on": a.submitted_on.isoformat() if a.submitted_on else None}
