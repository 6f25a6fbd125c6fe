"""`conferences list` and `export staff-conference ID` (issue 13 item 9).

`dancoso conferences list --year Y [--json]` lists the year's conferences:
- the UBND's dialogue conferences held in Y (Law Art. 32);
- the year-end conference of every hamlet for Y, held or not (Art. 33; NĐ 59 Art. 10–11);
- the staff conferences held in Y (reviewing the work year Y−1; Art. 50–52).

`--json` prints one object, stable (new keys may be added, none renamed):

    {"year": Y,
     "dialogue": [{"id", "kind": "dialogue", "held_on", "place", "chair", "participants",
                   "participant_count", "topic", "questions", "answered",
                   "items": [{"question", "asked_by", "answer", "follow_up"}]}],
     "year_end": [{"kind": "year_end", "hamlet_id", "hamlet", "held", "id", "held_on", "due",
                   and when a record exists: "year", "planned_on", "plan_sent_on", "convocation_on",
                   "convocation_due", "convocation_on_time", "households_invited",
                   "households_present", "attendance_percent", "proposals_received",
                   "proposals_answered", "proposals_forwarded", "report_received_on"}],
     "year_end_missing": ["hamlet name", …],
     "staff": [{"id", "kind": "staff", "work_year", "held_on", "unit_id", "unit", "staff_total",
                "present", "quorum_needed", "quorum_met", "votes_for", "votes_against",
                "votes_abstain", "votes_needed", "resolution_passed", "approval_percent",
                "deadline", "on_time", "agenda", "resolution_number", "resolution_date",
                "reviews": [{"reviewed_on", "result", "notified_on"}], "next_review"}]}

Dates are ISO (yyyy-mm-dd) or null. `export staff-conference ID --format pdf|docx -o FILE
[--document minutes|resolution]` writes the minutes (default) or the resolution.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dancoso_desktop.cli.common import print_json, say, workspace
from dancoso_desktop.domain.text import format_date


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("conferences", help="dialogue, hamlet year-end and staff conferences (Art. 32–33, 50–52)")
    c_sub = c.add_subparsers(dest="conferences_command", required=True)
    p = c_sub.add_parser("list", help="the conferences of a year")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    e = export_sub.add_parser("staff-conference", help="the minutes or resolution of a staff conference (PDF or Word)")
    e.add_argument("id", type=int)
    e.add_argument("--format", choices=["pdf", "docx"], required=True)
    e.add_argument("--document", choices=["minutes", "resolution"], default="minutes")
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export)


def cmd_list(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.plan import check_year
    from dancoso_desktop.services.conference_service import ConferenceService
    from dancoso_desktop.services.staff_conference_service import StaffConferenceService

    check_year(args.year)
    ws = workspace(args)
    service = ConferenceService(ws.db)
    staff_service = StaffConferenceService(ws.db)
    dialogues = service.dialogues(args.year)
    statuses = service.hamlet_statuses(args.year)
    staff = staff_service.conferences(held_year=args.year)
    if args.json:
        print_json({"year": args.year,
                    "dialogue": [service.dialogue_json(d) for d in dialogues],
                    "year_end": [service.hamlet_json(st) for st in statuses],
                    "year_end_missing": [st.hamlet_name for st in statuses if not st.held],
                    "staff": [staff_service.to_json(c) for c in staff]})
        return 0
    en = args.lang == "en"
    say(args, f"Hội nghị đối thoại năm {args.year}: {len(dialogues)}", f"Dialogue conferences {args.year}: {len(dialogues)}")
    for d in dialogues:
        print(f"  {d.id}\t{format_date(d.held_on)}\t{d.place}\t{len(d.questions)}/{d.answered}")
    held = sum(1 for st in statuses if st.held)
    say(args, f"Hội nghị cuối năm ở thôn, tổ dân phố: {held}/{len(statuses)} đã tổ chức",
        f"Hamlet year-end conferences: {held}/{len(statuses)} held")
    for st in statuses:
        c = st.conference
        when = format_date(c.held_on) if c and c.held_on else ("not held" if en else "chưa tổ chức")
        print(f"  {st.hamlet_name}\t{when}")
    say(args, f"Hội nghị cán bộ, công chức họp năm {args.year}: {len(staff)}",
        f"Staff conferences held in {args.year}: {len(staff)}")
    for sc in staff:
        data = staff_service.to_json(sc)
        quorum = ("quorum" if data["quorum_met"] else "NO quorum") if en else ("đủ 2/3" if data["quorum_met"]
                                                                             else "KHÔNG đủ 2/3")
        print(f"  {sc.id}\t{format_date(sc.held_on)}\t{sc.unit_name}\t{sc.present}/{sc.staff_total} {quorum}\t"
              f"{sc.votes_for}/{sc.present} ({data['approval_percent']}%)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.staff_conference_export import export_conference

    ws = workspace(args)
    target = export_conference(ws, args.id, args.format, Path(args.output), args.document)
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0
