"""The yearly disclosure plan (Art. 14 Luật 10/2022/QH15): recurring duties are generated.

The budget (estimate, quarterly / 6-month / 9-month execution, the year's execution and the final
accounts, Art. 11.2), the permanent postings of items 4 and 13 (Art. 13.2) and the quarterly list
of what was disclosed (Art. 13.2) come from resources/catalogues/disclosure_recurring.json.
Generating twice adds nothing: each duty carries a key "YEAR:duty".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from dancoso_desktop import paths
from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, DisclosureStatus
from dancoso_desktop.domain.disclosure_rules import legal_end
from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.domain.text import fold
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.storage.disclosure_tables import DisclosureRow
from dancoso_desktop.storage.tables import UnitRow

RECURRING_FILE = "disclosure_recurring.json"
OFFICE = "Trụ sở HĐND - UBND xã"


@dataclass(frozen=True)
class Duty:
    key: str
    item: int
    title: str
    planned_on: date
    channels: tuple[str, ...]
    unit: str
    quarterly_list: int | None = None


def load_duties(year: int, data_dir: Path | None = None) -> list[Duty]:
    check_year(year)
    candidates: list[Path] = []
    if data_dir is not None:
        candidates.append(data_dir / "catalogues" / RECURRING_FILE)
    candidates.append(paths.resource("catalogues", RECURRING_FILE))
    for path in candidates:
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                return [Duty(str(d["key"]), int(d["item"]),
                             str(d["title"]).format(year=year, prev=year - 1),
                             date(year + int(d.get("year_offset", 0)), int(d["month"]), int(d["day"])),
                             tuple(d.get("channels", ())), str(d.get("unit", "")),
                             d.get("quarterly_list"))
                        for d in data["duties"]]
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise EnvironmentProblem(f"Danh mục nhiệm vụ công khai định kỳ bị lỗi: {exc}.",
                                         f"The recurring disclosure duties file is broken: {exc}.") from exc
    raise EnvironmentProblem(f"Thiếu tệp {RECURRING_FILE}.", f"{RECURRING_FILE} is missing.")


def _place(channel: str) -> str:
    return OFFICE if channel in ("posting", "dialogue", "hamlet_head") else ""


def generate_plan(service: DisclosureService, year: int) -> int:
    """Add the year's recurring duties that are not there yet; returns how many were added."""
    duties = load_duties(year, service.ws.data_dir)
    with service.db.session() as s:
        existing = set(s.scalars(select(DisclosureRow.plan_key).where(DisclosureRow.year == year,
                                                                      DisclosureRow.plan_key.is_not(None))))
        units = {u.search_key: u.id for u in s.scalars(select(UnitRow).where(UnitRow.retired.is_(False)))}
    records = []
    for duty in duties:
        key = f"{year}:{duty.key}"
        if key in existing:
            continue
        channels = [ChannelUse(c, _place(c), duty.planned_on,
                               legal_end(service.catalogue, duty.item, c, duty.planned_on))
                    for c in duty.channels]
        records.append(DisclosureRecord(
            item=duty.item, title=duty.title, year=year, planned_on=duty.planned_on, channels=channels,
            unit_id=units.get(fold(duty.unit)), status=DisclosureStatus.PLANNED, plan_key=key,
            notes="Nhiệm vụ định kỳ theo kế hoạch công khai (Điều 14)."))
    return service.bulk_insert(records) if records else 0
