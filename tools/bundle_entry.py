"""Entry script of the PyInstaller bundle (build.spec): ``dancoso`` (windowed) and
``dancoso-cli`` (console) both start here, after tools/bundle_shared_archive.py has opened the
shared archive of the Python code and PyInstaller's runtime hooks have run.

A windowed program on Windows has no standard streams (``sys.stdout`` is None): anything
printed — a command given to ``dancoso`` instead of ``dancoso-cli``, a warning — would raise.
They go to the null device there; the window's log (<data>/logs) keeps what matters."""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # lives as long as the process
if sys.stdin is None:
    sys.stdin = open(os.devnull, encoding="utf-8")

from dancoso_desktop.app import main  # noqa: E402 - after the streams exist

raise SystemExit(main())
