"""Our DOCX and XLSX opened by LibreOffice, as a recipient without Word or Excel would.

Skipped, with the reason, when LibreOffice (`soffice`) is not installed. One conversion each,
in a private LibreOffice profile, so they stay few and fast.
"""

from __future__ import annotations

import csv
import subprocess
import unicodedata
from pathlib import Path

import pytest
from clients import require_program
from pypdf import PdfReader

from dancoso_desktop.documents import model
from dancoso_desktop.documents.docx import render_docx
from dancoso_desktop.documents.xlsx_common import Column, TableWriter, new_workbook, save_workbook
from dancoso_desktop.domain.plan import Plan, PlanSection, Signer
from dancoso_desktop.services.plan_documents import plan_document

pytestmark = [pytest.mark.libreoffice]


def _convert(src: Path, to: str, tmp: Path) -> Path:
    out = tmp / "out"
    profile = (tmp / "lo-profile").as_uri()
    subprocess.run([require_program("soffice"), f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", to, "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=240)
    produced = out / f"{src.stem}.{to.split(':')[0]}"
    assert produced.exists(), f"LibreOffice wrote nothing for {src.name}"
    return produced


def _plan() -> model.Document:
    plan = Plan(2026, title="Thực hiện dân chủ ở cơ sở năm 2026", number="05/KH-UBND",
                issuing_body="ỦY BAN NHÂN DÂN XÃ BÌNH LƯ", place="Bình Lư", signer=Signer(name="Lò Văn Hùng"),
                recipients=["UBND tỉnh", "Lưu: VT"], legal_bases=["Căn cứ Luật Thực hiện dân chủ ở cơ sở"])
    plan.sections = [PlanSection("Mục đích, yêu cầu", children=[
        PlanSection("Mục đích", text="Bảo đảm quyền được biết, được bàn của Nhân dân; a < b & c <b>x</b>.")])]
    plan.renumber()
    return plan_document(plan)


def test_docx_opens_in_libreoffice_with_the_same_text(tmp_path: Path) -> None:
    src = tmp_path / "ke-hoach.docx"
    render_docx(_plan(), src)
    pdf = _convert(src, "pdf", tmp_path)
    reader = PdfReader(pdf)
    text = " ".join(unicodedata.normalize("NFC", " ".join(p.extract_text() for p in reader.pages)).split())
    for expected in ("ỦY BAN NHÂN DÂN", "XÃ BÌNH LƯ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 05/KH-UBND", "KẾ HOẠCH",
                     "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a < b & c <b>x</b>", "Nơi nhận:",
                     "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "Lò Văn Hùng"):
        assert expected in text, expected
    box = reader.pages[0].mediabox
    assert round(float(box.width) * 25.4 / 72) == 210 and round(float(box.height) * 25.4 / 72) == 297


def test_xlsx_opens_in_libreoffice_with_hostile_strings_as_text(tmp_path: Path) -> None:
    from datetime import date

    wb = new_workbook()
    writer = TableWriter(wb.active, [Column("Nội dung"), Column("Ngày", "date"), Column("Tiến độ", "percent")])
    rows = [["=1+1", date(2026, 3, 9), 0.45], ["-5", None, 1.0], ["@x", None, None], ["+84 912", None, None],
            ["Công khai thôn Nà Khuổi", None, None]]
    for row in rows:
        writer.row(row)
    writer.finish()
    src = tmp_path / "so.xlsx"
    save_workbook(wb, src)
    csv_path = _convert(src, 'csv:Text - txt - csv (StarCalc):44,34,76', tmp_path)
    got = list(csv.reader(csv_path.read_text(encoding="utf-8").splitlines()))
    assert got[0] == ["Nội dung", "Ngày", "Tiến độ"]
    assert [r[0] for r in got[1:]] == ["=1+1", "-5", "@x", "+84 912", "Công khai thôn Nà Khuổi"]
    assert got[1][1:] == ["09/03/2026", "45%"] and got[2][2] == "100%"
