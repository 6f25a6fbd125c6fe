"""A new plan: from the built-in standard template, or by rolling last year's plan forward."""

from __future__ import annotations

import json
import re
from datetime import date

from dancoso_desktop import paths
from dancoso_desktop.domain.commune import Commune
from dancoso_desktop.domain.plan import Plan, PlanSection, Signer, Status, check_year
from dancoso_desktop.domain.plan_json import plan_from_dict
from dancoso_desktop.services.plan_service import PlanService

TEMPLATE_FILE = ("templates", "plan_template.json")


def _fill(text: str, year: int, commune: Commune | None) -> str:
    name = commune.display_name if commune else "xã"
    return (text.replace("{year}", str(year)).replace("{prev_year}", str(year - 1))
            .replace("{commune}", name).replace("{province}", commune.province if commune else "tỉnh"))


def template_plan(year: int, commune: Commune | None) -> Plan:
    """The standard plan of the year, with the commune's name, place and signer filled in."""
    check_year(year)
    raw = paths.resource(*TEMPLATE_FILE).read_text(encoding="utf-8")
    raw = raw.replace("{year}", str(year)).replace("{prev_year}", str(year - 1))
    data = json.loads(raw)
    data["year"] = year
    # Template dates are written for the year 2000 and moved to the plan's year.
    plan = plan_from_dict(data)
    shift = year - 2000
    for section in plan.walk():
        section.timeframe = section.timeframe.shifted_years(shift)
        section.title = _fill(section.title, year, commune)
        section.text = _fill(section.text, year, commune)
    plan.legal_bases = [_fill(b, year, commune) for b in plan.legal_bases]
    plan.intro = _fill(plan.intro, year, commune)
    plan.recipients = [_fill(r, year, commune) for r in plan.recipients]
    plan.title = _fill(plan.title, year, commune)
    if commune:
        plan.issuing_body = commune.issuing_body
        plan.place = commune.place_name or commune.name
        plan.signer = Signer(commune.signer_authority, commune.signer_title, commune.signer_name)
    plan.date = None
    plan.number = ""
    return plan


def _shift_years_in_text(text: str, old: int, years: int) -> str:
    """'năm 2025' → 'năm 2026': every four-digit year of the old plan moves forward."""
    return re.sub(rf"\b({old}|{old - 1})\b", lambda m: str(int(m.group(1)) + years), text)


def rolled_forward(previous: Plan, year: int) -> Plan:
    """Last year's plan as this year's: dates move, statuses reset, unfinished work is marked."""
    check_year(year)
    years = year - previous.year
    plan = Plan(
        year=year, title=_shift_years_in_text(previous.title, previous.year, years), number="",
        place=previous.place, date=None, issuing_body=previous.issuing_body, parent_body=previous.parent_body,
        legal_bases=list(previous.legal_bases),
        intro=_shift_years_in_text(previous.intro, previous.year, years),
        recipients=list(previous.recipients), signer=previous.signer,
        sections=[_roll_section(s, previous.year, years) for s in previous.sections],
        report_deadlines=list(previous.report_deadlines),
    )
    plan.renumber()
    return plan


def _roll_section(s: PlanSection, old_year: int, years: int) -> PlanSection:
    unfinished = s.is_task and s.status is not Status.DONE
    return PlanSection(
        title=_shift_years_in_text(s.title, old_year, years),
        text=_shift_years_in_text(s.text, old_year, years),
        children=[_roll_section(c, old_year, years) for c in s.children],
        child_style=s.child_style, lead_unit=s.lead_unit, coordinating_units=list(s.coordinating_units),
        lead_unit_id=s.lead_unit_id, coordinating_unit_ids=list(s.coordinating_unit_ids),
        timeframe=s.timeframe.shifted_years(years), status=Status.NOT_STARTED, progress=0,
        notes="", carried_over=unfinished,
    )


def new_plan(service: PlanService, year: int, commune: Commune | None, *, from_year: int | None = None) -> Plan:
    """Create and store the plan of ``year``; returns it as stored."""
    check_year(year)
    if from_year is not None:
        plan = rolled_forward(service.get_plan(from_year), year)
    else:
        plan = template_plan(year, commune)
    service.create_plan(plan)
    return service.get_plan(year)


def today() -> date:
    return date.today()
