"""Reading a plan from a file. JSON here; .docx/.pdf/.txt/.md come with the importer issue."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services.plan_transfer import read_plan_json


@dataclass
class ImportResult:
    plan: Plan
    warnings: list[str] = field(default_factory=list)
    source_text: str = ""


def read_plan_file(path: Path) -> ImportResult:
    if not path.exists():
        raise ValidationError(f"Không tìm thấy tệp “{path}”.", f"File not found: “{path}”.")
    if path.suffix.lower() == ".json":
        return ImportResult(read_plan_json(path))
    raise ValidationError(f"Chưa đọc được loại tệp “{path.suffix}”.", f"Cannot read “{path.suffix}” files yet.")
