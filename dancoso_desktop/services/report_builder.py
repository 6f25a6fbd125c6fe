"""Builds a report's content from what the registers contribute (issue 11 item 3).

The builder never names a register: it asks ``report_sources.collect`` for the period and for
the same period last year, places each register's sentences under the outline's headings by
``slot``, prints the figures the officer chose under a heading, and fills the annex from the
registers' annex rows with this period's and last year's values. A heading whose slot receives
nothing keeps only the officer's text (the pillars no register records yet).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from dancoso_desktop.domain.report_doc import (
    AnnexLine,
    BuiltFigure,
    BuiltSection,
    FigureLine,
    OutlineSection,
    ReportContent,
    numbers,
)
from dancoso_desktop.domain.reporting import SLOTS, Contribution, ReportPeriod
from dancoso_desktop.services import report_sources

if TYPE_CHECKING:
    from dancoso_desktop.storage.rows import RowReader


_SLOT_ORDER = {key: i for i, (key, _title) in enumerate(SLOTS)}


def _home(slot: str, taken: set[str]) -> str | None:
    """The outline slot that receives a sentence of ``slot``: itself, else its nearest parent."""
    while slot:
        if slot in taken:
            return slot
        slot = slot.rpartition(".")[0]
    return None


def build(db: RowReader, outline: list[OutlineSection], period: ReportPeriod, *,
          compare: bool = True, annex_hidden: list[str] | tuple[str, ...] = ()) -> ReportContent:
    contributions = report_sources.collect(db, period)
    previous = report_sources.collect(db, period.same_period_last_year()) if compare else []
    return assemble(outline, contributions, previous, annex_hidden)


def assemble(outline: list[OutlineSection], contributions: list[Contribution],
             previous: list[Contribution], annex_hidden: list[str] | tuple[str, ...] = ()) -> ReportContent:
    figures: list[BuiltFigure] = []
    for c in contributions:
        for f in c.figures:
            figures.append(BuiltFigure(f.code, f.label_vi, f.value, f.unit_vi, c.source,
                                       [(r.kind, r.id) for r in f.records], f.note))
    by_code = {f.code: f for f in figures}
    # A sentence goes under the heading bound to its slot; when the outline has no such heading
    # (the default outline has "supervise" but no "supervise.bttnd"), under the heading of the
    # nearest parent slot, so no register's sentence is lost to the outline's shape. Within a
    # heading, sentences follow the order of SLOTS (reporting.md §1.6: a) dialogue, b) year-end…).
    taken = {s.slot for s in outline if s.slot and s.statements}
    placed: list[tuple[str, int, str]] = []
    for c in contributions:
        for st in c.statements:
            home = _home(st.slot, taken)
            if home is not None:
                placed.append((home, _SLOT_ORDER.get(st.slot, len(_SLOT_ORDER)), st.text_vi))
    by_slot: dict[str, list[str]] = {}
    for home, _order, text in sorted(placed, key=lambda p: p[1]):
        by_slot.setdefault(home, []).append(text)
    sections = []
    for s, number in zip(outline, numbers(outline), strict=True):
        stmts = list(by_slot.get(s.slot, [])) if s.slot and s.statements else []
        lines = [FigureLine(code, by_code[code].label, by_code[code].value, by_code[code].unit)
                 for code in s.figures if code in by_code]
        sections.append(BuiltSection(s.key, number, s.level, s.title, s.slot, stmts, lines, s.text))
    # "Cùng kỳ năm trước" where the data exists: a register that recorded nothing at all in last
    # year's period (every figure 0: the program was not used yet) prints "-", not a row of zeros.
    prev_values = {f.code: f.value for c in previous if any(f.value for f in c.figures) for f in c.figures}
    hidden = set(annex_hidden)
    annex = []
    for c in contributions:
        for row in c.annex:
            fig = by_code.get(row.figure)
            if fig is None or row.figure in hidden:
                continue
            annex.append(AnnexLine(row.group, row.figure, row.label_vi, row.unit_vi or fig.unit, fig.value,
                                   prev_values.get(row.figure) if previous else None, row.level))
    return ReportContent(sections, figures, annex, datetime.now().replace(microsecond=0).isoformat())
