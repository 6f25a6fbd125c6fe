"""The decisions register's queries: filter, sort and page in SQL (10,000 records open at once).

Search folds the query as the stored ``search_key`` was folded (no tone marks, đ→d), so
"dong gop" finds "đóng góp"; title order walks the (year, title_sort, search_key) index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.sql.elements import ColumnElement

from dancoso_desktop.domain.decision import Matter, Recognition, Scope, VoteForm
from dancoso_desktop.domain.decision_rules import PROBLEM_ORDER, Problem, problems_from_mask
from dancoso_desktop.domain.text import fold
from dancoso_desktop.services.decision_service import date_problems
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.decision_tables import DecisionRow

SORT_KEYS = ("id", "matter", "title", "hamlets", "form", "vote_date", "result", "send_due", "problems")
PASSED, FAILED, NO_RESULT = "passed", "failed", "none"


@dataclass
class DecisionFilter:
    year: int | None = None
    matter: int | None = None
    form: str | None = None
    scope: str | None = None
    result: str | None = None        # PASSED / FAILED / NO_RESULT
    problem: str | None = None       # a Problem code
    search: str = ""


@dataclass(frozen=True)
class DecisionLine:
    """One line of the register as the table shows it (no ORM row leaves the service)."""

    id: int
    year: int
    matter: Matter
    title: str
    hamlets: str
    scope: Scope
    form: VoteForm
    vote_date: date | None
    passed: bool | None
    result_text: str
    households: int
    present: int
    votes_for: int
    send_due: date | None
    sent_on: date | None
    recognition: Recognition
    recognition_due: date | None
    problems: tuple[Problem, ...]


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _not_sent(today: date) -> ColumnElement[bool]:
    return and_(DecisionRow.sent_on.is_(None), DecisionRow.send_due < today)


def _recognition_overdue(today: date) -> ColumnElement[bool]:
    return and_(DecisionRow.recognition == Recognition.PENDING.value, DecisionRow.recognition_due < today)


_COLUMNS = (DecisionRow.id, DecisionRow.year, DecisionRow.matter, DecisionRow.title, DecisionRow.hamlets,
            DecisionRow.scope, DecisionRow.form, DecisionRow.vote_date, DecisionRow.passed,
            DecisionRow.result_text, DecisionRow.households, DecisionRow.present, DecisionRow.votes_for,
            DecisionRow.send_due, DecisionRow.sent_on, DecisionRow.recognition, DecisionRow.recognition_due,
            DecisionRow.problems)


class DecisionQuery:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _where(self, q: Any, f: DecisionFilter, today: date) -> Any:
        if f.year is not None:
            q = q.where(DecisionRow.year == f.year)
        if f.matter is not None:
            q = q.where(DecisionRow.matter == int(f.matter))
        if f.form:
            q = q.where(DecisionRow.form == VoteForm(f.form).value)
        if f.scope:
            q = q.where(DecisionRow.scope == Scope(f.scope).value)
        if f.result == PASSED:
            q = q.where(DecisionRow.passed.is_(True))
        elif f.result == FAILED:
            q = q.where(DecisionRow.passed.is_(False))
        elif f.result == NO_RESULT:
            q = q.where(DecisionRow.passed.is_(None))
        if f.problem == Problem.NOT_SENT:
            q = q.where(_not_sent(today))
        elif f.problem == Problem.RECOGNITION_OVERDUE:
            q = q.where(_recognition_overdue(today))
        elif f.problem:
            q = q.where(DecisionRow.problems.op("&")(1 << PROBLEM_ORDER.index(Problem(f.problem))) != 0)
        for word in fold(f.search).split()[:8]:
            q = q.where(DecisionRow.search_key.like(f"%{_escape_like(word)}%", escape="\\"))
        return q

    def count(self, f: DecisionFilter, today: date | None = None) -> int:
        today = today or date.today()
        with self.db.session() as s:
            return int(s.scalar(self._where(select(func.count()).select_from(DecisionRow), f, today)) or 0)

    @staticmethod
    def _order(key: str, descending: bool) -> list[Any]:
        cols: dict[str, list[Any]] = {
            "id": [], "matter": [DecisionRow.matter, DecisionRow.title_sort], "title": [DecisionRow.title_sort],
            "hamlets": [DecisionRow.hamlets], "form": [DecisionRow.form], "vote_date": [DecisionRow.vote_date],
            "result": [DecisionRow.passed], "send_due": [DecisionRow.send_due], "problems": [DecisionRow.problems],
        }
        chosen = cols.get(key, cols["title"])
        order = [c.desc() if descending else c.asc() for c in chosen]
        return [*order, DecisionRow.id.desc() if descending else DecisionRow.id.asc()]

    def page(self, f: DecisionFilter, *, order: str = "title", descending: bool = False, offset: int = 0,
             limit: int = 200, today: date | None = None) -> list[DecisionLine]:
        today = today or date.today()
        q = self._where(select(*_COLUMNS), f, today).order_by(*self._order(order, descending))
        with self.db.session() as s:
            return [self._line(r, today) for r in s.execute(q.offset(offset).limit(limit))]

    @staticmethod
    def _line(r: Any, today: date) -> DecisionLine:
        problems = problems_from_mask(r[17]) + date_problems(r[13], r[14], r[15], r[16], today)
        return DecisionLine(
            id=r[0], year=r[1], matter=Matter(r[2]), title=r[3], hamlets=r[4], scope=Scope(r[5]),
            form=VoteForm(r[6]), vote_date=r[7], passed=r[8], result_text=r[9], households=r[10],
            present=r[11], votes_for=r[12], send_due=r[13], sent_on=r[14], recognition=Recognition(r[15]),
            recognition_due=r[16], problems=tuple(problems))

    def due_soon(self, today: date, until: date, limit: int = 500) -> list[DecisionLine]:
        """Decisions whose sending or recognition is due by ``until`` or overdue, not yet done."""
        q = (select(*_COLUMNS)
             .where((DecisionRow.sent_on.is_(None) & (DecisionRow.send_due <= until))
                    | ((DecisionRow.recognition == Recognition.PENDING.value)
                       & (DecisionRow.recognition_due <= until)))
             .order_by(DecisionRow.send_due, DecisionRow.id).limit(limit))
        with self.db.session() as s:
            return [self._line(r, today) for r in s.execute(q)]

    def problem_counts(self, year: int | None, today: date) -> dict[str, int]:
        """How many decisions of the year fail each check, passed and failed: one scan."""
        from sqlalchemy import case

        sums = []
        for i, p in enumerate(PROBLEM_ORDER):
            if p is Problem.NOT_SENT:
                cond: Any = _not_sent(today)
            elif p is Problem.RECOGNITION_OVERDUE:
                cond = _recognition_overdue(today)
            else:
                cond = DecisionRow.problems.op("&")(1 << i) != 0
            sums.append(func.coalesce(func.sum(case((cond, 1), else_=0)), 0))
        sums.append(func.coalesce(func.sum(case((DecisionRow.passed.is_(True), 1), else_=0)), 0))
        sums.append(func.coalesce(func.sum(case((DecisionRow.passed.is_(False), 1), else_=0)), 0))
        q = select(*sums).select_from(DecisionRow)
        if year is not None:
            q = q.where(DecisionRow.year == year)
        with self.db.session() as s:
            values = s.execute(q).one()
        keys = [p.value for p in PROBLEM_ORDER] + [PASSED, FAILED]
        return {k: int(v or 0) for k, v in zip(keys, values, strict=True)}
