"""The plan as a JSON file: write it, read it back as a new plan (nothing lost)."""

from __future__ import annotations

import json
from pathlib import Path

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan, check_year
from dancoso_desktop.domain.plan_json import plan_from_dict, plan_to_dict
from dancoso_desktop.fileio import atomic_write_text
from dancoso_desktop.services.plan_service import PlanService

MAX_JSON_BYTES = 50 * 1024 * 1024


def export_plan_json(service: PlanService, year: int, target: Path) -> Path:
    plan = service.get_plan(year)
    atomic_write_text(target, json.dumps(plan_to_dict(plan), ensure_ascii=False, indent=2) + "\n")
    return target


def read_plan_json(source: Path) -> Plan:
    """Parse a plan JSON file; anything not ours, truncated or malformed is refused whole."""
    try:
        size = source.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ValidationError("Tệp quá lớn để là một kế hoạch.", "The file is too large to be a plan.")
        raw = source.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp “{source.name}”: {exc.strerror or exc}.",
                              f"Cannot read “{source.name}”: {exc.strerror or exc}.") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):  # absurd nesting is not a plan either
        raise ValidationError(
            f"Tệp “{source.name}” không phải là tệp kế hoạch JSON hợp lệ (có thể bị cắt cụt hoặc hỏng).",
            f"“{source.name}” is not a valid plan JSON file (it may be truncated or damaged).") from None
    return plan_from_dict(data)


def import_plan(service: PlanService, plan: Plan, year: int | None = None) -> Plan:
    """Store ``plan`` as a new plan, under ``year`` when given (dates stay as they are)."""
    if year is not None:
        plan.year = check_year(year)
    service.create_plan(plan)
    return plan
