"""`demo [--year Y] [--scale N]`: a realistic demo commune."""

from __future__ import annotations

import argparse
from datetime import date

from dancoso_desktop.cli.common import say, workspace


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="create a realistic demo commune in the data folder")
    p.add_argument("--year", type=int, default=date.today().year)
    p.add_argument("--scale", type=int, default=1, help="multiplies the registers (100 ≈ 100,000 disclosures)")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from dancoso_desktop.services.demo import create_demo
    ws = workspace(args)
    summary = create_demo(ws, args.year, args.scale)
    say(args, f"Đã tạo dữ liệu mẫu: {summary}", f"Demo data created: {summary}")
    return 0
