"""The register view's queries: filter, sort and page in SQL (100,000 records open at once).

Search folds the query the way the stored ``search_key`` was folded (no accents, đ→d, lower
case), so "ngan sach" finds "ngân sách"; sorting by title uses the stored Vietnamese collation
string, so ORDER BY follows a ă â b c d đ … and walks an index. The title indexes carry the
search_key too, so a search in title order reads index entries only and stops when a page is full.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from dancoso_desktop.domain.disclosure import (
    CHANNEL_CODES,
    PROBLEM_ORDER,
    DisclosureStatus,
    Problem,
    problems_from_mask,
)
from dancoso_desktop.domain.text import fold
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.disclosure_tables import DisclosureRow
from dancoso_desktop.storage.tables import UnitRow

STILL_POSTED = "still_posted"   # a filter beside the problem codes: "still posted today"

# Register columns that can be sorted, by key; each ends with the id so pages are stable.
SORT_KEYS = ("id", "item", "title", "decided_on", "disclosed_on", "last_end", "channels", "unit", "status",
             "problems")


@dataclass
class RegisterFilter:
    year: int | None = None
    item: int | None = None
    channel: str | None = None
    unit_id: int | None = None
    status: DisclosureStatus | None = None
    problem: str | None = None          # a Problem code or STILL_POSTED
    search: str = ""
    in_plan: bool = False               # only what the yearly plan holds (Art. 14)
    scope: str | None = None            # "public" (Art. 11–14), "internal" (Art. 46–48); None: both


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register as the table shows it (no ORM row leaves the service)."""

    id: int
    year: int
    item: int
    title: str
    source_document: str
    decided_on: date | None
    disclosed_on: date | None
    last_end: date | None
    permanent: bool
    channels: tuple[str, ...]
    unit: str
    status: DisclosureStatus
    problems: tuple[Problem, ...]
    still_posted: bool
    due_on: date | None
    evidence_count: int
    scope: str = "public"


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _overdue(today: date) -> ColumnElement[bool]:
    # Planned, its date passed, not done (Art. 14).
    return and_(DisclosureRow.status == DisclosureStatus.PLANNED.value, DisclosureRow.due_on < today)


def _still_posted(today: date) -> ColumnElement[bool]:
    return and_(DisclosureRow.status == DisclosureStatus.DONE.value, DisclosureRow.posting_start <= today,
                or_(DisclosureRow.posting_end.is_(None), DisclosureRow.posting_end >= today))


def _row_select(today: date) -> Any:
    return select(DisclosureRow.id, DisclosureRow.year, DisclosureRow.item, DisclosureRow.title,
                  DisclosureRow.source_document, DisclosureRow.decided_on, DisclosureRow.disclosed_on,
                  DisclosureRow.last_end, DisclosureRow.permanent, DisclosureRow.channel_mask,
                  UnitRow.name, DisclosureRow.status, DisclosureRow.problems,
                  _overdue(today).label("overdue"), _still_posted(today).label("posted"),
                  DisclosureRow.due_on, DisclosureRow.evidence_count, DisclosureRow.scope
                  ).outerjoin(UnitRow, UnitRow.id == DisclosureRow.unit_id)


class RegisterQuery:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _where(self, q: Any, f: RegisterFilter, today: date) -> Any:
        if f.year is not None:
            q = q.where(DisclosureRow.year == f.year)
        if f.item is not None:
            q = q.where(DisclosureRow.item == f.item)
        if f.channel:
            q = q.where(DisclosureRow.channel_mask.op("&")(1 << CHANNEL_CODES.index(f.channel)) != 0)
        if f.unit_id is not None:
            q = q.where(DisclosureRow.unit_id == f.unit_id)
        if f.status is not None:
            q = q.where(DisclosureRow.status == DisclosureStatus(f.status).value)
        if f.problem == STILL_POSTED:
            q = q.where(_still_posted(today))
        elif f.problem == Problem.OVERDUE:
            q = q.where(_overdue(today))
        elif f.problem:
            bit = 1 << PROBLEM_ORDER.index(Problem(f.problem))
            q = q.where(DisclosureRow.problems.op("&")(bit) != 0)
        if f.scope is not None:
            q = q.where(DisclosureRow.scope == f.scope)
        if f.in_plan:
            q = q.where(or_(DisclosureRow.plan_key.is_not(None), DisclosureRow.planned_on.is_not(None)))
        for word in fold(f.search).split()[:8]:
            q = q.where(DisclosureRow.search_key.like(f"%{_escape_like(word)}%", escape="\\"))
        return q

    def count(self, f: RegisterFilter, today: date | None = None) -> int:
        today = today or date.today()
        with self.db.session() as s:
            q = self._where(select(func.count()).select_from(DisclosureRow), f, today)
            return int(s.scalar(q) or 0)

    def _order(self, key: str, descending: bool) -> list[Any]:
        cols: dict[str, list[Any]] = {
            "id": [],
            "item": [DisclosureRow.item, DisclosureRow.title_sort],
            "title": [DisclosureRow.title_sort],
            "decided_on": [DisclosureRow.decided_on],
            "disclosed_on": [DisclosureRow.disclosed_on],
            "last_end": [DisclosureRow.last_end],
            "channels": [DisclosureRow.channel_mask],
            "unit": [UnitRow.name],
            "status": [DisclosureRow.status],
            "problems": [DisclosureRow.problems],
            "due_on": [DisclosureRow.due_on],
        }
        chosen = cols.get(key, cols["title"])
        order = [c.desc() if descending else c.asc() for c in chosen]
        return [*order, DisclosureRow.id.desc() if descending else DisclosureRow.id.asc()]

    def page(self, f: RegisterFilter, *, order: str = "title", descending: bool = False,
             offset: int = 0, limit: int = 200, today: date | None = None) -> list[RegisterRow]:
        today = today or date.today()
        q = _row_select(today)
        q = self._where(q, f, today).order_by(*self._order(order, descending)).offset(offset).limit(limit)
        with self.db.session() as s:
            return [self._row(r) for r in s.execute(q)]

    @staticmethod
    def _row(r: Any) -> RegisterRow:
        problems = problems_from_mask(r[12])
        if r[13]:
            problems.append(Problem.OVERDUE)
        mask = r[9]
        return RegisterRow(
            id=r[0], year=r[1], item=r[2], title=r[3], source_document=r[4], decided_on=r[5],
            disclosed_on=r[6], last_end=r[7], permanent=bool(r[8]),
            channels=tuple(c for i, c in enumerate(CHANNEL_CODES) if mask & (1 << i)),
            unit=r[10] or "", status=DisclosureStatus(r[11]), problems=tuple(problems),
            still_posted=bool(r[14]), due_on=r[15], evidence_count=r[16], scope=r[17])

    def iter_rows(self, f: RegisterFilter, *, order: str = "disclosed_on", today: date | None = None,
                  batch: int = 5000) -> Iterator[RegisterRow]:
        """Every matching row, streamed in keyset-free batches (exports of 100,000 rows)."""
        today = today or date.today()
        q = _row_select(today)
        q = self._where(q, f, today).order_by(*self._order(order, False))
        with self.db.connect() as con:
            result = con.execution_options(stream_results=True, yield_per=batch).execute(q)
            for r in result:
                yield self._row(r)

    def iter_raw(self, f: RegisterFilter, *, today: date | None = None, batch: int = 5000) -> Iterator[Any]:
        """The register rows as plain tuples, in date order (the 100,000-row XLSX export):
        (id, year, item, title, source_document, decided_on, disclosed_on, last_end, permanent,
        channel_mask, unit, status, problems, overdue, still_posted, due_on, evidence_count, scope)."""
        today = today or date.today()
        q = self._where(_row_select(today), f, today).order_by(*self._order("disclosed_on", False))
        with self.db.connect() as con:
            yield from con.execution_options(stream_results=True, yield_per=batch).execute(q)

    def due_soon(self, today: date | None = None, days: int = 7, limit: int = 200) -> list[RegisterRow]:
        """Planned disclosures due within ``days`` and the overdue ones: the panel shown on opening."""
        today = today or date.today()
        f = RegisterFilter(status=DisclosureStatus.PLANNED)
        q = _row_select(today)
        q = (self._where(q, f, today).where(DisclosureRow.due_on <= today + timedelta(days=days))
             .order_by(DisclosureRow.due_on, DisclosureRow.id).limit(limit))
        with self.db.session() as s:
            return [self._row(r) for r in s.execute(q)]

    def problem_counts(self, year: int | None, today: date | None = None) -> dict[str, int]:
        """How many records of the year fail each check (and how many are still posted): one scan."""
        today = today or date.today()
        sums = []
        for i, p in enumerate(PROBLEM_ORDER):
            cond = _overdue(today) if p is Problem.OVERDUE else DisclosureRow.problems.op("&")(1 << i) != 0
            sums.append(func.coalesce(func.sum(case((cond, 1), else_=0)), 0))
        sums.append(func.coalesce(func.sum(case((_still_posted(today), 1), else_=0)), 0))
        q = select(*sums).select_from(DisclosureRow)
        if year is not None:
            q = q.where(DisclosureRow.year == year)
        with self.db.session() as s:
            values = s.execute(q).one()
        keys = [p.value for p in PROBLEM_ORDER] + [STILL_POSTED]
        return {k: int(v or 0) for k, v in zip(keys, values, strict=True)}
