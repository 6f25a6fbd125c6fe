"""The exports' direct read of the data file (storage/plan_reader): the same plan as the services
load, the same refusals as the full open, never a write, and no SQLAlchemy in `export plan`."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan, PlanSection, TimeFrame, TimeFrameKind
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_documents import export_plan_from_folder
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage import migrations as mig
from dancoso_desktop.storage.database import open_database
from dancoso_desktop.storage.errors import DamagedDatabase, ForeignDatabase
from dancoso_desktop.storage.plan_reader import read_plan_snapshot
from dancoso_desktop.storage.schema_version import SCHEMA_HEAD

DB = "dancoso.sqlite"


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("backups", "logs", "attachments"))
    return dst


def test_same_plan_and_commune_as_the_services(demo_dir: Path) -> None:
    ws = open_workspace(demo_dir)
    try:
        expected = PlanService(ws.db).get_plan(2026)
        commune = CommuneService(ws.db).get_commune()
    finally:
        ws.close()
    snapshot = read_plan_snapshot(demo_dir / DB, 2026)
    assert snapshot is not None and snapshot.plan is not None
    assert snapshot.plan == expected          # every field of every section, children included
    assert snapshot.commune == commune
    assert [s.number for s in snapshot.plan.walk()] == [s.number for s in expected.walk()]
    # The demo exercises what the conversion must get right: dates, units, lettered styles.
    sections = list(snapshot.plan.walk())
    assert any(s.coordinating_units for s in sections) and any(s.lead_unit for s in sections)
    assert any(isinstance(s.timeframe.start, date) for s in sections)


def test_dates_units_and_odd_text_survive_the_direct_read(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plans = PlanService(workspace.db)
    nfd = "Công khai tài chính"
    plan = Plan(2027, title="Kế hoạch < & = + -", number="05/KH-UBND", date=date(2027, 3, 9),
                legal_bases=["Luật số 10/2022/QH15"], recipients=["- Lưu: VT."], footnotes=["Ghi chú ¹"])
    plan.sections = [PlanSection("Nội dung", children=[
        PlanSection(unicodedata.normalize("NFD", nfd), lead_unit="Văn phòng HĐND-UBND",
                    coordinating_units=["Công an xã", "Ủy ban MTTQ"], notes="=SUM(A1)",
                    timeframe=TimeFrame(TimeFrameKind.RANGE, date(2027, 1, 31), date(2027, 12, 31))),
        PlanSection("Theo quý", timeframe=TimeFrame(TimeFrameKind.QUARTER, quarter=3), progress=40)])]
    plans.create_plan(plan)
    expected = plans.get_plan(2027)
    workspace.close()
    snapshot = read_plan_snapshot(workspace.data_dir / DB, 2027)
    assert snapshot is not None and snapshot.plan == expected
    assert snapshot.plan.date == date(2027, 3, 9)
    child = snapshot.plan.sections[0].children[0]
    assert child.timeframe.end == date(2027, 12, 31) and child.coordinating_units == ["Công an xã", "Ủy ban MTTQ"]


def test_reading_never_writes(demo_dir: Path, tmp_path: Path) -> None:
    data = _copy(demo_dir, tmp_path / "data")
    before = (data / DB).read_bytes()
    assert read_plan_snapshot(data / DB, 2026) is not None
    assert read_plan_snapshot(data / DB, 1999).plan is None  # type: ignore[union-attr]
    assert (data / DB).read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == sorted(p.name for p in _copy(demo_dir, tmp_path / "again").iterdir())


def test_a_file_that_needs_the_full_open_is_left_to_it(tmp_path: Path) -> None:
    # Missing: the full open creates it (and then says there is no plan).
    assert read_plan_snapshot(tmp_path / "none" / DB, 2026) is None
    # An older schema: the full open migrates it, after a backup.
    old = tmp_path / "old"
    old.mkdir()
    db = open_database(old / DB, migrate=False)
    mig.upgrade(db.engine, "0001_core")
    db.close()
    assert mig.head_revision() == SCHEMA_HEAD != "0001_core"
    assert read_plan_snapshot(old / DB, 2026) is None
    # A migration half done: the full open rolls it back.
    (old / f"{DB}.migrating").write_text("{}", encoding="utf-8")
    assert read_plan_snapshot(old / DB, 2026) is None


def test_export_of_an_old_data_file_migrates_it_first(demo_dir: Path, tmp_path: Path) -> None:
    data = _copy(demo_dir, tmp_path / "data")
    with sqlite3.connect(data / DB) as con:   # the file as the previous version left it (0002)
        # every table the steps after 0002 create goes (inspections, reports, the features after)
        kept = {"alembic_version", "commune", "plans", "settings", "units", "plan_sections", "plan_section_units",
                "disclosures", "disclosure_channels", "disclosure_evidence", "calendar_day_swaps"}
        con.execute("PRAGMA foreign_keys=OFF")
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                    "AND name NOT LIKE 'sqlite_%'").fetchall():
            if table not in kept:
                con.execute(f"DROP TABLE {table}")
        con.execute("UPDATE alembic_version SET version_num = '0002_disclosures'")
    target = tmp_path / "kh.pdf"
    export_plan_from_folder(data, 2026, "pdf", target)
    assert len(PdfReader(target).pages) >= 3
    with sqlite3.connect(data / DB) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    assert list((data / "backups").glob("*before-migration*.sqlite"))  # the usual backup came first


def test_damaged_and_foreign_files_are_refused_as_at_start(demo_dir: Path, tmp_path: Path) -> None:
    data = _copy(demo_dir, tmp_path / "data")
    raw = bytearray((data / DB).read_bytes())
    for page in range(3, len(raw) // 4096, 2):
        raw[page * 4096 + 8: page * 4096 + 200] = b"\xde\xad" * 96
    (data / DB).write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabase):
        read_plan_snapshot(data / DB, 2026)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    with sqlite3.connect(foreign / DB) as con:
        con.execute("PRAGMA application_id=1234")
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, blob BLOB)")
        con.execute("INSERT INTO photos(blob) VALUES (randomblob(20000))")
    before = (foreign / DB).read_bytes()
    with pytest.raises(ForeignDatabase):
        export_plan_from_folder(foreign, 2026, "pdf", tmp_path / "x.pdf")
    assert (foreign / DB).read_bytes() == before and not (tmp_path / "x.pdf").exists()


def test_no_plan_for_the_year_is_the_usual_message(demo_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        export_plan_from_folder(demo_dir, 1999, "pdf", tmp_path / "x.pdf")
    assert "Chưa có kế hoạch năm 1999" in err.value.text("vi")
    with pytest.raises(ValidationError):
        export_plan_from_folder(tmp_path / "empty", 2026, "docx", tmp_path / "x.docx")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.docx").exists()


def test_export_plan_command_does_not_load_the_orm(demo_dir: Path, tmp_path: Path) -> None:
    """The speed of `export plan` rests on this (issue 3: ≤ half of LibreOffice's time)."""
    target = tmp_path / "kh.pdf"
    probe = ("import sys; from dancoso_desktop.app import main; "
             f"code = main(['--data-dir', {str(demo_dir)!r}, 'export', 'plan', '--year', '2026', "
             f"'--format', 'pdf', '-o', {str(target)!r}]); "
             "print('loaded' if 'sqlalchemy' in sys.modules else 'not loaded', code)")
    env = {**os.environ, "DANCOSO_BUNDLED_FONT": "1"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120,
                         cwd=Path(__file__).resolve().parents[2], check=False)
    assert out.stdout.strip().splitlines()[-1] == "not loaded 0", out.stdout + out.stderr
    assert len(PdfReader(target).pages) >= 3
