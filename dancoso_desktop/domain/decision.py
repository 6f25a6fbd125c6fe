"""Community decisions (Luật 10/2022 Art. 15–24; NĐ 59/2023 Art. 3–9): what the citizens of one
or more hamlets decide by household vote, with the figures of each hamlet.

Pure data. The rules (thresholds, deadlines, checks) are in ``decision_rules.py``; the hamlet
head's schedule in ``hamlet_head.py``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date


class Matter(enum.IntEnum):
    """The six matters citizens decide (Law Art. 15)."""

    CONTRIBUTION = 1      # đóng góp xây dựng công trình công cộng, cơ sở hạ tầng
    COMMUNITY_FUND = 2    # thu, chi, quản lý các khoản đóng góp, kinh phí của cộng đồng
    VILLAGE_RULES = 3     # hương ước, quy ước
    HAMLET_HEAD = 4       # bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố
    BOARD_MEMBERS = 5     # bầu, cho thôi làm thành viên BTTND, BGSĐTCĐ
    OTHER = 6             # công việc tự quản khác


MATTER_VI = {
    Matter.CONTRIBUTION: "Chủ trương và mức đóng góp xây dựng cơ sở hạ tầng, công trình công cộng",
    Matter.COMMUNITY_FUND: "Thu, chi, quản lý các khoản đóng góp, kinh phí của cộng đồng",
    Matter.VILLAGE_RULES: "Nội dung hương ước, quy ước của thôn, tổ dân phố",
    Matter.HAMLET_HEAD: "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố",
    Matter.BOARD_MEMBERS: "Bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
    Matter.OTHER: "Các công việc tự quản khác trong nội bộ cộng đồng dân cư",
}
MATTER_SHORT_VI = {
    Matter.CONTRIBUTION: "Đóng góp xây dựng", Matter.COMMUNITY_FUND: "Quỹ, kinh phí cộng đồng",
    Matter.VILLAGE_RULES: "Hương ước, quy ước", Matter.HAMLET_HEAD: "Trưởng thôn, TDP",
    Matter.BOARD_MEMBERS: "Thành viên BTTND, BGSĐTCĐ", Matter.OTHER: "Việc tự quản khác",
}
MATTER_EN = {
    Matter.CONTRIBUTION: "Contributions for infrastructure", Matter.COMMUNITY_FUND: "Community funds",
    Matter.VILLAGE_RULES: "Village rules (hương ước)", Matter.HAMLET_HEAD: "Hamlet head",
    Matter.BOARD_MEMBERS: "BTTND / BGSĐTCĐ members", Matter.OTHER: "Other self-managed matters",
}


class Scope(enum.StrEnum):
    HAMLET = "hamlet"       # one hamlet
    SEVERAL = "several"     # several hamlets, each deciding for itself
    COMMUNE = "commune"     # commune-wide (Art. 21.1: ≥ 2/3 of the hamlets for items 1–2)


SCOPE_VI = {Scope.HAMLET: "Một thôn, TDP", Scope.SEVERAL: "Nhiều thôn, TDP", Scope.COMMUNE: "Toàn xã"}
SCOPE_EN = {Scope.HAMLET: "One hamlet", Scope.SEVERAL: "Several hamlets", Scope.COMMUNE: "Commune-wide"}


class Proposer(enum.StrEnum):
    """Who put the matter to the citizens (Law Art. 16)."""

    UBND = "ubnd"
    HAMLET = "hamlet"       # the hamlet head with the Ban công tác Mặt trận
    CITIZENS = "citizens"   # ≥ 10% of the households; the agreement holds 3 months


PROPOSER_VI = {Proposer.UBND: "UBND xã", Proposer.HAMLET: "Trưởng thôn, TDP",
               Proposer.CITIZENS: "Công dân (≥ 10% hộ)"}
PROPOSER_EN = {Proposer.UBND: "Commune People's Committee", Proposer.HAMLET: "Hamlet head",
               Proposer.CITIZENS: "Citizens (≥ 10% of households)"}


class VoteForm(enum.StrEnum):
    """How the households decided (Law Art. 17)."""

    MEETING = "meeting"     # họp cử tri hoặc cử tri đại diện hộ gia đình (Art. 18; NĐ 59 Art. 3)
    BALLOT = "ballot"       # phát phiếu lấy ý kiến hộ gia đình (Art. 19; NĐ 59 Art. 4)
    ONLINE = "online"       # biểu quyết trực tuyến, item 6 only (Art. 17; NĐ 59 Art. 5)


FORM_VI = {VoteForm.MEETING: "Họp đại diện hộ gia đình", VoteForm.BALLOT: "Phát phiếu lấy ý kiến hộ",
           VoteForm.ONLINE: "Biểu quyết trực tuyến"}
FORM_EN = {VoteForm.MEETING: "Household meeting", VoteForm.BALLOT: "Household ballot",
           VoteForm.ONLINE: "Online vote"}


class Recognition(enum.StrEnum):
    """Recognition of a decision on items 3–5 (Law Art. 21.2, 22): the UBND xã for items 3–4,
    the MTTQ xã for item 5."""

    NOT_NEEDED = "not_needed"
    PENDING = "pending"
    RECOGNISED = "recognised"
    REFUSED = "refused"


RECOGNITION_VI = {Recognition.NOT_NEEDED: "Không cần công nhận", Recognition.PENDING: "Chờ công nhận",
                  Recognition.RECOGNISED: "Đã công nhận", Recognition.REFUSED: "Không công nhận (có lý do)"}


class DocKind(enum.StrEnum):
    """The written form of the decision (Law Art. 20.1)."""

    RESOLUTION = "resolution"
    MINUTES = "minutes"
    MEMORANDUM = "memorandum"
    AGREEMENT = "agreement"


DOC_KIND_VI = {DocKind.RESOLUTION: "Nghị quyết", DocKind.MINUTES: "Biên bản cuộc họp",
               DocKind.MEMORANDUM: "Bản ghi nhớ", DocKind.AGREEMENT: "Bản thỏa thuận"}


class ElectionKind(enum.StrEnum):
    """For item 4: an election of the hamlet head or a dismissal (NĐ 59 Art. 6–9)."""

    NONE = ""
    ELECTION = "election"
    DISMISSAL = "dismissal"


class DismissalGround(enum.StrEnum):
    """Grounds of a dismissal (NĐ 59 Art. 9.1)."""

    NONE = ""
    RESIGNATION = "resignation"   # đơn xin thôi làm (sức khỏe, gia đình, lý do khác)
    FRONT_REQUEST = "front"       # đề nghị của Trưởng ban công tác Mặt trận
    PETITION = "petition"         # kiến nghị của ≥ 50% tổng số hộ gia đình


GROUND_VI = {DismissalGround.NONE: "", DismissalGround.RESIGNATION: "Đơn xin thôi làm",
             DismissalGround.FRONT_REQUEST: "Đề nghị của Trưởng ban công tác Mặt trận",
             DismissalGround.PETITION: "Kiến nghị của từ 50% hộ gia đình trở lên"}


@dataclass
class HamletVote:
    """One hamlet's figures. ``households`` is the total of the hamlet on the day (default from
    the units catalogue); ``present`` the representatives present (meeting) or ballots returned
    (ballot) or households taking part (online)."""

    unit_id: int | None
    households: int
    present: int = 0
    votes_for: int = 0
    votes_against: int = 0
    votes_blank: int = 0
    clusters: int = 0              # cluster meetings held (hamlets of ≥ 200 households, Art. 18)
    hamlet_name: str = ""


@dataclass
class Election:
    """The hamlet-head part of an item-4 decision (NĐ 59 Art. 6–9; reporting.md §2.2)."""

    kind: ElectionKind = ElectionKind.ELECTION
    plan_date: date | None = None          # QĐ và Kế hoạch của Chủ tịch UBND xã (≤ T−20)
    candidates_date: date | None = None    # Mẫu 05 của Ban công tác Mặt trận (≤ T−15)
    team_date: date | None = None          # QĐ thành lập Tổ bầu cử (≤ T−10)
    notices_date: date | None = None       # công bố công khai (≤ T−7)
    candidates: str = ""                   # one name a line
    elected_name: str = ""
    term_years: int = 5                    # NĐ 185/2026 [S]: editable
    ground: DismissalGround = DismissalGround.NONE
    petition_households: int | None = None
    interim_name: str = ""                 # người được giao tạm thời phụ trách


@dataclass
class Decision:
    year: int
    matter: Matter
    title: str
    scope: Scope = Scope.HAMLET
    proposer: Proposer = Proposer.HAMLET
    form: VoteForm = VoteForm.MEETING
    doc_kind: DocKind = DocKind.RESOLUTION
    votes: list[HamletVote] = field(default_factory=list)
    proposal_date: date | None = None           # citizens' proposal agreed (Art. 16)
    proposal_households: int | None = None      # households agreeing to the proposal
    notice_date: date | None = None             # Mẫu 01 given (NĐ 59 Art. 3.3)
    documents_date: date | None = None          # documents to each household, items 1–3 (Art. 3.4)
    meeting_lacked_households: bool = False     # items 3–5 by ballot after a meeting without enough
    ballot_plan_issued: date | None = None      # NĐ 59 Art. 4.2
    ballot_plan_sent: date | None = None
    ballot_notice_date: date | None = None      # NĐ 59 Art. 4.4
    ballot_start: date | None = None            # ballots handed out
    prepoll_for: int | None = None              # online: households choosing the online vote (Art. 5.2)
    vote_date: date | None = None               # the meeting, or the end of the ballot or online vote
    decision_date: date | None = None           # date of the written decision (Mẫu 03)
    sent_on: date | None = None                 # sent to the UBND xã and MTTQ xã (Art. 20.3)
    received_on: date | None = None             # received by the recognising body
    recognition: Recognition = Recognition.NOT_NEEDED
    recognised_on: date | None = None
    recognition_number: str = ""
    place: str = ""
    content: str = ""                           # what was decided (Art. 20.2 h)
    notes: str = ""
    election: Election | None = None
    id: int | None = None

    @property
    def hamlet_names(self) -> str:
        return ", ".join(v.hamlet_name for v in self.votes if v.hamlet_name)
