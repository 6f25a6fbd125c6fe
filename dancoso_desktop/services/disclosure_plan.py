"""The yearly disclosure plan (Art. 14 Luật 10/2022/QH15): recurring duties are generated.

The budget (estimate, quarterly / 6-month / 9-month execution, the year's execution and the final
accounts, Art. 11.2), the permanent postings of items 4 and 13 (Art. 13.2) and the quarterly list
of what was disclosed (Art. 13.2) come from resources/catalogues/disclosure_recurring.json (read by
disclosure_catalogue.load_duties).
Generating twice adds nothing: each duty carries a key "YEAR:duty".
"""

from __future__ import annotations

from sqlalchemy import select

from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, DisclosureStatus
from dancoso_desktop.domain.disclosure_rules import legal_end
from dancoso_desktop.domain.text import fold
from dancoso_desktop.services.disclosure_catalogue import load_duties
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.storage.disclosure_tables import DisclosureRow
from dancoso_desktop.storage.tables import UnitRow

OFFICE = "Trụ sở HĐND - UBND xã"


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
