"""Recording community decisions: clean, check, compute the result and deadlines, store.

One save is one unit of work: the decision and its per-hamlet figures are written in one
transaction, or nothing is. The stored summaries (result, totals, checks, deadlines, folded
search text, Vietnamese sort string) let the register filter, sort and page in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from dancoso_desktop.domain.decision import (
    Decision,
    DismissalGround,
    DocKind,
    ElectionKind,
    HamletVote,
    Matter,
    Proposer,
    Recognition,
    Scope,
    VoteForm,
)
from dancoso_desktop.domain.decision_rules import (
    NEEDS_RECOGNITION,
    Problem,
    Verdict,
    check_count,
    check_decision,
    check_vote,
    problems_to_mask,
    recognition_due,
    send_due,
    static_problems,
    verdict,
)
from dancoso_desktop.domain.disclosure import collation_string
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.hamlet_head import HamletHead, term_end
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.domain.text import clean_line, clean_text, fold
from dancoso_desktop.domain.working_days import WorkingCalendar
from dancoso_desktop.services import commune_service
from dancoso_desktop.services.calendar_service import CalendarService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.decision_reader import (
    DECISION_COLUMNS,
    VOTE_COLUMNS,
    decision_from_record,
    election_json,
)
from dancoso_desktop.storage.decision_tables import DecisionRow, DecisionVoteRow, HamletHeadRow
from dancoso_desktop.storage.tables import UnitRow

MAX_TITLE = 2000
MAX_TEXT = 20_000


def _not_found(decision_id: int) -> ValidationError:
    return ValidationError(f"Không tìm thấy quyết định số {decision_id}.", f"Decision {decision_id} was not found.")


def _unit_usage(session: Session, unit_id: int) -> int:
    # A hamlet with decisions cannot be deleted, only retired (issue 12, bad input).
    return session.scalar(select(func.count()).select_from(DecisionVoteRow)
                          .where(DecisionVoteRow.unit_id == unit_id)) or 0


if _unit_usage not in commune_service.UNIT_USAGE_CHECKS:
    commune_service.UNIT_USAGE_CHECKS.append(_unit_usage)


def _text(value: str | None, *, vi: str, en: str, limit: int, multiline: bool = True, field: str) -> str:
    text = clean_text(value, multiline=multiline)
    if len(text) > limit:
        raise ValidationError(f"{vi} quá dài ({len(text):,} ký tự, tối đa {limit:,}).".replace(",", "."),
                              f"{en} is too long ({len(text):,} characters, at most {limit:,}).", field=field)
    return text


def clean_decision(d: Decision) -> Decision:
    """NFC and trimmed texts, whole counts, enums checked; raises on anything impossible."""
    check_year(d.year)
    try:
        matter = Matter(int(d.matter))
        scope, proposer, form = Scope(d.scope), Proposer(d.proposer), VoteForm(d.form)
        doc_kind, recognition = DocKind(d.doc_kind), Recognition(d.recognition)
    except (ValueError, TypeError) as exc:
        raise ValidationError(f"Giá trị không hợp lệ: {exc}.", f"Invalid value: {exc}.") from None
    title = _text(d.title, vi="Nội dung", en="The matter", limit=MAX_TITLE, multiline=False, field="title")
    votes = [check_vote(replace(v, hamlet_name=clean_line(v.hamlet_name)[:300])) for v in d.votes]
    election = None
    if d.election is not None:
        e = d.election
        election = replace(
            e, kind=ElectionKind(e.kind), ground=DismissalGround(e.ground),
            candidates=_text(e.candidates, vi="Người ứng cử", en="Candidates", limit=MAX_TEXT, field="candidates"),
            elected_name=_text(e.elected_name, vi="Người trúng cử", en="Elected", limit=300, multiline=False,
                               field="elected_name"),
            interim_name=_text(e.interim_name, vi="Người tạm phụ trách", en="Interim head", limit=300,
                               multiline=False, field="interim_name"),
            term_years=check_count(e.term_years, vi="Nhiệm kỳ (năm)", en="Term (years)", field="term_years"))
        if not 1 <= election.term_years <= 10:
            raise ValidationError("Nhiệm kỳ phải từ 1 đến 10 năm.", "The term must be 1 to 10 years.",
                                  field="term_years")
    if recognition is Recognition.NOT_NEEDED and matter in NEEDS_RECOGNITION:
        recognition = Recognition.PENDING
    if matter not in NEEDS_RECOGNITION:
        recognition = Recognition.NOT_NEEDED
    clean = replace(
        d, matter=matter, scope=scope, proposer=proposer, form=form, doc_kind=doc_kind, recognition=recognition,
        title=title, votes=votes, election=election,
        place=_text(d.place, vi="Địa điểm", en="The place", limit=500, multiline=False, field="place"),
        content=_text(d.content, vi="Nội dung quyết định", en="The content", limit=MAX_TEXT, field="content"),
        notes=_text(d.notes, vi="Ghi chú", en="The notes", limit=MAX_TEXT, field="notes"),
        recognition_number=_text(d.recognition_number, vi="Số quyết định công nhận", en="Recognition number",
                                 limit=100, multiline=False, field="recognition_number"))
    if clean.proposer is not Proposer.CITIZENS:
        clean = replace(clean, proposal_households=None)
    check_decision(clean)
    return clean


def summary_columns(d: Decision, calendar: WorkingCalendar) -> dict[str, Any]:
    """What the register stores beside the record (computed, never typed)."""
    result = verdict(d)
    names = d.hamlet_names
    return {
        "year": d.year, "matter": int(d.matter), "title": d.title, "title_sort": collation_string(d.title),
        "search_key": " ".join(p for p in (fold(d.title), fold(names), fold(d.place), fold(d.notes[:500])) if p),
        "scope": d.scope.value, "proposer": d.proposer.value, "form": d.form.value, "doc_kind": d.doc_kind.value,
        "proposal_date": d.proposal_date, "proposal_households": d.proposal_households,
        "notice_date": d.notice_date, "documents_date": d.documents_date,
        "meeting_lacked": d.meeting_lacked_households, "ballot_plan_issued": d.ballot_plan_issued,
        "ballot_plan_sent": d.ballot_plan_sent, "ballot_notice_date": d.ballot_notice_date,
        "ballot_start": d.ballot_start, "prepoll_for": d.prepoll_for, "vote_date": d.vote_date,
        "decision_date": d.decision_date, "sent_on": d.sent_on,
        "send_due": send_due(d.vote_date, calendar) if d.vote_date else None,
        "received_on": d.received_on, "recognition": d.recognition.value, "recognised_on": d.recognised_on,
        "recognition_due": recognition_due(d.received_on, calendar)
        if d.received_on and d.matter in NEEDS_RECOGNITION else None,
        "recognition_number": d.recognition_number, "place": d.place, "content": d.content, "notes": d.notes,
        "election": election_json(d.election),
        "passed": None if result is None else result.passed, "rule": result.rule if result else "",
        "result_text": result.text_vi if result else "", "hamlets": names,
        "households": sum(v.households for v in d.votes), "present": sum(v.present for v in d.votes),
        "votes_for": sum(v.votes_for for v in d.votes),
        "problems": problems_to_mask(static_problems(d, calendar)), "updated_at": datetime.now(),
    }


def date_problems(send_due_on: date | None, sent_on: date | None, recognition: str,
                  recognition_due_on: date | None, today: date) -> list[Problem]:
    out = []
    if send_due_on is not None and sent_on is None and send_due_on < today:
        out.append(Problem.NOT_SENT)
    if recognition == Recognition.PENDING.value and recognition_due_on is not None and recognition_due_on < today:
        out.append(Problem.RECOGNITION_OVERDUE)
    return out


class DecisionService:
    def __init__(self, ws: Workspace | Database) -> None:
        # Reports and the due list hold only the Database; the window and the CLI a Workspace.
        self.db = ws if isinstance(ws, Database) else ws.db
        self.calendar_service = CalendarService(self.db)

    def calendar(self, year: int | None = None) -> WorkingCalendar:
        return self.calendar_service.calendar(year)

    def today(self) -> date:
        return date.today()

    # -- hamlets ------------------------------------------------------------------------------
    def hamlet_votes(self, unit_ids: Iterable[int] | None = None) -> list[HamletVote]:
        """Empty figures for the hamlets (all active ones, or those given), with the households
        of the units catalogue as the default total (editable for the day)."""
        hamlets = commune_service.CommuneService(self.db).hamlets()
        wanted = None if unit_ids is None else list(unit_ids)
        out = [HamletVote(h.id, h.households or 0, hamlet_name=h.name) for h in hamlets
               if wanted is None or h.id in wanted]
        return out

    # -- reading ------------------------------------------------------------------------------
    def get(self, decision_id: int) -> Decision:
        with self.db.session() as s:
            row = s.get(DecisionRow, decision_id)
            if row is None:
                raise _not_found(decision_id)
            votes = s.scalars(select(DecisionVoteRow).where(DecisionVoteRow.decision_id == row.id)
                              .order_by(DecisionVoteRow.position)).all()
            return self._decision(row, votes)

    @staticmethod
    def _decision(row: DecisionRow, votes: Iterable[DecisionVoteRow]) -> Decision:
        return decision_from_record({c: getattr(row, c) for c in DECISION_COLUMNS},
                                    ({c: getattr(v, c) for c in VOTE_COLUMNS} for v in votes))

    def decisions(self, year: int) -> list[Decision]:
        """Every decision of a year with its figures, in vote-date order (CLI, exports)."""
        with self.db.session() as s:
            rows = s.scalars(select(DecisionRow).where(DecisionRow.year == year)
                             .order_by(DecisionRow.vote_date, DecisionRow.id)).all()
            votes: dict[int, list[DecisionVoteRow]] = {r.id: [] for r in rows}
            for v in s.scalars(select(DecisionVoteRow).join(DecisionRow).where(DecisionRow.year == year)
                               .order_by(DecisionVoteRow.decision_id, DecisionVoteRow.position)):
                votes[v.decision_id].append(v)
            return [self._decision(r, votes[r.id]) for r in rows]

    def upcoming(self, today: date, limit: int = 500) -> list[Decision]:
        """Decisions whose meeting or ballot is today or later (their notices are still ahead)."""
        with self.db.session() as s:
            rows = s.scalars(select(DecisionRow).where(DecisionRow.vote_date >= today)
                             .order_by(DecisionRow.vote_date, DecisionRow.id).limit(limit)).all()
            votes: dict[int, list[DecisionVoteRow]] = {r.id: [] for r in rows}
            if rows:
                for v in s.scalars(select(DecisionVoteRow).where(DecisionVoteRow.decision_id.in_(list(votes)))
                                   .order_by(DecisionVoteRow.decision_id, DecisionVoteRow.position)):
                    votes[v.decision_id].append(v)
            return [self._decision(r, votes[r.id]) for r in rows]

    def upcoming_elections(self, today: date) -> list[Decision]:
        """Hamlet-head elections whose meeting is today or later (the countdown), with figures."""
        with self.db.session() as s:
            rows = s.scalars(select(DecisionRow).where(DecisionRow.election != "", DecisionRow.vote_date >= today)
                             .order_by(DecisionRow.vote_date, DecisionRow.id).limit(200)).all()
            out = []
            for r in rows:
                votes = s.scalars(select(DecisionVoteRow).where(DecisionVoteRow.decision_id == r.id)
                                  .order_by(DecisionVoteRow.position)).all()
                out.append(self._decision(r, votes))
            return out

    def reelections_due(self) -> list[tuple[Decision, date]]:
        """Recognised dismissals with no later election in the hamlet: a new election is decided
        ≤ 60 days after the dismissal is recognised (NĐ 59 Art. 9.3)."""
        from dancoso_desktop.domain.hamlet_head import reelection_due

        with self.db.session() as s:
            rows = s.scalars(select(DecisionRow).where(DecisionRow.election.like('%"dismissal"%'),
                                                       DecisionRow.recognition == Recognition.RECOGNISED.value)).all()
            out = []
            for r in rows:
                votes = s.scalars(select(DecisionVoteRow).where(DecisionVoteRow.decision_id == r.id)).all()
                d = self._decision(r, votes)
                if d.election is None or d.election.kind is not ElectionKind.DISMISSAL or not d.votes:
                    continue
                start = d.recognised_on or d.vote_date
                if start is None:
                    continue
                later = s.scalar(select(func.count()).select_from(DecisionRow)
                                 .join(DecisionVoteRow, DecisionVoteRow.decision_id == DecisionRow.id)
                                 .where(DecisionVoteRow.unit_id == d.votes[0].unit_id,
                                        DecisionRow.election.like('%"election"%'), DecisionRow.vote_date >= start))
                if not later:
                    out.append((d, reelection_due(start)))
            return out

    def problems(self, d: Decision, today: date | None = None) -> list[Problem]:
        today = today or self.today()
        cal = self.calendar(d.year)
        cols = summary_columns(d, cal)
        return static_problems(d, cal) + date_problems(cols["send_due"], d.sent_on, d.recognition.value,
                                                       cols["recognition_due"], today)

    def evaluate(self, d: Decision) -> tuple[Verdict | None, dict[str, date | None]]:
        """The result and the deadlines of a (possibly unsaved) record: for the form as you type."""
        cal = self.calendar(d.year)
        cols = summary_columns(d, cal)
        return verdict(d), {"send_due": cols["send_due"], "recognition_due": cols["recognition_due"]}

    # -- writing ------------------------------------------------------------------------------
    def save(self, decision: Decision) -> Decision:
        clean = clean_decision(decision)
        columns = summary_columns(clean, self.calendar(clean.year))
        with self.db.session() as s:
            for v in clean.votes:
                if v.unit_id is not None:
                    unit = s.get(UnitRow, v.unit_id)
                    if unit is None:
                        raise ValidationError(f"{v.hamlet_name} không còn trong danh mục.",
                                              f"{v.hamlet_name} is no longer in the catalogue.", field="votes")
            if clean.id is None:
                row = DecisionRow(**columns)
                s.add(row)
            else:
                found = s.get(DecisionRow, clean.id)
                if found is None:
                    raise _not_found(clean.id)
                row = found
                for key, value in columns.items():
                    setattr(row, key, value)
                s.execute(delete(DecisionVoteRow).where(DecisionVoteRow.decision_id == row.id))
            s.flush()
            if clean.votes:
                s.execute(insert(DecisionVoteRow), [
                    {"decision_id": row.id, "position": i, "unit_id": v.unit_id, "hamlet_name": v.hamlet_name,
                     "households": v.households, "present": v.present, "votes_for": v.votes_for,
                     "votes_against": v.votes_against, "votes_blank": v.votes_blank, "clusters": v.clusters}
                    for i, v in enumerate(clean.votes)])
            clean = replace(clean, id=row.id)
            self._update_head(s, clean, columns["passed"])
        return clean

    @staticmethod
    def _update_head(s: Session, d: Decision, passed: bool | None) -> None:
        """A recognised election sets the hamlet's head and term; a recognised dismissal leaves
        the post to the interim head (NĐ 59 Art. 8, 9)."""
        e = d.election
        if e is None or not d.votes or d.votes[0].unit_id is None or d.recognition is not Recognition.RECOGNISED:
            return
        unit_id = d.votes[0].unit_id
        row = s.get(HamletHeadRow, unit_id) or HamletHeadRow(unit_id=unit_id, interim=False)
        if e.kind is ElectionKind.ELECTION and passed and e.elected_name:
            start = d.recognised_on or d.vote_date
            row.name, row.term_start = e.elected_name, start
            row.term_end = term_end(start, e.term_years) if start else None
            row.interim, row.interim_until = False, None
        elif e.kind is ElectionKind.DISMISSAL and passed:
            from dancoso_desktop.domain.decision_rules import add_months
            from dancoso_desktop.domain.hamlet_head import INTERIM_MONTHS

            start = d.recognised_on or d.vote_date
            row.name, row.interim = e.interim_name, True
            row.term_start, row.term_end = start, None
            row.interim_until = add_months(start, INTERIM_MONTHS) if start else None
        else:
            return
        row.decision_id = d.id
        s.add(row)

    def delete(self, decision_id: int) -> Decision:
        """Delete a decision and return it (so undo can put it back)."""
        d = self.get(decision_id)
        with self.db.session() as s:
            row = s.get(DecisionRow, decision_id)
            if row is not None:
                s.delete(row)
        return d

    def restore(self, d: Decision) -> Decision:
        return self.save(replace(d, id=None))

    def bulk_insert(self, decisions: Iterable[Decision]) -> int:
        """Many decisions in one transaction (demo --scale 100): checked, then executemany."""
        n = 0
        with self.db.session() as s:
            next_id = (s.scalar(select(func.max(DecisionRow.id))) or 0) + 1
            main: list[dict[str, Any]] = []
            votes: list[dict[str, Any]] = []
            cals: dict[int, WorkingCalendar] = {}
            for d in decisions:
                clean = clean_decision(d)
                cal = cals.get(clean.year) or cals.setdefault(clean.year, self.calendar(clean.year))
                cols = summary_columns(clean, cal)
                cols["id"] = next_id
                main.append(cols)
                votes.extend({"decision_id": next_id, "position": i, "unit_id": v.unit_id,
                              "hamlet_name": v.hamlet_name, "households": v.households, "present": v.present,
                              "votes_for": v.votes_for, "votes_against": v.votes_against,
                              "votes_blank": v.votes_blank, "clusters": v.clusters}
                             for i, v in enumerate(clean.votes))
                next_id += 1
                n += 1
                if len(main) >= 5000:
                    s.execute(insert(DecisionRow), main)
                    s.execute(insert(DecisionVoteRow), votes)
                    main.clear()
                    votes.clear()
            if main:
                s.execute(insert(DecisionRow), main)
            if votes:
                s.execute(insert(DecisionVoteRow), votes)
        return n

    # -- hamlet heads -------------------------------------------------------------------------
    def heads(self) -> list[HamletHead]:
        """Every active hamlet with its current head (empty when not recorded)."""
        hamlets = commune_service.CommuneService(self.db).hamlets()
        with self.db.session() as s:
            rows = {r.unit_id: r for r in s.scalars(select(HamletHeadRow))}
        out = []
        for h in hamlets:
            r = rows.get(h.id or 0)
            out.append(HamletHead(h.id or 0, r.name if r else "", r.term_start if r else None,
                                  r.term_end if r else None, bool(r.interim) if r else False,
                                  r.interim_until if r else None, r.decision_id if r else None, h.name))
        return out

    def set_head(self, head: HamletHead) -> HamletHead:
        name = _text(head.name, vi="Họ tên Trưởng thôn", en="Hamlet head", limit=300, multiline=False, field="name")
        if head.term_start and head.term_end and head.term_end < head.term_start:
            raise ValidationError("Nhiệm kỳ kết thúc trước khi bắt đầu.", "The term ends before it starts.",
                                  field="term_end")
        with self.db.session() as s:
            if s.get(UnitRow, head.unit_id) is None:
                raise ValidationError("Không tìm thấy thôn.", "Hamlet not found.")
            row = s.get(HamletHeadRow, head.unit_id) or HamletHeadRow(unit_id=head.unit_id)
            row.name, row.term_start, row.term_end = name, head.term_start, head.term_end
            row.interim, row.interim_until = head.interim, head.interim_until
            row.decision_id = head.decision_id
            s.add(row)
        return replace(head, name=name)

    # -- JSON (CLI) ---------------------------------------------------------------------------
    def to_json(self, d: Decision, today: date | None = None) -> dict[str, Any]:
        result = verdict(d)
        cal = self.calendar(d.year)
        cols = summary_columns(d, cal)
        problems = [p.value for p in self.problems(d, today)]
        return {
            "id": d.id, "year": d.year, "item": int(d.matter), "title": d.title, "scope": d.scope.value,
            "proposer": d.proposer.value, "form": d.form.value, "vote_date": d.vote_date,
            "decision_date": d.decision_date, "sent_on": d.sent_on, "send_due": cols["send_due"],
            "recognition": d.recognition.value, "recognition_due": cols["recognition_due"],
            "hamlets": [{"unit_id": v.unit_id, "name": v.hamlet_name, "households": v.households,
                         "present": v.present, "for": v.votes_for, "against": v.votes_against,
                         "other": v.votes_blank,
                         "passed": r.passed if r else None}
                        for v, r in zip(d.votes, result.hamlets if result else [None] * len(d.votes),
                                        strict=True)],
            "passed": result.passed if result else None, "rule": result.rule if result else None,
            "result": result.text_vi if result else "",
            "problems": problems,
            "election": None if d.election is None else {
                "kind": d.election.kind.value, "elected": d.election.elected_name,
                "plan_date": d.election.plan_date, "candidates_date": d.election.candidates_date,
                "team_date": d.election.team_date, "notices_date": d.election.notices_date},
        }

