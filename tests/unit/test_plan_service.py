"""PlanService: plans and the section tree, each edit one transaction, refusals change nothing."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan, PlanSection, Status, TimeFrame, TimeFrameKind
from dancoso_desktop.domain.plan_json import plan_to_dict
from dancoso_desktop.services.plan_service import PlanService, SectionFields


def _outline(svc: PlanService, year: int = 2026) -> list[tuple[str, str]]:
    return [(s.number, s.title) for s in svc.get_plan(year).walk()]


@pytest.fixture
def svc(workspace: Any) -> PlanService:
    service = PlanService(workspace.db)
    service.create_plan(Plan(2026, title="Thực hiện dân chủ ở cơ sở năm 2026", sections=[
        PlanSection("MỤC ĐÍCH, YÊU CẦU", children=[PlanSection("Mục đích"), PlanSection("Yêu cầu")]),
        PlanSection("NỘI DUNG", children=[
            PlanSection("Công khai", children=[
                PlanSection("Ngân sách", children=[PlanSection("Dự toán"), PlanSection("Quyết toán")]),
            ]),
        ]),
        PlanSection("TỔ CHỨC THỰC HIỆN"),
    ]))
    return service


def _id(svc: PlanService, title: str, year: int = 2026) -> int:
    found = [s.id for s in svc.get_plan(year).walk() if s.title == title]
    assert len(found) == 1, title
    return found[0]  # type: ignore[return-value]


def test_create_and_get(svc: PlanService) -> None:
    assert _outline(svc) == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("1", "Mục đích"), ("2", "Yêu cầu"),
                             ("II", "NỘI DUNG"), ("1", "Công khai"), ("1.1", "Ngân sách"),
                             ("a", "Dự toán"), ("b", "Quyết toán"), ("III", "TỔ CHỨC THỰC HIỆN")]
    [summary] = svc.list_plans()
    assert (summary.year, summary.sections) == (2026, 9)
    with pytest.raises(ValidationError):
        svc.create_plan(Plan(2026, sections=[PlanSection("x")]))
    with pytest.raises(ValidationError):
        svc.get_plan(2030)


@pytest.mark.parametrize("year", [1989, 2101, 0])
def test_year_outside_range_refused(workspace: Any, year: int) -> None:
    service = PlanService(workspace.db)
    with pytest.raises(ValidationError) as exc:
        service.create_plan(Plan(year, sections=[PlanSection("I")]))
    assert exc.value.field == "year"
    assert service.list_plans() == []


def test_add_renumbers(svc: PlanService) -> None:
    pid = svc.plan_id(2026)
    new = svc.add_section(pid, _id(svc, "NỘI DUNG"), 0, "Lãnh đạo, chỉ đạo")
    assert _outline(svc)[4:7] == [("1", "Lãnh đạo, chỉ đạo"), ("2", "Công khai"), ("2.1", "Ngân sách")]
    assert svc.get_section(new).number == "1"
    top = svc.add_section(pid, None, None, "PHỤ LỤC")
    assert svc.get_section(top).number == "IV"


def test_title_refusals_change_nothing(svc: PlanService) -> None:
    before = plan_to_dict(svc.get_plan(2026))
    pid = svc.plan_id(2026)
    sid = _id(svc, "Mục đích")
    for bad in ("", "   ", "\t\n", "\u200b\x00"):
        with pytest.raises(ValidationError) as exc:
            svc.add_section(pid, None, None, bad)
        assert exc.value.field == "title"
        with pytest.raises(ValidationError):
            svc.update_section(sid, SectionFields(title=bad, text="changed"))
    with pytest.raises(ValidationError) as exc:
        svc.update_section(sid, SectionFields(text="x" * (1024 * 1024)))
    assert "quá dài" in exc.value.text("vi") and "too long" in exc.value.text("en")
    with pytest.raises(ValidationError):
        svc.add_section(pid, None, None, "ok", "x" * (1024 * 1024))
    with pytest.raises(ValidationError):
        svc.update_section(sid, SectionFields(text="changed", progress=101))
    with pytest.raises(ValidationError):
        svc.update_section(sid, SectionFields(timeframe=TimeFrame(TimeFrameKind.RANGE, *_backwards())))
    assert plan_to_dict(svc.get_plan(2026)) == before


def _backwards() -> tuple[Any, Any]:
    from datetime import date

    return date(2026, 6, 1), date(2026, 5, 1)


def test_text_is_stored_nfc_and_clean(svc: PlanService) -> None:
    sid = _id(svc, "Mục đích")
    title = unicodedata.normalize("NFD", "Tuyên truyền, phổ biến")
    svc.update_section(sid, SectionFields(title=title + "\x00", text="a < b & c\u200b"))
    sec = svc.get_section(sid)
    assert sec.title == "Tuyên truyền, phổ biến"
    assert unicodedata.is_normalized("NFC", sec.title)
    assert sec.text == "a < b & c"
    assert svc.filter_ids(2026, "tuyen TRUYEN") == {sid}
    assert svc.filter_ids(2026, "phổ biến") == {sid}


def test_update_fields(svc: PlanService, workspace: Any) -> None:
    from dancoso_desktop.domain.commune import Unit
    from dancoso_desktop.services.commune_service import CommuneService

    units = CommuneService(workspace.db)
    lead = units.save_unit(Unit("Văn phòng HĐND-UBND")).id
    other = units.save_unit(Unit("Phòng Kinh tế")).id
    assert lead is not None and other is not None
    sid = _id(svc, "Dự toán")
    tf = TimeFrame(TimeFrameKind.QUARTER, quarter=2)
    svc.update_section(sid, SectionFields(lead_unit_id=lead, coordinating_unit_ids=[other, other], timeframe=tf,
                                          status=Status.DONE))
    sec = svc.get_section(sid)
    assert (sec.lead_unit, sec.coordinating_units, sec.timeframe, sec.status, sec.progress) == (
        "Văn phòng HĐND-UBND", ["Phòng Kinh tế"], tf, Status.DONE, 100)
    with pytest.raises(ValidationError):
        svc.update_section(sid, SectionFields(lead_unit_id=99999))
    assert units.usage_count(lead) == 1


def test_move_and_refuse_own_subtree(svc: PlanService) -> None:
    noi_dung, ngan_sach = _id(svc, "NỘI DUNG"), _id(svc, "Ngân sách")
    before = _outline(svc)
    with pytest.raises(ValidationError):
        svc.move_section(noi_dung, ngan_sach, 0)
    with pytest.raises(ValidationError):
        svc.move_section(noi_dung, noi_dung, 0)
    assert _outline(svc) == before
    svc.move_section(ngan_sach, None, 0)
    assert _outline(svc)[:3] == [("I", "Ngân sách"), ("1", "Dự toán"), ("2", "Quyết toán")]
    assert svc.section_place(ngan_sach) == (None, 0)
    assert ("IV", "TỔ CHỨC THỰC HIỆN") in _outline(svc)
    svc.move_section(_id(svc, "Quyết toán"), _id(svc, "Mục đích"), 99)
    assert svc.get_section(_id(svc, "Quyết toán")).number == "1.1"


def test_indent_and_outdent(svc: PlanService) -> None:
    yeu_cau = _id(svc, "Yêu cầu")
    assert svc.indent(yeu_cau) is True
    assert svc.get_section(yeu_cau).number == "1.1"
    assert svc.indent(_id(svc, "Mục đích")) is False          # first child: nothing to go under
    assert svc.outdent(yeu_cau) is True
    assert svc.get_section(yeu_cau).number == "2"
    assert svc.outdent(yeu_cau) is True
    assert svc.get_section(yeu_cau).number == "II"
    assert svc.outdent(yeu_cau) is False                       # already at the top level
    assert [n for n, _ in _outline(svc) if len(n) > 1 and n.isupper()][-1] == "IV"


def test_delete_and_restore_with_same_ids(svc: PlanService) -> None:
    before = svc.get_plan(2026)
    ids_before = [(s.id, s.number, s.title) for s in before.walk()]
    snap = svc.delete_section(_id(svc, "Ngân sách"))
    assert [t for _, t in _outline(svc)] == ["MỤC ĐÍCH, YÊU CẦU", "Mục đích", "Yêu cầu", "NỘI DUNG", "Công khai",
                                              "TỔ CHỨC THỰC HIỆN"]
    snap2 = svc.delete_section(_id(svc, "Mục đích"))
    assert _outline(svc)[1] == ("1", "Yêu cầu")
    svc.restore_section(snap2)
    svc.restore_section(snap)
    assert [(s.id, s.number, s.title) for s in svc.get_plan(2026).walk()] == ids_before
    with pytest.raises(ValidationError):
        svc.get_section(123456)


def test_undo_delete_after_new_sections_and_deleted_units(svc: PlanService, workspace: Any) -> None:
    from dancoso_desktop.domain.commune import Unit
    from dancoso_desktop.services.commune_service import CommuneService

    units = CommuneService(workspace.db)
    lead = units.save_unit(Unit("Hội Nông dân xã")).id
    pid = svc.plan_id(2026)
    last = svc.add_section(pid, None, None, "PHỤ LỤC")
    svc.update_section(last, SectionFields(lead_unit_id=lead, coordinating_unit_ids=[lead]))
    snap = svc.delete_section(last)
    units.delete_unit(lead or 0)                      # no longer used, so it may go
    newer = svc.add_section(pid, None, None, "MỚI")
    assert newer != last                              # ids are never handed out twice
    svc.restore_section(snap)
    restored = svc.get_section(last)
    assert (restored.number, restored.title, restored.lead_unit_id) == ("IV", "PHỤ LỤC", None)
    assert svc.get_section(newer).number == "V"
    with pytest.raises(ValidationError):              # restoring twice is refused, not a crash
        svc.restore_section(snap)
    child = svc.add_section(pid, last, None, "con")
    snap_child = svc.delete_section(child)
    svc.delete_section(last)
    with pytest.raises(ValidationError):              # its parent is gone
        svc.restore_section(snap_child)


def test_delete_plan(svc: PlanService) -> None:
    svc.delete_plan(2026)
    assert svc.list_plans() == []
    assert not svc.has_plan(2026)


def test_search_finds_sections_by_the_units_that_carry_them_out(svc: PlanService, workspace: Any) -> None:
    from dancoso_desktop.domain.commune import Unit
    from dancoso_desktop.services.commune_service import CommuneService

    units = CommuneService(workspace.db)
    police = units.save_unit(Unit("Công an xã")).id
    front = units.save_unit(Unit("Ủy ban MTTQ Việt Nam xã")).id
    assert police is not None and front is not None
    budget, goal = _id(svc, "Dự toán"), _id(svc, "Mục đích")
    svc.update_section(budget, SectionFields(lead_unit_id=police))
    svc.update_section(goal, SectionFields(coordinating_unit_ids=[front]))
    assert svc.filter_ids(2026, "công an") == {budget}            # the lead unit
    assert svc.filter_ids(2026, "MTTQ") == {goal}                  # a coordinating unit
    assert svc.filter_ids(2026, "du toan cong an") == {budget}     # words from title and unit
    assert svc.filter_ids(2026, "mục đích công an") == set()       # every word must match
    units.save_unit(Unit("Công an phường", id=police))             # renamed: found by its new name
    assert svc.filter_ids(2026, "phuong") >= {budget}
    assert svc.filter_ids(2026, "100%_") == set()                  # LIKE wildcards are plain text
