"""`dancoso supervision list`, `petitions list`, `export supervision` on the demo data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from openpyxl import load_workbook

from dancoso_desktop.services.supervision_export import (
    SHEET_CHECKS,
    SHEET_PETITIONS,
    SHEET_RECOMMENDATIONS,
)


def _copy(demo_dir: Path, tmp_path: Path) -> Path:
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d)
    return d


def test_supervision_list_json(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _copy(demo_dir, tmp_path)
    res = cli("supervision", "list", "--year", "2026", "--json", data=data)
    assert res.code == 0, res.err
    out = json.loads(res.out)
    kinds = {b["kind"] for b in out["boards"]}
    assert kinds == {"commune_bttnd", "bgsdtcd", "agency_bttnd"}
    bttnd = [r for r in out["recommendations"] if r["board_kind"] == "commune_bttnd"]
    assert sorted(r["clock"] for r in bttnd) == ["late", "on_time"]
    late = next(r for r in bttnd if r["clock"] == "late")
    assert late["due"] == "2026-06-10" and late["reply_on"] == "2026-06-22"
    notices = [c["notice"] for c in out["checks"] if c["board_kind"] == "commune_bttnd"]
    assert notices.count("late") == 1
    gs = next(b for b in out["boards"] if b["kind"] == "bgsdtcd")
    assert gs["investor_notice"] == "on_time" and gs["project_value"] == 2_450_000_000


def test_lists_in_text_and_english(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _copy(demo_dir, tmp_path)
    res = cli("supervision", "list", "--year", "2026", data=data)
    assert res.code == 0 and "Trễ hạn" in res.out
    res = cli("supervision", "list", "--year", "2026", data=data, lang="en")
    assert res.code == 0 and "Late" in res.out
    res = cli("petitions", "list", "--year", "2026", "--json", data=data)
    rows = json.loads(res.out)
    assert res.code == 0 and len(rows) == 8 and {r["kind"] for r in rows} == {
        "complaint", "denunciation", "petition", "feedback"}
    assert cli("supervision", "list", "--year", "1800", data=data).code == 1
    assert cli("supervision", "list", data=data).code == 2


def test_export_xlsx_reads_back(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _copy(demo_dir, tmp_path)
    target = tmp_path / "gs.xlsx"
    res = cli("export", "supervision", "--year", "2026", "--format", "xlsx", "-o", str(target), data=data)
    assert res.code == 0, res.err
    wb = load_workbook(target)
    assert {SHEET_CHECKS, SHEET_RECOMMENDATIONS, SHEET_PETITIONS} <= set(wb.sheetnames)
    texts = [str(c.value) for row in wb[SHEET_RECOMMENDATIONS].iter_rows() for c in row if c.value]
    assert "Trễ hạn" in texts and "Đúng hạn" in texts
    assert any("hộ cận nghèo" in t for t in texts)
