"""Demo data of the plan feature."""

from __future__ import annotations

import random

from dancoso_desktop.services.workspace import Workspace


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    return ""
