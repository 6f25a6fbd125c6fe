"""The inspection services over a real database: records, refusals, follow-up, plan progress."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.inspection import (
    ChecklistCriterion,
    CriterionAnswer,
    CriterionResult,
    Inspection,
    PlanEntry,
    Recommendation,
    RecStatus,
    TeamMember,
    TeamRole,
)
from dancoso_desktop.domain.plan import Plan, PlanSection, Status
from dancoso_desktop.services.attachments import attachment_path, store_attachment
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.inspection_plan import InspectionPlanService
from dancoso_desktop.services.inspection_service import InspectionService
from dancoso_desktop.services.inspection_templates import TemplateService, load_standard
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.storage.inspection_tables import InspectionCriterionRow, InspectionRow, RecommendationRow

TODAY = date(2026, 10, 1)


@pytest.fixture
def units(workspace):  # type: ignore[no-untyped-def]
    svc = CommuneService(workspace.db)
    return {
        "kt": svc.save_unit(Unit("Phòng Kinh tế", UnitKind.DEPARTMENT)).id,
        "vh": svc.save_unit(Unit("Phòng Văn hóa - Xã hội", UnitKind.DEPARTMENT)).id,
        "tt": svc.save_unit(Unit("Trung tâm Phục vụ hành chính công", UnitKind.PUBLIC_UNIT)).id,
        "thon": svc.save_unit(Unit("Thôn Nà Pồ", UnitKind.HAMLET, households=120)).id,
    }


def make(unit_id: int, **kw: object) -> Inspection:
    insp = Inspection(
        2026, unit_id, decision_number="11/QĐ-UBND", decision_date=date(2026, 5, 14),
        start_date=date(2026, 5, 21), end_date=date(2026, 5, 21), start_time="08 giờ 00", end_time="11 giờ 00",
        place="Trụ sở", team=[TeamMember("Nguyễn Thị Thu Hà", TeamRole.LEADER, "Trưởng phòng")],
        answers=[CriterionAnswer(c.code, c.group, c.text, c.article, CriterionResult.MET)
                 for c in load_standard().criteria],
        findings="Tốt.", conclusion="Đạt yêu cầu.",
        recommendations=[Recommendation("Niêm yết đủ 20 ngày", unit_id, deadline=date(2026, 9, 30))])
    for k, v in kw.items():
        setattr(insp, k, v)
    return insp


def count(workspace, table) -> int:  # type: ignore[no-untyped-def]
    with workspace.db.session() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def test_save_close_and_read_back(workspace, units) -> None:  # type: ignore[no-untyped-def]
    svc = InspectionService(workspace.db, today=lambda: TODAY)
    saved = svc.save(make(units["kt"]), close=True)
    assert saved.id and saved.closed and saved.unit_name == "Phòng Kinh tế"
    assert len(saved.answers) == len(load_standard().criteria) >= 12
    assert saved.recommendations[0].unit_name == "Phòng Kinh tế"
    data = svc.to_json(saved)
    assert {"id", "unit", "date", "criteria", "recommendations"} <= set(data)
    assert data["criteria"][0]["result"] == "met"
    assert data["recommendations"][0] == data["recommendations"][0] | {"status": "open", "overdue": True,
                                                                         "deadline": date(2026, 9, 30)}
    assert not svc.save(saved).closed               # saved as a draft: reopened
    assert svc.save(saved, close=True).closed


@pytest.mark.parametrize("change", [
    {"start_date": date(2026, 5, 1), "end_date": date(2026, 5, 1)},          # before its decision
    {"start_date": date(2027, 1, 5), "end_date": date(2027, 1, 5),
     "decision_date": date(2027, 1, 1)},                                       # outside the year
    {"recommendations": [Recommendation("Làm", None, deadline=date(2026, 9, 1))]},
    {"recommendations": [Recommendation("Làm", 1, deadline=None)]},
    {"findings": "x" * 100_001},
])
def test_refused_records_leave_nothing(workspace, units, change) -> None:  # type: ignore[no-untyped-def]
    svc = InspectionService(workspace.db)
    with pytest.raises(ValidationError):
        svc.save(make(units["kt"], **change))
    assert count(workspace, InspectionRow) == count(workspace, InspectionCriterionRow) == 0
    assert count(workspace, RecommendationRow) == 0


def test_closing_with_an_unanswered_criterion_changes_nothing(workspace, units) -> None:  # type: ignore[no-untyped-def]
    svc = InspectionService(workspace.db)
    draft = svc.save(make(units["kt"]))
    draft.answers[3].result = None
    draft.findings = "Sửa đổi chưa lưu"
    with pytest.raises(ValidationError) as err:
        svc.save(draft, close=True)
    assert draft.answers[3].code in err.value.vi
    again = svc.get(draft.id or 0)
    assert not again.closed and again.findings == "Tốt." and again.answers[3].result is CriterionResult.MET
    svc.save(draft)                         # as a draft it may stay unanswered
    assert svc.get(draft.id or 0).answers[3].result is None


def test_retired_and_non_target_units_are_refused(workspace, units) -> None:  # type: ignore[no-untyped-def]
    communes = CommuneService(workspace.db)
    svc = InspectionService(workspace.db)
    kept = svc.save(make(units["kt"]))
    communes.set_retired(units["kt"], True)
    with pytest.raises(ValidationError) as err:
        svc.save(make(units["kt"]))
    assert "ngừng sử dụng" in err.value.vi and "retired" in err.value.en
    kept.findings = "Sửa sau khi đơn vị ngừng sử dụng"
    assert svc.save(kept).findings.startswith("Sửa")       # the old record stays editable
    with pytest.raises(ValidationError):
        svc.save(make(units["thon"]))                        # a hamlet is not an inspected unit
    with pytest.raises(ValidationError):
        InspectionPlanService(workspace.db).save(PlanEntry(2026, units["kt"], quarter=2))
    assert count(workspace, InspectionRow) == 1
    # the unit is in use: the catalogue refuses to delete it
    assert communes.usage_count(units["kt"]) >= 2
    with pytest.raises(ValidationError):
        communes.delete_unit(units["kt"])


def test_hostile_and_nfd_text_is_kept_as_typed_in_nfc(workspace, units) -> None:  # type: ignore[no-untyped-def]
    svc = InspectionService(workspace.db)
    nfd = unicodedata.normalize("NFD", "Hội nghị chưa đủ hai phần ba")
    hostile = f"<b>đậm</b> & =cmd|' /C calc'!A0 +1 -2 @x\x00\x07 {nfd}"
    saved = svc.save(make(units["kt"], findings=hostile, place=nfd))
    assert saved.findings == "<b>đậm</b> & =cmd|' /C calc'!A0 +1 -2 @x " + unicodedata.normalize("NFC", nfd)
    assert saved.place == unicodedata.normalize("NFC", nfd)


def test_recommendation_follow_up_to_done_needs_a_note(workspace, units) -> None:  # type: ignore[no-untyped-def]
    svc = InspectionService(workspace.db, today=lambda: TODAY)
    a = svc.save(make(units["kt"], recommendations=[
        Recommendation("Sớm", units["kt"], deadline=date(2026, 12, 31)),
        Recommendation("Quá hạn", units["vh"], deadline=date(2026, 8, 31)),
        Recommendation("Đã xong", units["kt"], deadline=date(2026, 6, 30), status=RecStatus.DONE,
                       done_on=date(2026, 6, 1), note="Đã làm")]))
    b = svc.save(make(units["tt"], recommendations=[
        Recommendation("Quá hạn lâu", units["tt"], deadline=date(2026, 7, 1))]))
    open_recs = svc.recommendations()
    assert [r.text for r in open_recs] == ["Quá hạn lâu", "Quá hạn", "Sớm"]
    assert open_recs[0].inspected_unit == "Trung tâm Phục vụ hành chính công" and open_recs[0].inspection_id == b.id
    assert svc.count_open() == {"open": 3, "overdue": 2}
    target = open_recs[1].id or 0
    with pytest.raises(ValidationError) as err:
        svc.set_recommendation_status(target, RecStatus.DONE, done_on=TODAY, note="   ")
    assert "kết quả thực hiện" in err.value.vi
    assert svc.recommendations()[1].status is RecStatus.OPEN
    svc.set_recommendation_status(target, RecStatus.IN_PROGRESS)
    done = svc.set_recommendation_status(target, RecStatus.DONE, done_on=TODAY, note="Đã tổ chức lại")
    assert done.status is RecStatus.DONE and done.done_on == TODAY and done.note == "Đã tổ chức lại"
    assert [r.text for r in svc.recommendations()] == ["Quá hạn lâu", "Sớm"]
    # editing the record keeps the ids of its recommendations (follow-up refers to them)
    again = svc.get(a.id or 0)
    ids = [r.id for r in again.recommendations]
    again.findings = "Sửa"
    assert [r.id for r in svc.save(again).recommendations] == ids


def test_plan_entry_progress_shows_in_the_plan_section(workspace, units) -> None:  # type: ignore[no-untyped-def]
    plans = PlanService(workspace.db)
    plans.create_plan(Plan(2026, "Kế hoạch", sections=[PlanSection("Công tác kiểm tra", children=[
        PlanSection("Kiểm tra tại các phòng, đơn vị thuộc UBND xã")])]))
    section_id = next(s.id for s in plans.get_plan(2026).walk() if s.title.startswith("Kiểm tra tại"))
    entries = InspectionPlanService(workspace.db)
    e1 = entries.save(PlanEntry(2026, units["kt"], quarter=2, team="Phòng VH-XH", section_id=section_id))
    e2 = entries.save(PlanEntry(2026, units["tt"], start=date(2026, 8, 3), end=date(2026, 8, 5),
                                section_id=section_id))
    svc = InspectionService(workspace.db)
    first = svc.save(make(units["kt"], plan_entry_id=e1.id), close=True)
    sec = plans.get_section(section_id)
    assert (sec.status, sec.progress) == (Status.IN_PROGRESS, 50)
    svc.save(make(units["tt"], plan_entry_id=e2.id, start_date=date(2026, 8, 3), end_date=date(2026, 8, 5)),
             close=True)
    sec = plans.get_section(section_id)
    assert (sec.status, sec.progress) == (Status.DONE, 100)
    assert [e.closed for e in entries.list_entries(2026)] == [1, 1]
    svc.reopen(first.id or 0)
    assert plans.get_section(section_id).status is Status.IN_PROGRESS
    # deleting the section leaves the plan entries (ON DELETE SET NULL)
    plans.delete_section(section_id)
    assert [e.section_id for e in entries.list_entries(2026)] == [None, None]


def test_templates_copy_edit_and_protect_the_standard(workspace) -> None:  # type: ignore[no-untyped-def]
    templates = TemplateService(workspace.db)
    std_id = templates.ensure_standard()
    assert templates.ensure_standard() == std_id
    std = templates.get(std_id)
    assert std.is_standard and all(c.article for c in std.criteria)
    assert {"Quy chế dân chủ", "Ban Thanh tra nhân dân"} <= set(std.groups())
    copy = templates.copy(std_id, "Mẫu của tỉnh")
    copy.criteria.append(ChecklistCriterion("T1", "Tiêu chí của tỉnh", "Có sổ theo dõi", "Hướng dẫn của tỉnh"))
    templates.save(copy)
    assert len(templates.get(copy.id or 0).criteria) == len(std.criteria) + 1
    assert len(templates.get(std_id).criteria) == len(std.criteria)
    with pytest.raises(ValidationError):
        templates.delete(std_id)
    copy.criteria.append(ChecklistCriterion("T1", "Nhóm", "Trùng mã"))
    with pytest.raises(ValidationError):
        templates.save(copy)
    with pytest.raises(ValidationError):
        templates.copy(std_id, "Mẫu của tỉnh")            # the name is taken
    templates.delete(copy.id or 0)
    assert [t.id for t in templates.list_templates()] == [std_id]


def test_evidence_files_are_copied_into_the_data_folder(workspace, units, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "ảnh niêm yết.jpg"
    photo.write_bytes(b"\xff\xd8fake jpeg")
    att = store_attachment(workspace, photo)
    insp = make(units["kt"])

    insp.answers[0].files.append(att.evidence())
    saved = InspectionService(workspace.db).save(insp)
    photo.unlink()
    f = saved.answers[0].files[0]
    assert f.original_name == "ảnh niêm yết.jpg"
    assert attachment_path(workspace, att).read_bytes() == b"\xff\xd8fake jpeg"


def test_migration_downgrade_and_upgrade(workspace) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from dancoso_desktop.storage import migrations as mig

    cfg = mig.config()
    with workspace.db.engine.connect() as con:
        cfg.attributes["connection"] = con
        command.downgrade(cfg, "0002_disclosures")
        con.commit()
        names = set(con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars())
    assert not any(n.startswith("inspection") for n in names)
    mig.upgrade(workspace.db.engine)
    assert mig.current_revision(workspace.db.engine) == mig.head_revision()
    assert TemplateService(workspace.db).ensure_standard() > 0
