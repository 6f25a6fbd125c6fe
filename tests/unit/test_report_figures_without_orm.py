"""A report's figures are counted with plain SQL (services/report_sources.py, storage/rows.py):
from a bare read-only sqlite3 connection they are the same as through the window's Database,
and counting them never imports SQLAlchemy (what keeps the package export within issue 11's
time)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.services import report_sources
from dancoso_desktop.services.workspace import open_workspace

_CHILD = r"""
import json, sqlite3, sys
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.services import report_sources
from dancoso_desktop.storage.rows import SqliteRows
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
out = []
for kind in (ReportKind.SIX_MONTHS, ReportKind.YEAR):
    period = ReportPeriod.default(2026, kind)
    for c in report_sources.collect(SqliteRows(con), period):
        out.append([c.source, [[f.code, f.value, sorted([r.kind, r.id] for r in f.records)] for f in c.figures],
                    [s.text_vi for s in c.statements], [a.figure for a in c.annex]])
print(json.dumps({"figures": out, "orm": sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"
                                                or m.endswith("_tables"))}, ensure_ascii=False))
"""


@pytest.fixture
def demo_copy(demo_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo-copy"
    shutil.copytree(demo_dir, target, ignore=shutil.ignore_patterns("*.lock", "backups"))
    return target


def _through_database(data: Path) -> list[list[object]]:
    ws = open_workspace(data)
    try:
        out: list[list[object]] = []
        for kind in (ReportKind.SIX_MONTHS, ReportKind.YEAR):
            period = ReportPeriod.default(2026, kind)
            for c in report_sources.collect(ws.db, period):
                out.append([c.source, [[f.code, f.value, sorted([r.kind, r.id] for r in f.records)]
                                       for f in c.figures],
                            [s.text_vi for s in c.statements], [a.figure for a in c.annex]])
        return out
    finally:
        ws.close()


def test_figures_from_plain_sqlite3_equal_the_windows_and_need_no_orm(demo_copy: Path) -> None:
    expected = json.loads(json.dumps(_through_database(demo_copy), ensure_ascii=False))
    done = subprocess.run([sys.executable, "-c", _CHILD, str(demo_copy / "dancoso.sqlite")], check=True,
                          capture_output=True, text=True, encoding="utf-8")
    got = json.loads(done.stdout)
    assert got["orm"] == [], f"counting a report imported {got['orm']}"
    assert got["figures"] == expected
    assert any(f[1] for src in got["figures"] for f in src[1]), "the demo's figures are not all zero"
