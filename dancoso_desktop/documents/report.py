"""What a renderer reports back, and the text helpers every renderer shares."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dancoso_desktop.documents.model import Document, Heading, ListItem, Paragraph, Run, Table
from dancoso_desktop.domain.text import clean_text

_TRAILING = re.compile(r"[\s;.,:]+$")


@dataclass
class RenderReport:
    """The written file, its page count (PDF; 0 when unknown) and the characters the font lacks.

    ``missing`` maps each character the document font cannot draw to its Unicode name
    ("GRINNING FACE"); the document is still produced, the character shows as an empty box.
    """

    target: Path
    pages: int = 0
    missing: dict[str, str] = field(default_factory=dict)
    font_source: str = ""

    @property
    def missing_names(self) -> list[str]:
        return list(self.missing.values())

    def warning(self, lang: str = "vi") -> str:
        """A sentence for the officer about missing characters, or '' when there are none."""
        if not self.missing:
            return ""
        names = ", ".join(f"{ch} ({name})" for ch, name in self.missing.items())
        if lang == "en":
            return f"The font has no glyph for these characters; they print as empty boxes: {names}."
        return f"Phông chữ không có các ký tự sau, chúng sẽ in thành ô trống: {names}."


def clean(text: str | None) -> str:
    """Document text: NFC, no control characters (newlines kept)."""
    return clean_text(text or "")


def run_texts(runs: list[Run]) -> list[str]:
    """The cleaned text of each run of one paragraph, spaces between runs kept.

    ``clean`` trims, which is right for a whole paragraph but drops the space after a footnote
    mark ("thôn²" + " và" printed "thôn²và", issue 3). Here only the paragraph's own ends are
    trimmed; a space at a run's edge stays (one space, never doubled across two runs).
    """
    texts = []
    prev_space = True    # the paragraph's start: no leading space
    for run in runs:
        raw = run.text or ""
        core = clean(raw)
        if not core:
            # A run of only spaces still separates its neighbours.
            space = bool(raw) and raw.isspace() and not prev_space
            texts.append(" " if space else "")
            prev_space = (prev_space or space) and not run.footnote
            continue
        lead = raw[:1].isspace() and not raw[:1] == "\n" and not prev_space
        trail = raw[-1:].isspace() and raw[-1:] != "\n"
        texts.append((" " if lead else "") + core + (" " if trail else ""))
        prev_space = trail and not run.footnote   # a mark ends the run: "thôn ²" + " và" keeps its space
    # The paragraph's end: no trailing space (a mark may follow, but nothing after it).
    for i in range(len(texts) - 1, -1, -1):
        texts[i] = texts[i].rstrip(" ")
        if texts[i] or runs[i].footnote:
            break
    return texts


def iter_text(doc: Document) -> Iterator[str]:
    """Every piece of user text in the document, cleaned as renderers print it."""
    for text in _raw_text(doc):
        yield clean(text)


def _raw_text(doc: Document) -> Iterator[str]:
    yield from (doc.issuing_body, doc.parent_body, doc.type_name, doc.summary, doc.number, doc.place)
    yield from doc.legal_bases
    for p in doc.intro:
        yield from (r.text for r in p.runs)
    for block in doc.body:
        if isinstance(block, Paragraph):
            yield from (r.text for r in block.runs)
        elif isinstance(block, Heading):
            yield block.number
            yield block.title
        elif isinstance(block, ListItem):
            yield block.text
        elif isinstance(block, Table):
            yield from block.header
            for row in block.rows:
                yield from row
    yield from doc.footnotes
    yield from doc.recipients
    for s in doc.signatures:
        yield from (s.authority, s.title, s.name, s.note)


def legal_basis_lines(bases: list[str]) -> list[str]:
    """Each basis ends with ';' and the last with '.' (NĐ 30/2020 PL I, domain.md §3)."""
    lines = [_TRAILING.sub("", clean(b)) for b in bases if clean(b)]
    return [line + ("." if i == len(lines) - 1 else ";") for i, line in enumerate(lines)]


def recipient_lines(recipients: list[str]) -> list[str]:
    """'- …;' per recipient, the last '- Lưu: VT, ….' (added when missing) (domain.md §3)."""
    lines = [_TRAILING.sub("", clean(r)) for r in recipients if clean(r)]
    if not any(line.lower().startswith("lưu") for line in lines):
        lines.append("Lưu: VT")
    else:   # the file copy always comes last
        lines = [ln for ln in lines if not ln.lower().startswith("lưu")] + \
                [ln for ln in lines if ln.lower().startswith("lưu")]
    return [f"- {line}" + ("." if i == len(lines) - 1 else ";") for i, line in enumerate(lines)]


_SIGNER_BREAK = re.compile(r"\s+/\s+|\n")


def signer_lines(authority: str, title: str) -> list[str]:
    """The capitalised lines above a signature, one per line of the block.

    NĐ 30/2020 PL I sets "KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH" (and "TM. ỦY BAN NHÂN DÂN"
    above "CHỦ TỊCH"); offices often type such a pair in one field as "KT. CHỦ TỊCH / PHÓ CHỦ
    TỊCH", so " / " (spaces around the slash) and a line break both start a new line. A slash
    without spaces ("HĐND/UBND") is part of a name and stays.
    """
    lines: list[str] = []
    for text in (authority, title):
        lines += [part.strip().upper() for part in _SIGNER_BREAK.split(clean(text)) if part.strip()]
    return lines


def place_date_line(doc: Document) -> str:
    """'Bình Lư, ngày 09 tháng 3 năm 2026' (italic line under the Tiêu ngữ)."""
    from dancoso_desktop.domain.text import format_date_line

    place = clean(doc.place)
    line = format_date_line(doc.date)
    if doc.date is None:   # left blank for the hand-written date, the year already known
        line = f"ngày      tháng      năm {doc.year or '     '}"
    return f"{place}, {line}" if place else line[0].upper() + line[1:]
