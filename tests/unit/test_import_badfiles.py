"""Files that are not what they claim, locked, scanned, empty, huge or hostile: a clear
Vietnamese/English message, never a crash."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import pytest

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.services.plan_import import read_plan_file

PLAN_TEXT = "KẾ HOẠCH\nThực hiện dân chủ năm 2026\nI. MỤC ĐÍCH\n1. Mục đích\nII. NỘI DUNG\n1. Việc một\n"


def refused(path: Path) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        read_plan_file(path)
    assert err.value.vi and err.value.en and err.value.vi != err.value.en
    return err.value


def text_pdf(path: Path, pages: int = 1, *, encrypt: str | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    for i in range(pages):
        c.drawString(72, 760, f"I. PHAN {i + 1} of a long plan with enough text on the page")
        c.drawString(72, 740, "1. Muc mot va noi dung cua no, du dai de co lop chu")
        c.showPage()
    c.save()
    return path


def test_empty_file(tmp_path: Path) -> None:
    for suffix in (".txt", ".docx", ".pdf", ".md"):
        f = tmp_path / f"empty{suffix}"
        f.write_bytes(b"")
        assert "trống" in refused(f).vi


def test_pdf_named_docx_and_docx_named_pdf(tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "real.pdf")
    fake = tmp_path / "ke-hoach.docx"
    fake.write_bytes(pdf.read_bytes())
    err = refused(fake)
    assert "PDF" in err.vi and "PDF" in err.en
    import docx

    d = docx.Document()
    d.add_paragraph("I. MỤC ĐÍCH")
    real_docx = tmp_path / "real.docx"
    d.save(str(real_docx))
    fake_pdf = tmp_path / "ke-hoach.pdf"
    fake_pdf.write_bytes(real_docx.read_bytes())
    assert ".docx" in refused(fake_pdf).en
    text_as_docx = tmp_path / "note.docx"
    text_as_docx.write_text(PLAN_TEXT, encoding="utf-8")
    assert "text file" in refused(text_as_docx).en


def test_old_doc_and_other_zips_and_binary_text(tmp_path: Path) -> None:
    doc = tmp_path / "cu.docx"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    assert ".doc" in refused(doc).en
    xlsx = tmp_path / "bang.docx"
    with zipfile.ZipFile(xlsx, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert "not a Word" in refused(xlsx).en
    binary = tmp_path / "anh.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert "binary" in refused(binary).en
    unknown = tmp_path / "plan.odt"
    unknown.write_bytes(b"PK\x03\x04")
    assert ".odt" in refused(unknown).en


def test_damaged_docx_and_pdf(tmp_path: Path) -> None:
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert "damaged" in refused(broken).en
    bad_xml = tmp_path / "xml.docx"
    with zipfile.ZipFile(bad_xml, "w") as z:
        z.writestr("word/document.xml", "<w:document><unclosed>")
    assert "damaged" in refused(bad_xml).en
    pdf = tmp_path / "hong.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"garbage " * 500)
    err = refused(pdf)
    assert "damaged" in err.en or "no text layer" in err.en


def test_zip_bomb_named_docx(tmp_path: Path) -> None:
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b" " * (40 * 1024 * 1024) + b"/>")
    assert bomb.stat().st_size < 200_000
    err = refused(bomb)
    assert "malicious" in err.en and "độc hại" in err.vi


def test_encrypted_pdf(tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "khoa.pdf", encrypt="mat-khau")
    err = refused(pdf)
    assert "password" in err.en and "mật khẩu" in err.vi


def test_image_only_pdf(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        for y in range(100, 800, 12):   # a scan: lines of ink, no text layer
            c.rect(72, y, 450, 6, fill=1)
        c.showPage()
    c.save()
    err = refused(path)
    assert "no text layer" in err.en and "OCR" in err.vi


def test_300_page_pdf_is_refused_quickly(tmp_path: Path) -> None:
    pdf = text_pdf(tmp_path / "dai.pdf", pages=300)
    err = refused(pdf)
    assert "300" in err.en and "too long" in err.en


def test_no_recognisable_structure(tmp_path: Path) -> None:
    letter = tmp_path / "thu.txt"
    letter.write_text("Kính gửi anh chị,\nXin gửi lời chào.\nTrân trọng.\n", encoding="utf-8")
    assert "structure" in refused(letter).en
    import docx

    d = docx.Document()
    d.add_paragraph("Một văn bản không có đề mục.")
    f = tmp_path / "khong.docx"
    d.save(str(f))
    assert "structure" in refused(f).en


def test_missing_file_and_bad_year(tmp_path: Path) -> None:
    assert "not found" in refused(tmp_path / "khong-co.docx").en
    f = tmp_path / "plan.txt"
    f.write_text(PLAN_TEXT, encoding="utf-8")
    with pytest.raises(ValidationError):
        read_plan_file(f, year=3000)
    assert read_plan_file(f, year=2027).plan.year == 2027


def test_huge_text_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "lon.txt"
    f.write_bytes((PLAN_TEXT * 200_000).encode("utf-8")[: 70 * 1024 * 1024])
    assert "too large" in refused(f).en


def test_text_with_specials_survives(tmp_path: Path) -> None:
    f = tmp_path / "dac-biet.txt"
    f.write_bytes(("\ufeff" + PLAN_TEXT + "Chi phí < 5 triệu & thu = chi + 1 - 2\n").encode("utf-8"))
    plan = read_plan_file(f).plan
    assert plan.sections[-1].children[-1].text == "Chi phí < 5 triệu & thu = chi + 1 - 2"


def test_utf16_and_windows_1258_text(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(PLAN_TEXT.encode("utf-16"))
    assert read_plan_file(f).plan.sections[0].title == "MỤC ĐÍCH"
    g = tmp_path / "cp.txt"
    # Windows-1258 writes Vietnamese with combining tone marks.
    out = []
    for ch in PLAN_TEXT:   # â ê ô ă ơ ư are letters of the code page; tone marks combine
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", parts[0] + "".join(c for c in parts[1:] if c in "\u0302\u0306\u031b"))
        out.append(base + "".join(c for c in parts[1:] if c not in "\u0302\u0306\u031b"))
    g.write_bytes("".join(out).encode("cp1258"))
    plan = read_plan_file(g).plan
    assert [s.title for s in plan.sections] == ["MỤC ĐÍCH", "NỘI DUNG"]
