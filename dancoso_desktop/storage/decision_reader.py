"""Community decisions read back into domain objects, by the ORM or by plain SQL.

Why: a report's figures are counted through ``storage.rows.RowReader`` (services/report_sources.py),
with no SQLAlchemy; the decisions service reads the same rows through the ORM. Both turn a row
into a ``Decision`` with ``decision_from_record`` below (values as the ORM gives them, or as
SQLite stores them: ISO dates, 0/1 booleans, enum value strings, the election part as JSON
text), so a decision reads the same whichever way it was loaded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import date
from typing import Any

from dancoso_desktop.domain import decision as kinds
from dancoso_desktop.domain.decision import Decision, Election, HamletVote
from dancoso_desktop.storage.rows import RowReader, day

# The columns of ``decisions`` that make a Decision (the rest are stored summaries).
DECISION_COLUMNS = ("id", "year", "matter", "title", "scope", "proposer", "form", "doc_kind", "proposal_date",
                    "proposal_households", "notice_date", "documents_date", "meeting_lacked", "ballot_plan_issued",
                    "ballot_plan_sent", "ballot_notice_date", "ballot_start", "prepoll_for", "vote_date",
                    "decision_date", "sent_on", "received_on", "recognition", "recognised_on",
                    "recognition_number", "place", "content", "notes", "election")
# The columns of ``decision_votes`` that make a HamletVote, with the decision they belong to.
VOTE_COLUMNS = ("decision_id", "unit_id", "households", "present", "votes_for", "votes_against", "votes_blank",
                "clusters", "hamlet_name")
ELECTION_DATES = ("plan_date", "candidates_date", "team_date", "notices_date")


def election_json(e: Election | None) -> str:
    """The ``election`` column's text: the Election part as JSON, or "" for none."""
    if e is None:
        return ""
    data = asdict(e)
    for k, v in data.items():
        if isinstance(v, date):
            data[k] = v.isoformat()
    return json.dumps(data, ensure_ascii=False)


def election_from_json(text: str | None) -> Election | None:
    if not text:
        return None
    data = json.loads(text)
    for k in ELECTION_DATES:
        if data.get(k):
            data[k] = date.fromisoformat(data[k])
    data["kind"] = kinds.ElectionKind(data.get("kind", "election"))
    data["ground"] = kinds.DismissalGround(data.get("ground", ""))
    return Election(**data)


def vote_from_record(rec: Mapping[str, Any]) -> HamletVote:
    """A hamlet's figures from a row of ``decision_votes`` given as column → value."""
    return HamletVote(rec["unit_id"], rec["households"], rec["present"], rec["votes_for"], rec["votes_against"],
                      rec["votes_blank"], rec["clusters"], rec["hamlet_name"])


def decision_from_record(rec: Mapping[str, Any], votes: Iterable[Mapping[str, Any]]) -> Decision:
    """A Decision from a row of ``decisions`` and its rows of ``decision_votes`` (in position
    order), each given as column → value; dates as ``date`` objects or ISO text."""
    return Decision(
        year=rec["year"], matter=kinds.Matter(rec["matter"]), title=rec["title"],
        scope=kinds.Scope(rec["scope"]), proposer=kinds.Proposer(rec["proposer"]),
        form=kinds.VoteForm(rec["form"]), doc_kind=kinds.DocKind(rec["doc_kind"]),
        votes=[vote_from_record(v) for v in votes],
        proposal_date=day(rec["proposal_date"]), proposal_households=rec["proposal_households"],
        notice_date=day(rec["notice_date"]), documents_date=day(rec["documents_date"]),
        meeting_lacked_households=bool(rec["meeting_lacked"]), ballot_plan_issued=day(rec["ballot_plan_issued"]),
        ballot_plan_sent=day(rec["ballot_plan_sent"]), ballot_notice_date=day(rec["ballot_notice_date"]),
        ballot_start=day(rec["ballot_start"]), prepoll_for=rec["prepoll_for"], vote_date=day(rec["vote_date"]),
        decision_date=day(rec["decision_date"]), sent_on=day(rec["sent_on"]), received_on=day(rec["received_on"]),
        recognition=kinds.Recognition(rec["recognition"]), recognised_on=day(rec["recognised_on"]),
        recognition_number=rec["recognition_number"], place=rec["place"], content=rec["content"],
        notes=rec["notes"], election=election_from_json(rec["election"]), id=rec["id"])


def decisions_voted(db: RowReader, start: date, end: date) -> list[Decision]:
    """Decisions whose vote date is in ``start``..``end`` (both included), in vote-date order,
    with their hamlets' figures: a report's period. Two queries, on the vote-date index."""
    in_period = "d.vote_date >= ? AND d.vote_date <= ?"
    params = (start.isoformat(), end.isoformat())
    rows = db.rows(f"SELECT {', '.join('d.' + c for c in DECISION_COLUMNS)} FROM decisions d "
                   f"WHERE {in_period} ORDER BY d.vote_date, d.id", params)
    votes: dict[int, list[dict[str, Any]]] = {r[0]: [] for r in rows}
    for v in db.rows(f"SELECT {', '.join('v.' + c for c in VOTE_COLUMNS)} FROM decision_votes v "
                     f"JOIN decisions d ON d.id = v.decision_id WHERE {in_period} "
                     "ORDER BY v.decision_id, v.position", params):
        votes[v[0]].append(dict(zip(VOTE_COLUMNS, v, strict=True)))
    return [decision_from_record(dict(zip(DECISION_COLUMNS, r, strict=True)), votes[r[0]]) for r in rows]
