"""One way to draw a neutral Document as PDF or DOCX, for every caller.

The renderers are imported here, on first use, and an ImportError is never turned into a
message: a bundle that lost ReportLab or python-docx must fail loudly in its tests, not tell
the officer that the format is "not available in this version".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dancoso_desktop.documents.model import Document
from dancoso_desktop.documents.report import RenderReport
from dancoso_desktop.domain.errors import ValidationError

FORMATS = ("pdf", "docx")


def render(doc: Document, target: Path, fmt: str, *,
           on_page: Callable[[int], None] | None = None) -> RenderReport:
    """Draw ``doc`` at ``target`` (replaced only when complete) as ``fmt`` ("pdf" or "docx").

    ``on_page(n)`` is called after each PDF page (an exception it raises cancels the work).
    """
    fmt = fmt.lower().lstrip(".")
    if fmt == "pdf":
        from dancoso_desktop.documents.pdf import render_pdf

        return render_pdf(doc, Path(target), on_page=on_page)
    if fmt == "docx":
        from dancoso_desktop.documents.docx import render_docx

        return render_docx(doc, Path(target))
    raise ValidationError(f"Định dạng “{fmt}” không được hỗ trợ (pdf, docx).",
                          f"Format “{fmt}” is not supported (pdf, docx).", field="format")
