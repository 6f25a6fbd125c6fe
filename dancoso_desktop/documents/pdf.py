"""The document as a PDF that follows NĐ 30/2020 element by element (domain.md §3).

A4 portrait (landscape when the document asks), margins top/bottom 20 mm, left 30 mm, right
15 mm (inside the 20–25 / 30–35 / 15–20 mm ranges of PL I). The header is drawn, not flowed,
so the rules sit exactly under the issuing body and the Tiêu ngữ. User text is escaped before
it reaches a ReportLab Paragraph, so ``a < b & c <b>x</b>`` prints as typed. Fonts are
TrueType, which ReportLab embeds as subsets: the recipient can copy and search the text.
Footnotes sit at the foot of the page that cites them: the paragraph that carries a marker
reserves the room, and the frame's bottom is raised under the following text. Notes too tall
for one page continue on the next (see pdf_flowables.NoteBook): footnotes never stop a render.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from dancoso_desktop.documents import model
from dancoso_desktop.documents.fonts import FontSet, font_set, missing_characters
from dancoso_desktop.documents.layout import LAYOUT as L
from dancoso_desktop.documents.pdf_flowables import Header, NoteBook, Noted, NotesFlush, Rule, esc
from dancoso_desktop.documents.report import (
    RenderReport,
    clean,
    iter_text,
    legal_basis_lines,
    recipient_lines,
    run_texts,
    signer_lines,
)
from dancoso_desktop.fileio import atomic_target

_ALIGN = {"justify": TA_JUSTIFY, "left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


class _Styles:
    def __init__(self, fonts: FontSet) -> None:
        f = fonts.pdf_name
        body = L.body_size
        lead = body * L.line_spacing
        self.body = ParagraphStyle("body", fontName=f(), fontSize=body, leading=lead,
                                   alignment=TA_JUSTIFY, firstLineIndent=L.first_indent_cm * cm,
                                   spaceAfter=L.space_after)
        self.plain = ParagraphStyle("plain", parent=self.body, firstLineIndent=0)
        self.basis = ParagraphStyle("basis", parent=self.body, fontName=f(italic=True), spaceAfter=3)
        self.heading = {
            1: ParagraphStyle("h1", parent=self.body, fontName=f(bold=True), keepWithNext=1, spaceBefore=3),
            2: ParagraphStyle("h2", parent=self.body, fontName=f(bold=True), keepWithNext=1),
            3: ParagraphStyle("h3", parent=self.body, fontName=f(bold=True, italic=True), keepWithNext=1),
            4: ParagraphStyle("h4", parent=self.body, keepWithNext=1),
        }
        self.type_line = ParagraphStyle("type", fontName=f(bold=True), fontSize=L.title_size,
                                        leading=L.title_size * 1.2, alignment=TA_CENTER)
        self.summary = ParagraphStyle("summary", parent=self.type_line)
        self.cell = ParagraphStyle("cell", fontName=f(), fontSize=L.table_size,
                                   leading=L.table_size * 1.2, alignment=TA_LEFT)
        self.cell_head = ParagraphStyle("cellh", parent=self.cell, fontName=f(bold=True), alignment=TA_CENTER)
        self.to_label = ParagraphStyle("to", fontName=f(bold=True, italic=True), fontSize=L.recipients_label_size,
                                       leading=L.recipients_label_size * 1.25)
        self.to_line = ParagraphStyle("toline", fontName=f(), fontSize=L.recipients_size,
                                      leading=L.recipients_size * 1.2)
        self.sign = ParagraphStyle("sign", fontName=f(bold=True), fontSize=L.signature_size,
                                   leading=L.signature_size * 1.2, alignment=TA_CENTER)
        self.sign_note = ParagraphStyle("signnote", parent=self.sign, fontName=f(italic=True),
                                        fontSize=L.signature_size - 1)
        self.note = ParagraphStyle("note", fontName=f(), fontSize=L.footnote_size,
                                   leading=L.footnote_size * 1.2, alignment=TA_JUSTIFY)


class _Template(BaseDocTemplate):
    def __init__(self, filename: str, doc: model.Document, styles: _Styles, **kw: Any) -> None:
        super().__init__(filename, **kw)
        self.styles = styles
        self.notes = NoteBook(self.height)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._on_page,
                                            onPageEnd=self._on_page_end)])

    def _on_page(self, canv: Any, doc: Any) -> None:
        # Page numbers centred in the top margin, none on page 1 (NĐ 30/2020 PL I).
        if doc.page >= 2:
            canv.saveState()
            canv.setFont(self.styles.body.fontName, L.page_number_size)
            canv.drawCentredString(self.leftMargin + self.width / 2,
                                   self.pagesize[1] - self.topMargin / 2 - L.page_number_size / 3,
                                   str(doc.page))
            canv.restoreState()

    on_page_done: Callable[[int], None] | None = None

    def afterPage(self) -> None:
        if self.on_page_done is not None:
            self.on_page_done(self.page)

    def handle_frameBegin(self, *args: Any, **kw: Any) -> None:
        super().handle_frameBegin(*args, **kw)
        # Notes continued from the page before take the foot of this one first.
        if self.frame._atTop:
            self.frame._y1p += self.notes.start_page(self.width)

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Noted):
            # The carrier reserved room for its notes (and the separator) below itself; give
            # that room back to the text flow and take it from the foot of the page instead.
            frame = self.frame
            frame._y += flowable.reserve
            frame._y1p += flowable.reserve
            self.notes.on_page += flowable.placed
            self.notes.carry += flowable.carry_out

    def _on_page_end(self, canv: Any, doc: Any) -> None:
        # The frame is reused page after page and keeps a raised bottom: give it back.
        self.frame._geom()
        notes = self.notes.on_page
        if not notes:
            return
        y = self.bottomMargin + sum(h for _, _, h in notes)
        canv.saveState()
        canv.setLineWidth(0.5)
        # A continued note sits under a full-width rule, as Word marks a continuation.
        rule = self.width if self.notes.continued else 50 * mm
        canv.line(self.leftMargin, y + 6, self.leftMargin + rule, y + 6)
        for _, para, h in notes:   # each note once per page, even when cited twice
            y -= h
            para.drawOn(canv, self.leftMargin, y)
        canv.restoreState()
        self.notes.on_page = []


def _markup(runs: list[model.Run]) -> str:
    parts = []
    for run, raw in zip(runs, run_texts(runs), strict=True):
        text = esc(raw, trim=False)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.footnote:
            text += f"<super>{run.footnote}</super>"
        parts.append(text)
    return "".join(parts)


def _notes_of(refs: list[int], doc: model.Document) -> list[tuple[int, str]]:
    return [(n, doc.footnotes[n - 1]) for n in refs if 0 < n <= len(doc.footnotes)]


def _maybe_noted(flow: RLParagraph, refs: list[int], doc: model.Document, st: _Styles,
                 book: NoteBook) -> Flowable:
    notes = _notes_of(refs, doc)
    return Noted(flow, notes, st.note, book) if notes else flow


def _paragraph(p: model.Paragraph, doc: model.Document, st: _Styles, base: ParagraphStyle,
               book: NoteBook) -> Flowable:
    style = base
    if p.align != "justify" or not p.indent_first:
        style = ParagraphStyle(f"{base.name}-v", parent=base, alignment=_ALIGN.get(p.align, TA_JUSTIFY),
                               firstLineIndent=base.firstLineIndent if p.indent_first else 0)
    flow = RLParagraph(_markup(p.runs), style)
    return _maybe_noted(flow, [r.footnote for r in p.runs if r.footnote], doc, st, book)


def _heading(h: model.Heading, doc: model.Document, st: _Styles, book: NoteBook) -> Flowable:
    title = clean(h.title)
    if h.level == 1:
        title = title.upper()
    text = f"{esc(h.number)} {esc(title)}".strip()
    if h.footnote:
        text += f"<super>{h.footnote}</super>"
    flow = RLParagraph(text, st.heading[max(1, min(4, h.level))])
    return _maybe_noted(flow, [h.footnote] if h.footnote else [], doc, st, book)


def _table(t: model.Table, st: _Styles, width: float) -> Flowable:
    ncols = max([len(t.header), *(len(r) for r in t.rows)] or [1])
    rel = t.widths if t.widths and len(t.widths) == ncols else [1.0] * ncols
    total = sum(rel) or 1.0
    widths = [width * w / total for w in rel]
    head = [[RLParagraph(esc(h), st.cell_head) for h in t.header]] if t.header else []
    body = [[RLParagraph(esc(c), st.cell) for c in (row + [""] * (ncols - len(row)))] for row in t.rows]
    table = Table(head + body, colWidths=widths, repeatRows=len(head), splitByRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),   # never ReportLab's default Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    table.spaceAfter = L.space_after
    return table


def _signature_cell(sig: model.SignatureBlock, st: _Styles) -> list[Flowable]:
    cell: list[Flowable] = []
    for line in signer_lines(sig.authority, sig.title):   # "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"
        cell.append(RLParagraph(esc(line), st.sign))
    if clean(sig.note):
        cell.append(RLParagraph(esc(sig.note), st.sign_note))
    cell.append(Spacer(1, L.signature_space_mm * mm))   # room for the signature and the seal
    if clean(sig.name):
        cell.append(RLParagraph(esc(sig.name), st.sign))
    return cell


def _closing(doc: model.Document, st: _Styles, width: float) -> list[Flowable]:
    recips: list[Flowable] = []
    if doc.recipients:
        recips = [RLParagraph("Nơi nhận:", st.to_label)] + \
                 [RLParagraph(esc(line), st.to_line) for line in recipient_lines(doc.recipients)]
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), st.sign.fontName),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0)])
    out: list[Flowable] = [Spacer(1, 10)]
    sigs = doc.signatures
    if len(sigs) >= 2:
        row = [_signature_cell(s, st) for s in sigs[:2]]
        t = Table([row], colWidths=[width / 2, width / 2])
        t.setStyle(style)
        out.append(t)
        if recips:
            out.append(Spacer(1, 12))
            out.append(KeepTogether(recips))
        return out
    left_w = width * L.closing_left_share
    right = _signature_cell(sigs[0], st) if sigs else []
    t = Table([[recips or "", right or ""]], colWidths=[left_w, width - left_w])
    t.setStyle(style)
    out.append(t)
    return out


def build_story(doc: model.Document, st: _Styles, fonts: FontSet, width: float,
                book: NoteBook | None = None) -> list[Flowable]:
    """The flowables of the whole document, in order (``book`` holds the page's footnotes)."""
    book = book or NoteBook(A4[1] - (L.margin_top_mm + L.margin_bottom_mm) * mm)
    story: list[Flowable] = [Header(doc, fonts), Spacer(1, L.space_before_type)]
    if clean(doc.type_name):
        story.append(RLParagraph(esc(clean(doc.type_name).upper()), st.type_line))
    summary = clean(doc.summary)
    if summary:
        story.append(RLParagraph(esc(summary), st.summary))
        longest = min(width * 0.8, stringWidth(summary, fonts.pdf_name(bold=True), L.title_size))
        story.append(Rule(max(60.0, longest * L.summary_rule_share)))
    for line in legal_basis_lines(doc.legal_bases):
        story.append(RLParagraph(esc(line), st.basis))
    for p in doc.intro:
        story.append(_paragraph(p, doc, st, st.body, book))
    for block in doc.body:
        if isinstance(block, model.Heading):
            story.append(_heading(block, doc, st, book))
        elif isinstance(block, model.Paragraph):
            story.append(_paragraph(block, doc, st, st.body, book))
        elif isinstance(block, model.ListItem):
            marker = clean(block.marker) or "-"
            story.append(RLParagraph(f"{esc(marker)} {esc(block.text)}", st.body))
        elif isinstance(block, model.Table):
            story.append(_table(block, st, width))
        elif isinstance(block, model.PageBreak):
            story.append(PageBreak())
    closing = _closing(doc, st, width)
    if len(story) > 2 and not isinstance(story[-1], PageBreak):
        # Never a signature alone on the last page: the last paragraph goes over with it.
        story[-1:] = [KeepTogether([story[-1], *closing])]
    else:
        story.extend(closing)
    story.append(NotesFlush(book))   # continued notes still pending get pages of their own
    return story


def render_pdf(doc: model.Document, target: Path, *,
               on_page: Callable[[int], None] | None = None) -> RenderReport:
    """Draw ``doc`` as an NĐ 30/2020 PDF at ``target`` (written beside it, then renamed).

    Returns the page count and the characters the font lacks (the PDF is still written).
    ``on_page(n)`` is called after each page; an exception it raises (Cancel) stops the
    work and leaves no file behind.
    """
    fonts = font_set()
    st = _Styles(fonts)
    pagesize = landscape(A4) if doc.landscape else A4
    title = clean(doc.title_for_metadata) or " ".join(
        x for x in (clean(doc.type_name).capitalize(), clean(doc.summary)) if x)
    report = RenderReport(Path(target), missing=missing_characters(list(iter_text(doc))),
                          font_source=fonts.source)
    with atomic_target(Path(target)) as tmp:
        template = _Template(
            str(tmp), doc, st, pagesize=pagesize,
            leftMargin=L.margin_left_mm * mm, rightMargin=L.margin_right_mm * mm,
            topMargin=L.margin_top_mm * mm, bottomMargin=L.margin_bottom_mm * mm,
            title=title, author=clean(doc.issuing_body), subject=clean(doc.summary),
            creator="dancoso_desktop", lang="vi-VN",
            # Without this the page preamble names Helvetica, a font that is not embedded.
            initialFontName=fonts.pdf_name(), initialFontSize=L.body_size)
        template.on_page_done = on_page
        template.build(build_story(doc, st, fonts, template.width, template.notes))
        report.pages = template.page
    return report
