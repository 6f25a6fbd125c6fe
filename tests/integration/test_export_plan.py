"""`dancoso export plan --format pdf|docx|xlsx` of the demo plan, read back as the province would."""

from __future__ import annotations

import os
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dancoso_desktop.documents import model
from dancoso_desktop.domain.numbering import NumberStyle
from dancoso_desktop.domain.plan import Plan, PlanSection, Signer, Status, TimeFrame, TimeFrameKind
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_documents import (
    export_plan,
    plan_document,
    suggested_filename,
    write_plan_xlsx,
)
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


def _demo_document(demo_dir: Path) -> tuple[Plan, model.Document]:
    ws = open_workspace(demo_dir)
    try:
        plan = PlanService(ws.db).get_plan(2026)
        return plan, plan_document(plan, CommuneService(ws.db).get_commune())
    finally:
        ws.close()


_SUPERSCRIPTS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _label(section: PlanSection) -> str:
    """The number as NĐ 30 plans print it (domain.md §3): 'I.', '1.', '1.1.', 'a)', '-'."""
    if section.style in (NumberStyle.LETTER, NumberStyle.LATIN):
        return f"{section.number})"
    return "-" if section.style is NumberStyle.DASH else f"{section.number}."


def _plan_lines(plan: Plan) -> list[tuple[PlanSection, str]]:
    """Each section of the plan's own tree with the line it must print as, in tree order.

    Built from the plan (not from the document model the renderers draw), so a section that the
    model drops, moves or renumbers fails the tests below (issue 15 item 7)."""
    out: list[tuple[PlanSection, str]] = []

    def walk(sections: list[PlanSection], depth: int) -> None:
        for s in sections:
            title = s.title.translate(_SUPERSCRIPTS).strip()
            out.append((s, f"{_label(s)} {title.upper() if depth == 0 else title}"))
            walk(s.children, depth + 1)

    walk(plan.sections, 0)
    return out


def _in_order(needles: list[list[str]], haystack: list[str]) -> list[str]:
    """The needles (word lists) that are not found one after another in haystack."""
    missing: list[str] = []
    pos = 0
    joined = " ".join(haystack)
    for words in needles:
        phrase = " ".join(words)
        at = joined.find(phrase, pos)
        if at < 0:
            missing.append(phrase)
        else:
            pos = at + len(phrase)
    return missing


def test_pdf_of_the_demo_plan_reads_back(cli: Any, demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "Kế hoạch 2026.pdf"
    r = cli("export", "plan", "--year", "2026", "--format", "pdf", "-o", str(target), data=demo_dir)
    assert r.code == 0, r.err
    plan, _ = _demo_document(demo_dir)
    reader = PdfReader(target)
    assert len(reader.pages) >= 3
    pages = []
    for i, page in enumerate(reader.pages, start=1):
        lines = [ln for ln in page.extract_text().split("\n") if ln.strip()]
        if i >= 2:
            assert lines[0].strip() == str(i)     # page number on top from page 2
            lines = lines[1:]
        else:
            assert not lines[0].strip().isdigit()
        pages += _words("\n".join(lines))
    text = " ".join(pages)
    sections = _plan_lines(plan)
    assert len(sections) == sum(1 for _ in plan.walk()) >= 20
    expected = []
    for section, line in sections:
        expected.append(_words(line))
        expected += [_words(part) for part in section.text.translate(_SUPERSCRIPTS).split("\n") if part.strip()]
    pdf_words = _words(text.translate(_SUPERSCRIPTS))
    assert _in_order(expected, pdf_words) == [], "every section and its text, in the plan's order, exactly"
    assert text.startswith(f"ỦY BAN NHÂN DÂN XÃ HÒA AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
                           f"Hạnh phúc Số: {plan.number}")
    assert "Cơ quan thực hiện:" in text and "Thời gian thực hiện:" in text
    assert text.endswith(" ".join(_words(f"{plan.signer.authority} {plan.signer.title} {plan.signer.name}")))


def test_docx_of_the_demo_plan(cli: Any, demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "kh.docx"
    assert cli("export", "plan", "--year", "2026", "--format", "docx", "-o", str(target), data=demo_dir).code == 0
    plan, doc = _demo_document(demo_dir)
    d = docx.Document(str(target))
    headings = [p.text.translate(_SUPERSCRIPTS) for p in d.paragraphs if p.style.name.startswith("Heading")]
    expected = [line for section, line in _plan_lines(plan) if section.style is not NumberStyle.DASH]
    assert headings == expected
    n_body = sum(isinstance(b, model.Paragraph | model.ListItem) for b in doc.body) + len(doc.intro)
    assert sum(1 for p in d.paragraphs if p.style.name == "Normal" and p.text.strip()) == \
        n_body + len(doc.legal_bases) + 2   # + type and summary lines


def test_xlsx_tracking_table_of_the_demo_plan(cli: Any, demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "kh.xlsx"
    assert cli("export", "plan", "--year", "2026", "--format", "xlsx", "-o", str(target), data=demo_dir).code == 0
    plan, _ = _demo_document(demo_dir)
    ws = load_workbook(target).active
    header = 5
    assert ws.cell(1, 1).value == "ỦY BAN NHÂN DÂN XÃ HÒA AN"
    assert ws.cell(2, 1).value == f"BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH SỐ {plan.number} NGÀY 12/01/2026"
    assert [c.value for c in ws[header]][:3] == ["STT", "Nội dung", "Đơn vị chủ trì"]
    assert ws.freeze_panes == f"A{header + 1}" and ws.page_setup.orientation == "landscape"
    sections = list(plan.walk())
    assert ws.max_row == header + len(sections)
    assert ws.cell(header + 1, 1).value == "I." and ws.cell(header + 1, 2).font.b
    dates = [ws.cell(r, 6) for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 6).value is not None]
    assert dates and all(isinstance(c.value, datetime) and c.number_format == "dd/mm/yyyy" for c in dates)
    pcts = [ws.cell(r, 8) for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 8).value is not None]
    assert pcts and all(c.data_type == "n" and 0 <= c.value <= 1 and c.number_format == "0%" for c in pcts)
    levels = {ws.row_dimensions[r].outlineLevel for r in range(header + 1, ws.max_row + 1)}
    assert {0, 1, 2} <= levels
    assert ws.sheet_properties.outlinePr.summaryBelow is False


def test_hostile_plan_text_in_all_three_formats(workspace: Any, tmp_path: Path) -> None:
    plan = Plan(2026, title="Thực hiện <b>dân chủ</b> & công khai", number="05/KH-UBND",
                issuing_body="ỦY BAN NHÂN DÂN XÃ BÌNH LƯ", place="Bình Lư",
                signer=Signer(name="Lò Văn Hùng"), recipients=["=cmd|' /C calc'!A0"])
    plan.sections = [PlanSection("Mục đích", text="a < b & c <b>x</b>\n- =1+1", children=[
        PlanSection("-5 hộ", lead_unit="@Văn phòng", status=Status.IN_PROGRESS, progress=40,
                    timeframe=TimeFrame(TimeFrameKind.QUARTER, quarter=2))])]
    PlanService(workspace.db).create_plan(plan)
    for fmt in ("pdf", "docx", "xlsx"):
        export_plan(workspace, 2026, fmt, tmp_path / f"kh.{fmt}")
    text = " ".join(_words(" ".join(p.extract_text() for p in PdfReader(tmp_path / "kh.pdf").pages)))
    assert "a < b & c <b>x</b>" in text and "Thực hiện <b>dân chủ</b> & công khai" in text
    assert "- =1+1" in text and "=cmd|' /C calc'!A0;" in text
    paras = [p.text for p in docx.Document(str(tmp_path / "kh.docx")).paragraphs]
    assert "a < b & c <b>x</b>" in paras
    ws = load_workbook(tmp_path / "kh.xlsx").active
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for hostile in ("-5 hộ", "@Văn phòng"):
        assert cells[hostile].data_type == "s" and cells[hostile].quotePrefix
    assert ws.cell(7, 8).value == 0.4


def test_xlsx_of_a_2000_section_plan(tmp_path: Path) -> None:
    plan = Plan(2026, number="05/KH-UBND")
    plan.sections = [PlanSection(f"Phần {i}", children=[
        PlanSection(f"Nội dung {i}.{j}", lead_unit="Văn phòng", progress=j * 10,
                    timeframe=TimeFrame(TimeFrameKind.QUARTER, quarter=1 + j % 4)) for j in range(9)])
        for i in range(200)]
    plan.renumber()
    write_plan_xlsx(plan, tmp_path / "big.xlsx")
    wb = load_workbook(tmp_path / "big.xlsx", read_only=True)
    try:   # a read-only workbook keeps its file open until closed
        assert sum(1 for _ in wb.active.iter_rows(min_row=6, values_only=True)) == 2000
    finally:
        wb.close()


def test_unknown_format_and_missing_plan_are_refused(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    r = cli("export", "plan", "--year", "2031", "--format", "pdf", "-o", str(out / "x.pdf"))
    assert r.code == 1 and r.err.strip()
    assert os.listdir(out) == []


def test_suggested_file_name_keeps_vietnamese_letters() -> None:
    plan = Plan(2026, number="05/KH-UBND")
    assert suggested_filename(plan, "pdf") == "Kế hoạch 05-KH-UBND 2026.pdf"
    plan.number = 'CON:<>"|?*'
    assert suggested_filename(plan, "docx") == "Kế hoạch CON 2026.docx"
    assert suggested_filename(Plan(2026), "xlsx") == "Kế hoạch 2026.xlsx"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_export_into_a_missing_folder_creates_it(demo_dir: Path, tmp_path: Path, fmt: str) -> None:
    ws = open_workspace(demo_dir)
    try:
        report = export_plan(ws, 2026, fmt, tmp_path / "mới" / f"kh.{fmt}")
    finally:
        ws.close()
    assert report.target.stat().st_size > 1000 and report.missing == {}


def test_cancel_during_the_pdf_leaves_no_file(demo_dir: Path, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    seen: list[int] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append(done)
        if done >= 2:
            raise Cancelled

    ws = open_workspace(demo_dir)
    try:
        with pytest.raises(Cancelled):
            export_plan(ws, 2026, "pdf", tmp_path / "kh.pdf", progress)
    finally:
        ws.close()
    assert seen[:3] == [0, 1, 2] and os.listdir(tmp_path) == []


def test_export_names_the_characters_the_font_lacks(cli: Any, workspace: Any, tmp_path: Path) -> None:
    plan = Plan(2026, title="Thực hiện dân chủ 😀", number="05/KH-UBND",
                signer=Signer(authority="", title="KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", name="Lò Văn Hùng"))
    plan.sections = [PlanSection("Mục đích", text="Họp dân thôn² và tổ dân phố.")]
    plan.footnotes = ["Một chú thích.", "Chú thích thôn."]
    PlanService(workspace.db).create_plan(plan)
    for lang, wrote, warned in (("vi", "Đã ghi", "ô trống"), ("en", "Wrote", "empty boxes")):
        r = cli("export", "plan", "--year", "2026", "--format", "pdf", "-o", str(tmp_path / f"{lang}.pdf"), lang=lang)
        assert r.code == 0, r.err
        out = r.out.strip().split("\n")
        assert out[0].startswith(wrote) and warned in out[1] and "GRINNING FACE" in out[1]
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "vi.pdf").pages)
    assert "Họp dân thôn2 và tổ dân phố." in text
    r = cli("export", "plan", "--year", "2026", "--format", "json", "-o", str(tmp_path / "kh.json"))
    assert r.code == 0 and r.out.strip().count("\n") == 0   # no warning line without a report


def test_export_without_missing_characters_prints_one_line(cli: Any, demo_dir: Path, tmp_path: Path) -> None:
    r = cli("export", "plan", "--year", "2026", "--format", "docx", "-o", str(tmp_path / "kh.docx"), data=demo_dir)
    assert r.code == 0 and r.out.strip() == f"Đã ghi {tmp_path / 'kh.docx'}"
