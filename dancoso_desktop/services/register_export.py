"""The disclosure register as a spreadsheet: the ONE row builder, and the two ways to feed it.

- ``export_register_from_folder`` — `dancoso export disclosures --format xlsx`: reads a healthy,
  up-to-date data file with plain sqlite3 (storage.register_reader), so the short process never
  loads the ORM; a file that needs the full open (older schema, half migration) gets it first.
- ``export_register(db, catalogue, …)`` — the window (and the ORM path): the same query on the
  raw connection of the open Database, through its gate.

Both build every row with ``RowBuilder`` (the benchmark uses it too) and write it with
documents.disclosure_register. Kept light: nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dancoso_desktop.documents.disclosure_register import write_register_xlsx
from dancoso_desktop.domain.disclosure import PROBLEM_VI, STATUS_VI, Catalogue, Problem, problems_from_mask
from dancoso_desktop.domain.plan import check_year

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database

Progress = Callable[[int], None]
PERMANENT = "Thường xuyên"
PROGRESS_EVERY = 2000       # rows between two calls of progress() (a chance to Cancel)


class RowBuilder:
    """A raw register tuple (storage.register_reader) → the spreadsheet's values after the STT.

    The texts that repeat (content names, channel letters, states, check results) are built
    once per distinct value. Dates arrive as ISO strings (sqlite3) or ``date`` objects; they
    leave as ``date``. ``units`` maps a unit's id to its name."""

    def __init__(self, catalogue: Catalogue, units: dict[int, str]) -> None:
        self.units = units
        self.shorts = {c.item: c.short for c in catalogue.contents}
        self.letters = [c.letter for c in catalogue.channels]
        self.status_vi = {s.value: text for s, text in STATUS_VI.items()}
        self.masks: dict[int, str] = {}
        self.checks: dict[tuple[int, bool], str] = {}
        self.days: dict[Any, date | None] = {None: None, "": None}

    def day(self, value: Any) -> date | None:
        hit = self.days.get(value, False)
        if hit is False:
            hit = self.days[value] = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        return hit  # type: ignore[return-value]

    def channels(self, mask: int) -> str:
        text = self.masks.get(mask)
        if text is None:
            text = self.masks[mask] = ", ".join(
                self.letters[i] for i in range(len(self.letters)) if mask & (1 << i))
        return text

    def check(self, problems: int, overdue: bool) -> str:
        text = self.checks.get((problems, overdue))
        if text is None:
            probs = problems_from_mask(problems) + ([Problem.OVERDUE] if overdue else [])
            text = self.checks[(problems, overdue)] = "; ".join(PROBLEM_VI[p] for p in probs) or "Đạt"
        return text

    def __call__(self, r: tuple) -> list[Any]:
        (item, title, source, decided, disclosed, last_end, permanent, mask, unit_id, status, problems,
         overdue, posted) = r
        day = self.day
        return [item, self.shorts[item], title, source, day(decided), day(disclosed),
                PERMANENT if permanent else day(last_end), self.channels(mask), self.units.get(unit_id, ""),
                self.status_vi[status], self.check(problems, bool(overdue)), "Có" if posted else ""]

    def rows(self, raw: Iterable[tuple], progress: Progress | None = None) -> Iterator[list[Any]]:
        if progress is None:
            return map(self, raw)
        return self._with_progress(raw, progress, PROGRESS_EVERY)

    def _with_progress(self, raw: Iterable[tuple], progress: Progress, every: int) -> Iterator[list[Any]]:
        for n, r in enumerate(raw, start=1):
            if n % every == 0:
                progress(n)      # may raise (Cancel): the file is then not written
            yield self(r)


def subtitle(catalogue: Catalogue) -> str:
    return "Hình thức: " + "; ".join(f"{c.letter}) {c.name}" for c in catalogue.channels)


def _write(con: sqlite3.Connection, catalogue: Catalogue, year: int | None, target: Path, today: date,
           progress: Progress | None) -> int:
    from dancoso_desktop.storage import register_reader

    raw = register_reader.iter_register(con, year, today, db_path=_path_of(con))
    rows = RowBuilder(catalogue, register_reader.unit_names(con)).rows(raw, progress)
    return write_register_xlsx(Path(target), rows, issuing_body=register_reader.issuing_body(con),
                               year=year, subtitle=subtitle(catalogue))


def _path_of(con: sqlite3.Connection) -> Path | None:
    row = con.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


def export_register(db: Database, catalogue: Catalogue, year: int | None, target: Path, *,
                    today: date | None = None, progress: Progress | None = None) -> int:
    """Write the register of ``year`` (None: all years) from an open Database; returns the rows."""
    if year is not None:
        check_year(year)
    with db.connect() as con:
        raw = con.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return _write(raw, catalogue, year, target, today or date.today(), progress)


def export_register_from_folder(data_dir: Path, year: int | None, target: Path, *,
                                today: date | None = None) -> int:
    """The same for a command that opens nothing else (see the module's docstring). Reads only:
    works from a full disk, a read-only folder or a CD."""
    from dancoso_desktop import paths
    from dancoso_desktop.services.disclosure_catalogue import load_catalogue
    from dancoso_desktop.storage.register_reader import open_for_export

    if year is not None:
        check_year(year)
    catalogue = load_catalogue(data_dir)
    con = open_for_export(data_dir / paths.DB_FILENAME)
    if con is None:
        from dancoso_desktop.services.workspace import open_workspace

        ws = open_workspace(data_dir)     # migrates, repairs or refuses, as every command does
        try:
            return export_register(ws.db, catalogue, year, target, today=today)
        finally:
            ws.close()
    try:
        return _write(con, catalogue, year, target, today or date.today(), None)
    finally:
        con.close()
