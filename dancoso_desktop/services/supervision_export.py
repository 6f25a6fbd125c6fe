"""`dancoso export supervision --year Y --format xlsx`: the year's checks, recommendations with
their 15-day clocks, petitions and boards in one workbook (issue 13 item 9)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dancoso_desktop.documents.supervision_xlsx import Sheet, write_supervision_xlsx
from dancoso_desktop.documents.xlsx_common import Column
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.domain.supervision import BoardKind
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.petition_service import PetitionFilter, PetitionService
from dancoso_desktop.services.supervision_service import RecommendationFilter, SupervisionService
from dancoso_desktop.services.workspace import Workspace

SHEET_CHECKS = "Kiểm tra, giám sát"
SHEET_RECOMMENDATIONS = "Kiến nghị"
SHEET_PETITIONS = "Đơn thư"
SHEET_BOARDS = "Thành viên các Ban"


def build_sheets(ws: Workspace, year: int, today: date) -> list[Sheet]:
    svc = SupervisionService(ws.db)
    units = {u.id: u.name for u in CommuneService(ws.db).list_units(include_retired=True)}
    checks = svc.check_rows(year, today=today)
    recs = svc.recommendation_rows(RecommendationFilter(year=year), today=today)
    petitions = PetitionService(ws.db).rows(PetitionFilter(year=year), today=today)
    boards = svc.boards()
    return [
        Sheet(SHEET_CHECKS, f"CÁC CUỘC KIỂM TRA, GIÁM SÁT NĂM {year}",
              [Column("TT", "integer", width=5), Column("Ban", max_width=24), Column("Hình thức", width=11),
               Column("Nội dung", max_width=50), Column("Đối tượng", max_width=28),
               Column("Ngày kiểm tra", "date", width=13), Column("Gửi kế hoạch", "date", width=13),
               Column("Hạn gửi (05 ngày làm việc)", "date", width=15), Column("Thông báo", width=14),
               Column("MTTQ xác nhận", width=10, align="center"), Column("Số kiến nghị", "integer", width=9)],
              [[i, r.board_kind.short_vi, r.kind.label_vi, r.title, r.subject, r.starts_on, r.notified_on,
                r.notice_due, r.notice.label_vi if r.notice_due else "", "Có" if r.confirmed_by_mttq else "",
                r.recommendations] for i, r in enumerate(checks, start=1)]),
        Sheet(SHEET_RECOMMENDATIONS, f"KIẾN NGHỊ VÀ VIỆC TRẢ LỜI TRONG 15 NGÀY NĂM {year}",
              [Column("TT", "integer", width=5), Column("Ban", max_width=24), Column("Nội dung kiến nghị", max_width=55),
               Column("Nơi nhận", max_width=24), Column("Ngày nhận", "date", width=13),
               Column("Hạn trả lời", "date", width=13), Column("Ngày trả lời", "date", width=13),
               Column("Tình trạng", width=14), Column("Nội dung trả lời", max_width=45)],
              [[i, r.board_kind.short_vi, r.text, r.addressee, r.received_on, r.due, r.reply_on, r.clock.label_vi,
                r.reply_text] for i, r in enumerate(recs, start=1)]),
        Sheet(SHEET_PETITIONS, f"TIẾP CÔNG DÂN, ĐƠN THƯ KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH NĂM {year}",
              [Column("TT", "integer", width=5), Column("Ngày tiếp nhận", "date", width=13),
               Column("Loại", width=11), Column("Hình thức", max_width=18), Column("Người gửi", max_width=22),
               Column("Thôn", max_width=18), Column("Nội dung", max_width=45), Column("Đơn vị xử lý", max_width=22),
               Column("Hạn trả lời", "date", width=13), Column("Ngày trả lời", "date", width=13),
               Column("Tình trạng", width=14), Column("Mức độ hài lòng", width=14)],
              [[i, r.petition.received_on, r.petition.kind.label_vi, r.petition.channel.label_vi, r.petition.citizen,
                r.hamlet, r.petition.summary, r.unit, r.petition.answer_due, r.petition.answered_on,
                r.clock.label_vi if r.petition.answer_due else "", r.petition.satisfaction.label_vi]
               for i, r in enumerate(petitions, start=1)]),
        Sheet(SHEET_BOARDS, "THÀNH VIÊN CÁC BAN",
              [Column("TT", "integer", width=5), Column("Ban", max_width=40), Column("Họ và tên", max_width=26),
               Column("Chức danh", width=15), Column("Thôn", max_width=20), Column("Nơi công tác", max_width=24),
               Column("Nhiệm kỳ từ", "date", width=13), Column("Đến", "date", width=13)],
              [[i, f"{b.kind.short_vi}: {b.project_name or b.name}" if b.kind is BoardKind.BGSDTCD else b.name,
                m.name, m.role.label_vi, units.get(m.hamlet_id, "") if m.hamlet_id else "",
                units.get(m.employer_unit_id, "") if m.employer_unit_id else "", b.term_start, b.term_end]
               for i, (b, m) in enumerate(((b, m) for b in boards for m in b.members), start=1)]),
    ]


def export_year(ws: Workspace, year: int, target: Path, today: date | None = None) -> Path:
    check_year(year)
    today = today or date.today()
    commune = CommuneService(ws.db).get_commune()
    write_supervision_xlsx(build_sheets(ws, year, today), Path(target),
                           commune=commune.issuing_body if commune else "",
                           title=f"Kiểm tra, giám sát của Nhân dân năm {year}")
    return Path(target)
