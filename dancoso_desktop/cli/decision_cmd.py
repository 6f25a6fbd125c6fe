"""`decisions list`, `export decision ID --form …`, `export decisions` (issue 12 item 9).

`dancoso decisions list --year Y --json` prints a JSON list, one object per decision (stable):

    {"id": 3, "year": 2026, "item": 1,              # Art. 15 item 1–6
     "title": "…", "scope": "hamlet|several|commune", "proposer": "ubnd|hamlet|citizens",
     "form": "meeting|ballot|online", "vote_date": "2026-04-05", "decision_date": …,
     "sent_on": …, "send_due": …,                   # ≤ 5 working days after the vote (Law Art. 20.3)
     "recognition": "not_needed|pending|recognised|refused", "recognition_due": …,
     "hamlets": [{"unit_id": 2, "name": "Thôn Bó Mạ", "households": 96, "present": 70,
                  "for": 60, "against": 8, "other": 2, "passed": false}],
     "passed": false, "rule": "two_thirds|half|half_present|hamlets_two_thirds|online_half",
     "result": "không đạt: 60/96 hộ = 62,5% < 2/3 tổng số hộ (…)",
     "problems": ["notice_late", "sent_late", "not_sent", …],   # codes of failed checks
     "election": null | {"kind": "election|dismissal", "elected": "…", "plan_date": …, …}}

`passed` and `rule` are null before any hamlet has figures. Dates are ISO (yyyy-mm-dd) or null.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dancoso_desktop.cli.common import print_json, say, workspace

FORMS = ("notice", "count-minutes", "decision", "ballot-minutes")


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    dec = sub.add_parser("decisions", help="community decisions (Nhân dân bàn và quyết định)")
    dec_sub = dec.add_subparsers(dest="decisions_command", required=True)
    p = dec_sub.add_parser("list", help="list the decisions of a year")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    e = export_sub.add_parser("decision", help="an NĐ 59 form of one decision (PDF or Word)")
    e.add_argument("id", type=int)
    e.add_argument("--form", choices=FORMS, required=True,
                   help="notice (Mẫu 01), count-minutes (02), decision (03), ballot-minutes (04)")
    e.add_argument("--format", choices=["pdf", "docx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export_one)

    e = export_sub.add_parser("decisions", help="the year's decisions register (Excel)")
    e.add_argument("--year", type=int, required=True)
    e.add_argument("--format", choices=["xlsx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export_year)


def cmd_list(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.decision import FORM_EN, FORM_VI
    from dancoso_desktop.domain.plan import check_year
    from dancoso_desktop.domain.text import format_date
    from dancoso_desktop.services.decision_service import DecisionService

    check_year(args.year)
    svc = DecisionService(workspace(args))
    items = svc.decisions(args.year)
    if args.json:
        today = svc.today()
        print_json([svc.to_json(d, today) for d in items])
        return 0
    if not items:
        say(args, f"Chưa có quyết định nào năm {args.year}.", f"No decisions in {args.year}.")
        return 0
    en = args.lang == "en"
    for d in items:
        result, _ = svc.evaluate(d)
        text = "" if result is None else (result.text_en if en else result.text_vi)
        form = FORM_EN[d.form] if en else FORM_VI[d.form]
        print(f"{d.id}\t{format_date(d.vote_date)}\t{int(d.matter)}\t{d.title}\t{d.hamlet_names}\t{form}\t{text}")
    return 0


def cmd_export_one(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.decision_export import export_form

    target = export_form(workspace(args), args.id, args.form, args.format, Path(args.output))
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0


def cmd_export_year(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.decision_export import export_register

    target = export_register(workspace(args), args.year, Path(args.output))
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0
