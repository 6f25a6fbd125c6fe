"""Plain SQL reads that work the same on the window's Database and on a bare sqlite3 connection.

Why: a report's figures are counted by every register (services/report_sources.py). Through
the ORM, a command that writes a report package pays SQLAlchemy and every register's mapped
tables before counting anything — about 1 s of a 2.3 s command (issue 11 asks ≤ 1.5 s for
`report new` + the package). So the registers count with plain SQL through ``RowReader``:
``Database.rows`` in the window, ``SqliteRows`` over a read-only sqlite3 connection in the
export. One query, one code path, whichever way the data file was opened.

Values come back as SQLite stores them: dates as ISO text ('2026-06-14'), date-times as
'2026-06-14 08:30:00[.ffffff]', booleans as 0/1, enums as their value strings, JSON as text.
``day``/``moment`` read them back (they also accept date objects, for callers that have them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from dancoso_desktop.storage.errors import known_problem


class RowReader(Protocol):
    """Anything that runs a read-only SQL statement (``?`` placeholders) and returns its rows,
    and knows its data file (a register may read the province's catalogues beside it)."""

    @property
    def path(self) -> Path | None: ...

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...


class SqliteRows:
    """``RowReader`` over an open sqlite3 connection (read-only in the export)."""

    def __init__(self, con: sqlite3.Connection, path: Path | None = None) -> None:
        self.con = con
        self.path = path

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.con.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            # A damaged page, a locked file: the officer's plain message, as the full open gives.
            problem = known_problem(exc, self.path)
            if problem is None:
                raise
            raise problem from exc


def day(value: date | str | None) -> date | None:
    """A Date column's value: None, a date, or SQLite's ISO text."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    return date.fromisoformat(str(value)[:10])


def required_day(value: date | str) -> date:
    """A NOT NULL Date column's value."""
    found = day(value)
    if found is None:
        raise ValueError("a required date is missing")
    return found


def moment(value: datetime | str | None) -> datetime | None:
    """A DateTime column's value: None, a datetime, or SQLite's text ('YYYY-MM-DD HH:MM:SS[.f]')."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def columns(names: Sequence[str], alias: str) -> str:
    """'c.id, c.title, …': a table's columns under its alias, for a SELECT with a join."""
    return ", ".join(f"{alias}.{c}" for c in names)


def placeholders(n: int) -> str:
    """'?, ?, ?' for an IN (…) of ``n`` values (at least one)."""
    return ", ".join("?" * max(1, n))
