"""The register of citizen reception and petitions (issue 13 item 4; Law 10/2022 Art. 35).

A register, not case management: what was received (complaint, denunciation, petition,
feedback), by which channel, who handles it, the answer date the officer set, when it was
answered, and the satisfaction result the commune collected.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.supervision import Clock, Petition, PetitionChannel, PetitionKind, Satisfaction
from dancoso_desktop.domain.supervision_rules import check_petition_dates, clock_state
from dancoso_desktop.domain.text import fold
from dancoso_desktop.services.supervision_service import check_date, long, short, words_filter
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.supervision_tables import PetitionRow
from dancoso_desktop.storage.tables import UnitRow


@dataclass(frozen=True)
class PetitionFilter:
    year: int | None = None
    search: str = ""
    kind: PetitionKind | None = None
    channel: PetitionChannel | None = None
    clock: Clock | None = None       # OPEN, OVERDUE, ON_TIME, LATE, NONE (no answer date set)


@dataclass(frozen=True)
class PetitionListRow:
    petition: Petition
    hamlet: str
    unit: str
    clock: Clock


class PetitionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def today(self) -> date:
        return date.today()

    @staticmethod
    def _petition(r: PetitionRow) -> Petition:
        return Petition(r.received_on, PetitionKind(r.kind), PetitionChannel(r.channel), r.summary, r.citizen,
                        r.hamlet_id, r.unit_id, r.answer_due, r.answered_on, r.result,
                        Satisfaction(r.satisfaction), r.id)

    def get(self, petition_id: int) -> Petition:
        with self.db.session() as s:
            row = s.get(PetitionRow, petition_id)
            if row is None:
                raise ValidationError(f"Không tìm thấy đơn số {petition_id}.", f"No petition {petition_id}.")
            return self._petition(row)

    def clean(self, p: Petition) -> Petition:
        if p.received_on is None:
            raise ValidationError("Hãy nhập ngày tiếp nhận.", "Enter the day it was received.", field="received_on")
        for d, vi, en, f in ((p.received_on, "Ngày tiếp nhận", "Received on", "received_on"),
                             (p.answer_due, "Hạn trả lời", "Answer due", "answer_due"),
                             (p.answered_on, "Ngày trả lời", "Answered on", "answered_on")):
            check_date(d, vi, en, f)
        check_petition_dates(p.received_on, p.answer_due, p.answered_on)
        return replace(p, kind=PetitionKind(p.kind), channel=PetitionChannel(p.channel),
                       satisfaction=Satisfaction(p.satisfaction),
                       summary=long(p.summary, "Nội dung", "Summary", "summary", required=True),
                       citizen=short(p.citizen, "Người gửi", "Citizen", "citizen"),
                       result=long(p.result, "Kết quả giải quyết", "Result", "result"))

    def save(self, p: Petition) -> Petition:
        return self.save_many([p])[0]

    def save_many(self, petitions: list[Petition]) -> list[Petition]:
        """Save several in one transaction (all or none): the demo, an import."""
        cleaned = [self.clean(p) for p in petitions]
        out = []
        with self.db.session() as s:
            known = set(s.scalars(select(UnitRow.id)))
            for clean in cleaned:
                for uid in (clean.hamlet_id, clean.unit_id):
                    if uid is not None and uid not in known:
                        raise ValidationError(f"Không tìm thấy đơn vị số {uid}.", f"No unit {uid}.", field="unit_id")
                row = s.get(PetitionRow, clean.id) if clean.id is not None else None
                if row is None:
                    row = PetitionRow()
                    if clean.id is not None:
                        row.id = clean.id
                    s.add(row)
                row.received_on, row.kind, row.channel = clean.received_on, clean.kind.value, clean.channel.value
                row.summary, row.citizen, row.hamlet_id, row.unit_id = (clean.summary, clean.citizen,
                                                                       clean.hamlet_id, clean.unit_id)
                row.answer_due, row.answered_on, row.result = clean.answer_due, clean.answered_on, clean.result
                row.satisfaction = clean.satisfaction.value
                row.search_key = fold(f"{clean.citizen} {clean.summary[:2000]} {clean.result[:2000]}")
                out.append(row)
            s.flush()
            return [self._petition(r) for r in out]

    def delete(self, petition_id: int) -> None:
        with self.db.session() as s:
            row = s.get(PetitionRow, petition_id)
            if row is not None:
                s.delete(row)

    def _query(self, f: PetitionFilter, today: date) -> Any:
        P = PetitionRow
        q = select(P)
        if f.year is not None:
            q = q.where(P.received_on.between(date(f.year, 1, 1), date(f.year, 12, 31)))
        if f.kind is not None:
            q = q.where(P.kind == f.kind.value)
        if f.channel is not None:
            q = q.where(P.channel == f.channel.value)
        for cond in words_filter(P.search_key, f.search):
            q = q.where(cond)
        if f.clock is Clock.NONE:
            q = q.where(P.answer_due.is_(None))
        elif f.clock is Clock.OPEN:
            q = q.where(P.answer_due.is_not(None), P.answered_on.is_(None), P.answer_due >= today)
        elif f.clock is Clock.OVERDUE:
            q = q.where(P.answer_due.is_not(None), P.answered_on.is_(None), P.answer_due < today)
        elif f.clock is Clock.ON_TIME:
            q = q.where(P.answer_due.is_not(None), P.answered_on.is_not(None), P.answered_on <= P.answer_due)
        elif f.clock is Clock.LATE:
            q = q.where(P.answer_due.is_not(None), P.answered_on.is_not(None), P.answered_on > P.answer_due)
        return q

    def rows(self, f: PetitionFilter | None = None, *, offset: int = 0, limit: int | None = None,
             today: date | None = None) -> list[PetitionListRow]:
        f = f or PetitionFilter()
        today = today or self.today()
        q = self._query(f, today).order_by(PetitionRow.received_on, PetitionRow.id).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self.db.session() as s:
            rows = list(s.scalars(q))
            names = dict(s.execute(select(UnitRow.id, UnitRow.name)).all())
        out = []
        for r in rows:
            p = self._petition(r)
            out.append(PetitionListRow(p, names.get(p.hamlet_id, "") if p.hamlet_id else "",
                                       names.get(p.unit_id, "") if p.unit_id else "",
                                       clock_state(p.answer_due, p.answered_on, today)))
        return out

    def count(self, f: PetitionFilter, today: date | None = None) -> int:
        q = select(func.count()).select_from(self._query(f, today or self.today()).subquery())
        with self.db.session() as s:
            return int(s.scalar(q) or 0)

    @staticmethod
    def to_json(r: PetitionListRow) -> dict[str, Any]:
        p = r.petition
        return {"id": p.id, "received_on": p.received_on, "kind": p.kind.value, "channel": p.channel.value,
                "citizen": p.citizen, "hamlet": r.hamlet, "unit": r.unit, "summary": p.summary,
                "answer_due": p.answer_due, "answered_on": p.answered_on, "clock": r.clock.value,
                "satisfaction": p.satisfaction.value}
