"""The conferences' records read with plain SQL (storage.rows.RowReader), for the window's
services and for a report counted over a bare sqlite3 connection alike.

Why: the report package counts its figures without SQLAlchemy (issue 11; storage/rows.py). So
that a conference reads the same whichever way the data file was opened, the services of the
register (ConferenceService, StaffConferenceService) read through these functions too, over
``Database.rows``: one query and one row → record mapping per kind of record.

Values arrive as SQLite stores them (dates as ISO text, booleans 0/1, JSON as text); the
``*_from_record`` functions also accept date objects, through ``storage.rows.day``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.conference import (
    DialogueConference,
    DialogueQuestion,
    HamletStatus,
    YearEndConference,
)
from dancoso_desktop.domain.staff_conference import Convener, ResolutionReview, StaffConference
from dancoso_desktop.storage.rows import RowReader, columns, day

ADMINISTRATION_VI = "Cơ quan UBND xã"

# The columns of each table that make its record, in the order the queries below select them.
YEAR_END_COLUMNS = ("id", "year", "hamlet_id", "planned_on", "plan_sent_on", "convocation_on", "held_on", "place",
                    "households_invited", "households_present", "agenda", "proposals_received",
                    "proposals_answered", "proposals_forwarded", "report_received_on", "notes")
DIALOGUE_COLUMNS = ("id", "held_on", "place", "chair", "participants", "participant_count", "topic", "questions",
                    "notes")
STAFF_COLUMNS = ("id", "work_year", "unit_id", "held_on", "place", "start_time", "end_time", "convened_by", "chair",
                 "secretary", "staff_total", "present", "absent_with_reason", "votes_for", "votes_against",
                 "votes_abstain", "agenda", "discussion", "resolution_number", "resolution_date", "resolution_text",
                 "notes")
REVIEW_COLUMNS = ("id", "reviewed_on", "result", "notified_on")



# -- row → record ------------------------------------------------------------------------------

def year_end_from_record(rec: Mapping[str, Any], hamlet_name: str) -> YearEndConference:
    """A hamlet's year-end conference from a row of ``year_end_conferences`` (column → value)."""
    return YearEndConference(
        year=rec["year"], hamlet_id=rec["hamlet_id"], hamlet_name=hamlet_name, planned_on=day(rec["planned_on"]),
        plan_sent_on=day(rec["plan_sent_on"]), convocation_on=day(rec["convocation_on"]),
        held_on=day(rec["held_on"]), place=rec["place"], households_invited=rec["households_invited"],
        households_present=rec["households_present"], agenda=rec["agenda"],
        proposals_received=rec["proposals_received"], proposals_answered=rec["proposals_answered"],
        proposals_forwarded=rec["proposals_forwarded"], report_received_on=day(rec["report_received_on"]),
        notes=rec["notes"], id=rec["id"])


def dialogue_questions(text: str | None) -> list[DialogueQuestion]:
    """The JSON questions of a dialogue conference; a damaged value reads as none."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        items = []
    if not isinstance(items, list):
        return []
    return [DialogueQuestion(str(q.get("question", "")), str(q.get("asked_by", "")),
                             str(q.get("answer", "")), str(q.get("follow_up", "")))
            for q in items if isinstance(q, dict)]


def dialogue_from_record(rec: Mapping[str, Any]) -> DialogueConference:
    """A dialogue conference from a row of ``dialogue_conferences`` (column → value)."""
    held_on = day(rec["held_on"])
    assert held_on is not None   # NOT NULL column
    return DialogueConference(held_on=held_on, place=rec["place"], chair=rec["chair"],
                              participants=rec["participants"], participant_count=rec["participant_count"],
                              topic=rec["topic"], questions=dialogue_questions(rec["questions"]), notes=rec["notes"],
                              id=rec["id"])


def review_from_record(rec: Mapping[str, Any]) -> ResolutionReview:
    reviewed_on = day(rec["reviewed_on"])
    assert reviewed_on is not None   # NOT NULL column
    return ResolutionReview(reviewed_on, rec["result"], day(rec["notified_on"]), rec["id"])


def staff_from_record(rec: Mapping[str, Any], unit_name: str, reviews: list[ResolutionReview]) -> StaffConference:
    """A staff conference from a row of ``staff_conferences`` (column → value) and its reviews."""
    held_on = day(rec["held_on"])
    assert held_on is not None   # NOT NULL column
    return StaffConference(
        work_year=rec["work_year"], held_on=held_on, unit_id=rec["unit_id"], unit_name=unit_name,
        place=rec["place"], start_time=rec["start_time"], end_time=rec["end_time"],
        convened_by=Convener(rec["convened_by"]), chair=rec["chair"], secretary=rec["secretary"],
        staff_total=rec["staff_total"], present=rec["present"], absent_with_reason=rec["absent_with_reason"],
        votes_for=rec["votes_for"], votes_against=rec["votes_against"], votes_abstain=rec["votes_abstain"],
        agenda=rec["agenda"], discussion=rec["discussion"], resolution_number=rec["resolution_number"],
        resolution_date=day(rec["resolution_date"]), resolution_text=rec["resolution_text"], notes=rec["notes"],
        reviews=reviews, id=rec["id"])


def administration_label(kind: str | None, name: str) -> str:
    """The commune's own administration as a staff-conference unit: 'Cơ quan UBND xã Bình Lư'
    (just 'Cơ quan UBND xã' before the commune is entered)."""
    if kind is None:
        return ADMINISTRATION_VI
    word = {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu"}.get(kind, "xã")
    return f"Cơ quan UBND {word} {name}"


def administration_name(db: RowReader) -> str:
    row = next(iter(db.rows("SELECT kind, name FROM commune ORDER BY id LIMIT 1")), None)
    return administration_label(row[0], row[1]) if row else ADMINISTRATION_VI


# -- reading -------------------------------------------------------------------------------------

def year_ends(db: RowReader, where: str, params: Sequence[Any] = ()) -> list[YearEndConference]:
    """Year-end conferences matching ``where`` (over alias ``y``), by date held then id, each
    with its hamlet's name."""
    rows = db.rows(f"SELECT {columns(YEAR_END_COLUMNS, 'y')}, COALESCE(u.name, '') FROM year_end_conferences AS y "
                   f"LEFT JOIN units AS u ON u.id = y.hamlet_id WHERE {where} ORDER BY y.held_on, y.id", params)
    return [year_end_from_record(dict(zip(YEAR_END_COLUMNS, r, strict=False)), r[-1]) for r in rows]


def hamlet_statuses(db: RowReader, year: int) -> list[HamletStatus]:
    """Every hamlet in use (and any retired one with a record that year), held or not, in the
    catalogue's order."""
    records = {c.hamlet_id: c for c in year_ends(db, "y.year = ?", (year,))}
    out = []
    for hamlet_id, name, households, retired in db.rows(
            "SELECT id, name, households, retired FROM units WHERE kind = ? ORDER BY position, id",
            (UnitKind.HAMLET.value,)):
        conf = records.get(hamlet_id)
        if retired and conf is None:
            continue
        out.append(HamletStatus(hamlet_id, name, households, conf))
    return out


def dialogues(db: RowReader, where: str = "1", params: Sequence[Any] = ()) -> list[DialogueConference]:
    """Dialogue conferences matching ``where``, by date then id."""
    rows = db.rows(f"SELECT {', '.join(DIALOGUE_COLUMNS)} FROM dialogue_conferences WHERE {where} "
                   "ORDER BY held_on, id", params)
    return [dialogue_from_record(dict(zip(DIALOGUE_COLUMNS, r, strict=True))) for r in rows]


def staff_conferences(db: RowReader, where: str = "1", params: Sequence[Any] = ()) -> list[StaffConference]:
    """Staff conferences matching ``where`` (over alias ``s``), by date then id, with their
    reviews in order and their unit's name (the administration's for no unit)."""
    rows = db.rows(f"SELECT {columns(STAFF_COLUMNS, 's')}, COALESCE(u.name, '') FROM staff_conferences AS s "
                   f"LEFT JOIN units AS u ON u.id = s.unit_id WHERE {where} ORDER BY s.held_on, s.id", params)
    if not rows:
        return []
    reviews: dict[int, list[ResolutionReview]] = {}
    for conf_id, *rest in db.rows(f"SELECT conference_id, {', '.join(REVIEW_COLUMNS)} FROM staff_conference_reviews "
                                  f"WHERE conference_id IN (SELECT s.id FROM staff_conferences AS s WHERE {where}) "
                                  "ORDER BY conference_id, position, id", params):
        reviews.setdefault(conf_id, []).append(review_from_record(dict(zip(REVIEW_COLUMNS, rest, strict=True))))
    admin = administration_name(db) if any(r[2] is None for r in rows) else ADMINISTRATION_VI
    return [staff_from_record(dict(zip(STAFF_COLUMNS, r, strict=False)), admin if r[2] is None else r[-1],
                              reviews.get(r[0], [])) for r in rows]
