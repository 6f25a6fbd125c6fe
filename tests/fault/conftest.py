"""Fixtures of the fault suite (POSIX only: children are killed with SIGKILL)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

if sys.platform == "win32":  # pragma: no cover - SIGKILL is POSIX
    collect_ignore_glob = ["test_*.py"]

# The children import tests.fault.child by name (fork server preload): the project root must be
# importable however pytest was started (`pytest` or `python -m pytest`).
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fault.harness import Child  # noqa: E402 - needs the root on sys.path


@pytest.fixture
def children():  # type: ignore[no-untyped-def]
    """Start children that are killed at the end of the test whatever happens."""
    started: list[Child] = []

    def spawn(target: Callable[..., None], *args: Any) -> Child:
        c = Child(target, *args)
        started.append(c)
        return c

    yield spawn
    for c in started:
        try:
            c.kill()
        except ValueError:  # already closed
            pass
