"""Demo data of community decisions (issue 12 item 10): twelve decisions over the demo hamlets —
most passing, one failing the two-thirds rule although most of those present agreed, one
commune-wide, one online vote, one hamlet-head election — and each hamlet's current head.
At ``--scale`` N > 1, about 100·N more decisions spread over ten years (the speed benchmark).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dancoso_desktop.domain.commune import Unit
from dancoso_desktop.domain.decision import (
    Decision,
    DocKind,
    Election,
    ElectionKind,
    HamletVote,
    Matter,
    Proposer,
    Recognition,
    Scope,
    VoteForm,
)
from dancoso_desktop.domain.hamlet_head import HamletHead, term_end
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.decision_service import DecisionService
from dancoso_desktop.services.workspace import Workspace

_HEADS = ["Nông Văn Dũng", "Hoàng Thị Mai", "Lương Văn Tâm", "Đàm Văn Hùng", "Triệu Thị Hoa", "Lý Văn Sơn",
          "Bế Văn Thành", "Hà Thị Lan", "Nông Thị Thu", "Hoàng Văn Long", "Phạm Minh Đức", "Nguyễn Thị Hằng"]

_TITLES = [
    (Matter.CONTRIBUTION, "Đóng góp bê tông hóa đường ngõ xóm"), (Matter.CONTRIBUTION, "Đóng góp sửa chữa nhà văn hóa"),
    (Matter.CONTRIBUTION, "Đóng góp làm rãnh thoát nước"), (Matter.COMMUNITY_FUND, "Thu, chi quỹ khuyến học"),
    (Matter.COMMUNITY_FUND, "Quản lý kinh phí vệ sinh môi trường"), (Matter.VILLAGE_RULES, "Sửa đổi hương ước"),
    (Matter.BOARD_MEMBERS, "Bầu bổ sung thành viên Ban Thanh tra nhân dân"),
    (Matter.OTHER, "Quy định giờ đổ rác tập trung"), (Matter.OTHER, "Lắp đèn chiếu sáng đường thôn"),
]


def _vote(h: Unit, share_present: float, share_for_present: float, against: float = 0.6) -> HamletVote:
    total = h.households or 1
    present = max(1, min(total, round(total * share_present)))
    vfor = min(present, round(present * share_for_present))
    vagainst = min(present - vfor, round((present - vfor) * against))
    return HamletVote(h.id, total, present, vfor, vagainst, present - vfor - vagainst, hamlet_name=h.name)


def demo_decisions(year: int, hamlets: list[Unit]) -> list[Decision]:
    """The twelve hand-made decisions of ``year`` over the demo hamlets (by position)."""
    h = hamlets
    d = lambda m, day: date(year, m, day)  # noqa: E731
    out: list[Decision] = []
    if len(h) < 4:
        return out
    out.append(Decision(year, Matter.CONTRIBUTION, "Đóng góp bê tông hóa đường trục thôn", votes=[_vote(h[0], .92, .84)],
                        notice_date=d(3, 6), documents_date=d(3, 6), vote_date=d(3, 10), decision_date=d(3, 10),
                        sent_on=d(3, 13), place=f"Nhà văn hóa {h[0].name}",
                        content="Mỗi hộ đóng góp 500.000 đồng và 02 ngày công."))
    # Most of those present agreed (86%), but only 62.5% of ALL households: not passed (Art. 21.1).
    out.append(Decision(year, Matter.CONTRIBUTION, "Đóng góp xây dựng cầu tràn qua suối",
                        votes=[HamletVote(h[1].id, h[1].households or 96, 70, 60, 8, 2, hamlet_name=h[1].name)],
                        notice_date=d(4, 2), documents_date=d(4, 3), vote_date=d(4, 5), decision_date=d(4, 5),
                        sent_on=d(4, 9), doc_kind=DocKind.MINUTES, place=f"Nhà văn hóa {h[1].name}"))
    out.append(Decision(year, Matter.COMMUNITY_FUND, "Thu, chi quỹ khuyến học của thôn", form=VoteForm.BALLOT,
                        votes=[_vote(h[2], .95, .82)], ballot_plan_issued=d(5, 4), ballot_plan_sent=d(5, 5),
                        ballot_notice_date=d(5, 6), ballot_start=d(5, 9), vote_date=d(5, 16), decision_date=d(5, 18),
                        sent_on=d(5, 20)))
    # Commune-wide: each hamlet votes; ≥ 2/3 of the hamlets must pass (Art. 21.1).
    wide = [_vote(x, .9, .85 if i % 4 else .6) for i, x in enumerate(h)]
    out.append(Decision(year, Matter.CONTRIBUTION, "Đóng góp xây dựng nhà văn hóa trung tâm xã",
                        scope=Scope.COMMUNE, proposer=Proposer.UBND, votes=wide, notice_date=d(6, 1),
                        documents_date=d(6, 1), vote_date=d(6, 7), decision_date=d(6, 8), sent_on=d(6, 12)))
    out.append(Decision(year, Matter.VILLAGE_RULES, "Sửa đổi, bổ sung hương ước thôn", votes=[_vote(h[3], .8, .8)],
                        notice_date=d(7, 1), documents_date=d(7, 1), vote_date=d(7, 5), decision_date=d(7, 5),
                        sent_on=d(7, 8), received_on=d(7, 8), recognition=Recognition.RECOGNISED,
                        recognised_on=d(7, 14), recognition_number="112/QĐ-UBND"))
    if len(h) >= 12:
        out.append(Decision(year, Matter.VILLAGE_RULES, "Xây dựng quy ước thôn", votes=[_vote(h[6], .75, .9)],
                            notice_date=d(11, 20), documents_date=d(11, 20), vote_date=d(11, 24),
                            decision_date=d(11, 24), sent_on=d(11, 27), received_on=d(11, 27),
                            recognition=Recognition.PENDING))
        # The hamlet-head election (item 4) with its countdown (NĐ 59 Art. 6–8).
        meeting = d(8, 23)
        e = Election(ElectionKind.ELECTION, plan_date=meeting - timedelta(days=25),
                     candidates_date=meeting - timedelta(days=16), team_date=meeting - timedelta(days=12),
                     notices_date=meeting - timedelta(days=8), candidates="Hà Văn Quân\nLục Thị Ngọc",
                     elected_name="Hà Văn Quân")
        out.append(Decision(year, Matter.HAMLET_HEAD, f"Bầu Trưởng thôn {h[4].name.removeprefix('Thôn ')}",
                            votes=[HamletVote(h[4].id, h[4].households or 205, 180, 132, 40, 8, clusters=2,
                                              hamlet_name=h[4].name)],
                            notice_date=meeting - timedelta(days=7), vote_date=meeting, decision_date=meeting,
                            sent_on=meeting + timedelta(days=3), received_on=meeting + timedelta(days=3),
                            recognition=Recognition.RECOGNISED, recognised_on=meeting + timedelta(days=7),
                            recognition_number="145/QĐ-UBND", election=e))
        out.append(Decision(year, Matter.BOARD_MEMBERS, "Bầu thành viên Ban Thanh tra nhân dân",
                            votes=[_vote(h[5], .85, .7)], notice_date=d(9, 3), vote_date=d(9, 6),
                            decision_date=d(9, 6), sent_on=d(9, 9), received_on=d(9, 10),
                            recognition=Recognition.RECOGNISED, recognised_on=d(9, 15)))
        out.append(Decision(year, Matter.OTHER, "Lắp camera an ninh tại các ngõ xóm", form=VoteForm.ONLINE,
                            votes=[_vote(h[10], .7, .85)], prepoll_for=150, vote_date=d(9, 20),
                            decision_date=d(9, 20), sent_on=d(9, 24)))
        out.append(Decision(year, Matter.OTHER, "Quy định giờ thu gom rác", scope=Scope.SEVERAL,
                            votes=[_vote(h[7], .8, .8), _vote(h[8], .85, .75)], notice_date=d(10, 1),
                            vote_date=d(10, 4), decision_date=d(10, 4), sent_on=d(10, 8)))
        out.append(Decision(year, Matter.COMMUNITY_FUND, "Lập quỹ sửa chữa đường điện thôn",
                            proposer=Proposer.CITIZENS, proposal_date=d(8, 1), proposal_households=25,
                            votes=[_vote(h[9], .9, .85)], notice_date=d(10, 10), documents_date=d(10, 10),
                            vote_date=d(10, 14), decision_date=d(10, 14), sent_on=d(10, 28),
                            notes="Gửi chậm do cán bộ thôn đi tập huấn."))
        out.append(Decision(year, Matter.CONTRIBUTION, "Đóng góp mở rộng đường ngõ", votes=[_vote(h[11], .9, .8)],
                            notice_date=d(11, 25), documents_date=d(11, 25), vote_date=d(11, 29),
                            decision_date=d(11, 29)))
    return out


def _generated(year: int, hamlets: list[Unit], count: int, rng: random.Random) -> list[Decision]:
    out = []
    for i in range(count):
        y = year - (i % 10)
        matter, title = _TITLES[rng.randrange(len(_TITLES))]
        h = hamlets[rng.randrange(len(hamlets))]
        vote_day = date(y, 1, 10) + timedelta(days=rng.randrange(330))
        form = VoteForm.BALLOT if matter in (Matter.COMMUNITY_FUND, Matter.OTHER) and rng.random() < .3 \
            else VoteForm.MEETING
        out.append(Decision(
            y, matter, f"{title} {h.name} đợt {i // 10 + 1}", form=form,
            votes=[_vote(h, .6 + rng.random() * .35, .5 + rng.random() * .5)],
            meeting_lacked_households=form is VoteForm.BALLOT,
            notice_date=vote_day - timedelta(days=rng.choice((1, 2, 3, 4))), vote_date=vote_day,
            decision_date=vote_day, sent_on=vote_day + timedelta(days=rng.choice((2, 4, 6, 9))),
            received_on=vote_day + timedelta(days=5) if matter in (Matter.VILLAGE_RULES, Matter.BOARD_MEMBERS) else None,
            recognition=Recognition.RECOGNISED if matter in (Matter.VILLAGE_RULES, Matter.BOARD_MEMBERS)
            else Recognition.NOT_NEEDED,
            recognised_on=vote_day + timedelta(days=9) if matter in (Matter.VILLAGE_RULES, Matter.BOARD_MEMBERS)
            else None))
    return out


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    hamlets = [h for h in CommuneService(ws.db).list_units(kind=None) if h.kind.value == "hamlet" and h.households]
    if not hamlets:
        return ""
    svc = DecisionService(ws)
    for i, h in enumerate(hamlets):
        start = date(year - 3, 9, 1) + timedelta(days=7 * i)
        svc.set_head(HamletHead(h.id or 0, _HEADS[i % len(_HEADS)], start, term_end(start)))
    made = demo_decisions(year, hamlets)
    for decision in made:
        svc.save(decision)
    extra = 0 if scale <= 1 else svc.bulk_insert(_generated(year, hamlets, 100 * scale - len(made), rng))
    return f"{len(made) + extra} quyết định của cộng đồng dân cư"
