"""The self-assessment scorecard written out: XLSX, or PDF/DOCX (report with the annex, NĐ 30)."""

from __future__ import annotations

import importlib
from pathlib import Path

from dancoso_desktop.documents.assessment_scorecard import build_scorecard, write_scorecard_xlsx
from dancoso_desktop.documents.model import Document
from dancoso_desktop.domain.assessment import Assessment
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.assessment_service import AssessmentService
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.workspace import Workspace

FORMATS = ("xlsx", "pdf", "docx")


def scorecard_document(ws: Workspace, a: Assessment) -> Document:
    commune = CommuneService(ws.db).get_commune()
    issuing = commune.issuing_body if commune else "ỦY BAN NHÂN DÂN"
    place = (commune.place_name or commune.name) if commune else ""
    name = commune.display_name if commune else ""
    name = f"{name[:1].lower()}{name[1:]}"      # "xã Hòa An" inside a sentence
    signer = {}
    if commune:
        signer = {"signer_authority": commune.signer_authority or "TM. ỦY BAN NHÂN DÂN",
                  "signer_title": commune.signer_title or "CHỦ TỊCH", "signer_name": commune.signer_name}
    return build_scorecard(a, issuing_body=issuing, place=place, commune_name=name, **signer)


def scorecard_filename(year: int, fmt: str) -> str:
    return safe_filename(f"Tự chấm điểm dân vận và dân chủ cơ sở năm {year}.{fmt}")


def export_scorecard(ws: Workspace, year: int, fmt: str, target: Path) -> Path:
    """Write the year's scorecard; the target is replaced only when complete."""
    if fmt not in FORMATS:
        raise ValidationError(f"Bảng tự chấm điểm xuất được dạng XLSX, PDF hoặc DOCX, không phải “{fmt}”.",
                              f"The scorecard is written as XLSX, PDF or DOCX, not “{fmt}”.", field="format")
    a = AssessmentService(ws.db).view(year)
    target = Path(target)
    if fmt == "xlsx":
        commune = CommuneService(ws.db).get_commune()
        write_scorecard_xlsx(a, target, commune=commune.issuing_body if commune else "")
        return target
    module = importlib.import_module(f"dancoso_desktop.documents.{fmt}")
    getattr(module, f"render_{fmt}")(scorecard_document(ws, a), target)
    return target
