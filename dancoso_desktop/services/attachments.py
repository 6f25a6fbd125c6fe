"""Evidence files (a photo of a posted notice, a radio log, minutes), copied into the data folder.

Files are content-addressed (sha256) under ``attachments/ab/abcdef….ext`` and never linked, so
moving or deleting the original loses nothing (design.md §3). Records keep the sha256 and the
original file name; the same file attached twice is stored once.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.evidence import Evidence
from dancoso_desktop.domain.text import clean_line
from dancoso_desktop.fileio import atomic_target, safe_filename
from dancoso_desktop.services.workspace import Workspace

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    sha256: str
    original_name: str
    size: int
    suffix: str

    def evidence(self) -> Evidence:
        """How a record refers to this stored file."""
        return Evidence(self.sha256, self.original_name, self.size, self.suffix)

    def relative_path(self) -> Path:
        return Path(self.sha256[:2]) / f"{self.sha256}{self.suffix}"


def _suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return suffix if 1 < len(suffix) <= 10 and suffix[1:].isalnum() else ""


def store_attachment(ws: Workspace, source: Path) -> Attachment:
    """Copy ``source`` into the data folder and describe it; refuse missing or huge files."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"Không tìm thấy tệp minh chứng “{source.name}”.",
                              f"The evidence file “{source.name}” was not found.", field="evidence")
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            f"Tệp “{source.name}” quá lớn ({size // (1024 * 1024)} MB; tối đa {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB).",
            f"“{source.name}” is too large ({size // (1024 * 1024)} MB; at most {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB).",
            field="evidence")
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as fh:
            for chunk in iter(lambda: fh.read(1024 * 1024), b""):
                digest.update(chunk)
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp “{source.name}”: {exc.strerror or exc}.",
                              f"Cannot read “{source.name}”: {exc.strerror or exc}.", field="evidence") from exc
    original = safe_filename(clean_line(source.name)) or "tep"
    att = Attachment(digest.hexdigest(), original, size, _suffix(source.name))
    target = ws.attachments_dir / att.relative_path()
    if not target.exists():
        with atomic_target(target) as tmp:
            shutil.copyfile(source, tmp)
    return att


def attachment_path(ws: Workspace, att: Attachment) -> Path:
    """Where the stored copy is; raises when it has gone missing from the data folder."""
    path = ws.attachments_dir / att.relative_path()
    if not path.is_file():
        raise ValidationError(
            f"Bản lưu của tệp “{att.original_name}” không còn trong thư mục dữ liệu. Hãy khôi phục từ bản sao lưu.",
            f"The stored copy of “{att.original_name}” is missing from the data folder. Restore it from a backup.")
    return path
