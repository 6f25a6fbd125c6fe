"""PDF files through their text layer (pypdf): lines rebuilt from positioned text, joined
back into paragraphs, running headers and page numbers removed, footnotes at the foot of a
page separated from the body and tied to the superscript digits that cite them.

There is no OCR: a scanned PDF without a text layer is refused with a message saying so.
"""

from __future__ import annotations

import contextlib
import logging
import re
import statistics
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import clean_line
from dancoso_desktop.importers.model import SUPERSCRIPT, Block, Note, SourceDoc
from dancoso_desktop.importers.outline import is_dash_item, read_label
from dancoso_desktop.importers.text_reader import fix_encoding, join_lines, merge_bare_labels

log = logging.getLogger(__name__)

MAX_PAGES = 200
_FONT_LOCK = threading.Lock()
_ENDS = re.compile(r"[.:;!?…]['\"”’)]*$")
_PAGE_NO = re.compile(r"^[-–—\s]*(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*$", re.I)
_STRUCTURAL = re.compile(r"^(?:Nơi nhận|NƠI NHẬN|TM\.|T/M|KT\.|Q\. |KẾ HOẠCH|Số\s*:)")


@dataclass
class _Frag:
    text: str
    x: float
    y: float
    size: float
    order: int = 0     # drawing order: text drawn with a rise keeps its place in the line


@dataclass
class _Line:
    x: float
    y: float
    size: float
    end: float
    text: str = ""
    page: int = 0
    parts: list[_Frag] = field(default_factory=list)
    segments: list[tuple[float, str]] = field(default_factory=list)


def _fragments(page: object) -> list[_Frag]:
    frags: list[_Frag] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        for k, piece in enumerate(text.split("\n")):
            if piece.strip():
                frags.append(_Frag(piece, x, y - k * size * scale * 1.2, size * scale, len(frags)))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return frags


def _width(f: _Frag) -> float:
    return len(f.text) * f.size * 0.48


def _lines(frags: list[_Frag], page_no: int, page_w: float = 595.0, main: float | None = None) -> list[_Line]:
    """Group fragments by baseline; a superscript digit joins the line it sits on."""
    # Where a right-hand column starts (signature block, motto): several lines begin there.
    starts = Counter(round(f.x) for f in frags if f.x >= 0.4 * page_w)
    columns = {x for x, n in starts.items() if n >= 2}
    body = [f for f in frags if not (f.text.strip().isdigit() and f.size < 0.0)]
    if main is None:
        main = statistics.median([f.size for f in body if len(f.text) > 3] or [12.0])
    rows: list[_Line] = []

    def is_small_digit(f: _Frag) -> bool:
        return f.text.strip().isdigit() and len(f.text.strip()) <= 2 and f.size < 0.88 * main

    # Full-size text first; superscript digits then join the line they are raised above.
    ordered = sorted((f for f in body if not is_small_digit(f)), key=lambda f: (-round(f.y, 0), f.x))
    for f in ordered:
        target = None
        for row in rows[-4:]:
            if abs(f.y - row.y) <= 0.3 * max(row.size, f.size):
                target = row
                break
        if target is None:
            target = _Line(f.x, f.y, f.size, f.x + _width(f), page=page_no)
            rows.append(target)
        target.parts.append(f)
    for f in (f for f in body if is_small_digit(f)):
        near = [r for r in rows if -1.0 <= f.y - r.y <= 0.8 * r.size and r.size >= 0.8 * main
                and r.x - 2 <= f.x]
        lead = [r for r in rows if abs(f.y - r.y) <= 1.5 and abs(r.x - f.x) <= 2 and r.size < 0.8 * main]
        if near:
            min(near, key=lambda r: f.y - r.y).parts.append(f)
        elif lead:
            # A footnote's own number, drawn raised at the start of its small-type line.
            lead[0].parts.append(_Frag(f.text.strip() + " ", f.x - 0.01, lead[0].y, lead[0].size, -1))
        else:
            rows.append(_Line(f.x, f.y, f.size, f.x + _width(f), page=page_no, parts=[f]))
    rows.sort(key=lambda r: -r.y)
    for row in rows:
        # Renderers that draw a line in one go give every piece the line's start: keep their order.
        row.parts.sort(key=lambda f: (round(f.x), f.order))
        texts: list[str] = []
        segs: list[tuple[float, str]] = []
        prev_end = None
        seg_x = row.parts[0].x
        row.x = seg_x
        for f in row.parts:
            t = f.text
            if f.text.strip().isdigit() and f.size < 0.88 * row.size and texts:
                texts.append(t.strip().translate(SUPERSCRIPT))
                continue
            at_column = any(abs(round(f.x) - c) <= 1 for c in columns) and f.x - seg_x > 0.3 * page_w
            if prev_end is not None and (f.x - prev_end > 3 * row.size or at_column):
                segs.append((seg_x, "".join(texts)))
                texts = []
                seg_x = f.x
            elif texts and not texts[-1].endswith(" ") and not t.startswith(" ") and f.x - (prev_end or f.x) > 0.15 * row.size:
                texts.append(" ")
            texts.append(t)
            prev_end = f.x + _width(f)
        row.end = prev_end or row.x
        row.segments = [*segs, (seg_x, "".join(texts))]
        row.text = " ".join(t for _, t in row.segments)
        row.size = max((f.size for f in row.parts if not f.text.strip().isdigit() or len(f.text) > 3), default=row.size)
    return rows


@contextlib.contextmanager
def _shared_fonts() -> Iterator[None]:
    """Parse each font once per file, not once per page.

    pypdf rebuilds every font (its ToUnicode map included) on every page, which is a third of
    the time on a 50-page plan whose pages all share the same four fonts. The font objects are
    cached by identity (pypdf hands back the same resolved dictionary for a shared font) for
    the length of one read; if pypdf's internals differ, it runs as it is.
    """
    try:
        from pypdf.generic._font import Font
    except ImportError:
        yield
        return
    original = Font.__dict__.get("from_font_resource")
    func = getattr(original, "__func__", None)
    if func is None:
        yield
        return
    cache: dict[int, tuple[object, object]] = {}

    def cached(cls: type, font_dict: object) -> object:
        hit = cache.get(id(font_dict))
        if hit is None or hit[0] is not font_dict:
            hit = (font_dict, func(cls, font_dict))
            cache[id(font_dict)] = hit
        return hit[1]

    with _FONT_LOCK:
        Font.from_font_resource = classmethod(cached)  # type: ignore[method-assign, assignment]
        try:
            yield
        finally:
            Font.from_font_resource = original  # type: ignore[method-assign, assignment]


def _damaged(name: str) -> ValidationError:
    return ValidationError(f"Tệp PDF “{name}” bị hỏng, không đọc được.",
                           f"The PDF “{name}” is damaged and cannot be read.")


def _raised_in_pypdf(exc: BaseException) -> bool:
    """Whether the innermost Python frame of the traceback is pypdf's own code."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last, tb = tb, tb.tb_next
    return last is not None and "pypdf" in Path(last.tb_frame.f_code.co_filename).parts


def _library_failure(exc: BaseException, name: str) -> ValidationError:
    """A damaged file makes pypdf raise its own errors, or plain ValueError/KeyError/… from
    inside pypdf: that is "the PDF is damaged". The same errors raised by our code are bugs:
    their traceback goes to the log before the officer sees a message."""
    from pypdf.errors import PyPdfError

    if isinstance(exc, (PyPdfError, OSError)) or _raised_in_pypdf(exc):
        return _damaged(name)
    log.error("Unexpected error while reading the PDF %s", name, exc_info=exc)
    return ValidationError(
        f"Lỗi không lường trước khi đọc tệp PDF “{name}”; chi tiết đã ghi vào nhật ký của chương trình.",
        f"Unexpected error while reading the PDF “{name}”; the details were written to the program's log.")


# What pypdf raises on a damaged file (besides its own PyPdfError); anything else propagates.
_PDF_ERRORS = (ValueError, KeyError, TypeError, IndexError, AttributeError, ZeroDivisionError,
               RecursionError, OSError)


def read_pdf(path: Path) -> SourceDoc:
    with _shared_fonts():
        return _read_pdf(path)


def _read_pdf(path: Path) -> SourceDoc:
    import pypdf
    from pypdf.errors import DependencyError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    name = path.name
    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok = bool(reader.decrypt(""))   # an owner password alone still lets us read
            except (DependencyError, NotImplementedError):  # no crypto backend for this cipher
                ok = False
            if not ok:
                raise ValidationError(
                    f"Tệp PDF “{name}” được khóa bằng mật khẩu; hãy mở khóa rồi nhập lại.",
                    f"The PDF “{name}” is password-protected; unlock it and import again.")
        n_pages = len(reader.pages)
    except (PyPdfError, *_PDF_ERRORS) as exc:
        raise _library_failure(exc, name) from exc
    if n_pages == 0:
        raise ValidationError(f"Tệp PDF “{name}” không có trang nào.", f"The PDF “{name}” has no pages.")
    if n_pages > MAX_PAGES:
        raise ValidationError(
            f"Tệp PDF “{name}” có {n_pages} trang — quá dài để là một kế hoạch (tối đa {MAX_PAGES} trang).",
            f"The PDF “{name}” has {n_pages} pages — too long to be a plan (at most {MAX_PAGES}).")
    pages: list[list[_Line]] = []
    widths: list[float] = []
    try:
        frags = []
        for page in reader.pages:
            widths.append(float(page.mediabox.width))
            frags.append(_fragments(page))
        # The body's type size, over the whole document: a page full of footnotes has more
        # small type than body text.
        sizes = Counter(round(f.size) for fs in frags for f in fs if len(f.text) > 3)
        main = float(sizes.most_common(1)[0][0]) if sizes else 12.0
        for i, fs in enumerate(frags):
            pages.append(_lines(fs, i, widths[i], main))
    except (PyPdfError, *_PDF_ERRORS) as exc:
        raise _library_failure(exc, name) from exc
    chars = sum(len(ln.text.strip()) for p in pages for ln in p)
    # A page of a plan carries ~2,000 characters; a scan carries none, or only a stamp's few.
    if chars < 100 * n_pages:
        raise ValidationError(
            f"Tệp PDF “{name}” không có lớp chữ (có thể là bản quét/ảnh); chương trình không nhận dạng chữ từ ảnh (OCR). "
            "Hãy dùng tệp Word hoặc PDF xuất từ Word.",
            f"The PDF “{name}” has no text layer (it may be a scan or images); there is no OCR. "
            "Use the Word file or a PDF saved from Word.")
    return _assemble(pages, widths, n_pages)


def _assemble(pages: list[list[_Line]], widths: list[float], n_pages: int) -> SourceDoc:
    notes: list[Note] = []
    all_lines = [ln for p in pages for ln in p]
    main = statistics.median([ln.size for ln in all_lines if len(ln.text) > 20] or [12.0])
    # A running header or footer repeats at the same height on many pages; body text that
    # happens to repeat ("Thường xuyên trong năm 2026.") sits at different heights.
    repeated = Counter((ln.text.strip(), round(ln.y / 4)) for ln in all_lines)
    body_x = [ln.x for ln in all_lines if ln.size >= 0.85 * main and len(ln.text) > 30 and len(ln.segments) == 1]
    margin = min(body_x, default=min((ln.x for ln in all_lines), default=0))
    footnotes: dict[int, str] = {}
    body: list[_Line] = []
    for lines in pages:
        if not lines:
            continue
        top = max(ln.y for ln in lines)
        bottom = min(ln.y for ln in lines)
        kept = []
        for ln in lines:
            t = ln.text.strip()
            edge = ln.y >= top - 2 or ln.y <= bottom + 2
            if edge and (_PAGE_NO.match(t) or (n_pages >= 3 and repeated[(t, round(ln.y / 4))] >= max(3, n_pages // 2) and len(t) < 90)):
                continue
            kept.append(ln)
        # Footnotes: the run of small-type lines at the foot of the page.
        k = len(kept)
        while k > 0 and kept[k - 1].size < 0.87 * main:
            k -= 1
        foot = kept[k:]
        merged: list[_Line] = []
        for ln in foot:   # a footnote's raised number may come as a line of its own
            if merged and re.fullmatch(r"[⁰¹²³⁴⁵⁶⁷⁸⁹\d]{1,2}", merged[-1].text.strip()):
                ln.text = merged[-1].text.strip() + " " + ln.text
                merged[-1] = ln
            else:
                merged.append(ln)
        foot = merged
        if foot and re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹\d]+\s*\S", foot[0].text.strip()):
            current = max(footnotes, default=None)
            for ln in foot:
                t = ln.text.strip()
                m = re.match(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2})\s*(\S.*)$", t)
                num = int(m.group(1).translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))) if m else None
                if m and num is not None and num == (current or 0) + 1:
                    current = num
                    footnotes[num] = m.group(2)
                elif current is not None:
                    footnotes[current] += " " + t
            kept = kept[:k]
        body.extend(kept)
    blocks = merge_bare_labels(_paragraphs(body, margin, main, widths))
    for b in blocks:
        b.text = fix_encoding(b.text, notes)
    notes = list(dict.fromkeys(notes))
    return SourceDoc(blocks, {n: clean_line(fix_encoding(t, [])) for n, t in footnotes.items()},
                     notes, kind="pdf", pages=n_pages)


def _paragraphs(lines: list[_Line], margin: float, main: float, widths: list[float]) -> list[Block]:
    """Join lines into paragraphs: a first-line indent, a wider gap, a number or a dash
    starts one; where the document has no indents, a short line ending a sentence ends one."""
    blocks: list[Block] = []
    body = [ln for ln in lines if ln.size >= 0.85 * main and len(ln.segments) == 1]
    indented = sum(1 for ln in body if ln.x > margin + 0.5 * main)
    uses_indent = indented >= 0.05 * max(len(body), 1)
    full = statistics.quantiles([ln.end for ln in body], n=10)[7] if len(body) >= 10 else margin + 400
    prev: _Line | None = None
    for ln in lines:
        page_w = widths[ln.page] if ln.page < len(widths) else 595
        centered = ln.x > margin + 40 and abs((ln.x + ln.end) / 2 - page_w / 2) < 60 and len(ln.segments) == 1
        for si, (x, seg) in enumerate(ln.segments):
            text = clean_line(seg)
            if not text:
                continue
            right = si > 0 or (x > page_w * 0.45 and not centered)
            new = (
                prev is None or len(ln.segments) > 1 or right or centered
                or (prev.page == ln.page and prev.y - ln.y > 1.9 * ln.size)
                or (uses_indent and x > margin + 0.5 * main)
                or read_label(text) is not None or is_dash_item(text) or bool(_STRUCTURAL.match(text))
            )
            if not new and blocks:
                short = prev is not None and (prev.end - margin) < 0.6 * (full - margin)
                if blocks[-1].right or blocks[-1].centered:
                    new = True
                elif read_label(blocks[-1].text) is not None and short and not text[:1].islower():
                    new = True   # a heading that stops short of the margin has ended
                elif not uses_indent:
                    ended = bool(_ENDS.search(blocks[-1].text)) and prev is not None and prev.end < full - 2 * main
                    new = ended and not text[:1].islower()
            if new or not blocks:
                blocks.append(Block(text, centered=centered, right=right, page=ln.page))
            else:
                blocks[-1].text = join_lines(blocks[-1].text, text)
        prev = ln
    return blocks
