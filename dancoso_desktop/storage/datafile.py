"""The data file on disk, before any database engine opens it: is it ours, where does it live,
is a migration half done. Checks without SQLAlchemy, so commands that only read the file (the
exports) can run them without loading SQLAlchemy."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from dancoso_desktop.storage.errors import ForeignDatabase, NetworkShare

# 'DCSO' — marks the file as ours, so another program's SQLite file is refused.
APPLICATION_ID = 0x4443534F
SQLITE_MAGIC = b"SQLite format 3\x00"
MOUNTS = Path("/proc/mounts")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "fuse.sshfs", "davfs", "ceph",
              "glusterfs", "fuse.glusterfs"}


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


def write_probe(folder: Path) -> OSError | None:
    """Create and remove a small file in ``folder`` (made if missing): the error, or None.

    The only test that tells a full disk, a read-only folder and a CD apart as the system
    sees them (permission bits do not stop an administrator; a mount option does)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        return exc
    return None


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The SQLite URI that opens ``path`` for reading only; ``immutable`` also skips the -shm
    and all locking: only for a file nobody can write (a CD, a read-only mount)."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_read_only(path: Path, *, timeout: float = 5.0) -> tuple[sqlite3.Connection, bool]:
    """A read-only sqlite3 connection to ``path`` and whether it had to be ``immutable``.

    ``mode=ro`` first: it sees the writes of a program that has the file open (its -shm
    exists). A WAL file whose -shm is missing cannot be read that way when its folder takes no
    new file (a CD, a read-only folder, a full disk); no program has it open then (the -shm
    lives as long as a connection does) and none can start writing in such a folder, so it is
    opened ``immutable``."""
    con = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout, isolation_level=None)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con, False
    except sqlite3.OperationalError:
        con.close()
        if write_probe(Path(path).parent) is None:
            raise
    con = sqlite3.connect(read_only_uri(path, immutable=True), uri=True, timeout=timeout, isolation_level=None)
    return con, True


def migration_marker(path: Path) -> Path:
    """Present while a migration of ``path`` is under way (see database.roll_back_half_migration)."""
    return path.with_name(path.name + ".migrating")


# The window's lock file (a QLockFile, ui/single_instance.py): PID, program, host name,
# machine id and boot id, a line each.
LOCK_FILENAME = "dancoso.lock"


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this computer; True when that cannot be told."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:   # someone else's process: alive
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:
    try:
        import ctypes

        kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - windll exists only on Windows
        handle = kernel32.OpenProcess(0x1000, False, pid)   # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259                       # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    except (AttributeError, OSError):
        return True


def window_holding(data_dir: Path) -> int | None:
    """The PID of a running window of the program that has ``data_dir`` open, or None.

    A lock left by a power cut names a dead process (or another computer, for a folder that was
    copied): that is no window."""
    try:
        lines = (data_dir / LOCK_FILENAME).read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0].strip())
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2].strip() if len(lines) > 2 else ""
    if host and host.lower() != _hostname().lower():
        return None
    # Qt also writes the boot id: after a restart the old PID may belong to another program.
    boot = lines[4].strip() if len(lines) > 4 else ""
    if boot and _boot_id() not in ("", boot):
        return None
    return pid if pid_alive(pid) else None


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:   # not Linux: the PID check alone decides
        return ""


def _hostname() -> str:
    import socket

    return socket.gethostname()
