"""A report, its frozen snapshot and the commune, read with sqlite3 alone (the report export).

Why: `dancoso export report … --format package` only reads. Through the ORM it paid SQLAlchemy
and every register's mapped tables (about 1 s of 2.3 s, issue 11 asks 1.5 s for `report new` +
the package). Here the report row is read with plain SQL; the figures of a draft are counted
through ``storage.rows.SqliteRows`` by the same contributors the window uses
(services/report_sources.py). ``ReportService`` turns its ORM rows into reports with the same
``report_from_record``, so a report reads the same whichever way it is loaded.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dancoso_desktop.domain.commune import Commune
from dancoso_desktop.domain.report_doc import Report, ReportStatus, outline_from_json
from dancoso_desktop.domain.reporting import ReportKind
from dancoso_desktop.storage.rows import day, required_day

REPORT_COLUMNS = ("id", "year", "kind", "period_start", "period_end", "title", "recipient", "preparer", "outline",
                  "annex_hidden", "status", "version", "number", "serial", "issued_on", "signer_authority",
                  "signer_title", "signer_name", "sent_on", "sent_to", "previous_id")


def report_from_record(rec: Mapping[str, Any]) -> Report:
    """A Report from a row of ``reports`` given as column → value (dates as dates or ISO text)."""
    return Report(year=rec["year"], kind=ReportKind(rec["kind"]), period_start=required_day(rec["period_start"]),
                  period_end=required_day(rec["period_end"]), title=rec["title"], recipient=rec["recipient"],
                  preparer=rec["preparer"], outline=outline_from_json(json.loads(rec["outline"] or "[]")),
                  annex_hidden=[str(c) for c in json.loads(rec["annex_hidden"] or "[]")],
                  status=ReportStatus(rec["status"]), version=rec["version"], number=rec["number"],
                  serial=rec["serial"], issued_on=day(rec["issued_on"]), signer_authority=rec["signer_authority"],
                  signer_title=rec["signer_title"], signer_name=rec["signer_name"], sent_on=day(rec["sent_on"]),
                  sent_to=rec["sent_to"], previous_id=rec["previous_id"], id=rec["id"])


@dataclass
class StoredReport:
    report: Report
    snapshot: str | None        # the frozen content (JSON) of an issued report
    commune: Commune | None


def read_report(con: sqlite3.Connection, report_id: int) -> StoredReport | None:
    """The report ``report_id`` with its snapshot and the commune; None when there is no such report."""
    from dancoso_desktop.storage.plan_reader import read_commune

    row = con.execute(f"SELECT {', '.join(REPORT_COLUMNS)}, snapshot FROM reports WHERE id = ?",
                      (report_id,)).fetchone()
    if row is None:
        return None
    return StoredReport(report_from_record(dict(zip(REPORT_COLUMNS, row[:-1], strict=True))), row[-1],
                        read_commune(con))
