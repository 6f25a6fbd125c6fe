"""Errors that must not hide bugs (issue 15 item 8): the PDF reader tells a damaged file from
our own bug (logged with its traceback), and the one `render()` never turns a missing
renderer into a message."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from dancoso_desktop.documents import render as render_mod
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan, PlanSection
from dancoso_desktop.importers import pdf_reader
from dancoso_desktop.services.plan_import import read_plan_file


def text_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, "I. PHAN MOT of a long plan with enough text on the page to be read")
    c.drawString(72, 740, "1. Muc mot va noi dung cua no, du dai de co lop chu cho trang nay")
    c.showPage()
    c.save()
    return path


def test_a_bug_in_our_pdf_code_is_logged_not_called_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    pdf = text_pdf(tmp_path / "ke-hoach.pdf")

    def buggy(*_a: object, **_k: object) -> list[object]:
        raise TypeError("our own bug")
    monkeypatch.setattr(pdf_reader, "_lines", buggy)
    with caplog.at_level(logging.ERROR, logger=pdf_reader.__name__), pytest.raises(ValidationError) as err:
        read_plan_file(pdf)
    assert "damaged" not in err.value.en and "Unexpected error" in err.value.en and "nhật ký" in err.value.vi
    record = next(r for r in caplog.records if r.name == pdf_reader.__name__)
    assert record.exc_info is not None and "our own bug" in str(record.exc_info[1])
    assert "buggy" in caplog.text   # the traceback, down to the frame that failed


def test_an_error_inside_pypdf_is_a_damaged_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pdf = text_pdf(tmp_path / "hong.pdf")
    data = pdf.read_bytes()
    # Break the content stream's compression-free text operators into garbage pypdf chokes on.
    broken = tmp_path / "hong2.pdf"
    broken.write_bytes(data[: len(data) // 2])
    with caplog.at_level(logging.ERROR, logger=pdf_reader.__name__), pytest.raises(ValidationError) as err:
        read_plan_file(broken)
    assert "damaged" in err.value.en
    assert not [r for r in caplog.records if r.name == pdf_reader.__name__]


def test_library_failures_are_told_apart_by_where_they_were_raised() -> None:
    from pypdf.errors import PdfReadError

    assert "damaged" in pdf_reader._library_failure(PdfReadError("x"), "a.pdf").en
    assert "damaged" in pdf_reader._library_failure(OSError("disk"), "a.pdf").en
    try:
        raise KeyError("ours")
    except KeyError as exc:
        assert "Unexpected" in pdf_reader._library_failure(exc, "a.pdf").en


def small_plan() -> Plan:
    return Plan(year=2026, title="Thực hiện dân chủ ở cơ sở năm 2026", sections=[PlanSection(title="MỤC ĐÍCH")])


def test_render_draws_both_formats_and_refuses_others(tmp_path: Path) -> None:
    from dancoso_desktop.services.plan_documents import plan_document

    doc = plan_document(small_plan())
    assert render_mod.render(doc, tmp_path / "a.pdf", "pdf").target.read_bytes()[:5] == b"%PDF-"
    assert render_mod.render(doc, tmp_path / "a.docx", "DOCX").target.read_bytes()[:2] == b"PK"
    with pytest.raises(ValidationError):
        render_mod.render(doc, tmp_path / "a.odt", "odt")


@pytest.mark.parametrize("fmt,module", [("pdf", "dancoso_desktop.documents.pdf"),
                                        ("docx", "dancoso_desktop.documents.docx")])
def test_a_missing_renderer_is_an_import_error_everywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          fmt: str, module: str) -> None:
    """A bundle that lost ReportLab or python-docx fails loudly, through every caller."""
    from dancoso_desktop.services import disclosure_export, plan_documents

    monkeypatch.setitem(sys.modules, module, None)   # "import" now raises ImportError
    doc = plan_documents.plan_document(small_plan())
    with pytest.raises(ImportError):
        render_mod.render(doc, tmp_path / f"x.{fmt}", fmt)
    with pytest.raises(ImportError):
        plan_documents.write_plan(small_plan(), None, fmt, tmp_path / f"p.{fmt}")
    with pytest.raises(ImportError):
        disclosure_export.render(doc, tmp_path / f"d.{fmt}", fmt)
    assert not list(tmp_path.iterdir())


def test_the_inspection_minutes_use_the_shared_render() -> None:
    from dancoso_desktop.services import inspection_export

    assert inspection_export.render is render_mod.render
