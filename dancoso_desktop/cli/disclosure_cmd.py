"""`disclosures list|plan`, `export disclosures` and `export disclosure-list` (design.md §7)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dancoso_desktop.cli.common import print_json, say, workspace
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.domain.text import format_date

# The disclosure domain and its rules load with the command that uses them: every command
# imports this module to build the parser.
if TYPE_CHECKING:
    from dancoso_desktop.domain.disclosure import DisclosureRecord, Problem
    from dancoso_desktop.services.disclosure_service import DisclosureService


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("disclosures", help="the disclosure register (Art. 11–14)")
    d_sub = d.add_subparsers(dest="disclosures_command", required=True)
    p = d_sub.add_parser("list", help="list the year's disclosures with their legal checks")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--scope", choices=["public", "internal"],
                   help="only public (Art. 11–14) or internal (Art. 46–48) disclosures; default both")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = d_sub.add_parser("plan", help="add the year's recurring duties to the disclosure plan (Art. 14)")
    p.add_argument("--year", type=int, required=True)
    p.set_defaults(handler=cmd_plan)

    e = export_sub.add_parser("disclosures", help="the register as XLSX or PDF")
    which = e.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=int)
    which.add_argument("--all-years", action="store_true", help="every year in one sheet (XLSX only)")
    e.add_argument("--format", choices=["xlsx", "pdf"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export)
    e = export_sub.add_parser("disclosure-list", help="the quarterly list of what was disclosed (Art. 13.2)")
    e.add_argument("--year", type=int, required=True)
    e.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], required=True)
    e.add_argument("--format", choices=["pdf", "docx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export_list)


def record_json(svc: DisclosureService, r: DisclosureRecord, today: date) -> dict[str, Any]:
    """The JSON shape of design.md §7, plus the detail a script may want."""
    from dancoso_desktop.domain.disclosure_rules import check, posting_span, still_posted

    problems: list[Problem] = check(svc.catalogue, r, svc.calendar(r.year), today)
    span = posting_span(r)
    ends = [u.end for u in r.channels if u.start is not None]
    end = None if not ends or any(e is None for e in ends) else max(e for e in ends if e is not None)
    return {
        "id": r.id, "item": r.item, "title": r.title, "decided_on": r.decided_on,
        "start": r.disclosed_on, "end": end,
        "channels": list(dict.fromkeys(u.channel for u in r.channels)),
        "unit": r.unit_name, "status": r.status.value, "problems": [p.value for p in problems],
        "source_document": r.source_document, "planned_on": r.planned_on,
        "permanent": span.any_posting and span.end is None,
        "still_posted": still_posted(r, today),
        "uses": [{"channel": u.channel, "place": u.place, "start": u.start, "end": u.end} for u in r.channels],
        "evidence": [e.original_name for e in r.evidence], "notes": r.notes, "plan_key": r.plan_key,
        "scope": r.scope.value,
    }


def cmd_list(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.disclosure_service import DisclosureService
    check_year(args.year)
    svc = DisclosureService(workspace(args))
    today = date.today()
    records = svc.records(args.year, getattr(args, "scope", None))
    if args.json:
        print_json([record_json(svc, r, today) for r in records])
        return 0
    if not records:
        say(args, f"Chưa có bản ghi công khai nào năm {args.year}.", f"No disclosures recorded for {args.year}.")
        return 0
    for r in records:
        data = record_json(svc, r, today)
        problems = ",".join(data["problems"]) or "ok"
        item = f"{r.item}" if r.scope == "public" else (f"NB{r.item}" if args.lang != "en" else f"I{r.item}")
        print(f"{r.id}\t{item}\t{format_date(r.disclosed_on or r.planned_on)}\t{r.status.value}\t"
              f"{problems}\t{r.title}")
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.disclosure_plan import generate_plan
    from dancoso_desktop.services.disclosure_service import DisclosureService
    added = generate_plan(DisclosureService(workspace(args)), args.year)
    say(args, f"Đã thêm {added} nhiệm vụ công khai định kỳ vào kế hoạch năm {args.year}.",
        f"Added {added} recurring duties to the {args.year} disclosure plan.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dancoso_desktop import paths

    target = Path(args.output)
    if args.format == "xlsx":
        # Straight from the data file (no ORM to load): the short process users run.
        from dancoso_desktop.services.register_export import export_register_from_folder

        year = None if args.all_years else args.year
        if year is not None:
            check_year(year)
        n = export_register_from_folder(paths.data_dir(args.data_dir), year, target)
        say(args, f"Đã ghi {n} dòng vào {target}", f"Wrote {n} rows to {target}")
        return 0
    if args.all_years:
        print("--all-years: chỉ xuất được dạng XLSX." if args.lang != "en" else "--all-years: XLSX only.",
              file=sys.stderr)
        return 2
    from dancoso_desktop.services.disclosure_export import export_register_pdf
    from dancoso_desktop.services.disclosure_service import DisclosureService
    check_year(args.year)
    svc = DisclosureService(workspace(args))
    export_register_pdf(svc, args.year, target)
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0


def cmd_export_list(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.disclosure_export import (
        export_quarterly_list,
    )
    from dancoso_desktop.services.disclosure_service import DisclosureService
    check_year(args.year)
    svc = DisclosureService(workspace(args))
    target = Path(args.output)
    export_quarterly_list(svc, args.year, args.quarter, target, args.format)
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0
