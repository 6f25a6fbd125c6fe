"""The window's start-up order (issue 2 speed): the storage stack is imported before PySide6.

PySide6's feature hook reads the source of every module imported after it; a service module
added to the window but missing from app.WINDOW_STACK would pull SQLAlchemy in after Qt again
and cost a few hundred ms at every start. This fails when that happens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_no_sqlalchemy_module_is_imported_after_pyside6(demo_dir: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "dancoso_desktop", "--data-dir", str(demo_dir),
                          "screenshot", "--page", "plan", "-o", str(tmp_path / "s.png")],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    names = [line.rsplit("|", 1)[1].strip() for line in out.stderr.splitlines()
             if line.startswith("import time:") and "|" in line and "imported package" not in line]
    assert "PySide6" in names and "sqlalchemy" in names
    after_qt = names[names.index("PySide6") + 1:]
    late = [n for n in after_qt if n.split(".")[0] == "sqlalchemy"]
    assert not late, f"imported after PySide6: {late[:10]}"
    assert (tmp_path / "s.png").stat().st_size > 10_000
