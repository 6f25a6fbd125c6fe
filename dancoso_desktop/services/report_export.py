"""Writing a report: PDF, DOCX, the XLSX annex, and the package to email (issue 11 item 7).

The package is a folder named safely from the commune, the kind and the period, holding the
PDF, the DOCX, the XLSX and ``report.json`` (``domain.report_package``, documented in
docs/report-package.md), and a .zip of that folder beside it. The email text (subject and
body in Vietnamese) is returned for the window to copy and also written as ``email.txt``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dancoso_desktop import __version__
from dancoso_desktop.documents.report import RenderReport
from dancoso_desktop.documents.report_document import ReportHead
from dancoso_desktop.domain import report_package
from dancoso_desktop.domain.errors import EnvironmentProblem, ValidationError
from dancoso_desktop.domain.report_doc import Report, ReportContent, report_not_found
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.fileio import atomic_target, safe_filename

if TYPE_CHECKING:
    from dancoso_desktop.domain.commune import Commune
    from dancoso_desktop.storage.database import Database

FORMATS = ("pdf", "docx", "xlsx", "package")
Progress = Callable[[int, int, str], None]


@dataclass
class Package:
    folder: Path
    zip_path: Path
    files: list[Path] = field(default_factory=list)
    subject: str = ""
    body: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def email_text(self) -> str:
        return f"Tiêu đề: {self.subject}\n\n{self.body}"


def _checked_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValidationError(f"Định dạng “{fmt}” không được hỗ trợ (pdf, docx, xlsx, package).",
                              f"Format “{fmt}” is not supported (pdf, docx, xlsx, package).", field="format")
    return fmt


def _commune(db: Database) -> Commune | None:
    from dancoso_desktop.services.commune_service import CommuneService

    return CommuneService(db).get_commune()


def commune_head(db: Database) -> dict[str, str]:
    """The commune's lines of a report header, as they stand now."""
    return head_lines(_commune(db))


def head_lines(commune: Commune | None) -> dict[str, str]:
    return {"issuing_body": commune.issuing_body if commune else "ỦY BAN NHÂN DÂN",
            "place": (commune.place_name or commune.name) if commune else "",
            "commune_name": commune.full_name if commune else "xã"}


def head_of(commune: Commune | None, report: Report, content: ReportContent | None = None) -> ReportHead:
    """The header of ``report``: an issued report's frozen lines, else the commune's today."""
    lines = (content.head if content is not None and content.head else None) or head_lines(commune)
    issuing, place, name = lines["issuing_body"], lines["place"], lines["commune_name"]
    issued = report.issued_on is not None
    return ReportHead(
        issuing_body=issuing, place=place, commune_name=name, title=report.title, kind_label=report.kind.label_vi,
        year=report.year, period_start=report.period_start, period_end=report.period_end,
        recipient=report.recipient, number=report.number, issued_on=report.issued_on,
        signer_authority=report.signer_authority if issued else (commune.signer_authority if commune else ""),
        signer_title=report.signer_title if issued else (commune.signer_title if commune else ""),
        signer_name=report.signer_name if issued else (commune.signer_name if commune else ""))


def base_name(db: Database, report: Report) -> str:
    """'Báo cáo 6 tháng 2026 xã Bình Lư (15-12-2025 đến 14-06-2026)': safe on Windows."""
    return file_name(_commune(db), report)


def file_name(commune: Commune | None, report: Report) -> str:
    who = commune.full_name if commune else ""
    when = f"{report.period_start:%d-%m-%Y} đến {report.period_end:%d-%m-%Y}"
    version = f" v{report.version}" if report.version > 1 else ""
    return safe_filename(f"Báo cáo {report.kind.label_vi} {report.year} {who} ({when}){version}")


def write(db: Database, report_id: int, fmt: str, target: Path, progress: Progress | None = None) -> RenderReport:
    """Write one report as pdf | docx | xlsx at ``target`` (atomically)."""
    from dancoso_desktop.services.report_service import ReportService

    fmt = _checked_format(fmt)
    if fmt == "package":
        pkg = write_package(db, report_id, Path(target), progress)
        return RenderReport(pkg.folder)
    service = ReportService(db)
    report = service.get(report_id)
    content = service.content(report_id)
    return _write_one(head_of(_commune(db), report, content), content, fmt, Path(target), progress)


def _write_one(head: ReportHead, content: ReportContent, fmt: str, target: Path,
               progress: Progress | None = None) -> RenderReport:
    from dancoso_desktop.documents import report_document as R

    if fmt == "pdf":
        return R.render_pdf(head, content, target, on_page=(lambda n: progress(n, 0, "")) if progress else None)
    if fmt == "docx":
        return R.render_docx(head, content, target)
    return R.write_xlsx(head, content, target)


def _write_documents(head: ReportHead, content: ReportContent, files: list[Path],
                     progress: Progress | None = None) -> list[str]:
    """The package's PDF, DOCX and XLSX (in that order in ``files``); their warnings.

    The DOCX and the XLSX go to a second process while this one draws the PDF (render_worker:
    two cores, about 0.2 s sooner); whatever it did not write is written here, with the same
    messages a refusal would give."""
    from dancoso_desktop.documents.report_document import head_to_json
    from dancoso_desktop.services import render_worker

    later = [(f.suffix[1:], f) for f in files[1:]]
    worker = render_worker.start({"head": head_to_json(head), "content": content.to_json(),
                                  "jobs": [[fmt, str(path)] for fmt, path in later]})
    warnings: list[str] = []
    if progress:
        progress(0, 5, "pdf")
    try:
        rendered = _write_one(head, content, "pdf", files[0])
    except BaseException:
        if worker is not None:
            worker.stop()      # the package fails as a whole: the worker's files go with its folder
        raise
    if rendered.warning():
        warnings.append(rendered.warning())
    if worker is not None and worker.wait():
        return warnings
    for i, (fmt, path) in enumerate(later, start=1):
        if progress:
            progress(i, 5, fmt)
        rendered = _write_one(head, content, fmt, path)
        if rendered.warning():
            warnings.append(rendered.warning())
    return warnings


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def package_payload(commune: Commune | None, report: Report, content: ReportContent,
                    files: list[Path]) -> dict[str, Any]:
    """report.json's payload (schema ``dancoso.report-package`` v1), before sealing."""
    head = head_of(commune, report, content)
    return {
        "schema": report_package.SCHEMA, "schema_version": report_package.SCHEMA_VERSION,
        "generator": f"dancoso_desktop {__version__}",
        "created": datetime.now().replace(microsecond=0).isoformat(),
        "commune": {"name": commune.display_name if commune else "", "province": commune.province if commune else "",
                    "code": None},
        "report": {"id": report.id, "version": report.version, "kind": report.kind.value, "year": report.year,
                   "period_start": report.period_start.isoformat(), "period_end": report.period_end.isoformat(),
                   "number": report.number or None,
                   "date": report.issued_on.isoformat() if report.issued_on else None,
                   "status": report.status.value, "title": report.title, "recipient": report.recipient,
                   "signer": {"authority": head.signer_authority, "title": head.signer_title,
                              "name": head.signer_name},
                   # optional fields (schema v1 allows additions)
                   "sent_on": report.sent_on.isoformat() if report.sent_on else None,
                   "built_on": content.built_on},
        "sections": [{"number": s.number, "title": s.title, "slot": s.slot,
                      "text": "\n".join([*s.statements, *(f"{f.label}: {f.value}" for f in s.figures), s.text]).strip()}
                     for s in content.sections],
        "figures": [{"code": f.code, "label": f.label, "value": f.value, "unit": f.unit, "source": f.source,
                     "records": [{"kind": k, "id": i} for k, i in f.records]} for f in content.figures],
        "annex": [{"group": a.group, "code": a.code, "label": a.label, "unit": a.unit, "value": a.value,
                   "previous": a.previous, "level": a.level} for a in content.annex],
        "files": [{"name": p.name, "sha256": _sha(p), "bytes": p.stat().st_size} for p in files],
    }


def email_text(db: Database, report: Report) -> tuple[str, str]:
    return email_lines(_commune(db), report)


def email_lines(commune: Commune | None, report: Report) -> tuple[str, str]:
    who = commune.full_name if commune else "xã"
    number = f" số {report.number}" if report.number else ""
    dated = f" ngày {format_date(report.issued_on)}" if report.issued_on else ""
    subject = f"Báo cáo{number} kết quả thực hiện dân chủ ở cơ sở {report.kind.label_vi} năm {report.year} - " \
              f"UBND {who}"
    body = (f"Kính gửi: {report.recipient}.\n\n"
            f"Ủy ban nhân dân {who} gửi Báo cáo{number}{dated} về {report.title[:1].lower()}{report.title[1:]} "
            f"(số liệu từ ngày {format_date(report.period_start)} đến ngày {format_date(report.period_end)}).\n\n"
            "Tệp đính kèm: báo cáo (PDF, DOCX), phụ lục số liệu (XLSX) và dữ liệu báo cáo (report.json).\n\n"
            f"Trân trọng.\nVăn phòng HĐND và UBND {who}")
    return subject, body


def write_package(db: Database, report_id: int, parent: Path, progress: Progress | None = None) -> Package:
    """Write the package folder inside ``parent`` (and the .zip beside the folder).

    Each file is written atomically; the folder is filled in a temporary folder beside it and
    renamed into place, so a failure leaves the previous package as it was."""
    from dancoso_desktop.services.report_service import ReportService

    service = ReportService(db)
    report = service.get(report_id)
    return _write_package(report, service.content(report_id), _commune(db), parent, progress)


def _write_package(report: Report, content: ReportContent, commune: Commune | None, parent: Path,
                   progress: Progress | None = None) -> Package:
    head = head_of(commune, report, content)
    name = file_name(commune, report)
    parent = Path(parent)
    folder = parent / name
    try:
        parent.mkdir(parents=True, exist_ok=True)
        work = parent / f".{name[:60]}.part"
        if work.exists():
            shutil.rmtree(work)
        work.mkdir()
    except OSError as exc:
        raise EnvironmentProblem(
            f"Không tạo được thư mục gói báo cáo trong “{parent}”: thư mục không cho ghi hoặc ổ đĩa đầy.",
            f"Cannot create the package folder in “{parent}”: the folder is read-only or the disk is full.") from exc
    try:
        files = [work / f"{name}.{fmt}" for fmt in ("pdf", "docx", "xlsx")]
        warnings = _write_documents(head, content, files, progress)
        subject, body = email_lines(commune, report)
        payload = package_payload(commune, report, content, files)
        with atomic_target(work / "report.json") as tmp:
            tmp.write_text(report_package.dumps(payload), encoding="utf-8")
        with atomic_target(work / "email.txt") as tmp:
            tmp.write_text(f"Tiêu đề: {subject}\n\n{body}\n", encoding="utf-8")
        if progress:
            progress(4, 5, "zip")
        if folder.exists():
            shutil.rmtree(folder)
        work.rename(folder)
        zip_path = parent / f"{name}.zip"
        with atomic_target(zip_path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            for p in sorted(folder.iterdir()):
                z.write(p, f"{name}/{p.name}")
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise EnvironmentProblem(f"Không ghi được gói báo cáo: {exc.strerror or exc}.",
                                 f"Cannot write the report package: {exc.strerror or exc}.") from exc
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    if progress:
        progress(5, 5, "")
    return Package(folder, zip_path, [folder / p.name for p in files] + [folder / "report.json"], subject, body,
                   warnings)


def write_from_file(db_path: Path, report_id: int, fmt: str, target: Path) -> RenderReport | Package | None:
    """The command line's export: the data file read with sqlite3 alone (storage/report_reader.py),
    a draft's figures counted by the registers through plain SQL; no SQLAlchemy is loaded.

    None when the file needs the full open first (missing, older schema, half-migrated): the
    caller then opens the data folder the full way and calls ``write`` / ``write_package``."""
    from dancoso_desktop.services.report_builder import build
    from dancoso_desktop.storage.errors import known_problem
    from dancoso_desktop.storage.register_reader import open_for_export
    from dancoso_desktop.storage.report_reader import read_report
    from dancoso_desktop.storage.rows import SqliteRows

    fmt = _checked_format(fmt)
    con = open_for_export(Path(db_path))
    if con is None:
        return None
    try:
        rows = SqliteRows(con, Path(db_path))
        con.execute("BEGIN")       # one snapshot: a window saving meanwhile cannot split the figures
        stored = read_report(con, report_id)
        if stored is None:
            raise report_not_found(report_id)
        report = stored.report
        content = (ReportContent.from_json(json.loads(stored.snapshot)) if stored.snapshot else
                   build(rows, report.outline, report.period, annex_hidden=report.annex_hidden))
        con.execute("COMMIT")
    except sqlite3.Error as exc:
        # A damaged page or a locked file met by a read here: the officer's plain message.
        problem = known_problem(exc, Path(db_path))
        if problem is None:
            raise
        raise problem from exc
    finally:
        con.close()            # ends the read transaction, whatever happened
    if fmt == "package":
        return _write_package(report, content, stored.commune, Path(target))
    return _write_one(head_of(stored.commune, report, content), content, fmt, Path(target))


def read_package(folder: Path) -> dict[str, Any]:
    """Read and check a package folder's report.json and its files (the receiving side)."""
    text = (Path(folder) / "report.json").read_text(encoding="utf-8")
    payload, problems = report_package.loads(text)
    if payload is None:
        raise ValidationError(problems[0].vi, problems[0].en)
    for f in payload["files"]:
        p = Path(folder) / f["name"]
        if not p.exists() or _sha(p) != f["sha256"]:
            raise ValidationError(f"Tệp “{f['name']}” của gói bị thiếu hoặc đã bị sửa.",
                                  f"File “{f['name']}” of the package is missing or was changed.")
    return json.loads(text)
