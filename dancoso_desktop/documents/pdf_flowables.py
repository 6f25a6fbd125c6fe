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


def esc(text: str, *, trim: bool = True) -> str:
    """User text as Paragraph markup that prints exactly as typed (newlines become breaks).

    ``trim=False`` is for text already cleaned by ``report.run_texts``, whose edge spaces matter.
    """
    return escape(clean(text) if trim else text).replace("\n", "<br/>")


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


Placed = list[tuple[int, Flowable, float]]   # (note number, paragraph or piece, height)
Pending = list[tuple[int, Flowable]]


class NoteBook:
    """The footnotes at the foot of the page being laid out, and those continued from before.

    Footnotes never make rendering fail (issue 3). A paragraph's notes that take at most half a
    page are kept whole on its page: the paragraph splits or moves on to make room, as in
    print. Notes taller than that are continued as Word continues a long footnote: on the citing
    page the text takes at most half the room left and the notes fill the rest; what does not
    fit goes to the foot of the next page(s), above that page's own notes, at most
    ``CARRY_SHARE`` of a page at a time so that every page keeps room for text. Continued notes
    still pending after the last paragraph get pages of their own.
    """

    SEP = 14.0             # the separator rule and its gap
    SPLIT_SHARE = 0.5      # notes taller than this share of a page are continued
    CARRY_SHARE = 0.4      # continued notes take at most this share of the next page

    def __init__(self, frame_height: float) -> None:
        self.frame_height = frame_height
        self.on_page: Placed = []
        self.carry: Pending = []
        self.continued = False   # this page's notes begin with one continued from the page before

    def ids(self) -> set[int]:
        """Notes already at the foot of this page or waiting for it: never printed twice."""
        return {n for n, _, _ in self.on_page} | {n for n, _ in self.carry}

    @staticmethod
    def fill(notes: Pending, budget: float, aw: float) -> tuple[Placed, Pending, float]:
        """As many notes as fit in ``budget`` points, the last one split between its lines."""
        placed: Placed = []
        used = 0.0
        for i, (n, para) in enumerate(notes):
            h = para.wrap(aw, 1e6)[1]
            if used + h <= budget:
                placed.append((n, para, h))
                used += h
                continue
            parts = para.split(aw, budget - used) if budget - used > 0 else []
            if len(parts) >= 2:
                head_h = parts[0].wrap(aw, 1e6)[1]
                placed.append((n, parts[0], head_h))
                used += head_h
                return placed, [(n, parts[1]), *notes[i + 1:]], used
            return placed, list(notes[i:]), used
        return placed, [], used

    def start_page(self, aw: float) -> float:
        """Put continued notes at the foot of a new page; the room they take (0 when none)."""
        self.on_page = []
        self.continued = False
        if not self.carry:
            return 0.0
        placed, self.carry, used = self.fill(self.carry, self.frame_height * self.CARRY_SHARE - self.SEP, aw)
        self.on_page = placed
        self.continued = bool(placed)
        return used + self.SEP if placed else 0.0


class Noted(Flowable):
    """A paragraph that cites footnotes: it reserves their room at the foot of its page."""

    SEP = NoteBook.SEP

    def __init__(self, inner: Flowable, notes: list[tuple[int, str]], style: ParagraphStyle,
                 book: NoteBook) -> None:
        super().__init__()
        self.inner = inner
        self.notes = notes
        self.style = style
        self.book = book
        self.placed: Placed = []      # notes (or their first pieces) this page takes
        self.carry_out: Pending = []  # what continues on the next page
        self.reserve = 0.0
        self.full = 0.0

    def _new_notes(self, aw: float) -> Placed:
        seen = self.book.ids()
        paras = [(n, RLParagraph(f"<super>{n}</super> {esc(t)}", self.style))
                 for n, t in self.notes if n not in seen]
        return [(n, p, p.wrap(aw, 1e6)[1]) for n, p in paras]

    def _long(self) -> bool:
        return self.full > self.book.frame_height * NoteBook.SPLIT_SHARE

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        new = self._new_notes(aw)
        sep = self.SEP if new and not self.book.on_page else 0.0
        self.full = sum(h for _, _, h in new) + sep
        w, ih = self.inner.wrap(aw, ah)
        self.placed, self.carry_out, self.reserve = new, [], self.full
        if (ih + self.full > ah and self._long() and ih <= ah * NoteBook.SPLIT_SHARE
                and ah >= self.book.frame_height / 3):
            placed, rest, used = NoteBook.fill([(n, p) for n, p, _ in new], ah - ih - sep, aw)
            if placed:   # the notes begin here and continue on the next page
                self.placed, self.carry_out, self.reserve = placed, rest, used + sep
        return w, ih + self.reserve

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        if not self._long():
            # Short notes stay whole: the text gives way so they fit under its first part.
            parts = self.inner.split(aw, ah - self.full)
            ours = {n for n, _ in self.notes}
            if parts and not _marks(parts[0]) & ours and any(_marks(p) & ours for p in parts[1:]):
                # The marks fall on the next page: this page needs no room for their notes.
                whole = self.inner.split(aw, ah)
                if whole and not _marks(whole[0]) & ours:
                    parts = whole
        elif ah < self.book.frame_height / 3:
            return []    # too little room left here to begin long notes: next page
        else:
            parts = self.inner.split(aw, ah * NoteBook.SPLIT_SHARE)
        if not parts:
            return []
        return self._attach(parts)

    def _attach(self, parts: list[Flowable]) -> list[Flowable]:
        """Each note goes with the part of the split paragraph that prints its mark, so it sits
        at the foot of the page the mark is on (a note whose mark is not found: the first part)."""
        marks = [_marks(p) for p in parts]
        out: list[Flowable] = []
        given: set[int] = set()
        for i, (part, found) in enumerate(zip(parts, marks, strict=True)):
            notes = [(n, t) for n, t in self.notes
                     if n not in given and (n in found or (i == 0 and not any(n in m for m in marks)))]
            given |= {n for n, _ in notes}
            out.append(Noted(part, notes, self.style, self.book) if notes else part)
        return out

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, self.reserve)


def _marks(flow: Flowable) -> set[int]:
    """The footnote numbers a (split) ReportLab paragraph prints as raised marks.

    Reads the paragraph's fragments: whole ones, or the (fragment, text) pairs of the lines a
    split leaves; anything else (another ReportLab's layout) finds nothing, and the notes then
    stay with the first part as before.
    """
    found: set[int] = set()

    def visit(x: object) -> None:
        if isinstance(x, tuple) and len(x) == 2 and hasattr(x[0], "rise") and isinstance(x[1], str):
            if x[0].rise > 0 and x[1].strip().isdigit():
                found.add(int(x[1]))
        elif isinstance(x, list | tuple):
            for y in x:
                visit(y)
        elif hasattr(x, "rise") and getattr(x, "rise", 0) > 0 and str(getattr(x, "text", "")).strip().isdigit():
            found.add(int(x.text))   # type: ignore[attr-defined]

    visit(getattr(flow, "frags", []))
    return found


class NotesFlush(Flowable):
    """The end of the story: pages of their own for continued notes still pending."""

    def __init__(self, book: NoteBook) -> None:
        super().__init__()
        self.book = book

    @property
    def _ZEROSIZE(self) -> bool:   # ReportLab asks it: with nothing pending this takes no room
        return not self.book.carry

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return (aw, ah + 1) if self.book.carry else (0, 0)

    def split(self, aw: float, ah: float) -> list[Flowable]:
        if not self.book.carry or ah < 1:
            return []
        return [Filler(ah), NotesFlush(self.book)]

    def draw(self) -> None:
        pass


class Filler(Flowable):
    """Takes the rest of the frame, so that what follows starts a new page."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height_ = max(0.0, height)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, min(self.height_, ah)

    def draw(self) -> None:
        pass
