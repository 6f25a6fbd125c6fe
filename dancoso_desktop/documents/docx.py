"""The document as a Word file the office can adjust, print, sign and stamp (design.md §4).

Same margins, font, sizes and header as the PDF (documents.layout). Everything is real Word
structure: styles (Normal, Heading 1–4 restyled to NĐ 30/2020), paragraphs and runs, a
borderless two-cell header table, the short rules as paragraph bottom borders (no drawn shapes,
so they move with the text), the page number as a PAGE field in the header of pages 2+
("different first page"). Footnotes: python-docx has no footnote API, so we add a real
footnotes part (word/footnotes.xml, with Word's separator notes) and real footnote references —
Word and LibreOffice then keep them at the foot of their page and renumber them on edits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from dancoso_desktop.documents import model
from dancoso_desktop.documents.docx_notes import Footnotes
from dancoso_desktop.documents.fonts import FAMILY, font_set, missing_characters
from dancoso_desktop.documents.layout import LAYOUT as L
from dancoso_desktop.documents.layout import split_issuer
from dancoso_desktop.documents.report import (
    RenderReport,
    clean,
    iter_text,
    legal_basis_lines,
    place_date_line,
    recipient_lines,
    run_texts,
    signer_lines,
)
from dancoso_desktop.fileio import atomic_target

_ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT,
          "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _set_font(rpr_owner: Any, size: float | None = None, bold: bool | None = None,
              italic: bool | None = None) -> None:
    """Times New Roman for every script slot (Word picks eastAsia/cs fonts for some letters)."""
    font = rpr_owner.font
    font.name = FAMILY
    rpr = rpr_owner.element.get_or_add_rPr() if hasattr(rpr_owner, "element") else None
    if rpr is not None:
        fonts = rpr.get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), FAMILY)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    font.color.rgb = RGBColor(0, 0, 0)


def _setup_styles(d: Any) -> None:
    normal = d.styles["Normal"]
    _set_font(normal, L.body_size)
    rpr = normal.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")
    pf = normal.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.first_line_indent = Cm(L.first_indent_cm)
    pf.space_before = Pt(0)
    pf.space_after = Pt(L.space_after)
    pf.line_spacing = 1.0
    for level, (bold, italic) in {1: (True, False), 2: (True, False), 3: (True, True),
                                  4: (False, False)}.items():
        st = d.styles[f"Heading {level}"]
        _set_font(st, L.body_size, bold, italic)
        st.font.all_caps = False
        hpf = st.paragraph_format
        hpf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        hpf.first_line_indent = Cm(L.first_indent_cm)
        hpf.space_before = Pt(3 if level == 1 else 0)
        hpf.space_after = Pt(L.space_after)
        hpf.line_spacing = 1.0
        hpf.keep_with_next = True


def _para(container: Any, text: str = "", *, size: float | None = None, bold: bool = False,
          italic: bool = False, align: Any = None, indent: bool = False, after: float = 0,
          style: str | None = None) -> Any:
    p = container.add_paragraph(style=style)
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if not indent:
        pf.first_line_indent = Cm(0)
    pf.space_after = Pt(after)
    if text:
        _run(p, text, size=size, bold=bold, italic=italic)
    return p


def _run(p: Any, text: str, *, size: float | None = None, bold: bool = False, italic: bool = False,
         trim: bool = True) -> Any:
    r = p.add_run(clean(text) if trim else text)
    _set_font(r, size, bold or None, italic or None)
    return r


def _rule_under(p: Any, text_width_pt: float, cell_width_pt: float) -> None:
    """A bottom border on ``p`` as long as ``text_width_pt``, centred in the cell."""
    pad = max(0.0, (cell_width_pt - text_width_pt) / 2)
    p.paragraph_format.left_indent = Pt(pad)
    p.paragraph_format.right_indent = Pt(pad)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
                         'w:color="000000"/></w:pBdr>'))


def _rule_paragraph(container: Any, length_pt: float, width_pt: float) -> None:
    p = _para(container, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _rule_under(p, length_pt, width_pt)
    r = p.add_run("")
    r.font.size = Pt(2)
    p.paragraph_format.line_spacing = Pt(2)


def _keep_rows_whole(table: Any) -> None:
    """A row never breaks across pages (the signature block stays in one piece)."""
    for row in table.rows:
        row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def _no_borders(table: Any) -> None:
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def _fixed_table(container: Any, rows: int, widths_pt: list[float]) -> Any:
    t = container.add_table(rows=rows, cols=len(widths_pt))
    t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        for cell, w in zip(row.cells, widths_pt, strict=True):
            cell.width = Pt(w)
    for col, w in zip(t.columns, widths_pt, strict=True):
        col.width = Pt(w)
    return t


def _cell_first(cell: Any) -> Any:
    """The cell's own empty paragraph, reused as its first line."""
    return cell.paragraphs[0]


def _header(d: Any, doc: model.Document, width_pt: float) -> None:
    fonts = font_set()
    lw = width_pt * L.header_left_share
    rw = width_pt - lw
    t = _fixed_table(d, 2, [lw, rw])
    _no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    parent = split_issuer(clean(doc.parent_body).upper(), fonts.pdf_name(), L.issuer_size, lw - 12)
    issuer = split_issuer(clean(doc.issuing_body).upper(), fonts.pdf_name(bold=True), L.issuer_size, lw - 12)
    first = True
    for line, bold in [(x, False) for x in parent] + [(x, True) for x in issuer]:
        p = _cell_first(left) if first else _para(left)
        first = False
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.space_after = Pt(0)
        _run(p, line, size=L.issuer_size, bold=bold)
    if issuer:
        issuer_w = max(stringWidth(x, fonts.pdf_name(bold=True), L.issuer_size) for x in issuer)
        _rule_paragraph(left, issuer_w * L.issuer_rule_share, lw - 10)
    nation_size = next((s for s in L.nation_sizes
                        if stringWidth(L.nation, fonts.pdf_name(bold=True), s) <= rw - 12), L.nation_sizes[-1])
    p = _cell_first(right)
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.paragraph_format.space_after = Pt(0)
    _run(p, L.nation, size=nation_size, bold=True)
    _para(right, L.motto, size=L.motto_size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _rule_paragraph(right, stringWidth(L.motto, fonts.pdf_name(bold=True), L.motto_size), rw - 10)
    number_p = _cell_first(t.cell(1, 0))
    date_p = _cell_first(t.cell(1, 1))
    for p, text, size, italic in ((number_p, doc.number_line, L.number_size, False),
                                  (date_p, place_date_line(doc), L.date_size, True)):
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.space_before = Pt(L.header_gap)
        p.paragraph_format.space_after = Pt(0)
        _run(p, text, size=size, italic=italic)


def _add_runs(p: Any, runs: list[model.Run], doc: model.Document, notes: Footnotes) -> None:
    for run, text in zip(runs, run_texts(runs), strict=True):
        if text:   # edge spaces kept: "thôn²" + " và" (issue 3)
            lines = text.split("\n")
            r = _run(p, lines[0], bold=run.bold, italic=run.italic, trim=False)
            for line in lines[1:]:
                r.add_break()
                r.add_text(line)
        if run.footnote and 0 < run.footnote <= len(doc.footnotes):
            notes.reference(p, run.footnote, doc.footnotes[run.footnote - 1])


def _page_number_header(section: Any) -> None:
    section.different_first_page_header_footer = True
    header = section.header
    p = header.paragraphs[0]
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.paragraph_format.space_after = Pt(0)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        r = p.add_run()
        _set_font(r, L.page_number_size)
        if kind:
            r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
        elif text == " PAGE ":
            instr = parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>')
            r._r.append(instr)
        else:
            r.add_text(text or "")
    # The first-page header stays empty: no number on page 1 (NĐ 30/2020 PL I).


def _table(d: Any, t: model.Table, width_pt: float) -> None:
    ncols = max([len(t.header), *(len(r) for r in t.rows)] or [1])
    rel = t.widths if t.widths and len(t.widths) == ncols else [1.0] * ncols
    total = sum(rel) or 1.0
    widths = [width_pt * w / total for w in rel]
    rows = ([t.header] if t.header else []) + [r + [""] * (ncols - len(r)) for r in t.rows]
    table = _fixed_table(d, len(rows), widths)
    table.style = d.styles["Table Grid"]
    for i, values in enumerate(rows):
        is_head = bool(t.header) and i == 0
        for cell, value in zip(table.rows[i].cells, values, strict=False):
            p = _cell_first(cell)
            p.paragraph_format.first_line_indent = Cm(0)
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if is_head else WD_ALIGN_PARAGRAPH.LEFT
            _run(p, value, size=L.table_size, bold=is_head)
        if is_head:   # repeat the header row on every page
            table.rows[i]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    _para(d, after=0).paragraph_format.space_after = Pt(L.space_after)


def _signature(cell: Any, sig: model.SignatureBlock, first_para: Any) -> None:
    paras = []
    for line in signer_lines(sig.authority, sig.title):   # "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"
        paras.append((line, True, False, L.signature_size))
    if clean(sig.note):
        paras.append((clean(sig.note), False, True, L.signature_size - 1))
    p = first_para
    for i, (text, bold, italic, size) in enumerate(paras):
        p = first_para if i == 0 else _para(cell)
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.space_after = Pt(0)
        _run(p, text, size=size, bold=bold, italic=italic)
    # Room for the signature and the seal.
    spacer = _para(cell, after=0)
    spacer.paragraph_format.space_before = Pt(L.signature_space_mm * 72 / 25.4 - L.signature_size)
    if clean(sig.name):
        _para(cell, sig.name, size=L.signature_size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)


def _recipients(cell: Any, doc: model.Document, first_para: Any) -> None:
    p = first_para
    p.paragraph_format.first_line_indent = Cm(0)
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.space_after = Pt(0)
    _run(p, "Nơi nhận:", size=L.recipients_label_size, bold=True, italic=True)
    for line in recipient_lines(doc.recipients):
        _para(cell, line, size=L.recipients_size, align=WD_ALIGN_PARAGRAPH.LEFT)


def _closing(d: Any, doc: model.Document, width_pt: float) -> None:
    sigs = doc.signatures
    if len(sigs) >= 2:
        t = _fixed_table(d, 1, [width_pt / 2, width_pt / 2])
        _no_borders(t)
        _keep_rows_whole(t)
        for cell, sig in zip(t.rows[0].cells, sigs[:2], strict=False):
            _signature(cell, sig, _cell_first(cell))
        if doc.recipients:
            t2 = _fixed_table(d, 1, [width_pt])
            _no_borders(t2)
            _recipients(t2.cell(0, 0), doc, _cell_first(t2.cell(0, 0)))
        return
    lw = width_pt * L.closing_left_share
    t = _fixed_table(d, 1, [lw, width_pt - lw])
    _no_borders(t)
    _keep_rows_whole(t)
    if doc.recipients:
        _recipients(t.cell(0, 0), doc, _cell_first(t.cell(0, 0)))
    if sigs:
        _signature(t.cell(0, 1), sigs[0], _cell_first(t.cell(0, 1)))


def build_docx(doc: model.Document) -> Any:
    """The python-docx Document for ``doc`` (not yet saved)."""
    d = new_docx()
    _setup_styles(d)
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if doc.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(L.margin_top_mm), Mm(L.margin_bottom_mm)
    section.left_margin, section.right_margin = Mm(L.margin_left_mm), Mm(L.margin_right_mm)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    width_pt = (section.page_width - section.left_margin - section.right_margin) / 12700
    _page_number_header(section)
    # python-docx's blank template starts with no paragraphs; the header table comes first.
    _header(d, doc, width_pt)
    _para(d, after=0).paragraph_format.space_after = Pt(L.space_before_type - 14)
    if clean(doc.type_name):
        _para(d, clean(doc.type_name).upper(), size=L.title_size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    summary = clean(doc.summary)
    if summary:
        fonts = font_set()
        p = _para(d, summary, size=L.title_size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        longest = min(width_pt * 0.8, stringWidth(summary, fonts.pdf_name(bold=True), L.title_size))
        _rule_paragraph(d, max(60.0, longest * L.summary_rule_share), width_pt)
        p.paragraph_format.keep_with_next = True
        _para(d, after=0).paragraph_format.space_after = Pt(6)
    notes = Footnotes(d)
    for line in legal_basis_lines(doc.legal_bases):
        p = _para(d, line, italic=True, indent=True, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for para in doc.intro:
        _body_paragraph(d, para, doc, notes)
    for block in doc.body:
        if isinstance(block, model.Heading):
            title = clean(block.title).upper() if block.level == 1 else clean(block.title)
            p = d.add_paragraph(style=f"Heading {max(1, min(4, block.level))}")
            _run(p, f"{clean(block.number)} {title}".strip(), bold=block.level <= 3, italic=block.level == 3)
            if block.footnote and 0 < block.footnote <= len(doc.footnotes):
                notes.reference(p, block.footnote, doc.footnotes[block.footnote - 1])
        elif isinstance(block, model.Paragraph):
            _body_paragraph(d, block, doc, notes)
        elif isinstance(block, model.ListItem):
            p = d.add_paragraph()
            _run(p, f"{clean(block.marker) or '-'} {clean(block.text)}")
        elif isinstance(block, model.Table):
            _table(d, block, width_pt)
        elif isinstance(block, model.PageBreak):
            d.add_page_break()
    if d.paragraphs:   # the last paragraph stays on the page of the signature
        d.paragraphs[-1].paragraph_format.keep_with_next = True
    _closing(d, doc, width_pt)
    notes.attach()
    props = d.core_properties
    props.title = clean(doc.title_for_metadata) or " ".join(
        x for x in (clean(doc.type_name).capitalize(), clean(doc.summary)) if x)
    props.author = clean(doc.issuing_body)
    props.subject = clean(doc.summary)
    props.language = "vi-VN"
    props.comments = ""
    return d


def _body_paragraph(d: Any, para: model.Paragraph, doc: model.Document, notes: Footnotes) -> None:
    p = d.add_paragraph()
    if para.align != "justify":
        p.paragraph_format.alignment = _ALIGN.get(para.align, WD_ALIGN_PARAGRAPH.JUSTIFY)
    if not para.indent_first:
        p.paragraph_format.first_line_indent = Cm(0)
    _add_runs(p, para.runs, doc, notes)


def render_docx(doc: model.Document, target: Path) -> RenderReport:
    """Write ``doc`` as an editable Word file at ``target`` (beside it, then renamed)."""
    d = build_docx(doc)
    report = RenderReport(Path(target), missing=missing_characters(list(iter_text(doc))),
                          font_source=font_set().source)
    with atomic_target(Path(target)) as tmp:
        d.save(str(tmp))
    return report

