"""Outputs of the register: XLSX and PDF of the year, and the quarterly list (Art. 13.2).

The XLSX streams rows from SQL into a write-only workbook (100,000 rows in flat memory); the PDF
and the quarterly list go through the neutral Document and the shared renderers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from dancoso_desktop.documents.disclosure_list import (
    Issuer,
    build_quarterly_list,
    build_register_document,
    quarter_bounds,
)
from dancoso_desktop.documents.model import Document
from dancoso_desktop.domain.commune import COMMUNE_KIND_VI
from dancoso_desktop.domain.disclosure import (
    DisclosureRecord,
    DisclosureStatus,
    Scope,
)
from dancoso_desktop.domain.disclosure_rules import check
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.services.commune_service import CommuneService
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


def export_register_xlsx(svc: DisclosureService, year: int | None, target: Path, *,
                         today: date | None = None, progress: Progress | None = None) -> int:
    """The register of ``year`` (None: all years) as XLSX; ``progress(rows)`` every 2,000 rows."""
    from dancoso_desktop.services.register_export import export_register

    return export_register(svc.db, svc.catalogue, year, target, today=today, progress=progress)


def _problems(svc: DisclosureService, records: list[DisclosureRecord], today: date) -> list[list[Any]]:
    return [check(svc.catalogue, r, svc.calendar(r.year), today) for r in records]


def register_document(svc: DisclosureService, year: int, today: date | None = None) -> Document:
    check_year(year)
    today = today or date.today()
    records = svc.records(year, Scope.PUBLIC)
    return build_register_document(svc.catalogue, records, _problems(svc, records, today), year=year,
                                   issuer=issuer_of(svc), issued_on=today)


def quarter_records(svc: DisclosureService, year: int, quarter: int) -> list[DisclosureRecord]:
    """What was disclosed in the quarter: done records whose first channel started in it."""
    start, end = quarter_bounds(year, quarter)
    out = []
    for y in (year, year - 1):   # a record of last year's register may be disclosed in January
        for r in svc.records(y, Scope.PUBLIC):
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
