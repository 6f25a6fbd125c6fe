"""Demo data of the supervision boards and the petition register (issue 13 item 10).

- the BTTND of the commune: one member per demo hamlet, a year's programme (a plan per quarter
  and the year's), one check per quarter (the third notified too late), two recommendations
  (one answered within 15 days, one answered late) and its first reports to the MTTQ;
- a BGSĐTCĐ for a road project, the investor notified 45 days ahead, two sessions, one
  recommendation;
- petitions of every kind and channel (more with --scale);
- the agency BTTND of the commune administration.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.supervision import (
    AgencyRole,
    Board,
    BoardCheck,
    BoardDoc,
    BoardKind,
    BoardMember,
    BoardRecommendation,
    CheckKind,
    DocKind,
    MemberRole,
    PeriodKind,
    Petition,
    PetitionChannel,
    PetitionKind,
    Satisfaction,
)
from dancoso_desktop.domain.supervision_rules import agency_term_end, notice_deadline
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.petition_service import PetitionService
from dancoso_desktop.services.supervision_service import SupervisionService
from dancoso_desktop.services.workspace import Workspace

FAMILY = ["Nguyễn", "Hoàng", "Nông", "Lương", "Đàm", "Bế", "Triệu", "Lục", "Mã", "Lưu", "Hà", "Vi"]
MIDDLE = ["Văn", "Thị", "Đức", "Thị Thu", "Minh", "Thị Hồng"]
GIVEN = ["Tùng", "Hoa", "Thắng", "Lan", "Hải", "Mai", "Quân", "Hằng", "Sơn", "Nga", "Bình", "Yến", "Long"]

CHECKS = [
    (CheckKind.INSPECTION, "Kiểm tra việc thu, chi quỹ đóng góp xây dựng nhà văn hóa thôn", "Ban phát triển thôn",
     date(1, 3, 12)),
    (CheckKind.SUPERVISION, "Giám sát việc xét duyệt hộ nghèo, hộ cận nghèo", "Ủy ban nhân dân xã", date(1, 5, 19)),
    (CheckKind.VERIFICATION, "Xác minh phản ánh về việc cấp giấy chứng nhận quyền sử dụng đất",
     "Phòng Kinh tế", date(1, 8, 18)),
    (CheckKind.SUPERVISION, "Giám sát việc thực hiện quy chế dân chủ ở cơ sở", "Ủy ban nhân dân xã", date(1, 11, 10)),
]

PETITIONS = [
    (PetitionKind.FEEDBACK, PetitionChannel.HOTLINE, "Đèn chiếu sáng đường liên thôn bị hỏng"),
    (PetitionKind.PETITION, PetitionChannel.RECEPTION, "Đề nghị sửa chữa cống thoát nước trước nhà văn hóa"),
    (PetitionKind.COMPLAINT, PetitionChannel.MAIL, "Khiếu nại việc xét hộ cận nghèo năm nay"),
    (PetitionKind.FEEDBACK, PetitionChannel.BOX, "Rác thải tập kết không đúng nơi quy định"),
    (PetitionKind.PETITION, PetitionChannel.PORTAL, "Đề nghị công khai dự toán ngân sách xã trên cổng thông tin"),
    (PetitionKind.DENUNCIATION, PetitionChannel.MAIL, "Tố cáo việc lấn chiếm đất hành lang giao thông"),
    (PetitionKind.FEEDBACK, PetitionChannel.BTTND, "Phản ánh về chất lượng bê tông đường thôn"),
    (PetitionKind.PETITION, PetitionChannel.RECEPTION, "Đề nghị hướng dẫn thủ tục tách thửa đất"),
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _hamlets(ws: Workspace) -> list[Unit]:
    units = CommuneService(ws.db)
    found = units.list_units(kind=UnitKind.HAMLET)
    while len(found) < 5:
        found.append(units.save_unit(Unit(f"Thôn {len(found) + 1}", UnitKind.HAMLET, households=100)))
    return found


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _on(year: int, d: date) -> date:
    return d.replace(year=year)


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    svc = SupervisionService(ws.db)
    cal = svc.calendar.calendar(year)
    hamlets = _hamlets(ws)
    units = CommuneService(ws.db).list_units()
    staff_units = [u for u in units if u.kind in (UnitKind.DEPARTMENT, UnitKind.PUBLIC_UNIT)]

    # -- BTTND xã: one member per hamlet; its term runs with the hamlet heads' -------------------
    members = [BoardMember(_name(rng), MemberRole.HEAD if i == 0 else MemberRole.DEPUTY if i in (1, 2)
                           else MemberRole.MEMBER, hamlet_id=h.id) for i, h in enumerate(hamlets)]
    bttnd = svc.save_board(Board(BoardKind.COMMUNE_BTTND, "Ban Thanh tra nhân dân xã",
                                 date(year - 1, 7, 1), date(year + 4, 6, 30), members=members,
                                 note="Kiện toàn theo Quyết định công nhận của Ủy ban MTTQ Việt Nam xã."))
    bttnd_id = _id(bttnd.id)
    for q in range(1, 5):
        svc.save_doc(BoardDoc(bttnd_id, DocKind.PROGRAMME, PeriodKind.QUARTER, year, q,
                              date(year, 3 * q - 2, 5), f"Kế hoạch hoạt động quý {q} năm {year}",
                              "Mục đích, yêu cầu; nội dung; thời gian; kinh phí; tổ chức thực hiện."))
    svc.save_doc(BoardDoc(bttnd_id, DocKind.PROGRAMME, PeriodKind.YEAR, year, 1, date(year, 1, 5),
                          f"Chương trình công tác năm {year}"))
    # Reports to the MTTQ: last year's after the term began, this year's first half (the third
    # quarter's is missing: it shows on the due list).
    sent = [(PeriodKind.QUARTER, year - 1, 3, date(year - 1, 9, 28)), (PeriodKind.QUARTER, year - 1, 4, date(year - 1, 12, 24)),
            (PeriodKind.YEAR, year - 1, 1, date(year - 1, 12, 24)), (PeriodKind.QUARTER, year, 1, date(year, 3, 28)),
            (PeriodKind.QUARTER, year, 2, date(year, 6, 26)), (PeriodKind.HALF, year, 1, date(year, 6, 26))]
    for period, y, number, day in sent:
        label = f"quý {number}" if period is PeriodKind.QUARTER else period.label_vi.lower()
        svc.save_doc(BoardDoc(bttnd_id, DocKind.REPORT, period, y, number, day,
                              f"Báo cáo kết quả hoạt động {label} năm {y}"))
    check_ids = []
    for i, (kind, title, subject, day) in enumerate(CHECKS):
        starts = _on(year, day)
        last = notice_deadline(cal, starts)
        notified = last + timedelta(days=2) if i == 2 else last - timedelta(days=1)   # the third: too late
        check = svc.save_check(BoardCheck(bttnd_id, title, starts, kind, subject, notified,
                                          "Cơ bản thực hiện đúng quy định; còn một số tồn tại được kiến nghị."
                                          if i < 2 else "", confirmed_by_mttq=i < 2))
        check_ids.append(check.id)
    svc.save_recommendation(BoardRecommendation(
        bttnd_id, "Công khai bảng thu, chi quỹ xây dựng nhà văn hóa tại thôn trong 30 ngày.",
        date(year, 3, 20), check_ids[0], reply_on=date(year, 4, 2),
        reply_text="Đã chỉ đạo Trưởng thôn niêm yết công khai từ ngày 01/4."))
    svc.save_recommendation(BoardRecommendation(
        bttnd_id, "Rà soát lại danh sách hộ cận nghèo có khiếu nại, trả lời bằng văn bản cho các hộ.",
        date(year, 5, 26), check_ids[1], reply_on=date(year, 6, 22),
        reply_text="Đã rà soát, bổ sung 02 hộ; trả lời bằng văn bản."))

    # -- BGSĐTCĐ of a road project -----------------------------------------------------------------
    road_start = date(year, 4, 6)
    gs_members = [BoardMember(_name(rng), MemberRole.HEAD if i == 0 else MemberRole.DEPUTY if i == 1
                              else MemberRole.MEMBER, hamlet_id=hamlets[i % len(hamlets)].id) for i in range(5)]
    gs = svc.save_board(Board(
        BoardKind.BGSDTCD, "Ban Giám sát đầu tư của cộng đồng công trình đường liên thôn",
        members=gs_members, project_name=f"Cứng hóa đường liên thôn {hamlets[0].name} – {hamlets[1].name}",
        investor="Ủy ban nhân dân xã", place=f"{hamlets[0].name}, {hamlets[1].name}", project_value=2_450_000_000,
        supervision_start=road_start, investor_notified_on=road_start - timedelta(days=50),
        term_start=road_start, term_end=date(year, 12, 31)))
    gs_id = _id(gs.id)
    s1 = svc.save_check(BoardCheck(gs_id, "Giám sát việc giải phóng mặt bằng, mốc giới", date(year, 4, 20),
                                   CheckKind.SUPERVISION, "Nhà thầu thi công", None, "Mốc giới đúng thiết kế."))
    svc.save_check(BoardCheck(gs_id, "Giám sát chất lượng vật liệu, khối lượng bê tông", date(year, 7, 14),
                              CheckKind.SUPERVISION, "Nhà thầu thi công", None, "Một đoạn 40 m bê tông chưa đạt độ dày."))
    svc.save_recommendation(BoardRecommendation(
        gs_id, "Yêu cầu nhà thầu làm lại đoạn bê tông chưa đạt độ dày thiết kế.", date(year, 7, 16), None,
        reply_on=date(year, 7, 28), reply_text="Đã yêu cầu nhà thầu khắc phục, nghiệm thu lại."))
    del s1

    # -- agency BTTND ------------------------------------------------------------------------------
    agency_start = date(year, 4, 1)
    svc.save_board(Board(
        BoardKind.AGENCY_BTTND, "Ban Thanh tra nhân dân cơ quan UBND xã", agency_start, agency_term_end(agency_start),
        members=[BoardMember(_name(rng), MemberRole.HEAD, employer_unit_id=staff_units[0].id if staff_units else None),
                 BoardMember(_name(rng), MemberRole.DEPUTY),
                 BoardMember(_name(rng), MemberRole.MEMBER, agency_role=AgencyRole.STAFF)],
        agency_staff=26, note="Bầu tại hội nghị cán bộ, công chức; Công đoàn cơ sở công nhận."))

    # -- petitions ---------------------------------------------------------------------------------
    petitions = PetitionService(ws.db)
    n = len(PETITIONS) + 3 * (scale - 1)
    batch = []
    for i in range(n):
        p_kind, channel, summary = PETITIONS[i % len(PETITIONS)]
        received = date(year, 1, 6) + timedelta(days=(i * 23) % 330)
        due = received + timedelta(days=10 if p_kind is PetitionKind.FEEDBACK else 30)
        answered = due - timedelta(days=rng.randint(0, 8)) if i % 4 else (due + timedelta(days=5) if i % 8 else None)
        if answered is not None and answered > date.today():
            answered = None
        satisfaction = (Satisfaction.SATISFIED if i % 3 else Satisfaction.NOT_SATISFIED) if answered else Satisfaction.UNKNOWN
        batch.append(Petition(received, p_kind, channel, summary, _name(rng), hamlets[i % len(hamlets)].id,
                              staff_units[i % len(staff_units)].id if staff_units else None, due, answered,
                              "Đã trả lời bằng văn bản." if answered else "", satisfaction))
    petitions.save_many(batch)
    return f"Ban TTND xã {len(members)} thành viên, 1 Ban GSĐTCĐ, Ban TTND cơ quan, {n} đơn thư"
