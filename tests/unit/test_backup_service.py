"""Backups: verified single files with a manifest, attachments beside them, thinning, restore."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.attachments import attachment_path, store_attachment
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage import backup as store
from dancoso_desktop.storage import migrations as mig


@pytest.fixture
def plans(workspace) -> PlanService:  # type: ignore[no-untyped-def]
    service = PlanService(workspace.db)
    plan_id = service.create_plan(Plan(year=2026, title="Kế hoạch 2026"))
    service.add_section(plan_id, None, None, "Công khai thông tin", "Niêm yết tại trụ sở")
    return service


def _evidence(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_backup_is_one_checked_file_with_its_manifest(workspace, plans) -> None:  # type: ignore[no-untyped-def]
    info = backup_service.back_up(workspace, "manual")
    assert info.path.parent == workspace.backups_dir and info.verified
    assert not Path(f"{info.path}-wal").exists() and not Path(f"{info.path}-journal").exists()
    con = sqlite3.connect(f"{info.path.as_uri()}?mode=ro", uri=True)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("SELECT title FROM plan_sections").fetchall() == [("Công khai thông tin",)]
    con.close()
    manifest = json.loads(info.manifest_path.read_text(encoding="utf-8"))
    assert manifest["schema_revision"] == mig.head_revision()
    assert manifest["app_version"] and manifest["reason"] == "manual"
    assert manifest["size"] == info.path.stat().st_size
    assert abs(datetime.fromisoformat(manifest["created"]) - datetime.now()) < timedelta(minutes=1)
    assert workspace.db.changed_since_backup is False


def test_backup_only_when_changed(workspace, plans) -> None:  # type: ignore[no-untyped-def]
    assert workspace.db.changed_since_backup
    assert backup_service.back_up_if_changed(workspace, "exit") is not None
    assert backup_service.back_up_if_changed(workspace, "exit") is None
    plans.add_section(plans.plan_id(2026), None, None, "Mục mới", "")
    assert backup_service.back_up_if_changed(workspace, "exit") is not None


def test_failed_backup_never_replaces_a_good_one(workspace, plans, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "usb" / "dancoso.sqlite"
    backup_service.back_up_to(workspace, target)
    good = target.read_bytes()
    monkeypatch.setattr(store, "quick_check", lambda *_a, **_k: ["*** in database main ***"])
    with pytest.raises(EnvironmentProblem):
        backup_service.back_up_to(workspace, target)
    assert target.read_bytes() == good
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".part")]


def test_backup_refuses_to_overwrite_the_live_file(workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EnvironmentProblem):
        backup_service.back_up_to(workspace, workspace.db.path)


def _fake_backup(folder: Path, when: datetime, reason: str = "auto", attachments: list[str] | None = None) -> Path:
    path = store.backup_name(reason, when, folder)
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * 10)
    store.manifest_path(path).write_text(json.dumps({
        "created": when.isoformat(), "app_version": "0.1.0", "schema_revision": "0003_inspections",
        "reason": reason, "size": 10, "attachments": attachments or []}), encoding="utf-8")
    return path


def test_thinning_keeps_daily_weekly_monthly_sets_and_the_newest(tmp_path: Path) -> None:
    now = datetime(2026, 6, 30, 18, 0)
    folder = tmp_path / "backups"
    made = [_fake_backup(folder, now - timedelta(hours=h)) for h in range(0, 24 * 400, 7)]
    stray = folder / "dancoso-copied-by-hand.sqlite"
    stray.write_bytes(b"unknown")
    removed = store.thin_backups(folder, now)
    kept = [b for b in store.list_backups(folder) if b.verified]
    assert stray.exists()  # never delete what we do not understand
    assert made[0] in {b.path for b in kept}  # the newest
    days = {b.created.date() for b in kept if now - b.created < timedelta(days=14)}
    assert 14 <= len(days) <= 15  # every calendar day the 14-day window touches
    months = {(b.created.year, b.created.month) for b in kept}
    assert len(months) >= 13
    assert len(kept) < 60 and removed
    assert all(not p.exists() and not store.manifest_path(p).exists() for p in removed)
    # Thinning again changes nothing.
    assert store.thin_backups(folder, now) == []


def test_thinning_never_deletes_the_only_backup(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    only = _fake_backup(folder, datetime(2020, 1, 1))
    assert store.thin_backups(folder, datetime(2026, 1, 1)) == []
    assert only.exists()


def test_thinning_removes_attachments_no_backup_needs(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    pool = folder / store.POOL_NAME / "ab"
    pool.mkdir(parents=True)
    (pool / "ab1.jpg").write_bytes(b"1")
    (pool / "ab2.jpg").write_bytes(b"2")
    now = datetime(2026, 6, 30)
    _fake_backup(folder, now - timedelta(days=300), attachments=["ab/ab1.jpg", "ab/ab2.jpg"])
    _fake_backup(folder, now - timedelta(days=299), attachments=["ab/ab1.jpg", "ab/ab2.jpg"])
    _fake_backup(folder, now, attachments=["ab/ab1.jpg"])
    store.thin_backups(folder, now)
    assert (pool / "ab1.jpg").exists()
    assert (pool / "ab2.jpg").exists()  # the monthly backup of 300 days ago still needs it
    for b in store.list_backups(folder):
        if b.created < now - timedelta(days=1):
            b.manifest_path.unlink()
            b.path.unlink()
    store.thin_backups(folder, now)
    assert not (pool / "ab2.jpg").exists()


def test_restore_brings_back_data_and_evidence_files(workspace, plans, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    att = store_attachment(workspace, _evidence(tmp_path, "bien-ban.pdf", b"%PDF minutes of the meeting"))
    info = backup_service.back_up(workspace, "manual")
    assert info.attachments == [att.relative_path().as_posix()]
    plans.add_section(plans.plan_id(2026), None, None, "Sửa sau khi sao lưu", "")
    attachment_path(workspace, att).unlink()
    result = backup_service.restore(workspace.data_dir, info.path, workspace.db)
    # The same Database object now serves the restored data.
    assert [s.title for s in plans.get_plan(2026).walk()] == ["Công khai thông tin"]
    assert attachment_path(workspace, att).read_bytes() == b"%PDF minutes of the meeting"
    assert result.before_restore is not None and result.attachments_added == 1
    con = sqlite3.connect(result.before_restore)
    assert ("Sửa sau khi sao lưu",) in con.execute("SELECT title FROM plan_sections").fetchall()
    con.close()
    assert workspace.db.pragma("journal_mode") == "wal"


def test_move_to_a_new_pc_with_the_usb_copy(workspace, plans, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    att = store_attachment(workspace, _evidence(tmp_path, "anh.jpg", b"\xff\xd8 notice board photo"))
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backup_service.copy_to_folder(workspace, usb)
    assert info.path.parent == usb and (usb / "attachments" / att.relative_path()).is_file()
    new_pc = tmp_path / "new-pc"
    result = cli("restore", str(info.path), data=new_pc)
    assert result.code == 0, result
    ws = open_workspace(new_pc)
    try:
        assert [s.title for s in PlanService(ws.db).get_plan(2026).walk()] == ["Công khai thông tin"]
        assert attachment_path(ws, att).read_bytes() == b"\xff\xd8 notice board photo"
    finally:
        ws.close()


def test_backup_from_an_older_version_is_migrated_after_restore(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.storage.database import open_database

    old = tmp_path / "old.sqlite"
    db = open_database(old, migrate=False)
    mig.upgrade(db.engine, "0001_core")
    with db.engine.begin() as con:
        con.exec_driver_sql("INSERT INTO settings(key, value) VALUES ('old', 'yes')")
    db.close()
    assert store.read_revision(old) == "0001_core"
    data = tmp_path / "data"
    assert cli("restore", str(old), data=data).code == 0
    assert store.read_revision(data / "dancoso.sqlite") == mig.head_revision()
    con = sqlite3.connect(data / "dancoso.sqlite")
    assert con.execute("SELECT value FROM settings WHERE key='old'").fetchone() == ("yes",)
    con.close()


def test_recent_backup_rule() -> None:
    now = datetime(2026, 6, 30, 12)
    info = store.BackupInfo(Path("x.sqlite"), now - timedelta(days=1))
    assert backup_service.backup_is_recent(info, now)
    info.created = now - timedelta(days=4)
    assert not backup_service.backup_is_recent(info, now)
    assert not backup_service.backup_is_recent(None, now)
