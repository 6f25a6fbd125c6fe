"""`report list|new|show|text|issue|send|version`, `export report ID` (issue 11 item 9).

JSON output (stable):

- ``report list --year Y --json``: ``{"year": Y, "calendar": [{"regime", "name", "kind",
  "period_start", "period_end", "deadline", "deadline_source" ("officer"|"plan"|"province"),
  "recipient", "preparer", "internal", "report_id", "report_status"}], "reports": [REPORT]}``
  where REPORT is ``{"id", "year", "kind", "version", "status", "period_start", "period_end",
  "title", "recipient", "preparer", "number", "issued_on", "sent_on", "sent_to"}``.
- ``report new … --json``: REPORT.
- ``report show ID --json``: REPORT plus ``"sections": [{"key", "number", "level", "title",
  "slot", "statements", "text"}]``, ``"figures": [{"code", "label", "value", "unit", "source",
  "records": [{"kind", "id"}]}]`` (every figure with the ids of the records it counts) and
  ``"annex": [{"group", "code", "label", "unit", "value", "previous"}]``.

Dates are ISO (yyyy-mm-dd) in JSON; on the command line dd/mm/yyyy or ISO.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dancoso_desktop.cli.common import print_json, say, workspace


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    rep = sub.add_parser("report", help="periodic reports upward (6 months, 9 months, year, ad hoc)")
    rsub = rep.add_subparsers(dest="report_command", required=True)
    p = rsub.add_parser("list", help="the year's reporting calendar and reports")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = rsub.add_parser("calendar", help="set a duty's deadline, recipient or preparer for one year")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--regime", required=True, help="bc_6m, bc_9m, bc_year, hdnd_mid, hdnd_end")
    p.add_argument("--deadline", help="dd/mm/yyyy; 'none' to go back to the plan's or the province's")
    p.add_argument("--recipient")
    p.add_argument("--preparer")
    p.set_defaults(handler=cmd_calendar)

    p = rsub.add_parser("province-deadline", help="the province's default deadline of a regime, for all years")
    p.add_argument("--regime", required=True)
    p.add_argument("--day", required=True, help="dd/mm, e.g. 05/06")
    p.add_argument("--recipient")
    p.set_defaults(handler=cmd_province)

    p = rsub.add_parser("new", help="a new draft report built from the records")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--kind", choices=["6m", "9m", "year", "adhoc"], required=True)
    p.add_argument("--from", dest="start", help="first day of the period (default: the cut-off rule)")
    p.add_argument("--to", dest="end", help="last day of the period")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_new)

    p = rsub.add_parser("show", help="a report: its sections and every figure with its records")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = rsub.add_parser("text", help="set the officer's text of one section (from a file or '-')")
    p.add_argument("id", type=int)
    p.add_argument("--section", required=True, help="section key, as `report show` lists it")
    p.add_argument("--file", required=True, help="UTF-8 text file, or - for standard input")
    p.set_defaults(handler=cmd_text)

    p = rsub.add_parser("annex", help="leave figures out of the annex, or put them back")
    p.add_argument("id", type=int)
    p.add_argument("--hide", nargs="*", default=[], help="figure codes to leave out")
    p.add_argument("--show", nargs="*", default=[], help="figure codes to put back")
    p.set_defaults(handler=cmd_annex)

    p = rsub.add_parser("issue", help="issue a draft: number, date; the figures are frozen")
    p.add_argument("id", type=int)
    p.add_argument("--number", help="05 or 05/BC-UBND (default: the next of the year)")
    p.add_argument("--date", required=True)
    p.add_argument("--signer", help="name of the signer (default: the commune's signer)")
    p.set_defaults(handler=cmd_issue)

    p = rsub.add_parser("send", help="record that an issued report was sent")
    p.add_argument("id", type=int)
    p.add_argument("--date", required=True)
    p.add_argument("--to", default="")
    p.set_defaults(handler=cmd_send)

    p = rsub.add_parser("version", help="a new draft version of an issued report")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_version)

    e = export_sub.add_parser("report", help="a report as PDF, Word, the Excel annex, or the package to email")
    e.add_argument("id", type=int)
    e.add_argument("--format", choices=["pdf", "docx", "xlsx", "package"], required=True)
    e.add_argument("-o", "--output", required=True, help="file (pdf/docx/xlsx) or folder (package)")
    e.set_defaults(handler=cmd_export)


def _date(text: str | None) -> Any:
    from dancoso_desktop.domain.text import parse_date

    return parse_date(text) if text else None


def _calendar_json(e: Any) -> dict[str, Any]:
    return {"regime": e.regime, "name": e.name, "kind": e.kind.value if e.kind else None,
            "period_start": e.period.start.isoformat() if e.period else None,
            "period_end": e.period.end.isoformat() if e.period else None,
            "deadline": e.deadline.isoformat(), "deadline_source": e.deadline_source, "recipient": e.recipient,
            "preparer": e.preparer, "internal": e.internal, "report_id": e.report_id,
            "report_status": e.report_status or None}


def cmd_list(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.text import format_date
    from dancoso_desktop.services.report_service import ReportService

    service = ReportService(workspace(args).db)
    calendar = service.calendar(args.year)
    reports = service.list_reports(args.year)
    if args.json:
        print_json({"year": args.year, "calendar": [_calendar_json(e) for e in calendar],
                    "reports": [service.to_json(r) for r in reports]})
        return 0
    say(args, f"Lịch báo cáo năm {args.year}:", f"Reporting calendar {args.year}:")
    for e in calendar:
        state = e.report_number or ("-" if args.lang == "en" else "chưa lập")
        if not e.report_number and e.report_status:
            from dancoso_desktop.domain.report_doc import ReportStatus

            drafted = ReportStatus(e.report_status)
            state = drafted.label_en if args.lang == "en" else drafted.label_vi
        print(f"  {format_date(e.deadline)}\t{e.name}\t{e.recipient}\t{state}")
    say(args, "Báo cáo:", "Reports:")
    if not reports:
        say(args, "  (chưa có)", "  (none)")
    for r in reports:
        status = r.status.label_en if args.lang == "en" else r.status.label_vi
        print(f"  {r.id}\t{r.kind.value}\tv{r.version}\t{format_date(r.period_start)}–{format_date(r.period_end)}\t"
              f"{status}\t{r.number}")
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.text import format_date
    from dancoso_desktop.services.report_service import ReportService

    clear = (args.deadline or "").strip().lower() == "none"
    entry = ReportService(workspace(args).db).set_calendar(
        args.year, args.regime, deadline=None if clear else _date(args.deadline), recipient=args.recipient,
        preparer=args.preparer, clear_deadline=clear)
    say(args, f"{entry.name}: hạn {format_date(entry.deadline)}, gửi {entry.recipient}.",
        f"{entry.name}: due {format_date(entry.deadline)}, to {entry.recipient}.")
    return 0


def cmd_province(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.errors import ValidationError
    from dancoso_desktop.services.report_service import ReportService

    try:
        day, month = (int(x) for x in args.day.strip().split("/"))
    except ValueError:
        raise ValidationError(f"Ngày “{args.day}” phải viết dạng ngày/tháng, ví dụ 05/06.",
                              f"“{args.day}” must be day/month, e.g. 05/06.") from None
    regime = ReportService(workspace(args).db).set_province_default(args.regime, month, day, args.recipient)
    say(args, f"{regime.name}: hạn mặc định {day:02d}/{month:02d} hằng năm.",
        f"{regime.name}: default deadline {day:02d}/{month:02d} every year.")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.report_service import ReportService

    service = ReportService(workspace(args).db)
    report = service.create(args.year, args.kind, _date(args.start), _date(args.end))
    if args.json:
        print_json(service.to_json(report))
    else:
        say(args, f"Đã lập dự thảo báo cáo {report.id}: {report.title}",
            f"Created draft report {report.id}: {report.title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from dancoso_desktop.domain.text import format_date
    from dancoso_desktop.services.report_service import ReportService

    service = ReportService(workspace(args).db)
    report = service.get(args.id)
    content = service.content(args.id)
    if args.json:
        out = service.to_json(report)
        out["sections"] = [{"key": s.key, "number": s.number, "level": s.level, "title": s.title, "slot": s.slot,
                            "statements": s.statements, "text": s.text} for s in content.sections]
        out["figures"] = [{"code": f.code, "label": f.label, "value": f.value, "unit": f.unit, "source": f.source,
                           "records": [{"kind": k, "id": i} for k, i in f.records]} for f in content.figures]
        out["annex"] = [{"group": a.group, "code": a.code, "label": a.label, "unit": a.unit, "value": a.value,
                         "previous": a.previous} for a in content.annex]
        print_json(out)
        return 0
    status = report.status.label_en if args.lang == "en" else report.status.label_vi
    print(f"{report.title} ({format_date(report.period_start)}–{format_date(report.period_end)}), {status}"
          + (f", {report.number}" if report.number else ""))
    for s in content.sections:
        print(f"{'  ' * (s.level - 1)}{s.number} {s.title}  [{s.key}]")
        for text in s.statements:
            print(f"{'  ' * s.level}{text}")
        if s.text:
            print(f"{'  ' * s.level}{s.text}")
    say(args, "Số liệu (mã, giá trị, bản ghi):", "Figures (code, value, records):")
    for f in content.figures:
        ids = ",".join(str(i) for _, i in f.records)
        print(f"  {f.code}\t{f.value}\t{ids}")
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    import sys

    from dancoso_desktop.domain.errors import ValidationError
    from dancoso_desktop.services.report_service import ReportService

    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"Không đọc được tệp văn bản: {exc}.", f"Cannot read the text file: {exc}.") from exc
    ReportService(workspace(args).db).set_section_text(args.id, args.section, text)
    say(args, "Đã lưu nội dung mục.", "Section text saved.")
    return 0


def cmd_annex(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.report_service import ReportService

    service = ReportService(workspace(args).db)
    report = service.get(args.id)
    hidden = [c for c in report.annex_hidden if c not in args.show]
    hidden += [c for c in args.hide if c not in hidden]
    report = service.set_annex_hidden(args.id, hidden)
    say(args, f"Phụ lục bỏ ra {len(report.annex_hidden)} chỉ tiêu.", f"The annex leaves out {len(report.annex_hidden)} figures.")
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.report_service import ReportService

    service = ReportService(workspace(args).db)
    report = service.issue(args.id, args.number, _date(args.date), signer_name=args.signer)
    say(args, f"Đã ban hành báo cáo số {report.number}.", f"Issued report no. {report.number}.")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.report_service import ReportService

    report = ReportService(workspace(args).db).mark_sent(args.id, _date(args.date), args.to)
    say(args, f"Đã ghi nhận gửi báo cáo {report.number} đến {report.sent_to}.",
        f"Recorded report {report.number} as sent to {report.sent_to}.")
    return 0


def cmd_version(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.report_service import ReportService

    report = ReportService(workspace(args).db).new_version(args.id)
    say(args, f"Đã tạo phiên bản {report.version} (dự thảo {report.id}).",
        f"Created version {report.version} (draft {report.id}).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dancoso_desktop import paths
    from dancoso_desktop.services import report_export

    # Read with sqlite3 alone when the data file is up to date (report_export.write_from_file):
    # no SQLAlchemy, a draft's figures counted with plain SQL. Else the full open, which
    # creates, migrates or refuses the folder as every command does.
    result = report_export.write_from_file(paths.data_dir(args.data_dir) / paths.DB_FILENAME, args.id,
                                           args.format, Path(args.output))
    if result is None:
        ws = workspace(args, reading=True)
        result = (report_export.write_package(ws.db, args.id, Path(args.output)) if args.format == "package"
                  else report_export.write(ws.db, args.id, args.format, Path(args.output)))
    if isinstance(result, report_export.Package):
        say(args, f"Đã ghi gói báo cáo {result.folder} và {result.zip_path.name}",
            f"Wrote the package {result.folder} and {result.zip_path.name}")
        for w in result.warnings:
            print(w)
        return 0
    say(args, f"Đã ghi {result.target}", f"Wrote {result.target}")
    if result.warning(args.lang):
        print(result.warning(args.lang))
    return 0
