"""Writing the units' return forms (issue 14 item 1) and the facts shared with the reader:
which units report, which contents each one carries, the installation's key secret."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dancoso_desktop.documents.returns_form import FormRow, write_return_form
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import STATUS_VI, Plan, PlanSection, check_year
from dancoso_desktop.domain.returns import (
    COLUMNS,
    PERIODS,
    FormKey,
    dump_key,
    period_label,
    reporting_units,
    unit_deadline,
)
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.tables import SettingRow

SECRET_KEY = "returns.key_secret"


def key_secret(db: Database) -> bytes:
    """The installation's secret for the forms' keys (made once, kept with the data)."""
    with db.session() as s:
        row = s.get(SettingRow, SECRET_KEY)
        if row is None or len(row.value) < 32:
            row = SettingRow(key=SECRET_KEY, value=secrets.token_hex(32))
            s.merge(row)
        return bytes.fromhex(row.value)


def check_period(period: str) -> str:
    if period not in PERIODS:
        raise ValidationError(f"Kỳ báo cáo «{period}» không hợp lệ (6m, 9m hoặc year).",
                              f"Invalid reporting period “{period}” (6m, 9m or year).", field="period")
    return period


def role_of(section: PlanSection, unit_id: int) -> str | None:
    if section.lead_unit_id == unit_id:
        return "Chủ trì"
    if unit_id in section.coordinating_unit_ids:
        return "Phối hợp"
    return None


def commune_label(db: Database) -> str:
    commune = CommuneService(db).get_commune()
    return commune.display_name if commune else ""


def form_rows(plan: Plan, unit_id: int) -> list[FormRow]:
    """The unit's contents, each under its chain of parent headings (for context)."""
    rows: list[FormRow] = []

    def visit(sections: list[PlanSection], ancestors: list[PlanSection]) -> None:
        for s in sections:
            role = role_of(s, unit_id)
            if role:
                shown = {r.section_id for r in rows}
                for a in ancestors:
                    if a.id not in shown:
                        rows.append(FormRow(int(a.id or 0), a.number, a.title, "", a.timeframe.describe(plan.year),
                                            "", 0, heading=True))
                rows.append(FormRow(int(s.id or 0), s.number, s.title, role, s.timeframe.describe(plan.year),
                                    STATUS_VI[s.status], s.progress))
            visit(s.children, [*ancestors, s])

    visit(plan.sections, [])
    return rows


@dataclass
class WrittenForm:
    unit_id: int
    unit: str
    path: Path
    contents: int


def write_forms(db: Database, year: int, period: str, out_dir: Path, unit_ids: list[int] | None = None,
                progress: Callable[[int, int, str], None] | None = None) -> list[WrittenForm]:
    """One XLSX per unit into ``out_dir``; the default units are those with contents."""
    check_year(year)
    check_period(period)
    plan = PlanService(db).get_plan(year)
    units = CommuneService(db).list_units(include_retired=True)
    by_id = {u.id: u for u in units}
    if unit_ids:
        missing = [uid for uid in unit_ids if uid not in by_id]
        if missing:
            raise ValidationError(f"Không có đơn vị mã {missing[0]} trong danh mục.",
                                  f"There is no unit with id {missing[0]} in the catalogue.", field="unit")
        chosen = [by_id[uid] for uid in dict.fromkeys(unit_ids)]
    else:
        chosen = reporting_units(plan, units)
    if not chosen:
        raise ValidationError("Kế hoạch chưa giao nội dung nào cho đơn vị nào: không có phiếu để gửi.",
                              "The plan gives no content to any unit: there is no form to send.")
    secret = key_secret(db)
    commune = commune_label(db)
    deadline = unit_deadline(plan.report_deadlines, year, period)
    label = period_label(period, year)
    written = datetime.now().isoformat(timespec="seconds")
    result: list[WrittenForm] = []
    for n, unit in enumerate(chosen, start=1):
        uid = int(unit.id or 0)
        rows = form_rows(plan, uid)
        sections = {s.id: s for s in plan.walk()}
        key = FormKey(commune=commune, plan_id=int(plan.id or 0), year=year, period=period, unit_id=uid,
                      unit=unit.name, written=written, columns=[k for k, _ in COLUMNS],
                      rows=[{"id": r.section_id, "status": sections[r.section_id].status.value,
                             "progress": sections[r.section_id].progress,
                             "number": r.number, "title": r.title} for r in rows if not r.heading],
                      headings=[r.section_id for r in rows if r.heading])
        title = [commune.upper() or "ỦY BAN NHÂN DÂN",
                 f"PHIẾU BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH {(plan.title or '').upper()} — {label.upper()}",
                 f"Đơn vị: {unit.name}. Hạn gửi: {deadline:%d/%m/%Y}.",
                 "Điền các cột Tình trạng, Tiến độ, Ngày hoàn thành, Kết quả, Khó khăn, Đề xuất; "
                 "không sửa các cột khác. Gửi lại chính tệp này."]
        name = safe_filename(f"Bao cao {label} - {unit.name}.xlsx")
        target = Path(out_dir) / name
        write_return_form(target, title_lines=title, rows=rows, key_text=dump_key(key, secret),
                          figures_title=f"SỐ LIỆU CỦA {unit.name.upper()} — {label.upper()}")
        result.append(WrittenForm(uid, unit.name, target, sum(1 for r in rows if not r.heading)))
        if progress:
            progress(n, len(chosen), unit.name)
    return result


def deadline_for(db: Database, year: int, period: str) -> date:
    plan = PlanService(db).get_plan(year)
    return unit_deadline(plan.report_deadlines, year, check_period(period))
