"""The fault suite's harness: run the app's own code in a child process and kill it."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The children import tests.fault.child by name (fork server preload): the project root must be
# importable however pytest was started (`pytest` or `python -m pytest`).
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_CTX: Any = None


def context() -> Any:
    """A fork server with the application preloaded: each child starts in milliseconds."""
    global _CTX
    if _CTX is None:
        _CTX = multiprocessing.get_context("forkserver")
        _CTX.set_forkserver_preload(["tests.fault.child"])
    return _CTX


class Child:
    """One child process running a target of tests/fault/child.py, with its pipe."""

    def __init__(self, target: Callable[..., None], *args: Any) -> None:
        ctx = context()
        self.conn, child_end = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=target, args=(child_end, *args), daemon=True)
        self.proc.start()
        child_end.close()
        self.leftover: list[str] = []

    def read(self, timeout: float = 60) -> str:
        """The next acknowledgement; fails if the child died or fell silent instead."""
        if not self.conn.poll(timeout):
            raise AssertionError(f"child silent for {timeout} s (exit code {self.proc.exitcode})")
        try:
            return self.conn.recv()
        except EOFError as exc:
            self.proc.join(10)
            raise AssertionError(f"child ended (code {self.proc.exitcode}) before acknowledging") from exc

    def kill(self) -> None:
        if self.proc.pid is not None and self.proc.exitcode is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.join(30)
        # Acknowledgements sent before the kill but not read yet count too.
        try:
            while self.conn.poll(0):
                self.leftover.append(self.conn.recv())
        except EOFError:
            pass
        self.conn.close()
        self.proc.close()

    def send(self, obj: Any) -> None:
        self.conn.send(obj)
