"""Opening the commune's SQLite database safely (design.md §3)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.storage.datafile import (
    APPLICATION_ID,
    NewerDatabase,
    connect_read_only,
    inspect_file,
    migration_marker,
    read_only_uri,
    refuse_network_share,
)
from dancoso_desktop.storage.errors import damaged, known_problem

# How long a write waits for another process's lock before a clear "in use" message.
BUSY_TIMEOUT_MS = 10000
_CHANGES = ("INSERT ", "UPDATE ", "DELETE ", "REPLACE", "INSERT\n", "UPDATE\n", "DELETE\n")


def _set_pragmas(dbapi_con: sqlite3.Connection, _record: Any) -> None:
    # Run before SQLAlchemy opens any transaction: foreign_keys is silently ignored inside one.
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA synchronous=FULL")  # per connection: every acknowledged commit is on disk
    cur.close()


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    url = f"sqlite:///{path}"
    connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_MS / 1000}
    if read_only:
        url = f"sqlite:///{read_only_uri(path, immutable=immutable)}&uri=true"
    engine = create_engine(url, connect_args=connect_args, poolclass=NullPool if read_only else None)
    event.listen(engine, "connect", _set_pragmas)
    return engine


class _Gate:
    """Lets many units of work use the Database at once, or one file swap alone.

    Sessions and connections hold it shared; ``Database.exclusive`` (restore) holds it alone. A
    swap that waits holds back new sessions, or the GUI thread's steady stream of short ones
    could keep it waiting for ever; a thread that already holds the gate gets through at once,
    because services call one another and the inner session would otherwise wait for a swap
    that is itself waiting for the outer one."""

    def __init__(self) -> None:
        self._me = threading.get_ident
        self._cond = threading.Condition()
        self._shared: dict[int, int] = {}   # thread id -> how many holds it has (nested)
        self._owner: int | None = None      # the thread holding it alone
        self._depth = 0
        self.queued = 0                     # sessions waiting for a swap to end (tests look)
        self.swaps_waiting = 0

    def acquire_shared(self) -> int:
        """Hold the gate shared; returns the token to give back to ``release_shared``."""
        me = self._me()
        with self._cond:
            if me != self._owner and me not in self._shared:
                self.queued += 1
                try:
                    self._cond.wait_for(lambda: self._owner is None and not self.swaps_waiting)
                finally:
                    self.queued -= 1
            self._shared[me] = self._shared.get(me, 0) + 1
        return me

    def release_shared(self, token: int) -> None:
        # By token, not by the current thread: a generator holding the gate (a streamed export)
        # may be closed by another thread, e.g. when a cancelled task's traceback is dropped.
        with self._cond:
            left = self._shared[token] - 1
            if left:
                self._shared[token] = left
            else:
                del self._shared[token]
                self._cond.notify_all()

    def acquire_exclusive(self, timeout: float) -> bool:
        """Hold the gate alone once every other holder is gone; False after ``timeout`` s."""
        me = self._me()
        with self._cond:
            if me == self._owner:
                self._depth += 1
                return True
            if me in self._shared:
                raise RuntimeError("the database file cannot be swapped from inside one of its sessions")
            free = False
            self.swaps_waiting += 1
            try:
                free = self._cond.wait_for(lambda: self._owner is None and not self._shared, timeout)
                if free:
                    self._owner, self._depth = me, 1
            finally:
                self.swaps_waiting -= 1
                if not free:
                    self._cond.notify_all()  # gave up: the sessions it held back may go on
            return free

    def release_exclusive(self) -> None:
        with self._cond:
            self._depth -= 1
            if not self._depth:
                self._owner = None
                self._cond.notify_all()


class Database:
    """The open database: an engine and a session factory. Services use ``session()``.

    Every use of the engine goes through the gate (``session()``, ``connect()``, ``pragma()``),
    so that ``swap_file`` can put another file in place while other threads keep working: they
    wait the few milliseconds of the swap and then use the new engine. Reaching for
    ``self.engine`` directly bypasses that; only code that owns the Database alone may."""

    def __init__(self, path: Path, engine: Engine, *, read_only: EnvironmentProblem | None = None) -> None:
        self.path = path
        self.engine = engine
        # Opened for reading only (the folder takes no writes): why, the message a write gets.
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._gate = _Gate()
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
        token = self._gate.acquire_shared()
        try:
            # Made after the gate is passed: a session that waited for a swap gets the new engine.
            session = self._sessions()
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                session.rollback()
                if self.read_only is not None:
                    raise self.read_only from exc
                problem = known_problem(exc, self.path)
                if problem is not None:
                    raise problem from exc
                raise
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
        finally:
            self._gate.release_shared(token)

    @contextmanager
    def connect(self) -> Iterator[Any]:
        """A plain SQLAlchemy Connection (for streamed reads), held like a session."""
        token = self._gate.acquire_shared()
        try:
            with self.engine.connect() as con:
                yield con
        except DBAPIError as exc:
            # As a session does: a locked, full or damaged file is the officer's plain message
            # (an export opened without the health check meets a damaged page here).
            problem = known_problem(exc, self.path)
            if problem is not None:
                raise problem from exc
            raise
        finally:
            self._gate.release_shared(token)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Plain SQL read (storage.rows.RowReader): values as SQLite stores them, no ORM types."""
        with self.connect() as con:
            return [tuple(r) for r in con.exec_driver_sql(sql, tuple(params)).fetchall()]

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Have the data file to ourselves: wait for the sessions and connections running in
        other threads to end, hold back new ones, and close the engine's connections. Inside,
        the file may be renamed or replaced; ``swap_file`` puts the new engine in place.

        Gives up with a plain message when other work (a long export, say) keeps the data longer
        than SQLite itself would wait for a lock: sessions queue behind a waiting swap, so this
        bounds how long the window can stall."""
        if not self._gate.acquire_exclusive(BUSY_TIMEOUT_MS / 1000):
            raise EnvironmentProblem(
                "Dữ liệu đang bận với một việc khác của chương trình (ví dụ đang xuất sổ theo dõi). "
                "Hãy đợi việc đó xong rồi thử lại.",
                "The data is busy with other work in the program (an export, for instance). "
                "Wait for it to finish and try again.")
        try:
            self.engine.dispose()
            yield
        finally:
            self._gate.release_exclusive()

    def mark_changed(self) -> None:
        self.changed_since_backup = True

    def close(self) -> None:
        self.engine.dispose()

    def pragma(self, name: str) -> Any:
        with self.connect() as con:
            return con.exec_driver_sql(f"PRAGMA {name}").scalar()

    def swap_file(self, prepared: Path, *, backups_dir: Path | None = None) -> None:
        """Put the checked database file ``prepared`` in place of ours and reopen on it.

        Runs with the file to itself (``exclusive``). Without that, another thread's session
        could open a connection in the middle: on the old file after its -wal was removed (its
        writes lost, and its -wal and -shm, recreated by name, later applied to or deleted from
        under the new file), or on the new file while it is still in rollback mode, where any
        write lock makes the switch to WAL below fail at once with "database is locked" (that
        switch cannot wait: it starts as a read, and SQLite never waits to upgrade a read).

        The engine is closed first (its last connection checkpoints the WAL), the old -wal and
        -shm are removed so SQLite can never apply them to the new file, and the rename is
        atomic: a kill leaves either the old file or the new one. Services holding this
        Database keep working on the new data."""
        with self.exclusive():
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

    marker = migration_marker(path)
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


def open_database(path: Path, *, backups_dir: Path | None = None, migrate: bool = True,
                  check: bool = True) -> Database:
    """Open (creating if needed) the database at ``path``: refuse a network share and files that
    are not ours, roll back a half-done migration, check its health (quick_check, before any
    write), switch to WAL, and bring the schema up to date after a verified backup.

    ``check=False`` skips the quick_check for a command that only reads (an export): it costs
    0.4 s on a 190 MB file, and a damaged page that the command reads still stops it with the
    damaged-file message (``known_problem``). Every open that may write checks first."""
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
            problems = _health_problems(con) if check else []
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


def open_database_read_only(path: Path, problem: EnvironmentProblem) -> Database:
    """Open ``path`` for reading only, because its folder takes no writes (``problem`` says why,
    and is what any write through this Database raises). Nothing is created, repaired or
    migrated: a file that would need that is refused with ``problem`` itself."""
    from dancoso_desktop.storage.schema_version import SCHEMA_HEAD, stored_revision

    refuse_network_share(path.parent)
    if inspect_file(path) != "ours" or migration_marker(path).exists():
        raise problem
    try:
        con, immutable = connect_read_only(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            if stored_revision(con) != SCHEMA_HEAD:
                from dancoso_desktop.storage import migrations as mig

                revision = stored_revision(con)
                if revision is not None and not mig.is_known(revision):
                    raise NewerDatabase()
                raise problem     # an older file needs a migration, which needs writing
            problems = _health_problems_raw(con)
        finally:
            con.close()
    except sqlite3.Error as exc:
        known = known_problem(exc, path)
        if known is not None:
            raise known from exc
        raise
    if problems:
        raise damaged(path, problems)
    engine = make_engine(path, read_only=True, immutable=immutable)
    return Database(path, engine, read_only=problem)


def _health_problems_raw(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]


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
    _write_json_atomic(migration_marker(db.path), marker)
    try:
        mig.upgrade(db.engine)
    except (sqlite3.Error, DBAPIError, OSError) as exc:
        problem = known_problem(exc, db.path)
        if problem is not None:
            raise problem from exc
        raise
    migration_marker(db.path).unlink()
