"""`supervision list`, `petitions list`, `export supervision` (issue 13 item 9).

``dancoso supervision list --year Y --json`` prints one object (stable, version 1)::

    {"year": 2026,
     "boards": [{"id", "kind": "commune_bttnd"|"agency_bttnd"|"bgsdtcd", "name", "members",
                 "term_start", "term_end", "project_name", "investor", "place", "project_value",
                 "supervision_start", "investor_notified_on", "investor_notice_due",
                 "investor_notice": clock}],
     "checks": [{"id", "board_id", "board_kind", "board", "kind": "inspection"|"supervision"|
                 "verification", "title", "subject", "starts_on", "notified_on", "notice_due",
                 "notice": clock, "confirmed_by_mttq", "recommendations"}],
     "recommendations": [{"id", "board_id", "board_kind", "board", "check_id", "text",
                          "addressee", "received_on", "due", "reply_on", "clock"}]}

``dancoso petitions list --year Y --json`` prints a list of {"id", "received_on", "kind":
"complaint"|"denunciation"|"petition"|"feedback", "channel", "citizen", "hamlet", "unit",
"summary", "answer_due", "answered_on", "clock", "satisfaction": "unknown"|"satisfied"|
"not_satisfied"}.

A clock is "open" (running), "overdue" (not done, last day passed), "on_time", "late" or
"none" (no rule or no date). Dates are ISO (YYYY-MM-DD); null when missing. Exit 0 ok, 1 refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dancoso_desktop.cli.common import print_json, say, workspace


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    sup = sub.add_parser("supervision", help="BTTND and BGSĐTCĐ: checks, recommendations and their clocks")
    sup_sub = sup.add_subparsers(dest="supervision_command", required=True)
    p = sup_sub.add_parser("list", help="the year's checks and recommendations with their clocks")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    pet = sub.add_parser("petitions", help="citizen reception: complaints, denunciations, petitions, feedback")
    pet_sub = pet.add_subparsers(dest="petitions_command", required=True)
    p = pet_sub.add_parser("list", help="the year's register")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_petitions)

    e = export_sub.add_parser("supervision", help="the year's supervision registers as an Excel workbook")
    e.add_argument("--year", type=int, required=True)
    e.add_argument("--format", choices=["xlsx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export)


def _clock(args: argparse.Namespace, clock: object) -> str:
    return clock.label_en if args.lang == "en" else clock.label_vi  # type: ignore[attr-defined]


def cmd_list(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.plan import check_year
    from dancoso_desktop.domain.text import format_date
    from dancoso_desktop.services.supervision_service import RecommendationFilter, SupervisionService

    check_year(args.year)
    ws = workspace(args)
    svc = SupervisionService(ws.db)
    today = svc.today()
    boards = svc.boards()
    checks = svc.check_rows(args.year, today=today)
    recs = svc.recommendation_rows(RecommendationFilter(year=args.year), today=today)
    if args.json:
        print_json({
            "year": args.year,
            "boards": [{"id": b.id, "kind": b.kind.value, "name": b.name, "members": len(b.members),
                        "term_start": b.term_start, "term_end": b.term_end, "project_name": b.project_name,
                        "investor": b.investor, "place": b.place, "project_value": b.project_value,
                        "supervision_start": b.supervision_start, "investor_notified_on": b.investor_notified_on,
                        "investor_notice_due": svc.investor_deadline(b),
                        "investor_notice": svc.board_clock(b, today).value} for b in boards],
            "checks": [svc.check_json(r) for r in checks],
            "recommendations": [svc.recommendation_json(r) for r in recs]})
        return 0
    en = args.lang == "en"
    for b in boards:
        label = b.kind.label_en if en else b.kind.label_vi
        print(f"{b.id}\t{label}\t{b.name}\t{len(b.members)}" + (f"\t{b.project_name}" if b.project_name else ""))
    if not checks and not recs:
        say(args, f"Chưa có cuộc kiểm tra, kiến nghị nào năm {args.year}.", f"No checks or recommendations in {args.year}.")
        return 0
    say(args, "Kiểm tra, giám sát:", "Checks:")
    for c in checks:
        notice = f"\t{_clock(args, c.notice)}" if c.notice_due else ""
        print(f"  {c.id}\t{format_date(c.starts_on)}\t{c.board_kind.short_vi}\t{c.title}{notice}")
    say(args, "Kiến nghị (trả lời trong 15 ngày):", "Recommendations (15-day reply):")
    for r in recs:
        print(f"  {r.id}\t{format_date(r.received_on)}\t{format_date(r.due)}\t{_clock(args, r.clock)}\t"
              f"{r.board_kind.short_vi}\t{r.text[:80]}")
    return 0


def cmd_petitions(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.plan import check_year
    from dancoso_desktop.domain.text import format_date
    from dancoso_desktop.services.petition_service import PetitionFilter, PetitionService

    check_year(args.year)
    ws = workspace(args)
    svc = PetitionService(ws.db)
    rows = svc.rows(PetitionFilter(year=args.year))
    if args.json:
        print_json([svc.to_json(r) for r in rows])
        return 0
    if not rows:
        say(args, f"Chưa có đơn thư nào năm {args.year}.", f"No petitions in {args.year}.")
        return 0
    for r in rows:
        p = r.petition
        kind = p.kind.value if args.lang == "en" else p.kind.label_vi
        print(f"{p.id}\t{format_date(p.received_on)}\t{kind}\t{format_date(p.answer_due)}\t"
              f"{_clock(args, r.clock) if p.answer_due else ''}\t{p.summary[:80]}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.supervision_export import export_year

    ws = workspace(args)
    target = export_year(ws, args.year, Path(args.output))
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0
