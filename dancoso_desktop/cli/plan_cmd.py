"""`plan list|show|new` and `export plan`."""

from __future__ import annotations

import argparse
from pathlib import Path

from dancoso_desktop.cli.common import CliError, print_json, say, workspace
from dancoso_desktop.domain.plan_json import plan_to_dict
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.plan_template import new_plan
from dancoso_desktop.services.plan_transfer import export_plan_json


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help="the annual implementation plans")
    plan_sub = plan.add_subparsers(dest="plan_command", required=True)
    p = plan_sub.add_parser("list", help="list the plans")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = plan_sub.add_parser("show", help="print one plan")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)
    p = plan_sub.add_parser("new", help="create the plan of a year from the template or last year's plan")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--from-year", type=int)
    p.set_defaults(handler=cmd_new)

    e = export_sub.add_parser("plan", help="the plan as PDF, Word, Excel or JSON")
    e.add_argument("--year", type=int, required=True)
    e.add_argument("--format", choices=["pdf", "docx", "xlsx", "json"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export)


def cmd_list(args: argparse.Namespace) -> int:
    ws = workspace(args)
    plans = PlanService(ws.db).list_plans()
    if args.json:
        print_json([{"year": p.year, "title": p.title, "number": p.number, "date": p.date,
                     "sections": p.sections} for p in plans])
    elif not plans:
        say(args, "Chưa có kế hoạch nào.", "No plans yet.")
    else:
        for p in plans:
            print(f"{p.year}\t{p.number or '—'}\t{p.sections}\t{p.title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ws = workspace(args)
    plan = PlanService(ws.db).get_plan(args.year)
    if args.json:
        print_json(plan_to_dict(plan))
        return 0
    print(f"{plan.issuing_body}\nSố: {plan.number}\n{plan.place}, {format_date(plan.date)}\nKẾ HOẠCH\n{plan.title}\n")
    for s in plan.walk():
        depth = 0
        label = s.number
        print(f"{'  ' * depth}{label}. {s.title}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    ws = workspace(args)
    commune = CommuneService(ws.db).get_commune()
    plan = new_plan(PlanService(ws.db), args.year, commune, from_year=args.from_year)
    n = sum(1 for _ in plan.walk())
    say(args, f"Đã tạo kế hoạch năm {plan.year} với {n} mục.", f"Created the {plan.year} plan with {n} sections.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    ws = workspace(args)
    target = Path(args.output)
    service = PlanService(ws.db)
    if args.format == "json":
        export_plan_json(service, args.year, target)
    else:
        from dancoso_desktop.services import plan_documents

        if not hasattr(plan_documents, "export_plan"):
            raise CliError("Định dạng này chưa được hỗ trợ.", "This format is not supported yet.")
        plan_documents.export_plan(ws, args.year, args.format, target)
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0
