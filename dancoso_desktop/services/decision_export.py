"""Outputs of community decisions: NĐ 59 Mẫu 01–04 of one decision (PDF, DOCX) and the year's
register (XLSX). The documents are built from the records; the renderers draw them."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from dancoso_desktop.documents.decision_forms import BUILDERS, FORM_TITLE_VI, FORMS, FormContext
from dancoso_desktop.documents.decision_xlsx import write_decisions_xlsx
from dancoso_desktop.documents.model import Document
from dancoso_desktop.domain.decision import Decision
from dancoso_desktop.domain.decision_rules import verdict
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.decision_service import DecisionService
from dancoso_desktop.services.workspace import Workspace

FORMATS = ("pdf", "docx")


def _context(ws: Workspace, d: Decision) -> FormContext:
    commune = CommuneService(ws.db).get_commune()
    body = commune.issuing_body if commune else "ỦY BAN NHÂN DÂN"
    place = (commune.place_name or commune.name) if commune else ""
    head = ""
    # The current head signs; not for an election or a dismissal, where the head changes
    # (the name is then written by hand).
    if len(d.votes) == 1 and d.votes[0].unit_id is not None and d.election is None:
        head = next((h.name for h in DecisionService(ws).heads() if h.unit_id == d.votes[0].unit_id), "")
    return FormContext(body, place, head)


def form_document(ws: Workspace, d: Decision, form: str) -> Document:
    if form not in FORMS:
        raise ValidationError(f"Không có mẫu “{form}”; chọn một trong: {', '.join(FORMS)}.",
                              f"No form “{form}”; choose one of: {', '.join(FORMS)}.", field="form")
    return BUILDERS[form](d, _context(ws, d))


def _renderer(fmt: str) -> Callable[[Document, Path], None]:
    if fmt not in FORMATS:
        raise ValidationError(f"Mẫu chỉ xuất được dạng PDF hoặc DOCX, không phải “{fmt}”.",
                              f"Forms are written as PDF or DOCX, not “{fmt}”.", field="format")
    module_name, fn_name = {"pdf": ("pdf", "render_pdf"), "docx": ("docx", "render_docx")}[fmt]
    module = importlib.import_module(f"dancoso_desktop.documents.{module_name}")
    return getattr(module, fn_name)


def export_form(ws: Workspace, decision_id: int, form: str, fmt: str, target: Path) -> Path:
    """Write one NĐ 59 form of a decision; the target is replaced only when complete."""
    render = _renderer(fmt)
    d = DecisionService(ws).get(decision_id)
    render(form_document(ws, d, form), Path(target))
    return Path(target)


def export_register(ws: Workspace, year: int, target: Path) -> Path:
    check_year(year)
    svc = DecisionService(ws)
    rows = [(d, verdict(d), svc.problems(d)) for d in svc.decisions(year)]
    commune = CommuneService(ws.db).get_commune()
    write_decisions_xlsx(rows, Path(target), year=year, commune=commune.issuing_body if commune else "")
    return Path(target)


def form_filename(d: Decision, form: str, fmt: str) -> str:
    day = format_date(d.vote_date).replace("/", "-")
    return safe_filename(f"{FORM_TITLE_VI[form]} {d.hamlet_names[:60]} {day}.{fmt}")
