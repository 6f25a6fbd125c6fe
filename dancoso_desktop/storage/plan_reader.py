"""A plan and its commune read straight from the data file with sqlite3, for the exports.

Why not the ORM: `dancoso export plan` only reads, and importing SQLAlchemy is about a third
of that whole command (issue 3 asks the PDF export to take at most half LibreOffice's time).
The window keeps using the services; both paths turn rows into sections with
``assemble_sections`` below, so a plan reads the same whichever way it is loaded.

``read_plan_snapshot`` gives up (returns None) whenever the file needs more than reading: it is
missing or empty, a migration is half done, or its schema is not this version's. The caller
then opens the data folder the full way, which creates, repairs, migrates or refuses it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from dancoso_desktop.domain.commune import Commune, CommuneKind, Unit, UnitKind
from dancoso_desktop.domain.numbering import NumberStyle
from dancoso_desktop.domain.plan import Plan, PlanSection, Signer, Status, TimeFrame, TimeFrameKind
from dancoso_desktop.storage.datafile import (
    connect_read_only,
    inspect_file,
    migration_marker,
    refuse_network_share,
)
from dancoso_desktop.storage.errors import damaged, known_problem
from dancoso_desktop.storage.rows import RowReader, SqliteRows, day
from dancoso_desktop.storage.schema_version import SCHEMA_HEAD, stored_revision

# The columns of plan_sections that make a section, in the order assemble_sections reads them.
SECTION_COLUMNS = ("id", "parent_id", "title", "body", "child_style", "lead_unit_id", "tf_kind", "tf_start",
                   "tf_end", "tf_quarter", "status", "progress", "notes", "carried_over")
PLAN_COLUMNS = ("id", "year", "title", "number", "place", "date", "issuing_body", "parent_body", "legal_bases",
                "intro", "recipients", "signer_authority", "signer_title", "signer_name", "report_deadlines",
                "footnotes")
COMMUNE_COLUMNS = ("province", "name", "kind", "place_name", "signer_authority", "signer_title", "signer_name")
UNIT_COLUMNS = ("id", "name", "kind", "short_name", "households", "retired")
BUSY_TIMEOUT_S = 10.0


def json_list(text: str | None) -> Any:
    """A JSON list column; a damaged value reads as empty rather than stopping the export."""
    try:
        return json.loads(text or "[]")
    except json.JSONDecodeError:
        return []


def plan_from_record(rec: Mapping[str, Any]) -> Plan:
    """A Plan (without sections) from a row of ``plans``, given as column → value."""
    return Plan(year=rec["year"], title=rec["title"], number=rec["number"], place=rec["place"], date=rec["date"],
                issuing_body=rec["issuing_body"], parent_body=rec["parent_body"],
                legal_bases=json_list(rec["legal_bases"]), intro=rec["intro"],
                recipients=json_list(rec["recipients"]),
                signer=Signer(rec["signer_authority"], rec["signer_title"], rec["signer_name"]),
                report_deadlines=json_list(rec["report_deadlines"]), footnotes=json_list(rec["footnotes"]),
                id=rec["id"])


def commune_from_record(rec: Mapping[str, Any]) -> Commune:
    return Commune(province=rec["province"], name=rec["name"], kind=CommuneKind(rec["kind"]),
                   place_name=rec["place_name"], signer_authority=rec["signer_authority"],
                   signer_title=rec["signer_title"], signer_name=rec["signer_name"])


def unit_from_record(rec: Mapping[str, Any]) -> Unit:
    """A Unit from a row of ``units``, given as column → value (``retired`` as bool or 0/1)."""
    return Unit(name=rec["name"], kind=UnitKind(rec["kind"]), short_name=rec["short_name"],
                households=rec["households"], retired=bool(rec["retired"]), id=rec["id"])


def read_units(db: RowReader) -> list[Unit]:
    """Every unit, retired ones too, in the catalogue's order (as CommuneService.list_units)."""
    return [unit_from_record(dict(zip(UNIT_COLUMNS, row, strict=True)))
            for row in db.rows(f"SELECT {', '.join(UNIT_COLUMNS)} FROM units ORDER BY position, id")]


def assemble_sections(rows: Iterable[Sequence[Any]], coordinating: Mapping[int, list[int]],
                      unit_names: Mapping[int, str]) -> list[PlanSection]:
    """The section tree from rows of SECTION_COLUMNS ordered by parent, position, id.

    ``coordinating`` maps a section id to its coordinating unit ids in order. Dates arrive as
    ``date`` objects (the ORM) or ISO strings (sqlite3): both are accepted."""
    # Plain lookups instead of enum calls: a 2,000-section plan opens well inside 0.2 s.
    statuses = {m.value: m for m in Status}
    kinds = {m.value: m for m in TimeFrameKind}
    styles = {m.value: m for m in NumberStyle}
    no_timeframe = TimeFrame()   # frozen, so one instance can be shared
    children: dict[int | None, list[PlanSection]] = {}
    for (sid, parent_id, title, body, child_style, lead_id, tf_kind, tf_start, tf_end, tf_quarter, status,
         progress, notes, carried_over) in rows:
        ids = coordinating.get(sid, [])
        kind = kinds[tf_kind]
        timeframe = no_timeframe if kind is TimeFrameKind.NONE and tf_start is None and tf_end is None \
            and tf_quarter is None else TimeFrame(kind, day(tf_start), day(tf_end), tf_quarter)
        sec = PlanSection(
            title=title, text=body, id=sid,
            child_style=styles[child_style] if child_style else None,
            lead_unit=unit_names.get(lead_id, "") if lead_id else "", lead_unit_id=lead_id,
            coordinating_units=[unit_names.get(u, "") for u in ids] if ids else [],
            coordinating_unit_ids=ids, timeframe=timeframe, status=statuses[status], progress=progress,
            notes=notes, carried_over=bool(carried_over))
        children.setdefault(parent_id, []).append(sec)

    def attach(nodes: list[PlanSection]) -> list[PlanSection]:
        for n in nodes:
            n.children = attach(children.get(n.id, []))
        return nodes

    return attach(children.get(None, []))


@dataclass
class PlanSnapshot:
    """What an export needs: the plan (None when there is no plan for the year) and the commune."""

    plan: Plan | None
    commune: Commune | None


def read_plan_snapshot(db_path: Path, year: int) -> PlanSnapshot | None:
    """The plan of ``year`` and the commune, read in one transaction; None when the file needs
    the full open first (see the module docstring). Refuses, as the full open does, a file on a
    network share, a file that is not ours, and a damaged file."""
    refuse_network_share(db_path.parent)
    if inspect_file(db_path) != "ours" or migration_marker(db_path).exists():
        return None
    try:
        # Read-only: the export works from a full disk, a read-only folder or a CD.
        con, _ = connect_read_only(db_path, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        _raise_known(exc, db_path)
    try:
        con.execute("PRAGMA query_only=ON")     # this path never writes, whatever happens below
        con.execute("PRAGMA trusted_schema=OFF")
        if stored_revision(con) != SCHEMA_HEAD:
            return None
        problems = [r[0] for r in con.execute("PRAGMA quick_check") if r[0] != "ok"]
        if problems:
            raise damaged(db_path, problems)
        con.execute("BEGIN")                    # one snapshot: a window saving meanwhile cannot split it
        try:
            return PlanSnapshot(read_plan(SqliteRows(con, db_path), year), read_commune(con))
        finally:
            con.execute("COMMIT")
    except sqlite3.Error as exc:
        _raise_known(exc, db_path)
    finally:
        con.close()


def _raise_known(exc: sqlite3.Error, db_path: Path) -> NoReturn:
    """A locked, read-only or damaged file as the same plain message the full open gives."""
    problem = known_problem(exc, db_path)
    if problem is None:
        raise exc
    raise problem from exc


def read_commune(con: sqlite3.Connection) -> Commune | None:
    """The commune (the first and only row of ``commune``), or None before the first run."""
    row = con.execute(f"SELECT {', '.join(COMMUNE_COLUMNS)} FROM commune ORDER BY id LIMIT 1").fetchone()
    return commune_from_record(dict(zip(COMMUNE_COLUMNS, row, strict=True))) if row else None


def read_plan(db: RowReader, year: int) -> Plan | None:
    """The plan of ``year`` with its section tree, or None when there is none; through plain SQL,
    so the same code reads it for the exports (a bare sqlite3 connection) and for the report's
    figures (``Database.rows`` in the window, ``SqliteRows`` in the package export)."""
    found = db.rows(f"SELECT {', '.join(PLAN_COLUMNS)} FROM plans WHERE year = ?", (year,))
    if not found:
        return None
    rec = dict(zip(PLAN_COLUMNS, found[0], strict=True))
    rec["date"] = day(rec["date"])
    plan = plan_from_record(rec)
    unit_names = dict(db.rows("SELECT id, name FROM units"))
    coordinating: dict[int, list[int]] = {}
    for sid, uid in db.rows(
            "SELECT su.section_id, su.unit_id FROM plan_section_units su "
            "JOIN plan_sections s ON s.id = su.section_id WHERE s.plan_id = ? "
            "ORDER BY su.section_id, su.position", (rec["id"],)):
        coordinating.setdefault(sid, []).append(uid)
    rows = db.rows(f"SELECT {', '.join(SECTION_COLUMNS)} FROM plan_sections WHERE plan_id = ? "
                   "ORDER BY parent_id, position, id", (rec["id"],))
    plan.sections = assemble_sections(rows, coordinating, unit_names)
    plan.renumber()
    return plan
