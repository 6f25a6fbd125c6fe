"""The Word renderer read back through python-docx, as the office opens it."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from test_documents_helpers import HOSTILE, sample_document

from dancoso_desktop.documents import model
from dancoso_desktop.documents.docx import render_docx
from dancoso_desktop.domain.errors import EnvironmentProblem


def _all_paragraphs(d: docx.document.Document) -> list[str]:
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                out += [p.text for p in cell.paragraphs]
    return out


def test_page_margins_and_fonts(tmp_path: Path) -> None:
    report = render_docx(sample_document(3), tmp_path / "kh.docx")
    assert report.missing == {}
    d = docx.Document(str(tmp_path / "kh.docx"))
    s = d.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    margins = (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)
    assert [round(m.mm, 1) for m in margins] == [20, 20, 30, 15]
    normal = d.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 14
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "Times New Roman"
    pf = normal.paragraph_format
    assert round(pf.first_line_indent.cm, 2) == 1.27 and pf.space_after.pt >= 6
    assert pf.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    for run in (r for p in d.paragraphs for r in p.runs if r.text.strip()):
        assert run.font.name == "Times New Roman", run.text


def test_header_table_and_body_structure(tmp_path: Path) -> None:
    doc = sample_document(4)
    render_docx(doc, tmp_path / "kh.docx")
    d = docx.Document(str(tmp_path / "kh.docx"))
    header = d.tables[0]
    assert len(header.columns) == 2
    left = [p.text for p in header.cell(0, 0).paragraphs if p.text]
    right = [p.text for p in header.cell(0, 1).paragraphs if p.text]
    assert left == ["ỦY BAN NHÂN DÂN", "XÃ BÌNH LƯ"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert header.cell(1, 0).text == "Số: 05/KH-UBND"
    assert header.cell(1, 1).text == "Bình Lư, ngày 09 tháng 3 năm 2026"
    assert header.cell(1, 1).paragraphs[0].runs[0].italic
    assert header._tbl.tblPr.find(qn("w:tblBorders")) is not None   # borderless
    texts = [p.text for p in d.paragraphs]
    assert "KẾ HOẠCH" in texts and "Thực hiện dân chủ ở cơ sở năm 2026" in texts
    assert texts.count("") < 8
    body = [p for p in d.paragraphs if p.text.startswith("Đoạn ")]
    assert len(body) == 4 and all(p.style.name == "Normal" for p in body)
    headings = {p.text: p.style.name for p in d.paragraphs if p.style.name.startswith("Heading")}
    assert headings == {"I. MỤC ĐÍCH, YÊU CẦU": "Heading 1", "1. Mục đích": "Heading 2",
                        "1.1. Nội dung công khai": "Heading 3", "a) Niêm yết tại trụ sở": "Heading 4"}
    bases = [p for p in d.paragraphs if p.text.startswith("Căn cứ")]
    assert [p.text[-1] for p in bases] == [";", "."] and all(p.runs[0].italic for p in bases)
    table = d.tables[1]
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung", "Thời gian"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    closing = d.tables[-1]
    assert [p.text for p in closing.cell(0, 0).paragraphs] == [
        "Nơi nhận:", "- UBND tỉnh (qua Sở Nội vụ);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT, VHXH."]
    label = closing.cell(0, 0).paragraphs[0].runs[0]
    assert label.bold and label.italic and label.font.size.pt == 12
    assert closing.cell(0, 0).paragraphs[1].runs[0].font.size.pt == 11
    sign = [p.text for p in closing.cell(0, 1).paragraphs if p.text]
    assert sign == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Hùng"]


def test_page_number_field_from_page_two(tmp_path: Path) -> None:
    render_docx(sample_document(2), tmp_path / "kh.docx")
    s = docx.Document(str(tmp_path / "kh.docx")).sections[0]
    assert s.different_first_page_header_footer
    assert "PAGE" in "".join(t.text for t in s.header._element.iter(qn("w:instrText")))
    assert not "".join(p.text for p in s.first_page_header.paragraphs).strip()


def test_hostile_text_control_chars_and_real_footnotes(tmp_path: Path) -> None:
    doc = sample_document(1, footnotes=True)
    doc.body.append(model.Paragraph.of(f"{HOSTILE}\x07 😀"))
    report = render_docx(doc, tmp_path / "kh.docx")
    d = docx.Document(str(tmp_path / "kh.docx"))
    assert f"{HOSTILE} 😀" in _all_paragraphs(d)
    assert report.missing_names == ["GRINNING FACE"]
    part = next(rel.target_part for rel in d.part.rels.values() if rel.reltype.endswith("/footnotes"))
    xml = part.blob.decode("utf-8")
    assert "Luật số 10/2022/QH15." in xml and "Chú thích thứ hai." in xml
    refs = list(d.element.body.iter(qn("w:footnoteReference")))
    assert [r.get(qn("w:id")) for r in refs] == ["1", "2"]


def test_a_failure_mid_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kh.docx"
    target.write_bytes(b"old")

    def locked(*_a: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(EnvironmentProblem):
        render_docx(sample_document(1), target)
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["kh.docx"]


def test_the_space_after_a_footnote_mark_is_kept(tmp_path: Path) -> None:
    # Issue 3: "thôn² và" lost its space (each run was trimmed on its own).
    doc = sample_document(1, footnotes=True)
    doc.body.append(model.Paragraph([model.Run("Họp dân thôn", footnote=2), model.Run(" và tổ dân phố.")]))
    doc.body.append(model.Paragraph([model.Run("Tại thôn", footnote=1), model.Run(" và", bold=True),
                                     model.Run(" "), model.Run(" xã", footnote=2), model.Run(" cuối. ")]))
    render_docx(doc, tmp_path / "kh.docx")
    paras = [p.text for p in docx.Document(str(tmp_path / "kh.docx")).paragraphs]
    assert "Họp dân thôn và tổ dân phố." in paras   # the reference itself has no text
    assert "Tại thôn và xã cuối." in paras


def test_a_deputy_signs_under_two_lines(tmp_path: Path) -> None:
    doc = sample_document(1)
    doc.signatures = [model.SignatureBlock("", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Lò Văn Hùng")]
    render_docx(doc, tmp_path / "kh.docx")
    closing = docx.Document(str(tmp_path / "kh.docx")).tables[-1]
    assert [p.text for p in closing.cell(0, 1).paragraphs if p.text] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Hùng"]


def test_signer_lines_split_on_a_spaced_slash_or_a_line_break() -> None:
    from dancoso_desktop.documents.report import signer_lines

    assert signer_lines("", "KT. Chủ tịch / Phó Chủ tịch") == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert signer_lines("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") == [
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert signer_lines("TM. HĐND/UBND", " ") == ["TM. HĐND/UBND"]
    assert signer_lines("", "") == []
