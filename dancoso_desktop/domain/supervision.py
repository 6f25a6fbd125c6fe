"""Supervision by citizens (issue 13): the boards, their checks and recommendations, petitions.

- BTTND of the commune (Ban Thanh tra nhân dân xã, Luật 10/2022 Art. 36–40; NĐ 59 Art. 12–15);
- BTTND of the commune's own administration (agency BTTND, Art. 60–62; NĐ 59 Art. 20–23);
- BGSĐTCĐ (Ban Giám sát đầu tư của cộng đồng, Art. 41–45; NĐ 59 Art. 16–19), one per project;
- the register of citizen reception and petitions (Art. 35: satisfaction and feedback).

Pure data; the rules are in ``domain/supervision_rules.py``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date


class BoardKind(enum.StrEnum):
    COMMUNE_BTTND = "commune_bttnd"     # BTTND xã (Art. 36–40)
    AGENCY_BTTND = "agency_bttnd"       # BTTND of the commune administration (Art. 60–62)
    BGSDTCD = "bgsdtcd"                 # community investment supervision board (Art. 41–45)

    @property
    def label_vi(self) -> str:
        return {"commune_bttnd": "Ban Thanh tra nhân dân xã",
                "agency_bttnd": "Ban Thanh tra nhân dân cơ quan",
                "bgsdtcd": "Ban Giám sát đầu tư của cộng đồng"}[self.value]

    @property
    def label_en(self) -> str:
        return {"commune_bttnd": "Commune people's inspection board",
                "agency_bttnd": "Agency people's inspection board",
                "bgsdtcd": "Community investment supervision board"}[self.value]

    @property
    def short_vi(self) -> str:
        return {"commune_bttnd": "BTTND xã", "agency_bttnd": "BTTND cơ quan", "bgsdtcd": "BGSĐTCĐ"}[self.value]


class MemberRole(enum.StrEnum):
    HEAD = "head"           # Trưởng ban
    DEPUTY = "deputy"       # Phó Trưởng ban (≤ 2)
    MEMBER = "member"       # Ủy viên

    @property
    def label_vi(self) -> str:
        return {"head": "Trưởng ban", "deputy": "Phó Trưởng ban", "member": "Ủy viên"}[self.value]


class AgencyRole(enum.StrEnum):
    """A member's post in the agency (agency BTTND only, Art. 60.2)."""

    STAFF = "staff"
    HEAD = "head"                       # người đứng đầu cơ quan
    DEPUTY_HEAD = "deputy_head"         # cấp phó của người đứng đầu
    CHIEF_ACCOUNTANT = "chief_accountant"   # kế toán trưởng

    @property
    def label_vi(self) -> str:
        return {"staff": "Cán bộ, công chức", "head": "Người đứng đầu cơ quan",
                "deputy_head": "Cấp phó của người đứng đầu", "chief_accountant": "Kế toán trưởng"}[self.value]


class PeriodKind(enum.StrEnum):
    """The period of a programme or of a report to the MTTQ (NĐ 59 Art. 14.1.a, 14.3)."""

    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    TERM = "term"

    @property
    def label_vi(self) -> str:
        return {"quarter": "Quý", "half": "6 tháng", "year": "Năm", "term": "Nhiệm kỳ"}[self.value]


class DocKind(enum.StrEnum):
    PROGRAMME = "programme"     # chương trình, kế hoạch hoạt động
    REPORT = "report"           # báo cáo gửi Ủy ban MTTQ xã (or the union, agency BTTND)


class CheckKind(enum.StrEnum):
    INSPECTION = "inspection"       # kiểm tra
    SUPERVISION = "supervision"     # giám sát (a BGSĐTCĐ session too)
    VERIFICATION = "verification"   # xác minh a complaint or denunciation (Art. 38)

    @property
    def label_vi(self) -> str:
        return {"inspection": "Kiểm tra", "supervision": "Giám sát", "verification": "Xác minh"}[self.value]


class Clock(enum.StrEnum):
    """The state of a legal clock (a reply, a notice)."""

    OPEN = "open"           # running, not late yet
    OVERDUE = "overdue"     # not answered and the last day has passed
    ON_TIME = "on_time"     # answered / notified in time
    LATE = "late"           # answered / notified, but after the last day
    NONE = "none"           # no clock (no start date yet)

    @property
    def label_vi(self) -> str:
        return {"open": "Đang trong hạn", "overdue": "Quá hạn", "on_time": "Đúng hạn", "late": "Trễ hạn",
                "none": "—"}[self.value]

    @property
    def label_en(self) -> str:
        return {"open": "Open", "overdue": "Overdue", "on_time": "On time", "late": "Late", "none": "—"}[self.value]


@dataclass
class BoardMember:
    name: str
    role: MemberRole = MemberRole.MEMBER
    hamlet_id: int | None = None        # the hamlet the member represents (commune BTTND)
    employer_unit_id: int | None = None  # "works for unit X": refused when X is a commune unit
    agency_role: AgencyRole = AgencyRole.STAFF
    note: str = ""
    id: int | None = None


@dataclass
class Board:
    kind: BoardKind
    name: str
    term_start: date | None = None
    term_end: date | None = None
    members: list[BoardMember] = field(default_factory=list)
    # BGSĐTCĐ: the project it watches (Art. 41) and the notice to the investor (Art. 45.1.b)
    project_name: str = ""
    investor: str = ""
    place: str = ""
    project_value: int | None = None        # VND
    supervision_start: date | None = None
    investor_notified_on: date | None = None
    # agency BTTND: staff of the agency (Art. 60: none where ≤ 7 staff)
    agency_staff: int | None = None
    dissolved_on: date | None = None
    note: str = ""
    id: int | None = None

    def count(self, role: MemberRole) -> int:
        return sum(1 for m in self.members if m.role is role)


@dataclass
class BoardDoc:
    """A programme of the board or one of its reports to the MTTQ, for one period."""

    board_id: int
    kind: DocKind
    period: PeriodKind
    year: int
    number: int = 1                 # quarter 1–4, half 1–2; 1 for a year or a term
    issued_on: date | None = None   # adopted (programme) / sent (report)
    title: str = ""
    content: str = ""
    id: int | None = None


@dataclass
class BoardCheck:
    """One inspection, supervision or verification of a board (a BGSĐTCĐ session too)."""

    board_id: int
    title: str
    starts_on: date
    kind: CheckKind = CheckKind.INSPECTION
    subject: str = ""               # who or what is checked
    notified_on: date | None = None  # plan sent to MTTQ, Chủ tịch UBND and the target
    findings: str = ""
    confirmed_by_mttq: bool = False
    id: int | None = None


@dataclass
class BoardRecommendation:
    """A recommendation (kiến nghị) of a board to the UBND xã and the UBND's reply."""

    board_id: int
    text: str
    received_on: date               # the UBND received it: the 15-day clock starts
    check_id: int | None = None
    addressee: str = "Ủy ban nhân dân xã"
    reply_on: date | None = None
    reply_text: str = ""
    id: int | None = None


# -- petitions (citizen reception and the four kinds of letters) -------------------------------
class PetitionKind(enum.StrEnum):
    COMPLAINT = "complaint"         # khiếu nại
    DENUNCIATION = "denunciation"   # tố cáo
    PETITION = "petition"           # kiến nghị
    FEEDBACK = "feedback"           # phản ánh

    @property
    def label_vi(self) -> str:
        return {"complaint": "Khiếu nại", "denunciation": "Tố cáo", "petition": "Kiến nghị",
                "feedback": "Phản ánh"}[self.value]


class PetitionChannel(enum.StrEnum):
    RECEPTION = "reception"     # tiếp công dân trực tiếp
    MAIL = "mail"               # đơn, thư
    BOX = "box"                 # hòm thư góp ý
    HOTLINE = "hotline"         # đường dây nóng
    PORTAL = "portal"           # cổng thông tin, mạng xã hội
    BTTND = "bttnd"             # qua Ban Thanh tra nhân dân
    OTHER = "other"

    @property
    def label_vi(self) -> str:
        return {"reception": "Tiếp công dân", "mail": "Đơn, thư", "box": "Hòm thư góp ý",
                "hotline": "Đường dây nóng", "portal": "Cổng thông tin, mạng xã hội",
                "bttnd": "Qua Ban TTND", "other": "Khác"}[self.value]


class Satisfaction(enum.StrEnum):
    UNKNOWN = "unknown"
    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"

    @property
    def label_vi(self) -> str:
        return {"unknown": "Chưa khảo sát", "satisfied": "Hài lòng", "not_satisfied": "Chưa hài lòng"}[self.value]


@dataclass
class Petition:
    received_on: date
    kind: PetitionKind
    channel: PetitionChannel
    summary: str
    citizen: str = ""
    hamlet_id: int | None = None
    unit_id: int | None = None          # the unit handling it
    answer_due: date | None = None      # set by the officer
    answered_on: date | None = None
    result: str = ""
    satisfaction: Satisfaction = Satisfaction.UNKNOWN
    id: int | None = None
