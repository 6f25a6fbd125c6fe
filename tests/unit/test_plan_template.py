"""The built-in standard plan and rolling last year's plan forward."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest

from dancoso_desktop import paths
from dancoso_desktop.domain.commune import Commune, CommuneKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan, PlanSection, Status, TimeFrame, TimeFrameKind
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.plan_template import (
    _shift_years_in_text,
    new_plan,
    rolled_forward,
    template_plan,
)

COMMUNE = Commune("Cao Bằng", "Hòa An", CommuneKind.XA, "Hòa An", signer_name="Hoàng Văn Thắng")


def test_template_file_is_a_plan_in_our_json_shape() -> None:
    data = json.loads(paths.resource("templates", "plan_template.json").read_text("utf-8"))
    assert data["format"] == "dancoso-plan" and data["year"] == 2000


def test_template_structure() -> None:
    plan = template_plan(2026, COMMUNE)
    top = [(s.number, s.title) for s in plan.sections]
    assert top == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG"), ("III", "TỔ CHỨC THỰC HIỆN")]
    assert [c.title for c in plan.sections[0].children] == ["Mục đích", "Yêu cầu"]
    sections = list(plan.walk())
    assert len(sections) >= 40
    letters = [s for s in sections if s.style.value == "letter"]
    assert len(letters) >= 14
    # The 14 disclosure duties of Art. 11, lettered a … o.
    disclosure = next(s for s in sections if s.title.startswith("Những nội dung công khai"))
    assert [c.number for c in disclosure.children] == [*"abcd", "đ", *"eghiklmno"]
    for i, child in enumerate(disclosure.children, start=1):
        assert f"khoản {i} Điều 11" in child.text
    titles = " ".join(s.title + " " + s.text for s in sections)
    for needle in ("Điều 15", "Điều 25", "đối thoại", "cuối năm", "Ban Thanh tra nhân dân",
                   "Ban Giám sát đầu tư của cộng đồng", "31/3/2026", "hai phần ba", "Công tác kiểm tra",
                   "15/12/2025", "14/6/2026", "14/9/2026", "14/12/2026", "Nhân dân"):
        assert needle in titles, needle
    # NĐ 30/2020 PL II: "Nhân dân" is capitalised; lower case only inside the names of bodies.
    rest = titles
    for name in ("Ủy ban nhân dân", "Thanh tra nhân dân", "Công an nhân dân", "ỦY BAN NHÂN DÂN"):
        rest = rest.replace(name, "")
    assert "nhân dân" not in rest


def test_template_tasks_have_lead_unit_and_time_frame() -> None:
    plan = template_plan(2026, COMMUNE)
    tasks = [s for s in plan.walk() if s.is_task]
    assert len(tasks) >= 40
    for t in tasks:
        assert t.lead_unit and t.timeframe.kind is not TimeFrameKind.NONE, t.title
        deadline = t.timeframe.deadline(2026)
        assert deadline is not None and deadline.year == 2026, t.title
    staff = next(s for s in tasks if s.title.startswith("Hội nghị cán bộ"))
    assert staff.timeframe == TimeFrame(TimeFrameKind.BY_DATE, end=date(2026, 3, 31))   # Art. 50: by 31/3
    report = next(s for s in plan.walk() if s.title == "Chế độ báo cáo")
    assert [c.number for c in report.children] == ["a", "b", "c", "d"]


def test_template_document_data_is_filled() -> None:
    plan = template_plan(2026, COMMUNE)
    assert plan.title == "Thực hiện dân chủ ở cơ sở năm 2026"
    assert plan.issuing_body == "ỦY BAN NHÂN DÂN XÃ HÒA AN"
    assert plan.place == "Hòa An" and plan.signer.name == "Hoàng Văn Thắng"
    assert plan.intro.startswith("Ủy ban nhân dân xã Hòa An ban hành")
    bases = " ".join(plan.legal_bases)
    for needle in ("10/2022/QH15 ngày 10/11/2022", "59/2023/NĐ-CP ngày 14/8/2023", "61/2023/NĐ-CP ngày 16/8/2023"):
        assert needle in bases
    assert plan.recipients == ["UBND tỉnh (qua Sở Nội vụ)", "TT Đảng ủy, HĐND xã", "UBMTTQ Việt Nam xã",
                               "Các phòng, đơn vị thuộc UBND xã", "Lưu: VT, VHXH."]
    assert [d["to"] for d in plan.report_deadlines] == ["14/6/2026", "14/9/2026", "14/12/2026"]
    blob = json.dumps([s.title + s.text for s in plan.walk()], ensure_ascii=False)
    assert "{" not in blob and "2000" not in blob


def test_template_in_a_leap_year_and_without_a_commune() -> None:
    plan = template_plan(2028, None)
    assert plan.issuing_body == "" and plan.intro.startswith("Ủy ban nhân dân xã ban hành")
    assert all(s.timeframe.deadline(2028).year == 2028 for s in plan.walk() if s.is_task)  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        template_plan(2101, None)


def test_shift_years_in_text() -> None:
    text = ("Số liệu từ ngày 15/12/2025 đến ngày 14/6/2026; Nghị định số 59/2025/NĐ-CP ngày 14/8/2025; "
            "kết quả năm 2025; ban hành ngày 10 tháng 11 năm 2025; kế hoạch năm 2027")
    assert _shift_years_in_text(text, 2026, 1) == (
        "Số liệu từ ngày 15/12/2026 đến ngày 14/6/2027; Nghị định số 59/2025/NĐ-CP ngày 14/8/2025; "
        "kết quả năm 2026; ban hành ngày 10 tháng 11 năm 2025; kế hoạch năm 2028")


def test_roll_forward() -> None:
    old = template_plan(2025, COMMUNE)
    old.number, old.date = "09/KH-UBND", date(2025, 1, 10)
    tasks = [s for s in old.walk() if s.is_task]
    for s in tasks[:-3]:
        s.status, s.progress, s.notes = Status.DONE, 100, "xong"
    tasks[-1].status, tasks[-1].progress = Status.IN_PROGRESS, 60
    new = rolled_forward(old, 2026)
    assert (new.year, new.number, new.date) == (2026, "", None)
    assert new.title == "Thực hiện dân chủ ở cơ sở năm 2026"
    assert [s.number for s in new.walk()] == [s.number for s in old.walk()]
    rolled = [s for s in new.walk() if s.is_task]
    assert all(s.status is Status.NOT_STARTED and s.progress == 0 and not s.notes for s in rolled)
    assert [s.carried_over for s in rolled] == [False] * (len(rolled) - 3) + [True] * 3
    for a, b in zip(tasks, rolled, strict=True):
        da, db = a.timeframe.deadline(2025), b.timeframe.deadline(2026)
        assert da is not None and db is not None and (db.month, db.day) == (da.month, da.day)
    assert new.legal_bases == old.legal_bases
    assert [d["to"] for d in new.report_deadlines] == ["14/6/2026", "14/9/2026", "14/12/2026"]
    assert any("15/12/2025" in s.text for s in new.walk())
    assert not re.search(r"\b2025\b", new.title)


def test_new_plan_from_template_and_from_last_year(workspace: Any) -> None:
    service = PlanService(workspace.db)
    plan = new_plan(service, 2025, COMMUNE)
    assert plan.id is not None and len(list(plan.walk())) >= 40
    first = next(s for s in plan.walk() if s.is_task)
    from dancoso_desktop.services.plan_service import SectionFields

    service.update_section(first.id or 0, SectionFields(status=Status.IN_PROGRESS, progress=50))
    rolled = new_plan(service, 2026, COMMUNE, from_year=2025)
    assert [s.title for s in rolled.walk()][:3] == [s.title for s in plan.walk()][:3]
    carried = [s for s in rolled.walk() if s.carried_over]
    assert len(carried) == len([s for s in plan.walk() if s.is_task])   # none was done in 2025
    with pytest.raises(ValidationError):
        new_plan(service, 2026, COMMUNE)                                 # the year is taken
    with pytest.raises(ValidationError):
        new_plan(service, 2027, COMMUNE, from_year=2019)                  # no such plan
    assert [p.year for p in service.list_plans()] == [2025, 2026]


def test_plan_dataclass_defaults() -> None:
    plan = Plan(2026, sections=[PlanSection("I")])
    plan.renumber()
    assert plan.sections[0].number == "I"
