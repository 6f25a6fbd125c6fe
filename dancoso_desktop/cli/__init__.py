"""The command line (design.md §7): the same services as the window, without Qt.

Exit codes: 0 success, 1 a refused operation (nothing changed), 2 a usage error.
Each feature adds its commands in a module of its own with ``register(sub, export_sub)``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from dancoso_desktop import __version__
from dancoso_desktop.cli import (
    assessment_cmd,
    conference_cmd,
    consultation_cmd,
    data_cmd,
    decision_cmd,
    demo_cmd,
    disclosure_cmd,
    due_cmd,
    import_cmd,
    inspection_cmd,
    plan_cmd,
    report_cmd,
    returns_cmd,
    rollup_cmd,
    supervision_cmd,
)
from dancoso_desktop.cli.common import CliError, run_command
from dancoso_desktop.domain.errors import set_language

FEATURES = (plan_cmd, demo_cmd, import_cmd, disclosure_cmd, inspection_cmd, data_cmd,
            report_cmd, due_cmd, decision_cmd, consultation_cmd, supervision_cmd, conference_cmd,
            assessment_cmd, returns_cmd, rollup_cmd)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # usage errors exit 2, as argparse does
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi / error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="dancoso",
        description="Quản lý thực hiện dân chủ ở cơ sở của UBND xã/phường. "
                    "Without a command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"dancoso_desktop {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: the per-user data folder, or $DANCOSO_DATA_DIR)")
    parser.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the window and messages")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    export = sub.add_parser("export", help="export documents and registers")
    export_sub = export.add_subparsers(dest="what", required=True, parser_class=_Parser)
    shot = sub.add_parser("screenshot", help="draw a page of the window into a PNG (offscreen)")
    shot.add_argument("--page", required=True, help="plan, disclosures, inspections, followup, …")
    shot.add_argument("-o", "--output", required=True)
    shot.add_argument("--size", default="1280x800", help="WxH")
    shot.set_defaults(gui=True)
    for feature in FEATURES:
        feature.register(sub, export_sub)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a parsed non-GUI command and return its exit code."""
    set_language(args.lang)
    handler = getattr(args, "handler", None)
    if handler is None:
        raise CliError("Thiếu lệnh.", "No command given.")
    return run_command(handler, args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry for headless use; the GUI entry (app.main) handles the window commands."""
    args = build_parser().parse_args(argv)
    if args.command is None or getattr(args, "gui", False):
        print("Cửa sổ chỉ mở được qua dancoso_desktop.app / The window opens through dancoso_desktop.app",
              file=sys.stderr)
        return 2
    return run(args)
