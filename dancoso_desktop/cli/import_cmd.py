"""`import plan FILE [--year Y] [--dry-run] [--json]`; `import returns` is registered by cli/returns_cmd.py.

``--json`` prints the plan in the plan-file format (domain/plan_json.py) with two additions:
``"warnings"``: the importer's warnings as text, and in every section ``"restored"``: true
for a heading the document lost and the importer put back from the numbering (its title is
empty; see importers/tree.py), false otherwise. Without ``--dry-run`` a restored heading is
stored with the title “[Đề mục bị thiếu trong văn bản gốc]” for the officer to correct.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from dancoso_desktop.cli import returns_cmd
from dancoso_desktop.cli.common import print_json, say, workspace
from dancoso_desktop.domain.plan import PlanSection
from dancoso_desktop.domain.plan_json import plan_to_dict


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import", help="import data")
    imp_sub = imp.add_subparsers(dest="import_what", required=True)
    p = imp_sub.add_parser("plan", help="import a plan from .docx, .pdf, .txt, .md or plan .json")
    p.add_argument("file")
    p.add_argument("--year", type=int)
    p.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import_plan)
    returns_cmd.register_import(imp_sub)


def cmd_import_plan(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.plan_import import commit_import, read_plan_file
    from dancoso_desktop.services.plan_service import PlanService
    result = read_plan_file(Path(args.file), args.year)
    plan = result.plan
    if not args.dry_run:
        ws = workspace(args)
        try:
            commit_import(PlanService(ws.db), plan)
        finally:
            ws.close()
    warnings = [w.text(args.lang) for w in result.warnings]
    if args.json:
        data = plan_to_dict(plan)
        _mark_restored(data["sections"], plan.sections)
        data["warnings"] = warnings
        print_json(data)
    else:
        n = sum(1 for _ in plan.walk())
        if args.dry_run:
            say(args, f"Sẽ nhập kế hoạch năm {plan.year} với {n} mục (chưa ghi gì).",
                f"Would import the {plan.year} plan with {n} sections (nothing written).")
        else:
            say(args, f"Đã nhập kế hoạch năm {plan.year} với {n} mục.",
                f"Imported the {plan.year} plan with {n} sections.")
        for w in warnings:
            print(("Lưu ý: " if args.lang != "en" else "Warning: ") + w, file=sys.stderr)
    return 0


def _mark_restored(dicts: list[dict[str, Any]], sections: list[PlanSection]) -> None:
    for d, s in zip(dicts, sections, strict=True):
        d["restored"] = s.restored
        _mark_restored(d["children"], s.children)
