"""Gathering returned files and opening spreadsheets safely (issue 14 item 2, bad input).

Sources: files, folders (walked), e-mails saved as .eml (their spreadsheet attachments). Before
openpyxl sees a byte: a size limit on the file, the zip's members checked for their declared
and real uncompressed size and compression ratio (a zip bomb is refused unopened), and every
XML part checked for a DOCTYPE (no external entity can be declared, so none can be resolved).
openpyxl then reads the cells as stored: a formula is its text ("=1+1"), never evaluated.
.xls and .ods are converted with LibreOffice when it is installed.
"""

from __future__ import annotations

import email
import email.policy
import io
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 20 * 1024 * 1024          # a return form is tens of kilobytes
MAX_MAIL_BYTES = 60 * 1024 * 1024
MAX_UNCOMPRESSED = 80 * 1024 * 1024
MAX_RATIO = 200                             # per member: uncompressed / compressed
MAX_MEMBERS = 2000
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass
class Source:
    """One spreadsheet to read: where it came from, its bytes, when it was sent or saved."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    sent: datetime | None = None
    problem_vi: str = ""
    problem_en: str = ""

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()


class FileRefused(Exception):
    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi, self.en = vi, en


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def gather(paths: list[Path]) -> list[Source]:
    """Every spreadsheet in ``paths`` (files, folders, .eml); others named as refused."""
    out: list[Source] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in (*SPREADSHEETS, ".eml") \
                        and not child.name.startswith(("~$", ".~lock")):
                    out.extend(_one(child))
        else:
            out.extend(_one(p))
    return out


def _one(path: Path) -> list[Source]:
    suffix = path.suffix.lower()
    if not path.exists():
        return [Source(path.name, path, problem_vi="Không tìm thấy tệp.", problem_en="File not found.")]
    size = path.stat().st_size
    if suffix == ".eml":
        if size > MAX_MAIL_BYTES:
            return [_too_big(path.name, path, size, MAX_MAIL_BYTES)]
        return _attachments(path)
    if suffix not in SPREADSHEETS:
        return [Source(path.name, path, problem_vi="Không phải bảng tính (.xlsx, .xls, .ods) hoặc thư (.eml).",
                       problem_en="Not a spreadsheet (.xlsx, .xls, .ods) or an e-mail (.eml).")]
    if size > MAX_FILE_BYTES:
        return [_too_big(path.name, path, size, MAX_FILE_BYTES)]
    return [Source(path.name, path, sent=None)]


def _too_big(name: str, path: Path | None, size: int, limit: int) -> Source:
    return Source(name, path,
                  problem_vi=f"Tệp quá lớn ({_mb(size)}; tối đa {_mb(limit)}): một phiếu báo cáo chỉ vài chục KB. "
                             "Hãy kiểm tra lại tệp đơn vị gửi.",
                  problem_en=f"The file is too large ({_mb(size)}; at most {_mb(limit)}): a return form is a "
                             "few tens of KB. Check the file the unit sent.")


def _attachments(path: Path) -> list[Source]:
    try:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    except (OSError, ValueError) as exc:
        return [Source(path.name, path, problem_vi=f"Không đọc được thư: {exc}.",
                       problem_en=f"Cannot read the e-mail: {exc}.")]
    sent = None
    try:
        if msg["Date"]:
            sent = parsedate_to_datetime(str(msg["Date"]))
            sent = sent.astimezone().replace(tzinfo=None) if sent.tzinfo else sent
    except (TypeError, ValueError):
        sent = None
    found: list[Source] = []
    for part in msg.walk():
        filename = part.get_filename()
        if not filename or Path(filename).suffix.lower() not in SPREADSHEETS:
            continue
        payload = part.get_payload(decode=True)
        name = f"{path.name} › {Path(filename).name}"
        if not isinstance(payload, bytes):
            continue
        if len(payload) > MAX_FILE_BYTES:
            found.append(_too_big(name, None, len(payload), MAX_FILE_BYTES))
            continue
        found.append(Source(name, None, payload, sent))
    if not found:
        found.append(Source(path.name, path, problem_vi="Thư không có tệp bảng tính đính kèm.",
                            problem_en="The e-mail has no spreadsheet attached."))
    return found


def read_bytes(src: Source) -> bytes:
    if src.data is not None:
        return src.data
    assert src.path is not None
    return src.path.read_bytes()


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_xlsx(data: bytes, suffix: str) -> bytes:
    """An .xls/.ods file converted with LibreOffice; refused with instructions without it."""
    exe = soffice()
    if exe is None:
        raise FileRefused(
            f"Tệp {suffix} (định dạng cũ hoặc LibreOffice): máy này chưa cài LibreOffice để chuyển đổi. "
            "Hãy mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành (Save As) › Excel Workbook (.xlsx), rồi nhập lại.",
            f"A {suffix} file: LibreOffice is not installed here to convert it. Open it in Excel or LibreOffice, "
            "Save As › Excel Workbook (.xlsx), and import that file.")
    with tempfile.TemporaryDirectory(prefix="dancoso-convert-") as tmp:
        src = Path(tmp) / f"in{suffix}"
        src.write_bytes(data)
        try:
            subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "xlsx", "--outdir", tmp, str(src)],
                           check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (subprocess.SubprocessError, OSError) as exc:
            raise FileRefused(f"LibreOffice không chuyển được tệp {suffix} sang .xlsx ({exc}).",
                              f"LibreOffice could not convert the {suffix} file to .xlsx ({exc}).") from exc
        out = Path(tmp) / "in.xlsx"
        if not out.exists():
            raise FileRefused(f"LibreOffice không chuyển được tệp {suffix} sang .xlsx.",
                              f"LibreOffice could not convert the {suffix} file to .xlsx.")
        return out.read_bytes()


def check_zip(data: bytes) -> None:
    """Refuse a zip bomb or an XML part with a DOCTYPE, before any XML parser runs."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise FileRefused("Tệp không phải bảng tính .xlsx hợp lệ (hỏng hoặc sai định dạng).",
                          "The file is not a valid .xlsx spreadsheet (damaged or another format).") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _bomb()
        total = 0
        for info in infos:
            total += info.file_size
            if total > MAX_UNCOMPRESSED or (info.compress_size and info.file_size / info.compress_size > MAX_RATIO) \
                    or (not info.compress_size and info.file_size > 1024 * 1024):
                raise _bomb()
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            read = 0
            chunks: list[bytes] = []
            with zf.open(info) as fh:
                while chunk := fh.read(1 << 16):
                    read += len(chunk)
                    if read > info.file_size or read > MAX_UNCOMPRESSED:   # lies about its size
                        raise _bomb()
                    chunks.append(chunk)
            body = b"".join(chunks)
            if _has_doctype(body):
                raise FileRefused(
                    "Tệp bảng tính chứa khai báo DOCTYPE/thực thể XML (có thể là tệp độc hại); đã từ chối, không đọc gì.",
                    "The spreadsheet declares a DOCTYPE / XML entity (possibly hostile); refused, nothing read.")


def _has_doctype(body: bytes) -> bool:
    for enc in ("utf-8", "utf-16"):
        for word in ("<!DOCTYPE", "<!ENTITY"):
            pattern = word.encode(enc)
            if enc == "utf-16":
                pattern = pattern[2:]     # without the BOM
            if pattern in body:
                return True
    return False


def _bomb() -> FileRefused:
    return FileRefused(
        "Tệp nén bất thường (dung lượng giải nén hoặc tỉ lệ nén quá lớn — có thể là «bom nén»); đã từ chối.",
        "Abnormal compression (uncompressed size or ratio too large — possibly a zip bomb); refused.")


def open_workbook(data: bytes) -> Any:
    """The workbook with formulas as their text. A full (not read-only) load: merged cells and
    hidden columns are needed, and the checks above bound what it can cost."""
    import openpyxl

    check_zip(data)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=False, keep_links=False,
                                      keep_vba=False, rich_text=False)
    except Exception as exc:   # openpyxl raises many kinds for a damaged file
        raise FileRefused(f"Không mở được bảng tính: {type(exc).__name__}.",
                          f"Cannot open the spreadsheet: {type(exc).__name__}.") from exc
