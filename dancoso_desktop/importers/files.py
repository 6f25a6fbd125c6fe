"""Which reader a file needs, checked against what the file really is (not its name)."""

from __future__ import annotations

from pathlib import Path

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.importers.model import SourceDoc

MAX_FILE_BYTES = 60 * 1024 * 1024
SUFFIXES = (".docx", ".pdf", ".txt", ".md")


def sniff(head: bytes) -> str:
    """What the first bytes say the file is: pdf, zip, ole (old .doc), rtf, text or binary."""
    if head.lstrip(b"\xef\xbb\xbf \r\n\t")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


_WHAT = {
    "pdf": ("một tệp PDF", "a PDF file"),
    "zip": ("một tệp nén (Word .docx hoặc ZIP)", "a zip archive (Word .docx or ZIP)"),
    "ole": ("một tệp Word cũ (.doc)", "an old Word file (.doc)"),
    "rtf": ("một tệp RTF", "an RTF file"),
    "binary": ("dữ liệu nhị phân", "binary data"),
    "text": ("một tệp văn bản", "a text file"),
}


def _mismatch(name: str, suffix: str, actual: str) -> ValidationError:
    vi, en = _WHAT[actual]
    hint_vi = " Hãy mở bằng Word và lưu lại thành .docx." if actual in ("ole", "rtf") else ""
    hint_en = " Open it in Word and save it as .docx." if actual in ("ole", "rtf") else ""
    return ValidationError(
        f"Tệp “{name}” có đuôi {suffix} nhưng thực ra là {vi}; không đọc được.{hint_vi}",
        f"“{name}” is named {suffix} but is really {en}; it cannot be read.{hint_en}")


def read_source(path: Path) -> SourceDoc:
    """Read a .docx, .pdf, .txt or .md file into paragraphs; refuse anything else clearly."""
    suffix = path.suffix.lower()
    name = path.name
    if suffix not in SUFFIXES:
        raise ValidationError(
            f"Không đọc được loại tệp “{suffix or name}”. Chọn tệp .docx, .pdf, .txt, .md hoặc .json.",
            f"Cannot read “{suffix or name}” files. Choose a .docx, .pdf, .txt, .md or .json file.")
    try:
        size = path.stat().st_size
        if size == 0:
            raise ValidationError(f"Tệp “{name}” trống.", f"“{name}” is empty.")
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                f"Tệp “{name}” quá lớn ({size // 1024 // 1024} MB) để là một kế hoạch.",
                f"“{name}” is too large ({size // 1024 // 1024} MB) to be a plan.")
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp “{name}”: {exc.strerror or exc}.",
                              f"Cannot read “{name}”: {exc.strerror or exc}.") from exc
    actual = sniff(head)
    if suffix == ".docx":
        if actual != "zip":
            raise _mismatch(name, suffix, actual)
        from dancoso_desktop.importers.docx_reader import read_docx

        return read_docx(path)
    if suffix == ".pdf":
        if actual != "pdf":
            raise _mismatch(name, suffix, actual)
        from dancoso_desktop.importers.pdf_reader import read_pdf

        return read_pdf(path)
    if actual != "text":
        raise _mismatch(name, suffix, actual)
    from dancoso_desktop.importers.text_reader import read_text

    return read_text(path.read_bytes(), name, markdown=suffix == ".md")
