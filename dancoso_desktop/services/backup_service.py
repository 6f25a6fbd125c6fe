"""Data safety for the officer: backups, restore, checks and the USB copy (design.md §3).

The window and the command line both call these functions; the SQLite work itself lives in
``storage.backup`` and ``storage.database``.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from dancoso_desktop import __version__, paths
from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.storage import backup as store
from dancoso_desktop.storage.backup import BackupInfo
from dancoso_desktop.storage.database import Database, copy_in, set_aside
from dancoso_desktop.storage.datafile import NewerDatabase, inspect_file, refuse_network_share, window_holding
from dancoso_desktop.storage.errors import DamagedDatabase, ForeignDatabase, NetworkShare, known_problem

# The window tells these refusals apart without reaching into storage.
__all__ = ["BackupInfo", "DamagedDatabase", "ForeignDatabase", "NetworkShare", "NewerDatabase"]

# The status bar warns when the newest good backup is older than this.
RECENT = timedelta(days=3)
# While the officer works, a backup is made this often when data changed.
AUTO_INTERVAL = timedelta(hours=3)


@dataclass
class RestoreResult:
    restored_from: Path
    before_restore: Path | None      # the backup of the data as it was just before
    set_aside: Path | None           # the damaged file kept for inspection, when it was not backed up
    attachments_added: int


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def list_backups(data_dir: Path) -> list[BackupInfo]:
    return store.list_backups(backups_dir(data_dir))


def last_good_backup(data_dir: Path) -> BackupInfo | None:
    return next((b for b in list_backups(data_dir) if b.verified), None)


def backup_is_recent(info: BackupInfo | None, now: datetime | None = None) -> bool:
    return info is not None and (now or datetime.now()) - info.created < RECENT


def back_up(ws: Workspace, reason: str = "manual", *, thin: bool = True) -> BackupInfo:
    """A verified backup into the data folder's backups/ with its attachments, then thinning."""
    changed = ws.db.changed_since_backup
    ws.db.changed_since_backup = False  # edits made while the copy runs set it again
    try:
        target = store.backup_name(reason, datetime.now(), ws.backups_dir)
        store.backup_database(ws.db.path, target, app_version=__version__, reason=reason,
                              attachments_dir=ws.attachments_dir)
    except BaseException:
        ws.db.changed_since_backup = ws.db.changed_since_backup or changed
        raise
    if thin:
        store.thin_backups(ws.backups_dir)
    info = store.read_manifest(target)
    assert info is not None  # written by backup_database just now
    return info


def back_up_if_changed(ws: Workspace, reason: str) -> BackupInfo | None:
    """At exit and every few hours: a backup only when something was edited since the last."""
    if not ws.db.changed_since_backup:
        return None
    return back_up(ws, reason)


def back_up_to(ws: Workspace, target: Path, *, reason: str = "manual") -> BackupInfo:
    """A single-file backup where the officer asks (``dancoso backup -o FILE``), attachments in
    ``attachments/`` beside it. Refuses to write over the live database."""
    target = Path(target).expanduser().resolve()
    live = ws.db.path.resolve()
    if target in (live, Path(f"{live}-wal"), Path(f"{live}-shm")):
        raise EnvironmentProblem("Không thể ghi bản sao lưu đè lên chính tệp dữ liệu đang dùng.",
                                 "A backup cannot be written over the live data file.")
    store.backup_database(ws.db.path, target, app_version=__version__, reason=reason,
                          attachments_dir=ws.attachments_dir)
    info = store.read_manifest(target)
    assert info is not None
    return info


def copy_to_folder(ws: Workspace, folder: Path) -> BackupInfo:
    """Copy to USB: a verified single-file copy plus the attachments, into ``folder``.

    Beyond the backup's own checks, the copy on the stick is read back in full
    (integrity_check), because cheap USB sticks lose writes the system said were done."""
    folder = Path(folder)
    target = store.backup_name("copy", datetime.now(), folder)
    info = back_up_to(ws, target, reason="copy")
    problems = store.quick_check(target, full=True)
    if problems:
        with contextlib.suppress(OSError):
            store.manifest_path(target).unlink()
        raise EnvironmentProblem(
            f"Bản chép trên {folder} đọc lại không đúng; ổ đĩa đó có thể bị lỗi. Hãy thử ổ khác.",
            f"The copy on {folder} did not read back correctly; that drive may be failing. Try another.")
    pool = folder / store.POOL_NAME
    for rel in info.attachments:
        copied = pool / rel
        if not copied.is_file() or store.sha256_file(copied) != copied.name.split(".")[0]:
            raise EnvironmentProblem(
                f"Tệp minh chứng {rel} chép sang {folder} bị sai; hãy thử ổ khác.",
                f"The evidence file {rel} copied to {folder} is wrong; try another drive.")
    return info


def check_data(data_dir: Path) -> list[str]:
    """integrity_check and foreign_key_check of the data file, read-only; empty when healthy.

    Raises for a file that is not ours or made by a newer version (the same refusals as at start)."""
    from dancoso_desktop.storage import migrations as mig

    refuse_network_share(data_dir)
    db_path = data_dir / paths.DB_FILENAME
    state = inspect_file(db_path)
    if state == "missing":
        return []
    if state == "empty":
        return ["the data file is empty (0 bytes)"]
    problems = store.quick_check(db_path, full=True)
    if not problems:
        revision = store.read_revision(db_path)
        if revision is not None and not mig.is_known(revision):
            raise NewerDatabase()
    return problems


def restore(data_dir: Path, source: Path, db: Database | None = None) -> RestoreResult:
    """Put the backup ``source`` in place of the current data.

    Validated first (ours, not newer, healthy); the current data is kept as a "before-restore"
    backup, or, when it is too damaged to back up, renamed aside untouched; then the checked copy
    is swapped in atomically and migrated when it comes from an older version. With ``db`` (the
    open window's database) the same Database object is reopened on the restored file.

    Without ``db`` (the command line), a window of another process that has the folder open is
    a refusal: it keeps writing through its own connections, and the file put in place under it
    would lose that work or be overwritten by it. This process's own window (the first-run
    offer to restore a damaged file) is not another process."""
    refuse_network_share(data_dir)
    owner = window_holding(data_dir) if db is None else None
    if owner is not None and owner != os.getpid():
        raise EnvironmentProblem(
            f"Cửa sổ chương trình đang mở thư mục dữ liệu này (tiến trình {owner}). Hãy khôi phục "
            "ngay trong cửa sổ (Công cụ › Khôi phục…) hoặc đóng cửa sổ rồi chạy lại lệnh.",
            f"A window of the program has this data folder open (process {owner}). Restore from "
            "the window (Tools › Restore…), or close it and run the command again.")
    live = data_dir / paths.DB_FILENAME
    data_dir.mkdir(parents=True, exist_ok=True)
    prepared = store.prepare_restore(Path(source), live)
    before: Path | None = None
    aside: Path | None = None
    try:
        if _healthy(live):
            # A failure here (disk full…) stops the restore: the current data stays as it is.
            target = store.backup_name("before-restore", datetime.now(), backups_dir(data_dir))
            before = store.backup_database(live, target, app_version=__version__, reason="before-restore",
                                           attachments_dir=data_dir / "attachments")
        # The window's other threads keep using ``db``: they are held back from before the live
        # file is renamed aside until the Database is reopened on the restored one.
        with db.exclusive() if db is not None else contextlib.nullcontext():
            if before is None and live.exists():
                aside = set_aside(live, "damaged")  # too damaged to back up: kept as it is, renamed
            if db is not None:
                db.swap_file(prepared, backups_dir=backups_dir(data_dir))
            else:
                copy_in(prepared, live)
        added = store.restore_attachments(Path(source), data_dir / "attachments")
    except OSError as exc:
        raise (known_problem(exc, data_dir) or EnvironmentProblem(str(exc), str(exc))) from exc
    finally:
        store._discard(prepared)
    return RestoreResult(Path(source), before, aside, added)


def _healthy(live: Path) -> bool:
    try:
        return inspect_file(live) == "ours" and not store.quick_check(live)
    except EnvironmentProblem:
        return False
