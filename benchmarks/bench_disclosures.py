"""The disclosure register (issue 4) on `demo --scale 100` (about 100,000 records over ten years).

- `demo --scale 100`, whole process: well under a minute (INFO beside 60 s).
- The register page opens in ≤ 0.5 s: on the window's year (~10,000 records) and on all years.
- A keystroke in the search box updates the view in ≤ 0.1 s (the query and model reset that the
  60 ms debounce triggers; the count line is filled after the view is drawn and shown apart).
- `export disclosures` XLSX of all 100,000 records ≤ 1.6 × xlsxwriter's constant-memory mode
  writing the same rows, both in child processes run alternately, with peak RSS ≤ 400 MB.

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

_EXPORT = r"""
import json, resource, sys, time
from pathlib import Path
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.disclosure_export import export_register_xlsx
ws = open_workspace(Path(sys.argv[1]))
svc = DisclosureService(ws)
t0, c0 = time.perf_counter(), time.process_time()
n = export_register_xlsx(svc, None, Path(sys.argv[2]))
dt, cpu = time.perf_counter() - t0, time.process_time() - c0
print(json.dumps({"s": dt, "cpu": cpu, "rows": n, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_REFERENCE = r"""
import json, resource, sys, time
from datetime import date
from pathlib import Path
import xlsxwriter
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.disclosure_export import register_values
from dancoso_desktop.services.disclosure_query import RegisterFilter, RegisterQuery
ws = open_workspace(Path(sys.argv[1]))
svc = DisclosureService(ws)
rows = [[n, *register_values(svc, r)] for n, r in
        enumerate(RegisterQuery(ws.db).iter_rows(RegisterFilter(), order="disclosed_on"), start=1)]
t0, c0 = time.perf_counter(), time.process_time()
wb = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
sheet = wb.add_worksheet("Cong khai")
datef = wb.add_format({"num_format": "dd/mm/yyyy", "font_name": "Times New Roman", "border": 1})
textf = wb.add_format({"font_name": "Times New Roman", "border": 1, "text_wrap": True})
for i, row in enumerate(rows, start=1):
    for j, v in enumerate(row):
        if isinstance(v, date):
            sheet.write_datetime(i, j, v, datef)
        elif isinstance(v, int):
            sheet.write_number(i, j, v, textf)
        elif v is None:
            sheet.write_blank(i, j, None, textf)
        else:
            sheet.write_string(i, j, v, textf)
wb.close()
dt, cpu = time.perf_counter() - t0, time.process_time() - c0
print(json.dumps({"s": dt, "cpu": cpu, "rows": len(rows), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


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

    ours_runs, ref_runs, ours_cpu, ref_cpu, rss = [], [], [], [], []
    rows = 0
    for i in range(3):
        ref = _child(_REFERENCE, str(folder), str(h.tmp("xlsx") / f"ref-{i}.xlsx"))
        ours = _child(_EXPORT, str(folder), str(h.tmp("xlsx") / f"ours-{i}.xlsx"))
        ref_runs.append(ref["s"])
        ours_runs.append(ours["s"])
        ref_cpu.append(ref["cpu"])
        ours_cpu.append(ours["cpu"])
        rss.append(ours["rss_mb"])
        rows = ours["rows"]
    h.record(f"export disclosures xlsx ({rows:,} rows), wall", ours_runs,
             target="≤ 1.6 × xlsxwriter constant_memory", reference="xlsxwriter constant_memory, same rows",
             reference_runs=ref_runs, max_ratio=1.6, notes="ours reads SQL too; the floor gets its rows ready")
    # On a shared machine wall times swing with other work; CPU time of the same runs is steadier.
    h.record(f"export disclosures xlsx ({rows:,} rows), CPU", ours_cpu,
             target="≤ 1.6 × xlsxwriter constant_memory", reference="xlsxwriter constant_memory, same rows",
             reference_runs=ref_cpu, max_ratio=1.6)
    peak = max(rss)
    # The harness records seconds; memory goes in as GB against 0.4 so PASS/FAIL still applies.
    fig = h.record("export disclosures xlsx peak RSS (GB)", [peak / 1000.0], target="≤ 0.4 GB (400 MB)",
                   limit_s=0.4, notes=f"peak RSS {peak:.0f} MB")
    fig.extra["peak_rss_mb"] = peak
