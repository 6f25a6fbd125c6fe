"""The disclosure register's rows in plain SQL, for the spreadsheet export.

`dancoso export disclosures` is a short process: loading SQLAlchemy's ORM and opening the
workspace took about 0.6 s of its 2 s (issue 15 item 4). As `plan_reader` does for `export
plan`, a healthy, up-to-date file is read here with the standard library alone; the window
runs the same query on the raw connection of its open database. The columns and the two
derived flags are those of ``services.disclosure_query`` (``_overdue``, ``_still_posted``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from dancoso_desktop.storage.datafile import (
    connect_read_only,
    inspect_file,
    migration_marker,
    refuse_network_share,
)
from dancoso_desktop.storage.errors import known_problem
from dancoso_desktop.storage.schema_version import SCHEMA_HEAD, stored_revision

BUSY_TIMEOUT_S = 10.0

# item, title, source_document, decided_on, disclosed_on, last_end, permanent, channel_mask,
# unit id, status, problems, overdue, still posted — dates as stored ('YYYY-MM-DD'). The unit's
# name comes from ``unit_names`` (a dozen rows): joining it here made SQLite scan the table
# through the unit index, a third slower for 100,000 rows.
# Overdue (Art. 14): planned, its date passed. Still posted: disclosed, posting runs today.
REGISTER_SQL = """
SELECT d.item, d.title, d.source_document, d.decided_on, d.disclosed_on, d.last_end, d.permanent,
       d.channel_mask, d.unit_id, d.status, d.problems,
       d.status = 'planned' AND d.due_on < :today,
       d.status = 'done' AND d.posting_start <= :today AND (d.posting_end IS NULL OR d.posting_end >= :today)
FROM disclosures AS d
{where}
ORDER BY d.disclosed_on, d.id
"""


def unit_names(con: sqlite3.Connection) -> dict[int, str]:
    return dict(con.execute("SELECT id, name FROM units").fetchall())


def iter_register(con: sqlite3.Connection, year: int | None, today: date, batch: int = 5000,
                  db_path: Path | None = None) -> Iterator[tuple]:
    """The register rows of ``year`` (None: every year) in date order, as plain tuples. A
    damaged, locked or unreadable file stops it with the plain message the full open gives."""
    # The public register only: internal disclosures (Art. 46–48, scope "internal") are the
    # staff's, listed with `disclosures list --scope internal`, never printed for citizens.
    sql = REGISTER_SQL.format(where="WHERE d.scope = 'public' AND d.year = :year" if year is not None
                              else "WHERE d.scope = 'public'")
    try:
        cur = con.execute(sql, {"today": today.isoformat(), "year": year})
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                return
            yield from rows
    except sqlite3.Error as exc:
        raise _known(exc, db_path) from exc


def issuing_body(con: sqlite3.Connection) -> str:
    """The commune's issuing body, as the register's first line; "" before the first run."""
    from dancoso_desktop.storage.plan_reader import read_commune

    commune = read_commune(con)
    return commune.issuing_body if commune else ""


def open_for_export(db_path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a healthy, up-to-date data file; None when the file needs the
    full open first (missing, half-migrated, older schema). Refuses, as the full open does, a
    network share, a file that is not ours and a damaged file."""
    refuse_network_share(db_path.parent)
    if inspect_file(db_path) != "ours" or migration_marker(db_path).exists():
        return None
    try:
        con, _ = connect_read_only(db_path, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise _known(exc, db_path) from exc
    try:
        con.execute("PRAGMA trusted_schema=OFF")
        if stored_revision(con) != SCHEMA_HEAD:
            con.close()
            return None
    except sqlite3.Error as exc:
        con.close()
        raise _known(exc, db_path) from exc
    # No quick_check of the whole file first (0.3 s on 100,000 records): this path only reads,
    # and a damaged page it reads stops ``iter_register`` with the DamagedDatabase message.
    return con


def _known(exc: sqlite3.Error, db_path: Path | None) -> BaseException:
    problem = known_problem(exc, db_path)
    return problem if problem is not None else exc
