"""Outputs of the consultations register: the year's register as XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dancoso_desktop.documents.consultation_xlsx import write_consultations_xlsx
from dancoso_desktop.domain.consultation_rules import check
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.consultation_service import ConsultationService
from dancoso_desktop.services.workspace import Workspace


def export_consultations_xlsx(ws: Workspace, year: int, target: Path, *, today: date | None = None) -> int:
    """Write the year's consultations; returns the number of rows. The file is replaced only
    when complete (``save_workbook`` writes beside it, then renames)."""
    check_year(year)
    today = today or date.today()
    records = ConsultationService(ws).records(year)
    commune = CommuneService(ws.db).get_commune()
    return write_consultations_xlsx([(c, check(c, today)) for c in records], Path(target), year=year,
                                    commune=commune.issuing_body if commune else "")
