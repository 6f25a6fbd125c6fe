"""Opening the commune's SQLite database safely (design.md §3)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.storage.errors import (
    ForeignDatabase,
    NetworkShare,
    damaged,
    known_problem,
)

# 'DCSO' — marks the file as ours, so another program's SQLite file is refused.
APPLICATION_ID = 0x4443534F
SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another process's lock before a clear "in use" message.
BUSY_TIMEOUT_MS = 10000
MOUNTS = Path("/proc/mounts")
_CHANGES = ("INSERT ", "UPDATE ", "DELETE ", "REPLACE", "INSERT\n", "UPDATE\n", "DELETE\n")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "fuse.sshfs", "davfs", "ceph",
              "glusterfs", "fuse.glusterfs"}


def _set_pragmas(dbapi_con: sqlite3.Connection, _record: Any) -> None:
    # Run before SQLAlchemy opens any transaction: foreign_keys is silently ignored inside one.
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA synchronous=FULL")  # per connection: every acknowledged commit is on disk
    cur.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    url = f"sqlite:///{path}"
    connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_MS / 1000}
    if read_only:
        url = f"sqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true"
    engine = create_engine(url, connect_args=connect_args, poolclass=NullPool if read_only else None)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def is_unc(text: str) -> bool:
    r"""A Windows network path: \\server\share, or \\?\UNC\server\share."""
    text = text.replace("/", "\\") if text.startswith("//") else text
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    return text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\"))


def network_share(folder: Path, mounts: Path | None = None) -> str | None:
    """Why ``folder`` is on a network share (SQLite's locks are unreliable there), or None."""
    text = str(folder)
    mounts = mounts or MOUNTS
    if os.name == "nt":
        if is_unc(text):
            return text
        if len(text) >= 2 and text[1] == ":":
            import ctypes

            drive_remote = 4
            kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - windll exists only on Windows
            if kernel32.GetDriveTypeW(f"{text[0]}:\\") == drive_remote:
                return f"{text[0]}:"
        return None
    if text.startswith("\\\\") and is_unc(text):
        return text
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    resolved = folder.resolve()
    best: tuple[int, str, str] | None = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        try:
            inside = resolved == Path(point) or resolved.is_relative_to(point)
        except ValueError:
            inside = False
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), point, parts[2])
    if best is not None and (best[2] in NETWORK_FS or best[2].startswith(("nfs", "smb", "cifs"))):
        return f"{best[1]} ({best[2]})"
    return None


def refuse_network_share(folder: Path) -> None:
    where = network_share(folder)
    if where is not None:
        raise NetworkShare(
            f"Thư mục dữ liệu {folder} nằm trên ổ mạng ({where}). Dữ liệu trên ổ mạng có thể hỏng khi "
            "mất kết nối, nên chương trình không mở nó. Hãy chép dữ liệu về máy này rồi khôi phục "
            "(Công cụ › Khôi phục…), hoặc chọn thư mục trên ổ đĩa của máy.",
            f"The data folder {folder} is on a network share ({where}). Data on a network share can be "
            "damaged when the connection drops, so it is not opened. Copy it to this PC and restore "
            "it (Tools › Restore…), or choose a folder on a local disk.")


def inspect_file(path: Path) -> str:
    """'missing', 'empty', 'ours', or raise ForeignDatabase for a file that is not ours."""
    if not path.exists():
        return "missing"
    size = path.stat().st_size
    if size == 0:
        return "empty"
    with open(path, "rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_MAGIC):
        raise ForeignDatabase(
            f"Tệp {path.name} không phải là cơ sở dữ liệu của chương trình. Tệp được giữ nguyên.",
            f"{path.name} is not this application's database. The file was left untouched.")
    app_id = int.from_bytes(head[68:72], "big") if len(head) >= 72 else 0
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and size > 4096 * 2):
        # An SQLite file without our id is someone else's (ours is stamped at creation).
        raise ForeignDatabase(
            f"Tệp {path.name} là cơ sở dữ liệu của một chương trình khác. Tệp được giữ nguyên.",
            f"{path.name} belongs to another program. The file was left untouched.")
    return "ours"


class NewerDatabase(ForeignDatabase):
    """Made by a newer version of the application: refused so this one cannot damage it."""

    def __init__(self) -> None:
        super().__init__(
            "Dữ liệu được tạo bởi một phiên bản mới hơn của chương trình. Hãy cài phiên bản mới nhất; "
            "tệp dữ liệu được giữ nguyên.",
            "The data was made by a newer version of the application. Install the newest version; "
            "the data file was left untouched.")


class Database:
    """The open database: an engine and a session factory. Services use ``session()``."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.changed_since_backup = False
        self._watch(engine)

    def _watch(self, engine: Engine) -> None:
        """Note every statement that changed rows, whoever ran it (ORM flush, bulk DML,
        migrations), so a backup at exit or during work is made only when data changed."""

        def after(_con: Any, cursor: Any, statement: str, *_rest: Any) -> None:
            if statement.lstrip()[:7].upper() in _CHANGES and getattr(cursor, "rowcount", 0) != 0:
                self.changed_since_backup = True

        event.listen(engine, "after_cursor_execute", after)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work, committed at the end (no Save button) or rolled back whole."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            problem = known_problem(exc, self.path)
            if problem is not None:
                raise problem from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def mark_changed(self) -> None:
        self.changed_since_backup = True

    def close(self) -> None:
        self.engine.dispose()

    def pragma(self, name: str) -> Any:
        with self.engine.connect() as con:
            return con.exec_driver_sql(f"PRAGMA {name}").scalar()

    def swap_file(self, prepared: Path, *, backups_dir: Path | None = None) -> None:
        """Put the checked database file ``prepared`` in place of ours and reopen on it.

        The engine is closed first (its last connection checkpoints the WAL), the old -wal and
        -shm are removed so SQLite can never apply them to the new file, and the rename is
        atomic: a kill leaves either the old file or the new one. Services holding this
        Database keep working on the new data."""
        self.engine.dispose()
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")
        os.replace(prepared, self.path)
        from dancoso_desktop.storage.backup import fsync_dir

        fsync_dir(self.path.parent)
        fresh = open_database(self.path, backups_dir=backups_dir)
        self.engine = fresh.engine
        self._sessions = fresh._sessions
        self._watch(fresh.engine)
        self.changed_since_backup = False


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".migrating")


def _aside_name(path: Path, what: str) -> Path:
    return path.with_name(f"{path.stem}-{what}-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")


def set_aside(path: Path, what: str) -> Path | None:
    """Rename the database (with its -wal) out of the way, never overwriting anything."""
    if not path.exists():
        return None
    aside = _aside_name(path, what)
    n = 2
    while aside.exists():
        aside = aside.with_name(f"{aside.stem}-{n}{aside.suffix}")
        n += 1
    for suffix in ("-wal", "-journal"):
        src = Path(f"{path}{suffix}")
        if src.exists():
            os.replace(src, f"{aside}{suffix}")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(f"{path}-shm")
    os.replace(path, aside)
    return aside


def copy_in(source: Path, live: Path) -> None:
    """Copy the checked file ``source`` into the live name: temp beside it, fsync, rename."""
    from dancoso_desktop.storage.backup import fsync_dir

    tmp = live.with_name(f".{live.name}.restore.part")
    shutil.copyfile(source, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{live}{suffix}")
    os.replace(tmp, live)
    fsync_dir(live.parent)


def roll_back_half_migration(path: Path) -> bool:
    """If a migration was killed half-way, put back the backup taken just before it.

    The marker is written (fsynced) after the backup and before the first schema change, and
    removed only after the migration committed, so its presence means the file may hold a
    half-changed schema. The half-migrated file is kept aside, never deleted."""
    from dancoso_desktop.storage.backup import quick_check

    marker = _marker(path)
    if not marker.exists():
        return False
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        backup = Path(data["backup"]) if data.get("backup") else None
    except (OSError, ValueError, KeyError, TypeError):
        backup = None
        data = {}
    if backup is None and data.get("fresh"):
        set_aside(path, "half-created")  # a brand-new file held no data yet
    elif backup is None or not backup.is_file() or quick_check(backup):
        raise damaged(path, ["a migration was interrupted and its backup is missing or damaged"])
    else:
        set_aside(path, "half-migrated")
        copy_in(backup, path)
    marker.unlink()
    return True


def _has_good_backup(backups_dir: Path | None) -> bool:
    from dancoso_desktop.storage.backup import list_backups

    return backups_dir is not None and any(b.verified for b in list_backups(backups_dir))


def _health_problems(con: Any) -> list[str]:
    rows = con.exec_driver_sql("PRAGMA quick_check").fetchall()
    return [r[0] for r in rows if r[0] != "ok"]


def open_database(path: Path, *, backups_dir: Path | None = None, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path``: refuse a network share and files that
    are not ours, roll back a half-done migration, check its health (quick_check, before any
    write), switch to WAL, and bring the schema up to date after a verified backup."""
    refuse_network_share(path.parent)
    state = inspect_file(path)
    engine: Engine | None = None
    try:
        if migrate and roll_back_half_migration(path):
            state = inspect_file(path)
        if state == "empty" and _has_good_backup(backups_dir):
            # A zero-byte file where backups exist is lost data (a failed copy), not a first run.
            raise damaged(path, ["the data file is empty"])
        path.parent.mkdir(parents=True, exist_ok=True)
        if state in ("missing", "empty"):
            raw = sqlite3.connect(str(path))
            raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
            raw.commit()
            raw.close()
        engine = make_engine(path)
        with engine.connect() as con:
            problems = _health_problems(con)
            if problems:
                raise damaged(path, problems)
            mode = con.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
            if str(mode).lower() != "wal":
                raise EnvironmentProblem(
                    "Không bật được chế độ ghi an toàn (WAL) cho dữ liệu; thư mục dữ liệu có thể nằm trên ổ mạng.",
                    "Could not switch the database to WAL mode; the data folder may be on a network share.")
            if con.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
                con.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            con.commit()
    except (sqlite3.Error, DBAPIError, OSError) as exc:
        if engine is not None:
            engine.dispose()
        problem = known_problem(exc, path)
        if problem is not None:
            raise problem from exc
        raise
    except BaseException:
        if engine is not None:
            engine.dispose()
        raise
    db = Database(path, engine)
    if migrate:
        try:
            _migrate(db, backups_dir)
        except BaseException:
            db.close()
            raise
    return db


def _migrate(db: Database, backups_dir: Path | None) -> None:
    from dancoso_desktop.storage.schema_version import SCHEMA_HEAD, stored_revision

    raw = db.engine.raw_connection()
    try:
        if stored_revision(raw.driver_connection) == SCHEMA_HEAD:  # type: ignore[arg-type]
            return  # the common case: no Alembic import at start-up
    finally:
        raw.close()
    from dancoso_desktop import __version__
    from dancoso_desktop.storage import migrations as mig
    from dancoso_desktop.storage.backup import _write_json_atomic, backup_database, backup_name

    current = mig.current_revision(db.engine)
    head = mig.head_revision()
    if current is not None and not mig.is_known(current):
        raise NewerDatabase()
    if current == head:
        return
    marker: dict[str, Any] = {"from": current, "to": head, "started": datetime.now().isoformat(timespec="seconds")}
    if current is None:
        marker["fresh"] = True
    elif backups_dir is not None:
        target = backup_name(f"before-migration-{current}", datetime.now(), backups_dir)
        marker["backup"] = str(backup_database(db.path, target, app_version=__version__,
                                               reason="before-migration",
                                               attachments_dir=db.path.parent / "attachments"))
    _write_json_atomic(_marker(db.path), marker)
    try:
        mig.upgrade(db.engine)
    except (sqlite3.Error, DBAPIError, OSError) as exc:
        problem = known_problem(exc, db.path)
        if problem is not None:
            raise problem from exc
        raise
    _marker(db.path).unlink()
