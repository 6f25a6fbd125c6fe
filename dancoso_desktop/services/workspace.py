"""The open data folder: database, attachments, backups and logs in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dancoso_desktop import paths
from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.storage.database import Database, open_database
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

    def close(self) -> None:
        self.db.close()


def window_lock_path(data_dir: Path) -> Path:
    """The lock file a window holds while it has the data folder open (storage/datafile.py)."""
    return Path(data_dir) / LOCK_FILENAME


def process_alive(pid: int) -> bool:
    """Whether the process that holds a lock still runs (a dead one's lock is stale)."""
    return pid_alive(pid)


def check_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise EnvironmentProblem(
            f"Không ghi được vào thư mục dữ liệu {folder}: {exc.strerror or exc}. "
            "Hãy chọn thư mục khác bằng --data-dir.",
            f"Cannot write to the data folder {folder}: {exc.strerror or exc}. "
            "Choose another folder with --data-dir.") from exc


def open_workspace(data_dir: Path | None = None) -> Workspace:
    folder = data_dir or paths.data_dir()
    check_writable(folder)
    db = open_database(folder / paths.DB_FILENAME, backups_dir=folder / "backups")
    return Workspace(folder, db)
