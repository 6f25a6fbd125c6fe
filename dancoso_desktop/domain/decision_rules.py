"""The legal arithmetic of community decisions: thresholds, deadlines and checks.

Pure functions with exact fractions (no float ever decides a vote). The base of every threshold
is ALL the households of the hamlet, not those present (Law Art. 21; domain.md §1 (d)).
The service cleans a record and calls ``check_decision`` before anything is written.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from dancoso_desktop.domain.decision import (
    Decision,
    DismissalGround,
    ElectionKind,
    HamletVote,
    Matter,
    Recognition,
    Scope,
    VoteForm,
)
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.working_days import WorkingCalendar

# -- thresholds -----------------------------------------------------------------------------
TWO_THIRDS = Fraction(2, 3)   # items 1–2: ≥ 2/3 of all households (Law Art. 21.1)
HALF = Fraction(1, 2)         # items 3–6: > 1/2 of all households (Law Art. 21.1)
PROPOSAL_SHARE = Fraction(1, 10)   # a citizens' proposal needs ≥ 10% of households (Law Art. 16)
PROPOSAL_MONTHS = 3                # that agreement holds 3 months (Law Art. 16)
CLUSTER_HOUSEHOLDS = 200           # hamlets of ≥ 200 households may meet by cluster (Law Art. 18)
MAX_HOUSEHOLDS = 1_000_000

# -- deadlines (reporting.md §7.3: C = calendar days, WD = working days) -----------------------
NOTICE_DAYS = 2          # notice (Mẫu 01) ≥ 2 C before the meeting (NĐ 59 Art. 3.3)
DOCUMENTS_DAYS = 2       # items 1–3: documents to each household ≥ 2 C before (NĐ 59 Art. 3.4)
BALLOT_PLAN_DAYS = 2     # ballot plan to the UBND and MTTQ chairs ≤ 2 C after issue (NĐ 59 Art. 4.2)
BALLOT_NOTICE_DAYS = 2   # ballot made public ≥ 2 C before distribution (NĐ 59 Art. 4.4)
SEND_WORKING_DAYS = 5    # decision to the UBND and MTTQ ≤ 5 WD (Law Art. 20.3; NĐ 59 Art. 3.5.d, 4.7, 5.4)
RECOGNITION_WORKING_DAYS = 5   # recognition or reasoned refusal ≤ 5 WD after receipt (Law Art. 21.2, 22)

# Items decided only in a meeting, or by ballot when the meeting lacked households (Law Art. 17).
MEETING_ONLY = frozenset({Matter.VILLAGE_RULES, Matter.HAMLET_HEAD, Matter.BOARD_MEMBERS})
# Items whose decision takes effect on recognition: UBND xã for 3–4, MTTQ xã for 5 (Law Art. 22).
NEEDS_RECOGNITION = frozenset({Matter.VILLAGE_RULES, Matter.HAMLET_HEAD, Matter.BOARD_MEMBERS})
# Items whose meeting documents reach households ≥ 2 days before (NĐ 59 Art. 3.4).
DOCUMENTS_BEFORE = frozenset({Matter.CONTRIBUTION, Matter.COMMUNITY_FUND, Matter.VILLAGE_RULES})


def recognising_body(matter: Matter) -> str:
    """Who recognises a decision on ``matter`` (Law Art. 22), or '' when it takes effect at once."""
    if matter in (Matter.VILLAGE_RULES, Matter.HAMLET_HEAD):
        return "UBND xã"
    if matter is Matter.BOARD_MEMBERS:
        return "Ban Thường trực UBMTTQ xã"
    return ""


# -- counts -----------------------------------------------------------------------------------
def check_count(value: object, *, vi: str, en: str, field: str = "votes") -> int:
    """A whole, non-negative number of households (no bool, no fraction, no text)."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float | Fraction) and value == int(value):
            value = int(value)
        else:
            raise ValidationError(f"{vi} phải là số nguyên (số hộ), không phải “{value}”.",
                                  f"{en} must be a whole number of households, not “{value}”.", field=field)
    if value < 0:
        raise ValidationError(f"{vi} không được âm.", f"{en} must not be negative.", field=field)
    if value > MAX_HOUSEHOLDS:
        raise ValidationError(f"{vi} quá lớn ({value}).", f"{en} is too large ({value}).", field=field)
    return int(value)


def check_vote(v: HamletVote) -> HamletVote:
    """Refuse impossible figures of one hamlet (votes above present, present above total…)."""
    name = v.hamlet_name or "?"
    total = check_count(v.households, vi=f"Tổng số hộ của {name}", en=f"Households of {name}")
    if total == 0:
        raise ValidationError(
            f"{name} có 0 hộ: không tính được tỷ lệ biểu quyết; hãy nhập tổng số hộ của thôn.",
            f"{name} has 0 households: no vote can be counted; enter the hamlet's households.",
            field="votes")
    present = check_count(v.present, vi=f"Số hộ tham gia của {name}", en=f"Households present in {name}")
    vfor = check_count(v.votes_for, vi=f"Số hộ tán thành của {name}", en=f"Votes for in {name}")
    against = check_count(v.votes_against, vi=f"Số hộ không tán thành của {name}", en=f"Votes against in {name}")
    blank = check_count(v.votes_blank, vi=f"Số ý kiến khác của {name}", en=f"Other/blank votes in {name}")
    clusters = check_count(v.clusters, vi=f"Số cụm họp của {name}", en=f"Clusters of {name}")
    if present > total:
        raise ValidationError(
            f"{name}: số hộ tham gia ({present}) lớn hơn tổng số hộ ({total}).",
            f"{name}: households present ({present}) exceed the households of the hamlet ({total}).",
            field="votes")
    if vfor + against + blank > present:
        raise ValidationError(
            f"{name}: tổng số phiếu ({vfor} tán thành + {against} không tán thành + {blank} khác = "
            f"{vfor + against + blank}) lớn hơn số hộ tham gia ({present}).",
            f"{name}: the votes ({vfor} for + {against} against + {blank} other = {vfor + against + blank}) "
            f"exceed the households present ({present}).", field="votes")
    return HamletVote(v.unit_id, total, present, vfor, against, blank, clusters, v.hamlet_name)


# -- the engine -------------------------------------------------------------------------------
def pct(part: int, whole: int) -> str:
    """'69,3%' (Vietnamese decimal comma), rounded for display only."""
    if whole == 0:
        return "0%"
    value = Fraction(part * 100, whole)
    text = f"{float(value):.1f}".replace(".", ",")
    return f"{text.removesuffix(',0')}%"


def _frac_vi(f: Fraction) -> str:
    return "2/3" if f == TWO_THIRDS else "50%"


def hamlet_threshold(matter: Matter, form: VoteForm) -> tuple[Fraction, bool, str]:
    """(share, strict, article): items 1–2 ≥ 2/3 (Law Art. 21.1); items 3–6 > 1/2 (Law Art. 21.1);
    an online vote > 1/2 (NĐ 59 Art. 5.5). The base is always all households of the hamlet."""
    if form is VoteForm.ONLINE:
        return HALF, True, "NĐ 59/2023 Điều 5"
    if matter in (Matter.CONTRIBUTION, Matter.COMMUNITY_FUND):
        return TWO_THIRDS, False, "Luật 10/2022 Điều 21 khoản 1"
    return HALF, True, "Luật 10/2022 Điều 21 khoản 1"


def meets(part: int, whole: int, share: Fraction, strict: bool) -> bool:
    if whole <= 0:
        return False
    value = Fraction(part, whole)
    return value > share if strict else value >= share


def votes_needed(households: int, share: Fraction, strict: bool) -> int:
    """The fewest votes for that pass: ⌈share·n⌉, or ⌊share·n⌋ + 1 when strict."""
    exact = share * households
    if strict:
        return int(exact // 1) + 1
    return -(-exact.numerator // exact.denominator)


@dataclass(frozen=True)
class HamletResult:
    unit_id: int | None
    hamlet_name: str
    passed: bool
    needed: int
    text_vi: str
    text_en: str


@dataclass(frozen=True)
class Verdict:
    """The computed result of a decision: ``passed`` and the rule, as sentences."""

    passed: bool
    rule: str                   # stable code: "two_thirds", "half", "hamlets_two_thirds", "online_half"…
    article: str
    text_vi: str
    text_en: str
    hamlets: tuple[HamletResult, ...] = ()


def hamlet_result(matter: Matter, form: VoteForm, v: HamletVote, *, election: bool = False) -> HamletResult:
    share, strict, article = hamlet_threshold(matter, form)
    ok = meets(v.votes_for, v.households, share, strict)
    need = votes_needed(v.households, share, strict)
    sign = (">" if ok else "≤") if strict else ("≥" if ok else "<")
    part_vi = (f"{v.votes_for}/{v.households} hộ = {pct(v.votes_for, v.households)} {sign} "
               f"{_frac_vi(share)} tổng số hộ ({article})")
    part_en = (f"{v.votes_for}/{v.households} households = {pct(v.votes_for, v.households)} {sign} "
               f"{'half' if strict else 'two thirds'} of all households ({article})")
    if election:
        # A motion at the meeting also needs > 1/2 of those present (NĐ 59 Art. 3.5.b;
        # reporting.md §0.6): both are checked.
        ok_present = meets(v.votes_for, v.present, HALF, True)
        sign_p = ">" if ok_present else "≤"
        part_vi += (f"; {v.votes_for}/{v.present} hộ có mặt = {pct(v.votes_for, v.present)} {sign_p} 50% "
                    "số hộ có mặt (NĐ 59/2023 Điều 3 khoản 5)")
        part_en += (f"; {v.votes_for}/{v.present} present = {pct(v.votes_for, v.present)} {sign_p} half "
                    "of those present (NĐ 59 Art. 3.5)")
        ok = ok and ok_present
    text_vi = f"{'đạt' if ok else 'không đạt'}: {part_vi}"
    text_en = f"{'passed' if ok else 'failed'}: {part_en}"
    return HamletResult(v.unit_id, v.hamlet_name, ok, need, text_vi, text_en)


def verdict(d: Decision) -> Verdict | None:
    """The result of a decision with figures, or None before any hamlet has figures (a meeting
    still ahead: nobody present, no votes)."""
    if not d.votes or all(v.present == 0 and v.votes_for == 0 for v in d.votes):
        return None
    election = d.matter is Matter.HAMLET_HEAD and d.election is not None
    results = tuple(hamlet_result(d.matter, d.form, v, election=election) for v in d.votes)
    share, strict, article = hamlet_threshold(d.matter, d.form)
    if d.scope is Scope.COMMUNE and d.matter in (Matter.CONTRIBUTION, Matter.COMMUNITY_FUND) \
            and d.form is not VoteForm.ONLINE:
        # Commune-wide items 1–2: ≥ 2/3 of the hamlets must pass (Law Art. 21.1).
        ok_n = sum(1 for r in results if r.passed)
        n = len(results)
        ok = meets(ok_n, n, TWO_THIRDS, False)
        word = "đạt" if ok else "không đạt"
        return Verdict(ok, "hamlets_two_thirds", "Luật 10/2022 Điều 21 khoản 1",
                       f"{word}: {ok_n}/{n} thôn, TDP tán thành = {pct(ok_n, n)} "
                       f"{'≥' if ok else '<'} 2/3 số thôn, TDP (Luật 10/2022 Điều 21 khoản 1)",
                       f"{'passed' if ok else 'failed'}: {ok_n}/{n} hamlets in favour = {pct(ok_n, n)} "
                       f"{'≥' if ok else '<'} two thirds of the hamlets (Law Art. 21.1)", results)
    if d.form is VoteForm.ONLINE:
        rule = "online_half"
    elif share == TWO_THIRDS:
        rule = "two_thirds"
    else:
        rule = "half_present" if election else "half"
    if len(results) == 1 or d.scope is Scope.SEVERAL:
        # One hamlet, or several hamlets each deciding for itself: every hamlet must pass.
        ok = all(r.passed for r in results)
        if len(results) == 1:
            return Verdict(ok, rule, article, results[0].text_vi, results[0].text_en, results)
        ok_n = sum(1 for r in results if r.passed)
        return Verdict(ok, rule, article,
                       f"{'đạt' if ok else 'không đạt'} ở {ok_n}/{len(results)} thôn, TDP: "
                       + "; ".join(f"{r.hamlet_name} {r.text_vi}" for r in results),
                       f"{'passed' if ok else 'failed'} in {ok_n}/{len(results)} hamlets: "
                       + "; ".join(f"{r.hamlet_name} {r.text_en}" for r in results), results)
    # Commune-wide items 3–6 or an online vote: the households of all hamlets together.
    total = sum(v.households for v in d.votes)
    vfor = sum(v.votes_for for v in d.votes)
    ok = meets(vfor, total, share, strict)
    sign = (">" if ok else "≤") if strict else ("≥" if ok else "<")
    return Verdict(ok, rule, article,
                   f"{'đạt' if ok else 'không đạt'}: {vfor}/{total} hộ = {pct(vfor, total)} {sign} "
                   f"{_frac_vi(share)} tổng số hộ ({article})",
                   f"{'passed' if ok else 'failed'}: {vfor}/{total} households = {pct(vfor, total)} {sign} "
                   f"{'two thirds' if share == TWO_THIRDS else 'half'} of all households ({article})", results)


# -- deadlines --------------------------------------------------------------------------------
def notice_latest(meeting: date) -> date:
    """The last day to give the notice (Mẫu 01): ≥ 2 calendar days before (NĐ 59 Art. 3.3)."""
    return meeting - timedelta(days=NOTICE_DAYS)


def documents_latest(meeting: date) -> date:
    """Items 1–3: documents reach each household ≥ 2 calendar days before (NĐ 59 Art. 3.4)."""
    return meeting - timedelta(days=DOCUMENTS_DAYS)


def ballot_plan_due(issued: date) -> date:
    """The ballot plan reaches the UBND and MTTQ chairs ≤ 2 calendar days after issue (NĐ 59 Art. 4.2)."""
    return issued + timedelta(days=BALLOT_PLAN_DAYS)


def ballot_notice_latest(distribution: date) -> date:
    """The ballot is made public ≥ 2 calendar days before distribution (NĐ 59 Art. 4.4)."""
    return distribution - timedelta(days=BALLOT_NOTICE_DAYS)


def send_due(vote_date: date, calendar: WorkingCalendar) -> date:
    """The decision (Mẫu 03) reaches the UBND xã and MTTQ xã ≤ 5 working days after the vote
    (Law Art. 20.3; NĐ 59 Art. 3.5.d, 4.7, 5.4)."""
    return calendar.add_working_days(vote_date, SEND_WORKING_DAYS)


def recognition_due(received: date, calendar: WorkingCalendar) -> date:
    """Recognition or a reasoned refusal ≤ 5 working days after receipt (Law Art. 21.2, 22)."""
    return calendar.add_working_days(received, RECOGNITION_WORKING_DAYS)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def proposal_expires(agreed: date) -> date:
    """A citizens' proposal holds 3 months from the households' agreement (Law Art. 16)."""
    return add_months(agreed, PROPOSAL_MONTHS)


# -- checks -----------------------------------------------------------------------------------
class Problem(enum.StrEnum):
    """Failed legal checks of a record (stored as a bit mask; codes are stable in JSON)."""

    NOTICE_LATE = "notice_late"
    DOCUMENTS_LATE = "documents_late"
    BALLOT_PLAN_LATE = "ballot_plan_late"
    BALLOT_NOTICE_LATE = "ballot_notice_late"
    SENT_LATE = "sent_late"
    RECOGNITION_LATE = "recognition_late"
    PROPOSAL_TOO_FEW = "proposal_too_few"
    PROPOSAL_LAPSED = "proposal_lapsed"
    ELECTION_SCHEDULE = "election_schedule"
    PETITION_TOO_FEW = "petition_too_few"
    PREPOLL_TOO_FEW = "prepoll_too_few"
    NOT_SENT = "not_sent"                    # date-dependent: send deadline passed, not sent
    RECOGNITION_OVERDUE = "recognition_overdue"   # date-dependent


PROBLEM_ORDER = tuple(Problem)
DATE_PROBLEMS = frozenset({Problem.NOT_SENT, Problem.RECOGNITION_OVERDUE})

PROBLEM_VI = {
    Problem.NOTICE_LATE: "Thông báo họp chưa đủ 02 ngày trước cuộc họp (NĐ 59 Điều 3 khoản 3)",
    Problem.DOCUMENTS_LATE: "Tài liệu chưa đến hộ gia đình trước 02 ngày (NĐ 59 Điều 3 khoản 4)",
    Problem.BALLOT_PLAN_LATE: "Kế hoạch phát phiếu gửi quá 02 ngày (NĐ 59 Điều 4 khoản 2)",
    Problem.BALLOT_NOTICE_LATE: "Phát phiếu chưa thông báo trước 02 ngày (NĐ 59 Điều 4 khoản 4)",
    Problem.SENT_LATE: "Gửi kết quả quá 05 ngày làm việc (Luật Điều 20 khoản 3)",
    Problem.RECOGNITION_LATE: "Công nhận quá 05 ngày làm việc (Luật Điều 21, 22)",
    Problem.PROPOSAL_TOO_FEW: "Đề xuất của công dân chưa đủ 10% số hộ (Luật Điều 16)",
    Problem.PROPOSAL_LAPSED: "Đề xuất của công dân đã quá 03 tháng (Luật Điều 16)",
    Problem.ELECTION_SCHEDULE: "Các bước bầu Trưởng thôn không đủ thời hạn (NĐ 59 Điều 6)",
    Problem.PETITION_TOO_FEW: "Kiến nghị cho thôi làm Trưởng thôn chưa đủ 50% số hộ (NĐ 59 Điều 9)",
    Problem.PREPOLL_TOO_FEW: "Chưa đủ trên 50% số hộ chọn biểu quyết trực tuyến (NĐ 59 Điều 5 khoản 2)",
    Problem.NOT_SENT: "Quá hạn gửi kết quả cho UBND và MTTQ xã",
    Problem.RECOGNITION_OVERDUE: "Quá hạn công nhận hoặc trả lời",
}
PROBLEM_EN = {
    Problem.NOTICE_LATE: "Meeting notice less than 2 days before (NĐ 59 Art. 3.3)",
    Problem.DOCUMENTS_LATE: "Documents reached households less than 2 days before (NĐ 59 Art. 3.4)",
    Problem.BALLOT_PLAN_LATE: "Ballot plan sent more than 2 days after issue (NĐ 59 Art. 4.2)",
    Problem.BALLOT_NOTICE_LATE: "Ballot not made public 2 days before (NĐ 59 Art. 4.4)",
    Problem.SENT_LATE: "Result sent more than 5 working days after the vote (Law Art. 20.3)",
    Problem.RECOGNITION_LATE: "Recognised more than 5 working days after receipt (Law Art. 21–22)",
    Problem.PROPOSAL_TOO_FEW: "Citizens' proposal by fewer than 10% of households (Law Art. 16)",
    Problem.PROPOSAL_LAPSED: "Citizens' proposal older than 3 months (Law Art. 16)",
    Problem.ELECTION_SCHEDULE: "Hamlet-head election steps too late (NĐ 59 Art. 6)",
    Problem.PETITION_TOO_FEW: "Dismissal petition by fewer than 50% of households (NĐ 59 Art. 9)",
    Problem.PREPOLL_TOO_FEW: "Not more than half of the households chose the online vote (NĐ 59 Art. 5.2)",
    Problem.NOT_SENT: "Result not sent and overdue",
    Problem.RECOGNITION_OVERDUE: "Recognition overdue",
}


def problems_to_mask(problems: Iterable[Problem]) -> int:
    mask = 0
    for p in problems:
        mask |= 1 << PROBLEM_ORDER.index(p)
    return mask


def problems_from_mask(mask: int) -> list[Problem]:
    return [p for i, p in enumerate(PROBLEM_ORDER) if mask & (1 << i)]


def static_problems(d: Decision, calendar: WorkingCalendar) -> list[Problem]:
    """The checks that do not depend on today's date."""
    from dancoso_desktop.domain.hamlet_head import petition_enough, schedule_problems

    out: list[Problem] = []
    vote = d.vote_date
    if d.form is VoteForm.MEETING and vote is not None:
        if d.notice_date is not None and d.notice_date > notice_latest(vote):
            out.append(Problem.NOTICE_LATE)
        if d.matter in DOCUMENTS_BEFORE and d.documents_date is not None \
                and d.documents_date > documents_latest(vote):
            out.append(Problem.DOCUMENTS_LATE)
    if d.form is VoteForm.BALLOT:
        if d.ballot_plan_issued and d.ballot_plan_sent and d.ballot_plan_sent > ballot_plan_due(d.ballot_plan_issued):
            out.append(Problem.BALLOT_PLAN_LATE)
        if d.ballot_start and d.ballot_notice_date and d.ballot_notice_date > ballot_notice_latest(d.ballot_start):
            out.append(Problem.BALLOT_NOTICE_LATE)
    if vote is not None and d.sent_on is not None and d.sent_on > send_due(vote, calendar):
        out.append(Problem.SENT_LATE)
    if d.received_on is not None and d.recognised_on is not None \
            and d.recognised_on > recognition_due(d.received_on, calendar):
        out.append(Problem.RECOGNITION_LATE)
    if d.proposer.value == "citizens":
        total = sum(v.households for v in d.votes)
        if d.proposal_households is not None and total and \
                Fraction(d.proposal_households, total) < PROPOSAL_SHARE:
            out.append(Problem.PROPOSAL_TOO_FEW)
        if d.proposal_date is not None and vote is not None and vote > proposal_expires(d.proposal_date):
            out.append(Problem.PROPOSAL_LAPSED)
    if d.election is not None and vote is not None and schedule_problems(d.election, vote):
        out.append(Problem.ELECTION_SCHEDULE)
    if d.form is VoteForm.ONLINE and d.prepoll_for is not None and d.votes:
        # Online voting goes ahead only if > 1/2 of all households chose it (NĐ 59 Art. 5.2).
        if not meets(d.prepoll_for, sum(v.households for v in d.votes), HALF, True):
            out.append(Problem.PREPOLL_TOO_FEW)
    e = d.election
    if e is not None and e.ground is DismissalGround.PETITION and e.petition_households is not None and d.votes \
            and not petition_enough(d.votes[0].households, e.petition_households):
        out.append(Problem.PETITION_TOO_FEW)
    return out


def check_decision(d: Decision) -> None:
    """Refuse what cannot be: a form the law does not allow for the item, impossible figures,
    dates in the wrong order. The texts are already cleaned by the service."""
    if not d.title:
        raise ValidationError("Hãy nhập nội dung đưa ra quyết định.", "Enter the matter decided.", field="title")
    if d.form is VoteForm.ONLINE and d.matter is not Matter.OTHER:
        # Online voting is allowed for item 6 only (Law Art. 17; NĐ 59 Art. 5).
        raise ValidationError(
            f"Biểu quyết trực tuyến chỉ áp dụng cho nội dung khoản 6 Điều 15 (việc tự quản khác), "
            f"không áp dụng cho khoản {int(d.matter)}.",
            f"An online vote is allowed only for Art. 15 item 6, not item {int(d.matter)}.", field="form")
    if d.form is VoteForm.BALLOT and d.matter in MEETING_ONLY and not d.meeting_lacked_households:
        # Items 3–5 only in a meeting; by ballot only when the meeting lacked households (Law Art. 17).
        raise ValidationError(
            f"Nội dung khoản {int(d.matter)} Điều 15 phải quyết định tại cuộc họp; chỉ phát phiếu khi cuộc họp "
            "không đủ số hộ tham dự (đánh dấu “Cuộc họp không đủ hộ”).",
            f"Item {int(d.matter)} must be decided in a meeting; a ballot only when the meeting lacked households.",
            field="form")
    if d.scope is Scope.HAMLET and len(d.votes) > 1:
        raise ValidationError("Phạm vi “một thôn” nhưng có số liệu của nhiều thôn.",
                              "Scope is one hamlet but figures of several hamlets were entered.", field="scope")
    seen: set[int] = set()
    for v in d.votes:
        if v.clusters and (d.form is not VoteForm.MEETING or v.households < CLUSTER_HOUSEHOLDS):
            # Meeting by cluster: hamlets of ≥ 200 households only (Law Art. 18; NĐ 59 Art. 3.6).
            raise ValidationError(
                f"{v.hamlet_name} có {v.households} hộ: chỉ thôn, tổ dân phố có từ {CLUSTER_HOUSEHOLDS} hộ trở lên "
                "mới họp theo cụm.",
                f"{v.hamlet_name} has {v.households} households: only hamlets of {CLUSTER_HOUSEHOLDS} or more may "
                "meet by cluster.", field="votes")
        if v.unit_id is not None:
            if v.unit_id in seen:
                raise ValidationError(f"{v.hamlet_name} được nhập hai lần.", f"{v.hamlet_name} is entered twice.",
                                      field="votes")
            seen.add(v.unit_id)
    if d.proposal_households is not None:
        check_count(d.proposal_households, vi="Số hộ đề xuất", en="Households proposing", field="proposal_households")
    if d.prepoll_for is not None:
        check_count(d.prepoll_for, vi="Số hộ chọn biểu quyết trực tuyến", en="Households choosing the online vote",
                    field="prepoll_for")
    for name_vi, name_en, when, field_name in (
            ("Ngày thông báo", "The notice", d.notice_date, "notice_date"),
            ("Ngày gửi tài liệu", "The documents", d.documents_date, "documents_date"),
            ("Ngày đề xuất", "The proposal", d.proposal_date, "proposal_date")):
        if when is not None and d.vote_date is not None and when > d.vote_date:
            raise ValidationError(f"{name_vi} ({when:%d/%m/%Y}) sau ngày biểu quyết ({d.vote_date:%d/%m/%Y}).",
                                  f"{name_en} ({when:%d/%m/%Y}) is after the vote ({d.vote_date:%d/%m/%Y}).",
                                  field=field_name)
    if d.vote_date is not None and d.decision_date is not None and d.vote_date > d.decision_date:
        raise ValidationError(
            f"Ngày họp/biểu quyết ({d.vote_date:%d/%m/%Y}) sau ngày của văn bản quyết định "
            f"({d.decision_date:%d/%m/%Y}).",
            f"The meeting or vote ({d.vote_date:%d/%m/%Y}) is after the decision document "
            f"({d.decision_date:%d/%m/%Y}).", field="vote_date")
    for name_vi, name_en, later, earlier, field_name in (
            ("Ngày gửi UBND, MTTQ", "Sent", d.sent_on, d.vote_date, "sent_on"),
            ("Ngày công nhận", "Recognition", d.recognised_on, d.received_on, "recognised_on"),
            ("Ngày nhận hồ sơ", "Receipt", d.received_on, d.vote_date, "received_on"),
            ("Ngày gửi kế hoạch phát phiếu", "Ballot plan sent", d.ballot_plan_sent, d.ballot_plan_issued,
             "ballot_plan_sent")):
        if later is not None and earlier is not None and later < earlier:
            raise ValidationError(f"{name_vi} ({later:%d/%m/%Y}) trước ngày {earlier:%d/%m/%Y}.",
                                  f"{name_en} ({later:%d/%m/%Y}) is before {earlier:%d/%m/%Y}.", field=field_name)
    if d.recognition in (Recognition.RECOGNISED, Recognition.REFUSED) and d.matter not in NEEDS_RECOGNITION:
        raise ValidationError("Chỉ nội dung khoản 3, 4, 5 Điều 15 mới cần công nhận.",
                              "Only items 3–5 are recognised.", field="recognition")
    if d.election is not None:
        if d.matter is not Matter.HAMLET_HEAD:
            raise ValidationError("Bầu, cho thôi làm Trưởng thôn là nội dung khoản 4 Điều 15.",
                                  "A hamlet-head election is Art. 15 item 4.", field="matter")
        if len(d.votes) > 1:
            raise ValidationError("Bầu Trưởng thôn diễn ra trong một thôn.", "An election is held in one hamlet.",
                                  field="votes")
        if d.election.kind is ElectionKind.DISMISSAL and d.election.petition_households is not None:
            check_count(d.election.petition_households, vi="Số hộ kiến nghị", en="Households petitioning",
                        field="petition_households")
