"""Start to a drawn main window with the demo data (issue 2: ≤ 1.2 s whole-process).

Probe: `dancoso --data-dir DEMO screenshot --page plan -o x.png` as a whole process, median of
the harness's repeats. Reference in the same run: a bare PySide6 process that builds a
QApplication and an empty QMainWindow and saves the same kind of screenshot — the floor that
any Qt window start pays on this machine. The note names what costs most, from one
`python -X importtime` run (cumulative import time of the heaviest top-level packages).

Bytecode: an installed program (pip or the PyInstaller bundle) runs from compiled .pyc files,
but this machine sets PYTHONDONTWRITEBYTECODE, which would make every probe recompile our ~150
modules. The probes therefore write their bytecode to a temporary PYTHONPYCACHEPREFIX (the
working tree stays clean) and the first, warming run fills it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.harness import ROOT, Harness

TARGET_S = 1.2

_BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("x")); w.resize(1280, 800); w.show()
app.processEvents()
w.grab().save(sys.argv[1], "PNG")
"""


_BYTECODE: dict[str, str] = {}


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **_BYTECODE}


def _bare_window(out: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", _BARE_WINDOW, str(out)], check=True, env=_env(), cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def import_costs(data_dir: Path, out: Path, top: int = 6) -> tuple[float, list[tuple[str, float]]]:
    """Total import time and the heaviest packages (cumulative, seconds) of one screenshot run."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "dancoso_desktop", "--data-dir",
                           str(data_dir), "screenshot", "--page", "plan", "-o", str(out)],
                          env=_env(), cwd=ROOT, capture_output=True, text=True, check=True)
    per_package: dict[str, float] = defaultdict(float)
    total = 0.0
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if not m:
            continue
        self_us, name = int(m.group(1)), m.group(4)
        total += self_us / 1e6
        root = name.split(".")[0]
        if root == "dancoso_desktop":  # our own modules by sub-package (ui, services, storage…)
            root = ".".join(name.split(".")[:2])
        per_package[root] += self_us / 1e6
    heaviest = sorted(per_package.items(), key=lambda kv: -kv[1])[:top]
    return total, heaviest


def run(h: Harness) -> None:
    demo = h.demo()
    out = h.tmp("startup") / "plan.png"
    _BYTECODE.update({"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(h.tmp("pycache"))})
    # Warm the disk cache and the bytecode once.
    h.cli("screenshot", "--page", "plan", "-o", str(out), data_dir=demo, env=_BYTECODE)
    runs, ref_runs, version_runs = [], [], []
    for _ in range(h.repeats):  # interleaved, so all see the same machine load
        runs.append(h.cli("screenshot", "--page", "plan", "-o", str(out), data_dir=demo, env=_BYTECODE))
        ref_runs.append(_bare_window(h.tmp("startup") / "bare.png"))
        version_runs.append(h.cli("--version", env=_BYTECODE))
    total, heaviest = import_costs(demo, out)
    note = (f"imports {total:.2f}s of it; heaviest: "
            + ", ".join(f"{name} {secs:.2f}s" for name, secs in heaviest))
    h.record("screenshot --page plan (demo data)", runs, target=f"≤ {TARGET_S} s", limit_s=TARGET_S,
             reference="bare PySide6 window + grab", reference_runs=ref_runs, notes=note,
             imports_s=total, heaviest=heaviest)
    # What the command line alone costs before any window work (all feature modules imported).
    h.record("dancoso --version (no Qt)", version_runs, target="info",
             reference="bare PySide6 window + grab", reference_runs=ref_runs)
