"""Outputs of the hương ước register: the register as XLSX, and the NĐ 61 forms Mẫu 01
(request for recognition) and Mẫu 03 (recognition decision) as PDF or DOCX."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dancoso_desktop.documents.model import Document, SignatureBlock
from dancoso_desktop.documents.village_rule_forms import recognition_document, request_document
from dancoso_desktop.documents.village_rule_xlsx import write_village_rules_xlsx
from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.village_rule import KIND_VI, VillageRule, check
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.village_rule_service import VillageRuleService
from dancoso_desktop.services.workspace import Workspace

FORMS = ("request", "recognition")
FORMATS = ("pdf", "docx")


def export_village_rules_xlsx(ws: Workspace, target: Path, *, today: date | None = None) -> int:
    today = today or date.today()
    svc = VillageRuleService(ws)
    records = svc.records()
    communes = CommuneService(ws.db)
    commune = communes.get_commune()
    hamlets = len(communes.list_units(kind=UnitKind.HAMLET))
    rows = [(r, check(r, svc.calendar(today.year), today)) for r in records]
    return write_village_rules_xlsx(rows, Path(target), commune=commune.issuing_body if commune else "",
                                    hamlets=hamlets, year=today.year)


def form_document(ws: Workspace, r: VillageRule, form: str) -> Document:
    commune = CommuneService(ws.db).get_commune()
    body = commune.issuing_body if commune else "ỦY BAN NHÂN DÂN XÃ"
    name = commune.full_name if commune else ""
    place = (commune.place_name or commune.name) if commune else ""
    if form == "request":
        if r.adopted_on is None:
            raise ValidationError("Chưa thông qua nên chưa có văn bản đề nghị công nhận (Mẫu 01).",
                                  "Not adopted yet: there is no request for recognition (Form 01).", field="form")
        return request_document(r, commune_body=body, commune_name=name, place=place)
    if form == "recognition":
        if r.adopted_on is None:
            raise ValidationError("Chỉ lập quyết định công nhận (Mẫu 03) cho văn bản đã được thông qua.",
                                  "A recognition decision (Form 03) needs an adopted text.", field="form")
        signer = SignatureBlock(authority=commune.signer_authority if commune else "TM. ỦY BAN NHÂN DÂN",
                                title=commune.signer_title if commune else "CHỦ TỊCH",
                                name=commune.signer_name if commune else "")
        return recognition_document(r, commune_body=body, commune_name=name, place=place, signer=signer)
    raise ValidationError(f"Biểu mẫu “{form}” không có; chọn request (Mẫu 01) hoặc recognition (Mẫu 03).",
                          f"Unknown form “{form}”; use request (Form 01) or recognition (Form 03).", field="form")


def _renderer(fmt: str) -> Callable[[Document, Path], object]:
    if fmt not in FORMATS:
        raise ValidationError(f"Biểu mẫu xuất được dạng PDF hoặc DOCX, không phải “{fmt}”.",
                              f"Forms are written as PDF or DOCX, not “{fmt}”.", field="format")
    module_name, fn_name = {"pdf": ("pdf", "render_pdf"), "docx": ("docx", "render_docx")}[fmt]
    module = importlib.import_module(f"dancoso_desktop.documents.{module_name}")
    return getattr(module, fn_name)


def export_form(ws: Workspace, rule_id: int, form: str, fmt: str, target: Path) -> Path:
    """Write Mẫu 01 or Mẫu 03 of one text, filled from the record; the target is replaced only
    when complete."""
    render = _renderer(fmt)
    doc = form_document(ws, VillageRuleService(ws).get(rule_id), form)
    render(doc, Path(target))
    return Path(target)


def form_filename(r: VillageRule, form: str, fmt: str) -> str:
    what = "Đề nghị công nhận" if form == "request" else "Quyết định công nhận"
    return safe_filename(f"{what} {KIND_VI[r.kind].lower()} {r.hamlet_name}.{fmt}")
