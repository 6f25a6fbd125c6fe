"""The receiving office's roll-up of communes' report packages.

    dancoso rollup office --on|--off [--name "SỞ NỘI VỤ TỈNH …"]
    dancoso rollup import PATH… [--dry-run] [--json]
    dancoso rollup status --year Y --period 6m|9m|year [--json]
    dancoso export rollup --year Y --period P --format xlsx|pdf|docx -o FILE

`rollup import` takes folders (walked for report.json and .zip), .zip files or report.json
files; each package is checked whole and skipped with its reason when damaged, foreign,
duplicated, of a newer schema or lying about its commune. Exit 1 when none could be imported.

--json output (stable):
  import: {"imported": n, "skipped": n, "packages": [{"source", "state": "ok|skipped", "code",
           "reason", "commune", "province", "kind", "year", "version", "superseded"}]}
  status: {"year", "period", "due", "expected", "received", "late", "missing",
           "communes": [{"name", "province", "code", "received", "received_at", "late", "version",
           "versions", "standouts"}],
           "totals": [{"code", "group", "label", "unit", "total", "communes"}]}
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dancoso_desktop.cli.common import print_json, say, workspace

PERIOD_CHOICES = ["6m", "9m", "year"]


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("rollup", help="receiving office: roll-up of communes' report packages")
    r_sub = r.add_subparsers(dest="rollup_what", required=True)
    o = r_sub.add_parser("office", help="make this installation a receiving office (or not)")
    g = o.add_mutually_exclusive_group(required=True)
    g.add_argument("--on", action="store_true")
    g.add_argument("--off", action="store_true")
    o.add_argument("--name", help="the office's name, as it heads its documents")
    o.set_defaults(handler=cmd_office)
    i = r_sub.add_parser("import", help="import report packages (folders, .zip)")
    i.add_argument("paths", nargs="+", metavar="PATH")
    i.add_argument("--dry-run", action="store_true")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=cmd_import)
    s = r_sub.add_parser("status", help="communes × report of a period, and the totals")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--period", choices=PERIOD_CHOICES, required=True)
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_status)
    e = export_sub.add_parser("rollup", help="the roll-up as XLSX, or the consolidated report draft as PDF/DOCX")
    e.add_argument("--year", type=int, required=True)
    e.add_argument("--period", choices=PERIOD_CHOICES, required=True)
    e.add_argument("--format", choices=["xlsx", "pdf", "docx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export)


def cmd_office(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.rollup_service import set_receiving_office

    ws = workspace(args)
    set_receiving_office(ws.db, bool(args.on), args.name)
    say(args, "Đã bật chế độ cơ quan tổng hợp." if args.on else "Đã tắt chế độ cơ quan tổng hợp.",
        "Receiving office mode on." if args.on else "Receiving office mode off.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.rollup_import import import_packages

    ws = workspace(args)
    report = import_packages(ws.db, [Path(p) for p in args.paths], dry_run=args.dry_run)
    if args.json:
        print_json({"imported": len(report.imported), "skipped": len(report.skipped),
                    "packages": [{"source": p.source, "state": p.state, "code": p.code, "reason": p.reason(args.lang),
                                  "commune": p.commune, "province": p.province, "kind": p.kind, "year": p.year,
                                  "version": p.version, "superseded": p.superseded} for p in report.packages]})
    else:
        for p in report.skipped:
            print(f"✗ {p.source}: {p.reason(args.lang)}")
        verb = ("Sẽ nhập", "Would import") if args.dry_run else ("Đã nhập", "Imported")
        say(args, f"{verb[0]} {len(report.imported)} gói báo cáo; bỏ qua {len(report.skipped)}.",
            f"{verb[1]} {len(report.imported)} packages; skipped {len(report.skipped)}.")
    return 0 if report.imported else 1


def cmd_status(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.rollup_service import rollup

    ws = workspace(args)
    r = rollup(ws.db, args.year, args.period, lang=args.lang)
    if args.json:
        print_json({"year": r.year, "period": r.kind, "due": r.due, "expected": len(r.communes),
                    "received": len(r.received), "late": len(r.late), "missing": len(r.missing),
                    "communes": [{"name": c.name, "province": c.province, "code": c.code, "received": c.received,
                                  "received_at": c.received_at, "late": c.late, "version": c.version,
                                  "versions": c.versions, "standouts": c.standouts} for c in r.communes],
                    "totals": [{"code": t.code, "group": t.group, "label": t.label, "unit": t.unit, "total": t.total,
                                "communes": t.communes} for t in r.totals]})
        return 0
    say(args, f"Đã nhận {len(r.received)}/{len(r.communes)} xã ({len(r.late)} trễ hạn; hạn {r.due:%d/%m/%Y}).",
        f"Received {len(r.received)}/{len(r.communes)} communes ({len(r.late)} late; due {r.due:%d/%m/%Y}).")
    for c in r.missing:
        print(f"  ✗ {c.name} ({c.province})")
    for c in r.standing_out:
        print(f"  ! {c.name} ({c.province}): {'; '.join(c.standouts)}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.rollup_export import export_rollup

    ws = workspace(args)
    path = export_rollup(ws.db, args.year, args.period, args.format, Path(args.output))
    say(args, f"Đã ghi {path}.", f"Wrote {path}.")
    return 0
