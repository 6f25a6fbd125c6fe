"""Reading a plan from a file: the plan JSON, or a .docx/.pdf/.txt/.md the office already has.

Nothing is written here: the result is a proposal that the preview (or `import plan
--dry-run`) shows, and `commit_import` stores in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan, check_year
from dancoso_desktop.importers.assemble import propose_plan
from dancoso_desktop.importers.files import read_source
from dancoso_desktop.importers.model import Note
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.plan_transfer import read_plan_json


@dataclass
class ImportResult:
    plan: Plan
    warnings: list[Note] = field(default_factory=list)
    source_text: str = ""


def read_plan_file(path: Path, year: int | None = None) -> ImportResult:
    """The plan a file proposes, its warnings and the text as read. Writes nothing."""
    path = Path(path)
    if year is not None:
        check_year(year)
    if not path.exists() or not path.is_file():
        raise ValidationError(f"Không tìm thấy tệp “{path}”.", f"File not found: “{path}”.")
    if path.suffix.lower() == ".json":
        plan = read_plan_json(path)
        if year is not None:
            plan.year = year
        return ImportResult(plan, [], path.read_text(encoding="utf-8-sig", errors="replace"))
    doc = read_source(path)
    proposal = propose_plan(doc, year)
    return ImportResult(proposal.plan, proposal.notes, proposal.source_text)


RESTORED_TITLE = "[Đề mục bị thiếu trong văn bản gốc]"


def commit_import(service: PlanService, plan: Plan) -> int:
    """Store the proposed plan as a new plan in one transaction; returns its id.

    A heading the importer put back whose title nobody typed (the command line has no one to
    ask) is stored with a title that says so, for the officer to correct in the plan editor."""
    for s in plan.walk():
        if s.restored and not s.title.strip():
            s.title = RESTORED_TITLE
    plan.renumber()
    return service.create_plan(plan)
