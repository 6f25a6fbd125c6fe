"""The open data folder: database, attachments, backups and logs in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dancoso_desktop import paths
from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.storage import datafile
from dancoso_desktop.storage.database import Database, open_database, open_database_read_only
from dancoso_desktop.storage.datafile import LOCK_FILENAME, pid_alive


@dataclass
class Workspace:
    data_dir: Path
    db: Database

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def read_only(self) -> EnvironmentProblem | None:
        """Why the folder was opened for reading only (what a write is refused with), or None."""
        return self.db.read_only

    def close(self) -> None:
        self.db.close()


def window_lock_path(data_dir: Path) -> Path:
    """The lock file a window holds while it has the data folder open (storage/datafile.py)."""
    return Path(data_dir) / LOCK_FILENAME


def process_alive(pid: int) -> bool:
    """Whether the process that holds a lock still runs (a dead one's lock is stale)."""
    return pid_alive(pid)


def _write_refusal(folder: Path, exc: OSError) -> EnvironmentProblem:
    return EnvironmentProblem(
        f"Không ghi được vào thư mục dữ liệu {folder}: {exc.strerror or exc}. "
        "Hãy chọn thư mục khác bằng --data-dir.",
        f"Cannot write to the data folder {folder}: {exc.strerror or exc}. "
        "Choose another folder with --data-dir.")


def check_writable(folder: Path) -> None:
    exc = datafile.write_probe(folder)
    if exc is not None:
        raise _write_refusal(folder, exc) from exc


def read_only_notice(ws: Workspace) -> tuple[str, str]:
    """What to tell the officer once, in Vietnamese and English, about a read-only folder."""
    why = ws.read_only.en if ws.read_only else ""
    why_vi = ws.read_only.vi if ws.read_only else ""
    return (f"Thư mục dữ liệu chỉ đọc được, đã mở ở chế độ chỉ đọc: xem và in được, không lưu được thay đổi. ({why_vi})",
            f"The data folder cannot be written; it was opened read-only: you can view and print, "
            f"not save changes. ({why})")


def open_workspace(data_dir: Path | None = None, *, read_only_ok: bool = True,
                   reading: bool = False) -> Workspace:
    """Open the data folder. When it takes no writes (full disk, read-only folder, a CD) and
    holds a data file, that file is opened for reading only (``read_only_ok``): everything that
    reads works, and a write is refused with the message the folder gives today.

    ``reading``: the caller only reads (an export of the command line), so the health check of
    the whole file is left to the reads themselves (``open_database(check=False)``)."""
    folder = data_dir or paths.data_dir()
    exc = datafile.write_probe(folder)
    if exc is not None:
        refusal = _write_refusal(folder, exc)
        db_path = folder / paths.DB_FILENAME
        if not read_only_ok or not db_path.is_file():
            raise refusal from exc
        return Workspace(folder, open_database_read_only(db_path, refusal))
    db = open_database(folder / paths.DB_FILENAME, backups_dir=folder / "backups", check=not reading)
    return Workspace(folder, db)
