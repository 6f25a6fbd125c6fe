"""Units' returns: `returns forms`, `returns status`, and `import returns` (registered beside
`import plan` by cli/import_cmd.py).

    dancoso returns forms --year Y --period 6m|9m|year [--unit ID …] -o DIR [--json]
    dancoso import returns PATH… [--year Y --period P] [--take-unit-values] [--dry-run] [--json]
    dancoso returns status --year Y --period P [--json]

`import returns` reads files, folders and saved e-mails (.eml), prints the preview (unit and
period of each file, old → new per content, problems) and, unless --dry-run, applies the
accepted files in one transaction. A conflict (a content edited in the app since the form was
written) keeps the app's value unless --take-unit-values. Exit 1 when no file could be used.

--json output (stable):
  forms:  {"forms": [{"unit_id", "unit", "path", "contents"}]}
  import: {"files": [{"source", "state": "ok|refused|superseded", "unit_id", "unit", "year",
           "period", "superseded_by", "problems": [{"severity": "error|warning", "text"}],
           "changes": [{"section_id", "number", "title", "field": "status|progress|notes",
           "old", "new", "conflict", "applied"}], "figures": {code: n}}],
           "applied": bool, "batch": str|null, "returns": n, "changes": n}
  status: {"year", "period", "deadline", "expected", "returned", "on_time", "summary",
           "units": [{"unit_id", "unit", "expected", "returned", "received_at", "late", "returns"}]}
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dancoso_desktop.cli.common import print_json, say, workspace

PERIOD_CHOICES = ["6m", "9m", "year"]


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    ret = sub.add_parser("returns", help="units' progress returns (Excel forms)")
    ret_sub = ret.add_subparsers(dest="returns_what", required=True)
    f = ret_sub.add_parser("forms", help="write one XLSX return form per unit")
    f.add_argument("--year", type=int, required=True)
    f.add_argument("--period", choices=PERIOD_CHOICES, required=True)
    f.add_argument("--unit", type=int, action="append", help="unit id (repeat); default: every unit with contents")
    f.add_argument("-o", "--output", required=True, help="folder for the forms")
    f.add_argument("--json", action="store_true")
    f.set_defaults(handler=cmd_forms)
    s = ret_sub.add_parser("status", help="who has returned the period's report")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--period", choices=PERIOD_CHOICES, required=True)
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_status)


def register_import(imp_sub: argparse._SubParsersAction) -> None:
    """`import returns`, a sibling of `import plan` (called by cli/import_cmd.py)."""
    p = imp_sub.add_parser("returns", help="read returned forms (.xlsx/.xls/.ods, folders, .eml)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--year", type=int, help="refuse forms of another year")
    p.add_argument("--period", choices=PERIOD_CHOICES, help="refuse forms of another period")
    p.add_argument("--take-unit-values", action="store_true", help="settle conflicts with the unit's values")
    p.add_argument("--dry-run", action="store_true", help="show the preview; write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)


def cmd_forms(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.returns_forms import write_forms

    ws = workspace(args)
    forms = write_forms(ws.db, args.year, args.period, Path(args.output), args.unit)
    if args.json:
        print_json({"forms": [{"unit_id": f.unit_id, "unit": f.unit, "path": str(f.path), "contents": f.contents}
                              for f in forms]})
        return 0
    for f in forms:
        print(f"{f.unit}: {f.contents} → {f.path}")
    say(args, f"Đã lập {len(forms)} phiếu.", f"Wrote {len(forms)} forms.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.returns_service import apply_returns, read_returns

    ws = workspace(args)
    preview = read_returns(ws.db, [Path(p) for p in args.paths], year=args.year, period=args.period)
    if args.take_unit_values:
        preview.take_all(True)
    result = None
    if preview.accepted and not args.dry_run:
        result = apply_returns(ws.db, preview)
    lang = args.lang
    if args.json:
        print_json({
            "files": [{"source": f.source, "state": f.state, "unit_id": f.unit_id, "unit": f.unit, "year": f.year,
                       "period": f.period, "superseded_by": f.superseded_by,
                       "problems": [{"severity": p.severity, "text": p.text(lang)} for p in f.problems],
                       "changes": [{"section_id": c.section_id, "number": c.number, "title": c.title,
                                    "field": c.field, "old": c.old, "new": c.new, "conflict": c.conflict,
                                    "applied": bool(result) and c.take} for c in f.changes],
                       "figures": f.figures} for f in preview.files],
            "applied": result is not None, "batch": result.batch if result else None,
            "returns": result.returns if result else 0, "changes": result.changes if result else 0})
    else:
        for f in preview.files:
            state = {"ok": ("nhận", "accepted"), "refused": ("từ chối", "refused"),
                     "superseded": ("bản cũ, bỏ qua", "older copy, not used")}[f.state]
            who = f"{f.unit} — {f.period_text(lang)}" if f.unit else ""
            print(f"{f.source}: {state[1] if lang == 'en' else state[0]}" + (f" ({who})" if who else ""))
            for c in f.changes:
                mark = " [!]" if c.conflict else ""
                keep = "" if c.take else (" (keep the app's value)" if lang == "en" else " (giữ giá trị trong chương trình)")
                old, new = (c.old, c.new) if c.field != "notes" else ("…", c.new.rsplit("\n", 1)[-1])
                print(f"  {c.number} {c.title[:60]}: {c.label(lang)} {old} → {new}{mark}{keep}")
            for p in f.problems:
                print(f"  {'!' if p.severity == 'error' else '-'} {p.text(lang)}")
        if args.dry_run:
            say(args, "Chưa ghi gì (--dry-run).", "Nothing written (--dry-run).")
        elif result:
            say(args, f"Đã nhập {result.returns} phiếu, {result.changes} thay đổi.",
                f"Imported {result.returns} forms, {result.changes} changes.")
    if not preview.accepted:
        if not args.json:
            say(args, "Không có phiếu nào dùng được.", "No usable form.")
        return 1
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.returns import rate_text
    from dancoso_desktop.services.returns_service import returns_status

    ws = workspace(args)
    st = returns_status(ws.db, args.year, args.period)
    summary = rate_text(st.returned, st.expected)
    if args.json:
        print_json({"year": st.year, "period": st.period, "deadline": st.deadline, "expected": st.expected,
                    "returned": st.returned, "on_time": st.on_time, "summary": summary,
                    "units": [{"unit_id": u.unit_id, "unit": u.unit, "expected": u.expected, "returned": u.returned,
                               "received_at": u.received_at, "late": u.late, "returns": u.returns}
                              for u in st.units]})
        return 0
    say(args, f"{summary} (hạn {st.deadline:%d/%m/%Y}).",
        f"{st.returned}/{st.expected} units reported (due {st.deadline:%d/%m/%Y}).")
    for u in st.units:
        if u.returned and u.received_at:
            late = (" — late" if args.lang == "en" else " — trễ hạn") if u.late else ""
            print(f"  ✓ {u.unit}: {u.received_at:%d/%m/%Y %H:%M}{late}")
        else:
            print(f"  ✗ {u.unit}: " + ("not returned" if args.lang == "en" else "chưa báo cáo"))
    return 0
