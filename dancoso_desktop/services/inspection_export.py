"""Outputs of the inspection feature: one inspection's minutes (PDF, DOCX) and the year's
summary (XLSX). The documents are built here from the records; the renderers draw them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dancoso_desktop.documents.inspection_minutes import build_minutes
from dancoso_desktop.documents.inspection_xlsx import write_inspections_xlsx
from dancoso_desktop.documents.model import Document
from dancoso_desktop.documents.render import render
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.inspection import Inspection
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.inspection_service import InspectionService
from dancoso_desktop.services.workspace import Workspace

MINUTES_FORMATS = ("pdf", "docx")


def minutes_document(ws: Workspace, insp: Inspection) -> Document:
    commune = CommuneService(ws.db).get_commune()
    issuing = commune.issuing_body if commune else "ỦY BAN NHÂN DÂN"
    place = (commune.place_name or commune.name) if commune else ""
    name = commune.display_name if commune else ""
    name = f"{name[:1].lower()}{name[1:]}"    # "xã Hòa An" inside a sentence
    return build_minutes(insp, issuing_body=issuing, place=place, commune_name=name)


def export_minutes(ws: Workspace, inspection_id: int, fmt: str, target: Path) -> Path:
    """Write the minutes of one inspection; the target is replaced only when complete."""
    if fmt not in MINUTES_FORMATS:
        raise ValidationError(f"Biên bản chỉ xuất được dạng PDF hoặc DOCX, không phải “{fmt}”.",
                              f"Minutes are written as PDF or DOCX, not “{fmt}”.", field="format")
    insp = InspectionService(ws.db).get(inspection_id)
    render(minutes_document(ws, insp), Path(target), fmt)
    return Path(target)


def export_summary(ws: Workspace, year: int, target: Path, today: date | None = None) -> Path:
    check_year(year)
    service = InspectionService(ws.db)
    inspections = service.list_inspections(year)
    commune = CommuneService(ws.db).get_commune()
    write_inspections_xlsx(inspections, Path(target), year=year,
                           commune=commune.issuing_body if commune else "",
                           today=today or service.today())
    return Path(target)


def minutes_filename(insp: Inspection, fmt: str) -> str:
    return safe_filename(f"Biên bản kiểm tra {insp.unit_name} {format_date(insp.start_date).replace('/', '-')}.{fmt}")
