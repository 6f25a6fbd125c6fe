"""The PDF renderer read back as a recipient would (pypdf, poppler when installed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_documents_helpers import (
    HOSTILE,
    expected_words,
    pdf_words,
    pdftotext_boxes,
    sample_document,
    words,
)

from dancoso_desktop.documents import model
from dancoso_desktop.documents.pdf import render_pdf
from dancoso_desktop.domain.errors import EnvironmentProblem

MM = 72 / 25.4


def test_text_reads_back_exactly_in_nfc(tmp_path: Path) -> None:
    doc = sample_document(30)
    # Decomposed (NFD) input must come out composed, as typed in Word.
    import unicodedata
    doc.summary = unicodedata.normalize("NFD", doc.summary)
    report = render_pdf(doc, tmp_path / "kh.pdf")
    got, firsts = pdf_words(tmp_path / "kh.pdf")
    doc.summary = unicodedata.normalize("NFC", doc.summary)
    assert got == expected_words(doc)
    assert report.pages == len(firsts) >= 2
    assert report.missing == {}


def test_page_numbers_from_page_two_in_the_top_margin(tmp_path: Path) -> None:
    render_pdf(sample_document(30), tmp_path / "kh.pdf")
    _, firsts = pdf_words(tmp_path / "kh.pdf")
    assert firsts[0] != "1" and not firsts[0].isdigit()
    assert firsts[1] == "2"
    boxes = pdftotext_boxes(tmp_path / "kh.pdf")
    number = [b for b in boxes if b[0] == 2 and b[1] == "2" and b[3] < 20 * MM]
    assert number, "page 2 has its number in the top margin"
    x_mid = (number[0][2] + number[0][4]) / 2
    text_mid = (30 * MM + (210 - 15) * MM) / 2
    assert abs(x_mid - text_mid) < 3
    assert not [b for b in boxes if b[0] == 1 and b[3] < 20 * MM], "nothing in page 1's top margin"


def test_a4_metadata_and_every_font_embedded(tmp_path: Path) -> None:
    render_pdf(sample_document(3), tmp_path / "kh.pdf")
    reader = PdfReader(tmp_path / "kh.pdf")
    assert reader.metadata is not None and reader.metadata.title == "Kế hoạch Thực hiện dân chủ ở cơ sở năm 2026"
    seen = 0
    for page in reader.pages:
        assert round(float(page.mediabox.width) / MM) == 210
        assert round(float(page.mediabox.height) / MM) == 297
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, font
            assert "/FontFile2" in descriptor.get_object(), f"{font['/BaseFont']} is not embedded"
            # A subset has a tag before its name: ABCDEF+…
            assert "+" in str(font["/BaseFont"]) or str(font["/BaseFont"]).startswith("/AAAA")
            seen += 1
    assert seen >= 3   # regular, bold, italic at least


def test_text_stays_inside_the_margins(tmp_path: Path) -> None:
    render_pdf(sample_document(40), tmp_path / "kh.pdf")
    boxes = pdftotext_boxes(tmp_path / "kh.pdf")
    left, right = 30 * MM, (210 - 15) * MM
    top, bottom = 20 * MM, (297 - 20) * MM
    for page, word, x0, y0, x1, y1 in boxes:
        if page >= 2 and word == str(page) and y1 < top:
            continue   # the page number lives in the top margin
        assert x0 >= left - 0.5 and x1 <= right + 0.5, (page, word, x0, x1)
        assert y0 >= top - 0.5 and y1 <= bottom + 0.5, (page, word, y0, y1)


def test_hostile_text_prints_as_typed_and_emoji_is_reported(tmp_path: Path) -> None:
    doc = sample_document(1)
    doc.body.append(model.Paragraph.of(f"{HOSTILE} 😀"))
    doc.body.append(model.Heading(2, "2.", HOSTILE))
    doc.recipients.insert(0, HOSTILE)
    report = render_pdf(doc, tmp_path / "kh.pdf")
    text = " ".join(pdf_words(tmp_path / "kh.pdf")[0])
    assert text.count(" ".join(words(HOSTILE))) == 3
    assert report.missing == {"😀": "GRINNING FACE"}
    assert "GRINNING FACE" in report.warning("en") and "ô trống" in report.warning("vi")


def test_footnotes_sit_at_the_foot_of_the_citing_page(tmp_path: Path) -> None:
    doc = sample_document(60, footnotes=True)
    render_pdf(doc, tmp_path / "kh.pdf")
    boxes = pdftotext_boxes(tmp_path / "kh.pdf")
    pages = {b[0] for b in boxes}
    cite1 = next(b for b in boxes if b[1].startswith("đích"))       # "1. Mục đích¹"
    cite2 = next(b for b in boxes if b[1].startswith("thích."))     # "Văn bản có chú thích.²"
    note1 = next(b for b in boxes if b[1] == "10/2022/QH15.")        # "¹ Luật số 10/2022/QH15."
    note2 = next(b for b in boxes if b[1] == "hai.")                 # "² Chú thích thứ hai."
    assert note1[0] == cite1[0] and note2[0] == cite2[0]
    assert cite2[0] == max(pages) or cite2[0] > cite1[0]
    # Body text never runs into the notes below it.
    body_bottom = max(b[3] for b in boxes if b[0] == cite1[0] and b[1].startswith("Đoạn"))
    assert body_bottom < note1[3]
    assert note1[3] > 230 * MM and note2[3] > 230 * MM


def test_a_failure_mid_render_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kh.pdf"
    target.write_bytes(b"old")
    from dancoso_desktop.documents import pdf

    def boom(*_a: object, **_k: object) -> list[object]:
        raise RuntimeError("power cut")

    monkeypatch.setattr(pdf, "build_story", boom)
    with pytest.raises(RuntimeError):
        render_pdf(sample_document(1), target)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["kh.pdf"]


def test_a_locked_target_gives_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kh.pdf"
    target.write_bytes(b"old")

    def locked(*_a: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(EnvironmentProblem) as err:
        render_pdf(sample_document(1), target)
    assert "đang mở" in err.value.vi and "open in another program" in err.value.en
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["kh.pdf"]


def test_two_signatures_and_a_landscape_page(tmp_path: Path) -> None:
    doc = sample_document(1)
    doc.signatures = [model.SignatureBlock("", "THƯ KÝ", "Nguyễn Thị Lan"),
                      model.SignatureBlock("", "CHỦ TRÌ", "Lò Văn Hùng")]
    doc.landscape = True
    render_pdf(doc, tmp_path / "bb.pdf")
    page = PdfReader(tmp_path / "bb.pdf").pages[0]
    assert round(float(page.mediabox.width) / MM) == 297
    text = " ".join(pdf_words(tmp_path / "bb.pdf")[0])
    assert "THƯ KÝ Nguyễn Thị Lan CHỦ TRÌ Lò Văn Hùng Nơi nhận:" in text


def test_a_note_cited_twice_on_a_page_is_printed_once(tmp_path: Path) -> None:
    doc = sample_document(1, footnotes=True)
    doc.body.append(model.Paragraph([model.Run("Câu cuối"), model.Run(".", footnote=1)]))
    render_pdf(doc, tmp_path / "kh.pdf")
    text = " ".join(pdf_words(tmp_path / "kh.pdf")[0])
    assert text.count("Luật số 10/2022/QH15.") == 1 and text.count("Chú thích thứ hai.") == 1


def test_pages_after_a_footnote_get_their_full_height_back(tmp_path: Path) -> None:
    plain = render_pdf(sample_document(120), tmp_path / "a.pdf").pages
    doc = sample_document(120)
    doc.footnotes = ["Chú thích ngắn thứ nhất.", "Chú thích ngắn thứ hai.", "Chú thích ngắn thứ ba."]
    doc.body.insert(2, model.Paragraph([model.Run("Có chú thích", footnote=1), model.Run(" và", footnote=2),
                                        model.Run(" nữa.", footnote=3)]))
    # Three short notes on page 1 cost a few lines there, never room on the pages after.
    assert render_pdf(doc, tmp_path / "b.pdf").pages <= plain + 1
    boxes = pdftotext_boxes(tmp_path / "b.pdf")
    last_on_page = {}
    for page, _w, _x0, _y0, _x1, y1 in boxes:
        last_on_page[page] = max(last_on_page.get(page, 0), y1)
    # Full pages (the last two hold the table, kept with its headings, and the signature).
    assert all(last_on_page[p] > 262 * MM for p in range(2, max(last_on_page) - 1))


def test_the_space_after_a_footnote_mark_is_kept(tmp_path: Path) -> None:
    # Issue 3: "thôn² và" printed "thôn²và" (the run's leading space was trimmed away).
    doc = sample_document(1, footnotes=True)
    doc.body.append(model.Paragraph([model.Run("Họp dân thôn", footnote=2), model.Run(" và tổ dân phố.")]))
    doc.body.append(model.Paragraph([model.Run("Tại thôn", footnote=1), model.Run(" và", bold=True),
                                     model.Run(" "), model.Run(" xã", footnote=2), model.Run(" cuối. ")]))
    render_pdf(doc, tmp_path / "kh.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "kh.pdf").pages)
    assert "Họp dân thôn2 và tổ dân phố." in text
    assert "Tại thôn1 và xã2 cuối." in text   # one space between runs, never two


def _long_notes_document() -> tuple[model.Document, list[str]]:
    """40 paragraphs citing the same three 6-line notes, and one note longer than a page."""
    doc = sample_document(0)
    sentence = "Căn cứ pháp lý của nội dung công khai tại thôn, tổ dân phố theo Luật số 10/2022/QH15."
    doc.footnotes = [f"Chú thích {k}: " + " ".join([sentence] * 6) for k in (1, 2, 3)]
    long_words = [f"câu{i:03d}" for i in range(400)]
    doc.footnotes.append("Chú thích dài: " + " ".join(f"{w} Nhân dân bàn và quyết định trực tiếp." for w in long_words))
    for i in range(40):
        doc.body.append(model.Paragraph([model.Run(f"Đoạn {i + 1} về thôn", footnote=1), model.Run(" và tổ", footnote=2),
                                         model.Run(" dân phố", footnote=3), model.Run(".")]))
    doc.body.append(model.Paragraph([model.Run("Đoạn có chú thích dài", footnote=4), model.Run(" ở cuối.")]))
    return doc, long_words


def test_long_footnotes_cited_many_times_never_stop_the_render(tmp_path: Path) -> None:
    # Issue 3: this raised ReportLab's LayoutError ("… too large"); notes taller than half a
    # page now continue at the foot of the next page(s) (pdf_flowables.NoteBook).
    from reportlab.platypus import Paragraph as RLParagraph

    from dancoso_desktop.documents.fonts import font_set
    from dancoso_desktop.documents.pdf import _Styles
    doc, long_words = _long_notes_document()
    note_style = _Styles(font_set()).note
    width = (210 - 45) * MM
    lines = RLParagraph(doc.footnotes[0], note_style).wrap(width, 1e6)[1] / note_style.leading
    assert round(lines) >= 6
    assert RLParagraph(doc.footnotes[3], note_style).wrap(width, 1e6)[1] > 297 * MM

    report = render_pdf(doc, tmp_path / "kh.pdf")
    pages = [p.extract_text() for p in PdfReader(tmp_path / "kh.pdf").pages]
    assert report.pages == len(pages)
    text = " ".join(words("\n".join(pages)))
    for i in range(40):
        assert f"Đoạn {i + 1} về thôn1 và tổ2 dân phố3." in text
    assert "Đoạn có chú thích dài4 ở cuối." in text
    # The long note is printed whole, once, in order, across as many pages as it needs.
    found = [w for w in text.split() if w.startswith("câu") and w[3:].isdigit()]
    assert found == long_words
    assert sum("câu" in p for p in pages) >= 2
    # Each short note once on every page that cites it, never twice on one page.
    for page in pages:
        cited = "về thôn1" in page
        for k in (1, 2, 3):
            assert page.count(f"Chú thích {k}:") == (1 if cited else 0), page[:80]
    assert "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" in text and "Lò Văn Hùng" in text


def test_long_footnotes_sit_below_the_text_of_their_page(tmp_path: Path) -> None:
    doc, _ = _long_notes_document()
    render_pdf(doc, tmp_path / "kh.pdf")
    boxes = pdftotext_boxes(tmp_path / "kh.pdf")
    for page in {b[0] for b in boxes}:
        body = [b for b in boxes if b[0] == page and b[1] in ("Đoạn", "TM.", "Nơi")]
        notes = [b for b in boxes if b[0] == page and (b[1].startswith("câu") or b[1] == "Chú")]
        if body and notes:
            assert max(b[5] for b in body) < min(b[3] for b in notes), page
        for b in boxes:
            if b[0] == page:
                assert b[5] <= (297 - 20) * MM + 0.5, b


def test_a_deputy_signs_under_two_lines(tmp_path: Path) -> None:
    # NĐ 30/2020 PL I: "KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH", also when typed in one field.
    doc = sample_document(1)
    doc.signatures = [model.SignatureBlock("", "KT. Chủ tịch / Phó Chủ tịch", "Lò Văn Hùng")]
    render_pdf(doc, tmp_path / "a.pdf")
    lines = [ln.strip() for ln in PdfReader(tmp_path / "a.pdf").pages[-1].extract_text().split("\n")]
    assert "KT. CHỦ TỊCH" in lines and "PHÓ CHỦ TỊCH" in lines
    assert lines.index("PHÓ CHỦ TỊCH") == lines.index("KT. CHỦ TỊCH") + 1
    doc.signatures = [model.SignatureBlock("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH HĐND/UBND", "An")]
    render_pdf(doc, tmp_path / "b.pdf")
    lines = [ln.strip() for ln in PdfReader(tmp_path / "b.pdf").pages[-1].extract_text().split("\n")]
    i = lines.index("TM. ỦY BAN NHÂN DÂN")
    assert lines[i + 1:i + 3] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH HĐND/UBND"]


def test_a_note_goes_with_the_page_of_its_mark_when_a_paragraph_splits(tmp_path: Path) -> None:
    doc = sample_document(8)
    doc.footnotes = ["Chú thích ở cuối đoạn dài."]
    long_text = " ".join(f"từ{i:03d} về dân chủ ở cơ sở" for i in range(120))
    doc.body.insert(4, model.Paragraph([model.Run(long_text, footnote=1), model.Run(" hết.")]))
    render_pdf(doc, tmp_path / "kh.pdf")
    boxes = pdftotext_boxes(tmp_path / "kh.pdf")
    first, last = (next(b for b in boxes if b[1] == w) for w in ("từ000", "từ119"))
    assert first[0] < last[0], "the paragraph is split across two pages"
    note = next(b for b in boxes if b[1] == "đoạn" and b[3] > 200 * MM)
    assert note[0] == last[0], "the note is on the page that prints its mark"
    # No empty room is kept on the first page for a note that is not there.
    assert max(b[5] for b in boxes if b[0] == first[0]) > 255 * MM
