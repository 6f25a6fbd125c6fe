"""The staff conference's minutes and resolution as PDF or Word (NĐ 30/2020 layout).

The Documents are built from the stored record and the commune; the existing renderers draw
them and replace the target only when the file is complete.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from dancoso_desktop.documents.model import Document
from dancoso_desktop.documents.staff_conference_minutes import build_minutes, build_resolution
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.staff_conference import StaffConference
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.staff_conference_service import StaffConferenceService
from dancoso_desktop.services.workspace import Workspace

FORMATS = ("pdf", "docx")
DOCUMENTS = ("minutes", "resolution")


def conference_document(ws: Workspace, conf: StaffConference, which: str = "minutes") -> Document:
    if which not in DOCUMENTS:
        raise ValidationError(f"Chỉ xuất được biên bản hoặc nghị quyết, không phải “{which}”.",
                              f"Only the minutes or the resolution can be written, not “{which}”.",
                              field="document")
    commune = CommuneService(ws.db).get_commune()
    issuing = commune.issuing_body if commune else "ỦY BAN NHÂN DÂN"
    place = (commune.place_name or commune.name) if commune else ""
    build = build_minutes if which == "minutes" else build_resolution
    return build(conf, issuing_body=issuing, place=place)


def _renderer(fmt: str) -> Callable[[Document, Path], None]:
    if fmt not in FORMATS:
        raise ValidationError(f"Chỉ xuất được dạng PDF hoặc DOCX, không phải “{fmt}”.",
                              f"Only PDF or DOCX can be written, not “{fmt}”.", field="format")
    module_name, fn_name = {"pdf": ("pdf", "render_pdf"), "docx": ("docx", "render_docx")}[fmt]
    module = importlib.import_module(f"dancoso_desktop.documents.{module_name}")
    return getattr(module, fn_name)


def export_conference(ws: Workspace, conf_id: int, fmt: str, target: Path, which: str = "minutes") -> Path:
    """Write the minutes or the resolution of one staff conference to ``target``."""
    render = _renderer(fmt)
    conf = StaffConferenceService(ws.db).get(conf_id)
    render(conference_document(ws, conf, which), Path(target))
    return Path(target)


def default_filename(conf: StaffConference, fmt: str, which: str = "minutes") -> str:
    kind = "Biên bản" if which == "minutes" else "Nghị quyết"
    return safe_filename(f"{kind} hội nghị cán bộ {conf.unit_name} {conf.work_year + 1}.{fmt}")
