"""Demo data of the citizens-comment feature: five consultations and a hương ước in every hamlet.

The consultations cover items 1, 2, 5, 6 and 7 of Art. 25; one lasted only 16 days (shorter than
the 20 of Art. 28.2) and one has closed without its result published. Every demo hamlet has a
hương ước (thôn) or quy ước (tổ dân phố) at a different stage of NĐ 61: in force and reviewed,
proposed, drafting, draft posted, adopted, adopted by ballot after a meeting without quorum,
filed, not recognised, suspended, amended, not adopted, partly repealed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.consultation import Consultation, Opinion, Response
from dancoso_desktop.domain.village_rule import (
    AdoptionForm,
    EventKind,
    RuleEvent,
    RuleKind,
    Scope,
    VillageRule,
)
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.consultation_service import ConsultationService
from dancoso_desktop.services.village_rule_service import VillageRuleService
from dancoso_desktop.services.workspace import Workspace

STAGES = ("in_force", "proposed", "drafting", "posted", "adopted", "ballot", "filed", "refused",
          "suspended", "amended", "rejected", "repealed_part")


def _consultations(year: int, rng: random.Random) -> list[tuple[Consultation, date | None]]:
    d = date
    out = [
        (Consultation(2, f"Dự thảo Kế hoạch sử dụng đất năm {year + 1} của xã", d(year, 3, 10), d(year, 4, 15),
                      f"Dự thảo Kế hoạch sử dụng đất năm {year + 1}", ["meeting", "portal", "front_orgs"],
                      d(year, 3, 5), {"meeting": 46, "portal": 12, "front_orgs": 9}, accepted=41, explained=20,
                      reported_hdnd_on=d(year, 7, 10), hdnd_session="Kỳ họp thường lệ giữa năm của HĐND xã"),
         d(year, 4, 20)),
        (Consultation(6, "Phương án chỉnh trang khu trung tâm xã", d(year, 6, 2), d(year, 6, 18),
                      "Dự thảo phương án chỉnh trang khu trung tâm", ["meeting", "box_hotline"], d(year, 5, 28),
                      {"meeting": 23, "box_hotline": 4}, accepted=15, explained=10,
                      notes="Rút ngắn thời gian để kịp khởi công trước mùa mưa."),
         d(year, 6, 25)),
        (Consultation(7, "Dự thảo Quy chế thực hiện dân chủ ở xã (sửa đổi)", d(year, 8, 5), d(year, 8, 30),
                      "Dự thảo Quy chế thực hiện dân chủ ở cơ sở", ["meeting", "portal", "telecom"], d(year, 8, 1),
                      {"meeting": 31, "portal": 6, "telecom": 14}, accepted=0, explained=0,
                      opinions=[Opinion("Đề nghị niêm yết thêm tại nhà văn hóa các thôn.", "Ông Nông Văn Hải",
                                        "Thôn Nà Rụa", "meeting", Response.ACCEPTED,
                                        "Tiếp thu, bổ sung vào Điều 5 dự thảo."),
                                Opinion("Lập nhóm Zalo của thôn để thông báo.", "Bà Lục Thị Hoa", "Thôn Bó Mạ",
                                        "telecom", Response.EXPLAINED, "Đã có trong hình thức tại điểm i khoản 1 "
                                        "Điều 12 Luật Thực hiện dân chủ ở cơ sở.")]),
         None),
        (Consultation(1, f"Dự thảo Kế hoạch phát triển kinh tế - xã hội năm {year + 1}", d(year, 10, 1),
                      d(year, 10, 25), f"Dự thảo Kế hoạch phát triển KT-XH năm {year + 1}",
                      ["dialogue", "meeting", "portal"], d(year, 9, 25),
                      {"dialogue": 18, "meeting": 64, "portal": 21}, accepted=70, explained=33), d(year, 11, 3)),
        (Consultation(5, "Dự thảo Quyết định quy định mức hỗ trợ làm đường giao thông nông thôn", d(year, 11, 20),
                      d(year, 12, 15), "Dự thảo Quyết định của UBND xã", ["meeting", "ballot"], d(year, 11, 15),
                      {}), None),
    ]
    for c, _ in out:
        c.opinions = list(c.opinions)
        if c.opinions:
            c.accepted = sum(1 for o in c.opinions if o.response is Response.ACCEPTED)
            c.explained = sum(1 for o in c.opinions if o.response is Response.EXPLAINED)
        rng.random()
    return out


def _rule(kind_of_stage: str, hamlet_id: int, name: str, households: int, is_tdp: bool, year: int) -> VillageRule:
    d = date
    kind = RuleKind.QUY_UOC if is_tdp else RuleKind.HUONG_UOC
    title = f"{'Quy ước' if is_tdp else 'Hương ước'} {name}"
    need = households // 2 + 1
    r = VillageRule(hamlet_id, title, kind, households=households, proposed_on=d(year, 2, 20),
                    proposal_households=max(1, -(-households // 10) + 2),
                    drafting_team="Trưởng thôn (tổ trưởng), Trưởng ban công tác Mặt trận, đại diện các hội")
    if kind_of_stage in ("proposed",):
        r.proposed_on, r.drafting_team = d(year, 10, 20), ""
        return r
    if kind_of_stage == "drafting":
        r.proposed_on = d(year, 9, 1)
        return r
    r.draft_posted_on = d(year, 3, 15)
    if kind_of_stage == "posted":
        r.proposed_on, r.draft_posted_on = d(year, 9, 20), d(year, 11, 2)
        return r
    r.adoption_form, r.adopted_on = AdoptionForm.MEETING, d(year, 4, 20)
    r.present, r.agree = households * 3 // 4, min(households * 3 // 4, need + households // 8)
    r.disagree = max(0, r.present - r.agree - 2)
    if kind_of_stage == "ballot":
        # The meeting lacked households (≤ 50% present), so the hamlet voted by ballot (Art. 10).
        r.adoption_form, r.present, r.agree, r.disagree = AdoptionForm.BALLOT, None, need + 3, households // 5
        r.adopted_on = d(year, 11, 24)
        r.proposed_on, r.draft_posted_on = d(year, 9, 5), d(year, 10, 10)
        return r
    if kind_of_stage == "adopted":
        r.proposed_on, r.draft_posted_on, r.adopted_on = d(year, 9, 10), d(year, 10, 1), d(year, 11, 28)
        return r
    if kind_of_stage == "rejected":
        r.agree = households // 2            # exactly half: not adopted (Art. 10)
        r.disagree = r.present - r.agree
        return r
    r.file_sent_on = r.adopted_on + timedelta(days=3)
    if kind_of_stage == "filed":
        r.proposed_on, r.draft_posted_on, r.adopted_on = d(year, 9, 1), d(year, 9, 20), d(year, 11, 25)
        r.file_sent_on = d(year, 11, 27)
        return r
    if kind_of_stage == "refused":
        r.refused_on = r.file_sent_on + timedelta(days=4)
        r.refusal_reason = "Một số quy định trái với Luật Đất đai; đề nghị sửa đổi, thông qua lại."
        return r
    r.recognised_on = r.file_sent_on + timedelta(days=5)
    r.decision_number = f"{40 + hamlet_id}/QĐ-UBND"
    r.sent_on = r.recognised_on + timedelta(days=1)
    if kind_of_stage == "in_force":
        r.proposed_on, r.draft_posted_on, r.adopted_on = d(year - 2, 3, 1), d(year - 2, 3, 20), d(year - 2, 4, 25)
        r.file_sent_on, r.recognised_on = d(year - 2, 4, 28), d(year - 2, 5, 5)
        r.sent_on = d(year - 2, 5, 6)
        r.reviews = [d(year - 2, 11, 18), d(year - 1, 11, 18), d(year, 11, 18)]
    elif kind_of_stage == "suspended":
        r.events = [RuleEvent(EventKind.SUSPENSION, Scope.PARTIAL, d(year, 9, 8), d(year, 9, 10),
                              f"{60 + hamlet_id}/QĐ-UBND", "Khoản 2 Điều 9 quy định mức phạt tiền trái pháp luật.",
                              d(year, 12, 31))]
    elif kind_of_stage == "amended":
        r.events = [RuleEvent(EventKind.AMENDMENT, Scope.PARTIAL, None, d(year, 10, 15), f"{70 + hamlet_id}/QĐ-UBND",
                              "Bổ sung quy định giữ gìn vệ sinh môi trường.")]
        r.reviews = [d(year, 11, 18)]
    elif kind_of_stage == "repealed_part":
        r.events = [RuleEvent(EventKind.REPEAL, Scope.PARTIAL, d(year, 8, 3), d(year, 8, 7),
                              f"{80 + hamlet_id}/QĐ-UBND", "Điều 12 không còn phù hợp (điểm a khoản 1 Điều 14).")]
    return r


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    svc = ConsultationService(ws)
    today = date.today()
    made = 0
    for c, published in _consultations(year, rng):
        saved = svc.save(c)
        made += 1
        if published is not None and saved.id is not None:
            svc.publish_result(saved.id, published, today=today)
    rules = VillageRuleService(ws)
    hamlets = CommuneService(ws.db).list_units(kind=UnitKind.HAMLET)
    for i, h in enumerate(hamlets):
        if h.id is None:
            continue
        households = h.households or 100
        rules.save(_rule(STAGES[i % len(STAGES)], h.id, h.name, households, h.name.startswith("Tổ dân phố"), year))
    return f"{made} cuộc lấy ý kiến Nhân dân, {len(hamlets)} hương ước/quy ước"
