"""What the supervision boards and the petition register give reports and the due list.

Figures of reporting.md §7.4 "BTTND", "BGSĐTCĐ", "Complaints and requests" and the agency
BTTND of "Internal"; statements in the slots "supervise.bttnd", "supervise.bgsdtcd",
"supervise.petitions" and "internal.bttnd"; annex rows. The due list carries the 15-day reply
clocks (Law Art. 40.1.c, 45.2.c), the check notices (≥ 5 working days, NĐ 59 Art. 14.1.b), the
investor notices (≥ 45 days, Law Art. 45.1.b), the BTTND's reports to the MTTQ (NĐ 59 Art.
14.3) and the answer dates the officer set on petitions. Read only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    DueItem,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)
from dancoso_desktop.domain.supervision import (
    Board,
    BoardDoc,
    BoardKind,
    CheckKind,
    Clock,
    DocKind,
    PeriodKind,
    PetitionChannel,
    PetitionKind,
    Satisfaction,
)
from dancoso_desktop.domain.supervision_rules import (
    EXPECTED_REPORTS,
    clock_state,
    investor_notice_deadline,
    notice_deadline,
    notice_in_time,
    reply_due,
    report_due,
)
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.workdays import working_calendar
from dancoso_desktop.storage.rows import RowReader, day
from dancoso_desktop.storage.supervision_reader import (
    BOARD_COLUMNS,
    DOC_COLUMNS,
    board_from_record,
    doc_from_record,
    select_sql,
)

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database

SOURCE = "supervision"
GROUP_SUPERVISE = "Nhân dân kiểm tra, giám sát"
GROUP_PETITIONS = "Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh"
GROUP_INTERNAL = "Thực hiện dân chủ trong cơ quan"


def _refs(kind: str, ids: Iterable[int], cache: dict[tuple[str, int], RecordRef] | None = None
          ) -> tuple[RecordRef, ...]:
    """The records a figure counts; one RecordRef per record shared by every figure (a year of
    20,000 petitions is counted in about ten figures)."""
    if cache is None:
        return tuple(RecordRef(kind, i) for i in ids)
    out = []
    for i in ids:
        ref = cache.get((kind, i))
        if ref is None:
            ref = cache[(kind, i)] = RecordRef(kind, i)
        out.append(ref)
    return tuple(out)


_SHARED: dict[tuple[str, int], RecordRef] = {}


class _Check(NamedTuple):
    id: int
    board_id: int
    kind: str
    starts_on: date
    notified_on: date | None


class _Rec(NamedTuple):
    id: int
    board_id: int
    received_on: date
    reply_on: date | None


def _count(code: str, vi: str, en: str, kind: str, ids: list[int], unit: str) -> Figure:
    return Figure(f"{SOURCE}.{code}", vi, en, len(ids), _refs(kind, ids, _SHARED), unit)


def _ids(records: Iterable[Board | BoardDoc]) -> list[int]:
    """The ids of records read from the data file (always set)."""
    return [r.id for r in records if r.id is not None]


def _on(value: Any) -> date:
    """The value of a NOT NULL date column."""
    d = day(value)
    assert d is not None
    return d


def _active(b: Board, start: date, end: date) -> bool:
    begins = b.term_start or b.supervision_start or date.min
    ends = b.dissolved_on or b.term_end or date.max
    return begins <= end and ends >= start


def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    try:
        return _contribute(db, period)
    finally:
        _SHARED.clear()


def _contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    start, end = period.start, period.end
    as_of = min(end, date.today())
    first, last = start.isoformat(), end.isoformat()
    boards = [board_from_record(dict(zip(BOARD_COLUMNS, r, strict=True)))
              for r in db.rows(select_sql("supervision_boards", BOARD_COLUMNS))]
    members_of: dict[int, int] = {b_id: n for b_id, n in db.rows(
        "SELECT board_id, COUNT(*) FROM supervision_members GROUP BY board_id")}
    # Only the programmes and reports issued in the period (period.contains, in SQL).
    docs = [doc_from_record(dict(zip(DOC_COLUMNS, r, strict=True))) for r in db.rows(
        select_sql("supervision_docs", DOC_COLUMNS, "issued_on BETWEEN ? AND ?"), (first, last))]
    # Plain rows of the columns counted (not domain objects): a year of 20,000 petitions stays fast.
    # Ordered as the date index gives them (the order of a figure's records).
    checks = [_Check(i, b_id, kind, _on(starts), day(notified)) for i, b_id, kind, starts, notified in db.rows(
        "SELECT id, board_id, kind, starts_on, notified_on FROM supervision_checks "
        "WHERE starts_on BETWEEN ? AND ? ORDER BY starts_on, id", (first, last))]
    recs = [_Rec(i, b_id, _on(received), day(reply)) for i, b_id, received, reply in db.rows(
        "SELECT id, board_id, received_on, reply_on FROM supervision_recommendations "
        "WHERE received_on BETWEEN ? AND ? ORDER BY received_on, id", (first, last))]
    petitions = db.rows("SELECT id, kind, channel, answer_due, answered_on, satisfaction FROM petitions "
                        "WHERE received_on BETWEEN ? AND ? ORDER BY received_on, id", (first, last))
    hamlets = db.rows("SELECT COUNT(*) FROM units WHERE kind = 'hamlet' AND retired = 0")[0][0]
    cal = working_calendar(db, period.year)
    kind_of = {b.id: b.kind for b in boards}
    c = Contribution(SOURCE)

    def by(kind: BoardKind, rows: list) -> list:  # type: ignore[type-arg]
        return [r for r in rows if kind_of.get(r.board_id) is kind]

    def reply_ids(rows: list[Any]) -> tuple[list[int], list[int], list[int]]:
        on_time, late = [], []
        for r in rows:
            state = clock_state(reply_due(r.received_on), r.reply_on if r.reply_on and r.reply_on <= as_of else None,
                                as_of)
            if state is Clock.ON_TIME:
                on_time.append(r.id)
            elif state in (Clock.LATE, Clock.OVERDUE):
                late.append(r.id)
        return [r.id for r in rows], on_time, late

    # -- BTTND xã --------------------------------------------------------------------------------
    bttnd = [b for b in boards if b.kind == BoardKind.COMMUNE_BTTND.value and _active(b, start, end)]
    n_members = sum(members_of.get(i, 0) for i in _ids(bttnd))
    programmes = _ids(d for d in by(BoardKind.COMMUNE_BTTND, docs) if d.kind is DocKind.PROGRAMME)
    reports = _ids(d for d in by(BoardKind.COMMUNE_BTTND, docs) if d.kind is DocKind.REPORT)
    b_checks = by(BoardKind.COMMUNE_BTTND, checks)
    late_notice = [x.id for x in b_checks if x.notified_on is None or not notice_in_time(cal, x.notified_on, x.starts_on)]
    made, on_time, late = reply_ids(by(BoardKind.COMMUNE_BTTND, recs))
    for p_kind, vi, en in ((PeriodKind.QUARTER, "Kế hoạch quý", "Quarterly programmes"),
                           (PeriodKind.HALF, "Kế hoạch 6 tháng", "6-month programmes"),
                           (PeriodKind.YEAR, "Chương trình năm", "Yearly programmes")):
        c.figures.append(_count(f"bttnd.programmes.{p_kind.value}", vi, en, "board_doc",
                                _ids(d for d in by(BoardKind.COMMUNE_BTTND, docs) if d.kind is DocKind.PROGRAMME
                                     and d.period is p_kind), "kế hoạch"))
    for c_kind, vi, en in ((CheckKind.INSPECTION, "Cuộc kiểm tra", "Inspections"),
                         (CheckKind.SUPERVISION, "Cuộc giám sát", "Supervisions"),
                         (CheckKind.VERIFICATION, "Vụ việc xác minh", "Cases verified")):
        c.figures.append(_count(f"bttnd.checks.{c_kind.value}", vi, en, "board_check",
                                [x.id for x in b_checks if x.kind == c_kind.value], "cuộc"))
    c.figures += [
        Figure(f"{SOURCE}.bttnd.boards", "Ban Thanh tra nhân dân xã hoạt động", "Commune BTTND active", len(bttnd),
               _refs("board", _ids(bttnd)), "ban"),
        Figure(f"{SOURCE}.bttnd.members", "Thành viên Ban Thanh tra nhân dân xã", "Members of the commune BTTND",
               n_members, (), "người", note="members of the boards listed in supervision.bttnd.boards"),
        Figure(f"{SOURCE}.bttnd.hamlets", "Số thôn, tổ dân phố", "Hamlets", hamlets, (), "thôn",
               note="hamlets in use in the units catalogue"),
        _count("bttnd.programmes", "Chương trình, kế hoạch hoạt động được ban hành", "Programmes adopted",
               "board_doc", programmes, "kế hoạch"),
        _count("bttnd.checks", "Cuộc kiểm tra, giám sát, xác minh", "Checks held", "board_check",
               [x.id for x in b_checks], "cuộc"),
        _count("bttnd.notice_late", "Cuộc không gửi kế hoạch trước 05 ngày làm việc",
               "Checks not notified 5 working days ahead", "board_check", late_notice, "cuộc"),
        _count("bttnd.recommendations", "Kiến nghị của Ban Thanh tra nhân dân", "Recommendations made",
               "board_recommendation", made, "kiến nghị"),
        _count("bttnd.answered_on_time", "Kiến nghị được trả lời trong 15 ngày", "Answered within 15 days",
               "board_recommendation", on_time, "kiến nghị"),
        _count("bttnd.overdue", "Kiến nghị trả lời quá 15 ngày hoặc chưa trả lời", "Not answered within 15 days",
               "board_recommendation", late, "kiến nghị"),
        _count("bttnd.reports", "Báo cáo gửi Ủy ban MTTQ xã", "Reports to the MTTQ", "board_doc", reports, "báo cáo"),
    ]
    if bttnd:
        text = (f"Ban Thanh tra nhân dân xã có {n_members} thành viên ({hamlets} thôn, tổ dân phố); trong kỳ "
                f"ban hành {len(programmes)} chương trình, kế hoạch; tổ chức {len(b_checks)} cuộc kiểm tra, "
                f"giám sát; kiến nghị {len(made)} nội dung, Ủy ban nhân dân xã trả lời đúng hạn 15 ngày "
                f"{len(on_time)} nội dung, {len(late)} nội dung trả lời chậm hoặc chưa trả lời.")
        en = (f"The commune BTTND has {n_members} members ({hamlets} hamlets); {len(programmes)} programmes, "
              f"{len(b_checks)} checks, {len(made)} recommendations, {len(on_time)} answered within 15 days, "
              f"{len(late)} late or unanswered.")
    else:
        text, en = "Chưa có dữ liệu về Ban Thanh tra nhân dân xã trong kỳ.", "No commune BTTND data in the period."
    c.statements.append(Statement("supervise.bttnd", text, en, (f"{SOURCE}.bttnd.members", f"{SOURCE}.bttnd.checks",
                                                                 f"{SOURCE}.bttnd.recommendations")))

    # -- BGSĐTCĐ ---------------------------------------------------------------------------------
    gs = [b for b in boards if b.kind == BoardKind.BGSDTCD.value and _active(b, start, end)]
    notified = _ids(b for b in gs if b.supervision_start and b.investor_notified_on
                    and b.investor_notified_on <= investor_notice_deadline(b.supervision_start))
    sessions = [x.id for x in by(BoardKind.BGSDTCD, checks)]
    g_made, g_on_time, g_late = reply_ids(by(BoardKind.BGSDTCD, recs))
    c.figures += [
        _count("bgsdtcd.boards", "Ban Giám sát đầu tư của cộng đồng hoạt động", "Investment supervision boards",
               "board", _ids(gs), "ban"),
        _count("bgsdtcd.notice_in_time", "Ban thông báo chủ đầu tư trước 45 ngày", "Investor notified 45 days ahead",
               "board", notified, "ban"),
        _count("bgsdtcd.sessions", "Cuộc giám sát", "Supervision sessions", "board_check", sessions, "cuộc"),
        _count("bgsdtcd.recommendations", "Kiến nghị của Ban Giám sát đầu tư", "Recommendations made",
               "board_recommendation", g_made, "kiến nghị"),
        _count("bgsdtcd.answered_on_time", "Kiến nghị được trả lời trong 15 ngày", "Answered within 15 days",
               "board_recommendation", g_on_time, "kiến nghị"),
        _count("bgsdtcd.overdue", "Kiến nghị trả lời quá 15 ngày hoặc chưa trả lời", "Not answered within 15 days",
               "board_recommendation", g_late, "kiến nghị"),
    ]
    projects = "; ".join(b.project_name for b in gs if b.project_name)
    c.statements.append(Statement(
        "supervise.bgsdtcd",
        (f"Thành lập, duy trì {len(gs)} Ban Giám sát đầu tư của cộng đồng ({projects}); tổ chức {len(sessions)} "
         f"cuộc giám sát, kiến nghị {len(g_made)} nội dung, được trả lời đúng hạn {len(g_on_time)} nội dung."
         if gs else "Trong kỳ không có Ban Giám sát đầu tư của cộng đồng hoạt động."),
        (f"{len(gs)} investment supervision boards; {len(sessions)} sessions; {len(g_made)} recommendations, "
         f"{len(g_on_time)} answered within 15 days." if gs else "No investment supervision board in the period."),
        (f"{SOURCE}.bgsdtcd.boards", f"{SOURCE}.bgsdtcd.sessions")))

    # -- petitions -------------------------------------------------------------------------------
    # One pass, grouping by the stored strings (enum .value lookups in a loop cost more than the query).
    p_ids: list[int] = []
    resolved: list[int] = []
    p_overdue: list[int] = []
    by_satisfaction: dict[str, list[int]] = {}
    by_kind: dict[str, list[int]] = {}
    by_channel: dict[str, list[int]] = {}
    for p_id, p_kind, channel, answer_due, answered_on, satisfaction in petitions:
        due_on, answered = day(answer_due), day(answered_on)
        p_ids.append(p_id)
        if answered is not None and answered > as_of:
            answered = None
        if answered is not None:
            resolved.append(p_id)
        if due_on is not None and ((answered is None and as_of > due_on)
                                   or (answered is not None and answered > due_on)):
            p_overdue.append(p_id)        # clock_state: LATE or OVERDUE
        by_satisfaction.setdefault(satisfaction, []).append(p_id)
        by_kind.setdefault(p_kind, []).append(p_id)
        by_channel.setdefault(channel, []).append(p_id)
    satisfied = by_satisfaction.get(Satisfaction.SATISFIED.value, [])
    unsatisfied = by_satisfaction.get(Satisfaction.NOT_SATISFIED.value, [])
    c.figures += [
        _count("petitions.received", "Đơn thư, lượt tiếp nhận", "Received", "petition", p_ids, "lượt"),
        _count("petitions.resolved", "Đã giải quyết, trả lời", "Answered", "petition", resolved, "lượt"),
        _count("petitions.overdue", "Giải quyết quá hạn", "Answered late or overdue", "petition", p_overdue, "lượt"),
        _count("petitions.satisfied", "Người dân hài lòng", "Satisfied", "petition", satisfied, "lượt"),
        _count("petitions.not_satisfied", "Người dân chưa hài lòng", "Not satisfied", "petition", unsatisfied, "lượt"),
    ]
    for k in PetitionKind:
        c.figures.append(_count(f"petitions.kind.{k.value}", k.label_vi, k.value, "petition",
                                by_kind.get(k.value, []), "lượt"))
    for ch in PetitionChannel:
        c.figures.append(_count(f"petitions.channel.{ch.value}", ch.label_vi, ch.value, "petition",
                                by_channel.get(ch.value, []), "lượt"))
    kinds = ", ".join(f"{len(by_kind.get(k.value, []))} {k.label_vi.lower()}" for k in PetitionKind)
    c.statements.append(Statement(
        "supervise.petitions",
        f"Tiếp nhận {len(p_ids)} lượt đơn thư, ý kiến ({kinds}); đã giải quyết, trả lời {len(resolved)}, "
        f"quá hạn {len(p_overdue)}; {len(satisfied)} lượt hài lòng, {len(unsatisfied)} lượt chưa hài lòng.",
        f"{len(p_ids)} petitions received; {len(resolved)} answered, {len(p_overdue)} overdue; "
        f"{len(satisfied)} satisfied, {len(unsatisfied)} not.",
        (f"{SOURCE}.petitions.received", f"{SOURCE}.petitions.resolved")))

    # -- agency BTTND (internal) --------------------------------------------------------------------
    agency = [b for b in boards if b.kind == BoardKind.AGENCY_BTTND.value and _active(b, start, end)]
    a_members = sum(members_of.get(i, 0) for i in _ids(agency))
    c.figures += [
        _count("agency_bttnd.boards", "Ban Thanh tra nhân dân cơ quan", "Agency BTTND", "board",
               _ids(agency), "ban"),
        Figure(f"{SOURCE}.agency_bttnd.members", "Thành viên Ban Thanh tra nhân dân cơ quan", "Agency BTTND members",
               a_members, (), "người", note="members of the boards listed in supervision.agency_bttnd.boards"),
    ]
    if agency:
        b = agency[0]
        text = (f"Ban Thanh tra nhân dân cơ quan có {a_members} thành viên, nhiệm kỳ "
                f"{format_date(b.term_start)}–{format_date(b.term_end)}.")
        en = f"The agency BTTND has {a_members} members, term {b.term_start}–{b.term_end}."
    else:
        text, en = "Cơ quan chưa có Ban Thanh tra nhân dân.", "The agency has no people's inspection board."
    c.statements.append(Statement("internal.bttnd", text, en, (f"{SOURCE}.agency_bttnd.members",)))

    c.annex += [
        AnnexRow(GROUP_SUPERVISE, f"{SOURCE}.bttnd.members", "Thành viên Ban Thanh tra nhân dân xã", "Commune BTTND members", "người"),
        AnnexRow(GROUP_SUPERVISE, f"{SOURCE}.bttnd.checks", "Cuộc kiểm tra, giám sát của Ban TTND", "BTTND checks", "cuộc"),
        AnnexRow(GROUP_SUPERVISE, f"{SOURCE}.bttnd.recommendations", "Kiến nghị của Ban TTND", "BTTND recommendations", "kiến nghị"),
        AnnexRow(GROUP_SUPERVISE, f"{SOURCE}.bttnd.answered_on_time", "Trong đó: trả lời trong 15 ngày", "of which answered within 15 days", "kiến nghị", 1),
        AnnexRow(GROUP_SUPERVISE, f"{SOURCE}.bgsdtcd.boards", "Ban Giám sát đầu tư của cộng đồng", "Investment supervision boards", "ban"),
        AnnexRow(GROUP_SUPERVISE, f"{SOURCE}.bgsdtcd.recommendations", "Kiến nghị của Ban GSĐTCĐ", "Board recommendations", "kiến nghị"),
        AnnexRow(GROUP_PETITIONS, f"{SOURCE}.petitions.received", "Đơn thư, lượt tiếp nhận", "Received", "lượt"),
        AnnexRow(GROUP_PETITIONS, f"{SOURCE}.petitions.resolved", "Đã giải quyết, trả lời", "Answered", "lượt", 1),
        AnnexRow(GROUP_PETITIONS, f"{SOURCE}.petitions.overdue", "Quá hạn", "Overdue", "lượt", 1),
        AnnexRow(GROUP_INTERNAL, f"{SOURCE}.agency_bttnd.members", "Thành viên Ban TTND cơ quan", "Agency BTTND members", "người"),
    ]
    return c


def due(db: Database, today: date, until: date) -> list[DueItem]:
    # The start page only (the window's Database): the ORM is imported here, not at the module's top.
    from sqlalchemy import select

    from dancoso_desktop.services.calendar_service import CalendarService
    from dancoso_desktop.storage.supervision_tables import (
        PetitionRow,
        SupervisionBoardRow,
        SupervisionCheckRow,
        SupervisionDocRow,
        SupervisionRecommendationRow,
    )

    with db.session() as s:
        boards = {b.id: b for b in s.scalars(select(SupervisionBoardRow))}
        open_recs = list(s.scalars(select(SupervisionRecommendationRow).where(
            SupervisionRecommendationRow.reply_on.is_(None))))
        pending_checks = list(s.scalars(select(SupervisionCheckRow).where(
            SupervisionCheckRow.notified_on.is_(None), SupervisionCheckRow.starts_on >= today)))
        reports = {(d.board_id, d.period, d.year, d.number) for d in s.scalars(
            select(SupervisionDocRow).where(SupervisionDocRow.kind == DocKind.REPORT.value))}
        petitions = list(s.scalars(select(PetitionRow).where(PetitionRow.answered_on.is_(None),
                                                            PetitionRow.answer_due.is_not(None),
                                                            PetitionRow.answer_due <= until)))
    items: list[DueItem] = []
    for r in open_recs:
        last = reply_due(r.received_on)
        board = boards.get(r.board_id)
        if last <= until and board is not None:
            short = BoardKind(board.kind).short_vi
            items.append(DueItem(SOURCE, "recommendation", f"UBND trả lời kiến nghị của {short}: {r.text[:80]}",
                                 last, RecordRef("board_recommendation", r.id),
                                 f"Nhận ngày {format_date(r.received_on)}; trả lời trong 15 ngày (Điều 40 Luật 10/2022)",
                                 "Reply within 15 days of receipt (Law Art. 40)"))
    cal = CalendarService(db).calendar(today.year) if pending_checks else None
    for x in pending_checks:
        board = boards.get(x.board_id)
        if board is None or board.kind != BoardKind.COMMUNE_BTTND.value or cal is None:
            continue
        last = notice_deadline(cal, x.starts_on)
        if last <= until:
            items.append(DueItem(SOURCE, "supervision", f"Gửi kế hoạch kiểm tra của Ban TTND: {x.title[:80]}",
                                 last, RecordRef("board_check", x.id),
                                 f"Kiểm tra ngày {format_date(x.starts_on)}; gửi trước 05 ngày làm việc "
                                 "(Điều 14 Nghị định 59/2023)",
                                 "Send the plan 5 working days ahead (Decree 59 Art. 14)"))
    for b in boards.values():
        if b.kind == BoardKind.BGSDTCD.value and b.supervision_start and b.investor_notified_on is None \
                and b.dissolved_on is None and b.supervision_start >= today:
            last = investor_notice_deadline(b.supervision_start)
            if last <= until:
                items.append(DueItem(SOURCE, "supervision", f"Thông báo chủ đầu tư: {b.project_name or b.name}",
                                     last, RecordRef("board", b.id),
                                     "Trước 45 ngày khi bắt đầu giám sát (Điều 45 Luật 10/2022)",
                                     "45 days before supervision starts (Law Art. 45)"))
        if b.kind != BoardKind.COMMUNE_BTTND.value or b.dissolved_on is not None:
            continue
        for year in (today.year - 1, today.year):
            for period, number in EXPECTED_REPORTS:
                last = report_due(period, year, number)
                begins = b.term_start or date.min
                ends = b.term_end or date.max
                if not begins <= last <= ends or last > until or (b.id, period.value, year, number) in reports:
                    continue
                label = {PeriodKind.QUARTER: f"quý {number}", PeriodKind.HALF: "6 tháng",
                         PeriodKind.YEAR: "năm", PeriodKind.TERM: "nhiệm kỳ"}[period]
                items.append(DueItem(SOURCE, "report", f"Ban TTND báo cáo Ủy ban MTTQ xã {label} {year}", last,
                                     RecordRef("board", b.id),
                                     "Báo cáo hằng quý, 6 tháng, năm (Điều 14 Nghị định 59/2023)",
                                     "Quarterly, 6-month and yearly reports (Decree 59 Art. 14)"))
        if b.term_end and b.term_end <= until and b.term_end >= date(today.year - 1, 1, 1) \
                and (b.id, PeriodKind.TERM.value, b.term_end.year, 1) not in reports:
            items.append(DueItem(SOURCE, "report", "Ban TTND báo cáo Ủy ban MTTQ xã nhiệm kỳ", b.term_end,
                                 RecordRef("board", b.id), "Báo cáo nhiệm kỳ (Điều 14 Nghị định 59/2023)",
                                 "Report on the term (Decree 59 Art. 14)"))
    for p in petitions:
        assert p.answer_due is not None
        items.append(DueItem(SOURCE, "petition", f"Trả lời đơn: {p.summary[:80]}", p.answer_due,
                             RecordRef("petition", p.id), f"Tiếp nhận ngày {format_date(p.received_on)}",
                             "Answer date set by the officer"))
    return items
