"""A hamlet's hương ước or quy ước and its life cycle (NĐ 61/2023/NĐ-CP), as plain data.

Stages follow the decree: proposal (Art. 7), drafting team (Art. 8), draft posted (Art. 9),
adoption by the households (Art. 10), file and recognition by the UBND xã (Art. 11), sending to
the hamlet and the MTTQ (Art. 18), then suspension (Art. 12), amendment or replacement (Art. 13),
repeal (Art. 14) and the annual review (Art. 15). The checks are in ``village_rule_rules``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from dancoso_desktop.domain import village_rule_rules as rules
from dancoso_desktop.domain.consultation import MAX_LINE, MAX_TEXT, check_count, check_date, check_text
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import format_date, require_text
from dancoso_desktop.domain.working_days import WorkingCalendar

MAX_EVENTS = 200
MAX_REVIEWS = 200
MAX_HOUSEHOLDS = 1_000_000


class RuleKind(StrEnum):
    HUONG_UOC = "huong_uoc"     # of a thôn, làng, ấp, bản…
    QUY_UOC = "quy_uoc"         # of a tổ dân phố


KIND_VI = {RuleKind.HUONG_UOC: "Hương ước", RuleKind.QUY_UOC: "Quy ước"}


class AdoptionForm(StrEnum):
    MEETING = "meeting"         # a meeting of household representatives (Art. 10)
    BALLOT = "ballot"           # a ballot per household, when the meeting lacked households


ADOPTION_VI = {AdoptionForm.MEETING: "Họp cộng đồng dân cư", AdoptionForm.BALLOT: "Phát phiếu lấy ý kiến hộ"}


class EventKind(StrEnum):
    SUSPENSION = "suspension"       # tạm ngừng thực hiện (Art. 12, Mẫu 04)
    AMENDMENT = "amendment"         # sửa đổi, bổ sung (Art. 13), recognised again
    REPLACEMENT = "replacement"     # thay thế (Art. 13)
    REPEAL = "repeal"               # bãi bỏ (Art. 14, Mẫu 05)


EVENT_VI = {EventKind.SUSPENSION: "Tạm ngừng thực hiện", EventKind.AMENDMENT: "Sửa đổi, bổ sung",
            EventKind.REPLACEMENT: "Thay thế", EventKind.REPEAL: "Bãi bỏ"}


class Scope(StrEnum):
    WHOLE = "whole"
    PARTIAL = "partial"


SCOPE_VI = {Scope.WHOLE: "toàn bộ", Scope.PARTIAL: "một phần"}


class Stage(StrEnum):
    PROPOSED = "proposed"
    DRAFTING = "drafting"
    POSTED = "posted"
    ADOPTED = "adopted"
    REJECTED = "rejected"           # the households did not adopt it
    FILED = "filed"                 # the file is with the UBND
    IN_FORCE = "in_force"           # recognised: in force from the decision (Art. 11.5)
    REFUSED = "refused"             # not recognised (reasoned refusal, Art. 11.3)
    SUSPENDED = "suspended"
    REPLACED = "replaced"
    REPEALED = "repealed"


STAGE_VI = {Stage.PROPOSED: "Đề xuất", Stage.DRAFTING: "Đang soạn thảo", Stage.POSTED: "Niêm yết dự thảo",
            Stage.ADOPTED: "Đã thông qua", Stage.REJECTED: "Không được thông qua", Stage.FILED: "Đã gửi hồ sơ",
            Stage.IN_FORCE: "Đã công nhận, có hiệu lực", Stage.REFUSED: "Không công nhận",
            Stage.SUSPENDED: "Tạm ngừng thực hiện", Stage.REPLACED: "Đã thay thế", Stage.REPEALED: "Đã bãi bỏ"}
STAGE_EN = {Stage.PROPOSED: "Proposed", Stage.DRAFTING: "Drafting", Stage.POSTED: "Draft posted",
            Stage.ADOPTED: "Adopted", Stage.REJECTED: "Not adopted", Stage.FILED: "Filed",
            Stage.IN_FORCE: "Recognised, in force", Stage.REFUSED: "Not recognised",
            Stage.SUSPENDED: "Suspended", Stage.REPLACED: "Replaced", Stage.REPEALED: "Repealed"}


@dataclass
class RuleEvent:
    """A suspension, amendment, replacement or repeal: what triggered it and the decision."""

    kind: EventKind
    scope: Scope = Scope.WHOLE
    trigger_on: date | None = None      # complaint received or review finding (starts the WD count)
    decided_on: date | None = None      # the UBND's decision (or the new recognition)
    decision_number: str = ""
    reason: str = ""
    fix_by: date | None = None          # suspension: deadline to complete the procedure (Art. 12.3)


@dataclass
class VillageRule:
    hamlet_id: int
    title: str
    kind: RuleKind = RuleKind.HUONG_UOC
    hamlet_name: str = ""
    households: int | None = None       # all households of the hamlet on the day (the base, Art. 10)
    proposed_on: date | None = None
    proposal_households: int | None = None   # households agreeing to the proposal (Art. 7)
    drafting_team: str = ""
    draft_posted_on: date | None = None
    adoption_form: AdoptionForm | None = None
    adopted_on: date | None = None      # the meeting, or the end of the ballot
    present: int | None = None          # households present at the meeting
    agree: int | None = None
    disagree: int | None = None
    file_sent_on: date | None = None    # Mẫu 01 + 02 + text reach the UBND
    recognised_on: date | None = None   # Mẫu 03: in force from this day
    decision_number: str = ""
    refused_on: date | None = None
    refusal_reason: str = ""
    sent_on: date | None = None         # the decision sent to the hamlet and the MTTQ
    events: list[RuleEvent] = field(default_factory=list)
    reviews: list[date] = field(default_factory=list)
    notes: str = ""
    id: int | None = None

    @property
    def kind_name(self) -> str:
        return KIND_VI[self.kind]


# -- stage ---------------------------------------------------------------------------------------
def stage(r: VillageRule) -> Stage:
    """Where the text stands, from the facts recorded (not from today's date)."""
    if r.recognised_on is not None:
        current = Stage.IN_FORCE
        for ev in sorted((e for e in r.events if e.decided_on is not None), key=lambda e: e.decided_on or date.min):
            if ev.kind is EventKind.SUSPENSION:
                current = Stage.SUSPENDED
            elif ev.kind is EventKind.AMENDMENT:
                current = Stage.IN_FORCE          # a recognition decision ends a suspension (Art. 12.3)
            elif ev.kind is EventKind.REPLACEMENT:
                current = Stage.REPLACED
            elif ev.kind is EventKind.REPEAL and ev.scope is Scope.WHOLE:
                current = Stage.REPEALED
        return current
    if r.refused_on is not None:
        return Stage.REFUSED
    if r.file_sent_on is not None:
        return Stage.FILED
    if r.adopted_on is not None and r.agree is not None and r.households:
        if r.agree <= r.households and rules.adopted(r.households, r.agree):
            return Stage.ADOPTED
        return Stage.REJECTED
    if r.draft_posted_on is not None:
        return Stage.POSTED
    if r.drafting_team:
        return Stage.DRAFTING
    return Stage.PROPOSED


# -- checks ----------------------------------------------------------------------------------------
class RuleProblem(StrEnum):
    """Codes of the failed checks (the JSON ``problems``); the order is the stored bit order."""

    PROPOSAL_TOO_FEW = "proposal_too_few"            # < 10% of households proposed it (Art. 7)
    DRAFT_POSTED_TOO_SHORT = "draft_posted_too_short"  # < 30 days before the vote (Art. 9)
    MEETING_WITHOUT_QUORUM = "meeting_without_quorum"  # ≤ 50% present: a ballot was needed (Art. 10)
    NOT_ADOPTED = "not_adopted"                      # ≤ 50% of all households agreed (Art. 10)
    FILE_LATE = "file_late"                          # > 5 WD after adoption (Art. 11)
    RECOGNITION_LATE = "recognition_late"            # > 5 WD after the file (Art. 11.3)
    SENDING_LATE = "sending_late"                    # > 2 WD after the decision (Art. 18.1.a)
    SUSPENSION_LATE = "suspension_late"              # > 3 WD after the complaint (Art. 12.2)
    REPEAL_LATE = "repeal_late"                      # > 5 WD (Art. 14.3)
    OVERDUE = "overdue"                              # a step not done and its deadline passed
    REVIEW_MISSING = "review_missing"                # in force, 18/11 passed, no review this year (Art. 15.4)


DYNAMIC_PROBLEMS = (RuleProblem.OVERDUE, RuleProblem.REVIEW_MISSING)

PROBLEM_VI = {
    RuleProblem.PROPOSAL_TOO_FEW: "Đề xuất chưa đủ 10% số hộ (Điều 7)",
    RuleProblem.DRAFT_POSTED_TOO_SHORT: "Niêm yết dự thảo dưới 30 ngày (Điều 9)",
    RuleProblem.MEETING_WITHOUT_QUORUM: "Cuộc họp không quá 50% số hộ dự, phải phát phiếu (Điều 10)",
    RuleProblem.NOT_ADOPTED: "Chưa quá 50% tổng số hộ tán thành (Điều 10)",
    RuleProblem.FILE_LATE: "Gửi hồ sơ quá 5 ngày làm việc (Điều 11)",
    RuleProblem.RECOGNITION_LATE: "Quyết định công nhận quá 5 ngày làm việc (khoản 3 Điều 11)",
    RuleProblem.SENDING_LATE: "Gửi quyết định quá 2 ngày làm việc (điểm a khoản 1 Điều 18)",
    RuleProblem.SUSPENSION_LATE: "Tạm ngừng quá 3 ngày làm việc (khoản 2 Điều 12)",
    RuleProblem.REPEAL_LATE: "Bãi bỏ quá 5 ngày làm việc (khoản 3 Điều 14)",
    RuleProblem.OVERDUE: "Có bước quá hạn chưa làm",
    RuleProblem.REVIEW_MISSING: "Chưa rà soát hằng năm (ngày 18/11, khoản 4 Điều 15)",
}
PROBLEM_EN = {
    RuleProblem.PROPOSAL_TOO_FEW: "Proposed by fewer than 10% of households (Art. 7)",
    RuleProblem.DRAFT_POSTED_TOO_SHORT: "Draft posted fewer than 30 days (Art. 9)",
    RuleProblem.MEETING_WITHOUT_QUORUM: "Meeting with 50% or fewer households: a ballot was needed (Art. 10)",
    RuleProblem.NOT_ADOPTED: "Not more than 50% of all households agreed (Art. 10)",
    RuleProblem.FILE_LATE: "File sent after 5 working days (Art. 11)",
    RuleProblem.RECOGNITION_LATE: "Recognised after 5 working days (Art. 11(3))",
    RuleProblem.SENDING_LATE: "Decision sent after 2 working days (Art. 18(1)(a))",
    RuleProblem.SUSPENSION_LATE: "Suspended after 3 working days (Art. 12(2))",
    RuleProblem.REPEAL_LATE: "Repealed after 5 working days (Art. 14(3))",
    RuleProblem.OVERDUE: "A step is overdue",
    RuleProblem.REVIEW_MISSING: "No annual review (18/11, Art. 15(4))",
}


@dataclass(frozen=True)
class Deadlines:
    """Each step's last day (None while the step it follows has not happened)."""

    file: date | None = None
    recognition: date | None = None
    sending: date | None = None
    events: tuple[date | None, ...] = ()

    def pending(self, r: VillageRule) -> date | None:
        """The earliest deadline of a step not yet done (for the due list and 'overdue')."""
        dues = []
        if self.file and r.file_sent_on is None and r.recognised_on is None and r.refused_on is None:
            dues.append(self.file)
        if self.recognition and r.recognised_on is None and r.refused_on is None:
            dues.append(self.recognition)
        if self.sending and r.sent_on is None:
            dues.append(self.sending)
        for ev, due in zip(r.events, self.events, strict=True):
            if due is not None and ev.decided_on is None:
                dues.append(due)
        return min(dues) if dues else None


def deadlines(r: VillageRule, calendar: WorkingCalendar) -> Deadlines:
    adopted_ok = (r.adopted_on is not None and r.agree is not None and bool(r.households)
                  and r.agree <= (r.households or 0) and rules.adopted(r.households or 0, r.agree))
    events: list[date | None] = []
    for ev in r.events:
        if ev.trigger_on is None or ev.kind not in (EventKind.SUSPENSION, EventKind.REPEAL):
            events.append(None)
        elif ev.kind is EventKind.SUSPENSION:
            events.append(rules.suspension_deadline(ev.trigger_on, calendar))
        else:
            events.append(rules.repeal_deadline(ev.trigger_on, calendar))
    return Deadlines(
        file=rules.file_deadline(r.adopted_on, calendar) if adopted_ok and r.adopted_on else None,
        recognition=rules.recognition_deadline(r.file_sent_on, calendar) if r.file_sent_on else None,
        sending=rules.sending_deadline(r.recognised_on, calendar) if r.recognised_on else None,
        events=tuple(events))


def static_problems(r: VillageRule, calendar: WorkingCalendar) -> list[RuleProblem]:
    """The checks that do not move with today's date (stored with the record)."""
    found: list[RuleProblem] = []
    total = r.households or 0
    if r.proposal_households is not None and total and not rules.proposal_valid(total, r.proposal_households):
        found.append(RuleProblem.PROPOSAL_TOO_FEW)
    if r.draft_posted_on and r.adopted_on and not rules.draft_posted_long_enough(r.draft_posted_on, r.adopted_on):
        found.append(RuleProblem.DRAFT_POSTED_TOO_SHORT)
    if r.adoption_form is AdoptionForm.MEETING and r.present is not None and total \
            and not rules.meeting_quorum(total, r.present):
        found.append(RuleProblem.MEETING_WITHOUT_QUORUM)
    if r.adopted_on and r.agree is not None and total and not rules.adopted(total, r.agree):
        found.append(RuleProblem.NOT_ADOPTED)
    d = deadlines(r, calendar)
    if d.file and r.file_sent_on and r.file_sent_on > d.file:
        found.append(RuleProblem.FILE_LATE)
    if d.recognition and r.recognised_on and r.recognised_on > d.recognition:
        found.append(RuleProblem.RECOGNITION_LATE)
    if d.sending and r.sent_on and r.sent_on > d.sending:
        found.append(RuleProblem.SENDING_LATE)
    for ev, due in zip(r.events, d.events, strict=True):
        if due is not None and ev.decided_on is not None and ev.decided_on > due:
            found.append(RuleProblem.SUSPENSION_LATE if ev.kind is EventKind.SUSPENSION else RuleProblem.REPEAL_LATE)
    return list(dict.fromkeys(found))


def review_missing(r: VillageRule, today: date) -> bool:
    """In force, this year's 18/11 has passed and no review was held this year (Art. 15.4)."""
    return (stage(r) is Stage.IN_FORCE and r.recognised_on is not None and r.recognised_on < rules.review_day(today.year)
            and today > rules.review_day(today.year) and not any(d.year == today.year for d in r.reviews))


def check(r: VillageRule, calendar: WorkingCalendar, today: date) -> list[RuleProblem]:
    found = static_problems(r, calendar)
    pending = deadlines(r, calendar).pending(r)
    if pending is not None and pending < today:
        found.append(RuleProblem.OVERDUE)
    if review_missing(r, today):
        found.append(RuleProblem.REVIEW_MISSING)
    return found


def problems_to_mask(problems: list[RuleProblem]) -> int:
    order = tuple(RuleProblem)
    mask = 0
    for p in problems:
        mask |= 1 << order.index(p)
    return mask


def problems_from_mask(mask: int) -> list[RuleProblem]:
    return [p for i, p in enumerate(RuleProblem) if mask & (1 << i)]


# -- cleaning --------------------------------------------------------------------------------------
def _order(later: date | None, earlier: date | None, vi: str, en: str, field: str) -> None:
    if later is not None and earlier is not None and later < earlier:
        raise ValidationError(vi, en, field=field)


def _opt_count(value: object, vi: str, en: str, field: str) -> int | None:
    return None if value is None else check_count(value, vi, en, field, maximum=MAX_HOUSEHOLDS)


def validate_rule(r: VillageRule) -> VillageRule:
    """Clean ``r`` or refuse it: impossible figures, dates out of order, hostile text."""
    title = require_text(r.title, vi_name="Tên hương ước, quy ước", en_name="Title", max_len=1000, field="title")
    kind = RuleKind(r.kind)
    households = _opt_count(r.households, "Tổng số hộ", "Households", "households")
    proposal = _opt_count(r.proposal_households, "Số hộ đề xuất", "Households proposing", "proposal_households")
    present = _opt_count(r.present, "Số hộ dự họp", "Households present", "present")
    agree = _opt_count(r.agree, "Số hộ tán thành", "Households agreeing", "agree")
    disagree = _opt_count(r.disagree, "Số hộ không tán thành", "Households against", "disagree")
    for d, vi, en, f in ((r.proposed_on, "Ngày đề xuất", "Proposal", "proposed_on"),
                         (r.draft_posted_on, "Ngày niêm yết dự thảo", "Draft posted", "draft_posted_on"),
                         (r.adopted_on, "Ngày thông qua", "Adoption", "adopted_on"),
                         (r.file_sent_on, "Ngày gửi hồ sơ", "File sent", "file_sent_on"),
                         (r.recognised_on, "Ngày quyết định công nhận", "Recognition", "recognised_on"),
                         (r.refused_on, "Ngày từ chối công nhận", "Refusal", "refused_on"),
                         (r.sent_on, "Ngày gửi quyết định", "Decision sent", "sent_on")):
        check_date(d, vi, en, f)
    if (proposal is not None or agree is not None or present is not None) and households is None:
        raise ValidationError("Hãy nhập tổng số hộ của thôn (căn cứ tính tỷ lệ).",
                              "Enter the hamlet's households (the base of every share).", field="households")
    if households == 0 and (agree is not None or present is not None or proposal is not None):
        raise ValidationError("Thôn có 0 hộ: không thể tính tỷ lệ tán thành. Hãy nhập số hộ của thôn.",
                              "The hamlet has 0 households: no share can be computed. Enter its households.",
                              field="households")
    total = households or 0
    for n, vi, en, f in ((proposal, "Số hộ đề xuất", "Households proposing", "proposal_households"),
                         (present, "Số hộ dự họp", "Households present", "present"),
                         (agree, "Số hộ tán thành", "Households agreeing", "agree")):
        if n is not None and n > total:
            raise ValidationError(f"{vi} ({n}) nhiều hơn tổng số hộ của thôn ({total}).",
                                  f"{en} ({n}) exceeds the hamlet's households ({total}).", field=f)
    form = AdoptionForm(r.adoption_form) if r.adoption_form else None
    voters = present if form is AdoptionForm.MEETING and present is not None else total
    if (agree or 0) + (disagree or 0) > voters:
        where_vi = "số hộ dự họp" if voters != total else "tổng số hộ"
        where_en = "households present" if voters != total else "all households"
        raise ValidationError(
            f"Số hộ tán thành ({agree or 0}) và không tán thành ({disagree or 0}) vượt quá {where_vi} ({voters}).",
            f"Households for ({agree or 0}) and against ({disagree or 0}) exceed the {where_en} ({voters}).",
            field="agree")
    if r.adopted_on is not None and agree is None:
        raise ValidationError("Hãy nhập số hộ tán thành khi ghi ngày thông qua.",
                              "Enter the households agreeing with the adoption date.", field="agree")
    order = [(r.draft_posted_on, r.proposed_on, "Ngày niêm yết dự thảo trước ngày đề xuất.",
              "The draft was posted before the proposal.", "draft_posted_on"),
             (r.adopted_on, r.draft_posted_on, "Ngày thông qua trước ngày niêm yết dự thảo.",
              "Adopted before the draft was posted.", "adopted_on"),
             (r.adopted_on, r.proposed_on, "Ngày thông qua trước ngày đề xuất.", "Adopted before it was proposed.",
              "adopted_on"),
             (r.file_sent_on, r.adopted_on, "Ngày gửi hồ sơ trước ngày thông qua.", "File sent before adoption.",
              "file_sent_on"),
             (r.recognised_on, r.file_sent_on, "Ngày công nhận trước ngày nhận hồ sơ.",
              "Recognised before the file was sent.", "recognised_on"),
             (r.recognised_on, r.adopted_on, "Ngày công nhận trước ngày thông qua.", "Recognised before adoption.",
              "recognised_on"),
             (r.refused_on, r.file_sent_on, "Ngày từ chối trước ngày nhận hồ sơ.", "Refused before the file.",
              "refused_on"),
             (r.sent_on, r.recognised_on, "Ngày gửi quyết định trước ngày quyết định.",
              "Decision sent before it was made.", "sent_on")]
    for later, earlier, vi, en, f in order:
        _order(later, earlier, vi, en, f)
    if r.recognised_on and r.refused_on:
        raise ValidationError("Một văn bản không thể vừa được công nhận vừa bị từ chối; hãy chọn một.",
                              "A text cannot be both recognised and refused.", field="refused_on")
    if r.recognised_on and r.adopted_on is None:
        raise ValidationError("Chỉ công nhận được hương ước, quy ước đã được thông qua: hãy nhập ngày thông qua.",
                              "Only an adopted text can be recognised: enter the adoption date.", field="adopted_on")
    if r.sent_on and r.recognised_on is None:
        raise ValidationError("Chưa có quyết định công nhận để gửi.", "There is no recognition decision to send.",
                              field="sent_on")
    if len(r.events) > MAX_EVENTS or len(r.reviews) > MAX_REVIEWS:
        raise ValidationError("Quá nhiều dòng sự kiện hoặc rà soát.", "Too many events or reviews.", field="events")
    events = []
    for i, ev in enumerate(r.events, start=1):
        kind_ev = EventKind(ev.kind)
        for d in (ev.trigger_on, ev.decided_on, ev.fix_by):
            check_date(d, f"Sự kiện thứ {i}", f"Event {i}", "events")
        if ev.trigger_on is None and ev.decided_on is None:
            raise ValidationError(f"Sự kiện thứ {i}: hãy nhập ngày nhận kiến nghị hoặc ngày quyết định.",
                                  f"Event {i}: enter the day of the complaint or of the decision.", field="events")
        _order(ev.decided_on, ev.trigger_on, f"Sự kiện thứ {i}: ngày quyết định trước ngày phát sinh.",
               f"Event {i}: decided before it was triggered.", "events")
        if r.recognised_on is None:
            raise ValidationError(f"Sự kiện thứ {i}: chỉ tạm ngừng, sửa đổi, bãi bỏ văn bản đã được công nhận.",
                                  f"Event {i}: only a recognised text can be suspended, amended or repealed.",
                                  field="events")
        _order(ev.decided_on, r.recognised_on, f"Sự kiện thứ {i}: ngày quyết định trước ngày công nhận.",
               f"Event {i}: decided before the recognition.", "events")
        events.append(RuleEvent(kind_ev, Scope(ev.scope), ev.trigger_on, ev.decided_on,
                                check_text(ev.decision_number, "Số quyết định", "Decision number", "events", MAX_LINE),
                                check_text(ev.reason, "Lý do", "Reason", "events", MAX_TEXT, multiline=True),
                                ev.fix_by))
    reviews = sorted(set(r.reviews))
    for d in reviews:
        check_date(d, "Ngày rà soát", "Review day", "reviews")
        if r.recognised_on is None or d < r.recognised_on:
            raise ValidationError(f"Ngày rà soát {format_date(d)} trước khi văn bản được công nhận.",
                                  f"Review on {d} before the text was recognised.", field="reviews")
    return replace(
        r, title=title, kind=kind, households=households, proposal_households=proposal, present=present,
        agree=agree, disagree=disagree, adoption_form=form, events=events, reviews=reviews,
        drafting_team=check_text(r.drafting_team, "Tổ soạn thảo", "Drafting team", "drafting_team", MAX_TEXT,
                                 multiline=True),
        decision_number=check_text(r.decision_number, "Số quyết định", "Decision number", "decision_number",
                                   MAX_LINE),
        refusal_reason=check_text(r.refusal_reason, "Lý do không công nhận", "Refusal reason", "refusal_reason",
                                  MAX_TEXT, multiline=True),
        notes=check_text(r.notes, "Ghi chú", "Notes", "notes", MAX_TEXT, multiline=True))


def as_of(r: VillageRule, day: date) -> VillageRule:
    """The record as it stood at the end of ``day`` (facts dated later are left out): the stage a
    report counts at its cut-off date."""
    def keep(d: date | None) -> date | None:
        return d if d is not None and d <= day else None

    return replace(r, proposed_on=keep(r.proposed_on), draft_posted_on=keep(r.draft_posted_on),
                   adopted_on=keep(r.adopted_on), file_sent_on=keep(r.file_sent_on),
                   recognised_on=keep(r.recognised_on), refused_on=keep(r.refused_on), sent_on=keep(r.sent_on),
                   events=[replace(e, decided_on=keep(e.decided_on)) for e in r.events
                           if e.decided_on is not None and e.decided_on <= day],
                   reviews=[d for d in r.reviews if d <= day])
