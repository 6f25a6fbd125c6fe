"""The dialogue conference (Law Art. 32) and the hamlets' year-end conferences (Art. 33; NĐ 59
Art. 10–11): record, list, and which hamlets have held theirs.

Each save is one transaction after every check, so a refused record changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.conference import (
    DialogueConference,
    DialogueQuestion,
    HamletStatus,
    YearEndConference,
    attendance,
    convocation_deadline,
    convocation_on_time,
    validate_dialogue,
    validate_year_end,
    year_end_due,
)
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import fold
from dancoso_desktop.services import commune_service
from dancoso_desktop.services.conference_text import check_date, check_year_value, line, long
from dancoso_desktop.storage import conference_reader
from dancoso_desktop.storage.conference_reader import YEAR_END_COLUMNS
from dancoso_desktop.storage.conference_tables import DialogueConferenceRow, YearEndConferenceRow
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.tables import UnitRow

MAX_QUESTIONS = 500


def _unit_usage(session: Session, unit_id: int) -> int:
    # A hamlet with year-end conference records is retired, never deleted.
    return session.scalar(select(func.count()).select_from(YearEndConferenceRow)
                          .where(YearEndConferenceRow.hamlet_id == unit_id)) or 0


if _unit_usage not in commune_service.UNIT_USAGE_CHECKS:
    commune_service.UNIT_USAGE_CHECKS.append(_unit_usage)


# HamletStatus is plain data in domain.conference (storage.conference_reader builds it); the
# window's pages import it from here.
__all__ = ["ConferenceService", "HamletStatus", "describe_missing"]


class ConferenceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def today(self) -> date:
        return date.today()

    # -- year-end conferences ----------------------------------------------------------------
    def hamlet_statuses(self, year: int) -> list[HamletStatus]:
        """Every hamlet in use (and any retired one with a record that year), held or not."""
        check_year_value(year)
        return conference_reader.hamlet_statuses(self.db, year)

    def year_end_conferences(self, year: int) -> list[YearEndConference]:
        return [st.conference for st in self.hamlet_statuses(year) if st.conference is not None]

    def year_end_between(self, start: date, end: date) -> list[YearEndConference]:
        return conference_reader.year_ends(self.db, "y.held_on >= ? AND y.held_on <= ?",
                                           (start.isoformat(), end.isoformat()))

    def get_year_end(self, conf_id: int) -> YearEndConference:
        found = conference_reader.year_ends(self.db, "y.id = ?", (conf_id,))
        if not found:
            raise ValidationError(f"Không tìm thấy hội nghị cuối năm số {conf_id}.",
                                  f"Year-end conference {conf_id} was not found.")
        return found[0]

    def clean_year_end(self, conf: YearEndConference) -> YearEndConference:
        check_year_value(conf.year)
        for value, vi, en, name in ((conf.planned_on, "Ngày dự kiến", "The planned date", "planned_on"),
                                    (conf.plan_sent_on, "Ngày gửi kế hoạch", "The plan date", "plan_sent_on"),
                                    (conf.convocation_on, "Ngày triệu tập", "The convocation", "convocation_on"),
                                    (conf.held_on, "Ngày họp", "The date held", "held_on"),
                                    (conf.report_received_on, "Ngày nhận báo cáo", "The report date",
                                     "report_received_on")):
            check_date(value, vi, en, name)
        clean = replace(conf, place=line(conf.place, "Địa điểm", "The place", "place"),
                        notes=long(conf.notes, "Ghi chú", "The notes", "notes"),
                        agenda=conf.agenda if isinstance(conf.agenda, int) and 0 <= conf.agenda < 512 else 0)
        validate_year_end(clean)
        return clean

    def save_year_end(self, conf: YearEndConference) -> YearEndConference:
        clean = self.clean_year_end(conf)
        with self.db.session() as s:
            hamlet = s.get(UnitRow, clean.hamlet_id)
            if hamlet is None or hamlet.kind != UnitKind.HAMLET.value:
                raise ValidationError("Hãy chọn một thôn, tổ dân phố trong danh mục.",
                                      "Choose a hamlet from the catalogue.", field="hamlet_id")
            dup = s.scalars(select(YearEndConferenceRow).where(
                YearEndConferenceRow.year == clean.year, YearEndConferenceRow.hamlet_id == clean.hamlet_id,
                YearEndConferenceRow.id != (clean.id or -1))).first()
            if dup is not None:
                raise ValidationError(f"{hamlet.name} đã có hội nghị cuối năm {clean.year}; hãy sửa bản ghi đó.",
                                      f"{hamlet.name} already has its {clean.year} year-end conference; edit it.",
                                      field="hamlet_id")
            if clean.id is None:
                row = YearEndConferenceRow()
                s.add(row)
            else:
                found = s.get(YearEndConferenceRow, clean.id)
                if found is None:
                    raise ValidationError("Bản ghi đã bị xóa.", "The record was deleted.")
                row = found
            for key in YEAR_END_COLUMNS:
                if key == "id":
                    continue
                setattr(row, key, getattr(clean, key))
            s.flush()
            return replace(clean, id=row.id, hamlet_name=hamlet.name)

    def delete_year_end(self, conf_id: int) -> YearEndConference:
        conf = self.get_year_end(conf_id)
        with self.db.session() as s:
            row = s.get(YearEndConferenceRow, conf_id)
            if row is not None:
                s.delete(row)
        return conf

    # -- dialogue conferences ----------------------------------------------------------------
    def dialogues(self, year: int | None = None) -> list[DialogueConference]:
        if year is None:
            return conference_reader.dialogues(self.db)
        return conference_reader.dialogues(self.db, "year = ?", (year,))

    def dialogues_between(self, start: date, end: date) -> list[DialogueConference]:
        return conference_reader.dialogues(self.db, "held_on >= ? AND held_on <= ?",
                                           (start.isoformat(), end.isoformat()))

    def get_dialogue(self, conf_id: int) -> DialogueConference:
        found = conference_reader.dialogues(self.db, "id = ?", (conf_id,))
        if not found:
            raise ValidationError(f"Không tìm thấy hội nghị đối thoại số {conf_id}.",
                                  f"Dialogue conference {conf_id} was not found.")
        return found[0]

    def clean_dialogue(self, conf: DialogueConference) -> DialogueConference:
        if not isinstance(conf.held_on, date):
            raise ValidationError("Hãy nhập ngày hội nghị đối thoại.", "Enter the date of the dialogue.",
                                  field="held_on")
        check_date(conf.held_on, "Ngày họp", "The date", "held_on")
        if len(conf.questions) > MAX_QUESTIONS:
            raise ValidationError(f"Tối đa {MAX_QUESTIONS} câu hỏi.", f"At most {MAX_QUESTIONS} questions.",
                                  field="questions")
        questions = []
        for q in conf.questions:
            text = long(q.question, "Câu hỏi", "A question", "questions")
            if not text:
                continue
            questions.append(DialogueQuestion(text, line(q.asked_by, "Người hỏi", "Asked by", "questions", 300),
                                              long(q.answer, "Trả lời", "An answer", "questions"),
                                              long(q.follow_up, "Việc tiếp theo", "A follow-up", "questions")))
        clean = replace(conf, place=line(conf.place, "Địa điểm", "The place", "place"),
                        chair=line(conf.chair, "Chủ trì", "The chair", "chair", 300),
                        participants=long(conf.participants, "Thành phần", "Participants", "participants"),
                        topic=long(conf.topic, "Nội dung", "The topic", "topic"),
                        notes=long(conf.notes, "Ghi chú", "The notes", "notes"), questions=questions)
        validate_dialogue(clean)
        return clean

    def save_dialogue(self, conf: DialogueConference) -> DialogueConference:
        clean = self.clean_dialogue(conf)
        payload = json.dumps([{"question": q.question, "asked_by": q.asked_by, "answer": q.answer,
                               "follow_up": q.follow_up} for q in clean.questions], ensure_ascii=False)
        with self.db.session() as s:
            if clean.id is None:
                row = DialogueConferenceRow()
                s.add(row)
            else:
                found = s.get(DialogueConferenceRow, clean.id)
                if found is None:
                    raise ValidationError("Bản ghi đã bị xóa.", "The record was deleted.")
                row = found
            row.year, row.held_on, row.place, row.chair = clean.year, clean.held_on, clean.place, clean.chair
            row.participants, row.participant_count = clean.participants, clean.participant_count
            row.topic, row.questions, row.notes = clean.topic, payload, clean.notes
            row.search_key = fold(" ".join((clean.topic[:500], clean.place, clean.chair, clean.notes[:500])))
            s.flush()
            return replace(clean, id=row.id)

    def delete_dialogue(self, conf_id: int) -> DialogueConference:
        conf = self.get_dialogue(conf_id)
        with self.db.session() as s:
            row = s.get(DialogueConferenceRow, conf_id)
            if row is not None:
                s.delete(row)
        return conf

    # -- output ------------------------------------------------------------------------------
    @staticmethod
    def dialogue_json(c: DialogueConference) -> dict[str, Any]:
        return {"id": c.id, "kind": "dialogue", "held_on": c.held_on.isoformat(), "place": c.place,
                "chair": c.chair, "participants": c.participants, "participant_count": c.participant_count,
                "topic": c.topic, "questions": len(c.questions), "answered": c.answered,
                "items": [{"question": q.question, "asked_by": q.asked_by, "answer": q.answer,
                           "follow_up": q.follow_up} for q in c.questions]}

    @staticmethod
    def hamlet_json(st: HamletStatus) -> dict[str, Any]:
        c = st.conference
        out: dict[str, Any] = {"kind": "year_end", "hamlet_id": st.hamlet_id, "hamlet": st.hamlet_name,
                               "held": st.held, "id": c.id if c else None}
        if c is None:
            out.update({"held_on": None, "due": None})
            return out
        on_time = convocation_on_time(c.convocation_on, c.held_on)
        when = c.held_on or c.planned_on
        out.update({
            "year": c.year, "planned_on": _iso(c.planned_on), "plan_sent_on": _iso(c.plan_sent_on),
            "convocation_on": _iso(c.convocation_on), "held_on": _iso(c.held_on),
            "convocation_due": _iso(convocation_deadline(when)) if when else None,
            "convocation_on_time": on_time, "households_invited": c.households_invited,
            "households_present": c.households_present,
            "attendance_percent": round(float(attendance(c.households_present, c.households_invited)) * 100, 2),
            "proposals_received": c.proposals_received, "proposals_answered": c.proposals_answered,
            "proposals_forwarded": c.proposals_forwarded, "report_received_on": _iso(c.report_received_on),
            "due": year_end_due(c.year).isoformat()})
        return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def describe_missing(statuses: list[HamletStatus]) -> str:
    return ", ".join(st.hamlet_name for st in statuses if not st.held)



