"""Opening the commune's SQLite database safely (design.md §3)."""

from __future__ import annotations

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
from dancoso_desktop.storage.errors import known_problem

# 'DCSO' — marks the file as ours, so another program's SQLite file is refused.
APPLICATION_ID = 0x4443534F
SQLITE_MAGIC = b"SQLite format 3\x00"


def _set_pragmas(dbapi_con: sqlite3.Connection, _record: Any) -> None:
    # Run before SQLAlchemy opens any transaction: foreign_keys is silently ignored inside one.
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA synchronous=FULL")  # per connection: every acknowledged commit is on disk
    cur.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    url = f"sqlite:///{path}"
    connect_args: dict[str, Any] = {"timeout": 10}
    if read_only:
        url = f"sqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true"
    engine = create_engine(url, connect_args=connect_args, poolclass=NullPool if read_only else None)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def inspect_file(path: Path) -> str:
    """'missing', 'empty', 'ours', or raise EnvironmentProblem for a file that is not ours."""
    if not path.exists():
        return "missing"
    size = path.stat().st_size
    if size == 0:
        return "empty"
    with open(path, "rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_MAGIC):
        raise EnvironmentProblem(
            f"Tệp {path.name} không phải là cơ sở dữ liệu của chương trình. Tệp được giữ nguyên.",
            f"{path.name} is not this application's database. The file was left untouched.")
    app_id = int.from_bytes(head[68:72], "big") if len(head) >= 72 else 0
    if app_id not in (0, APPLICATION_ID):
        raise EnvironmentProblem(
            f"Tệp {path.name} là cơ sở dữ liệu của một chương trình khác. Tệp được giữ nguyên.",
            f"{path.name} belongs to another program. The file was left untouched.")
    if app_id == 0 and size > 4096 * 2:
        # An SQLite file without our id is someone else's (ours is stamped at creation).
        raise EnvironmentProblem(
            f"Tệp {path.name} là cơ sở dữ liệu của một chương trình khác. Tệp được giữ nguyên.",
            f"{path.name} belongs to another program. The file was left untouched.")
    return "ours"


class Database:
    """The open database: an engine and a session factory. Services use ``session()``."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.changed_since_backup = False

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work, committed at the end (no Save button) or rolled back whole."""
        session = self._sessions()
        try:
            yield session
            if session.new or session.dirty or session.deleted:
                self.changed_since_backup = True
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


def open_database(path: Path, *, backups_dir: Path | None = None, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path``, refusing files that are not ours,
    switching to WAL, and bringing the schema up to date after a verified backup."""
    from dancoso_desktop.storage import migrations as mig

    state = inspect_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if state in ("missing", "empty"):
            con = sqlite3.connect(str(path))
            con.execute(f"PRAGMA application_id={APPLICATION_ID}")
            con.commit()
            con.close()
        engine = make_engine(path)
        with engine.connect() as con:
            mode = con.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
            if str(mode).lower() != "wal":
                raise EnvironmentProblem(
                    "Không bật được chế độ ghi an toàn (WAL) cho dữ liệu; thư mục dữ liệu có thể nằm trên ổ mạng.",
                    "Could not switch the database to WAL mode; the data folder may be on a network share.")
            con.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            con.commit()
    except (sqlite3.Error, DBAPIError, OSError) as exc:
        problem = known_problem(exc, path)
        if problem is not None:
            raise problem from exc
        raise
    db = Database(path, engine)
    if migrate:
        current = mig.current_revision(engine)
        head = mig.head_revision()
        if current is not None and not mig.is_known(current):
            db.close()
            raise EnvironmentProblem(
                "Dữ liệu được tạo bởi một phiên bản mới hơn của chương trình. Hãy cài phiên bản mới nhất; "
                "tệp dữ liệu được giữ nguyên.",
                "The data was made by a newer version of the application. Install the newest version; "
                "the data file was left untouched.")
        if current != head:
            if current is not None and backups_dir is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                from dancoso_desktop.storage.backup import backup_database
                backup_database(path, backups_dir / f"before-migration-{current}-{stamp}.sqlite")
            mig.upgrade(engine)
    return db
