"""The disclosure register (issue 4) on `demo --scale 100` (about 100,000 records over ten years).

- `demo --scale 100`, whole process: well under a minute (INFO beside 60 s).
- The register page opens in ≤ 0.5 s: on the window's year (~10,000 records) and on all years.
- A keystroke in the search box updates the view in ≤ 0.1 s (the query and model reset that the
  60 ms debounce triggers; the count line is filled after the view is drawn and shown apart).
- `export disclosures --format xlsx` as users run it, a whole `python -m dancoso_desktop` process,
  beside the floor: a whole `python` process writing the same number of rows of the same kinds
  of cells with xlsxwriter constant_memory (benchmarks/xlsx_floor.py), run alternately:
  ≤ 1.3 × for one year (~10,000 rows), ≤ 1.15 × for `--all-years` (~100,000), peak RSS ≤ 400 MB
  (issue 15 item 4). Where the time went: see the notes above ``_run``.

Qt and each export run in child processes so memory and timings are their own.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys

from benchmarks.harness import ROOT, Harness

YEAR = 2026
SCALE = 100
KEYS = ["n", "ng", "nga", "ngan", "ngan ", "ngan s", "ngan sa", "ngan sac", "ngan sach"]


def _child(code: str, *args: str) -> dict:
    env_code = "import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n" + code
    out = subprocess.run([sys.executable, "-c", env_code, *args], check=True, capture_output=True,
                         text=True, cwd=ROOT, timeout=1800)
    return json.loads(out.stdout.strip().splitlines()[-1])


_UI = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.ui.disclosures.page import DisclosuresPage
app = QApplication([])
ws = open_workspace(Path(sys.argv[1]))
keys = json.loads(sys.argv[2])
out = {}
for scope, all_years in (("year", False), ("all", True)):
    opens, opens_cpu, opened_counts = [], [], []
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        page = DisclosuresPage(ws, %(year)d, all_years=all_years)
        page.resize(1280, 760)
        page.show()
        page.repaint()                   # drawn: the first page of rows is on screen
        opens.append(time.perf_counter() - t0)
        opens_cpu.append(time.process_time() - c0)
        t1 = time.perf_counter()
        app.processEvents()              # the queued count line
        opened_counts.append(time.perf_counter() - t1)
        page.close(); page.deleteLater(); app.processEvents()
    page = DisclosuresPage(ws, %(year)d, all_years=all_years)
    page.resize(1280, 760); page.show(); app.processEvents()
    strokes, strokes_cpu, counts = [], [], []
    for _ in range(3):
        for text in keys:
            page.search.setText(text)     # starts the 60 ms debounce timer
            t0, c0 = time.perf_counter(), time.process_time()
            page.apply_filter()          # what the timer fires: one query, model reset
            page.view.viewport().repaint()
            strokes.append(time.perf_counter() - t0)
            strokes_cpu.append(time.process_time() - c0)
            t1 = time.perf_counter()
            app.processEvents()          # the count line, queued after the view
            page.model.total()
            counts.append(time.perf_counter() - t1)
        page.search.clear(); page.apply_filter(); app.processEvents()
    out[scope] = {"open": opens, "open_cpu": opens_cpu, "open_counts": opened_counts, "keys": strokes,
                  "keys_cpu": strokes_cpu, "counts": counts,
                  "rows": page.model.total()}
    page.close(); page.deleteLater(); app.processEvents()
print(json.dumps(out))
"""

FLOOR = ROOT / "benchmarks" / "xlsx_floor.py"
KINDS = ["integer", "text", "text", "text", "date", "date", "date", "text", "text", "text", "text", "text"]

# Where the time of `export disclosures --year 2026 --format xlsx` went (cProfile and -X importtime
# on demo --scale 100, 10,087 rows), before this change: 1.7 × the floor. About 0.6 s before the
# first row: importing SQLAlchemy and the ORM models (commune_service alone pulled 1.3 s of
# imports under -X importtime), opening the workspace (write probe, WAL switch, quick_check of the
# 130 MB file, migration check); then per cell, our Python around the writer (the isinstance
# ladder of _write_row, write_datetime's date conversion for 28,000 dates), and the row built
# from the ORM's tuples. Now: the command reads the data file with plain sqlite3
# (storage/register_reader.py, as export plan does; 60 ms of imports in all, no whole-file
# quick_check: a damaged page read still stops it with the plain message), one RowBuilder makes
# each row with the repeated texts built once, and the writer knows each column's kind and turns
# dates into Excel day numbers through a cache. What is left is XlsxWriter's own per-cell XML
# (about 80 % of the process), which the floor pays too. Measured 2026-12-06 on the shared
# 2-core machine, medians of 5 alternating runs: one year 1.79 s vs floor 1.73 s (1.03 ×), all
# years 16.0 s vs 15.7 s (1.02 ×; CPU time 1.02 × too), peak RSS 53 MB.


def _measured(cmd: list[str]) -> dict:
    """A whole process: wall time, CPU time (user + system), peak RSS (its own, from wait4) and
    what it printed."""
    import os
    import tempfile
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if p.returncode:
            raise RuntimeError(f"{cmd} failed: {err.read()}")
        return {"s": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
                "out": out.read()}


def _sample(folder, path) -> None:  # type: ignore[no-untyped-def]
    """Real register rows, through the export's own RowBuilder, for the floor to repeat."""
    import sqlite3
    from datetime import date

    from dancoso_desktop.services.disclosure_catalogue import load_catalogue
    from dancoso_desktop.services.register_export import RowBuilder
    from dancoso_desktop.storage.register_reader import iter_register, unit_names

    con = sqlite3.connect(str(folder / "dancoso.sqlite"))
    try:
        build = RowBuilder(load_catalogue(folder), unit_names(con))
        rows = [build(r) for r, _ in zip(iter_register(con, None, date.today()), range(5000), strict=False)]
    finally:
        con.close()
    path.write_text(json.dumps({"kinds": KINDS, "rows": [[v.isoformat() if isinstance(v, date) else v for v in r]
                                                         for r in rows]}, ensure_ascii=False), encoding="utf-8")


def _export_vs_floor(h: Harness, folder, scope: str, args: list[str], max_ratio: float) -> float:  # type: ignore[no-untyped-def]
    sample = h.tmp("xlsx") / "sample.json"
    if not sample.exists():
        _sample(folder, sample)
    ours_wall, ours_cpu, floor_wall, floor_cpu, rss = [], [], [], [], []
    rows = 0
    for i in range(5):   # alternately, so a busy moment of the machine hits both
        ours = _measured([sys.executable, "-m", "dancoso_desktop", "--data-dir", str(folder), "--lang", "en",
                          "export", "disclosures", *args, "--format", "xlsx",
                          "-o", str(h.tmp("xlsx") / f"ours-{scope}-{i}.xlsx")])
        rows = int(ours["out"].split()[1])
        floor = _measured([sys.executable, str(FLOOR), str(sample), str(rows),
                           str(h.tmp("xlsx") / f"floor-{scope}-{i}.xlsx")])
        ours_wall.append(ours["s"])
        ours_cpu.append(ours["cpu"])
        floor_wall.append(floor["s"])
        floor_cpu.append(floor["cpu"])
        rss.append(ours["rss_mb"])
    cmd = f"export disclosures {' '.join(args)} --format xlsx"
    target = f"≤ {max_ratio} × the floor"
    floor_name = "whole python process, xlsxwriter constant_memory, same rows and kinds of cells"
    h.record(f"{cmd} ({rows:,} rows), whole process, wall", ours_wall, target=target, reference=floor_name,
             reference_runs=floor_wall, max_ratio=max_ratio, notes="as users run it; read the CPU figure too")
    h.record(f"{cmd} ({rows:,} rows), whole process, CPU", ours_cpu, target=target, reference=floor_name,
             reference_runs=floor_cpu, max_ratio=max_ratio,
             notes="user + system time of the same runs: steadier than wall time on a shared machine")
    return max(rss)


def run(h: Harness) -> None:
    folder = h.tmp(f"disclosures-demo-{YEAR}-{SCALE}")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    demo_s = h.cli("demo", "--year", str(YEAR), "--scale", str(SCALE), data_dir=folder)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    demo_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    h._demo_dirs.setdefault((YEAR, SCALE), folder)   # share the data folder with other benches
    h.record("demo --scale 100 (whole process)", [demo_s], target="well under 60 s", limit_s=60.0,
             notes="all demo steps, not only disclosures")
    h.record("demo --scale 100, CPU time of the process", [demo_cpu], target="info: wall time minus waiting",
             notes="a shared machine stretches wall time; CPU time is the work done")

    ui = _child(_UI % {"year": YEAR}, str(folder), json.dumps(KEYS))
    for scope, label in (("year", f"year {YEAR}"), ("all", "all years")):
        data = ui[scope]
        h.record(f"register page opens ({label}, {data['rows']:,} rows)", data["open"],
                 target="≤ 0.5 s", limit_s=0.5, notes="built, shown and drawn")
        h.record(f"register page opens ({label}), CPU time", data["open_cpu"], target="≤ 0.5 s", limit_s=0.5,
                 notes="the work itself; wall time above includes waiting for a busy CPU")
        h.record(f"its count line, right after ({label})", data["open_counts"], target="after the view (info)")
        h.record(f"search keystroke updates view ({label})", data["keys"], target="≤ 0.1 s", limit_s=0.1,
                 notes="after the 60 ms debounce")
        h.record(f"search keystroke updates view ({label}), CPU time", data["keys_cpu"], target="≤ 0.1 s",
                 limit_s=0.1, notes="the work itself, query + model reset + repaint")
        h.record(f"count line after a keystroke ({label})", data["counts"], target="after the view (info)")

    _export_vs_floor(h, folder, "year", ["--year", str(YEAR)], 1.3)
    peak = _export_vs_floor(h, folder, "all", ["--all-years"], 1.15)
    # The harness records seconds; memory goes in as GB against 0.4 so PASS/FAIL still applies.
    fig = h.record("export disclosures --all-years xlsx peak RSS (GB)", [peak / 1000.0],
                   target="≤ 0.4 GB (400 MB)", limit_s=0.4, notes=f"peak RSS {peak:.0f} MB (whole process)")
    fig.extra["peak_rss_mb"] = peak
