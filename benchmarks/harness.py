"""Shared pieces of the benchmarks: timing medians, demo data folders, results.

A bench module defines ``run(h: Harness) -> None`` and calls ``h.record(...)`` for each figure,
with its target and, where the issue names one, a reference measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    bench: str
    name: str
    median_s: float
    runs: list[float]
    target: str
    passed: bool | None
    reference: str = ""
    reference_s: float | None = None
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class Harness:
    def __init__(self, repeats: int = 5) -> None:
        self.repeats = repeats
        self.figures: list[Figure] = []
        self.current = ""
        self._tmp = Path(tempfile.mkdtemp(prefix="dancoso-bench-"))
        self._demo_dirs: dict[tuple[int, int], Path] = {}

    def tmp(self, name: str) -> Path:
        p = self._tmp / name
        p.mkdir(parents=True, exist_ok=True)
        return p

    def time(self, fn: Callable[[], Any], repeats: int | None = None) -> list[float]:
        runs = []
        for _ in range(repeats or self.repeats):
            t0 = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t0)
        return runs

    def cli(self, *args: str, data_dir: Path | None = None, env: dict[str, str] | None = None) -> float:
        """Run `python -m dancoso_desktop ARGS` as a whole process; return its wall time."""
        # An installed program runs from compiled bytecode; a machine that sets
        # PYTHONDONTWRITEBYTECODE would make every probe recompile our modules instead.
        full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "",
                    "PYTHONPYCACHEPREFIX": str(self.tmp("pycache")), **(env or {})}
        cmd = [sys.executable, "-m", "dancoso_desktop"]
        if data_dir is not None:
            cmd += ["--data-dir", str(data_dir)]
        t0 = time.perf_counter()
        subprocess.run([*cmd, *args], check=True, env=full_env, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return time.perf_counter() - t0

    def demo(self, year: int = 2026, scale: int = 1) -> Path:
        """A data folder with `dancoso demo --scale N`, made once per run and shared."""
        key = (year, scale)
        if key not in self._demo_dirs:
            folder = self.tmp(f"demo-{year}-{scale}")
            self.cli("demo", "--year", str(year), "--scale", str(scale), data_dir=folder)
            self._demo_dirs[key] = folder
        return self._demo_dirs[key]

    def record(self, name: str, runs: list[float], *, target: str, limit_s: float | None = None,
               reference: str = "", reference_runs: list[float] | None = None,
               max_ratio: float | None = None, notes: str = "", **extra: Any) -> Figure:
        median = statistics.median(runs)
        ref = statistics.median(reference_runs) if reference_runs else None
        passed: bool | None = None
        if limit_s is not None:
            passed = median <= limit_s
        if max_ratio is not None and ref:
            passed = (passed is not False) and median <= ref * max_ratio
        fig = Figure(self.current, name, median, runs, target, passed, reference, ref, notes, extra)
        self.figures.append(fig)
        verdict = {True: "PASS", False: "FAIL", None: "INFO"}[passed]
        ref_txt = f"  ref {reference}: {ref:.3f}s" if ref is not None else ""
        print(f"{verdict:4}  {self.current:<12} {name:<48} {median:8.3f}s  target {target}{ref_txt}"
              + (f"  ({notes})" if notes else ""), flush=True)
        return fig

    def results(self) -> list[dict[str, Any]]:
        return [asdict(f) for f in self.figures]
