"""The supervision boards (BTTND xã, agency BTTND, BGSĐTCĐ): members, programmes and reports,
checks, recommendations and the UBND's replies (issue 13 items 1, 2, 7).

Every save cleans the text (NFC, no control characters, bounded length) and checks the rules of
``domain/supervision_rules.py`` before writing; a board is saved whole with its members in one
transaction, so a refused board leaves the database as it was. Hostile text (``=cmd``, ``<b>``)
is kept as typed; the renderers and the spreadsheet writer print it literally.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR, check_year
from dancoso_desktop.domain.supervision import (
    AgencyRole,
    Board,
    BoardCheck,
    BoardDoc,
    BoardKind,
    BoardMember,
    BoardRecommendation,
    CheckKind,
    Clock,
    DocKind,
    MemberRole,
    PeriodKind,
)
from dancoso_desktop.domain.supervision_rules import (
    check_board,
    check_reply,
    investor_clock,
    investor_notice_deadline,
    notice_clock,
    notice_deadline,
    period_bounds,
    reply_clock,
    reply_due,
)
from dancoso_desktop.domain.text import clean_line, clean_text, fold
from dancoso_desktop.services.calendar_service import CalendarService
from dancoso_desktop.services.commune_service import UNIT_USAGE_CHECKS
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.supervision_reader import (
    BOARD_COLUMNS,
    DOC_COLUMNS,
    board_from_record,
    doc_from_record,
)
from dancoso_desktop.storage.supervision_tables import (
    PetitionRow,
    SupervisionBoardRow,
    SupervisionCheckRow,
    SupervisionDocRow,
    SupervisionMemberRow,
    SupervisionRecommendationRow,
)
from dancoso_desktop.storage.tables import UnitRow

MAX_SHORT = 500
MAX_LONG = 100_000
# Units whose people are commune staff (Law Art. 37.2, 42): the departments and public units of
# the catalogue. The Front and the mass organisations send members to the boards (§2.5).
STAFF_UNIT_KINDS = (UnitKind.DEPARTMENT.value, UnitKind.PUBLIC_UNIT.value)


def short(text: str | None, vi: str, en: str, field: str, *, required: bool = False) -> str:
    value = clean_line(text)
    if required and not value:
        raise ValidationError(f"{vi} không được để trống.", f"{en} must not be empty.", field=field)
    if len(value) > MAX_SHORT:
        raise ValidationError(f"{vi} quá dài ({len(value):,} ký tự; tối đa {MAX_SHORT}).".replace(",", "."),
                              f"{en} is too long ({len(value):,} characters; at most {MAX_SHORT}).", field=field)
    return value


def long(text: str | None, vi: str, en: str, field: str, *, required: bool = False) -> str:
    value = clean_text(text)
    if required and not value:
        raise ValidationError(f"{vi} không được để trống.", f"{en} must not be empty.", field=field)
    if len(value) > MAX_LONG:
        raise ValidationError(f"{vi} quá dài ({len(value):,} ký tự; tối đa {MAX_LONG:,}).".replace(",", "."),
                              f"{en} is too long ({len(value):,} characters; at most {MAX_LONG:,}).", field=field)
    return value


def check_date(d: date | None, vi: str, en: str, field: str) -> None:
    if d is not None and not MIN_YEAR <= d.year <= MAX_YEAR:
        raise ValidationError(f"{vi}: năm {d.year} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.",
                              f"{en}: year {d.year} is outside {MIN_YEAR}–{MAX_YEAR}.", field=field)


def words_filter(column: Any, search: str) -> list[Any]:
    """One LIKE per folded word of the search (tone marks and case ignored)."""
    out = []
    for word in fold(search).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        out.append(column.like(f"%{escaped}%", escape="\\"))
    return out


# -- what the registers list -------------------------------------------------------------------
@dataclass(frozen=True)
class CheckRow:
    id: int
    board_id: int
    board_kind: BoardKind
    board_name: str
    kind: CheckKind
    title: str
    subject: str
    starts_on: date
    notified_on: date | None
    notice_due: date | None          # None: no notice rule (BGSĐTCĐ sessions, agency board)
    notice: Clock
    findings: str
    confirmed_by_mttq: bool
    recommendations: int


@dataclass(frozen=True)
class RecommendationRow:
    id: int
    board_id: int
    board_kind: BoardKind
    board_name: str
    check_id: int | None
    text: str
    addressee: str
    received_on: date
    due: date
    reply_on: date | None
    reply_text: str
    clock: Clock


@dataclass(frozen=True)
class RecommendationFilter:
    year: int | None = None
    search: str = ""
    board_kind: BoardKind | None = None
    clock: Clock | None = None        # OPEN, OVERDUE, ON_TIME, LATE


def board_kind_checks_notice(kind: BoardKind) -> bool:
    """Only the BTTND xã's check plans have the ≥ 5 working-day notice (NĐ 59 Art. 14.1.b)."""
    return kind is BoardKind.COMMUNE_BTTND


class SupervisionService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.calendar = CalendarService(db)

    def today(self) -> date:
        return date.today()

    # -- boards --------------------------------------------------------------------------------
    @staticmethod
    def _board(row: SupervisionBoardRow, members: list[SupervisionMemberRow]) -> Board:
        return board_from_record({c: getattr(row, c) for c in BOARD_COLUMNS},
                                 [BoardMember(m.name, MemberRole(m.role), m.hamlet_id, m.employer_unit_id,
                                              AgencyRole(m.agency_role), m.note, m.id) for m in members])

    def _members(self, s: Session, board_id: int) -> list[SupervisionMemberRow]:
        return list(s.scalars(select(SupervisionMemberRow).where(SupervisionMemberRow.board_id == board_id)
                              .order_by(SupervisionMemberRow.position, SupervisionMemberRow.id)))

    def boards(self, kind: BoardKind | None = None) -> list[Board]:
        with self.db.session() as s:
            q = select(SupervisionBoardRow).order_by(SupervisionBoardRow.id)
            if kind is not None:
                q = q.where(SupervisionBoardRow.kind == kind.value)
            boards = [self._board(r, self._members(s, r.id)) for r in s.scalars(q)]
        order = list(BoardKind)      # the commune BTTND first, then the agency's, then the projects'
        return sorted(boards, key=lambda b: (order.index(b.kind), b.dissolved_on is not None, b.id or 0))

    def get_board(self, board_id: int) -> Board:
        with self.db.session() as s:
            row = s.get(SupervisionBoardRow, board_id)
            if row is None:
                raise ValidationError(f"Không tìm thấy Ban số {board_id}.", f"No board {board_id}.")
            return self._board(row, self._members(s, board_id))

    def hamlet_ids(self) -> list[int]:
        with self.db.session() as s:
            return list(s.scalars(select(UnitRow.id).where(UnitRow.kind == UnitKind.HAMLET.value,
                                                           UnitRow.retired.is_(False)).order_by(UnitRow.position,
                                                                                                UnitRow.id)))

    def staff_unit_ids(self) -> list[int]:
        with self.db.session() as s:
            return list(s.scalars(select(UnitRow.id).where(UnitRow.kind.in_(STAFF_UNIT_KINDS))))

    def clean_board(self, board: Board) -> Board:
        members = []
        for m in board.members:
            name = short(m.name, "Họ tên thành viên", "Member name", "members")
            if not name:
                continue
            members.append(replace(m, name=name, role=MemberRole(m.role), agency_role=AgencyRole(m.agency_role),
                                   note=short(m.note, "Ghi chú", "Note", "members")))
        for d, vi, en, f in ((board.term_start, "Ngày bắt đầu nhiệm kỳ", "Term start", "term_start"),
                             (board.term_end, "Ngày kết thúc nhiệm kỳ", "Term end", "term_end"),
                             (board.supervision_start, "Ngày bắt đầu giám sát", "Supervision start",
                              "supervision_start"),
                             (board.investor_notified_on, "Ngày thông báo chủ đầu tư", "Investor notice",
                              "investor_notified_on"),
                             (board.dissolved_on, "Ngày giải thể", "Dissolved on", "dissolved_on")):
            check_date(d, vi, en, f)
        if board.agency_staff is not None and board.agency_staff < 0:
            raise ValidationError("Số cán bộ không được âm.", "The staff count must not be negative.",
                                  field="agency_staff")
        return replace(
            board, kind=BoardKind(board.kind), members=members,
            name=short(board.name, "Tên Ban", "Board name", "name", required=True),
            project_name=short(board.project_name, "Tên dự án", "Project name", "project_name"),
            investor=short(board.investor, "Chủ đầu tư", "Investor", "investor"),
            place=short(board.place, "Địa điểm", "Place", "place"),
            note=long(board.note, "Ghi chú", "Note", "note"))

    def validate_board(self, board: Board) -> Board:
        """The cleaned board, or a ValidationError (nothing written)."""
        clean = self.clean_board(board)
        hamlets = self.hamlet_ids()
        staff_units = self.staff_unit_ids()
        known = set(hamlets) | set(staff_units)
        with self.db.session() as s:
            known |= set(s.scalars(select(UnitRow.id)))
        for m in clean.members:
            for uid in (m.hamlet_id, m.employer_unit_id):
                if uid is not None and uid not in known:
                    raise ValidationError(f"Không tìm thấy đơn vị số {uid}.", f"No unit {uid}.", field="members")
        check_board(clean, hamlet_ids=hamlets, commune_unit_ids=staff_units)
        return clean

    def save_board(self, board: Board) -> Board:
        clean = self.validate_board(board)
        with self.db.session() as s:
            row = s.get(SupervisionBoardRow, clean.id) if clean.id is not None else None
            if row is None:
                row = SupervisionBoardRow(kind=clean.kind.value)
                if clean.id is not None:
                    row.id = clean.id      # undo of a delete puts the board back with its id
                s.add(row)
            row.kind = clean.kind.value
            row.name = clean.name
            row.term_start, row.term_end = clean.term_start, clean.term_end
            row.project_name, row.investor, row.place = clean.project_name, clean.investor, clean.place
            row.project_value = clean.project_value
            row.supervision_start, row.investor_notified_on = clean.supervision_start, clean.investor_notified_on
            row.agency_staff, row.dissolved_on, row.note = clean.agency_staff, clean.dissolved_on, clean.note
            row.search_key = fold(" ".join((clean.name, clean.project_name, clean.investor, clean.place,
                                            *(m.name for m in clean.members))))
            s.flush()
            for old in self._members(s, row.id):
                s.delete(old)
            s.flush()
            for i, m in enumerate(clean.members):
                s.add(SupervisionMemberRow(board_id=row.id, position=i, name=m.name, role=m.role.value,
                                           hamlet_id=m.hamlet_id, employer_unit_id=m.employer_unit_id,
                                           agency_role=m.agency_role.value, note=m.note))
            s.flush()
            return self._board(row, self._members(s, row.id))

    def delete_board(self, board_id: int) -> None:
        """Delete a board and its members; a board with checks, programmes, reports or
        recommendations is refused (enter its dissolution date instead)."""
        with self.db.session() as s:
            used = sum(int(s.scalar(select(func.count()).select_from(table).where(table.board_id == board_id)) or 0)
                       for table in (SupervisionRecommendationRow, SupervisionCheckRow, SupervisionDocRow))
            if used:
                raise ValidationError(
                    f"Ban đã có {used} hồ sơ (kế hoạch, báo cáo, cuộc kiểm tra, kiến nghị) nên không xóa được; "
                    "hãy ghi ngày giải thể hoặc kết thúc nhiệm kỳ.",
                    f"The board has {used} records (programmes, reports, checks, recommendations) and cannot be "
                    "deleted; enter its dissolution date instead.")
            for m in self._members(s, board_id):
                s.delete(m)
            row = s.get(SupervisionBoardRow, board_id)
            if row is not None:
                s.delete(row)

    def board_clock(self, board: Board, today: date | None = None) -> Clock:
        """The BGSĐTCĐ's notice to the investor (≥ 45 days, Law Art. 45.1.b)."""
        if board.kind is not BoardKind.BGSDTCD:
            return Clock.NONE
        return investor_clock(board.supervision_start, board.investor_notified_on, today or self.today())

    def investor_deadline(self, board: Board) -> date | None:
        return investor_notice_deadline(board.supervision_start) if board.supervision_start else None

    # -- programmes and reports ----------------------------------------------------------------
    @staticmethod
    def _doc(r: SupervisionDocRow) -> BoardDoc:
        return doc_from_record({c: getattr(r, c) for c in DOC_COLUMNS})

    def docs(self, board_id: int | None = None, year: int | None = None) -> list[BoardDoc]:
        with self.db.session() as s:
            q = select(SupervisionDocRow).order_by(SupervisionDocRow.year, SupervisionDocRow.kind,
                                                   SupervisionDocRow.period, SupervisionDocRow.number)
            if board_id is not None:
                q = q.where(SupervisionDocRow.board_id == board_id)
            if year is not None:
                q = q.where(SupervisionDocRow.year == year)
            return [self._doc(r) for r in s.scalars(q)]

    def save_doc(self, doc: BoardDoc) -> BoardDoc:
        check_year(doc.year)
        period = PeriodKind(doc.period)
        number = doc.number if period in (PeriodKind.QUARTER, PeriodKind.HALF) else 1
        if period is not PeriodKind.TERM:
            period_bounds(period, doc.year, number)        # refuses quarter 5, half 3
        check_date(doc.issued_on, "Ngày ban hành", "Issued on", "issued_on")
        clean = replace(doc, kind=DocKind(doc.kind), period=period, number=number,
                        title=short(doc.title, "Tên văn bản", "Title", "title"),
                        content=long(doc.content, "Nội dung", "Content", "content"))
        with self.db.session() as s:
            if s.get(SupervisionBoardRow, clean.board_id) is None:
                raise ValidationError("Không tìm thấy Ban.", "No such board.", field="board_id")
            row = s.get(SupervisionDocRow, clean.id) if clean.id is not None else None
            if row is None:
                row = SupervisionDocRow()
                if clean.id is not None:
                    row.id = clean.id
                s.add(row)
            row.board_id, row.kind, row.period, row.year = clean.board_id, clean.kind.value, period.value, clean.year
            row.number, row.issued_on, row.title, row.content = number, clean.issued_on, clean.title, clean.content
            s.flush()
            return self._doc(row)

    def delete_doc(self, doc_id: int) -> None:
        with self.db.session() as s:
            row = s.get(SupervisionDocRow, doc_id)
            if row is not None:
                s.delete(row)

    # -- checks --------------------------------------------------------------------------------
    @staticmethod
    def _check(r: SupervisionCheckRow) -> BoardCheck:
        return BoardCheck(r.board_id, r.title, r.starts_on, CheckKind(r.kind), r.subject, r.notified_on,
                          r.findings, r.confirmed_by_mttq, r.id)

    def get_check(self, check_id: int) -> BoardCheck:
        with self.db.session() as s:
            row = s.get(SupervisionCheckRow, check_id)
            if row is None:
                raise ValidationError(f"Không tìm thấy cuộc kiểm tra số {check_id}.", f"No check {check_id}.")
            return self._check(row)

    def save_check(self, check: BoardCheck) -> BoardCheck:
        if check.starts_on is None:
            raise ValidationError("Hãy nhập ngày kiểm tra, giám sát.", "Enter the date of the check.",
                                  field="starts_on")
        check_date(check.starts_on, "Ngày kiểm tra", "Check date", "starts_on")
        check_date(check.notified_on, "Ngày gửi kế hoạch", "Notice date", "notified_on")
        if check.notified_on is not None and check.notified_on > check.starts_on:
            raise ValidationError("Ngày gửi kế hoạch không được sau ngày kiểm tra.",
                                  "The plan cannot be sent after the check.", field="notified_on")
        clean = replace(check, kind=CheckKind(check.kind),
                        title=short(check.title, "Nội dung kiểm tra, giám sát", "Check title", "title", required=True),
                        subject=short(check.subject, "Đối tượng", "Subject", "subject"),
                        findings=long(check.findings, "Kết quả", "Findings", "findings"))
        with self.db.session() as s:
            if s.get(SupervisionBoardRow, clean.board_id) is None:
                raise ValidationError("Không tìm thấy Ban.", "No such board.", field="board_id")
            row = s.get(SupervisionCheckRow, clean.id) if clean.id is not None else None
            if row is None:
                row = SupervisionCheckRow()
                if clean.id is not None:
                    row.id = clean.id
                s.add(row)
            row.board_id, row.kind, row.title, row.subject = clean.board_id, clean.kind.value, clean.title, clean.subject
            row.starts_on, row.notified_on, row.findings = clean.starts_on, clean.notified_on, clean.findings
            row.confirmed_by_mttq = bool(clean.confirmed_by_mttq)
            row.search_key = fold(f"{clean.title} {clean.subject} {clean.findings[:2000]}")
            s.flush()
            return self._check(row)

    def delete_check(self, check_id: int) -> None:
        with self.db.session() as s:
            row = s.get(SupervisionCheckRow, check_id)
            if row is not None:
                s.delete(row)

    def check_rows(self, year: int | None = None, search: str = "", board_id: int | None = None,
                   today: date | None = None) -> list[CheckRow]:
        today = today or self.today()
        with self.db.session() as s:
            q = (select(SupervisionCheckRow, SupervisionBoardRow)
                 .join(SupervisionBoardRow, SupervisionBoardRow.id == SupervisionCheckRow.board_id)
                 .order_by(SupervisionCheckRow.starts_on, SupervisionCheckRow.id))
            if year is not None:
                q = q.where(SupervisionCheckRow.starts_on.between(date(year, 1, 1), date(year, 12, 31)))
            if board_id is not None:
                q = q.where(SupervisionCheckRow.board_id == board_id)
            for cond in words_filter(SupervisionCheckRow.search_key, search):
                q = q.where(cond)
            rows = s.execute(q).all()
            counts = dict(s.execute(select(SupervisionRecommendationRow.check_id, func.count())
                                    .where(SupervisionRecommendationRow.check_id.is_not(None))
                                    .group_by(SupervisionRecommendationRow.check_id)).all())
        cal = self.calendar.calendar(year or today.year) if rows else None
        out = []
        for c, b in rows:
            kind = BoardKind(b.kind)
            if board_kind_checks_notice(kind) and cal is not None:
                due: date | None = notice_deadline(cal, c.starts_on)
                clock = notice_clock(cal, c.notified_on, c.starts_on, today)
            else:
                due, clock = None, Clock.NONE
            out.append(CheckRow(c.id, b.id, kind, b.name, CheckKind(c.kind), c.title, c.subject, c.starts_on,
                                c.notified_on, due, clock, c.findings, c.confirmed_by_mttq, counts.get(c.id, 0)))
        return out

    # -- recommendations -----------------------------------------------------------------------
    @staticmethod
    def _rec(r: SupervisionRecommendationRow) -> BoardRecommendation:
        return BoardRecommendation(r.board_id, r.text, r.received_on, r.check_id, r.addressee, r.reply_on,
                                   r.reply_text, r.id)

    def get_recommendation(self, rec_id: int) -> BoardRecommendation:
        with self.db.session() as s:
            row = s.get(SupervisionRecommendationRow, rec_id)
            if row is None:
                raise ValidationError(f"Không tìm thấy kiến nghị số {rec_id}.", f"No recommendation {rec_id}.")
            return self._rec(row)

    def save_recommendation(self, rec: BoardRecommendation) -> BoardRecommendation:
        if rec.received_on is None:
            raise ValidationError("Hãy nhập ngày UBND nhận kiến nghị.", "Enter the day the UBND received it.",
                                  field="received_on")
        check_date(rec.received_on, "Ngày nhận kiến nghị", "Received on", "received_on")
        check_date(rec.reply_on, "Ngày trả lời", "Reply date", "reply_on")
        check_reply(rec.received_on, rec.reply_on)            # Law Art. 40.1.c
        clean = replace(rec, text=long(rec.text, "Nội dung kiến nghị", "Recommendation", "text", required=True),
                        addressee=short(rec.addressee, "Nơi nhận", "Addressee", "addressee"),
                        reply_text=long(rec.reply_text, "Nội dung trả lời", "Reply", "reply_text"))
        with self.db.session() as s:
            if s.get(SupervisionBoardRow, clean.board_id) is None:
                raise ValidationError("Không tìm thấy Ban.", "No such board.", field="board_id")
            if clean.check_id is not None:
                check = s.get(SupervisionCheckRow, clean.check_id)
                if check is None or check.board_id != clean.board_id:
                    raise ValidationError("Cuộc kiểm tra không thuộc Ban này.", "The check is not this board's.",
                                          field="check_id")
            row = s.get(SupervisionRecommendationRow, clean.id) if clean.id is not None else None
            if row is None:
                row = SupervisionRecommendationRow()
                if clean.id is not None:
                    row.id = clean.id
                s.add(row)
            row.board_id, row.check_id, row.text, row.addressee = (clean.board_id, clean.check_id, clean.text,
                                                                  clean.addressee)
            row.received_on, row.reply_on, row.reply_text = clean.received_on, clean.reply_on, clean.reply_text
            row.search_key = fold(f"{clean.text[:2000]} {clean.addressee} {clean.reply_text[:2000]}")
            s.flush()
            return self._rec(row)

    def delete_recommendation(self, rec_id: int) -> None:
        with self.db.session() as s:
            row = s.get(SupervisionRecommendationRow, rec_id)
            if row is not None:
                s.delete(row)

    def _rec_query(self, f: RecommendationFilter, today: date) -> Any:
        R, B = SupervisionRecommendationRow, SupervisionBoardRow
        q = select(R, B.kind, B.name).join(B, B.id == R.board_id)
        if f.year is not None:
            q = q.where(R.received_on.between(date(f.year, 1, 1), date(f.year, 12, 31)))
        if f.board_kind is not None:
            q = q.where(B.kind == f.board_kind.value)
        for cond in words_filter(R.search_key, f.search):
            q = q.where(cond)
        # The 15-day clock in SQL: due = received_on + 15, so "today > due" ⇔ received_on < today − 15.
        last_open = date.fromordinal(today.toordinal() - 15)
        due_expr = func.date(R.received_on, "+15 days")
        if f.clock is Clock.OPEN:
            q = q.where(R.reply_on.is_(None), R.received_on >= last_open)
        elif f.clock is Clock.OVERDUE:
            q = q.where(R.reply_on.is_(None), R.received_on < last_open)
        elif f.clock is Clock.ON_TIME:
            q = q.where(R.reply_on.is_not(None), R.reply_on <= due_expr)
        elif f.clock is Clock.LATE:
            q = q.where(R.reply_on.is_not(None), R.reply_on > due_expr)
        return q

    def recommendation_rows(self, f: RecommendationFilter | None = None, *, offset: int = 0,
                            limit: int | None = None, today: date | None = None) -> list[RecommendationRow]:
        f = f or RecommendationFilter()
        today = today or self.today()
        R = SupervisionRecommendationRow
        q = self._rec_query(f, today).order_by(R.received_on, R.id).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self.db.session() as s:
            rows = s.execute(q).all()
        return [RecommendationRow(r.id, r.board_id, BoardKind(kind), name, r.check_id, r.text, r.addressee,
                                  r.received_on, reply_due(r.received_on), r.reply_on, r.reply_text,
                                  reply_clock(r.received_on, r.reply_on, today))
                for r, kind, name in rows]

    def count_recommendations(self, f: RecommendationFilter, today: date | None = None) -> int:
        inner = self._rec_query(f, today or self.today()).with_only_columns(SupervisionRecommendationRow.id)
        q = select(func.count()).select_from(inner.subquery())
        with self.db.session() as s:
            return int(s.scalar(q) or 0)

    # -- JSON (the CLI's stable output) --------------------------------------------------------
    @staticmethod
    def check_json(r: CheckRow) -> dict[str, Any]:
        return {"id": r.id, "board_id": r.board_id, "board_kind": r.board_kind.value, "board": r.board_name,
                "kind": r.kind.value, "title": r.title, "subject": r.subject, "starts_on": r.starts_on,
                "notified_on": r.notified_on, "notice_due": r.notice_due, "notice": r.notice.value,
                "confirmed_by_mttq": r.confirmed_by_mttq, "recommendations": r.recommendations}

    @staticmethod
    def recommendation_json(r: RecommendationRow) -> dict[str, Any]:
        return {"id": r.id, "board_id": r.board_id, "board_kind": r.board_kind.value, "board": r.board_name,
                "check_id": r.check_id, "text": r.text, "addressee": r.addressee, "received_on": r.received_on,
                "due": r.due, "reply_on": r.reply_on, "clock": r.clock.value}


# -- units in use are retired, not deleted (services.commune_service.UNIT_USAGE_CHECKS) ----------
def _unit_usage(s: Session, unit_id: int) -> int:
    members = s.scalar(select(func.count()).select_from(SupervisionMemberRow).where(
        or_(SupervisionMemberRow.hamlet_id == unit_id, SupervisionMemberRow.employer_unit_id == unit_id))) or 0
    petitions = s.scalar(select(func.count()).select_from(PetitionRow).where(
        or_(PetitionRow.hamlet_id == unit_id, PetitionRow.unit_id == unit_id))) or 0
    return int(members) + int(petitions)


if _unit_usage not in UNIT_USAGE_CHECKS:
    UNIT_USAGE_CHECKS.append(_unit_usage)

