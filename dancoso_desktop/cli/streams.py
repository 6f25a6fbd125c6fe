"""What the command line does with its output streams (issue 15 item 3).

- ``dancoso plan show | head``: when the reader closes the pipe, stop quietly with the status a
  shell expects of a program stopped by SIGPIPE (128 + 13 = 141), not a BrokenPipeError trace.
- A Windows console or a redirect there uses the ANSI code page (cp1252, cp1258…), which cannot
  hold every Vietnamese letter: print UTF-8 whatever the code page.
"""

from __future__ import annotations

import os
import sys
from typing import Any

SIGPIPE_STATUS = 128 + 13


def use_utf8() -> None:
    """Reconfigure stdout and stderr to UTF-8 when they are real text streams in another encoding."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure: Any = getattr(stream, "reconfigure", None)
        if reconfigure is not None and encoding != "utf8":
            # errors="replace" on stderr too: a message must never fail to print.
            reconfigure(encoding="utf-8", errors="replace")


def closed_pipe() -> int:
    """After BrokenPipeError: point stdout at the null device so the flush at exit cannot fail
    again, and give the status a shell expects of a reader that went away."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):   # not a real file (tests' StringIO)
        pass
    return SIGPIPE_STATUS
