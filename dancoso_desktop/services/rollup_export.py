"""Writing the roll-up: XLSX (totals, communes × rows, receipt board) and the draft consolidated
report as PDF or DOCX (issue 14 item 5)."""

from __future__ import annotations

import importlib
from pathlib import Path

from dancoso_desktop.documents.rollup_xlsx import write_rollup_xlsx
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.reporting import ReportKind
from dancoso_desktop.services.rollup_document import build_rollup_document
from dancoso_desktop.services.rollup_service import Rollup, office_name, rollup
from dancoso_desktop.storage.database import Database

FORMATS = ("xlsx", "pdf", "docx")


def export_rollup(db: Database, year: int, kind: str, fmt: str, target: Path) -> Path:
    if fmt not in FORMATS:
        raise ValidationError(f"Định dạng «{fmt}» không hỗ trợ (xlsx, pdf, docx).",
                              f"Format “{fmt}” is not supported (xlsx, pdf, docx).", field="format")
    r = rollup(db, year, kind)
    office = office_name(db)
    if fmt == "xlsx":
        write_xlsx(r, office, Path(target))
    else:
        module, fn = {"pdf": ("pdf", "render_pdf"), "docx": ("docx", "render_docx")}[fmt]
        render = getattr(importlib.import_module(f"dancoso_desktop.documents.{module}"), fn)
        render(build_rollup_document(office, r), Path(target))
    return Path(target)


def write_xlsx(r: Rollup, office: str, target: Path) -> None:
    title = f"TỔNG HỢP KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ {ReportKind(r.kind).label_vi.upper()} NĂM {r.year}"
    codes = [(t.code, t.label) for t in r.totals]
    communes = [(c.province, c.name, r.values.get(c.commune_id, {}) if c.received else None) for c in r.communes]
    receipt = [(c.province, c.name, "Đã nhận" if c.received else "Chưa nhận", c.received_at, c.version,
                ("Trễ hạn" if c.late else "Đúng hạn") if c.received else "", "; ".join(c.standouts))
               for c in r.communes]
    write_rollup_xlsx(target, title=title, office=office, due=r.due,
                      totals=[(t.group, t.label, t.unit, t.total, t.communes) for t in r.totals],
                      codes=codes, communes=communes, receipt=receipt)
