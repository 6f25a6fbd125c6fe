"""What every reader hands to the recognisers: paragraphs with hints, footnotes, notes."""

from __future__ import annotations

from dataclasses import dataclass, field

from dancoso_desktop.domain.errors import current_language

# Footnote references are kept in the text as superscript digits glued to their word.
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class Note:
    """A warning for the officer, in Vietnamese and English (shown in the preview and CLI)."""

    vi: str
    en: str

    def text(self, lang: str | None = None) -> str:
        return self.en if (lang or current_language()) == "en" else self.vi

    def __str__(self) -> str:
        return self.text()


@dataclass
class Block:
    """One paragraph of the source, in reading order.

    ``label`` is a number Word drew itself (automatic list numbering), already as printed
    ("1.", "a)"); ``heading`` says the author styled it as a heading or marked it ``#``.
    """

    text: str
    label: str = ""
    heading: int = 0          # 0: not styled as a heading; else the style's level (1 = Heading 1)
    bold: bool = False
    centered: bool = False
    right: bool = False       # right-hand column of a header or signature table / PDF half-page
    page: int = 0
    table: int = 0            # rows of a task table (tables.py) carry the table's number


@dataclass
class SourceDoc:
    blocks: list[Block]
    footnotes: dict[int, str] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    kind: str = "text"        # text | markdown | docx | pdf
    pages: int = 0

    def source_text(self) -> str:
        """The text as read, for the preview's left-hand pane."""
        lines = [(b.label + " " if b.label else "") + b.text for b in self.blocks]
        if self.footnotes:
            lines.append("")
            lines.extend(f"[{n}] {t}" for n, t in sorted(self.footnotes.items()))
        return "\n".join(lines)
