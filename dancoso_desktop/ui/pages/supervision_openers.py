"""Openers of the supervision records from the window's start (the due list and report figures
may ask for them before the page "Giám sát" was ever shown): the first call builds the page,
whose tabs register the real openers, and passes the record on to them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

KINDS = ("board", "board_check", "board_recommendation", "petition")


def install(window: Any) -> None:
    for kind in KINDS:
        window.register_opener(kind, _lazy(window, kind))


def _lazy(window: Any, kind: str) -> Callable[[int], None]:
    done = {"built": False}

    def open_first(record_id: int) -> None:
        if done["built"]:
            return                       # the page exists but has no tab for this kind
        done["built"] = True
        window.page("supervision")       # builds the page; its tabs register the real openers
        window.open_record(kind, record_id)

    return open_first
