"""`disclosures list`, `export disclosures`, `export disclosure-list` and the demo's register,
read back as a recipient would (openpyxl, pypdf, python-docx, LibreOffice where installed)."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from clients import require_program

from dancoso_desktop.domain.disclosure import CHANNEL_CODES, ChannelUse, DisclosureRecord, Evidence
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.workspace import open_workspace

PROBLEM_CODES = {"late", "posting_too_short", "radio_too_short", "no_evidence", "overdue"}


def test_demo_fills_the_year_realistically(cli, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("disclosures", "list", "--year", "2026", "--json", data=demo_dir)
    assert res.code == 0, res.err
    records = json.loads(res.out)
    assert len(records) >= 60
    assert len({r["item"] for r in records}) >= 12
    for r in records:
        assert {"id", "item", "title", "decided_on", "start", "end", "channels", "unit", "status",
                "problems"} <= set(r)
        assert 1 <= r["item"] <= 14
        assert set(r["channels"]) <= set(CHANNEL_CODES)
        assert set(r["problems"]) <= PROBLEM_CODES
    problems = Counter(p for r in records for p in r["problems"])
    assert {"late", "posting_too_short", "radio_too_short", "no_evidence"} <= set(problems)
    compliant = [r for r in records if r["status"] == "done" and not r["problems"]]
    assert len(compliant) > len(records) / 2
    permanent = [r for r in records if r["item"] in (4, 13) and r["status"] == "done"]
    assert permanent and all(r["end"] is None for r in permanent)


def test_list_text_and_bad_year(cli, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("disclosures", "list", "--year", "2026", data=demo_dir)
    assert res.code == 0 and "\t" in res.out
    bad = cli("disclosures", "list", "--year", "1800", data=demo_dir, lang="en")
    assert bad.code == 1 and "1800" in bad.err
    usage = cli("export", "disclosure-list", "--year", "2026", "--quarter", "5", "--format", "pdf", "-o", "x.pdf",
                data=demo_dir)
    assert usage.code == 2


@pytest.fixture
def small_register(data_dir: Path) -> Path:
    ws = open_workspace(data_dir)
    svc = DisclosureService(ws)
    ev = [Evidence("0" * 64, "anh.jpg", 1, ".jpg")]
    svc.save(DisclosureRecord(item=7, title="=cmd|' /C calc'!A0", decided_on=date(2026, 2, 2), evidence=ev,
                              channels=[ChannelUse("posting", "Trụ sở HĐND - UBND xã", date(2026, 2, 3),
                                                   date(2026, 3, 5)),
                                        ChannelUse("radio", "", date(2026, 2, 3), date(2026, 2, 5))]))
    svc.save(DisclosureRecord(item=13, title="Bộ thủ tục hành chính <mới> & sửa đổi", decided_on=date(2026, 1, 5),
                              channels=[ChannelUse("posting", "Trụ sở HĐND - UBND xã", date(2026, 1, 6), None)]))
    svc.save(DisclosureRecord(item=2, title="Dự toán ngân sách quý II", decided_on=date(2026, 4, 1),
                              channels=[ChannelUse("posting", "Trụ sở", date(2026, 4, 20), date(2026, 4, 30))]))
    ws.close()
    return data_dir


def test_export_register_xlsx_read_back_with_types(cli, small_register: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    target = tmp_path / "Sổ công khai 2026.xlsx"
    res = cli("export", "disclosures", "--year", "2026", "--format", "xlsx", "-o", str(target), data=small_register)
    assert res.code == 0, res.err
    ws = load_workbook(target).active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header_at = next(i for i, r in enumerate(rows) if r[0] == "STT")
    header, data = rows[header_at], rows[header_at + 1:]
    assert len(data) == 3
    assert ws.freeze_panes == f"A{header_at + 2}"
    by_title = {r[3]: r for r in data}
    formula = by_title["=cmd|' /C calc'!A0"]
    cell = ws.cell(row=header_at + 2 + data.index(formula), column=4)
    assert cell.data_type == "s"                       # text, never a formula
    assert isinstance(formula[5].date() if hasattr(formula[5], "date") else formula[5], date)
    assert formula[header.index("Hình thức (Điều 12)")] == "a, c"
    assert by_title["Bộ thủ tục hành chính <mới> & sửa đổi"][header.index("Đến ngày")] == "Thường xuyên"
    checks = header.index("Kiểm tra theo luật")
    assert "Công khai chậm" in by_title["Dự toán ngân sách quý II"][checks]
    assert "Niêm yết chưa đủ" in by_title["Dự toán ngân sách quý II"][checks]
    assert formula[checks] == "Đạt"


@pytest.mark.libreoffice
def test_export_register_xlsx_opens_in_libreoffice(cli, small_register: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    soffice = require_program("soffice")
    target = tmp_path / "so.xlsx"
    assert cli("export", "disclosures", "--year", "2026", "--format", "xlsx", "-o", str(target),
               data=small_register).code == 0
    out = tmp_path / "out"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", str(out), str(target)], check=True, capture_output=True, timeout=180)
    text = (out / "so.csv").read_text(encoding="utf-8", errors="replace")
    assert "Dự toán ngân sách quý II" in text
    assert "=cmd|' /C calc'!A0" in text          # kept as typed, not evaluated


def test_export_register_pdf_and_quarterly_list(cli, small_register: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document as Docx
    from pypdf import PdfReader

    pdf = tmp_path / "so.pdf"
    assert cli("export", "disclosures", "--year", "2026", "--format", "pdf", "-o", str(pdf),
               data=small_register).code == 0
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Bộ thủ tục hành chính <mới> & sửa đổi" in " ".join(text.split())

    q1 = tmp_path / "q1.pdf"
    res = cli("export", "disclosure-list", "--year", "2026", "--quarter", "1", "--format", "pdf", "-o", str(q1),
              data=small_register)
    assert res.code == 0, res.err
    reader = PdfReader(q1)
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) == 595     # A4
    q1_text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "THÔNG BÁO" in q1_text and "quý I năm 2026" in q1_text
    assert "khoản 2 Điều 13" in q1_text
    assert "Bộ thủ tục hành chính" in q1_text and "niêm yết thường xuyên" in q1_text
    assert "Dự toán ngân sách quý II" not in q1_text      # disclosed in April: quarter II

    q2 = tmp_path / "q2.docx"
    assert cli("export", "disclosure-list", "--year", "2026", "--quarter", "2", "--format", "docx", "-o", str(q2),
               data=small_register).code == 0
    doc = Docx(str(q2))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any("Dự toán ngân sách quý II" in c for c in cells)
    assert any("Từ 20/04/2026 đến 30/04/2026" in c for c in cells)
