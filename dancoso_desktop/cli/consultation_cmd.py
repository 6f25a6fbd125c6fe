"""`consultations list`, `village-rules list`, `export consultations`, `export village-rules`,
`export village-rule ID --form request|recognition` (issue 12 items 5–7, 9).

JSON (stable; dates ISO, ``null`` when missing):

``dancoso consultations list --year Y --json`` — a list of
  {"id", "item" (Art. 25, 1–9), "title", "draft_document", "forms" (codes of Art. 26.1:
  dialogue, meeting, ballot, box_hotline, front_orgs, portal, telecom, direct_dialogue),
  "plan_sent_on", "published_on", "closes_on", "days" (from publication, the first day not
  counted), "open" (taking opinions today), "counts" {form: opinions}, "received", "accepted",
  "explained", "opinions" [{"who", "place", "form", "content", "response"
  (pending|accepted|explained), "answer"}], "result_published_on", "disclosure_id" (the
  disclosure register's record of Art. 11 item 11), "reported_hdnd_on", "hdnd_session",
  "delegated_from", "notes", "problems" (codes: period_too_short, no_plan_sent,
  result_before_close, result_not_published)}.

``dancoso village-rules list --json`` — a list of
  {"id", "hamlet_id", "hamlet", "hamlet_retired", "kind" (huong_uoc|quy_uoc), "title",
  "stage" (proposed, drafting, posted, adopted, rejected, filed, in_force, refused, suspended,
  replaced, repealed), "households", "proposed_on", "proposal_households", "draft_posted_on",
  "adoption_form" (meeting|ballot), "adopted_on", "present", "agree", "disagree", "adopted"
  (> 50% of all households), "file_sent_on", "recognised_on", "decision_number", "refused_on",
  "sent_on", "deadlines" {"file", "recognition", "sending"}, "events" [{"kind", "scope",
  "trigger_on", "decided_on", "decision_number", "reason", "fix_by", "due"}], "reviews",
  "problems" (codes: proposal_too_few, draft_posted_too_short, meeting_without_quorum,
  not_adopted, file_late, recognition_late, sending_late, suspension_late, repeal_late, overdue,
  review_missing)}.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dancoso_desktop.cli.common import print_json, say, workspace
from dancoso_desktop.domain.text import format_date

if TYPE_CHECKING:
    from dancoso_desktop.domain.consultation import Consultation
    from dancoso_desktop.domain.village_rule import VillageRule
    from dancoso_desktop.domain.working_days import WorkingCalendar


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("consultations", help="consultations of the citizens (Art. 25–29)")
    c_sub = c.add_subparsers(dest="consultations_command", required=True)
    p = c_sub.add_parser("list", help="list a year's consultations with their legal checks")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_consultations)

    v = sub.add_parser("village-rules", help="hương ước, quy ước of the hamlets (NĐ 61/2023)")
    v_sub = v.add_subparsers(dest="village_rules_command", required=True)
    p = v_sub.add_parser("list", help="list every hamlet's hương ước / quy ước with its stage and checks")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_village_rules)

    e = export_sub.add_parser("consultations", help="the year's consultations register as XLSX")
    e.add_argument("--year", type=int, required=True)
    e.add_argument("--format", choices=["xlsx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export_consultations)
    e = export_sub.add_parser("village-rules", help="the hương ước register as XLSX")
    e.add_argument("--format", choices=["xlsx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export_village_rules)
    e = export_sub.add_parser("village-rule", help="NĐ 61 Mẫu 01 (request) or Mẫu 03 (recognition) of one text")
    e.add_argument("id", type=int)
    e.add_argument("--form", choices=["request", "recognition"], required=True)
    e.add_argument("--format", choices=["pdf", "docx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export_form)


def consultation_json(c: Consultation, today: date) -> dict[str, Any]:
    from dancoso_desktop.domain.consultation_rules import check, is_open, period_days

    return {
        "id": c.id, "item": c.item, "title": c.title, "draft_document": c.draft_document, "forms": c.forms,
        "plan_sent_on": c.plan_sent_on, "published_on": c.published_on, "closes_on": c.closes_on,
        "days": period_days(c.published_on, c.closes_on) if c.published_on and c.closes_on else None,
        "open": is_open(c, today), "counts": c.counts, "received": c.received, "accepted": c.accepted,
        "explained": c.explained,
        "opinions": [{"who": o.who, "place": o.place, "form": o.form, "content": o.content,
                      "response": o.response.value, "answer": o.answer} for o in c.opinions],
        "result_published_on": c.result_published_on, "disclosure_id": c.disclosure_id,
        "reported_hdnd_on": c.reported_hdnd_on, "hdnd_session": c.hdnd_session,
        "delegated_from": c.delegated_from, "notes": c.notes, "problems": [p.value for p in check(c, today)],
    }


def village_rule_json(r: VillageRule, calendar: WorkingCalendar, today: date, retired: bool) -> dict[str, Any]:
    from dancoso_desktop.domain import village_rule_rules as rules
    from dancoso_desktop.domain.village_rule import check, deadlines, stage

    d = deadlines(r, calendar)
    return {
        "id": r.id, "hamlet_id": r.hamlet_id, "hamlet": r.hamlet_name, "hamlet_retired": retired,
        "kind": r.kind.value, "title": r.title, "stage": stage(r).value, "households": r.households,
        "proposed_on": r.proposed_on, "proposal_households": r.proposal_households,
        "draft_posted_on": r.draft_posted_on,
        "adoption_form": r.adoption_form.value if r.adoption_form else None, "adopted_on": r.adopted_on,
        "present": r.present, "agree": r.agree, "disagree": r.disagree,
        "adopted": (bool(r.households) and r.agree is not None and r.agree <= (r.households or 0)
                    and rules.adopted(r.households or 0, r.agree)),
        "file_sent_on": r.file_sent_on, "recognised_on": r.recognised_on, "decision_number": r.decision_number,
        "refused_on": r.refused_on, "sent_on": r.sent_on,
        "deadlines": {"file": d.file, "recognition": d.recognition, "sending": d.sending},
        "events": [{"kind": e.kind.value, "scope": e.scope.value, "trigger_on": e.trigger_on,
                    "decided_on": e.decided_on, "decision_number": e.decision_number, "reason": e.reason,
                    "fix_by": e.fix_by, "due": due} for e, due in zip(r.events, d.events, strict=True)],
        "reviews": r.reviews, "notes": r.notes,
        "problems": [p.value for p in check(r, calendar, today)],
    }


def cmd_consultations(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.consultation_rules import check, period_days
    from dancoso_desktop.domain.plan import check_year
    from dancoso_desktop.services.consultation_service import ConsultationService

    check_year(args.year)
    today = date.today()
    records = ConsultationService(workspace(args)).records(args.year)
    if args.json:
        print_json([consultation_json(c, today) for c in records])
        return 0
    if not records:
        say(args, f"Chưa có cuộc lấy ý kiến nào năm {args.year}.", f"No consultations in {args.year}.")
        return 0
    for c in records:
        days = period_days(c.published_on, c.closes_on) if c.published_on and c.closes_on else ""
        problems = ",".join(p.value for p in check(c, today)) or "ok"
        print(f"{c.id}\t{c.item}\t{format_date(c.published_on)}–{format_date(c.closes_on)}\t{days}\t"
              f"{c.received}\t{problems}\t{c.title}")
    return 0


def cmd_village_rules(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.village_rule import STAGE_EN, STAGE_VI, check, stage
    from dancoso_desktop.services.commune_service import CommuneService
    from dancoso_desktop.services.village_rule_service import VillageRuleService

    ws = workspace(args)
    svc = VillageRuleService(ws)
    today = date.today()
    calendar = svc.calendar(today.year)
    retired = {u.id for u in CommuneService(ws.db).list_units(include_retired=True) if u.retired}
    records = svc.records()
    if args.json:
        print_json([village_rule_json(r, calendar, today, r.hamlet_id in retired) for r in records])
        return 0
    if not records:
        say(args, "Chưa có hương ước, quy ước nào.", "No village rules recorded.")
        return 0
    names = STAGE_EN if args.lang == "en" else STAGE_VI
    for r in records:
        problems = ",".join(p.value for p in check(r, calendar, today)) or "ok"
        print(f"{r.id}\t{r.hamlet_name}\t{names[stage(r)]}\t{format_date(r.recognised_on)}\t{problems}\t{r.title}")
    return 0


def cmd_export_consultations(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.consultation_export import export_consultations_xlsx

    target = Path(args.output)
    n = export_consultations_xlsx(workspace(args), args.year, target)
    say(args, f"Đã ghi {n} dòng vào {target}", f"Wrote {n} rows to {target}")
    return 0


def cmd_export_village_rules(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.village_rule_export import export_village_rules_xlsx

    target = Path(args.output)
    n = export_village_rules_xlsx(workspace(args), target)
    say(args, f"Đã ghi {n} dòng vào {target}", f"Wrote {n} rows to {target}")
    return 0


def cmd_export_form(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.village_rule_export import export_form

    target = export_form(workspace(args), args.id, args.form, args.format, Path(args.output))
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0
