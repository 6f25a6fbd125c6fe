"""Word files: paragraphs and tables in reading order, Word's own list numbers, heading
styles, bold and centring, footnotes, and legacy ".VnTime"/"VNI-Times" text.

The file is a zip: its members are checked (count, sizes, compression ratio) before any XML
is parsed, so a zip bomb named .docx is refused instead of filling the memory.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.numbering import roman
from dancoso_desktop.domain.text import clean_line
from dancoso_desktop.importers.legacy import convert_legacy, font_encoding
from dancoso_desktop.importers.model import SUPERSCRIPT, Block, Note, SourceDoc
from dancoso_desktop.importers.tables import task_rows
from dancoso_desktop.importers.text_reader import fix_encoding

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_MEMBERS = 3000
MAX_MEMBER_BYTES = 120 * 1024 * 1024
MAX_TOTAL_BYTES = 250 * 1024 * 1024
MAX_RATIO = 120          # real Word XML compresses ~5–20×; bombs compress thousands of times
MAX_PARAGRAPHS = 40_000
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _refuse_zip(name: str, why_vi: str, why_en: str) -> ValidationError:
    return ValidationError(f"Không đọc tệp “{name}”: {why_vi}", f"“{name}” was not read: {why_en}")


def check_zip(zf: zipfile.ZipFile, name: str) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse_zip(name, "tệp chứa quá nhiều thành phần.", "it holds too many parts.")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or (
                info.file_size > 2 * 1024 * 1024 and ratio > MAX_RATIO):
            raise _refuse_zip(name, "khi giải nén tệp phình to bất thường (có thể là tệp độc hại).",
                              "it would expand to an abnormal size when unpacked (it may be malicious).")
    if "word/document.xml" not in zf.namelist():
        raise _refuse_zip(name, "đây không phải là tệp Word .docx (có thể là tệp nén hoặc Excel).",
                          "it is not a Word .docx file (it may be a zip or Excel file).")


def _xml(zf: zipfile.ZipFile, member: str) -> etree._Element | None:
    if member not in zf.namelist():
        return None
    try:
        return etree.fromstring(zf.read(member), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ValidationError("Tệp Word bị hỏng (nội dung XML không đọc được).",
                              "The Word file is damaged (its XML cannot be read).") from exc


@dataclass
class _Style:
    name: str = ""
    based_on: str = ""
    num: tuple[str, int] | None = None
    outline: int | None = None
    bold: bool | None = None
    font: str = ""
    center: bool | None = None


@dataclass
class _Ctx:
    styles: dict[str, _Style] = field(default_factory=dict)
    default_font: str = ""
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)   # numId → (abstract, start overrides)
    levels: dict[str, dict[int, tuple[str, str, int]]] = field(default_factory=dict)  # abstract → lvl → fmt, text, start
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    footnotes: dict[str, str] = field(default_factory=dict)
    footnote_numbers: dict[str, int] = field(default_factory=dict)
    legacy_seen: set[str] = field(default_factory=set)
    tables: list[int] = field(default_factory=list)


def _val(el: etree._Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(W + attr)


def _on(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    return _val(el) not in ("0", "false", "off")


def _load_styles(zf: zipfile.ZipFile, ctx: _Ctx) -> None:
    root = _xml(zf, "word/styles.xml")
    if root is None:
        return
    fonts = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    ctx.default_font = (_val(fonts, "ascii") or _val(fonts, "hAnsi") or "") if fonts is not None else ""
    for st in root.iter(f"{W}style"):
        sid = st.get(W + "styleId") or ""
        s = _Style(name=(_val(st.find(f"{W}name")) or "").lower(), based_on=_val(st.find(f"{W}basedOn")) or "")
        ppr = st.find(f"{W}pPr")
        if ppr is not None:
            num = ppr.find(f"{W}numPr")
            if num is not None and _val(num.find(f"{W}numId")):
                s.num = (_val(num.find(f"{W}numId")) or "", int(_val(num.find(f"{W}ilvl")) or 0))
            ol = _val(ppr.find(f"{W}outlineLvl"))
            s.outline = int(ol) if ol and ol.isdigit() else None
            jc = _val(ppr.find(f"{W}jc"))
            s.center = jc == "center" if jc else None
        rpr = st.find(f"{W}rPr")
        if rpr is not None:
            s.bold = _on(rpr.find(f"{W}b"))
            f = rpr.find(f"{W}rFonts")
            s.font = (_val(f, "ascii") or _val(f, "hAnsi") or "") if f is not None else ""
        ctx.styles[sid] = s


def _style_attr(ctx: _Ctx, sid: str, attr: str) -> object:
    seen = 0
    while sid and sid in ctx.styles and seen < 20:
        value = getattr(ctx.styles[sid], attr)
        if value not in (None, ""):
            return value
        sid = ctx.styles[sid].based_on
        seen += 1
    return None


def _load_numbering(zf: zipfile.ZipFile, ctx: _Ctx) -> None:
    root = _xml(zf, "word/numbering.xml")
    if root is None:
        return
    for an in root.iter(f"{W}abstractNum"):
        aid = an.get(W + "abstractNumId") or ""
        lv: dict[int, tuple[str, str, int]] = {}
        for lvl in an.iter(f"{W}lvl"):
            ilvl = int(lvl.get(W + "ilvl") or 0)
            lv[ilvl] = (_val(lvl.find(f"{W}numFmt")) or "decimal", _val(lvl.find(f"{W}lvlText")) or "",
                        int(_val(lvl.find(f"{W}start")) or 1))
        ctx.levels[aid] = lv
    for num in root.iter(f"{W}num"):
        nid = num.get(W + "numId") or ""
        overrides = {}
        for ov in num.iter(f"{W}lvlOverride"):
            so = ov.find(f"{W}startOverride")
            if so is not None:
                overrides[int(ov.get(W + "ilvl") or 0)] = int(_val(so) or 1)
        ctx.nums[nid] = (_val(num.find(f"{W}abstractNumId")) or "", overrides)


def _format(fmt: str, n: int) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        r = roman(max(n, 1))
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt == "bullet":
        return "-"
    if fmt == "none":
        return ""
    return str(n)


def _list_label(ctx: _Ctx, num_id: str, ilvl: int) -> str:
    if num_id not in ctx.nums or num_id == "0":
        return ""
    abstract, overrides = ctx.nums[num_id]
    levels = ctx.levels.get(abstract, {})
    if ilvl not in levels:
        return ""
    counters = ctx.counters.setdefault(num_id, {})
    fmt, text, start = levels[ilvl]
    start = overrides.get(ilvl, start)
    counters[ilvl] = counters.get(ilvl, start - 1) + 1
    for deeper in [k for k in counters if k > ilvl]:
        del counters[deeper]
    if fmt == "bullet":
        return "-"

    def sub(m: re.Match[str]) -> str:
        k = int(m.group(1)) - 1
        lfmt, _, lstart = levels.get(k, ("decimal", "", 1))
        return _format(lfmt, counters.get(k, overrides.get(k, lstart)))
    return re.sub(r"%(\d)", sub, text).strip()


def _load_footnotes(zf: zipfile.ZipFile, ctx: _Ctx) -> None:
    root = _xml(zf, "word/footnotes.xml")
    if root is None:
        return
    for fn in root.iter(f"{W}footnote"):
        if fn.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in fn.iter(f"{W}p"))
        ctx.footnotes[fn.get(W + "id") or ""] = clean_line(text)


def _paragraph(p: etree._Element, ctx: _Ctx, *, right: bool = False) -> Block | None:
    ppr = p.find(f"{W}pPr")
    sid = _val(ppr.find(f"{W}pStyle")) if ppr is not None else None
    sid = sid or ""
    parts: list[str] = []
    bold_chars = chars = 0
    style_font = str(_style_attr(ctx, sid, "font") or ctx.default_font or "")
    style_bold = bool(_style_attr(ctx, sid, "bold"))
    for r in p.iter(f"{W}r"):
        rpr = r.find(f"{W}rPr")
        font = style_font
        bold = style_bold
        if rpr is not None:
            f = rpr.find(f"{W}rFonts")
            if f is not None:
                font = _val(f, "ascii") or _val(f, "hAnsi") or font
            b = _on(rpr.find(f"{W}b"))
            bold = bold if b is None else b
        run_text = []
        for child in r:
            tag = child.tag
            if tag == f"{W}t":
                run_text.append(child.text or "")
            elif tag in (f"{W}tab",):
                run_text.append(" ")
            elif tag in (f"{W}br", f"{W}cr"):
                run_text.append(" ")
            elif tag == f"{W}footnoteReference":
                fid = child.get(W + "id") or ""
                n = ctx.footnote_numbers.setdefault(fid, len(ctx.footnote_numbers) + 1)
                run_text.append("\x01" + str(n) + "\x02")
        text = "".join(run_text)
        enc, caps = font_encoding(font)
        if enc:
            ctx.legacy_seen.add(enc)
            text = convert_legacy(text, enc, upper=caps)
        parts.append(text)
        if text.strip():
            chars += len(text.strip())
            bold_chars += len(text.strip()) if bold else 0
    text = clean_line("".join(parts).replace("\x01", "").replace("\x02", ""))
    marked = "".join(parts)
    if "\x01" in marked:
        marked = re.sub(r"\x01(\d+)\x02", lambda m: m.group(1).translate(SUPERSCRIPT), marked)
        text = clean_line(marked)
    num = None
    if ppr is not None:
        npr = ppr.find(f"{W}numPr")
        if npr is not None and _val(npr.find(f"{W}numId")):
            num = (_val(npr.find(f"{W}numId")) or "", int(_val(npr.find(f"{W}ilvl")) or 0))
    if num is None:
        num = _style_attr(ctx, sid, "num")  # type: ignore[assignment]
    label = _list_label(ctx, num[0], num[1]) if num else ""
    if not text and not label:
        return None
    heading = 0
    name = ctx.styles[sid].name if sid in ctx.styles else ""
    m = re.match(r"heading (\d)", name)
    outline = _style_attr(ctx, sid, "outline")
    if m:
        heading = int(m.group(1))
    elif isinstance(outline, int) and outline < 9:
        heading = outline + 1
    jc = _val(ppr.find(f"{W}jc")) if ppr is not None else None
    centered = jc == "center" if jc else bool(_style_attr(ctx, sid, "center"))
    if label == "-":
        text, label = f"- {text}", ""
    return Block(text, label=label, heading=heading, bold=chars > 0 and bold_chars >= 0.9 * chars,
                 centered=centered, right=right)


_LAYOUT_HINTS = ("số:", "cộng hòa", "cộng hoà", "nơi nhận", "tm.", "kt.", "ủy ban nhân dân", "uỷ ban nhân dân",
                 "độc lập")


def _table(tbl: etree._Element, ctx: _Ctx, out: list[Block], notes: list[Note]) -> None:
    rows = [[tc for tc in tr if tc.tag == f"{W}tc"] for tr in tbl.iter(f"{W}tr")]
    ncols = max((len(r) for r in rows), default=0)
    # Each paragraph is read once: Word's list counters advance as paragraphs are read.
    grid = [[[b for p in tc.iter(f"{W}p") if (b := _paragraph(p, ctx)) is not None] for tc in r] for r in rows]
    cells = [[" ".join((f"{b.label} {b.text}" if b.label else b.text) for b in tc) for tc in r] for r in grid]
    table_id = len(ctx.tables) + 1
    ctx.tables.append(table_id)
    tasks = task_rows(cells, table_id)
    if tasks is not None:
        out.extend(tasks)
        notes.append(Note(f"Bảng nhiệm vụ {len(rows) - 1} dòng đã được đọc thành các mục (kèm cơ quan, thời gian).",
                          f"A task table of {len(rows) - 1} rows was read as sections (with units and time)."))
        return
    text = " ".join(" ".join(row) for row in cells).lower()
    if ncols <= 3 and any(h in text for h in _LAYOUT_HINTS):
        # The header and signature tables: read each column top to bottom, left column first.
        for c in range(ncols):
            for r in grid:
                if c < len(r):
                    for b in r[c]:
                        b.right = c > 0
                        out.append(b)
        return
    lines = 0
    for row in cells:
        line = " | ".join(c for c in row if c)
        if line:
            out.append(Block(line))
            lines += 1
    if lines:
        notes.append(Note(f"Một bảng {lines} dòng được giữ làm nội dung (mỗi hàng một dòng).",
                          f"A table of {lines} rows was kept as body text (one line per row)."))


def read_docx(path: Path) -> SourceDoc:
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValidationError(f"Tệp “{name}” bị hỏng hoặc không phải tệp Word.",
                              f"“{name}” is damaged or not a Word file.") from exc
    with zf:
        check_zip(zf, name)
        ctx = _Ctx()
        _load_styles(zf, ctx)
        _load_numbering(zf, ctx)
        _load_footnotes(zf, ctx)
        root = _xml(zf, "word/document.xml")
    body = root.find(f"{W}body") if root is not None else None
    if body is None:
        raise ValidationError(f"Tệp “{name}” không có nội dung.", f"“{name}” has no content.")
    blocks: list[Block] = []
    notes: list[Note] = []
    for child in body:
        if child.tag == f"{W}p":
            b = _paragraph(child, ctx)
            if b:
                blocks.append(b)
        elif child.tag == f"{W}tbl":
            _table(child, ctx, blocks, notes)
        elif child.tag == f"{W}sdt":
            for p in child.iter(f"{W}p"):
                b = _paragraph(p, ctx)
                if b:
                    blocks.append(b)
        if len(blocks) > MAX_PARAGRAPHS:
            raise ValidationError(f"Tệp “{name}” quá dài để là một kế hoạch (hơn {MAX_PARAGRAPHS:,} đoạn).".replace(",", "."),
                                  f"“{name}” is too long to be a plan (over {MAX_PARAGRAPHS:,} paragraphs).")
    if ctx.legacy_seen:
        notes.append(Note("Văn bản dùng phông chữ bảng mã cũ (TCVN3/VNI); đã chuyển sang Unicode.",
                          "The document uses legacy TCVN3/VNI fonts; converted to Unicode."))
    for b in blocks:
        b.text = fix_encoding(b.text, notes)
    notes = list(dict.fromkeys(notes))
    footnotes = {ctx.footnote_numbers[fid]: ctx.footnotes.get(fid, "") for fid in ctx.footnote_numbers}
    return SourceDoc(blocks, footnotes, notes, kind="docx")
