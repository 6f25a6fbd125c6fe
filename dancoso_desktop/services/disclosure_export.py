"""Outputs of the register: XLSX and PDF of the year, and the quarterly list (Art. 13.2).

The XLSX streams rows from SQL into a write-only workbook (100,000 rows in flat memory); the PDF
and the quarterly list go through the neutral Document and the shared renderers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from dancoso_desktop.documents.disclosure_list import (
    Issuer,
    build_quarterly_list,
    build_register_document,
    quarter_bounds,
)
from dancoso_desktop.documents.disclosure_register import write_register_xlsx
from dancoso_desktop.documents.model import Document
from dancoso_desktop.domain.commune import COMMUNE_KIND_VI
from dancoso_desktop.domain.disclosure import (
    PROBLEM_VI,
    STATUS_VI,
    DisclosureRecord,
    DisclosureStatus,
    Problem,
    problems_from_mask,
)
from dancoso_desktop.domain.disclosure_rules import check
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.disclosure_query import RegisterFilter, RegisterQuery, RegisterRow
from dancoso_desktop.services.disclosure_service import DisclosureService

Progress = Callable[[int], None]


def issuer_of(svc: DisclosureService) -> Issuer:
    commune = CommuneService(svc.db).get_commune()
    if commune is None:
        return Issuer()
    return Issuer(issuing_body=commune.issuing_body,
                  commune_name=f"{COMMUNE_KIND_VI[commune.kind]} {commune.name}",
                  place=commune.place_name or commune.name, authority=commune.signer_authority,
                  title=commune.signer_title, signer=commune.signer_name)


def _letters(svc: DisclosureService, row: RegisterRow) -> str:
    return ", ".join(svc.catalogue.channel(c).letter for c in row.channels)


def register_values(svc: DisclosureService, row: RegisterRow) -> list[Any]:
    """One register row as the spreadsheet's values (after the STT)."""
    end: Any = row.last_end
    if row.permanent:
        end = "Thường xuyên"
    return [row.item, svc.catalogue.content(row.item).short, row.title, row.source_document,
            row.decided_on, row.disclosed_on, end, _letters(svc, row), row.unit,
            STATUS_VI[row.status], "; ".join(PROBLEM_VI[p] for p in row.problems) or "Đạt",
            "Có" if row.still_posted else ""]


def export_register_xlsx(svc: DisclosureService, year: int | None, target: Path, *,
                         today: date | None = None, progress: Progress | None = None) -> int:
    if year is not None:
        check_year(year)
    query = RegisterQuery(svc.db)
    f = RegisterFilter(year=year)
    cat = svc.catalogue
    shorts = {c.item: c.short for c in cat.contents}
    letters = [c.letter for c in cat.channels]
    status_vi = {s.value: text for s, text in STATUS_VI.items()}
    masks: dict[int, str] = {}
    checks: dict[tuple[int, bool], str] = {}

    def rows() -> Iterator[list[Any]]:
        # Plain tuples from SQL, with the repeated texts (letters, states, checks) built once.
        for n, r in enumerate(query.iter_raw(f, today=today), start=1):
            if progress is not None and n % 5000 == 0:
                progress(n)
            mask, problems, overdue = r[9], r[12], bool(r[13])
            chan = masks.get(mask)
            if chan is None:
                chan = masks[mask] = ", ".join(letters[i] for i in range(len(letters)) if mask & (1 << i))
            check_text = checks.get((problems, overdue))
            if check_text is None:
                probs = problems_from_mask(problems) + ([Problem.OVERDUE] if overdue else [])
                check_text = checks[(problems, overdue)] = "; ".join(PROBLEM_VI[p] for p in probs) or "Đạt"
            yield [r[2], shorts[r[2]], r[3], r[4], r[5], r[6], "Thường xuyên" if r[8] else r[7], chan,
                   r[10] or "", status_vi[r[11]], check_text, "Có" if r[14] else ""]

    subtitle = "Hình thức: " + "; ".join(f"{c.letter}) {c.name}" for c in svc.catalogue.channels)
    return write_register_xlsx(Path(target), rows(), issuing_body=issuer_of(svc).issuing_body,
                               year=year, subtitle=subtitle)


def _problems(svc: DisclosureService, records: list[DisclosureRecord], today: date) -> list[list[Any]]:
    return [check(svc.catalogue, r, svc.calendar(r.year), today) for r in records]


def register_document(svc: DisclosureService, year: int, today: date | None = None) -> Document:
    check_year(year)
    today = today or date.today()
    records = svc.records(year)
    return build_register_document(svc.catalogue, records, _problems(svc, records, today), year=year,
                                   issuer=issuer_of(svc), issued_on=today)


def quarter_records(svc: DisclosureService, year: int, quarter: int) -> list[DisclosureRecord]:
    """What was disclosed in the quarter: done records whose first channel started in it."""
    start, end = quarter_bounds(year, quarter)
    out = []
    for y in (year, year - 1):   # a record of last year's register may be disclosed in January
        for r in svc.records(y):
            first = r.disclosed_on
            if r.status is DisclosureStatus.DONE and first is not None and start <= first <= end:
                out.append(r)
    return out


def quarterly_list_document(svc: DisclosureService, year: int, quarter: int,
                            issued_on: date | None = None) -> Document:
    check_year(year)
    if quarter not in (1, 2, 3, 4):
        raise ValidationError("Quý phải là 1, 2, 3 hoặc 4.", "The quarter must be 1, 2, 3 or 4.",
                              field="quarter")
    return build_quarterly_list(svc.catalogue, quarter_records(svc, year, quarter), year=year,
                                quarter=quarter, issuer=issuer_of(svc), issued_on=issued_on or date.today())


def render(doc: Document, target: Path, fmt: str) -> None:
    """Draw a Document with the shared renderers (PDF: NĐ 30/2020 layout; DOCX: editable)."""
    from dancoso_desktop.documents.render import render as render_document

    render_document(doc, Path(target), fmt)


def export_register_pdf(svc: DisclosureService, year: int, target: Path, today: date | None = None) -> None:
    render(register_document(svc, year, today), target, "pdf")


def export_quarterly_list(svc: DisclosureService, year: int, quarter: int, target: Path, fmt: str,
                          issued_on: date | None = None) -> None:
    render(quarterly_list_document(svc, year, quarter, issued_on), target, fmt)
