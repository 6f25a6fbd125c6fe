"""Conferences (issue 13): the CLI list, the minutes, the report and due list on the demo data.

- `conferences list --year 2026 --json` as a whole process, beside `disclosures list --year 2026
  --json --scope internal` (a register listing of the same data folder, same run): ≤ 1.5 × it.
- The staff conference minutes as PDF inside the process: ≤ 0.5 s.
- `conference_report.contribute` + `due` on the demo at --scale 100: ≤ 0.2 s (they read a few
  dozen rows; the 100,000 disclosures of that scale must not slow the internal-disclosure count).
"""

from __future__ import annotations

from datetime import date

from benchmarks.harness import Harness
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.services import conference_report
from dancoso_desktop.services.staff_conference_export import export_conference
from dancoso_desktop.services.workspace import open_workspace


def run(h: Harness) -> None:
    folder = h.demo(2026, 1)
    ours, ref = [], []
    for _ in range(h.repeats):
        ours.append(h.cli("conferences", "list", "--year", "2026", "--json", data_dir=folder))
        ref.append(h.cli("disclosures", "list", "--year", "2026", "--json", "--scope", "internal", data_dir=folder))
    h.record("conferences list --json (process)", ours, target="≤ 1.5 × disclosures list --scope internal",
             reference="disclosures list --json --scope internal", reference_runs=ref, max_ratio=1.5)

    ws = open_workspace(folder)
    try:
        out = h.tmp("conf") / "bb.pdf"
        h.record("staff conference minutes PDF", h.time(lambda: export_conference(ws, 1, "pdf", out)),
                 target="≤ 0.5 s", limit_s=0.5)
    finally:
        ws.close()

    big = h.demo(2026, 100)
    ws = open_workspace(big)
    try:
        period = ReportPeriod.default(2026, ReportKind.YEAR)

        def report() -> None:
            conference_report.contribute(ws.db, period)
            conference_report.due(ws.db, date(2026, 12, 6), date(2026, 12, 31))

        h.record("contribute + due at --scale 100", h.time(report), target="≤ 0.2 s", limit_s=0.2)
    finally:
        ws.close()
