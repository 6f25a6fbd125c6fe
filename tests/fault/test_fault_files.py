"""Damaged and foreign files: detected and refused with a clear message, the file untouched
(design.md §3). The same files are refused by `dancoso check` and `dancoso restore` (exit 1)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage.errors import DamagedDatabase, ForeignDatabase

PAGE = 4096


def _make_data(folder: Path, sections: int = 150) -> Path:
    ws = open_workspace(folder)
    plans = PlanService(ws.db)
    plan_id = plans.create_plan(Plan(year=2026, title="Kế hoạch 2026"))
    for i in range(sections):
        plans.add_section(plan_id, None, None, f"Mục {i}", "Nội dung công khai " * 20)
    backup_service.back_up(ws, "manual")
    ws.close()  # the last connection checkpoints the WAL into the main file
    return folder / "dancoso.sqlite"


def corrupt_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for page in range(3, len(data) // PAGE, 3):
        data[page * PAGE + 10: page * PAGE + 400] = b"\xde\xad\xbe\xef" * 97 + b"\x00\x00"
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 123])


def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def pdf_renamed(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n" * 50)


def another_program(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id=1234")
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, blob BLOB)")
    con.execute("INSERT INTO photos(blob) VALUES (randomblob(20000))")
    con.commit()
    con.close()


def newer_version(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()


DAMAGES: dict[str, tuple[Callable[[Path], None], type[EnvironmentProblem]]] = {
    "corrupt pages": (corrupt_pages, DamagedDatabase),
    "truncated": (truncate, DamagedDatabase),
    "zero bytes": (zero_bytes, DamagedDatabase),
    "pdf renamed": (pdf_renamed, ForeignDatabase),
    "another program": (another_program, ForeignDatabase),
    "newer version": (newer_version, ForeignDatabase),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damaged_or_foreign_file_is_refused_at_start_and_left_untouched(tmp_path: Path, damage: str, cli) -> None:  # type: ignore[no-untyped-def]
    path = _make_data(tmp_path / "data")
    hurt, kind = DAMAGES[damage]
    hurt(path)
    original = path.read_bytes()
    with pytest.raises(kind) as err:
        open_workspace(path.parent)
    assert err.value.text("vi") and err.value.text("en") != err.value.text("vi")
    assert path.read_bytes() == original
    result = cli("check", data=path.parent)
    assert result.code == 1, result
    assert result.err.strip()
    assert path.read_bytes() == original
    # The newest good backup is still there to be offered.
    assert backup_service.last_good_backup(path.parent) is not None


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damaged_or_foreign_file_is_refused_as_a_backup(tmp_path: Path, damage: str, cli) -> None:  # type: ignore[no-untyped-def]
    live = _make_data(tmp_path / "data", sections=20)
    bad = tmp_path / "usb" / "dancoso-backup.sqlite"
    bad.parent.mkdir()
    shutil.copy(live, bad)
    hurt, _kind = DAMAGES[damage]
    hurt(bad)
    original, live_before = bad.read_bytes(), live.read_bytes()
    result = cli("restore", str(bad), data=live.parent)
    assert result.code == 1, result
    assert result.err.strip()
    assert bad.read_bytes() == original
    assert live.read_bytes() == live_before
    assert not [p for p in live.parent.iterdir() if p.name.endswith(".part")]


def test_restoring_the_newest_backup_keeps_the_damaged_file_aside(tmp_path: Path) -> None:
    path = _make_data(tmp_path / "data")
    corrupt_pages(path)
    damaged_bytes = path.read_bytes()
    newest = backup_service.last_good_backup(path.parent)
    result = backup_service.restore(path.parent, newest.path)
    assert result.set_aside is not None and result.set_aside.read_bytes() == damaged_bytes
    ws = open_workspace(path.parent)
    assert len(PlanService(ws.db).get_plan(2026).sections) == 150
    ws.close()


def test_database_copied_without_its_wal_opens_with_its_checkpointed_data(tmp_path: Path) -> None:
    path = _make_data(tmp_path / "data", sections=10)  # checkpointed at close
    ws = open_workspace(path.parent)
    plans = PlanService(ws.db)
    plans.add_section(plans.plan_id(2026), None, None, "Chỉ có trong tệp -wal", "")
    # A USB copy of the main file alone, taken while the app runs: the -wal stays behind.
    usb = tmp_path / "usb"
    usb.mkdir()
    shutil.copy(path, usb / "dancoso.sqlite")
    assert Path(f"{path}-wal").stat().st_size > 0
    ws.close()
    copy = open_workspace(usb)
    try:
        titles = [s.title for s in PlanService(copy.db).get_plan(2026).walk()]
        assert len(titles) == 10 and "Chỉ có trong tệp -wal" not in titles
        assert copy.db.pragma("quick_check") == "ok"
    finally:
        copy.close()


def test_restore_from_a_copy_with_its_wal_keeps_the_last_commits(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = _make_data(tmp_path / "source", sections=10)
    ws = open_workspace(path.parent)
    plans = PlanService(ws.db)
    plans.add_section(plans.plan_id(2026), None, None, "Chỉ có trong tệp -wal", "")
    usb = tmp_path / "usb"
    usb.mkdir()
    shutil.copy(path, usb / "dancoso.sqlite")
    shutil.copy(f"{path}-wal", usb / "dancoso.sqlite-wal")  # copied while open, WAL and all
    ws.close()
    target = tmp_path / "target"
    assert cli("restore", str(usb / "dancoso.sqlite"), data=target).code == 0
    restored = open_workspace(target)
    try:
        titles = [s.title for s in PlanService(restored.db).get_plan(2026).walk()]
        assert "Chỉ có trong tệp -wal" in titles
    finally:
        restored.close()


def test_zero_byte_file_without_backups_is_a_fresh_start(data_dir: Path) -> None:
    (data_dir / "dancoso.sqlite").write_bytes(b"")
    ws = open_workspace(data_dir)  # the first run was cut off before anything was saved
    assert ws.db.pragma("quick_check") == "ok"
    ws.close()


def test_an_export_that_skips_the_health_check_still_stops_on_a_damaged_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """`export report` opens the data without the whole-file quick_check (it only reads); a
    damaged page it reads must still end in the damaged-file message, exit 1, file untouched."""
    from dancoso_desktop.services.report_service import ReportService

    path = _make_data(tmp_path / "data", sections=600)
    ws = open_workspace(path.parent)
    report_id = ReportService(ws.db).create(2026, "6m").id
    ws.close()
    assert cli("export", "report", str(report_id), "--format", "pdf", "-o", str(tmp_path / "ok.pdf"),
               data=path.parent).code == 0
    # Damage only the last pages (the plan's sections, written last): the schema and the small
    # tables at the start of the file open fine, so the damage is met by a read, not the open.
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    for page in range(pages - pages // 4, pages):
        data[page * PAGE + 10: page * PAGE + 400] = b"\xde\xad\xbe\xef" * 97 + b"\x00\x00"
    path.write_bytes(bytes(data))
    original = path.read_bytes()
    result = cli("export", "report", str(report_id), "--format", "package", "-o", str(tmp_path / "out"),
                 data=path.parent)
    assert result.code == 1, result
    assert "hỏng" in result.err or "damaged" in result.err, result.err
    assert "Traceback" not in result.err
    assert path.read_bytes() == original
