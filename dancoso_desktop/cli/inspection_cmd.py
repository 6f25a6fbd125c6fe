"""`inspections list`, `export inspection ID`, `export inspections` (design.md §7)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dancoso_desktop.cli.common import print_json, say, workspace
from dancoso_desktop.domain.text import format_date


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    insp = sub.add_parser("inspections", help="inspections of the commune's own units")
    insp_sub = insp.add_subparsers(dest="inspections_command", required=True)
    p = insp_sub.add_parser("list", help="list the inspections of a year")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    e = export_sub.add_parser("inspection", help="the minutes of one inspection (PDF or Word)")
    e.add_argument("id", type=int)
    e.add_argument("--format", choices=["pdf", "docx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export_one)

    e = export_sub.add_parser("inspections", help="the year's inspections as an Excel summary")
    e.add_argument("--year", type=int, required=True)
    e.add_argument("--format", choices=["xlsx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export_year)


def cmd_list(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.inspection_rules import is_overdue
    from dancoso_desktop.services.inspection_service import InspectionService
    ws = workspace(args)
    service = InspectionService(ws.db)
    items = service.list_inspections(args.year)
    if args.json:
        print_json([service.to_json(i) for i in items])
        return 0
    if not items:
        say(args, f"Chưa có cuộc kiểm tra nào năm {args.year}.", f"No inspections in {args.year}.")
        return 0
    today = service.today()
    for i in items:
        c = i.counts()
        overdue = sum(1 for r in i.recommendations if is_overdue(r, today))
        state = ("đã kết thúc" if i.closed else "đang lập") if args.lang != "en" else ("closed" if i.closed else "draft")
        print(f"{i.id}\t{format_date(i.start_date)}\t{i.unit_name}\t{state}\t"
              f"{c['met']}/{c['not_met']}/{c['not_applicable']}\t{len(i.recommendations)}"
              + (f" ({overdue} quá hạn)" if overdue and args.lang != "en" else f" ({overdue} overdue)" if overdue else ""))
    return 0


def cmd_export_one(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.inspection_export import export_minutes

    ws = workspace(args)
    target = export_minutes(ws, args.id, args.format, Path(args.output))
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0


def cmd_export_year(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.inspection_export import export_summary

    ws = workspace(args)
    target = export_summary(ws, args.year, Path(args.output))
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0
