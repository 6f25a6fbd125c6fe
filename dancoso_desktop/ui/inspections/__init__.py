"""Widgets of the inspection feature (plan, records, checklist templates, follow-up).

Workaround, process-wide (tell the lead; it belongs in app.py): PySide6 6.12.0 on Python 3.11
drops one reference to ``None`` every time Qt calls a Python override that returns ``None``
(``data()``/``headerData()`` for roles a model does not answer, every ``paintEvent``,
``resizeEvent``… handler) and every time ``QCoreApplication.translate(ctx, text)`` is called
without a disambiguation. After a few thousand repaints of a table the count reaches zero and
the interpreter aborts with "Fatal Python error: none_dealloc". Python 3.12 made ``None``
immortal; here we do the same by giving it a reference count it can never use up.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def _make_none_immortal() -> None:
    if sys.version_info >= (3, 12) or getattr(sys, "_dancoso_none_reserve", False):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    sys._dancoso_none_reserve = True  # type: ignore[attr-defined]  # once per process


_make_none_immortal()
