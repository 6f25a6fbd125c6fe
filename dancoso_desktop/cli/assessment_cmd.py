"""`assessment show|import|score`, `export assessment` (issue 11 item 8: the annual self-assessment).

- ``dancoso assessment show --year Y [--json]``: the criteria tree with the scores, the total and
  the class. Until the first change, a year shows the shipped example (Cần Thơ 2025's structure),
  stored when first scored or imported. ``--json`` (stable; keys may be added, none renamed)::

    {"year": 2026, "scheme": "…", "source": "QĐ 2579/…", "example": true,
     "criteria": [{"code": "1", "text": "…", "max_points": "10", "points": "8.5",
                   "children": [{"code": "1.1", …, "note": "", "evidence": [{"kind", "id", "label"}]}]}],
     "base": "80.5", "bonus": "1", "penalty": "0", "total": "81.5", "max_total": "100",
     "rating": "done", "rating_vi": "Hoàn thành", "by_points": "done", "complete": false,
     "unscored": ["2.7"], "zero": [], "conditions": [], "reasons": [], "deadline": "2026-12-15",
     "submitted_on": null}

  Points are decimal strings (exact); ``points`` is null while nothing under it is scored.
- ``dancoso assessment import FILE --year Y``: replace the year's criteria with a scheme from an
  XLSX, JSON, Word, PDF or text file (scores of codes still there are kept).
- ``dancoso assessment score --year Y CODE POINTS [--note TEXT]``: score one criterion ("7,5" or
  "7.5"; "-" clears it).
- ``dancoso assessment deadline --year Y DATE`` (default 15/12, CT2579 Art. 9) and
  ``dancoso assessment sent --year Y [--date D]`` (it then leaves the due list).
- ``dancoso export assessment --year Y --format xlsx|pdf|docx -o FILE``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dancoso_desktop.cli.common import print_json, say, workspace


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assessment", help="the annual self-assessment (criteria, scores, class)")
    a_sub = p.add_subparsers(dest="assessment_command", required=True)
    show = a_sub.add_parser("show", help="the criteria, scores, total and class of a year")
    show.add_argument("--year", type=int, required=True)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    imp = a_sub.add_parser("import", help="the province's criteria from an XLSX, JSON, Word, PDF or text file")
    imp.add_argument("file")
    imp.add_argument("--year", type=int, required=True)
    imp.set_defaults(handler=cmd_import)
    score = a_sub.add_parser("score", help="score one criterion")
    score.add_argument("--year", type=int, required=True)
    score.add_argument("code")
    score.add_argument("points", help='e.g. 7,5 or 7.5; "-" clears the score')
    score.add_argument("--note", help="what was done, where the proof is")
    score.set_defaults(handler=cmd_score)
    dl = a_sub.add_parser("deadline", help="the day the self-assessment must reach the province")
    dl.add_argument("--year", type=int, required=True)
    dl.add_argument("date", help="dd/mm/yyyy")
    dl.set_defaults(handler=cmd_deadline)
    sent = a_sub.add_parser("sent", help="record the day it was sent (it leaves the due list)")
    sent.add_argument("--year", type=int, required=True)
    sent.add_argument("--date", help="dd/mm/yyyy (default today)")
    sent.set_defaults(handler=cmd_sent)

    e = export_sub.add_parser("assessment", help="the self-assessment scorecard (XLSX, PDF or Word)")
    e.add_argument("--year", type=int, required=True)
    e.add_argument("--format", choices=["xlsx", "pdf", "docx"], required=True)
    e.add_argument("-o", "--output", required=True)
    e.set_defaults(handler=cmd_export)


def _summary(args: argparse.Namespace, a) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.assessment import format_points

    r = a.result()
    lang = args.lang
    say(args, f"Tổng điểm: {format_points(r.total)}/{format_points(r.max_total)} — {r.rating.label_vi}"
        + ("" if r.complete else f" (còn {len(r.unscored)} tiêu chí chưa chấm)"),
        f"Total: {format_points(r.total, 'en')}/{format_points(r.max_total, 'en')} — {r.rating.label_en}"
        + ("" if r.complete else f" ({len(r.unscored)} criteria not scored yet)"))
    for reason in r.reasons(lang):
        print(f"  {reason}")


def cmd_show(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.assessment import format_points
    from dancoso_desktop.services.assessment_service import AssessmentService

    svc = AssessmentService(workspace(args).db)
    a = svc.view(args.year)
    if args.json:
        print_json(svc.to_json(a))
        return 0
    lang = "en" if args.lang == "en" else "vi"
    print(a.scheme.name)
    if a.scheme.source:
        print(("Source: " if lang == "en" else "Nguồn: ") + a.scheme.source)
    if a.scheme.example:
        say(args, "Lưu ý: các tiêu chí con là VÍ DỤ, hãy nhập bộ tiêu chí chính thức của tỉnh.",
            "Note: the sub-criteria are an EXAMPLE; import the province's own criteria.")
    for c, depth in a.scheme.walk():
        pts = format_points(a.points(c), lang) or "—"
        print(f"{'  ' * depth}{c.code}\t{pts}/{format_points(c.max_points, lang)}\t{c.text}")
    _summary(args, a)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.assessment_import import read_scheme
    from dancoso_desktop.services.assessment_service import AssessmentService

    svc = AssessmentService(workspace(args).db)
    current = svc.get(args.year)
    scheme = read_scheme(Path(args.file), current.scheme)
    a = svc.set_scheme(args.year, scheme)
    say(args, f"Đã nhập {len(a.scheme.leaves())} tiêu chí ({a.scheme.name}) cho năm {args.year}.",
        f"Imported {len(a.scheme.leaves())} criteria ({a.scheme.name}) for {args.year}.")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.assessment_service import AssessmentService

    svc = AssessmentService(workspace(args).db)
    a = svc.score(args.year, args.code, None if args.points.strip() == "-" else args.points, note=args.note)
    _summary(args, a)
    return 0


def cmd_deadline(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.text import format_date, parse_date
    from dancoso_desktop.services.assessment_service import AssessmentService

    day = parse_date(args.date)
    a = AssessmentService(workspace(args).db).set_dates(args.year, deadline=day)
    say(args, f"Hạn gửi tự đánh giá năm {args.year}: {format_date(a.due_date())}.",
        f"The {args.year} self-assessment is due on {format_date(a.due_date())}.")
    return 0


def cmd_sent(args: argparse.Namespace) -> int:
    from datetime import date

    from dancoso_desktop.domain.text import format_date, parse_date
    from dancoso_desktop.services.assessment_service import AssessmentService

    day = parse_date(args.date) if args.date else date.today()
    AssessmentService(workspace(args).db).set_dates(args.year, submitted_on=day)
    say(args, f"Đã ghi nhận gửi tự đánh giá năm {args.year} ngày {format_date(day)}.",
        f"The {args.year} self-assessment was sent on {format_date(day)}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.assessment_export import export_scorecard

    target = export_scorecard(workspace(args), args.year, args.format, Path(args.output))
    say(args, f"Đã ghi {target}", f"Wrote {target}")
    return 0
