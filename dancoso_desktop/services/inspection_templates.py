"""Checklist templates: the standard one (from resources/catalogues) and the commune's copies.

The standard template is written from domain.md §1 (f)(g) and stored in the database the first
time it is needed, so a commune can edit it, or copy it and add its province's criteria.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import delete, func, select

from dancoso_desktop import paths
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.inspection import ChecklistCriterion, ChecklistTemplate
from dancoso_desktop.domain.text import clean_line, clean_text, require_text
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.inspection_tables import ChecklistCriterionRow, ChecklistTemplateRow

CATALOGUE = "inspection_checklist.json"
MAX_CRITERIA = 500


def load_standard(path: Path | None = None) -> ChecklistTemplate:
    """The standard checklist as shipped (read-only data file)."""
    path = path or paths.resource("catalogues", CATALOGUE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(f"Không đọc được mẫu tiêu chí kiểm tra chuẩn ({path.name}).",
                              f"Cannot read the standard checklist ({path.name}).") from exc
    return ChecklistTemplate(
        name=data["name"], is_standard=True,
        criteria=[ChecklistCriterion(c["code"], c["group"], c["text"], c.get("article", ""))
                  for c in data["criteria"]])


def clean_template(t: ChecklistTemplate) -> ChecklistTemplate:
    name = require_text(t.name, vi_name="Tên mẫu", en_name="Template name", max_len=300, field="name")
    if not t.criteria:
        raise ValidationError("Mẫu phải có ít nhất một tiêu chí.", "A template needs at least one criterion.",
                              field="criteria")
    if len(t.criteria) > MAX_CRITERIA:
        raise ValidationError(f"Mẫu có quá nhiều tiêu chí (tối đa {MAX_CRITERIA}).",
                              f"Too many criteria (at most {MAX_CRITERIA}).", field="criteria")
    seen: set[str] = set()
    out = []
    for i, c in enumerate(t.criteria, start=1):
        code = clean_line(c.code)[:20] or f"TC{i}"
        if code.casefold() in seen:
            raise ValidationError(f"Mã tiêu chí “{code}” bị trùng.", f"Criterion code “{code}” is repeated.",
                                  field="criteria")
        seen.add(code.casefold())
        text = require_text(c.text, vi_name=f"Nội dung tiêu chí {code}", en_name=f"Criterion {code} text",
                            max_len=5000, multiline=True, field="criteria")
        group = require_text(c.group, vi_name=f"Nhóm của tiêu chí {code}", en_name=f"Group of criterion {code}",
                             max_len=300, field="criteria")
        out.append(ChecklistCriterion(code, group, text, clean_line(c.article)[:300]))
    return ChecklistTemplate(name, out, t.is_standard, t.id)


class TemplateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def ensure_standard(self) -> int:
        """The id of the standard template, stored from the catalogue on first use."""
        with self.db.session() as s:
            tid = s.scalar(select(ChecklistTemplateRow.id).where(ChecklistTemplateRow.is_standard.is_(True))
                           .order_by(ChecklistTemplateRow.id).limit(1))
        if tid is not None:
            return tid
        return self.save(load_standard()).id or 0

    def list_templates(self) -> list[ChecklistTemplate]:
        self.ensure_standard()
        with self.db.session() as s:
            rows = s.scalars(select(ChecklistTemplateRow).order_by(ChecklistTemplateRow.id)).all()
            return [self._load(s, r) for r in rows]

    def get(self, template_id: int) -> ChecklistTemplate:
        with self.db.session() as s:
            row = s.get(ChecklistTemplateRow, template_id)
            if row is None:
                raise ValidationError("Không tìm thấy mẫu tiêu chí.", "Checklist template not found.")
            return self._load(s, row)

    def _load(self, s, row: ChecklistTemplateRow) -> ChecklistTemplate:  # type: ignore[no-untyped-def]
        crit = s.scalars(select(ChecklistCriterionRow).where(ChecklistCriterionRow.template_id == row.id)
                         .order_by(ChecklistCriterionRow.position)).all()
        return ChecklistTemplate(row.name, [ChecklistCriterion(c.code, c.group_name, c.text, c.article)
                                            for c in crit], row.is_standard, row.id)

    def save(self, template: ChecklistTemplate) -> ChecklistTemplate:
        """Create or replace a template's name and criteria in one transaction."""
        t = clean_template(template)
        with self.db.session() as s:
            dup = s.scalar(select(func.count()).select_from(ChecklistTemplateRow)
                           .where(ChecklistTemplateRow.name == t.name, ChecklistTemplateRow.id != (t.id or -1)))
            if dup:
                raise ValidationError(f"Đã có mẫu “{t.name}”.", f"A template “{t.name}” already exists.",
                                      field="name")
            if t.id is None:
                row = ChecklistTemplateRow(name=t.name, is_standard=t.is_standard)
                s.add(row)
                s.flush()
            else:
                found = s.get(ChecklistTemplateRow, t.id)
                if found is None:
                    raise ValidationError("Không tìm thấy mẫu tiêu chí.", "Checklist template not found.")
                row = found
                row.name = t.name
                s.execute(delete(ChecklistCriterionRow).where(ChecklistCriterionRow.template_id == row.id))
            for i, c in enumerate(t.criteria):
                s.add(ChecklistCriterionRow(template_id=row.id, position=i, code=c.code, group_name=c.group,
                                            text=c.text, article=c.article))
            t.id = row.id
        return t

    def copy(self, template_id: int, new_name: str) -> ChecklistTemplate:
        src = self.get(template_id)
        return self.save(ChecklistTemplate(clean_text(new_name, multiline=False), src.criteria, False, None))

    def delete(self, template_id: int) -> None:
        with self.db.session() as s:
            row = s.get(ChecklistTemplateRow, template_id)
            if row is None:
                return
            if row.is_standard:
                raise ValidationError("Không xóa được mẫu chuẩn; hãy sửa hoặc sao chép nó.",
                                      "The standard template cannot be deleted; edit or copy it.")
            s.delete(row)
