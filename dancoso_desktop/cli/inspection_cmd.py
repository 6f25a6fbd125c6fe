"""Commands of the inspection feature (filled in by that feature's issue)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, export_sub: argparse._SubParsersAction) -> None:
    """Adds this feature's commands to the parser."""
