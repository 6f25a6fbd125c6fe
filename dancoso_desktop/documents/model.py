"""The neutral document every service builds and every renderer draws (design.md §4).

Adding a document type never touches a renderer; changing the layout never touches a service.
Text here is plain user text (never markup): renderers escape it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Run:
    """A piece of inline text with emphasis; a footnote marker refers to Document.footnotes."""

    text: str
    bold: bool = False
    italic: bool = False
    footnote: int | None = None   # 1-based index into Document.footnotes, drawn as superscript


@dataclass
class Paragraph:
    runs: list[Run]
    align: str = "justify"        # justify | left | center | right
    indent_first: bool = True     # 1–1.27 cm first-line indent of body text (NĐ 30 PL I)

    @staticmethod
    def of(text: str, **kw: object) -> Paragraph:
        return Paragraph([Run(text)], **kw)  # type: ignore[arg-type]


@dataclass
class Heading:
    """A numbered heading: level 1 'I. MỤC ĐÍCH' (caps bold), 2 '1. …' (bold), 3 '1.1. …'
    (bold italic), 4 'a) …' (upright)."""

    level: int
    number: str                   # as printed: "I.", "1.", "1.1.", "a)", "-"
    title: str
    footnote: int | None = None


@dataclass
class ListItem:
    """A dash ("- …") or plus item of a body list."""

    text: str
    marker: str = "-"


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None   # relative column widths
    header_rows: int = 1


@dataclass
class PageBreak:
    pass


Block = Paragraph | Heading | ListItem | Table | PageBreak


@dataclass
class SignatureBlock:
    authority: str = ""           # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"
    title: str = ""               # "CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
    name: str = ""
    note: str = ""                # "(Ký, ghi rõ họ tên)" for minutes


@dataclass
class Document:
    issuing_body: str             # "ỦY BAN NHÂN DÂN XÃ BÌNH LƯ"
    type_name: str                # "KẾ HOẠCH", "BÁO CÁO", "BIÊN BẢN", "DANH MỤC"; empty for công văn
    summary: str                  # trích yếu
    number: str = ""              # "05/KH-UBND"; blank number keeps "Số:      /KH-UBND"
    type_code: str = "KH"
    parent_body: str = ""
    place: str = ""
    date: date | None = None
    legal_bases: list[str] = field(default_factory=list)
    intro: list[Paragraph] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)   # "Nơi nhận:" lines, without "- " and ";"
    signatures: list[SignatureBlock] = field(default_factory=list)  # one on the right; two for minutes
    landscape: bool = False
    title_for_metadata: str = ""
    year: int | None = None       # printed in an undated date line: "ngày    tháng    năm 2026"

    @property
    def number_line(self) -> str:
        """'Số: 05/KH-UBND'; a blank number keeps room to write it in; a register or list that
        is not an issued document (no type code, no number) has no number line at all."""
        if self.number:
            return f"Số: {self.number}"
        return f"Số:      /{self.type_code}-UBND" if self.type_code else ""
