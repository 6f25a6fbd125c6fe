"""What community decisions give a periodic report and the due list (reporting.md §7.4
"Decisions" and "Hamlet heads"; services/report_sources.py).

A decision belongs to the period of its vote date. Counts carry the records they count.
``contribute`` reads through plain SQL (storage/decision_reader.py), without SQLAlchemy.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dancoso_desktop.domain.decision import (
    FORM_VI,
    GROUND_VI,
    MATTER_SHORT_VI,
    Decision,
    DismissalGround,
    ElectionKind,
    Matter,
    Recognition,
    Scope,
    VoteForm,
)
from dancoso_desktop.domain.decision_rules import (
    ballot_notice_latest,
    ballot_plan_due,
    notice_latest,
    send_due,
    verdict,
)
from dancoso_desktop.domain.hamlet_head import election_steps
from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    DueItem,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.workdays import working_calendar
from dancoso_desktop.storage.decision_reader import decisions_voted
from dancoso_desktop.storage.rows import RowReader

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database

SOURCE = "decisions"
GROUP = "Nhân dân bàn và quyết định"


def _refs(items: list[Decision]) -> tuple[RecordRef, ...]:
    return tuple(RecordRef("decision", d.id or 0) for d in items)


def _count(code: str, vi: str, en: str, items: list[Decision], unit: str = "cuộc") -> Figure:
    return Figure(f"{SOURCE}.{code}", vi, en, len(items), _refs(items), unit_vi=unit)


def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    decisions = decisions_voted(db, period.start, period.end)
    results = {d.id: verdict(d) for d in decisions}
    passed = [d for d in decisions if (r := results[d.id]) is not None and r.passed]
    failed = [d for d in decisions if (r := results[d.id]) is not None and not r.passed]
    by_form = {f: [d for d in decisions if d.form is f] for f in VoteForm}
    cal = working_calendar(db, period.year)

    with_vote = [d for d in decisions if d.vote_date is not None]
    sent_on_time = [d for d in with_vote if d.vote_date and d.sent_on and d.sent_on <= send_due(d.vote_date, cal)]
    recognised = [d for d in decisions if d.recognition is Recognition.RECOGNISED]
    refused = [d for d in decisions if d.recognition is Recognition.REFUSED]
    pending = [d for d in decisions if d.recognition is Recognition.PENDING]
    wide = [d for d in decisions if d.scope is Scope.COMMUNE]
    total_h = sum(v.households for d in decisions for v in d.votes)
    present_h = sum(v.present for d in decisions for v in d.votes)
    participation = round(100 * present_h / total_h, 1) if total_h else 0.0
    sent_pct = round(100 * len(sent_on_time) / len(with_vote), 1) if with_vote else 0.0
    wide_for = 0
    for d in wide:
        result = results[d.id]
        wide_for += sum(1 for r in result.hamlets if r.passed) if result is not None else 0
    wide_all = sum(len(d.votes) for d in wide)
    elections = [d for d in decisions if d.election is not None and d.election.kind is ElectionKind.ELECTION]
    elected = [d for d in elections if (r := results[d.id]) is not None and r.passed]
    dismissals = [d for d in decisions if d.election is not None and d.election.kind is ElectionKind.DISMISSAL]

    figures = [
        _count("total", "Số nội dung Nhân dân bàn và quyết định", "Matters decided by the citizens", decisions, "nội dung"),
        *[_count(f"item{int(m)}", f"Khoản {int(m)} Điều 15: {MATTER_SHORT_VI[m]}", f"Art. 15 item {int(m)}",
                 [d for d in decisions if d.matter is m], "nội dung") for m in Matter],
        _count("meeting", "Quyết định tại cuộc họp", "Decided in a meeting", by_form[VoteForm.MEETING]),
        _count("ballot", "Quyết định bằng phát phiếu", "Decided by household ballot", by_form[VoteForm.BALLOT]),
        _count("online", "Biểu quyết trực tuyến", "Decided online", by_form[VoteForm.ONLINE]),
        _count("commune_wide", "Nội dung trong phạm vi toàn xã", "Commune-wide", wide, "nội dung"),
        _count("passed", "Được quyết định (đạt tỷ lệ)", "Passed", passed, "nội dung"),
        _count("failed", "Không đạt tỷ lệ", "Not passed", failed, "nội dung"),
        Figure(f"{SOURCE}.participation_pct", "Tỷ lệ hộ tham gia bình quân", "Average household participation",
               participation, unit_vi="%", note="present ÷ total households over all hamlet votes"),
        _count("sent_on_time", "Gửi UBND, MTTQ xã đúng hạn (≤ 05 ngày làm việc)", "Sent within 5 working days",
               sent_on_time, "nội dung"),
        Figure(f"{SOURCE}.sent_on_time_pct", "Tỷ lệ gửi đúng hạn", "Share sent on time", sent_pct, unit_vi="%",
               note="decisions sent within 5 working days ÷ decisions voted"),
        _count("recognised", "Được công nhận", "Recognised", recognised, "nội dung"),
        _count("refused", "Không công nhận (có lý do)", "Refused", refused, "nội dung"),
        _count("pending", "Chờ công nhận", "Pending recognition", pending, "nội dung"),
        Figure(f"{SOURCE}.commune_wide_hamlets_for", "Lượt thôn, TDP tán thành (nội dung toàn xã)",
               "Hamlets in favour (commune-wide)", wide_for, unit_vi="thôn",
               note="hamlet votes in favour, summed over commune-wide decisions"),
        Figure(f"{SOURCE}.commune_wide_hamlets", "Lượt thôn, TDP biểu quyết (nội dung toàn xã)",
               "Hamlets voting (commune-wide)", wide_all, unit_vi="thôn",
               note="hamlet votes, summed over commune-wide decisions"),
        _count("hamlet_head.elections", "Số cuộc bầu Trưởng thôn, Tổ trưởng TDP", "Hamlet-head elections", elections),
        _count("hamlet_head.elected", "Bầu được ngay lần đầu", "Elected at the first round", elected),
        _count("hamlet_head.dismissals", "Cho thôi làm Trưởng thôn, Tổ trưởng TDP", "Dismissals", dismissals),
        *[_count(f"hamlet_head.dismissals.{g.value}", f"Cho thôi làm: {GROUND_VI[g].lower()}", f"Dismissals: {g.value}",
                 [d for d in dismissals if d.election is not None and d.election.ground is g], "trường hợp")
          for g in DismissalGround if g is not DismissalGround.NONE],
        _count("hamlet_head.failed", "Bầu không thành (phải bầu lại)", "Elections with no one elected",
               [d for d in elections if (r := results[d.id]) is not None and not r.passed]),
    ]
    n = len(decisions)
    forms = ", ".join(f"{len(v)} {FORM_VI[f].lower()}" for f, v in by_form.items() if v)
    statements = [
        Statement("decide",
                  f"Trong kỳ, Nhân dân các thôn, tổ dân phố đã bàn và quyết định {n} nội dung "
                  f"({forms or 'chưa có'}); {len(passed)} nội dung đạt tỷ lệ theo Điều 21 Luật Thực hiện dân chủ "
                  f"ở cơ sở, {len(failed)} nội dung không đạt; tỷ lệ hộ tham gia bình quân "
                  f"{str(participation).replace('.', ',')}%; {len(sent_on_time)}/{len(with_vote)} văn bản quyết "
                  "định được gửi UBND và Ủy ban MTTQ xã đúng hạn.",
                  f"In the period the hamlets decided {n} matters; {len(passed)} passed, {len(failed)} did not; "
                  f"average participation {participation}%; {len(sent_on_time)}/{len(with_vote)} sent on time.",
                  (f"{SOURCE}.total", f"{SOURCE}.passed", f"{SOURCE}.failed")),
        Statement("decide.meeting", f"Tổ chức {len(by_form[VoteForm.MEETING])} cuộc họp cộng đồng dân cư để bàn và "
                  "quyết định.", f"{len(by_form[VoteForm.MEETING])} community meetings.", (f"{SOURCE}.meeting",)),
        Statement("decide.ballot", f"Phát phiếu lấy ý kiến hộ gia đình đối với {len(by_form[VoteForm.BALLOT])} nội dung.",
                  f"{len(by_form[VoteForm.BALLOT])} household ballots.", (f"{SOURCE}.ballot",)),
        Statement("decide.online", f"Biểu quyết trực tuyến {len(by_form[VoteForm.ONLINE])} nội dung.",
                  f"{len(by_form[VoteForm.ONLINE])} online votes.", (f"{SOURCE}.online",)),
        Statement("decide.hamlet_head",
                  f"Tổ chức {len(elections)} cuộc bầu Trưởng thôn, Tổ trưởng tổ dân phố ({len(elected)} bầu được); "
                  f"{len(dismissals)} trường hợp cho thôi làm.",
                  f"{len(elections)} hamlet-head elections ({len(elected)} elected); {len(dismissals)} dismissals.",
                  (f"{SOURCE}.hamlet_head.elections", f"{SOURCE}.hamlet_head.dismissals")),
    ]
    annex = [AnnexRow(GROUP, f"{SOURCE}.total", "Số nội dung Nhân dân bàn và quyết định", unit_vi="nội dung")]
    annex += [AnnexRow(GROUP, f"{SOURCE}.item{int(m)}", f"Khoản {int(m)}: {MATTER_SHORT_VI[m]}", unit_vi="nội dung",
                       level=1) for m in Matter]
    annex += [AnnexRow(GROUP, f"{SOURCE}.{c}", label, unit_vi=u, level=lvl) for c, label, u, lvl in (
        ("meeting", "Họp cộng đồng dân cư", "cuộc", 1), ("ballot", "Phát phiếu lấy ý kiến", "cuộc", 1),
        ("online", "Biểu quyết trực tuyến", "cuộc", 1), ("passed", "Đạt tỷ lệ", "nội dung", 0),
        ("failed", "Không đạt tỷ lệ", "nội dung", 0), ("participation_pct", "Tỷ lệ hộ tham gia", "%", 0),
        ("sent_on_time_pct", "Gửi đúng hạn", "%", 0), ("recognised", "Được công nhận", "nội dung", 0),
        ("hamlet_head.elections", "Bầu Trưởng thôn, Tổ trưởng TDP", "cuộc", 0),
        ("hamlet_head.dismissals", "Cho thôi làm Trưởng thôn, Tổ trưởng TDP", "trường hợp", 0))]
    return Contribution(SOURCE, figures, statements, annex)


def due(db: Database, today: date, until: date) -> list[DueItem]:
    """Decisions to send to the UBND and MTTQ (≤ 5 working days, Law Art. 20.3) and to
    recognise (≤ 5 working days, Art. 21.2), overdue or due by ``until``."""
    from dancoso_desktop.services.decision_query import DecisionQuery

    items: list[DueItem] = []
    for line in DecisionQuery(db).due_soon(today, until):
        ref = RecordRef("decision", line.id)
        if line.sent_on is None and line.send_due is not None and line.send_due <= until:
            items.append(DueItem(SOURCE, "decision", f"Gửi kết quả: {line.title}", line.send_due, ref,
                                 f"Gửi UBND và Ủy ban MTTQ xã trước {format_date(line.send_due)} "
                                 "(Luật Điều 20 khoản 3)",
                                 f"Send to the UBND and MTTQ by {format_date(line.send_due)} (Law Art. 20.3)"))
        if line.recognition is Recognition.PENDING and line.recognition_due is not None \
                and line.recognition_due <= until:
            items.append(DueItem(SOURCE, "decision", f"Công nhận: {line.title}", line.recognition_due, ref,
                                 "Công nhận hoặc trả lời có lý do ≤ 05 ngày làm việc (Luật Điều 21, 22)",
                                 "Recognise or refuse with reasons within 5 working days (Law Art. 21–22)"))
    from dancoso_desktop.services.decision_service import DecisionService

    svc = DecisionService(db)
    for d in svc.upcoming(today):
        ref = RecordRef("decision", d.id or 0)
        vote = d.vote_date
        if vote is None:
            continue
        steps: list[tuple[date, str, str, str]] = []
        if d.form is VoteForm.MEETING and d.notice_date is None:
            steps.append((notice_latest(vote), f"Thông báo họp (Mẫu 01): {d.title}",
                          "Thông báo trước ít nhất 02 ngày (NĐ 59 Điều 3 khoản 3)",
                          "Notice at least 2 days before (NĐ 59 Art. 3.3)"))
        if d.form is VoteForm.BALLOT and d.ballot_start and d.ballot_notice_date is None:
            steps.append((ballot_notice_latest(d.ballot_start), f"Thông báo phát phiếu: {d.title}",
                          "Thông báo trước ít nhất 02 ngày (NĐ 59 Điều 4 khoản 4)",
                          "Make the ballot public 2 days before (NĐ 59 Art. 4.4)"))
        if d.form is VoteForm.BALLOT and d.ballot_plan_issued and d.ballot_plan_sent is None:
            steps.append((ballot_plan_due(d.ballot_plan_issued), f"Gửi kế hoạch phát phiếu: {d.title}",
                          "Gửi Chủ tịch UBND, MTTQ xã trong 02 ngày (NĐ 59 Điều 4 khoản 2)",
                          "Send to the UBND and MTTQ chairs within 2 days (NĐ 59 Art. 4.2)"))
        if d.election is not None:
            for step in election_steps(d.election, vote):
                if step.done is None and d.election.kind is ElectionKind.ELECTION:
                    steps.append((step.due, f"{step.label_vi}: {d.title}", step.article, step.label_en))
        items.extend(DueItem(SOURCE, "decision", title, due_on, ref, vi, en)
                     for due_on, title, vi, en in steps if due_on <= until)
    for d, due_on in svc.reelections_due():
        if due_on <= until:
            items.append(DueItem(SOURCE, "decision", f"Bầu lại Trưởng thôn: {d.hamlet_names}", due_on,
                                 RecordRef("decision", d.id or 0),
                                 "Quyết định bầu Trưởng thôn mới trong 60 ngày sau khi cho thôi làm (NĐ 59 Điều 9)",
                                 "Decide a new election within 60 days of the dismissal (NĐ 59 Art. 9.3)"))
    return items
