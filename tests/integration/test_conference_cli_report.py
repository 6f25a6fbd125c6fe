"""`conferences list`, `export staff-conference`, the report contribution and the due list."""

from __future__ import annotations

import json
from datetime import date

import docx
from pypdf import PdfReader

from dancoso_desktop.domain.commune import Commune, Unit, UnitKind
from dancoso_desktop.domain.conference import YearEndConference
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.domain.staff_conference import StaffConference
from dancoso_desktop.services import conference_report, report_sources
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.conference_service import ConferenceService
from dancoso_desktop.services.staff_conference_service import StaffConferenceService
from dancoso_desktop.services.workspace import open_workspace


def test_registered_in_the_report_sources() -> None:
    assert "conference_report" in report_sources.CONTRIBUTORS
    assert "conference_report" in report_sources.DUE_SOURCES


def test_cli_lists_the_demo_year(cli, data_dir) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--year", "2026").code == 0
    result = cli("conferences", "list", "--year", "2026", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert len(data["dialogue"]) == 1 and data["dialogue"][0]["questions"] == 4
    assert len(data["year_end"]) == 12 and len(data["year_end_missing"]) == 2
    staff = data["staff"]
    assert len(staff) == 1 and staff[0]["work_year"] == 2025 and staff[0]["held_on"] == "2026-03-18"
    assert staff[0]["quorum_met"] and staff[0]["resolution_passed"] and staff[0]["on_time"]
    assert staff[0]["next_review"] == "2027-03-18"
    text = cli("conferences", "list", "--year", "2026", lang="en")
    assert text.code == 0 and "10/12 held" in text.out
    assert cli("conferences", "list", "--year", "99999").code == 1


def test_cli_exports_minutes_and_resolution(cli, data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--year", "2026").code == 0
    pdf, word = tmp_path / "bb.pdf", tmp_path / "nq.docx"
    assert cli("export", "staff-conference", "1", "--format", "pdf", "-o", str(pdf)).code == 0
    text = " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)
    assert "22/24" in " ".join(text.split())
    assert cli("export", "staff-conference", "1", "--format", "docx", "--document", "resolution",
               "-o", str(word)).code == 0
    d = docx.Document(str(word))
    body = " ".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    assert "01/NQ-HNCBCC" in body and "21/22" in body
    missing = cli("export", "staff-conference", "99", "--format", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert missing.code == 1 and "99" in missing.err
    assert cli("export", "staff-conference", "1", "--format", "xlsx", "-o", "x").code == 2


def test_contribution_counts_the_records(cli, data_dir) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--year", "2026").code == 0
    ws = open_workspace(data_dir)
    try:
        period = ReportPeriod(2026, ReportKind.YEAR, date(2026, 1, 1), date(2026, 12, 31))
        c = conference_report.contribute(ws.db, period)
        for f in c.figures:
            assert f.code.startswith("conferences.")
            if f.records:
                assert f.value == len(f.records)
        assert c.figure("conferences.year_end_held").value == 10
        assert c.figure("conferences.hamlets").value == 12
        assert c.figure("conferences.dialogue_held").value == 1
        assert c.figure("conferences.staff_held").value == 1
        assert c.figure("conferences.staff_quorum_met").value == 1
        assert c.figure("conferences.staff_reviews_done").value == 1
        slots = {s.slot for s in c.statements}
        assert {"supervise.dialogue", "supervise.year_end", "internal.staff_conference",
                "internal.disclosure"} <= slots
        assert all(row.figure in {f.code for f in c.figures} for row in c.annex)
        empty = conference_report.contribute(ws.db, ReportPeriod.default(2030, ReportKind.YEAR))
        assert all(f.value == 0 for f in empty.figures if f.code != "conferences.hamlets")
    finally:
        ws.close()


def test_due_list_boundaries(workspace) -> None:  # type: ignore[no-untyped-def]
    cs = CommuneService(workspace.db)
    cs.save_commune(Commune("Tỉnh Thử", "Hòa An"))
    east = cs.save_unit(Unit("Thôn Đông", UnitKind.HAMLET, households=100)).id
    west = cs.save_unit(Unit("Thôn Tây", UnitKind.HAMLET, households=80)).id
    small = cs.save_unit(Unit("Trạm Y tế", UnitKind.PUBLIC_UNIT)).id
    staff = StaffConferenceService(workspace.db)
    staff.set_staff_count(None, 12)
    staff.set_staff_count(small, 7)              # ≤ 7 staff: optional, never on the list
    db = workspace.db

    items = conference_report.due(db, date(2027, 3, 1), date(2027, 3, 31))
    titles = [(i.category, i.title, i.due) for i in items]
    assert [t for t in titles if t[0] == "staff_conference"] == [
        ("staff_conference", "Hội nghị cán bộ, công chức năm 2027 – Cơ quan UBND xã Hòa An", date(2027, 3, 31))]
    assert not [t for t in titles if t[0] == "year_end_conference"]     # not December yet
    assert not conference_report.due(db, date(2027, 3, 1), date(2027, 3, 30))   # 31/3 not in the window

    conf = staff.save(StaffConference(2026, date(2027, 3, 20), staff_total=12, present=8, votes_for=5))
    items = conference_report.due(db, date(2027, 3, 21), date(2027, 9, 20))
    assert [(i.category, i.due) for i in items] == [("staff_conference_review", date(2027, 9, 20))]
    assert items[0].ref is not None and items[0].ref.id == conf.id

    service = ConferenceService(db)
    service.save_year_end(YearEndConference(2027, east, held_on=date(2027, 12, 10)))
    service.save_year_end(YearEndConference(2027, west, planned_on=date(2027, 12, 20)))
    december = conference_report.due(db, date(2027, 12, 1), date(2027, 12, 31))
    cats = [(i.category, i.title, i.due) for i in december]
    assert ("year_end_convocation", "Triệu tập hội nghị cuối năm – Thôn Tây (họp 20/12/2027)",
            date(2027, 12, 15)) in cats
    assert [t[1] for t in cats if t[0] == "year_end_conference"] == ["Hội nghị cuối năm 2027 – Thôn Tây"]
    assert any(t[0] == "dialogue_conference" for t in cats)
    assert not any(t[0] == "year_end_conference"
                   for t in (i.category for i in conference_report.due(db, date(2027, 11, 1), date(2027, 11, 30))))
