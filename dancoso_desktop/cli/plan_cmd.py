"""`plan list|show|new` and `export plan`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from dancoso_desktop.cli.common import print_json, say, workspace
from dancoso_desktop.domain.numbering import printed
from dancoso_desktop.domain.plan import STATUS_VI, PlanSection, rolled_progress
from dancoso_desktop.domain.plan_json import plan_to_dict
from dancoso_desktop.domain.text import format_date_line


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help="the annual implementation plans")
    plan_sub = plan.add_subparsers(dest="plan_command", required=True)
    p = plan_sub.add_parser("list", help="list the plans")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = plan_sub.add_parser("show", help="print one plan")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.add_argument("--text", action="store_true", help="also print the body text of each section")
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
    from dancoso_desktop.services.plan_service import PlanService
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
    from dancoso_desktop.services.plan_service import PlanService
    ws = workspace(args)
    plan = PlanService(ws.db).get_plan(args.year)
    today = date.today()
    if args.json:
        data = plan_to_dict(plan)
        _add_computed(data["sections"], plan.sections, plan.year, today)
        print_json(data)
        return 0
    en = args.lang == "en"
    place = f"{plan.place}, " if plan.place else ""
    print(plan.issuing_body)
    print(f"Số: {plan.number}" if plan.number else "Số:      /KH-UBND")
    print(f"{place}{format_date_line(plan.date)}")
    print("KẾ HOẠCH")
    print(plan.title)
    print()
    for i, basis in enumerate(plan.legal_bases):
        print(basis.rstrip(";.") + ("." if i == len(plan.legal_bases) - 1 else ";"))
    if plan.intro:
        print(plan.intro)
    print()
    _print_sections(plan.sections, 0, plan.year, today, en, args.text)
    print()
    print("Nơi nhận:")
    for r in plan.recipients:
        print(f"- {r.rstrip(';.')}" + ("." if r == plan.recipients[-1] else ";"))
    print()
    print(plan.signer.authority)
    print(plan.signer.title)
    print(plan.signer.name)
    return 0


def _add_computed(nodes: list[dict[str, Any]], sections: list[PlanSection], year: int, today: date) -> None:
    """Computed facts a script wants beside the stored ones: late, rolled-up progress, units."""
    for node, s in zip(nodes, sections, strict=True):
        node["late"] = s.is_late(year, today)
        node["rolled_progress"] = rolled_progress(s)
        node["timeframe"]["text"] = s.timeframe.describe()
        _add_computed(node["children"], s.children, year, today)


def _print_sections(sections: list[PlanSection], depth: int, year: int, today: date, en: bool,
                    with_text: bool) -> None:
    pad = "    " * depth
    for s in sections:
        print(f"{pad}{printed(s.style, s.number)} {s.title}")
        details = _details(s, year, today, en)
        if details:
            print(f"{pad}    [{details}]")
        if with_text and s.text:
            for line in s.text.splitlines():
                print(f"{pad}    {line}")
        _print_sections(s.children, depth + 1, year, today, en, with_text)


def _details(s: PlanSection, year: int, today: date, en: bool) -> str:
    parts = []
    if s.lead_unit:
        parts.append(("Lead: " if en else "Chủ trì: ") + s.lead_unit)
    if s.coordinating_units:
        parts.append(("With: " if en else "Phối hợp: ") + ", ".join(s.coordinating_units))
    when = s.timeframe.describe()
    if when:
        parts.append(when)
    if s.is_task:
        status = s.status.value.replace("_", " ") if en else STATUS_VI[s.status]
        parts.append(f"{status} {rolled_progress(s) or 0}%")
        if s.is_late(year, today):
            parts.append("LATE" if en else "TRỄ HẠN")
        if s.carried_over:
            parts.append("carried over" if en else "chuyển từ năm trước")
    elif s.children:
        rolled = rolled_progress(s)
        if rolled is not None:
            parts.append(("progress " if en else "tiến độ ") + f"{rolled}%")
    return " | ".join(parts)


def cmd_new(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.commune_service import CommuneService
    from dancoso_desktop.services.plan_service import PlanService
    from dancoso_desktop.services.plan_template import new_plan
    ws = workspace(args)
    commune = CommuneService(ws.db).get_commune()
    plan = new_plan(PlanService(ws.db), args.year, commune, from_year=args.from_year)
    n = sum(1 for _ in plan.walk())
    say(args, f"Đã tạo kế hoạch năm {plan.year} với {n} mục.", f"Created the {plan.year} plan with {n} sections.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    target = Path(args.output)
    report = None
    if args.format == "json":
        from dancoso_desktop.services.plan_service import PlanService
        from dancoso_desktop.services.plan_transfer import export_plan_json

        export_plan_json(PlanService(workspace(args).db), args.year, target)
    else:
        from dancoso_desktop import paths
        from dancoso_desktop.services.plan_documents import export_plan_from_folder

        report = export_plan_from_folder(paths.data_dir(args.data_dir), args.year, args.format, target)
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    # The file is written all the same; the officer learns which characters print as boxes.
    warning = report.warning(args.lang) if report is not None else ""
    if warning:
        print(warning)
    return 0
