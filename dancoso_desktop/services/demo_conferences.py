"""Demo data of the conferences feature.

- the UBND's dialogue conference with the people in June, four questions, three answered;
- the year-end conference in every hamlet but two (one planned late in December with no
  convocation yet, one with nothing entered), so the due list shows them in December;
- the staff conference of the commune's administration held in March on the previous work year,
  with its minutes, its resolution and the September 6-month review; staff counts for the
  administration and the public units (one of ≤ 7 staff, for which the conference is optional);
- internal disclosures (scope "nội bộ") in the disclosure register.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.conference import DialogueConference, DialogueQuestion, YearEndConference
from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, Scope
from dancoso_desktop.domain.staff_conference import FULL_AGENDA, ResolutionReview, StaffConference
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.conference_service import ConferenceService
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.staff_conference_service import StaffConferenceService
from dancoso_desktop.services.workspace import Workspace

QUESTIONS = [
    ("Tiến độ làm đường bê tông liên thôn Nà Rụa – Bó Mạ?", "Ông Nông Văn Sáng (thôn Nà Rụa)",
     "Công trình khởi công trong quý III, hoàn thành trước 31/12.", "Giao Phòng Kinh tế báo cáo tiến độ hằng tháng."),
    ("Việc chi trả hỗ trợ hộ nghèo năm nay đã đủ chưa?", "Bà Lục Thị Hoa (thôn Pác Cáp)",
     "Đã chi trả đủ cho 46 hộ; danh sách niêm yết tại nhà văn hóa thôn.", ""),
    ("Đề nghị sửa chữa kênh mương nội đồng thôn Đông Sy.", "Ông Hoàng Văn Tú (thôn Đông Sy)",
     "UBND xã đưa vào kế hoạch duy tu năm sau.", "Phòng Kinh tế khảo sát trước 30/9."),
    ("Thời gian giải quyết thủ tục đất đai còn chậm.", "Ông Đàm Văn Hiếu (TDP Hòa Chung)", "", ""),
]

RESOLUTION = """Năm {y}: hoàn thành 100% nhiệm vụ, chỉ tiêu được giao; không có cán bộ vi phạm kỷ luật.
Năm {n}: giải quyết đúng hạn 100% hồ sơ thủ tục hành chính; thực hiện công khai nội bộ đúng Điều 46–48.
Thực hành tiết kiệm, chống lãng phí; thực hiện quy chế chi tiêu nội bộ đã được hội nghị thông qua."""


def _internal_disclosures(ws: Workspace, year: int) -> int:
    """Internal disclosures in the one disclosure register, scope "nội bộ" (Art. 46–48)."""
    service = DisclosureService(ws)
    items = [
        (2, "Kế hoạch công tác năm {y} của cơ quan UBND xã", date(year, 1, 8), 25),
        (3, "Dự toán chi thường xuyên năm {y} của cơ quan", date(year, 1, 15), 30),
        (6, "Kết quả đánh giá, xếp loại chất lượng công chức năm {p}", date(year, 1, 20), 20),
        (5, "Quy chế chi tiêu nội bộ năm {y}", date(year, 3, 25), 22),
        (6, "Thông báo tuyển dụng công chức đợt 1 năm {y}", date(year, 5, 12), 15),   # posted too short
    ]
    for item, title, decided, days in items:
        start = decided + timedelta(days=2)
        service.save(DisclosureRecord(
            item=item, title=title.format(y=year, p=year - 1), year=year,
            source_document="Văn bản của Chủ tịch UBND xã", decided_on=decided,
            channels=[ChannelUse("posting", "Trụ sở UBND xã (bảng tin nội bộ)", start, start + timedelta(days=days - 1)),
                      ChannelUse("website", "", start, None)],
            scope=Scope.INTERNAL))
    return len(items)


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    communes = CommuneService(ws.db)
    hamlets = communes.hamlets()
    conferences = ConferenceService(ws.db)
    staff = StaffConferenceService(ws.db)

    conferences.save_dialogue(DialogueConference(
        held_on=date(year, 6, 18), place="Hội trường UBND xã", chair="Hoàng Văn Thắng, Chủ tịch UBND xã",
        participants="Thường trực HĐND, UBND, Ủy ban MTTQ xã, các tổ chức chính trị - xã hội, Trưởng thôn, "
                     "Trưởng ban công tác Mặt trận và đại diện Nhân dân",
        participant_count=148, topic="Đối thoại về đầu tư hạ tầng, chính sách hỗ trợ và thủ tục hành chính",
        questions=[DialogueQuestion(*q) for q in QUESTIONS]))

    held = 0
    missing = hamlets[-2:] if len(hamlets) > 2 else []
    for i, h in enumerate(hamlets):
        if h in missing:
            continue
        day = date(year, 12, 1) + timedelta(days=i % 12)
        invited = h.households or 100
        present = max(1, int(invited * rng.uniform(0.72, 0.95)))
        received = rng.randint(2, 7)
        answered = rng.randint(1, received)
        conferences.save_year_end(YearEndConference(
            year=year, hamlet_id=h.id or 0, planned_on=day, plan_sent_on=day - timedelta(days=14),
            convocation_on=day - timedelta(days=6 if i % 5 else 4), held_on=day, place=f"Nhà văn hóa {h.name}",
            households_invited=invited, households_present=present, proposals_received=received,
            proposals_answered=answered, proposals_forwarded=received - answered,
            report_received_on=day + timedelta(days=3) if i % 4 else None))
        held += 1
    if missing:
        conferences.save_year_end(YearEndConference(year=year, hamlet_id=missing[0].id or 0,
                                                    planned_on=date(year, 12, 27),
                                                    plan_sent_on=date(year, 12, 5)))

    staff.set_staff_count(None, 24)
    public_units = [u for u in communes.list_units() if u.kind is UnitKind.PUBLIC_UNIT]
    for j, u in enumerate(public_units):
        staff.set_staff_count(u.id, 6 if j == 0 else 15)
    conf = staff.save(StaffConference(
        work_year=year - 1, held_on=date(year, 3, 18), place="Hội trường UBND xã", start_time="7 giờ 30 phút",
        end_time="11 giờ 00 phút", chair="Hoàng Văn Thắng, Chủ tịch UBND xã",
        secretary="Lê Thị Mai, công chức Văn phòng - Thống kê", staff_total=24, present=22, absent_with_reason=2,
        votes_for=21, votes_against=0, votes_abstain=1, agenda=FULL_AGENDA,
        discussion="Ý kiến đề nghị bố trí thêm máy tính cho bộ phận một cửa.\n"
                   "Ý kiến đề nghị công khai kịp thời kết quả đánh giá, xếp loại công chức.\n"
                   "Chủ tịch UBND xã và Chủ tịch Công đoàn cơ sở giải trình, thống nhất biện pháp.",
        resolution_number="01/NQ-HNCBCC", resolution_date=date(year, 3, 18),
        resolution_text=RESOLUTION.format(y=year - 1, n=year),
        reviews=[ResolutionReview(date(year, 9, 16), "Các chỉ tiêu 6 tháng đạt 58%; tiếp tục thực hiện.",
                                  date(year, 9, 18))]))
    internal = _internal_disclosures(ws, year)
    parts = [f"hội nghị cuối năm {held}/{len(hamlets)} thôn", "1 hội nghị đối thoại",
             f"hội nghị cán bộ, công chức ngày {conf.held_on:%d/%m/%Y}"]
    if internal:
        parts.append(f"{internal} nội dung công khai nội bộ")
    return ", ".join(parts)
