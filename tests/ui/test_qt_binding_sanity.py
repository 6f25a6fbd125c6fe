"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` each time Qt calls a Python
override that returns None (paintEvent, resizeEvent…); after some thousands of repaints the
interpreter aborts with "none_dealloc". pyproject pins PySide6 below 6.12; this test fails if a
binding with that fault is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


class _Painted(QWidget):
    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # returns None on purpose
        return None


def test_overrides_returning_none_keep_the_reference_count_of_none(qtbot) -> None:
    widget = _Painted()
    qtbot.addWidget(widget)
    widget.show()
    widget.repaint()
    before = sys.getrefcount(None)
    for _ in range(300):
        widget.repaint()
    # Other code may take a few references meanwhile; the fault loses exactly one per call.
    assert sys.getrefcount(None) - before > -50
