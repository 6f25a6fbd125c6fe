"""The drawn parts of the NĐ 30/2020 PDF: the two-cell header, short rules, and the carrier
that keeps a paragraph's footnotes at the foot of its page (see documents.pdf)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from dancoso_desktop.documents import model
from dancoso_desktop.documents.fonts import FontSet
from dancoso_desktop.documents.layout import LAYOUT as L
from dancoso_desktop.documents.layout import split_issuer
from dancoso_desktop.documents.report import clean, place_date_line


def esc(text: str) -> str:
    """User text as Paragraph markup that prints exactly as typed (newlines become breaks)."""
    return escape(clean(text)).replace("\n", "<br/>")


def _fitted(text: str, font: str, size: float, width: float) -> tuple[str, str, float]:
    """A header line that cannot break (one long word) is set smaller rather than overflow."""
    w = stringWidth(text, font, size)
    return text, font, size if w <= width else max(6.0, size * width / w)


class Header(Flowable):
    """The two-cell header: issuing body and Số on the left; Quốc hiệu, Tiêu ngữ, place-date right."""

    def __init__(self, doc: model.Document, fonts: FontSet) -> None:
        super().__init__()
        self.doc = doc
        self.fonts = fonts

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        f = self.fonts.pdf_name
        self.width_ = aw
        self.lw = aw * L.header_left_share
        self.rw = aw - self.lw
        self.nation_size = next((s for s in L.nation_sizes
                                 if stringWidth(L.nation, f(bold=True), s) <= self.rw - 4), L.nation_sizes[-1])
        parent = split_issuer(clean(self.doc.parent_body).upper(), f(), L.issuer_size, self.lw - 4)
        issuer = split_issuer(clean(self.doc.issuing_body).upper(), f(bold=True), L.issuer_size, self.lw - 4)
        self.left = [_fitted(line, f(), L.issuer_size, self.lw - 4) for line in parent] + \
                    [_fitted(line, f(bold=True), L.issuer_size, self.lw - 4) for line in issuer]
        self.issuer_w = max((stringWidth(t, fn, s) for t, fn, s in self.left[len(parent):]), default=0)
        lead = L.issuer_size * 1.2
        left_h = lead * len(self.left)
        right_h = self.nation_size * 1.2 + L.motto_size * 1.2
        self.top_h = max(left_h, right_h)
        self.height_ = self.top_h + L.header_gap + L.date_size * 1.3
        return aw, self.height_

    def draw(self) -> None:
        c = self.canv
        f = self.fonts.pdf_name
        top = self.height_
        lc, rc = self.lw / 2, self.lw + self.rw / 2
        y = top
        for text, font, size in self.left:
            y -= size * 1.2
            c.setFont(font, size)
            c.drawCentredString(lc, y + size * 0.22, text)
        if self.doc.issuing_body.strip():
            rule = self.issuer_w * L.issuer_rule_share
            c.setLineWidth(0.6)
            c.line(lc - rule / 2, y - 2.5, lc + rule / 2, y - 2.5)
        y = top - self.nation_size * 1.2
        c.setFont(f(bold=True), self.nation_size)
        c.drawCentredString(rc, y + self.nation_size * 0.22, L.nation)
        y -= L.motto_size * 1.2
        c.setFont(f(bold=True), L.motto_size)
        c.drawCentredString(rc, y + L.motto_size * 0.22, L.motto)
        motto_w = stringWidth(L.motto, f(bold=True), L.motto_size)
        c.line(rc - motto_w / 2, y - 2.5, rc + motto_w / 2, y - 2.5)
        base = top - self.top_h - L.header_gap - L.date_size
        c.setFont(f(), L.number_size)
        c.drawCentredString(lc, base, clean(self.doc.number_line))
        c.setFont(f(italic=True), L.date_size)
        c.drawCentredString(rc, base, place_date_line(self.doc))


class Rule(Flowable):
    """A short centred rule under the summary (1/3–1/2 of its length, NĐ 30/2020 PL I)."""

    def __init__(self, length: float, space_before: float = 2, space_after: float = 14) -> None:
        super().__init__()
        self.length = length
        self.spaceBefore = space_before
        self.spaceAfter = space_after

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.aw = aw
        return aw, 1

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.line((self.aw - self.length) / 2, 0.5, (self.aw + self.length) / 2, 0.5)


class Noted(Flowable):
    """A paragraph that cites footnotes: it reserves their room at the foot of its page."""

    SEP = 14.0

    def __init__(self, inner: Flowable, notes: list[tuple[int, str]], style: ParagraphStyle) -> None:
        super().__init__()
        self.inner = inner
        self.notes = notes
        self.style = style
        self.note_paras: list[tuple[int, RLParagraph, float]] = []
        self.notes_h = 0.0

    def _measure(self, aw: float) -> float:
        paras = [(n, RLParagraph(f"<super>{n}</super> {esc(t)}", self.style)) for n, t in self.notes]
        self.note_paras = [(n, p, p.wrap(aw, 10_000)[1]) for n, p in paras]
        self.notes_h = sum(h for _, _, h in self.note_paras)
        return self.notes_h + self.SEP

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.reserve = self._measure(aw)
        w, h = self.inner.wrap(aw, ah - self.reserve)
        self.inner_h = h
        return w, h + self.reserve

    def split(self, aw: float, ah: float) -> list[Flowable]:
        reserve = self._measure(aw)
        parts = self.inner.split(aw, ah - reserve)
        if not parts:
            return []
        return [Noted(parts[0], self.notes, self.style), *parts[1:]]

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, self.reserve)
