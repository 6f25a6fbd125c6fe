"""The commune's conferences with its people: the UBND's dialogue conference (Luật 10/2022/QH15
Art. 32) and the year-end community conference of every hamlet (Art. 33; NĐ 59/2023 Art. 10–11;
reporting.md §2.3, §7.2).

Plain data and pure rules, each with its article. Calendar days, not working days: NĐ 59 counts
the 5 days of the convocation in calendar days (reporting.md §0.7, §7.3).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import format_date

CONVOCATION_DAYS = 5      # the convocation reaches households ≥ 05 days before — NĐ 59 Art. 11.1.c
DIALOGUES_PER_YEAR = 1    # the UBND holds a dialogue conference at least once a year — Law Art. 32
MAX_COUNT = 1_000_000

# The nine steps of the year-end conference, NĐ 59 Art. 11.2 a–i (reporting.md §2.3).
YEAR_END_AGENDA: tuple[tuple[str, str, str], ...] = (
    ("a", "Nêu lý do, giới thiệu đại biểu, nội dung; giới thiệu thư ký", "Opening, guests, secretary"),
    ("b", "Trưởng thôn báo cáo tình hình và kết quả thực hiện các nội dung cộng đồng đã quyết định",
     "The hamlet head's report"),
    ("c", "Ban công tác Mặt trận báo cáo việc thực hiện dân chủ ở thôn, xã", "The Front committee's report"),
    ("d", "Thành viên Ban Thanh tra nhân dân báo cáo kết quả kiểm tra, giám sát", "The BTTND member's report"),
    ("đ", "Hộ gia đình thảo luận, đề xuất, kiến nghị", "Households' discussion and proposals"),
    ("e", "Cung cấp thông tin, giải trình, trả lời", "Information, replies, explanations"),
    ("g", "Biểu quyết thông qua nội dung hội nghị", "Approval of the content"),
    ("h", "Biểu dương cá nhân, hộ gia đình tiêu biểu", "Praise of individuals and households"),
    ("i", "Kết luận hội nghị", "Conclusion"),
)
YEAR_END_LETTERS = tuple(letter for letter, _, _ in YEAR_END_AGENDA)
FULL_YEAR_END_AGENDA = (1 << len(YEAR_END_AGENDA)) - 1


@dataclass
class DialogueQuestion:
    """One question raised at the dialogue conference, its answer and what follows from it."""

    question: str
    asked_by: str = ""
    answer: str = ""
    follow_up: str = ""

    @property
    def answered(self) -> bool:
        return bool(self.answer.strip())


@dataclass
class DialogueConference:
    """The UBND's dialogue conference with the people, with the MTTQ (Law Art. 32)."""

    held_on: date
    place: str = ""
    chair: str = ""
    participants: str = ""             # who took part (UBND, MTTQ, organisations, citizens)
    participant_count: int = 0
    topic: str = ""
    questions: list[DialogueQuestion] = field(default_factory=list)
    notes: str = ""
    id: int | None = None

    @property
    def year(self) -> int:
        return self.held_on.year

    @property
    def answered(self) -> int:
        return sum(1 for q in self.questions if q.answered)


@dataclass
class YearEndConference:
    """One hamlet's year-end community conference (Law Art. 33; NĐ 59 Art. 10–11)."""

    year: int
    hamlet_id: int
    hamlet_name: str = ""
    planned_on: date | None = None
    plan_sent_on: date | None = None          # plan sent to UBND, MTTQ and BTTND (NĐ 59 Art. 10)
    convocation_on: date | None = None        # ≥ 5 days before (NĐ 59 Art. 11.1.c)
    held_on: date | None = None               # None: not held (yet)
    place: str = ""
    households_invited: int = 0
    households_present: int = 0
    agenda: int = FULL_YEAR_END_AGENDA        # bit mask over YEAR_END_AGENDA
    proposals_received: int = 0
    proposals_answered: int = 0               # on the spot
    proposals_forwarded: int = 0              # to the commune
    report_received_on: date | None = None    # the hamlet head's written result report (Art. 11.3)
    notes: str = ""
    id: int | None = None

    @property
    def held(self) -> bool:
        return self.held_on is not None


@dataclass(frozen=True)
class HamletStatus:
    """One hamlet's year-end conference for a year: the record, or None when nothing is entered."""

    hamlet_id: int
    hamlet_name: str
    households: int | None
    conference: YearEndConference | None

    @property
    def held(self) -> bool:
        return self.conference is not None and self.conference.held


# -- the rules ---------------------------------------------------------------------------------

def convocation_deadline(held_on: date) -> date:
    """The last day the convocation may reach households: 5 calendar days before the
    conference (NĐ 59 Art. 11.1.c): a conference on 20/12 needs it by 15/12."""
    return held_on - timedelta(days=CONVOCATION_DAYS)


def convocation_on_time(convocation_on: date | None, held_on: date | None) -> bool | None:
    """≥ 5 days before (NĐ 59 Art. 11.1.c); None when either date is missing."""
    if convocation_on is None or held_on is None:
        return None
    return convocation_on <= convocation_deadline(held_on)


def attendance(present: int, invited: int) -> Fraction:
    """Households present ÷ households invited (reporting.md §7.4 "average attendance %")."""
    return Fraction(present, invited) if invited > 0 else Fraction(0)


def year_end_due(year: int) -> date:
    """When a hamlet's year-end conference is due: by the year's end (Law Art. 33 "định kỳ
    cuối năm"); the due list shows the missing ones through December."""
    return date(year, 12, 31)


def dialogue_due(year: int) -> date:
    """At least one dialogue conference in the year (Law Art. 32)."""
    return date(year, 12, 31)


def _count(value: object, vi: str, en: str, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ValidationError(f"{vi} phải là số nguyên từ 0 đến {MAX_COUNT:,}.".replace(",", "."),
                              f"{en} must be a whole number from 0 to {MAX_COUNT:,}.", field=field_name)
    return value


def validate_year_end(conf: YearEndConference) -> None:
    invited = _count(conf.households_invited, "Số hộ được mời", "Households invited", "households_invited")
    present = _count(conf.households_present, "Số hộ dự", "Households present", "households_present")
    received = _count(conf.proposals_received, "Số kiến nghị", "Proposals", "proposals_received")
    answered = _count(conf.proposals_answered, "Số kiến nghị đã trả lời", "Proposals answered",
                      "proposals_answered")
    forwarded = _count(conf.proposals_forwarded, "Số kiến nghị chuyển xã", "Proposals forwarded",
                       "proposals_forwarded")
    if invited and present > invited:
        raise ValidationError(f"Số hộ dự ({present}) nhiều hơn số hộ được mời ({invited}).",
                              f"More households present ({present}) than invited ({invited}).",
                              field="households_present")
    if answered + forwarded > received:
        raise ValidationError(
            f"Số kiến nghị đã trả lời và đã chuyển ({answered + forwarded}) nhiều hơn số nhận được ({received}).",
            f"More proposals answered and forwarded ({answered + forwarded}) than received ({received}).",
            field="proposals_answered")
    if conf.held_on is None and (present or received or conf.report_received_on):
        raise ValidationError("Chưa có ngày họp thì chưa ghi được số hộ dự, kiến nghị hay báo cáo kết quả.",
                              "Enter the date held before attendance, proposals or the result report.",
                              field="held_on")
    if conf.held_on is not None:
        if conf.held_on.year not in (conf.year, conf.year + 1):
            raise ValidationError(
                f"Hội nghị cuối năm {conf.year} không thể họp ngày {format_date(conf.held_on)}.",
                f"The year-end conference of {conf.year} cannot be held on {conf.held_on:%d/%m/%Y}.",
                field="held_on")
        if conf.convocation_on is not None and conf.convocation_on > conf.held_on:
            raise ValidationError("Ngày triệu tập sau ngày họp.", "The convocation is after the conference.",
                                  field="convocation_on")
        if conf.report_received_on is not None and conf.report_received_on < conf.held_on:
            raise ValidationError("Ngày nhận báo cáo kết quả trước ngày họp.",
                                  "The result report is dated before the conference.", field="report_received_on")
    if conf.plan_sent_on is not None and conf.held_on is not None and conf.plan_sent_on > conf.held_on:
        raise ValidationError("Kế hoạch gửi sau ngày họp.", "The plan was sent after the conference.",
                              field="plan_sent_on")


def validate_dialogue(conf: DialogueConference) -> None:
    _count(conf.participant_count, "Số người dự", "Participants", "participant_count")
    if not conf.questions and not conf.topic.strip():
        raise ValidationError("Hãy ghi nội dung đối thoại hoặc ít nhất một câu hỏi.",
                              "Enter the topic or at least one question.", field="topic")
