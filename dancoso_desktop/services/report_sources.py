"""The one extension point through which every register feeds reports and the due list.

A register adds a module under ``services/`` that defines either or both of

    SOURCE = "disclosures"                                   # stable key, also in the package JSON

    def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
        '''Figures, sentences and annex rows of ``period`` (records dated inside it).'''

    def due(db: Database, today: date, until: date) -> list[DueItem]:
        '''What is overdue (due < today) or due up to ``until``, not yet done.'''

and appends the module's name to ``CONTRIBUTORS`` and/or ``DUE_SOURCES`` below (one line; the
builder and the start page never change). Modules are imported when first used, so the window's
start pays nothing for registers it does not show.

Rules for contributors, so reports stay right and fast:
- read only, with plain SQL through ``db.rows(sql, params)`` (storage/rows.py): the same code
  counts in the window (``Database.rows``) and in the package export, which opens the data file
  with sqlite3 alone. A contributor module imports neither SQLAlchemy nor the ORM tables nor a
  service that does, at its top or inside ``contribute`` (a test runs ``collect`` and checks
  that SQLAlchemy was never imported); ``due`` runs in the window and may use the services;
- never write;
- count records dated inside the period, both ends included (``period.contains``);
- figure codes are namespaced by ``SOURCE`` ("disclosures.on_time") and never renamed once
  shipped: issued reports, packages and the province's roll-up keep them;
- a register with no data for the period still returns its figures with value 0, so a report
  says "0" rather than leaving a heading empty.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING

from dancoso_desktop.domain.reporting import Contribution, DueItem, ReportPeriod

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database
    from dancoso_desktop.storage.rows import RowReader

# Module names under dancoso_desktop.services, in the order their sections appear.
CONTRIBUTORS: list[str] = [
    "plan_report",
    "disclosure_report",
    "inspection_report",
    "decision_report",
    "consultation_report",
    "village_rule_report",
    "supervision_report",
    "conference_report",
    "returns_report",
]
DUE_SOURCES: list[str] = [
    "report_due",
    "plan_due",
    "disclosure_due",
    "inspection_due",
    "assessment_due",
    "decision_report",
    "consultation_report",
    "village_rule_report",
    "supervision_report",
    "conference_report",
    "returns_report",
]


def _load(names: Iterable[str]) -> list[ModuleType]:
    return [importlib.import_module(f"dancoso_desktop.services.{name}") for name in names]


def collect(db: RowReader, period: ReportPeriod) -> list[Contribution]:
    """Every register's contribution to ``period``, in registry order."""
    return [module.contribute(db, period) for module in _load(CONTRIBUTORS)]


def due_items(db: Database, today: date, until: date) -> list[DueItem]:
    """Everything overdue or due by ``until``, across the registers, earliest first."""
    items: list[DueItem] = []
    for module in _load(DUE_SOURCES):
        items.extend(module.due(db, today, until))
    return sorted(items, key=lambda item: (item.due, item.category, item.title))
