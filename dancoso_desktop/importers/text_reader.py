"""Plain text and Markdown: decoding, Markdown marks, hard-wrapped lines, page artefacts.

Text pasted from an email or extracted from a PDF is hard-wrapped: every printed line is a
line of its own, page numbers and footnote blocks sit in the middle of the body. Text saved
from Word has one paragraph per line. Both are turned into paragraphs here.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import clean_line
from dancoso_desktop.importers.legacy import convert_legacy, detect_legacy, repair_lookalikes
from dancoso_desktop.importers.model import Block, Note, SourceDoc
from dancoso_desktop.importers.outline import is_dash_item, read_label
from dancoso_desktop.importers.tables import task_rows

MAX_TEXT_BYTES = 8 * 1024 * 1024
PAGE_BREAK = "\f"        # kept as a line of its own until the footnotes are taken out

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_MD_STRAY = re.compile(r"(?<!\*)\*{2,3}(?!\*)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*$", re.I)
_FOOTNOTE_START = re.compile(r"^(\d{1,2})\s+(\S.*)$")
_ENDS_SENTENCE = re.compile(r"[.:;!?…]['\"”’)]*$|\./\.$")
_STRUCTURAL = re.compile(r"^(?:Nơi nhận|NƠI NHẬN|TM\.|T/M|KT\.|Q\. |CHỦ TỊCH|PHÓ CHỦ TỊCH|KẾ HOẠCH|Số\s*:)")


def decode_bytes(raw: bytes, name: str) -> tuple[str, list[Note]]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16, else legacy 8-bit encodings."""
    notes: list[Note] = []
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(
            f"Tệp “{name}” không phải là tệp văn bản (có dữ liệu nhị phân).",
            f"“{name}” is not a text file (it holds binary data).")
    for enc in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return raw.decode(enc), notes
        except UnicodeDecodeError:
            continue
    # An 8-bit file: TCVN3 and VNI fonts drew over Latin-1 code points; else Windows-1258.
    text = raw.decode("latin-1")
    if detect_legacy(text) is None:
        text = raw.decode("cp1258", errors="replace")
        notes.append(Note("Tệp không ở mã UTF-8; đã đọc theo bảng mã Windows-1258.",
                          "The file is not UTF-8; it was read as Windows-1258."))
    return text, notes


def fix_encoding(text: str, notes: list[Note]) -> str:
    legacy = detect_legacy(text)
    if legacy:
        text = convert_legacy(text, legacy)
        name = "TCVN3 (ABC)" if legacy == "tcvn3" else "VNI"
        notes.append(Note(f"Văn bản gõ theo bảng mã cũ {name}; đã chuyển sang Unicode.",
                          f"The text was typed in the legacy {name} encoding; converted to Unicode."))
    text, changed = repair_lookalikes(text)
    if changed:
        notes.append(Note("Đã sửa các ký tự bị giải mã sai (ví dụ “Kӂ HOҤCH” → “KẾ HOẠCH”).",
                          "Mis-decoded look-alike characters were repaired (e.g. “Kӂ HOҤCH” → “KẾ HOẠCH”)."))
    return text


def strip_markdown(line: str) -> tuple[str, int, bool]:
    """The line without Markdown marks, its '#' level and whether it was all bold."""
    level = 0
    m = _MD_HEADING.match(line)
    if m:
        level = len(m.group(1))
        line = line[m.end():]
    stripped = line.strip()
    bold = stripped.startswith(("**", "__")) and stripped.rstrip(":").endswith(("**", "__"))
    line = _MD_EMPHASIS.sub(r"\2", line)
    line = _MD_STRAY.sub("", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    line = re.sub(r"^\s*>\s?", "", line)
    line = re.sub(r"^\s*[*+]\s+", "- ", line)
    return line, level, bold


def _is_separator(raw: str) -> bool:
    """A footnote rule as text extraction leaves it: a long run of spaces or underscores."""
    return len(raw) >= 12 and (not raw.strip() or set(raw.strip()) <= set("_-–—"))


def _cites(body: list[str], n: int) -> bool:
    """Whether the text so far carries footnote mark n glued to a word ("cơ sở1,")."""
    # Some extractions put a space before the mark ("thôn 2 và"): accepted here, where it only
    # confirms a footnote at the foot of the page, not to place the mark.
    pattern = re.compile(rf"[^\W\d_](?:{n}(?=[\s,.;:)”\"]|$)| {n} (?=[^\W\d_]))")
    return any(pattern.search(line) for line in body[-400:])


def split_footnotes(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """Take out footnote blocks: after a rule, or — where the rule was lost — a line "n …" at
    the foot of a page whose n the text cites; up to where the next page's text resumes."""
    body: list[str] = []
    notes: dict[int, str] = {}
    i = 0
    current: int | None = None
    while i < len(lines):
        raw = lines[i]
        if raw == PAGE_BREAK:
            i += 1
            continue
        start = None
        if _is_separator(raw):
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _FOOTNOTE_START.match(lines[j].strip()):
                start = j
        else:
            m = _FOOTNOTE_START.match(raw.strip())
            ahead = lines[i:i + 60]
            if m and int(m.group(1)) == (current or 0) + 1 and PAGE_BREAK in ahead and _cites(body, int(m.group(1))):
                start = i
        if start is not None:
            i = start
            while i < len(lines):
                raw = lines[i]
                text = raw.strip()
                if raw == PAGE_BREAK:
                    break
                if not text:
                    i += 1
                    continue
                # pdftotext starts each page's text with a space: the body resumes there.
                if raw.startswith(" ") and not raw.startswith("  ") and current is not None and i > start:
                    break
                if _is_separator(raw):
                    break
                m = _FOOTNOTE_START.match(text)
                if m and int(m.group(1)) == (current or 0) + 1:
                    current = int(m.group(1))
                    notes[current] = m.group(2)
                elif current is not None and (read_label(text) is None or i == start):
                    notes[current] += " " + text
                else:
                    break
                i += 1
            continue
        body.append(raw)
        i += 1
    return body, notes


def _wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: lines of similar, modest length that often run on in lower case."""
    texts = [ln.strip() for ln in lines if ln.strip()]
    if len(texts) < 8:
        return False
    lengths = sorted(len(t) for t in texts)
    p80 = lengths[int(len(lengths) * 0.8)]
    runs_on = sum(1 for a, b in itertools.pairwise(texts)
                  if b[:1].islower() and not _ENDS_SENTENCE.search(a))
    return p80 <= 130 and runs_on >= 0.15 * len(texts)


def reflow(lines: list[tuple[str, int, bool]], wrapped: bool) -> list[Block]:
    """Join lines into paragraphs. Each item: (text, markdown level, bold)."""
    blocks: list[Block] = []
    width = 0
    if wrapped:
        lengths = [len(t) for t, _, _ in lines if t]
        width = int(statistics.quantiles(lengths, n=10)[7]) if len(lengths) >= 10 else max(lengths, default=0)
    prev_len = 0
    for text, level, bold in lines:
        if not text:
            continue
        starts_new = (
            not blocks
            or level > 0
            or read_label(text) is not None
            or is_dash_item(text)
            or bool(_STRUCTURAL.match(text))
        )
        if not starts_new:
            prev = blocks[-1].text
            lower = text[:1].islower() or text[:1] in ",;)"
            if wrapped:
                # A numbered heading line that stops well short of the margin ends the heading.
                label = read_label(prev)
                limit = 0.86 if label is not None and label.kind != "letter" else 0.72
                ended = bool(_ENDS_SENTENCE.search(prev)) or prev_len < limit * width
                starts_new = ended and not lower
            else:
                starts_new = not lower
        if starts_new:
            blocks.append(Block(text, heading=level, bold=bold))
        else:
            blocks[-1].text = join_lines(blocks[-1].text, text)
            blocks[-1].bold = blocks[-1].bold and bold
        prev_len = len(text)
    return blocks


_BARE_LABEL = re.compile(r"^(?:[IVXLC]{1,7}|\d{1,2}(?:\.\d{1,2}){0,3})[.)/]?$|^[a-zđ][).]$")


def merge_bare_labels(blocks: list[Block]) -> list[Block]:
    """A number on a line of its own ("I." then "MỤC ĐÍCH"): Word's list numbers, set off by a
    tab, come out of a PDF that way. The number belongs to the paragraph after it."""
    out: list[Block] = []
    pending: Block | None = None
    for b in blocks:
        if pending is not None:
            b.text = f"{pending.text} {b.text}"
            b.right = b.right and pending.right
            pending = None
        if _BARE_LABEL.match(b.text.strip()) and not b.label:
            pending = b
            continue
        out.append(b)
    if pending is not None:
        out.append(pending)
    return out


def join_lines(before: str, after: str) -> str:
    """'593-' + 'QĐ/TU' is one word broken at its hyphen; 'kinh tế -' + 'xã hội' keeps its space."""
    if re.search(r"\w-$", before) and after[:1].isalnum():
        return before + after
    return f"{before} {after}"


_COLUMN_HINT = re.compile(r"^(?:Số\s*:|CỘNG\s+H|Độc\s+lập|ỦY BAN|UỶ BAN|UBND|TM\.|T/M|KT\.|Q\.|Nơi nhận|CHỦ TỊCH|PHÓ CHỦ TỊCH|-\s)"
                          r"|,\s*ngày\b")


def _columns(line: str) -> list[str]:
    """A header or signature line laid out in two columns ("Số: 05/KH-UBND      An Bình, ngày …")."""
    parts = [p for p in re.split(r"(?<=\S)\s{4,}(?=\S)", line)]
    if len(parts) > 1 and all(len(p.strip()) < 90 for p in parts) and (
            any(_COLUMN_HINT.search(p.strip()) for p in parts)):
        return parts
    return [line]


def _with_tables(items: list[tuple[str, int, bool]], wrapped: bool, notes: list[Note]) -> list[Block]:
    """Reflow the text; Markdown pipe tables ("| 1 | Nội dung | Phòng … |") are read as tables."""
    blocks: list[Block] = []
    segment: list[tuple[str, int, bool]] = []
    table: list[list[str]] = []
    count = 0

    def flush_table() -> None:
        nonlocal count
        if not table:
            return
        count += 1
        rows = [r for r in table if not all(re.fullmatch(r":?-{2,}:?", c.strip()) for c in r if c.strip())]
        tasks = task_rows(rows, count)
        if tasks is not None:
            blocks.extend(tasks)
            notes.append(Note(f"Bảng nhiệm vụ {len(rows) - 1} dòng đã được đọc thành các mục (kèm cơ quan, thời gian).",
                              f"A task table of {len(rows) - 1} rows was read as sections (with units and time)."))
        else:
            blocks.extend(Block(" | ".join(c for c in r if c.strip())) for r in rows if any(c.strip() for c in r))
        table.clear()

    for item in items:
        text = item[0]
        if text.startswith("|") and text.endswith("|") and text.count("|") >= 3:
            if segment:
                blocks.extend(reflow(segment, wrapped))
                segment = []
            table.append([c.strip() for c in text.strip("|").split("|")])
            continue
        flush_table()
        segment.append(item)
    flush_table()
    if segment:
        blocks.extend(reflow(segment, wrapped))
    return merge_bare_labels(blocks)


def drop_page_artefacts(lines: list[str]) -> list[str]:
    """Page numbers on a line of their own, and running headers repeated on every page."""
    counts = Counter(ln.strip() for ln in lines if ln.strip())
    out = []
    for ln in lines:
        t = ln.strip()
        if t and _PAGE_NUMBER.match(t):
            continue
        if t and counts[t] >= 4 and len(t) < 80 and read_label(t) is None and not t.startswith("-"):
            continue
        out.append(ln)
    return out


def read_text(raw: bytes, name: str, *, markdown: bool) -> SourceDoc:
    if len(raw) > MAX_TEXT_BYTES:
        raise ValidationError(
            f"Tệp “{name}” quá lớn ({len(raw) // 1024 // 1024} MB) để là một kế hoạch.",
            f"“{name}” is too large ({len(raw) // 1024 // 1024} MB) to be a plan.")
    text, notes = decode_bytes(raw, name)
    text = fix_encoding(text, notes)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", f"\n{PAGE_BREAK}\n")
    lines = drop_page_artefacts(text.split("\n"))
    lines, footnotes = split_footnotes(lines)
    items = []
    lines = [part for ln in lines for part in _columns(ln)]
    for ln in lines:
        if markdown:
            t, level, bold = strip_markdown(ln)
        else:
            t, level, bold = ln, 0, False
        items.append((clean_line(t), level, bold))
    wrapped = _wrapped([t for t, _, _ in items])
    blocks = _with_tables(items, wrapped, notes)
    footnotes = {n: clean_line(t) for n, t in footnotes.items()}
    return SourceDoc(blocks, footnotes, notes, kind="markdown" if markdown else "text")
