"""The supervision boards and their programmes and reports as domain objects, from a row given as
column → value. One mapping for both readers: ``SupervisionService`` (ORM rows, dates as date
objects) and the report figures counted with plain SQL (``services/supervision_report``,
storage.rows.RowReader: dates as ISO text). No SQLAlchemy here, so counting a report's figures
from a bare sqlite3 connection does not load it (services/report_sources.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from dancoso_desktop.domain.supervision import Board, BoardDoc, BoardKind, BoardMember, DocKind, PeriodKind
from dancoso_desktop.storage.rows import day

# The columns of ``supervision_boards`` that make a Board (its members come from their own table).
BOARD_COLUMNS = ("id", "kind", "name", "term_start", "term_end", "project_name", "investor", "place",
                 "project_value", "supervision_start", "investor_notified_on", "agency_staff", "dissolved_on",
                 "note")
# The columns of ``supervision_docs`` that make a BoardDoc.
DOC_COLUMNS = ("id", "board_id", "kind", "period", "year", "number", "issued_on", "title", "content")


def board_from_record(rec: Mapping[str, Any], members: Iterable[BoardMember] = ()) -> Board:
    """A Board from a row of ``supervision_boards`` (BOARD_COLUMNS); dates as date or ISO text."""
    return Board(
        kind=BoardKind(rec["kind"]), name=rec["name"], term_start=day(rec["term_start"]),
        term_end=day(rec["term_end"]), members=list(members), project_name=rec["project_name"],
        investor=rec["investor"], place=rec["place"], project_value=rec["project_value"],
        supervision_start=day(rec["supervision_start"]), investor_notified_on=day(rec["investor_notified_on"]),
        agency_staff=rec["agency_staff"], dissolved_on=day(rec["dissolved_on"]), note=rec["note"], id=rec["id"])


def doc_from_record(rec: Mapping[str, Any]) -> BoardDoc:
    """A BoardDoc from a row of ``supervision_docs`` (DOC_COLUMNS); dates as date or ISO text."""
    return BoardDoc(rec["board_id"], DocKind(rec["kind"]), PeriodKind(rec["period"]), rec["year"], rec["number"],
                    day(rec["issued_on"]), rec["title"], rec["content"], rec["id"])


def select_sql(table: str, columns: Iterable[str], where: str = "") -> str:
    """``SELECT columns FROM table [WHERE …] ORDER BY id`` for rows read with plain SQL."""
    return f"SELECT {', '.join(columns)} FROM {table}{f' WHERE {where}' if where else ''} ORDER BY id"
