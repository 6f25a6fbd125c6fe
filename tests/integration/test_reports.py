"""Reports upward (issue 11): figures recomputed independently from the demo's records, issuing
freezes, the package validates and reads back, the PDF passes the NĐ 30 checks, bad input."""

from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dancoso_desktop.domain import report_package
from dancoso_desktop.domain.errors import UserError, ValidationError
from dancoso_desktop.domain.plan import Status
from dancoso_desktop.domain.report_doc import OutlineSection, ReportStatus, default_outline
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.services import report_export
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.report_service import ReportService
from dancoso_desktop.services.workspace import open_workspace

MM = 72 / 25.4
P6 = ReportPeriod.default(2026, ReportKind.SIX_MONTHS)


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


@pytest.fixture
def demo_copy(demo_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo-copy"
    shutil.copytree(demo_dir, target, ignore=shutil.ignore_patterns("*.lock", "backups"))
    return target


@pytest.fixture
def ws(demo_copy: Path):  # type: ignore[no-untyped-def]
    w = open_workspace(demo_copy)
    yield w
    w.close()


def _db_file(data: Path) -> Path:
    files = [p for p in data.iterdir() if p.suffix in (".sqlite3", ".sqlite", ".db")]
    assert files, list(data.iterdir())
    return files[0]


def _q(data: Path, query: str, *params: Any) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(_db_file(data))
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def _expected(data: Path, ws: Any, period: ReportPeriod) -> dict[str, set[tuple[str, int]]]:
    """The figures of ``period`` from plain SQL and the plan service, not from the builder."""
    s, e = period.start.isoformat(), period.end.isoformat()
    done = {r[0] for r in _q(data, "SELECT id FROM disclosures WHERE status='done' AND disclosed_on BETWEEN ? AND ?",
                            s, e)}
    exp: dict[str, set[tuple[str, int]]] = {"disclosures.total": {("disclosure", i) for i in done}}
    for item in range(1, 15):
        ids = {r[0] for r in _q(data, "SELECT id FROM disclosures WHERE item=?", item)} & done
        exp[f"disclosures.item_{item}"] = {("disclosure", i) for i in ids}
    for (channel,) in _q(data, "SELECT DISTINCT channel FROM disclosure_channels"):
        ids = {r[0] for r in _q(data, "SELECT disclosure_id FROM disclosure_channels WHERE channel=?", channel)} & done
        exp[f"disclosures.channel_{channel}"] = {("disclosure", i) for i in ids}
    with_files = {r[0] for r in _q(data, "SELECT DISTINCT disclosure_id FROM disclosure_evidence")} & done
    exp["disclosures.with_evidence"] = {("disclosure", i) for i in with_files}
    late = {r[0] for r in _q(data, "SELECT id FROM disclosures WHERE problems & 1")} & done
    exp["disclosures.late"] = {("disclosure", i) for i in late}
    exp["disclosures.on_time"] = {("disclosure", i) for i in done - late}
    # Plan: the plan service's tree, judged at the cut-off.
    year = period.year
    plan = PlanService(ws.db).get_plan(year)
    tasks = [x for x in plan.walk() if x.is_task]
    exp["plan.tasks"] = {("plan_section", x.id) for x in tasks}
    exp["plan.done"] = {("plan_section", x.id) for x in tasks if x.status is Status.DONE}
    exp["plan.late"] = {("plan_section", x.id) for x in tasks if x.status is not Status.DONE
                        and x.timeframe.deadline(year) is not None and x.timeframe.deadline(year) < period.end}
    held = {r[0] for r in _q(data, "SELECT id FROM inspections WHERE start_date BETWEEN ? AND ?", s, e)}
    exp["inspections.held"] = {("inspection", i) for i in held}
    recs = _q(data, "SELECT id, inspection_id FROM inspection_recommendations")
    exp["inspections.recommendations"] = {("recommendation", r) for r, i in recs if i in held}
    nm = {r[0] for r in _q(data, "SELECT inspection_id FROM inspection_criteria WHERE result='not_met'")} & held
    exp["inspections.with_not_met"] = {("inspection", i) for i in nm}
    return exp


def test_figures_agree_with_the_records(demo_copy: Path, ws: Any) -> None:
    service = ReportService(ws.db)
    report = service.create(2026, "6m")
    content = service.content(report.id)
    expected = _expected(demo_copy, ws, P6)
    assert expected["disclosures.total"] and expected["plan.tasks"] and expected["inspections.held"]
    got = {f.code: f for f in content.figures}
    for code, records in expected.items():
        assert code in got, code
        assert set(got[code].records) == records, code
        assert got[code].value == len(records), code
    # every count lists exactly what it counts, each record once
    for f in content.figures:
        if not f.note:
            assert f.value == len(f.records) == len(set(f.records)), f.code
    # the annex carries the same numbers, and last year's column where data exists
    annex = {a.code: a for a in content.annex}
    assert annex["disclosures.total"].value == len(expected["disclosures.total"])
    last_period = P6.same_period_last_year()
    last = _expected(demo_copy, ws, last_period)
    assert last["plan.tasks"], "the demo has last year's plan"
    assert annex["plan.tasks"].previous == len(last["plan.tasks"])
    assert annex["plan.done"].previous == len(last["plan.done"])
    # disclosures: last year's column only where the register holds something for that period
    anything = _q(demo_copy, "SELECT count(*) FROM disclosures WHERE (disclosed_on BETWEEN ? AND ?) "
                             "OR (due_on BETWEEN ? AND ?)", last_period.start.isoformat(),
                  last_period.end.isoformat(), last_period.start.isoformat(), last_period.end.isoformat())[0][0]
    assert annex["disclosures.total"].previous == (len(last["disclosures.total"]) if anything else None)


def test_sentences_name_the_figures_and_the_late_contents(ws: Any) -> None:
    service = ReportService(ws.db)
    report = service.create(2026, "6m")
    content = service.content(report.id)
    by_key = {s.key: s for s in content.sections}
    total = content.figure("disclosures.total")
    assert total is not None
    assert f"đã công khai {total.value} nội dung" in by_key["disclosure"].statements[0]
    late = content.figure("plan.late")
    assert late is not None and late.value >= 1
    assert f"chậm so với thời hạn {late.value} nội dung" in by_key["plan"].statements[0]
    assert "Các nội dung chậm:" in by_key["plan"].statements[1]
    # the citizens' registers write their own sentences; the assessment is the officer's free text
    decided = content.figure("decisions.total")
    assert decided is not None and f"quyết định {decided.value} nội dung" in " ".join(by_key["decide"].statements)
    assert by_key["assessment.strengths"].statements == [] and by_key["proposals"].statements == []


def test_calendar_deadlines_officer_plan_province(ws: Any) -> None:
    service = ReportService(ws.db)
    six = next(e for e in service.calendar(2026) if e.regime == "bc_6m")
    assert (six.deadline, six.deadline_source) == (date(2026, 6, 20), "province")
    assert six.recipient == "UBND tỉnh (qua Sở Nội vụ)"
    # the plan's own text
    plans = PlanService(ws.db)
    plan = plans.get_plan(2026)
    plan.report_deadlines = [
        {"kind": "6 tháng", "due": "05/6", "date": "2026-06-05", "text": "báo cáo 6 tháng gửi trước ngày 05/6"},
        {"kind": "6 tháng", "due": "01/6", "date": "2026-06-01",
         "text": "các đơn vị báo cáo 6 tháng trước ngày 01/6 về UBND xã"}]
    plans.update_document(2026, plan)
    cal = service.calendar(2026)
    six = next(e for e in cal if e.regime == "bc_6m")
    assert (six.deadline, six.deadline_source) == (date(2026, 6, 20), "officer") or \
        (six.deadline, six.deadline_source) == (date(2026, 6, 5), "plan")
    assert any(e.internal and e.deadline == date(2026, 6, 1) for e in cal)
    assert any(e.regime == "hdnd_mid" for e in cal)
    # province default, once for all years
    service.set_province_default("bc_9m", 9, 25)
    assert next(e for e in service.calendar(2027) if e.regime == "bc_9m").deadline == date(2027, 9, 25)
    # officer-set wins; a deadline before the cut-off is refused
    service.set_calendar(2026, "bc_6m", deadline=date(2026, 6, 18), preparer="Văn phòng")
    six = next(e for e in service.calendar(2026) if e.regime == "bc_6m")
    assert (six.deadline, six.deadline_source, six.preparer) == (date(2026, 6, 18), "officer", "Văn phòng")
    with pytest.raises(ValidationError):
        service.set_calendar(2026, "bc_6m", deadline=date(2026, 6, 1))
    assert next(e for e in service.calendar(2026) if e.regime == "bc_6m").deadline == date(2026, 6, 18)
    # the preparer carries into the next year's calendar
    assert next(e for e in service.calendar(2027) if e.regime == "bc_6m").preparer == "Văn phòng"


def test_rolling_the_plan_forward_rolls_the_calendar(ws: Any) -> None:
    from dancoso_desktop.services.plan_template import new_plan

    plans = PlanService(ws.db)
    plan = plans.get_plan(2026)
    plan.report_deadlines = [{"kind": "năm", "due": "10/12", "date": "2026-12-10",
                              "text": "báo cáo năm gửi trước ngày 10/12/2026"}]
    plans.update_document(2026, plan)
    new_plan(plans, 2027, None, from_year=2026)
    year = next(e for e in ReportService(ws.db).calendar(2027) if e.regime == "bc_year")
    assert (year.deadline, year.deadline_source) == (date(2027, 12, 10), "plan")


def test_due_list_has_the_open_reports(ws: Any) -> None:
    from dancoso_desktop.services import report_due
    from dancoso_desktop.services.report_sources import DUE_SOURCES, due_items

    assert "report_due" in DUE_SOURCES
    items = report_due.due(ws.db, date(2026, 9, 1), date(2026, 9, 30))
    titles = [i.title for i in items]
    assert any("9 tháng" in t for t in titles)           # due 20/09, a draft exists
    assert not any("6 tháng" in t for t in titles)       # issued in the demo
    nine = next(i for i in items if "9 tháng" in i.title)
    assert nine.ref is not None and nine.ref.kind == "report"
    assert any(i.source == "reports" for i in due_items(ws.db, date(2026, 9, 1), date(2026, 9, 30)))


def test_texts_are_offered_again_from_the_previous_report_of_the_kind(ws: Any) -> None:
    service = ReportService(ws.db)
    first = service.create(2025, "year")
    service.set_section_text(first.id, "proposals", "Đề nghị tăng kinh phí.")
    second = service.create(2026, "year")
    assert next(s for s in second.outline if s.key == "proposals").text == "Đề nghị tăng kinh phí."


def test_issuing_freezes_the_report(demo_copy: Path, ws: Any, tmp_path: Path) -> None:
    service = ReportService(ws.db)
    issued = next(r for r in service.list_reports(2026) if r.status is not ReportStatus.DRAFT)
    draft = next(r for r in service.list_reports(2026) if r.status is ReportStatus.DRAFT)
    before = tmp_path / "before.pdf"
    report_export.write(ws.db, issued.id, "pdf", before)
    draft_before = service.content(draft.id).figure("disclosures.total")
    # change the records: remove two disclosures of the 6-month period
    from dancoso_desktop.services.disclosure_service import DisclosureService

    ids = [i for _, i in service.content(issued.id).figure("disclosures.total").records][:2]  # type: ignore[union-attr]
    for i in ids:
        DisclosureService(ws).delete(i)
    # and the commune is renamed (a merger): the issued report still prints its old header
    from dancoso_desktop.services.commune_service import CommuneService

    communes = CommuneService(ws.db)
    renamed = communes.get_commune()
    assert renamed is not None
    renamed.name = "Tân Hòa"
    communes.save_commune(renamed)
    after = tmp_path / "after.pdf"
    report_export.write(ws.db, issued.id, "pdf", after)
    text = ["".join(p.extract_text() for p in PdfReader(f).pages) for f in (before, after)]
    assert text[0] == text[1]
    assert service.content(draft.id).figure("disclosures.total").value == draft_before.value - 2  # type: ignore[union-attr]
    # a new version is a draft that sees the change
    new = service.new_version(issued.id)
    assert new.status is ReportStatus.DRAFT and new.version == 2 and new.previous_id == issued.id
    assert service.content(new.id).figure("disclosures.total").value == \
        service.content(issued.id).figure("disclosures.total").value - 2  # type: ignore[union-attr]


def test_refusals_leave_the_report_as_it_was(ws: Any) -> None:
    service = ReportService(ws.db)
    issued = next(r for r in service.list_reports(2026) if r.status is not ReportStatus.DRAFT)
    draft = next(r for r in service.list_reports(2026) if r.status is ReportStatus.DRAFT)
    with pytest.raises(ValidationError, match="không ban hành lại"):
        service.issue(issued.id, None, date(2026, 12, 1))
    with pytest.raises(ValidationError, match="đã ban hành"):
        service.set_section_text(issued.id, "proposals", "sửa")
    with pytest.raises(ValidationError, match="đã dùng"):
        service.issue(draft.id, issued.number, date(2026, 9, 20))
    with pytest.raises(ValidationError):
        service.issue(draft.id, "abc", date(2026, 9, 20))
    with pytest.raises(ValidationError, match="trước ngày chốt"):
        service.issue(draft.id, None, date(2026, 9, 1))
    with pytest.raises(ValidationError, match="ít nhất một mục"):
        service.set_outline(draft.id, [])
    with pytest.raises(ValidationError, match="quá dài"):
        service.set_section_text(draft.id, "proposals", "x" * 1_000_001)
    with pytest.raises(ValidationError, match="trước khi bắt đầu"):
        service.create(2026, "adhoc", date(2026, 5, 1), date(2026, 4, 1))
    with pytest.raises(ValidationError, match="không thuộc năm"):
        service.create(2026, "adhoc", date(2020, 1, 1), date(2020, 1, 31))
    with pytest.raises(ValidationError, match="không có"):
        service.create(2026, "weekly")
    count = len(service.list_reports())
    assert service.get(draft.id) == draft
    assert service.get(issued.id) == issued
    assert len(service.list_reports()) == count
    # NFD and formula-like text is kept as typed, composed
    nfd = unicodedata.normalize("NFD", "=Đề nghị <b> & + - hỗ trợ")
    r = service.set_section_text(draft.id, "proposals", nfd)
    assert next(s for s in r.outline if s.key == "proposals").text == unicodedata.normalize("NFC", nfd)
    # the next number of the year follows the counter
    r = service.issue(draft.id, None, date(2026, 9, 20))
    assert r.number == f"{int(issued.number.split('/')[0]) + 1:02d}/BC-UBND"


def test_outline_editing_and_the_template(ws: Any) -> None:
    service = ReportService(ws.db)
    outline = default_outline()
    outline.insert(1, OutlineSection("own", "Kết quả phong trào thi đua", 2))
    outline = [s for s in outline if s.key != "returns"]
    plan_section = next(s for s in outline if s.key == "plan")
    plan_section.title = "Tiến độ kế hoạch năm"
    plan_section.figures = ["plan.done", "plan.late"]
    service.save_template("6m", outline)
    report = service.create(2026, "6m", date(2026, 1, 1), date(2026, 6, 14))
    assert [s.key for s in report.outline][:2] == ["leadership", "own"]
    content = service.content(report.id)
    sec = next(s for s in content.sections if s.title == "Tiến độ kế hoạch năm")
    assert [f.code for f in sec.figures] == ["plan.done", "plan.late"] and sec.statements
    with pytest.raises(ValidationError):
        service.set_outline(report.id, [OutlineSection("a", "A", 2)])   # must start at level 1


def _pdf_pages(path: Path) -> list[list[str]]:
    pages = []
    for i, page in enumerate(PdfReader(path).pages, start=1):
        lines = [ln for ln in page.extract_text().split("\n") if ln.strip()]
        if i >= 2:
            assert lines[0].strip() == str(i), "page number on top from page 2"
            lines = lines[1:]
        else:
            assert not lines[0].strip().isdigit()
        pages.append(_words("\n".join(lines)))
    return pages


def test_pdf_of_the_issued_report_follows_decree_30(cli: Any, demo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "bc.pdf"
    r = cli("export", "report", "1", "--format", "pdf", "-o", str(target), data=demo_copy)
    assert r.code == 0, r.err
    reader = PdfReader(target)
    for page in reader.pages:
        assert round(float(page.mediabox.width) / MM) == 210 and round(float(page.mediabox.height) / MM) == 297
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()
    pages = _pdf_pages(target)
    text = " ".join(w for p in pages for w in p)
    w = open_workspace(demo_copy)
    try:
        service = ReportService(w.db)
        report = service.get(1)
        content = service.content(1)
    finally:
        w.close()
    assert " ".join(_words(f"Số: {report.number}")) in text
    assert "BÁO CÁO" in text and "Nơi nhận:" in text and "Kính gửi: UBND tỉnh (qua Sở Nội vụ)" in text
    body = []
    for s in content.sections:
        body += _words(f"{s.number} {s.title.upper() if s.level == 1 else s.title}")
        for st in s.statements:
            body += _words(st)
        for line in s.text.split("\n"):
            body += _words(line)
    assert " ".join(body) in text, "every heading, sentence and text, in order, exactly"
    # the annex on a page of its own after the signature, with its italic reference line
    annex_start = next(i for i, p in enumerate(pages) if p[:2] == ["Phụ", "lục"])
    assert report.signer_name and " ".join(_words(report.signer_name)) in " ".join(pages[annex_start - 1])
    assert " ".join(_words(f"(Kèm theo Báo cáo số {report.number} ngày")) in " ".join(pages[annex_start])


def test_docx_and_xlsx_read_back(cli: Any, demo_copy: Path, tmp_path: Path) -> None:
    assert cli("export", "report", "1", "--format", "docx", "-o", str(tmp_path / "bc.docx"), data=demo_copy).code == 0
    assert cli("export", "report", "1", "--format", "xlsx", "-o", str(tmp_path / "bc.xlsx"), data=demo_copy).code == 0
    d = docx.Document(str(tmp_path / "bc.docx"))
    texts = [p.text for p in d.paragraphs]
    assert "BÁO CÁO" in texts and "Phụ lục I" in texts
    assert any(t.startswith("(Kèm theo Báo cáo số ") for t in texts)
    w = open_workspace(demo_copy)
    try:
        content = ReportService(w.db).content(1)
    finally:
        w.close()
    wb = load_workbook(tmp_path / "bc.xlsx")
    sheet = wb["Phụ lục I"]
    values = {}
    for row in sheet.iter_rows(values_only=True):
        if row[2] and isinstance(row[4], int | float) and not isinstance(row[4], bool):
            values[row[2]] = (row[4], row[5])
    for a in content.annex:
        assert values[a.code][0] == a.value
        assert not isinstance(values[a.code][0], str)


def test_package_validates_and_reads_back(cli: Any, demo_copy: Path, tmp_path: Path) -> None:
    r = cli("export", "report", "1", "--format", "package", "-o", str(tmp_path / "out"), data=demo_copy)
    assert r.code == 0, r.err
    folders = [p for p in (tmp_path / "out").iterdir() if p.is_dir()]
    assert len(folders) == 1
    folder = folders[0]
    assert folder.name.startswith("Báo cáo 6 tháng 2026 xã Hòa An")
    assert (tmp_path / "out" / f"{folder.name}.zip").exists()
    text = (folder / "report.json").read_text(encoding="utf-8")
    payload, problems = report_package.loads(text)
    assert problems == [] and payload is not None
    assert payload["report"]["status"] == "sent" and payload["report"]["number"].endswith("/BC-UBND")
    assert {f["name"].rsplit(".", 1)[1] for f in payload["files"]} == {"pdf", "docx", "xlsx"}
    fig = next(f for f in payload["figures"] if f["code"] == "disclosures.total")
    assert fig["value"] == len(fig["records"]) > 0
    assert report_export.read_package(folder)["checksum"] == payload["checksum"]
    # an edited file is recognised
    broken = json.loads(text)
    broken["figures"][0]["value"] += 1
    assert report_package.validate(broken)[0].code == "checksum"
    assert "Tiêu đề:" in (folder / "email.txt").read_text(encoding="utf-8")


def test_cli_list_new_show_issue(cli: Any, demo_copy: Path) -> None:
    r = cli("report", "list", "--year", "2026", "--json", data=demo_copy)
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert {e["regime"] for e in data["calendar"]} >= {"bc_6m", "bc_9m", "bc_year", "hdnd_mid"}
    assert [x["kind"] for x in data["reports"]] == ["6m", "9m"]
    text = cli("report", "list", "--year", "2026", data=demo_copy).out
    assert "\tDự thảo" in text and "draft" not in text      # the 9-month draft, in the officer's words
    assert "\tDraft" in cli("report", "list", "--year", "2026", lang="en", data=demo_copy).out
    r = cli("report", "new", "--year", "2026", "--kind", "adhoc", "--from", "01/03/2026", "--to", "31/03/2026",
            "--json", data=demo_copy)
    assert r.code == 0, r.err
    new_id = json.loads(r.out)["id"]
    shown = json.loads(cli("report", "show", str(new_id), "--json", data=demo_copy).out)
    assert shown["period_start"] == "2026-03-01"
    expected = {r[0] for r in _q(demo_copy, "SELECT id FROM disclosures WHERE status='done' AND disclosed_on "
                                            "BETWEEN '2026-03-01' AND '2026-03-31'")}
    total = next(f for f in shown["figures"] if f["code"] == "disclosures.total")
    assert {x["id"] for x in total["records"]} == expected and total["value"] == len(expected)
    r = cli("report", "issue", str(new_id), "--number", "77", "--date", "02/04/2026", data=demo_copy)
    assert r.code == 0, r.err
    r = cli("report", "issue", str(new_id), "--number", "78", "--date", "02/04/2026", data=demo_copy)
    assert r.code == 1 and "không ban hành lại" in r.err
    r = cli("report", "issue", str(new_id), "--date", "31/02/2026", lang="en", data=demo_copy)
    assert r.code == 1 and "Invalid date" in r.err
    r = cli("report", "new", "--year", "2026", "--kind", "weekly", data=demo_copy)
    assert r.code == 2


def test_export_where_it_cannot_write_is_refused(ws: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    # a "folder" that is a file: nothing can be created inside it
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"x")
    with pytest.raises(UserError):
        report_export.write_package(ws.db, 1, blocker / "out")
    with pytest.raises(UserError):
        report_export.write(ws.db, 1, "pdf", blocker / "bc.pdf")
    assert blocker.read_bytes() == b"x"
    # a target held open by Word: the old file stays, a clear message
    target = tmp_path / "bc.docx"
    target.write_bytes(b"old")

    def locked(*_a: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError) as err:
        report_export.write(ws.db, 1, "docx", target)
    assert "đang mở" in err.value.vi
    assert target.read_bytes() == b"old"
    with pytest.raises(UserError):
        report_export.write_package(ws.db, 1, tmp_path / "pkg")
    assert [p.name for p in (tmp_path / "pkg").iterdir()] == []


def test_import_an_outline_from_word_and_text(tmp_path: Path) -> None:
    from dancoso_desktop.services.report_outline import import_outline

    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN TỈNH", "ĐỀ CƯƠNG BÁO CÁO", "I. KẾT QUẢ TRIỂN KHAI",
                 "1. Công tác tuyên truyền", "2. Kết quả công khai thông tin theo Điều 11", "a) Niêm yết",
                 "Nội dung báo cáo nêu rõ số liệu.", "II. ĐÁNH GIÁ", "1. Ưu điểm", "2. Hạn chế",
                 "III. KIẾN NGHỊ, ĐỀ XUẤT"]:
        d.add_paragraph(line)
    d.save(str(tmp_path / "de-cuong.docx"))
    outline = import_outline(tmp_path / "de-cuong.docx")
    assert [(s.level, s.title, s.slot) for s in outline] == [
        (1, "Kết quả triển khai", None),
        (2, "Công tác tuyên truyền", "leadership.propaganda"),
        (2, "Kết quả công khai thông tin theo Điều 11", "disclosure"),
        (3, "Niêm yết", None),
        (1, "Đánh giá", None),
        (2, "Ưu điểm", "assessment.strengths"),
        (2, "Hạn chế", "assessment.limits"),
        (1, "Kiến nghị, đề xuất", "proposals"),
    ]
    (tmp_path / "empty.txt").write_text("Không có đề mục nào ở đây.\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        import_outline(tmp_path / "empty.txt")


def test_cli_calendar_and_province_default(cli: Any, demo_copy: Path) -> None:
    assert cli("report", "province-deadline", "--regime", "bc_9m", "--day", "25/09", data=demo_copy).code == 0
    r = cli("report", "calendar", "--year", "2026", "--regime", "bc_6m", "--deadline", "18/06/2026",
            "--preparer", "Văn phòng", data=demo_copy)
    assert r.code == 0, r.err
    cal = {e["regime"]: e for e in json.loads(cli("report", "list", "--year", "2027", "--json",
                                                  data=demo_copy).out)["calendar"]}
    assert cal["bc_9m"]["deadline"] == "2027-09-25" and cal["bc_9m"]["deadline_source"] == "province"
    cal = {e["regime"]: e for e in json.loads(cli("report", "list", "--year", "2026", "--json",
                                                  data=demo_copy).out)["calendar"]}
    assert cal["bc_6m"]["deadline"] == "2026-06-18" and cal["bc_6m"]["deadline_source"] == "officer"
    r = cli("report", "calendar", "--year", "2026", "--regime", "bc_6m", "--deadline", "01/06/2026",
            data=demo_copy)
    assert r.code == 1 and "chốt số liệu" in r.err
    assert cli("report", "province-deadline", "--regime", "bc_6m", "--day", "31/02", data=demo_copy).code == 1
    assert cli("report", "calendar", "--year", "2026", "--regime", "bc_6m", "--deadline", "none",
               data=demo_copy).code == 0


def test_annex_rows_can_be_left_out_and_the_template_keeps_it(cli: Any, demo_copy: Path, tmp_path: Path) -> None:
    r = cli("report", "annex", "2", "--hide", "disclosures.channel_other", "disclosures.channel_letter",
            data=demo_copy)
    assert r.code == 0, r.err
    shown = json.loads(cli("report", "show", "2", "--json", data=demo_copy).out)
    codes = [a["code"] for a in shown["annex"]]
    assert "disclosures.channel_other" not in codes and "disclosures.channel_letter" not in codes
    assert "disclosures.channel_posting" in codes
    assert any(f["code"] == "disclosures.channel_other" for f in shown["figures"])   # still a figure
    cli("export", "report", "2", "--format", "xlsx", "-o", str(tmp_path / "a.xlsx"), data=demo_copy)
    cells = [c for row in load_workbook(tmp_path / "a.xlsx").active.iter_rows(values_only=True) for c in row]
    assert "disclosures.channel_other" not in cells and "disclosures.channel_posting" in cells
    assert cli("report", "annex", "2", "--show", "disclosures.channel_other", data=demo_copy).code == 0
    w = open_workspace(demo_copy)
    try:
        service = ReportService(w.db)
        assert service.get(2).annex_hidden == ["disclosures.channel_letter"]
        service.save_template("9m", service.get(2).outline, service.get(2).annex_hidden)
        new = service.create(2027, "9m")
        assert new.annex_hidden == ["disclosures.channel_letter"]
    finally:
        w.close()
    # an issued report's annex is frozen
    assert cli("report", "annex", "1", "--hide", "plan.tasks", data=demo_copy).code == 1
