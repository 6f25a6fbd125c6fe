"""Shared helpers of the CLI commands: opening the data folder, printing, errors."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dancoso_desktop import paths
from dancoso_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from dancoso_desktop.services.workspace import Workspace


class CliError(UserError):
    """A refused command; printed to stderr, exit 1."""


def workspace(args: argparse.Namespace, *, reading: bool = False) -> Workspace:
    """Open the data folder for this command; ``run_command`` closes it when the command ends.

    Closing matters: the last connection checkpoints the WAL into the data file. Left to the
    garbage collector, that write would happen at some later moment in a long-lived process.

    ``reading``: the command never writes (an export), so the whole-file health check is skipped
    (see ``open_workspace``)."""
    # Imported here: the storage stack (SQLAlchemy) is a third of a short command's time, and
    # some commands (the plan exports) read the data file without it.
    from dancoso_desktop.services.workspace import open_workspace

    ws = open_workspace(paths.data_dir(args.data_dir), reading=reading)
    opened: list[Workspace] = args.__dict__.setdefault("_opened_workspaces", [])
    opened.append(ws)
    if ws.read_only is not None and not args.__dict__.get("_read_only_said"):
        # Said once: the command goes on reading; a write is refused with the folder's message.
        from dancoso_desktop.services.workspace import read_only_notice

        vi, en = read_only_notice(ws)
        print(en if args.lang == "en" else vi, file=sys.stderr)
        args.__dict__["_read_only_said"] = True
    return ws


def _default(obj: Any) -> Any:
    if isinstance(obj, date | datetime):
        return obj.isoformat()
    if isinstance(obj, Path):
        return str(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n")


def say(args: argparse.Namespace, vi: str, en: str) -> None:
    """A line of output in the chosen language."""
    print(en if args.lang == "en" else vi)


def run_command(handler: Callable[[argparse.Namespace], int | None], args: argparse.Namespace) -> int:
    try:
        return handler(args) or 0
    except UserError as exc:
        print(exc.text(args.lang), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        for ws in args.__dict__.pop("_opened_workspaces", []):
            ws.close()  # closing twice is harmless (a handler may close its own)
