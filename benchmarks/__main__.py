"""python -m benchmarks [NAME …] — runs the benchmarks and writes benchmarks/results.json."""

from __future__ import annotations

import importlib
import json
import platform
import sys
from datetime import datetime

from benchmarks.harness import ROOT, Harness


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem.removeprefix("bench_") for p in (ROOT / "benchmarks").glob("bench_*.py"))
    h = Harness()
    print(f"dancoso benchmarks on {platform.platform()}, {platform.python_version()}, "
          f"{datetime.now():%Y-%m-%d %H:%M}", flush=True)
    for name in names:
        h.current = name
        module = importlib.import_module(f"benchmarks.bench_{name}")
        module.run(h)
    out = ROOT / "benchmarks" / "results.json"
    # A run of some benchmarks replaces their figures and keeps the others' from earlier runs.
    kept: list[dict[str, object]] = []
    if out.exists():
        try:
            kept = [f for f in json.loads(out.read_text(encoding="utf-8")).get("figures", [])
                    if f.get("bench") not in names]
        except (ValueError, AttributeError):
            kept = []
    out.write_text(json.dumps({"when": datetime.now().isoformat(timespec="seconds"),
                               "machine": platform.platform(), "figures": kept + h.results()},
                              ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    failed = [f for f in h.figures if f.passed is False]
    print(f"{len(h.figures)} figures, {len(failed)} below target; written to {out}")
    for f in failed:
        print(f"below target: {f.bench} / {f.name}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
