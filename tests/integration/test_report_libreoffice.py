"""The report's DOCX and XLSX annex opened by LibreOffice, as a province without Word would.

Skipped, with the reason, when LibreOffice (`soffice`) is not installed."""

from __future__ import annotations

import csv
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from clients import require_program
from pypdf import PdfReader

from dancoso_desktop.services import report_export
from dancoso_desktop.services.report_service import ReportService
from dancoso_desktop.services.workspace import open_workspace

pytestmark = [pytest.mark.libreoffice]


def _convert(src: Path, to: str, tmp: Path) -> Path:
    out = tmp / "out"
    subprocess.run([require_program("soffice"), f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}", "--headless",
                    "--norestore", "--convert-to", to, "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=240)
    produced = out / f"{src.stem}.{to.split(':')[0]}"
    assert produced.exists(), f"LibreOffice wrote nothing for {src.name}"
    return produced


def test_report_docx_and_xlsx_open_in_libreoffice(demo_dir: Path, tmp_path: Path) -> None:
    ws = open_workspace(demo_dir)
    try:
        report_export.write(ws.db, 1, "docx", tmp_path / "bc.docx")
        report_export.write(ws.db, 1, "xlsx", tmp_path / "bc.xlsx")
        report = ReportService(ws.db).get(1)
        content: Any = ReportService(ws.db).content(1)
    finally:
        ws.close()
    pdf = _convert(tmp_path / "bc.docx", "pdf", tmp_path)
    text = " ".join(unicodedata.normalize("NFC", " ".join(p.extract_text() for p in PdfReader(pdf).pages)).split())
    for expected in ("BÁO CÁO", f"Số: {report.number}", "Nơi nhận:", "Phụ lục I",
                     f"(Kèm theo Báo cáo số {report.number}"):
        assert expected in text, expected
    csv_file = _convert(tmp_path / "bc.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path)
    rows = list(csv.reader(csv_file.read_text(encoding="utf-8").splitlines()))
    by_code = {r[2]: r for r in rows if len(r) > 5 and "." in r[2]}
    for a in content.annex:
        # as LibreOffice shows the cell: a count as "41", a share with its decimals ("89.6")
        assert float(by_code[a.code][4].replace(",", "")) == a.value, a.code
