"""The command line and the outputs of the inspection feature, read back as a recipient would."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from clients import require_program

from dancoso_desktop.domain.inspection import RecStatus


@pytest.fixture
def demo_copy(demo_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the session demo, for tests that write."""
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d, ignore=shutil.ignore_patterns("*.lock"))
    return d


def listed(cli, data: Path) -> list[dict]:  # type: ignore[no-untyped-def]
    res = cli("inspections", "list", "--year", "2026", "--json", data=data)
    assert res.code == 0, res.err
    return json.loads(res.out)


def test_demo_has_four_inspections_with_every_state(cli, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    items = listed(cli, demo_dir)
    assert len(items) >= 4
    assert len({i["unit"] for i in items}) == len(items)            # different units
    for i in items:
        assert {"id", "unit", "date", "criteria", "recommendations"} <= set(i)
        date.fromisoformat(i["date"])
        for c in i["criteria"]:
            assert c["result"] in ("met", "not_met", "not_applicable", None)
        for r in i["recommendations"]:
            assert {"deadline", "status", "overdue"} <= set(r)
    results = {c["result"] for i in items for c in i["criteria"]}
    assert {"met", "not_met"} <= results
    recs = [r for i in items for r in i["recommendations"]]
    assert {r["status"] for r in recs} == {s.value for s in RecStatus}
    if date.today() > date(2026, 9, 30):       # the demo's overdue one is due 30/09/2026
        assert any(r["overdue"] for r in recs)
    text = cli("inspections", "list", "--year", "2026", data=demo_dir)
    assert text.code == 0 and "Phòng Kinh tế" in text.out


def test_list_of_an_empty_year_and_bad_ids(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert listed(cli, tmp_path / "empty") == []
    res = cli("export", "inspection", "9999", "--format", "pdf", "-o", str(tmp_path / "x.pdf"), data=demo_dir)
    assert res.code == 1 and "9999" in res.err and not (tmp_path / "x.pdf").exists()
    res = cli("export", "inspection", "1", "--format", "odt", "-o", str(tmp_path / "x.odt"), data=demo_dir)
    assert res.code == 2


def test_minutes_pdf_reads_back(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    item = listed(cli, demo_dir)[1]
    out = tmp_path / "bien ban.pdf"
    res = cli("export", "inspection", str(item["id"]), "--format", "pdf", "-o", str(out), data=demo_dir)
    assert res.code == 0, res.err
    reader = PdfReader(out)
    page = reader.pages[0]
    assert abs(float(page.mediabox.width) - 595.3) < 1 and abs(float(page.mediabox.height) - 841.9) < 1
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in reader.pages))
    flat = " ".join(text.split())
    for words in ("BIÊN BẢN", "/BB-", "THÀNH PHẦN", "NỘI DUNG KIỂM TRA", "KẾT LUẬN", "KIẾN NGHỊ",
                  "TRƯỞNG ĐOÀN KIỂM TRA", item["unit"], "Chưa đạt", "Nguyễn Thị Thu Hà", "Buổi kiểm tra kết thúc"):
        assert words in flat, words
    fonts = {str(f) for p in reader.pages for f in (p["/Resources"].get_object().get("/Font") or {}).values()}
    assert fonts


def test_minutes_docx_reads_back(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    item = listed(cli, demo_dir)[0]
    out = tmp_path / "bien ban.docx"
    res = cli("export", "inspection", str(item["id"]), "--format", "docx", "-o", str(out), data=demo_dir)
    assert res.code == 0, res.err
    doc = Document(str(out))
    paragraphs = " ".join(p.text for p in doc.paragraphs)
    cells = " ".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "BIÊN BẢN" in paragraphs and "KẾT LUẬN" in paragraphs
    assert item["criteria"][0]["text"] in cells
    assert "TRƯỞNG ĐOÀN KIỂM TRA" in paragraphs + cells


def test_hostile_findings_print_as_typed(cli, demo_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document
    from pypdf import PdfReader

    from dancoso_desktop.services.inspection_service import InspectionService
    from dancoso_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_copy)
    svc = InspectionService(ws.db)
    insp = svc.list_inspections(2026)[0]
    insp.findings = "<b>không đậm</b> & a < b =SUM(A1) " + unicodedata.normalize("NFD", "Hội nghị")
    insp.conclusion = "=cmd|' /C calc'!A0"
    insp.recommendations[0].text = "+1 -2 @x"
    svc.save(insp)
    ws.close()
    pdf, docx = tmp_path / "m.pdf", tmp_path / "m.docx"
    assert cli("export", "inspection", str(insp.id), "--format", "pdf", "-o", str(pdf), data=demo_copy).code == 0
    assert cli("export", "inspection", str(insp.id), "--format", "docx", "-o", str(docx), data=demo_copy).code == 0
    text = " ".join(unicodedata.normalize("NFC", "".join(p.extract_text() for p in PdfReader(pdf).pages)).split())
    assert "<b>không đậm</b> & a < b =SUM(A1) Hội nghị" in text
    assert any("<b>không đậm</b>" in p.text for p in Document(str(docx)).paragraphs)

    from openpyxl import load_workbook

    xlsx = tmp_path / "s.xlsx"
    assert cli("export", "inspections", "--year", "2026", "--format", "xlsx", "-o", str(xlsx), data=demo_copy).code == 0
    wb = load_workbook(xlsx)
    cells = [c for row in wb["Kiểm tra"].iter_rows() for c in row if c.value == "=cmd|' /C calc'!A0"]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)
    recs = [c for row in wb["Kiến nghị"].iter_rows() for c in row if c.value == "+1 -2 @x"]
    assert recs and recs[0].data_type == "s"


def test_summary_xlsx_reads_back(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    items = listed(cli, demo_dir)
    out = tmp_path / "tổng hợp.xlsx"
    res = cli("export", "inspections", "--year", "2026", "--format", "xlsx", "-o", str(out), data=demo_dir)
    assert res.code == 0, res.err
    wb = load_workbook(out)
    assert wb.sheetnames == ["Kiểm tra", "Kết quả tiêu chí", "Kiến nghị"]
    ws = wb["Kiểm tra"]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "TT")
    headers = [c.value for c in ws[header_row]]
    assert ws.freeze_panes == f"A{header_row + 1}" and ws.auto_filter.ref
    rows = [r for r in ws.iter_rows(min_row=header_row + 1, values_only=True) if r[0] is not None]
    assert len(rows) == len(items)
    first = rows[0]
    assert first[1] == items[0]["unit"]
    assert hasattr(first[4], "year") and first[4].date().isoformat() == items[0]["date"]   # a real date
    assert isinstance(first[7], int)                                                     # met count
    assert ws.cell(header_row + 1, 5).number_format == "dd/mm/yyyy"
    not_met = headers.index("Chưa đạt")
    assert sum(r[not_met] for r in rows) == sum(c["result"] == "not_met" for i in items for c in i["criteria"])
    crit = wb["Kết quả tiêu chí"]
    crit_rows = [r for r in crit.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(crit_rows) == sum(len(i["criteria"]) for i in items)
    assert sum(r[7] == "Chưa đạt" for r in crit_rows) == sum(r[not_met] for r in rows)
    assert {r[4] for r in crit_rows} >= {"QC1", "HN2", "TT1"}
    recs = wb["Kiến nghị"]
    rec_rows = [r for r in recs.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(rec_rows) == sum(len(i["recommendations"]) for i in items)
    assert {r[6] for r in rec_rows} == {"Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành"}


@pytest.mark.libreoffice
def test_libreoffice_opens_the_summary_and_minutes(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    soffice = require_program("soffice")
    xlsx, docx = tmp_path / "s.xlsx", tmp_path / "m.docx"
    assert cli("export", "inspections", "--year", "2026", "--format", "xlsx", "-o", str(xlsx), data=demo_dir).code == 0
    item = listed(cli, demo_dir)[0]
    assert cli("export", "inspection", str(item["id"]), "--format", "docx", "-o", str(docx), data=demo_dir).code == 0
    profile = tmp_path / "lo-profile"
    # 44,34,76: comma-separated, quoted, UTF-8 (LibreOffice's CSV filter options)
    for src, fmt in ((xlsx, "csv:Text - txt - csv (StarCalc):44,34,76"), (docx, "txt:Text (encoded):UTF8")):
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                        "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    csv = (tmp_path / "s.csv").read_text(encoding="utf-8", errors="replace")
    assert item["unit"] in csv and "18/03/2026" in csv
    txt = (tmp_path / "m.txt").read_text(encoding="utf-8-sig", errors="replace")
    assert "BIÊN BẢN" in txt and "KẾT LUẬN" in txt
