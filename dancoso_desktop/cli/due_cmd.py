"""`dancoso due [--days N] [--today D] [--json]`: what is overdue or due soon (the start page's list).

The list is ``services.report_sources.due_items(db, today, today + N days)``: everything overdue
(any age) and everything due in the next N days (default 30), across the registers, earliest
first.

``--json`` prints a list (stable; new keys may be added, none renamed), one object per item::

    {"source": "inspections", "category": "recommendation", "title": "…",
     "due": "2026-12-01", "overdue": true, "days_left": -5,
     "note": "…", "ref": {"kind": "recommendation", "id": 12}}

``due`` is the last day allowed (ISO date); ``overdue`` is ``due < today`` (an item due today is
not overdue); ``days_left`` is ``due - today`` in days (negative when overdue); ``ref`` is null
when the item opens no record. ``--today`` looks at the list as of another day (checking ahead).
Exit 0 also when the list is empty.
"""

from __future__ import annotations

import argparse
from typing import Any

from dancoso_desktop.cli.common import print_json, say, workspace

MAX_DAYS = 3660

# Headings of the categories in the text output (the window has its own, translated).
CATEGORY_VI = {"report": "Báo cáo", "assessment": "Tự đánh giá, chấm điểm", "plan": "Nội dung kế hoạch", "disclosure": "Công khai thông tin",
               "posting": "Đang niêm yết", "recommendation": "Kiến nghị sau kiểm tra"}
CATEGORY_EN = {"report": "Reports", "assessment": "Self-assessment", "plan": "Plan contents", "disclosure": "Disclosures",
               "posting": "Postings running", "recommendation": "Recommendations after inspections"}


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("due", help="what is overdue or due in the next days (the start page's list)")
    p.add_argument("--days", type=int, default=30, help="look this many days ahead (default 30)")
    p.add_argument("--today", help="as of this day (dd/mm/yyyy or yyyy-mm-dd; default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_due)


def cmd_due(args: argparse.Namespace) -> int:
    from datetime import date, timedelta

    from dancoso_desktop.domain.errors import ValidationError
    from dancoso_desktop.domain.text import format_date, parse_date
    from dancoso_desktop.services.report_sources import due_items

    if not 0 <= args.days <= MAX_DAYS:
        raise ValidationError(f"--days phải từ 0 đến {MAX_DAYS}.", f"--days must be 0 to {MAX_DAYS}.")
    today = parse_date(args.today) if args.today else date.today()
    ws = workspace(args)
    items = due_items(ws.db, today, today + timedelta(days=args.days))
    en = args.lang == "en"
    if args.json:
        out: list[dict[str, Any]] = []
        for it in items:
            out.append({"source": it.source, "category": it.category, "title": it.title,
                        "due": it.due.isoformat(), "overdue": it.overdue(today),
                        "days_left": it.days_left(today), "note": it.note_en if en else it.note_vi,
                        "ref": {"kind": it.ref.kind, "id": it.ref.id} if it.ref else None})
        print_json(out)
        return 0
    if not items:
        say(args, f"Không có việc quá hạn hay đến hạn trong {args.days} ngày tới.",
            f"Nothing overdue or due in the next {args.days} days.")
        return 0
    overdue = sum(1 for it in items if it.overdue(today))
    say(args, f"{len(items)} việc, {overdue} việc quá hạn (tính đến {format_date(today)}):",
        f"{len(items)} items, {overdue} overdue (as of {format_date(today)}):")
    order = {key: i for i, key in enumerate(CATEGORY_VI)}
    categories = sorted(dict.fromkeys(it.category for it in items), key=lambda c: (order.get(c, len(order)), c))
    for cat in categories:
        group = [it for it in items if it.category == cat]
        late = sum(1 for it in group if it.overdue(today))
        name = (CATEGORY_EN if en else CATEGORY_VI).get(cat, cat)
        print(f"\n{name} ({len(group)}" + (f", {late} {'overdue' if en else 'quá hạn'})" if late else ")"))
        for it in group:
            days = it.days_left(today)
            if days < 0:
                when = f"{-days} days overdue" if en else f"quá hạn {-days} ngày"
            elif days == 0:
                when = "due today" if en else "hôm nay"
            else:
                when = f"{days} days left" if en else f"còn {days} ngày"
            print(f"  {format_date(it.due)}\t{when}\t{it.title}")
    return 0
