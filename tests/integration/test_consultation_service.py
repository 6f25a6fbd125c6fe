"""The consultations and hương ước registers through their services: what the database holds,
the disclosure record of Art. 11 item 11, retired hamlets, reports and the due list."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.consultation import Consultation, Opinion, Response
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.domain.village_rule import AdoptionForm, EventKind, RuleEvent, Scope, Stage, VillageRule
from dancoso_desktop.services import report_sources
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.consultation_service import ConsultationFilter, ConsultationService
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.village_rule_service import RuleFilter, VillageRuleService
from dancoso_desktop.storage.consultation_tables import (
    ConsultationOpinionRow,
    ConsultationRow,
    VillageRuleRow,
)


def _count(ws, table) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def _consultation(**kw: object) -> Consultation:
    base: dict[str, object] = {"item": 2, "title": "Quy hoạch sử dụng đất", "published_on": date(2026, 3, 2),
                               "closes_on": date(2026, 3, 22), "plan_sent_on": date(2026, 2, 27),
                               "counts": {"meeting": 12, "portal": 3}, "accepted": 9, "explained": 4}
    base.update(kw)
    return Consultation(**base)  # type: ignore[arg-type]


@pytest.fixture
def hamlet(workspace):  # type: ignore[no-untyped-def]
    return CommuneService(workspace.db).save_unit(Unit("Thôn Nà Rụa", UnitKind.HAMLET, households=142))


def test_save_and_read_back_with_opinions(workspace) -> None:  # type: ignore[no-untyped-def]
    svc = ConsultationService(workspace)
    nfd = unicodedata.normalize("NFD", "Ông Hoàng Văn Đức")
    saved = svc.save(_consultation(opinions=[Opinion("Mở rộng đường", nfd, "Thôn A", "meeting", Response.ACCEPTED,
                                                     "Tiếp thu")]))
    got = svc.get(saved.id or 0)
    assert got.counts == {"meeting": 12, "portal": 3} and got.received == 15
    assert got.opinions[0].who == unicodedata.normalize("NFC", nfd)
    assert got.opinions[0].response is Response.ACCEPTED
    assert _count(workspace, ConsultationOpinionRow) == 1


def test_refused_input_changes_nothing(workspace) -> None:  # type: ignore[no-untyped-def]
    svc = ConsultationService(workspace)
    saved = svc.save(_consultation())
    for bad in (_consultation(closes_on=date(2026, 3, 1)), _consultation(counts={"meeting": -3}),
                _consultation(counts={"meeting": 2.5}), _consultation(accepted=100)):
        with pytest.raises(ValidationError):
            svc.save(replace(bad, id=saved.id))
        with pytest.raises(ValidationError):
            svc.save(bad)
    assert _count(workspace, ConsultationRow) == 1
    assert svc.get(saved.id or 0).counts == {"meeting": 12, "portal": 3}


def test_published_result_appears_in_the_disclosure_register_as_item_11(workspace) -> None:  # type: ignore[no-untyped-def]
    svc = ConsultationService(workspace)
    saved = svc.save(_consultation())
    published = svc.publish_result(saved.id or 0, date(2026, 3, 27), today=date(2026, 4, 2))
    assert published.disclosure_id is not None and published.result_published_on == date(2026, 3, 27)
    records = DisclosureService(workspace).records(2026)
    assert [(r.id, r.item) for r in records] == [(published.disclosure_id, 11)]
    assert "Quy hoạch sử dụng đất" in records[0].title
    assert records[0].disclosed_on == date(2026, 3, 27)
    # Publishing again keeps the same record; the register still has one.
    again = svc.publish_result(saved.id or 0, date(2026, 3, 28), today=date(2026, 4, 2))
    assert again.disclosure_id == published.disclosure_id and len(DisclosureService(workspace).records(2026)) == 1
    # Linking a disclosure of another item is refused.
    from dancoso_desktop.domain.disclosure import DisclosureRecord

    other = DisclosureService(workspace).save(DisclosureRecord(item=2, title="Ngân sách", status="planned",
                                                               planned_on=date(2026, 5, 1)))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        svc.link_disclosure(saved.id or 0, other.id or 0)
    # The result cannot come before the draft.
    with pytest.raises(ValidationError):
        svc.publish_result(saved.id or 0, date(2026, 3, 1))


def test_register_page_search_and_filters(workspace) -> None:  # type: ignore[no-untyped-def]
    svc = ConsultationService(workspace)
    svc.save(_consultation(title="Lấy ý kiến về Quy chế dân chủ", item=7))
    svc.save(_consultation(title="Quy hoạch khu dân cư", closes_on=date(2026, 3, 15), forms=["ballot"]))
    today = date(2026, 4, 1)
    assert [r.title for r in svc.page(ConsultationFilter(search="quy che dan chu"), today=today)] == [
        "Lấy ý kiến về Quy chế dân chủ"]
    assert [r.title for r in svc.page(ConsultationFilter(problem="period_too_short"), today=today)] == [
        "Quy hoạch khu dân cư"]
    assert svc.count(ConsultationFilter(problem="result_not_published"), today) == 2
    assert svc.count(ConsultationFilter(problem="open"), date(2026, 3, 10)) == 2
    assert svc.count(ConsultationFilter(form="ballot"), today) == 1
    assert svc.count(ConsultationFilter(item=7, year=2026), today) == 1
    assert svc.count(ConsultationFilter(search="%"), today) == 0


def _rule(hamlet_id: int, **kw: object) -> VillageRule:
    base: dict[str, object] = {"hamlet_id": hamlet_id, "title": "Hương ước thôn Nà Rụa",
                               "proposed_on": date(2026, 2, 2), "proposal_households": 15,
                               "draft_posted_on": date(2026, 3, 2), "adoption_form": AdoptionForm.MEETING,
                               "adopted_on": date(2026, 4, 24), "present": 100, "agree": 72, "disagree": 20}
    base.update(kw)
    return VillageRule(**base)  # type: ignore[arg-type]


def test_households_come_from_the_catalogue_and_the_stage_is_stored(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    svc = VillageRuleService(workspace)
    saved = svc.save(_rule(hamlet.id))
    assert saved.households == 142 and saved.hamlet_name == "Thôn Nà Rụa"
    with workspace.db.session() as s:
        row = s.get(VillageRuleRow, saved.id)
        assert row is not None and row.stage == "adopted" and row.next_due is not None
    # 71 of 142 is exactly half: not adopted, refused nothing, stored as rejected.
    rejected = svc.save(replace(saved, agree=71))
    assert svc.page(RuleFilter(), today=date(2026, 4, 25))[0].stage is Stage.REJECTED
    assert "not_adopted" in [p.value for p in svc.page(RuleFilter(), today=date(2026, 4, 25))[0].problems]
    assert rejected.id == saved.id


def test_a_hamlet_with_a_village_rule_is_retired_not_deleted(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    svc = VillageRuleService(workspace)
    saved = svc.save(_rule(hamlet.id))
    communes = CommuneService(workspace.db)
    with pytest.raises(ValidationError):
        communes.delete_unit(hamlet.id)
    communes.set_retired(hamlet.id, True)
    with pytest.raises(ValidationError) as err:
        svc.save(_rule(hamlet.id, title="Hương ước mới"))
    assert "ngừng sử dụng" in err.value.vi
    edited = svc.save(replace(saved, notes="Thôn đã sáp nhập"))     # the old record stays editable
    assert edited.notes == "Thôn đã sáp nhập"
    assert svc.page(RuleFilter(include_retired=False)) == []
    overview = svc.hamlets_overview()
    assert [(h.hamlet, h.retired, h.stage) for h in overview] == [("Thôn Nà Rụa", True, Stage.ADOPTED)]
    # Undo of a delete puts it back even though the hamlet is retired.
    removed = svc.delete(saved.id or 0)
    restored = svc.restore(removed)
    assert restored.id is not None and _count(workspace, VillageRuleRow) == 1


def test_a_non_hamlet_unit_is_refused(workspace) -> None:  # type: ignore[no-untyped-def]
    office = CommuneService(workspace.db).save_unit(Unit("Văn phòng", UnitKind.DEPARTMENT))
    with pytest.raises(ValidationError):
        VillageRuleService(workspace).save(_rule(office.id or 0, households=50))
    assert _count(workspace, VillageRuleRow) == 0


def test_report_contributions_and_due_items(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    assert "consultation_report" in report_sources.CONTRIBUTORS
    assert "village_rule_report" in report_sources.DUE_SOURCES
    csvc = ConsultationService(workspace)
    ok = csvc.save(_consultation())
    csvc.save(_consultation(title="Ngắn", closes_on=date(2026, 3, 10)))
    csvc.publish_result(ok.id or 0, date(2026, 3, 25), today=date(2026, 4, 1))
    rsvc = VillageRuleService(workspace)
    r = rsvc.save(_rule(hamlet.id, file_sent_on=date(2026, 4, 27), recognised_on=date(2026, 5, 4),
                        decision_number="12/QĐ-UBND", sent_on=date(2026, 5, 5)))
    rsvc.save(replace(r, events=[RuleEvent(EventKind.SUSPENSION, Scope.PARTIAL, date(2026, 9, 1), date(2026, 9, 2))]))
    period = ReportPeriod.default(2026, ReportKind.YEAR)
    by_source = {c.source: c for c in report_sources.collect(workspace.db, period)}
    cons = by_source["consultations"]
    for fig in cons.figures + by_source["village_rules"].figures:
        if fig.records:
            assert fig.value == len(fig.records), fig.code
    assert cons.figure("consultations.held").value == 2            # type: ignore[union-attr]
    assert cons.figure("consultations.period_short").value == 1    # type: ignore[union-attr]
    assert cons.figure("consultations.opinions_received").value == 30  # type: ignore[union-attr]
    assert cons.figure("consultations.result_published").value == 1  # type: ignore[union-attr]
    assert cons.statements[0].slot == "comment"
    vr = by_source["village_rules"]
    assert vr.figure("village_rules.recognised").value == 1        # type: ignore[union-attr]
    assert vr.figure("village_rules.suspended_partial").value == 1  # type: ignore[union-attr]
    assert vr.figure("village_rules.hamlets_in_force").value == 0   # suspended at the cut-off
    assert vr.statements[0].slot == "decide.village_rules"
    # Due: the short consultation's result, the year's review on 18/11, the province's statistics.
    items = report_sources.due_items(workspace.db, date(2026, 11, 1), date(2026, 11, 30))
    titles = [i.title for i in items]
    assert any(t.startswith("Công khai kết quả lấy ý kiến: Ngắn") for t in titles)
    assert any("Thống kê hương ước" in t for t in titles)
    assert all(i.ref is None or i.ref.kind in ("consultation", "village_rule") for i in items)


def test_plain_sql_readers_give_what_the_services_give(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    # Reports count through plain SQL (storage/consultation_reader.py), on the window's
    # Database and on a bare sqlite3 connection: the records must be the services' own.
    import sqlite3

    from dancoso_desktop.storage.consultation_reader import all_village_rules, published_consultations
    from dancoso_desktop.storage.rows import SqliteRows

    csvc = ConsultationService(workspace)
    csvc.save(_consultation(opinions=[Opinion("Mở rộng đường", "Ông A", "Thôn A", "meeting", Response.ACCEPTED)]))
    csvc.save(_consultation(title="Ngắn", published_on=date(2026, 5, 1), closes_on=date(2026, 5, 10), counts={},
                               accepted=0, explained=0))
    csvc.save(_consultation(title="Năm trước", published_on=date(2025, 3, 2), closes_on=date(2025, 3, 30)))
    other = CommuneService(workspace.db).save_unit(Unit("Thôn Bản Pục", UnitKind.HAMLET, households=150))
    rsvc = VillageRuleService(workspace)
    r = rsvc.save(_rule(hamlet.id, file_sent_on=date(2026, 4, 27), recognised_on=date(2026, 5, 4),
                        decision_number="12/QĐ-UBND", sent_on=date(2026, 5, 5), reviews=[date(2026, 11, 18)]))
    rsvc.save(replace(r, events=[RuleEvent(EventKind.SUSPENSION, Scope.PARTIAL, date(2026, 9, 1), date(2026, 9, 2),
                                           "3/QĐ", "Trái luật", date(2026, 10, 2))]))
    rsvc.save(_rule(other.id, adoption_form=None, adopted_on=None, present=None, agree=None, disagree=None))
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    expected = [c for c in csvc.between(start, end) if start <= (c.published_on or date.min) <= end]
    con = sqlite3.connect(f"file:{workspace.db.path}?mode=ro", uri=True)
    try:
        for reader in (workspace.db, SqliteRows(con)):
            got = published_consultations(reader, start, end)
            assert [c.title for c in got] == ["Quy hoạch sử dụng đất", "Ngắn"]
            assert got == [replace(c, opinions=[]) for c in expected]   # figures need no opinions
            rules = all_village_rules(reader)
            assert rules == rsvc.records()
            assert rules[0].events[0].fix_by == date(2026, 10, 2) and rules[0].reviews == [date(2026, 11, 18)]
    finally:
        con.close()


def test_village_rule_due_deadlines(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.services import village_rule_report

    VillageRuleService(workspace).save(_rule(hamlet.id))
    items = village_rule_report.due(workspace.db, date(2026, 4, 25), date(2026, 5, 31))
    assert [i.title for i in items] == ["Gửi hồ sơ đề nghị công nhận: Hương ước Thôn Nà Rụa"]
    assert items[0].due > date(2026, 4, 30)     # the 30/04 and 01/05 holidays are not counted


def test_nfd_and_hostile_text_in_every_field_of_a_village_rule(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    nfd = unicodedata.normalize("NFD", "Quy định về nếp sống văn minh")
    hostile = "=1+2<b>&amp;-@SUM(A1)"
    svc = VillageRuleService(workspace)
    saved = svc.save(_rule(hamlet.id, title=nfd, drafting_team=hostile + "\x00", notes=nfd, decision_number=hostile,
                           file_sent_on=date(2026, 4, 27), recognised_on=date(2026, 5, 4), sent_on=date(2026, 5, 5),
                           events=[RuleEvent(EventKind.REPEAL, Scope.PARTIAL, date(2026, 6, 1), None, hostile, nfd)]))
    got = svc.get(saved.id or 0)
    nfc = unicodedata.normalize("NFC", nfd)
    assert got.title == nfc and got.notes == nfc and got.events[0].reason == nfc
    assert got.drafting_team == hostile and got.decision_number == hostile and got.events[0].decision_number == hostile
    assert svc.page(RuleFilter(search="nep song van minh"))[0].id == saved.id
    for bad in (dict(title="x" * 1_000_001), dict(notes="y" * 1_000_001), dict(agree=10**7),
                dict(present=2.5), dict(households=-4)):
        with pytest.raises(ValidationError):
            svc.save(replace(got, **bad))  # type: ignore[arg-type]
    assert svc.get(saved.id or 0) == got


def test_recheck_follows_a_new_day_swap(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.working_days import DaySwap
    from dancoso_desktop.services.calendar_service import CalendarService

    svc = VillageRuleService(workspace)
    saved = svc.save(_rule(hamlet.id))
    before = svc.page(RuleFilter())[0].next_due
    assert svc.recheck() == 0
    # The government gives Monday 04/05/2026 off: the file deadline moves one working day.
    CalendarService(workspace.db).add_swap(DaySwap(date(2026, 5, 4), None, "nghỉ bù"))
    assert svc.recheck() == 1
    after = svc.page(RuleFilter())[0].next_due
    assert before is not None and after is not None and after > before
    assert svc.get(saved.id or 0).adopted_on == date(2026, 4, 24)
