"""The command line (design.md §7): the same services as the window, without Qt.

Exit codes: 0 success, 1 a refused operation (nothing changed), 2 a usage error.
Each feature adds its commands in a module of its own with ``register(sub, export_sub)``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from dancoso_desktop import __version__
from dancoso_desktop.cli.common import CliError, run_command
from dancoso_desktop.domain.errors import set_language

# Each feature adds its commands in a module of its own (``register(sub, export_sub)``).
FEATURES = ("plan_cmd", "demo_cmd", "import_cmd", "disclosure_cmd", "inspection_cmd", "data_cmd",
            "report_cmd", "due_cmd", "decision_cmd", "consultation_cmd", "supervision_cmd", "conference_cmd",
            "assessment_cmd", "returns_cmd", "rollup_cmd")
# Which module registers each command and each `export` target. A command line that names one
# imports and registers only that module: building every feature's parser is ~0.07 s of each
# short command. tests/unit/test_cli_index.py checks these against what the modules register.
COMMAND_INDEX = {
    "plan": "plan_cmd", "demo": "demo_cmd", "import": "import_cmd", "disclosures": "disclosure_cmd",
    "inspections": "inspection_cmd", "backup": "data_cmd", "restore": "data_cmd", "check": "data_cmd",
    "report": "report_cmd", "due": "due_cmd", "decisions": "decision_cmd", "consultations": "consultation_cmd",
    "village-rules": "consultation_cmd", "supervision": "supervision_cmd", "petitions": "supervision_cmd",
    "conferences": "conference_cmd", "assessment": "assessment_cmd", "returns": "returns_cmd",
    "rollup": "rollup_cmd",
}
EXPORT_INDEX = {
    "plan": "plan_cmd", "disclosures": "disclosure_cmd", "disclosure-list": "disclosure_cmd",
    "inspection": "inspection_cmd", "inspections": "inspection_cmd", "report": "report_cmd",
    "decision": "decision_cmd", "decisions": "decision_cmd", "consultations": "consultation_cmd",
    "village-rules": "consultation_cmd", "village-rule": "consultation_cmd", "supervision": "supervision_cmd",
    "staff-conference": "conference_cmd", "assessment": "assessment_cmd", "rollup": "rollup_cmd",
}
_GLOBAL_WITH_VALUE = ("--data-dir", "--lang")


def wanted_features(argv: Sequence[str]) -> tuple[str, ...]:
    """The feature modules a command line needs: one for a known command, none for the window
    or a screenshot, every one for help, a mistake or anything unusual (argparse then answers
    exactly as with the whole parser)."""
    words: list[str] = []
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _GLOBAL_WITH_VALUE:
            skip = True
        elif token.startswith(tuple(f"{o}=" for o in _GLOBAL_WITH_VALUE)):
            continue
        elif token.startswith("-"):
            if not words:
                return FEATURES     # --help, --version or a mistake before the command
        else:
            words.append(token)
            if len(words) == 2:
                break
    if not words:
        return ()                   # the window
    command = words[0]
    if command == "screenshot":
        return ()
    if command == "export":
        what = EXPORT_INDEX.get(words[1]) if len(words) > 1 else None
        return (what,) if what else FEATURES
    found = COMMAND_INDEX.get(command)
    return (found,) if found else FEATURES


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # usage errors exit 2, as argparse does
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi / error: {message}\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given ``argv``, only with the features it names (see
    ``wanted_features``), else with all of them."""
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
    names = FEATURES if argv is None else wanted_features(argv)
    for name in names:
        importlib.import_module(f"dancoso_desktop.cli.{name}").register(sub, export_sub)
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
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(argv).parse_args(argv)
    if args.command is None or getattr(args, "gui", False):
        print("Cửa sổ chỉ mở được qua dancoso_desktop.app / The window opens through dancoso_desktop.app",
              file=sys.stderr)
        return 2
    return run(args)
