"""Rows of the consultations and hương ước registers turned into domain records, without the ORM.

Why: a report's figures are counted through plain SQL (storage/rows.py), in the window and in
the package export that opens the data file with sqlite3 alone. The services read the same
tables through the ORM (``ConsultationService._load``, ``VillageRuleService._load``). Both hand
each row to the ``*_from_record`` functions below as column → value, so a record reads the same
whichever way it was loaded. Dates arrive as ``date`` objects (the ORM) or ISO text (sqlite3):
both are accepted (``storage.rows.day``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from dancoso_desktop.domain import village_rule as vr
from dancoso_desktop.domain.consultation import FORM_CODES, Consultation, Opinion
from dancoso_desktop.domain.village_rule import RuleEvent, VillageRule
from dancoso_desktop.storage.rows import RowReader, columns, day

# The columns of ``consultations`` that make a Consultation (counts and opinions come from
# their own tables).
CONSULTATION_COLUMNS = ("id", "item", "title", "published_on", "closes_on", "draft_document", "forms",
                        "plan_sent_on", "accepted", "explained", "result_published_on", "disclosure_id",
                        "reported_hdnd_on", "hdnd_session", "delegated_from", "notes")
# The columns of ``village_rules`` that make a VillageRule (events, reviews and the hamlet's
# name come from their own tables).
VILLAGE_RULE_COLUMNS = ("id", "hamlet_id", "title", "kind", "households", "proposed_on", "proposal_households",
                        "drafting_team", "draft_posted_on", "adoption_form", "adopted_on", "present", "agree",
                        "disagree", "file_sent_on", "recognised_on", "decision_number", "refused_on",
                        "refusal_reason", "sent_on", "notes")
RULE_EVENT_COLUMNS = ("kind", "scope", "trigger_on", "decided_on", "decision_number", "reason", "fix_by")


def consultation_from_record(rec: Mapping[str, Any], counts: Mapping[str, int],
                             opinions: list[Opinion]) -> Consultation:
    """A Consultation from a row of ``consultations`` (CONSULTATION_COLUMNS), its opinions
    received per form (forms no longer known are left out) and its opinions."""
    return Consultation(
        item=rec["item"], title=rec["title"], published_on=day(rec["published_on"]),
        closes_on=day(rec["closes_on"]), draft_document=rec["draft_document"],
        forms=[f for f in rec["forms"].split(",") if f], plan_sent_on=day(rec["plan_sent_on"]),
        counts={f: counts[f] for f in FORM_CODES if f in counts},
        accepted=rec["accepted"], explained=rec["explained"], opinions=opinions,
        result_published_on=day(rec["result_published_on"]), disclosure_id=rec["disclosure_id"],
        reported_hdnd_on=day(rec["reported_hdnd_on"]), hdnd_session=rec["hdnd_session"],
        delegated_from=rec["delegated_from"], notes=rec["notes"], id=rec["id"])


def rule_event_from_record(rec: Mapping[str, Any]) -> RuleEvent:
    """A RuleEvent from a row of ``village_rule_events`` (RULE_EVENT_COLUMNS)."""
    return RuleEvent(vr.EventKind(rec["kind"]), vr.Scope(rec["scope"]), day(rec["trigger_on"]), day(rec["decided_on"]),
                     rec["decision_number"], rec["reason"], day(rec["fix_by"]))


def village_rule_from_record(rec: Mapping[str, Any], hamlet_name: str, events: list[RuleEvent],
                             reviews: Iterable[date | str]) -> VillageRule:
    """A VillageRule from a row of ``village_rules`` (VILLAGE_RULE_COLUMNS), its hamlet's name,
    its events in order and the days of its reviews."""
    return VillageRule(
        hamlet_id=rec["hamlet_id"], title=rec["title"], kind=vr.RuleKind(rec["kind"]), hamlet_name=hamlet_name,
        households=rec["households"], proposed_on=day(rec["proposed_on"]),
        proposal_households=rec["proposal_households"], drafting_team=rec["drafting_team"],
        draft_posted_on=day(rec["draft_posted_on"]),
        adoption_form=vr.AdoptionForm(rec["adoption_form"]) if rec["adoption_form"] else None,
        adopted_on=day(rec["adopted_on"]), present=rec["present"], agree=rec["agree"], disagree=rec["disagree"],
        file_sent_on=day(rec["file_sent_on"]), recognised_on=day(rec["recognised_on"]),
        decision_number=rec["decision_number"], refused_on=day(rec["refused_on"]),
        refusal_reason=rec["refusal_reason"], sent_on=day(rec["sent_on"]), events=events,
        reviews=[d for d in (day(v) for v in reviews) if d is not None], notes=rec["notes"], id=rec["id"])



def published_consultations(db: RowReader, start: date, end: date) -> list[Consultation]:
    """Consultations published (their draft made public) in [start, end], by publication date,
    with their counts per form (not their opinions: figures count the totals only)."""
    period = (start.isoformat(), end.isoformat())
    counts: dict[int, dict[str, int]] = {}
    for cid, form, count in db.rows(
            "SELECT n.consultation_id, n.form, n.count FROM consultation_counts AS n "
            "JOIN consultations AS c ON c.id = n.consultation_id WHERE c.published_on BETWEEN ? AND ? "
            "ORDER BY n.consultation_id, n.id", period):
        counts.setdefault(cid, {})[form] = count
    rows = db.rows(f"SELECT {columns(CONSULTATION_COLUMNS, 'c')} FROM consultations AS c "
                   "WHERE c.published_on BETWEEN ? AND ? ORDER BY c.published_on, c.id", period)
    records = (dict(zip(CONSULTATION_COLUMNS, row, strict=True)) for row in rows)
    return [consultation_from_record(rec, counts.get(rec["id"], {}), []) for rec in records]


def all_village_rules(db: RowReader) -> list[VillageRule]:
    """Every hương ước / quy ước with its events and reviews, in the register's order (the
    hamlet's place in the units catalogue, then the record's id)."""
    events: dict[int, list[RuleEvent]] = {}
    for rule_id, *values in db.rows(f"SELECT e.rule_id, {columns(RULE_EVENT_COLUMNS, 'e')} "
                                    "FROM village_rule_events AS e ORDER BY e.rule_id, e.position"):
        events.setdefault(rule_id, []).append(rule_event_from_record(dict(zip(RULE_EVENT_COLUMNS, values,
                                                                              strict=True))))
    reviews: dict[int, list[str]] = {}
    for rule_id, held_on in db.rows("SELECT rule_id, held_on FROM village_rule_reviews ORDER BY rule_id, held_on"):
        reviews.setdefault(rule_id, []).append(held_on)
    out = []
    for *values, hamlet_name in db.rows(f"SELECT {columns(VILLAGE_RULE_COLUMNS, 'r')}, u.name "
                                        "FROM village_rules AS r JOIN units AS u ON u.id = r.hamlet_id "
                                        "ORDER BY u.position, u.id, r.id"):
        rec = dict(zip(VILLAGE_RULE_COLUMNS, values, strict=True))
        out.append(village_rule_from_record(rec, hamlet_name, events.get(rec["id"], []),
                                            reviews.get(rec["id"], [])))
    return out
