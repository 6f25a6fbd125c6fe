"""Documents built by the tests and ways to read rendered files back (imported by the
test_documents_* and test_export_* modules; holds one self-check of its own)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

from clients import require_program

from dancoso_desktop.documents import model

HOSTILE = "a < b & c <b>x</b>"


def words(text: str) -> list[str]:
    """NFC words, whitespace-normalised, for comparing text read back from a file."""
    return unicodedata.normalize("NFC", text).split()


def sample_document(paragraphs: int = 6, *, footnotes: bool = False, extra: str = "") -> model.Document:
    """A plan-like document: header, bases, headings of four levels, a list, a table, closing."""
    body: list[model.Block] = [
        model.Heading(1, "I.", "Mục đích, yêu cầu"),
        model.Heading(2, "1.", "Mục đích", footnote=1 if footnotes else None),
    ]
    for i in range(paragraphs):
        body.append(model.Paragraph.of(
            f"Đoạn {i + 1}: bảo đảm quyền được biết, được bàn, được quyết định, được tham gia ý kiến, "
            "được kiểm tra và giám sát của Nhân dân trên địa bàn xã Bình Lư theo Luật Thực hiện dân "
            f"chủ ở cơ sở.{extra}"))
    body += [
        model.ListItem("Cơ quan thực hiện: Văn phòng HĐND và UBND xã."),
        model.Heading(3, "1.1.", "Nội dung công khai"),
        model.Heading(4, "a)", "Niêm yết tại trụ sở"),
        model.Table(["STT", "Nội dung", "Thời gian"],
                    [["1", "Niêm yết công khai", "Quý I"], ["2", "Họp dân thôn Nà Khuổi", "Quý II"]],
                    widths=[1, 5, 2]),
        model.Paragraph([model.Run("Văn bản có chú thích"), model.Run(".", footnote=2 if footnotes else None)]),
    ]
    return model.Document(
        issuing_body="ỦY BAN NHÂN DÂN XÃ BÌNH LƯ", type_name="KẾ HOẠCH",
        summary="Thực hiện dân chủ ở cơ sở năm 2026", number="05/KH-UBND", place="Bình Lư",
        date=date(2026, 3, 9),
        legal_bases=["Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022",
                     "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ"],
        intro=[model.Paragraph.of("Ủy ban nhân dân xã Bình Lư ban hành Kế hoạch như sau:")],
        body=body,
        footnotes=["Luật số 10/2022/QH15.", "Chú thích thứ hai."] if footnotes else [],
        recipients=["UBND tỉnh (qua Sở Nội vụ)", "TT Đảng ủy, HĐND xã", "Lưu: VT, VHXH."],
        signatures=[model.SignatureBlock("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Hùng")],
    )


def expected_words(doc: model.Document) -> list[str]:
    """The words a recipient reads, in drawing order (documents without footnotes)."""
    from dancoso_desktop.documents.report import legal_basis_lines, place_date_line, recipient_lines

    parts = [doc.parent_body.upper(), doc.issuing_body.upper(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", doc.number_line, place_date_line(doc), doc.type_name.upper(),
             doc.summary, *legal_basis_lines(doc.legal_bases)]
    parts += ["".join(r.text for r in p.runs) for p in doc.intro]
    for b in doc.body:
        if isinstance(b, model.Heading):
            parts.append(f"{b.number} {b.title.upper() if b.level == 1 else b.title}")
        elif isinstance(b, model.Paragraph):
            parts.append("".join(r.text for r in b.runs))
        elif isinstance(b, model.ListItem):
            parts.append(f"{b.marker} {b.text}")
        elif isinstance(b, model.Table):
            parts += b.header
            for row in b.rows:
                parts += row
    if doc.recipients:
        parts += ["Nơi nhận:", *recipient_lines(doc.recipients)]
    for s in doc.signatures:
        parts += [s.authority.upper(), s.title.upper(), s.name]
    return words(" ".join(parts))


def pdf_words(path: Path) -> tuple[list[str], list[str]]:
    """(all words without page numbers, first line of each page) read with pypdf."""
    from pypdf import PdfReader

    out: list[str] = []
    firsts: list[str] = []
    for i, page in enumerate(PdfReader(path).pages, start=1):
        text = page.extract_text()
        lines = [ln for ln in text.split("\n") if ln.strip()]
        firsts.append(lines[0].strip() if lines else "")
        if i >= 2 and lines and lines[0].strip() == str(i):
            lines = lines[1:]
        out += words("\n".join(lines))
    return out, firsts


def pdftotext_boxes(path: Path) -> list[tuple[int, str, float, float, float, float]]:
    """(page, word, xMin, yMin, xMax, yMax) per word, from poppler's pdftotext -bbox.

    Skips the calling test when poppler is absent (fails under CI=true: tests/clients.py)."""
    exe = require_program("pdftotext")
    html = subprocess.run([exe, "-bbox", str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    boxes = []
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            boxes.append((page, m.group(5), *(float(m.group(i)) for i in range(1, 5))))
    return boxes


def test_expected_words_cover_the_sample() -> None:
    got = expected_words(sample_document(2))
    assert got[:4] == ["ỦY", "BAN", "NHÂN", "DÂN"]
    assert "Lưu:" in got and got[-3:] == ["Lò", "Văn", "Hùng"]


def test_a_register_without_type_code_or_number_has_no_number_line() -> None:
    from dancoso_desktop.documents.model import Document

    assert Document("UBND", "SỔ THEO DÕI", "x", type_code="").number_line == ""
    assert Document("UBND", "KẾ HOẠCH", "x", type_code="KH").number_line.startswith("Số:")
    assert Document("UBND", "KẾ HOẠCH", "x", number="05/KH-UBND").number_line == "Số: 05/KH-UBND"
