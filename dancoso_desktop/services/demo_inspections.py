"""Demo data of the inspections feature: the year's plan, four records, their follow-up.

Four units are inspected (one per quarter); some criteria are not met; the recommendations are
in every state (open, in progress, done) and one is overdue once 30/09 of the year has passed.
"""

from __future__ import annotations

import random
from datetime import date

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.inspection import (
    CriterionAnswer,
    CriterionResult,
    Inspection,
    PlanEntry,
    Recommendation,
    RecStatus,
    Representative,
    TeamMember,
    TeamRole,
)
from dancoso_desktop.domain.text import fold
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.inspection_plan import InspectionPlanService
from dancoso_desktop.services.inspection_service import InspectionService
from dancoso_desktop.services.inspection_templates import TemplateService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import Workspace

# Used only when the commune demo has not created enough departments and public units.
FALLBACK_UNITS = [
    ("Văn phòng HĐND và UBND", UnitKind.DEPARTMENT),
    ("Phòng Kinh tế", UnitKind.DEPARTMENT),
    ("Phòng Văn hóa - Xã hội", UnitKind.DEPARTMENT),
    ("Trung tâm Phục vụ hành chính công", UnitKind.PUBLIC_UNIT),
    ("Trạm Y tế", UnitKind.PUBLIC_UNIT),
]

TEAM = [("Nguyễn Thị Thu Hà", TeamRole.LEADER, "Trưởng phòng Văn hóa - Xã hội"),
        ("Trần Văn Bình", TeamRole.MEMBER, "Công chức Văn phòng HĐND và UBND"),
        ("Lê Thị Mai", TeamRole.SECRETARY, "Công chức Văn hóa - Xã hội")]
HEADS = ["Phạm Văn Dũng", "Hoàng Thị Lan", "Đỗ Minh Tuấn", "Vũ Thị Hồng"]
NOT_MET = {0: {"HN5", "CK2"}, 1: {"TT1", "TD1", "HN2"}, 2: {"CD2"}, 3: set()}


def _targets(ws: Workspace) -> list[Unit]:
    units = CommuneService(ws.db)
    found = [u for u in units.list_units() if u.kind in (UnitKind.DEPARTMENT, UnitKind.PUBLIC_UNIT)]
    known = {fold(u.name) for u in found}
    for name, kind in FALLBACK_UNITS:
        if len(found) >= 4:
            break
        if fold(name) not in known:
            found.append(units.save_unit(Unit(name, kind)))
    return found


def _section_asking(ws: Workspace, year: int) -> int | None:
    """The plan section that asks for the inspections ('kiểm tra … dân chủ'), if the plan has one."""
    plans = PlanService(ws.db)
    if not plans.has_plan(year):
        return None
    best = None
    for sec in plans.get_plan(year).walk():
        title = fold(sec.title)
        if sec.children or not title.startswith("kiem tra"):
            continue
        if "don vi" in title or "phong" in title or "co quan" in title:
            return sec.id
        best = best or sec.id
    return best


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    service = InspectionService(ws.db)
    if service.list_inspections(year):
        return ""
    template = TemplateService(ws.db).get(TemplateService(ws.db).ensure_standard())
    units = _targets(ws)[:5]
    section = _section_asking(ws, year)
    plan = InspectionPlanService(ws.db)
    team_text = "Phòng Văn hóa - Xã hội (chủ trì), Văn phòng HĐND và UBND"
    entries = [plan.save(PlanEntry(year, u.id or 0, quarter=min(i + 1, 4), team=team_text, section_id=section))
               for i, u in enumerate(units)]
    days = [date(year, 3, 18), date(year, 5, 21), date(year, 8, 13), date(year, 10, 15)]
    office = units[0]
    made = 0
    for i, (unit, entry, day) in enumerate(zip(units, entries, days, strict=False)):
        answers = []
        for c in template.criteria:
            if i == 3 and c.group.startswith("Ban Thanh tra"):
                result = None       # the record still being written
            elif c.code in NOT_MET[i]:
                result = CriterionResult.NOT_MET
            elif c.code == "TT1" and i == 2:
                result = CriterionResult.NOT_APPLICABLE
            else:
                result = CriterionResult.MET
            notes = "Chưa có biên bản kiểm điểm 6 tháng." if c.code == "HN5" and result is CriterionResult.NOT_MET else ""
            evidence = ("Quy chế ban hành kèm theo Quyết định của Thủ trưởng đơn vị"
                        if c.code == "QC1" else "")
            answers.append(CriterionAnswer(c.code, c.group, c.text, c.article, result, evidence, notes))
        recs = _recommendations(i, year, unit, office)
        insp = Inspection(
            year, unit.id or 0, plan_entry_id=entry.id, decision_number=f"{10 + i:02d}/QĐ-UBND",
            decision_date=date(day.year, day.month, max(1, day.day - 7)), start_date=day, end_date=day,
            start_time="08 giờ 00", end_time="11 giờ 30", place=f"Trụ sở {unit.name}",
            team=[TeamMember(n, r, p) for n, r, p in TEAM],
            representatives=[Representative(HEADS[i % len(HEADS)], "Thủ trưởng đơn vị"),
                             Representative("Ngô Văn Khải", "Chủ tịch Công đoàn cơ sở")],
            answers=answers,
            findings=("Đơn vị đã ban hành quy chế thực hiện dân chủ và tổ chức hội nghị cán bộ, công chức "
                      "đúng thời hạn. Một số nội dung công khai nội bộ chưa niêm yết đủ thời gian."
                      if i != 1 else
                      "Hội nghị cán bộ, công chức năm trước chỉ có 9/15 người dự (chưa đủ 2/3). "
                      "Đơn vị chưa bầu Ban Thanh tra nhân dân; sổ tiếp nhận phản ánh chưa ghi đầy đủ."),
            conclusion="Đơn vị cơ bản thực hiện tốt quy định về dân chủ ở cơ sở." if i != 1 else
                       "Đơn vị còn nhiều hạn chế, cần khắc phục theo các kiến nghị dưới đây.",
            recommendations=recs)
        service.save(insp, close=(i < 3))
        made += 1
    return f"{made} cuộc kiểm tra"


def _recommendations(i: int, year: int, unit: Unit, office: Unit) -> list[Recommendation]:
    uid = unit.id
    if i == 0:
        return [Recommendation("Tổ chức kiểm điểm 6 tháng việc thực hiện nghị quyết hội nghị cán bộ, công chức.",
                               uid, deadline=date(year, 6, 30), status=RecStatus.DONE, done_on=date(year, 6, 20),
                               note="Đã tổ chức kiểm điểm ngày 20/6, có biên bản kèm theo."),
                Recommendation("Niêm yết công khai nội bộ đủ 20 ngày liên tục và lưu ảnh chụp minh chứng.",
                               uid, deadline=date(year, 12, 31), status=RecStatus.IN_PROGRESS,
                               note="Đã lập sổ theo dõi niêm yết.")]
    if i == 1:
        return [Recommendation("Tổ chức lại hội nghị bảo đảm ít nhất hai phần ba số người dự.", uid,
                               deadline=date(year, 9, 30), status=RecStatus.OPEN),
                Recommendation("Bầu Ban Thanh tra nhân dân của đơn vị theo Điều 60 Luật số 10/2022/QH15.", uid,
                               deadline=date(year, 12, 15), status=RecStatus.IN_PROGRESS),
                Recommendation("Hướng dẫn đơn vị ghi sổ tiếp nhận, trả lời phản ánh của Nhân dân.", office.id,
                               deadline=date(year, 7, 31), status=RecStatus.DONE, done_on=date(year, 7, 25),
                               note="Văn phòng đã hướng dẫn trực tiếp ngày 25/7.")]
    if i == 2:
        return [Recommendation("Niêm yết thủ tục hành chính thường xuyên tại nơi tiếp nhận hồ sơ.", uid,
                               deadline=date(year, 12, 31), status=RecStatus.OPEN)]
    return [Recommendation("Hoàn thiện hồ sơ hội nghị cán bộ, công chức và gửi về Phòng Văn hóa - Xã hội.", uid,
                           deadline=date(year + 1, 1, 31), status=RecStatus.OPEN)]
