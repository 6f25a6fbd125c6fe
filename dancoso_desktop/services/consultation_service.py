"""Recording consultations (Art. 25–29) and publishing their result in the disclosure register.

Each save is one transaction (the record, its counts per form and its opinions, or nothing).
Publishing the result creates the disclosure record of Art. 11 item 11 through
``DisclosureService`` (its tables are not touched here) and links it; if linking fails the new
disclosure is removed again, so nothing is left half-way.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from dancoso_desktop.domain.consultation import (
    Consultation,
    Opinion,
    Response,
    validate_consultation,
)
from dancoso_desktop.domain.consultation_rules import (
    ConsultationProblem,
    period_days,
    problems_from_mask,
    problems_to_mask,
    static_problems,
)
from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, DisclosureStatus, collation_string
from dancoso_desktop.domain.disclosure_rules import legal_end
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import fold, format_date
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.storage.consultation_reader import CONSULTATION_COLUMNS, consultation_from_record
from dancoso_desktop.storage.consultation_tables import (
    ConsultationCountRow,
    ConsultationOpinionRow,
    ConsultationRow,
)
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.disclosure_tables import DisclosureRow

DISCLOSURE_ITEM = 11       # consultation plans, contents, results and explanations (Art. 11 item 11)
OFFICE_PLACE = "Trụ sở HĐND - UBND xã"


def _not_found(cid: int) -> ValidationError:
    return ValidationError(f"Không tìm thấy cuộc lấy ý kiến số {cid}.", f"Consultation {cid} was not found.")


def _columns(c: Consultation) -> dict[str, Any]:
    return {
        "year": c.year, "item": c.item, "title": c.title, "title_sort": collation_string(c.title),
        "search_key": " ".join(p for p in (fold(c.title), fold(c.draft_document), fold(c.delegated_from),
                                           fold(c.hdnd_session), fold(c.notes[:500])) if p),
        "draft_document": c.draft_document, "forms": "," + ",".join(c.forms) + ",",
        "plan_sent_on": c.plan_sent_on, "published_on": c.published_on, "closes_on": c.closes_on,
        "received": c.received, "accepted": c.accepted, "explained": c.explained,
        "result_published_on": c.result_published_on, "disclosure_id": c.disclosure_id,
        "reported_hdnd_on": c.reported_hdnd_on, "hdnd_session": c.hdnd_session,
        "delegated_from": c.delegated_from, "problems": problems_to_mask(static_problems(c)),
        "notes": c.notes, "updated_at": datetime.now(),
    }


@dataclass
class ConsultationFilter:
    year: int | None = None
    item: int | None = None
    form: str | None = None
    problem: str | None = None      # a ConsultationProblem value, or "open" (taking opinions today)
    search: str = ""


@dataclass(frozen=True)
class ConsultationSummary:
    """One line of the register (what the table shows), with today's checks."""

    id: int
    item: int
    title: str
    published_on: date
    closes_on: date
    days: int
    forms: tuple[str, ...]
    received: int
    accepted: int
    explained: int
    result_published_on: date | None
    disclosure_id: int | None
    reported_hdnd_on: date | None
    problems: tuple[ConsultationProblem, ...] = field(default=())


OPEN_NOW = "open"
SORT_COLUMNS = {"id": ConsultationRow.id, "item": ConsultationRow.item, "title": ConsultationRow.title_sort,
                "published_on": ConsultationRow.published_on, "closes_on": ConsultationRow.closes_on,
                "received": ConsultationRow.received, "result": ConsultationRow.result_published_on,
                "problems": ConsultationRow.problems}


class ConsultationService:
    def __init__(self, ws: Workspace | Database) -> None:
        # Reading needs only the database (reports, the due list); writing a disclosure needs
        # the whole data folder.
        self.ws: Workspace | None = ws if isinstance(ws, Workspace) else None
        self.db: Database = ws.db if isinstance(ws, Workspace) else ws

    # -- reading ------------------------------------------------------------------------------
    def get(self, cid: int) -> Consultation:
        with self.db.session() as s:
            row = s.get(ConsultationRow, cid)
            if row is None:
                raise _not_found(cid)
            return self._load(s, [row])[0]

    @staticmethod
    def _load(s: Session, rows: list[ConsultationRow]) -> list[Consultation]:
        ids = [r.id for r in rows]
        counts: dict[int, dict[str, int]] = {i: {} for i in ids}
        opinions: dict[int, list[Opinion]] = {i: [] for i in ids}
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            for c in s.scalars(select(ConsultationCountRow).where(ConsultationCountRow.consultation_id.in_(chunk))):
                counts[c.consultation_id][c.form] = c.count
            for o in s.scalars(select(ConsultationOpinionRow)
                               .where(ConsultationOpinionRow.consultation_id.in_(chunk))
                               .order_by(ConsultationOpinionRow.consultation_id, ConsultationOpinionRow.position)):
                opinions[o.consultation_id].append(Opinion(o.content, o.who, o.place, o.form, Response(o.response),
                                                           o.answer))
        return [consultation_from_record({c: getattr(r, c) for c in CONSULTATION_COLUMNS}, counts[r.id],
                                         opinions[r.id]) for r in rows]

    def records(self, year: int | None) -> list[Consultation]:
        """A year's consultations (every year when None), by publication date."""
        with self.db.session() as s:
            q = select(ConsultationRow)
            if year is not None:
                q = q.where(ConsultationRow.year == year)
            rows = list(s.scalars(q.order_by(ConsultationRow.published_on, ConsultationRow.id)))
            return self._load(s, rows)

    def between(self, start: date, end: date, *, unpublished_only: bool = False) -> list[Consultation]:
        """Consultations that opened, closed, published a result or reported inside [start, end]
        (``unpublished_only``: those whose result is not public yet, for the due list)."""
        with self.db.session() as s:
            cols = (ConsultationRow.published_on, ConsultationRow.closes_on,
                    ConsultationRow.result_published_on, ConsultationRow.reported_hdnd_on)
            q = select(ConsultationRow).where(or_(*(c.between(start, end) for c in cols)))
            if unpublished_only:
                q = q.where(ConsultationRow.result_published_on.is_(None))
            rows = list(s.scalars(q.order_by(ConsultationRow.published_on, ConsultationRow.id)))
            return self._load(s, rows)

    def years(self) -> list[int]:
        with self.db.session() as s:
            return list(s.scalars(select(ConsultationRow.year).distinct().order_by(ConsultationRow.year)))

    # -- writing ------------------------------------------------------------------------------
    def save(self, c: Consultation) -> Consultation:
        """Validate and store ``c`` (new when id is None); refused input changes nothing."""
        clean = validate_consultation(c)
        cols = _columns(clean)
        with self.db.session() as s:
            if clean.disclosure_id is not None and s.get(DisclosureRow, clean.disclosure_id) is None:
                raise ValidationError("Bản ghi công khai được liên kết không còn.",
                                      "The linked disclosure record no longer exists.", field="disclosure_id")
            if clean.id is None:
                row = ConsultationRow(**cols)
                s.add(row)
            else:
                found = s.get(ConsultationRow, clean.id)
                if found is None:
                    raise _not_found(clean.id)
                row = found
                for key, value in cols.items():
                    setattr(row, key, value)
                s.execute(delete(ConsultationCountRow).where(ConsultationCountRow.consultation_id == row.id))
                s.execute(delete(ConsultationOpinionRow).where(ConsultationOpinionRow.consultation_id == row.id))
            s.flush()
            if clean.counts:
                s.execute(insert(ConsultationCountRow), [
                    {"consultation_id": row.id, "form": f, "count": n} for f, n in clean.counts.items()])
            if clean.opinions:
                s.execute(insert(ConsultationOpinionRow), [
                    {"consultation_id": row.id, "position": i, "content": o.content, "who": o.who,
                     "place": o.place, "form": o.form, "response": o.response.value, "answer": o.answer}
                    for i, o in enumerate(clean.opinions)])
            return replace(clean, id=row.id)

    def delete(self, cid: int) -> Consultation:
        """Delete a consultation and return it (undo puts it back). Its disclosure stays."""
        record = self.get(cid)
        with self.db.session() as s:
            row = s.get(ConsultationRow, cid)
            if row is not None:
                s.delete(row)
        return record

    def restore(self, c: Consultation) -> Consultation:
        with self.db.session() as s:
            linked = c.disclosure_id is not None and s.get(DisclosureRow, c.disclosure_id) is not None
        return self.save(replace(c, id=None, disclosure_id=c.disclosure_id if linked else None))

    # -- the result in the disclosure register (Art. 11 item 11) -------------------------------
    def publish_result(self, cid: int, day: date, *, today: date | None = None) -> Consultation:
        """Record that the result was made public on ``day``: create (or keep) the disclosure
        record of Art. 11 item 11, posted at the office for the legal minimum, and link it."""
        from dancoso_desktop.services.disclosure_service import DisclosureService

        if self.ws is None:
            raise RuntimeError("publishing needs the workspace")
        c = self.get(cid)
        if c.published_on and day < c.published_on:
            raise ValidationError(
                f"Ngày công khai kết quả ({format_date(day)}) trước ngày công bố dự thảo "
                f"({format_date(c.published_on)}).",
                f"The result ({day}) cannot be published before the draft ({c.published_on}).",
                field="result_published_on")
        validate_consultation(replace(c, result_published_on=day))
        disclosures = DisclosureService(self.ws)
        if c.disclosure_id is not None:
            try:
                disclosures.get(c.disclosure_id)
                return self.save(replace(c, result_published_on=day))
            except ValidationError:
                c = replace(c, disclosure_id=None)
        today = today or date.today()
        end = legal_end(disclosures.catalogue, DISCLOSURE_ITEM, "posting", day)
        done = day <= today
        record = DisclosureRecord(
            item=DISCLOSURE_ITEM, title=f"Kết quả lấy ý kiến Nhân dân về {c.title}"[:1000], year=day.year,
            source_document=c.draft_document, decided_on=day, planned_on=None if done else day,
            channels=[ChannelUse("posting", OFFICE_PLACE, day, end)] if done else [],
            status=DisclosureStatus.DONE if done else DisclosureStatus.PLANNED,
            notes=f"Tạo từ sổ lấy ý kiến Nhân dân (cuộc lấy ý kiến số {c.id}).")
        saved = disclosures.save(record)
        try:
            return self.save(replace(c, result_published_on=day, disclosure_id=saved.id))
        except Exception:
            if saved.id is not None:
                disclosures.delete(saved.id)
            raise

    def link_disclosure(self, cid: int, disclosure_id: int, *, published_on: date | None = None) -> Consultation:
        """Link an existing disclosure record of item 11 as this consultation's published result."""
        from dancoso_desktop.services.disclosure_service import DisclosureService

        if self.ws is None:
            raise RuntimeError("linking needs the workspace")
        record = DisclosureService(self.ws).get(disclosure_id)
        if record.item != DISCLOSURE_ITEM:
            raise ValidationError("Chỉ liên kết được bản ghi công khai nội dung 11 (lấy ý kiến Nhân dân).",
                                  "Only a disclosure of item 11 (consultations) can be linked.",
                                  field="disclosure_id")
        c = self.get(cid)
        day = published_on or record.disclosed_on or record.decided_on or c.result_published_on
        return self.save(replace(c, disclosure_id=disclosure_id, result_published_on=day))

    # -- the register (lazy model) --------------------------------------------------------------
    @staticmethod
    def _where(f: ConsultationFilter, today: date) -> list[Any]:
        cond: list[Any] = []
        if f.year is not None:
            cond.append(ConsultationRow.year == f.year)
        if f.item is not None:
            cond.append(ConsultationRow.item == f.item)
        if f.form:
            cond.append(ConsultationRow.forms.contains(f",{f.form},", autoescape=True))
        for word in fold(f.search).split():
            cond.append(ConsultationRow.search_key.contains(word, autoescape=True))
        if f.problem == OPEN_NOW:
            cond.append(and_(ConsultationRow.published_on <= today, ConsultationRow.closes_on >= today))
        elif f.problem == ConsultationProblem.RESULT_NOT_PUBLISHED.value:
            cond.append(and_(ConsultationRow.closes_on < today, ConsultationRow.result_published_on.is_(None)))
        elif f.problem == "any":
            cond.append(or_(ConsultationRow.problems != 0,
                            and_(ConsultationRow.closes_on < today, ConsultationRow.result_published_on.is_(None))))
        elif f.problem:
            bit = 1 << tuple(ConsultationProblem).index(ConsultationProblem(f.problem))
            cond.append(ConsultationRow.problems.op("&")(bit) != 0)
        return cond

    def page(self, f: ConsultationFilter, *, order: str = "published_on", descending: bool = False,
             offset: int = 0, limit: int = 200, today: date | None = None) -> list[ConsultationSummary]:
        today = today or date.today()
        col = SORT_COLUMNS.get(order, ConsultationRow.published_on)
        sort = col.desc() if descending else col.asc()
        with self.db.session() as s:
            rows = s.execute(select(ConsultationRow).where(*self._where(f, today))
                             .order_by(sort, ConsultationRow.id).offset(offset).limit(limit)).scalars().all()
            return [self._summary(r, today) for r in rows]

    def count(self, f: ConsultationFilter, today: date | None = None) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(ConsultationRow)
                            .where(*self._where(f, today or date.today()))) or 0

    @staticmethod
    def _summary(r: ConsultationRow, today: date) -> ConsultationSummary:
        problems = problems_from_mask(r.problems)
        if r.closes_on < today and r.result_published_on is None:
            problems.append(ConsultationProblem.RESULT_NOT_PUBLISHED)
        return ConsultationSummary(
            r.id, r.item, r.title, r.published_on, r.closes_on, period_days(r.published_on, r.closes_on),
            tuple(x for x in r.forms.split(",") if x), r.received, r.accepted, r.explained,
            r.result_published_on, r.disclosure_id, r.reported_hdnd_on, tuple(problems))

    def today(self) -> date:
        return date.today()
