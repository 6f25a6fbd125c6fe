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
    # {commune} sits inside sentences ("Ủy ban nhân dân {commune}"), so the kind stays lower case.
    name = commune.full_name if commune else "xã"
    return (_fill_years(text, year).replace("{commune}", name)
            .replace("{province}", commune.province if commune else "tỉnh"))


def _fill_years(text: str, year: int) -> str:
    return (text.replace("{year}", str(year)).replace("{prev_year}", str(year - 1))
            .replace("{next_year}", str(year + 1)))


def template_plan(year: int, commune: Commune | None) -> Plan:
    """The standard plan of the year, with the commune's name, place and signer filled in."""
    check_year(year)
    raw = paths.resource(*TEMPLATE_FILE).read_text(encoding="utf-8")
    raw = _fill_years(raw, year)
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


# A year written just before "/" is part of a document number ("59/2023/NĐ-CP"): never moved.
_YEAR = re.compile(r"(?<!\d)(\d{4})(?![\d/])")
# Last year's date moves only where it opens a reporting period ("từ ngày 15/12/2025") or names
# a year ("năm 2025"); elsewhere it is the date of a cited document and stays as written.
_PERIOD_START = re.compile(r"từ (ngày )?\d{1,2}/\d{1,2}/$")
_NAMED_YEAR = re.compile(r"(?<!tháng \d )(?<!tháng \d\d )\bnăm $")


def _shift_years_in_text(text: str, old: int, years: int) -> str:
    """'năm 2025' → 'năm 2026' when a plan of ``old`` is rolled ``years`` forward.

    The plan's own year and the next one move wherever they stand as a year; the previous year
    moves only in a period start or after "năm" (not in "ngày 10 tháng 11 năm 2022"), since a
    plan cites last year's documents by their date.
    """

    def shift(m: re.Match[str]) -> str:
        value = int(m.group(1))
        before = text[max(0, m.start() - 20):m.start()]
        if value in (old, old + 1):
            return str(value + years)
        if value == old - 1 and (_PERIOD_START.search(before) or _NAMED_YEAR.search(before)):
            return str(value + years)
        return m.group(1)

    return _YEAR.sub(shift, text)


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
        report_deadlines=[{k: _shift_years_in_text(v, previous.year, years) for k, v in d.items()}
                          for d in previous.report_deadlines],
        footnotes=list(previous.footnotes),
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
