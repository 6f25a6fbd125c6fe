"""The decisions CLI and documents: list and JSON, NĐ 59 forms read back, the XLSX register."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from pypdf import PdfReader

from dancoso_desktop.services.decision_service import DecisionService
from dancoso_desktop.services.demo import create_demo
from dancoso_desktop.services.workspace import open_workspace


@pytest.fixture
def demo(data_dir: Path) -> Path:
    ws = open_workspace(data_dir)
    create_demo(ws, 2026, 1)
    ws.close()
    return data_dir


def _ids(data_dir: Path) -> dict[str, int]:
    ws = open_workspace(data_dir)
    try:
        return {d.title: d.id or 0 for d in DecisionService(ws).decisions(2026)}
    finally:
        ws.close()


def test_list_json_carries_the_figures_and_the_rule(cli, demo) -> None:  # type: ignore[no-untyped-def]
    result = cli("decisions", "list", "--year", "2026", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    failed = next(d for d in data if d["title"] == "Đóng góp xây dựng cầu tràn qua suối")
    assert failed["item"] == 1 and failed["scope"] == "hamlet" and failed["form"] == "meeting"
    assert failed["hamlets"] == [{"unit_id": failed["hamlets"][0]["unit_id"], "name": "Thôn Bó Mạ",
                                  "households": 96, "present": 70, "for": 60, "against": 8, "other": 2,
                                  "passed": False}]
    assert failed["passed"] is False and failed["rule"] == "two_thirds"
    wide = next(d for d in data if d["scope"] == "commune")
    assert wide["rule"] == "hamlets_two_thirds" and len(wide["hamlets"]) == 12
    late = next(d for d in data if d["title"] == "Lập quỹ sửa chữa đường điện thôn")
    assert "sent_late" in late["problems"]
    text = cli("decisions", "list", "--year", "2026")
    assert "62,5% < 2/3" in text.out
    assert cli("decisions", "list", "--year", "99999").code == 1


@pytest.mark.parametrize("form", ["notice", "count-minutes", "decision", "ballot-minutes"])
def test_forms_read_back_with_the_record_figures(cli, demo, tmp_path, form) -> None:  # type: ignore[no-untyped-def]
    did = _ids(demo)["Đóng góp xây dựng cầu tràn qua suối"]
    pdf, docx = tmp_path / "f.pdf", tmp_path / "f.docx"
    assert cli("export", "decision", str(did), "--form", form, "--format", "pdf", "-o", str(pdf)).code == 0
    assert cli("export", "decision", str(did), "--form", form, "--format", "docx", "-o", str(docx)).code == 0
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    doc = DocxDocument(str(docx))
    words = " ".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    for t in (text, words):
        assert "cần đối chiếu Phụ lục" in " ".join(t.split())
        assert "Thôn Bó Mạ".upper() in t.upper()
    if form != "notice":
        for t in (text, words):
            assert "96" in t and "70" in t and "60" in t
            assert "62,5%" in t
    if form in ("count-minutes", "ballot-minutes"):
        assert "……" in words                      # the count board is not in the record: dotted lines


def test_register_xlsx(cli, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "r.xlsx"
    assert cli("export", "decisions", "--year", "2026", "--format", "xlsx", "-o", str(target)).code == 0
    wb = load_workbook(target)
    values = [c for row in wb["Quyết định"].iter_rows(values_only=True) for c in row if c is not None]
    assert "Đóng góp xây dựng cầu tràn qua suối" in values and "Không đạt" in values
    hamlet_rows = [r for r in wb["Theo thôn"].iter_rows(values_only=True) if r[2] == "Thôn Bó Mạ"]
    assert any(r[3] == 96 and r[5] == 60 for r in hamlet_rows)


def test_unknown_decision_and_form_are_refused(cli, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    assert cli("export", "decision", "9999", "--form", "notice", "--format", "pdf", "-o", str(out)).code == 1
    assert not out.exists()
    assert cli("export", "decision", "1", "--form", "nope", "--format", "pdf", "-o", str(out)).code == 2
