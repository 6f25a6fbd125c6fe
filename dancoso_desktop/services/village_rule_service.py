"""The hương ước / quy ước register (NĐ 61/2023): each hamlet's texts and their life cycle.

A hamlet that has a text cannot be deleted from the units catalogue, only retired (the check is
registered in ``commune_service.UNIT_USAGE_CHECKS``); a retired hamlet gets no new text.
Deadlines in working days use the calendar the disclosure register uses (holidays + day swaps).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.disclosure import collation_string
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import fold
from dancoso_desktop.domain.village_rule import (
    RuleEvent,
    RuleKind,
    RuleProblem,
    Stage,
    VillageRule,
    deadlines,
    problems_from_mask,
    problems_to_mask,
    stage,
    static_problems,
    validate_rule,
)
from dancoso_desktop.domain.village_rule_rules import review_day
from dancoso_desktop.domain.working_days import WorkingCalendar
from dancoso_desktop.services import commune_service
from dancoso_desktop.services.calendar_service import CalendarService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.storage.consultation_reader import (
    RULE_EVENT_COLUMNS,
    VILLAGE_RULE_COLUMNS,
    rule_event_from_record,
    village_rule_from_record,
)
from dancoso_desktop.storage.consultation_tables import (
    VillageRuleEventRow,
    VillageRuleReviewRow,
    VillageRuleRow,
)
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.tables import UnitRow


def _unit_usage(session: Session, unit_id: int) -> int:
    # A hamlet with a hương ước cannot be deleted, only retired (NĐ 61 keeps the text's history).
    return session.scalar(select(func.count()).select_from(VillageRuleRow)
                          .where(VillageRuleRow.hamlet_id == unit_id)) or 0


if _unit_usage not in commune_service.UNIT_USAGE_CHECKS:
    commune_service.UNIT_USAGE_CHECKS.append(_unit_usage)


def _not_found(rid: int) -> ValidationError:
    return ValidationError(f"Không tìm thấy hương ước, quy ước số {rid}.", f"Village rule {rid} was not found.")


@dataclass
class RuleFilter:
    hamlet_id: int | None = None
    stage: str | None = None
    problem: str | None = None      # a RuleProblem value, or "any"
    search: str = ""
    include_retired: bool = True


@dataclass(frozen=True)
class RuleSummary:
    id: int
    hamlet_id: int
    hamlet: str
    hamlet_retired: bool
    kind: RuleKind
    title: str
    stage: Stage
    households: int | None
    agree: int | None
    adopted_on: date | None
    recognised_on: date | None
    decision_number: str
    next_due: date | None
    last_review: date | None
    problems: tuple[RuleProblem, ...] = field(default=())


@dataclass(frozen=True)
class HamletStage:
    """A hamlet and where its current text stands (the hương ước overview)."""

    hamlet_id: int
    hamlet: str
    households: int | None
    retired: bool
    rule_id: int | None
    title: str
    stage: Stage | None


SORT_COLUMNS = {"id": VillageRuleRow.id, "hamlet": UnitRow.search_key, "title": VillageRuleRow.title_sort,
                "stage": VillageRuleRow.stage, "adopted_on": VillageRuleRow.adopted_on,
                "recognised_on": VillageRuleRow.recognised_on, "next_due": VillageRuleRow.next_due}


class VillageRuleService:
    def __init__(self, ws: Workspace | Database) -> None:
        # Reading needs only the database (reports, the due list); writing a disclosure needs
        # the whole data folder.
        self.ws: Workspace | None = ws if isinstance(ws, Workspace) else None
        self.db: Database = ws.db if isinstance(ws, Workspace) else ws
        self.calendar_service = CalendarService(self.db)

    def calendar(self, year: int | None = None) -> WorkingCalendar:
        return self.calendar_service.calendar(year)

    def _calendar_for(self, r: VillageRule) -> WorkingCalendar:
        days = [d for d in (r.recognised_on, r.adopted_on, r.proposed_on, r.draft_posted_on) if d]
        return self.calendar(max(days).year if days else None)

    # -- reading ------------------------------------------------------------------------------
    def get(self, rid: int) -> VillageRule:
        with self.db.session() as s:
            row = s.get(VillageRuleRow, rid)
            if row is None:
                raise _not_found(rid)
            return self._load(s, [row])[0]

    @staticmethod
    def _load(s: Session, rows: list[VillageRuleRow]) -> list[VillageRule]:
        ids = [r.id for r in rows]
        events: dict[int, list[RuleEvent]] = {i: [] for i in ids}
        reviews: dict[int, list[date]] = {i: [] for i in ids}
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            for e in s.scalars(select(VillageRuleEventRow).where(VillageRuleEventRow.rule_id.in_(chunk))
                               .order_by(VillageRuleEventRow.rule_id, VillageRuleEventRow.position)):
                events[e.rule_id].append(rule_event_from_record({c: getattr(e, c) for c in RULE_EVENT_COLUMNS}))
            for v in s.scalars(select(VillageRuleReviewRow).where(VillageRuleReviewRow.rule_id.in_(chunk))
                               .order_by(VillageRuleReviewRow.rule_id, VillageRuleReviewRow.held_on)):
                reviews[v.rule_id].append(v.held_on)
        names = {u.id: u.name for u in s.scalars(select(UnitRow).where(UnitRow.id.in_({r.hamlet_id for r in rows})))}
        return [village_rule_from_record({c: getattr(r, c) for c in VILLAGE_RULE_COLUMNS},
                                         names.get(r.hamlet_id, ""), events[r.id], reviews[r.id]) for r in rows]

    def records(self, hamlet_id: int | None = None) -> list[VillageRule]:
        with self.db.session() as s:
            q = select(VillageRuleRow).join(UnitRow, UnitRow.id == VillageRuleRow.hamlet_id)
            if hamlet_id is not None:
                q = q.where(VillageRuleRow.hamlet_id == hamlet_id)
            rows = list(s.scalars(q.order_by(UnitRow.position, UnitRow.id, VillageRuleRow.id)))
            return self._load(s, rows)

    def hamlets_overview(self) -> list[HamletStage]:
        """Every hamlet (retired ones only when they have a text) with its latest text's stage."""
        with self.db.session() as s:
            hamlets = list(s.scalars(select(UnitRow).where(UnitRow.kind == UnitKind.HAMLET.value)
                                     .order_by(UnitRow.position, UnitRow.id)))
            latest: dict[int, VillageRuleRow] = {}
            for r in s.scalars(select(VillageRuleRow).order_by(VillageRuleRow.id)):
                # The text in force wins over a later draft; otherwise the latest one.
                prev = latest.get(r.hamlet_id)
                if prev is None or prev.stage != Stage.IN_FORCE.value or r.stage == Stage.IN_FORCE.value:
                    latest[r.hamlet_id] = r
            out = []
            for h in hamlets:
                cur = latest.get(h.id)
                if h.retired and cur is None:
                    continue
                out.append(HamletStage(h.id, h.name, h.households, h.retired, cur.id if cur else None,
                                       cur.title if cur else "", Stage(cur.stage) if cur else None))
            return out

    # -- writing ------------------------------------------------------------------------------
    def save(self, r: VillageRule, *, allow_retired: bool = False) -> VillageRule:
        """Validate and store ``r`` (new when id is None); refused input changes nothing."""
        if r.households is None:
            # The households of the units catalogue are the base unless the form says otherwise.
            with self.db.session() as s:
                unit = s.get(UnitRow, r.hamlet_id) if isinstance(r.hamlet_id, int) else None
                if unit is not None and unit.households is not None:
                    r = replace(r, households=unit.households)
        clean = validate_rule(r)
        calendar = self._calendar_for(clean)
        d = deadlines(clean, calendar)
        with self.db.session() as s:
            hamlet = s.get(UnitRow, clean.hamlet_id)
            if hamlet is None or hamlet.kind != UnitKind.HAMLET.value:
                raise ValidationError("Hãy chọn một thôn, tổ dân phố trong danh mục.",
                                      "Choose a hamlet from the units catalogue.", field="hamlet_id")
            if clean.id is None and hamlet.retired and not allow_retired:
                raise ValidationError(f"“{hamlet.name}” đã ngừng sử dụng (sáp nhập, giải thể): không thêm hương "
                                      "ước, quy ước mới cho thôn này.",
                                      f"“{hamlet.name}” is retired: no new village rule can be added for it.",
                                      field="hamlet_id")
            cols = {
                "hamlet_id": clean.hamlet_id, "kind": clean.kind.value, "title": clean.title,
                "title_sort": collation_string(clean.title),
                "search_key": " ".join(p for p in (fold(clean.title), fold(hamlet.name), fold(clean.decision_number),
                                                   fold(clean.notes[:500])) if p),
                "households": clean.households, "proposed_on": clean.proposed_on,
                "proposal_households": clean.proposal_households, "drafting_team": clean.drafting_team,
                "draft_posted_on": clean.draft_posted_on,
                "adoption_form": clean.adoption_form.value if clean.adoption_form else None,
                "adopted_on": clean.adopted_on, "present": clean.present, "agree": clean.agree,
                "disagree": clean.disagree, "file_sent_on": clean.file_sent_on, "recognised_on": clean.recognised_on,
                "decision_number": clean.decision_number, "refused_on": clean.refused_on,
                "refusal_reason": clean.refusal_reason, "sent_on": clean.sent_on, "stage": stage(clean).value,
                "next_due": d.pending(clean), "last_review": max(clean.reviews) if clean.reviews else None,
                "problems": problems_to_mask(static_problems(clean, calendar)), "notes": clean.notes,
                "updated_at": datetime.now(),
            }
            row: VillageRuleRow
            if clean.id is None:
                row = VillageRuleRow(**cols)
                s.add(row)
            else:
                found = s.get(VillageRuleRow, clean.id)
                if found is None:
                    raise _not_found(clean.id)
                row = found
                for key, value in cols.items():
                    setattr(row, key, value)
                s.execute(delete(VillageRuleEventRow).where(VillageRuleEventRow.rule_id == row.id))
                s.execute(delete(VillageRuleReviewRow).where(VillageRuleReviewRow.rule_id == row.id))
            s.flush()
            if clean.events:
                s.execute(insert(VillageRuleEventRow), [
                    {"rule_id": row.id, "position": i, "kind": e.kind.value, "scope": e.scope.value,
                     "trigger_on": e.trigger_on, "decided_on": e.decided_on, "decision_number": e.decision_number,
                     "reason": e.reason, "fix_by": e.fix_by} for i, e in enumerate(clean.events)])
            if clean.reviews:
                s.execute(insert(VillageRuleReviewRow), [{"rule_id": row.id, "held_on": d_} for d_ in clean.reviews])
            return replace(clean, id=row.id, hamlet_name=hamlet.name)

    def delete(self, rid: int) -> VillageRule:
        record = self.get(rid)
        with self.db.session() as s:
            row = s.get(VillageRuleRow, rid)
            if row is not None:
                s.delete(row)
        return record

    def restore(self, r: VillageRule) -> VillageRule:
        """Put back a deleted text (undo); allowed even if its hamlet was retired meanwhile."""
        return self.save(replace(r, id=None), allow_retired=True)

    def recheck(self) -> int:
        """Recompute the stored stage, next deadline and checks (after the calendar's day swaps
        changed); only rows whose values moved are written. Returns how many."""
        self.calendar_service = CalendarService(self.db)     # read the swaps again
        changed = 0
        records = self.records()
        with self.db.session() as s:
            for r in records:
                calendar = self._calendar_for(r)
                values = (stage(r).value, deadlines(r, calendar).pending(r),
                          problems_to_mask(static_problems(r, calendar)))
                row = s.get(VillageRuleRow, r.id)
                if row is not None and (row.stage, row.next_due, row.problems) != values:
                    row.stage, row.next_due, row.problems = values
                    changed += 1
        return changed

    # -- the register (lazy model) --------------------------------------------------------------
    @staticmethod
    def _where(f: RuleFilter, today: date) -> list[Any]:
        cond: list[Any] = []
        if f.hamlet_id is not None:
            cond.append(VillageRuleRow.hamlet_id == f.hamlet_id)
        if f.stage:
            cond.append(VillageRuleRow.stage == f.stage)
        if not f.include_retired:
            cond.append(UnitRow.retired.is_(False))
        for word in fold(f.search).split():
            cond.append(VillageRuleRow.search_key.contains(word, autoescape=True))
        if today > review_day(today.year):
            review_missing: Any = and_(VillageRuleRow.stage == Stage.IN_FORCE.value,
                                       VillageRuleRow.recognised_on < review_day(today.year),
                                       or_(VillageRuleRow.last_review.is_(None),
                                           VillageRuleRow.last_review < date(today.year, 1, 1)))
        else:
            review_missing = VillageRuleRow.id < 0      # this year's review day has not come yet
        overdue = VillageRuleRow.next_due < today
        if f.problem == "any":
            cond.append(or_(VillageRuleRow.problems != 0, overdue, review_missing))
        elif f.problem == RuleProblem.OVERDUE.value:
            cond.append(overdue)
        elif f.problem == RuleProblem.REVIEW_MISSING.value:
            cond.append(review_missing)
        elif f.problem:
            bit = 1 << tuple(RuleProblem).index(RuleProblem(f.problem))
            cond.append(VillageRuleRow.problems.op("&")(bit) != 0)
        return cond

    def page(self, f: RuleFilter, *, order: str = "hamlet", descending: bool = False, offset: int = 0,
             limit: int = 200, today: date | None = None) -> list[RuleSummary]:
        today = today or date.today()
        col = SORT_COLUMNS.get(order, UnitRow.search_key)
        sort = col.desc() if descending else col.asc()
        with self.db.session() as s:
            rows = s.execute(select(VillageRuleRow, UnitRow.name, UnitRow.retired)
                             .join(UnitRow, UnitRow.id == VillageRuleRow.hamlet_id).where(*self._where(f, today))
                             .order_by(sort, VillageRuleRow.id).offset(offset).limit(limit)).all()
            return [self._summary(r, name, retired, today) for r, name, retired in rows]

    def count(self, f: RuleFilter, today: date | None = None) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(VillageRuleRow)
                            .join(UnitRow, UnitRow.id == VillageRuleRow.hamlet_id)
                            .where(*self._where(f, today or date.today()))) or 0

    @staticmethod
    def _summary(r: VillageRuleRow, hamlet: str, retired: bool, today: date) -> RuleSummary:
        problems = problems_from_mask(r.problems)
        if r.next_due is not None and r.next_due < today:
            problems.append(RuleProblem.OVERDUE)
        day = review_day(today.year)
        if (r.stage == Stage.IN_FORCE.value and r.recognised_on is not None and r.recognised_on < day < today
                and (r.last_review is None or r.last_review.year < today.year)):
            problems.append(RuleProblem.REVIEW_MISSING)
        return RuleSummary(r.id, r.hamlet_id, hamlet, bool(retired), RuleKind(r.kind), r.title, Stage(r.stage),
                           r.households, r.agree, r.adopted_on, r.recognised_on, r.decision_number, r.next_due,
                           r.last_review, tuple(problems))

    def today(self) -> date:
        return date.today()
