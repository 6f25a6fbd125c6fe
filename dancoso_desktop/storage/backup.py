"""Verified single-file backups with SQLite's backup API (design.md §3).

temp file beside the target → backup API → journal_mode=DELETE → fsync → atomic rename →
reopen read-only and quick_check → a JSON manifest beside it (time, app version, schema
revision, the attachments it needs). A failed or killed backup never carries the final name:
a backup counts as good only once its manifest exists, and the manifest is written last.

Attachments are content-addressed (sha256 names), so backups share one pool folder,
``attachments/`` beside the backup files: a file there never changes, a backup only adds the
files it is missing, and thinning removes the files no remaining backup needs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.fileio import atomic_target
from dancoso_desktop.storage.errors import known_problem

MANIFEST_SUFFIX = ".json"
POOL_NAME = "attachments"
BACKUP_SUFFIX = ".sqlite"
FORMAT = 1


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; rename is durable enough there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def quick_check(path: Path, *, full: bool = False) -> list[str]:
    """Problems reported by quick_check (or integrity_check + foreign_key_check); empty when healthy."""
    from dancoso_desktop.storage.datafile import connect_read_only

    try:
        con, _ = connect_read_only(Path(path))   # also on a CD or a full disk
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        if full:
            problems += [f"foreign key: {tuple(r)}" for r in con.execute("PRAGMA foreign_key_check").fetchall()]
        return problems
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        con.close()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class BackupInfo:
    """One backup on disk, as its manifest records it."""

    path: Path
    created: datetime
    app_version: str = ""
    schema_revision: str | None = None
    reason: str = "manual"
    size: int = 0
    attachments: list[str] = field(default_factory=list)
    verified: bool = True   # False: a database file without its manifest (a killed backup)

    @property
    def manifest_path(self) -> Path:
        return manifest_path(self.path)


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def read_revision(path: Path) -> str | None:
    """The Alembic revision stored in a database file (None when it has none)."""
    from dancoso_desktop.storage.datafile import connect_read_only

    con, _ = connect_read_only(Path(path))
    try:
        has = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def _write_json_atomic(target: Path, data: dict) -> None:
    fd, name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _copy_attachments(source_dir: Path | None, pool: Path) -> list[str]:
    """Add the attachments missing from ``pool``; returns every relative path the backup needs.

    Each copied file is checked against its sha256 name before it counts, so a copy that went
    wrong on a failing USB stick is caught here and not at restore time."""
    if source_dir is None or not source_dir.is_dir():
        return []
    needed: list[str] = []
    for src in sorted(source_dir.rglob("*")):
        if not src.is_file() or src.name.endswith(".part"):
            continue
        rel = src.relative_to(source_dir).as_posix()
        needed.append(rel)
        dst = pool / rel
        if dst.is_file() and dst.stat().st_size == src.stat().st_size:
            continue
        expected = src.name.split(".")[0]
        with atomic_target(dst) as tmp:  # a wrong copy never takes the final name
            shutil.copyfile(src, tmp)
            if len(expected) == 64 and sha256_file(tmp) != expected:
                raise EnvironmentProblem(
                    f"Bản sao của tệp minh chứng {src.name} bị sai khi ghi; hãy thử ổ đĩa khác.",
                    f"The copy of the evidence file {src.name} came out wrong; try another drive.")
    return needed


def backup_database(source: Path, target: Path, *, app_version: str = "", reason: str = "manual",
                    attachments_dir: Path | None = None) -> Path:
    """Copy the live database into ``target`` as one self-contained, checked file, with its
    manifest and the attachments it needs in ``attachments/`` beside it."""
    target = Path(target)
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.stem[:40]}.", suffix=".part", dir=target.parent)
        os.close(fd)
        tmp = Path(name)
        if not Path(source).is_file():
            raise FileNotFoundError(2, "No such file", str(source))
        src = sqlite3.connect(str(source), timeout=10)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                mode = dst.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
                if str(mode).lower() != "delete":
                    raise sqlite3.OperationalError(f"journal_mode stayed {mode}")
                dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        problems = quick_check(tmp)
        if problems:
            raise EnvironmentProblem(
                "Bản sao lưu vừa tạo không đạt kiểm tra; các bản sao lưu cũ được giữ nguyên.",
                "The new backup failed its check; the older backups are kept.")
        revision = read_revision(tmp)
        needed = _copy_attachments(attachments_dir, target.parent / POOL_NAME)
        os.replace(tmp, target)
        tmp = None
        fsync_dir(target.parent)
        _write_json_atomic(manifest_path(target), {
            "format": FORMAT,
            "created": datetime.now().isoformat(),
            "app_version": app_version,
            "schema_revision": revision,
            "reason": reason,
            "size": target.stat().st_size,
            "attachments_folder": POOL_NAME,
            "attachments": needed,
        })
        fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as exc:
        problem = known_problem(exc, target.parent)
        raise (problem or EnvironmentProblem(f"Không sao lưu được: {exc}", f"The backup failed: {exc}")) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return target


def read_manifest(backup: Path) -> BackupInfo | None:
    """The recorded facts of ``backup``; None when it has no readable manifest."""
    try:
        data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
        return BackupInfo(path=backup, created=datetime.fromisoformat(data["created"]),
                          app_version=str(data.get("app_version", "")),
                          schema_revision=data.get("schema_revision"), reason=str(data.get("reason", "")),
                          size=int(data.get("size", 0)), attachments=list(data.get("attachments", [])))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first; files without a manifest come last, unverified."""
    if not folder.is_dir():
        return []
    good: list[BackupInfo] = []
    other: list[BackupInfo] = []
    for path in folder.glob(f"*{BACKUP_SUFFIX}"):
        info = read_manifest(path)
        if info is not None and path.is_file() and path.stat().st_size == info.size:
            good.append(info)
        elif path.is_file():
            st = path.stat()
            other.append(BackupInfo(path, datetime.fromtimestamp(st.st_mtime), size=st.st_size,
                                    reason="unknown", verified=False))
    good.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    other.sort(key=lambda b: b.created, reverse=True)
    return good + other


def backup_name(reason: str, when: datetime, folder: Path) -> Path:
    """A new, unused backup file name such as dancoso-20260105-143000-manual.sqlite."""
    stem = f"dancoso-{when:%Y%m%d-%H%M%S}-{reason}"
    candidate = folder / f"{stem}{BACKUP_SUFFIX}"
    n = 2
    while candidate.exists() or manifest_path(candidate).exists():
        candidate = folder / f"{stem}-{n}{BACKUP_SUFFIX}"
        n += 1
    return candidate


def choose_kept(backups: list[BackupInfo], now: datetime, *, recent: int = 10, days: int = 14,
                weeks: int = 8, months: int = 24) -> set[Path]:
    """Which verified backups thinning keeps: the newest ``recent`` of the last day, then the
    newest of each day, ISO week and month within the windows, and always the newest."""
    good = sorted((b for b in backups if b.verified), key=lambda b: b.created, reverse=True)
    keep: set[Path] = set()
    if good:
        keep.add(good[0].path)
    seen_day: set[object] = set()
    seen_week: set[object] = set()
    seen_month: set[object] = set()
    last_day = 0
    for b in good:
        age = (now - b.created).total_seconds() / 86400
        if age < 1 and last_day < recent:
            keep.add(b.path)
            last_day += 1
        day, week, month = b.created.date(), b.created.isocalendar()[:2], (b.created.year, b.created.month)
        if age < days and day not in seen_day:
            keep.add(b.path)
        if age < weeks * 7 and week not in seen_week:
            keep.add(b.path)
        if age < months * 31 and month not in seen_month:
            keep.add(b.path)
        seen_day.add(day)
        seen_week.add(week)
        seen_month.add(month)
    return keep


def thin_backups(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the daily/weekly/monthly sets no longer need; returns what went.

    Files without a manifest are left alone (never delete what we do not understand), and so
    are the attachments any remaining manifest still names."""
    now = now or datetime.now()
    backups = list_backups(folder)
    keep = choose_kept(backups, now)
    removed: list[Path] = []
    for b in backups:
        if b.verified and b.path not in keep:
            # The manifest goes first: a backup without one no longer counts as good.
            with contextlib.suppress(FileNotFoundError):
                b.manifest_path.unlink()
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
            removed.append(b.path)
    _sweep(folder, now)
    return removed


def _sweep(folder: Path, now: datetime) -> None:
    """Remove leftovers of killed backups and pool files no backup names any more."""
    cutoff = now.timestamp() - 3600  # a .part this old belongs to no running backup
    for part in folder.glob(".*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                part.unlink()
    pool = folder / POOL_NAME
    if not pool.is_dir():
        return
    needed: set[str] = set()
    for b in list_backups(folder):
        if not b.verified:
            return  # an unrecorded backup may need any file: keep the pool whole
        needed.update(b.attachments)
    for f in pool.rglob("*"):
        if f.is_file() and f.relative_to(pool).as_posix() not in needed:
            with contextlib.suppress(OSError):
                if not f.name.endswith(".part") or f.stat().st_mtime < cutoff:
                    f.unlink()


def restore_attachments(backup: Path, attachments_dir: Path) -> int:
    """Copy the attachments of ``backup`` that the data folder lacks; returns how many.

    Current attachments are never removed: they are content-addressed, so extra files are
    harmless and a file a newer record needs stays available."""
    pool = backup.parent / POOL_NAME
    if not pool.is_dir():
        return 0
    info = read_manifest(backup)
    names = info.attachments if info else [p.relative_to(pool).as_posix() for p in pool.rglob("*") if p.is_file()]
    copied = 0
    for rel in names:
        src, dst = pool / rel, attachments_dir / rel
        if not src.is_file() or dst.is_file() or src.name.endswith(".part"):
            continue
        with atomic_target(dst) as tmp:
            shutil.copyfile(src, tmp)
        copied += 1
    return copied


def prepare_restore(source: Path, live: Path) -> Path:
    """Validate the backup ``source`` and return a checked, self-contained copy beside ``live``.

    The source is only read (its bytes are copied before SQLite touches anything), so a refused
    file stays exactly as it was. Refused: not a database, another program's, newer than this
    version, damaged. A -wal beside the source (a raw copy of a live data folder) is taken along
    and folded in, so its last commits are not lost."""
    from dancoso_desktop.storage import migrations as mig
    from dancoso_desktop.storage.datafile import NewerDatabase, inspect_file
    from dancoso_desktop.storage.errors import damaged

    source = Path(source)
    if not source.is_file():
        raise EnvironmentProblem(f"Không tìm thấy tệp {source}.", f"The file {source} was not found.")
    if inspect_file(source) != "ours":
        raise damaged(source, ["the file is empty"])
    fd, name = tempfile.mkstemp(prefix=f".{live.name}.", suffix=".restore.part", dir=live.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        shutil.copyfile(source, tmp)
        wal = Path(f"{source}-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            shutil.copyfile(wal, f"{tmp}-wal")
        con = sqlite3.connect(str(tmp))
        try:
            problems = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
            if problems:
                raise damaged(source, problems)
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise sqlite3.OperationalError(f"journal_mode stayed {mode}")
        finally:
            con.close()
        revision = read_revision(tmp)
        if revision is not None and not mig.is_known(revision):
            raise NewerDatabase()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        return tmp
    except (OSError, sqlite3.Error) as exc:
        _discard(tmp)
        problem = known_problem(exc, source)
        raise (problem or EnvironmentProblem(f"Không đọc được {source.name}: {exc}",
                                             f"Cannot read {source.name}: {exc}")) from exc
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{tmp}{suffix}")
