"""Demo data of the reports feature: the year's calendar, an issued 6-month report (sent), a
draft 9-month one. Texts are what an officer would write; the figures come from the other
demo steps' records (this step runs after them)."""

from __future__ import annotations

import random
from datetime import timedelta

from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.services.report_service import ReportService
from dancoso_desktop.services.workspace import Workspace

TEXTS = {
    "leadership.propaganda": "Tổ chức quán triệt Luật Thực hiện dân chủ ở cơ sở đến cán bộ, công chức và "
                             "Trưởng thôn; tuyên truyền trên hệ thống truyền thanh của xã.",
    "assessment.strengths": "Việc công khai thông tin được thực hiện kịp thời, đúng hình thức; các nội dung "
                            "của kế hoạch cơ bản được triển khai đúng tiến độ.",
    "assessment.limits": "Một số nội dung công khai chưa lưu đủ minh chứng; một số kiến nghị sau kiểm tra "
                         "chưa được thực hiện đúng hạn.",
    "assessment.causes": "- Khách quan: khối lượng công việc lớn sau sắp xếp đơn vị hành chính.\n"
                         "- Chủ quan: một số đơn vị chưa quan tâm đúng mức đến việc lưu hồ sơ.",
    "next_tasks": "Tiếp tục thực hiện các nội dung còn lại của kế hoạch; đôn đốc các đơn vị thực hiện "
                  "kiến nghị sau kiểm tra; hoàn thiện hồ sơ minh chứng công khai.",
    "proposals": "Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ thực hiện dân chủ ở cơ sở cho cán bộ cấp xã.",
}


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    service = ReportService(ws.db)
    if service.list_reports(year):
        return ""
    service.set_calendar(year, "bc_6m", preparer="Văn phòng HĐND và UBND")
    six = service.create(year, ReportKind.SIX_MONTHS)
    for key, text in TEXTS.items():
        service.set_section_text(six.id, key, text)   # type: ignore[arg-type]
    issued_on = ReportPeriod.default(year, ReportKind.SIX_MONTHS).end + timedelta(days=2)
    six = service.issue(six.id, rng.randint(20, 40), issued_on)   # type: ignore[arg-type]
    service.mark_sent(six.id, issued_on + timedelta(days=1), "Sở Nội vụ")   # type: ignore[arg-type]
    service.create(year, ReportKind.NINE_MONTHS)
    return f"lịch báo cáo năm {year}, báo cáo 6 tháng số {six.number} (đã gửi), dự thảo báo cáo 9 tháng"


