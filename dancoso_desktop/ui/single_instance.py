"""One window per data folder (design.md §3).

Two processes writing the same SQLite file through two windows would each undo the other's
work, so the first instance holds a QLockFile in the data folder and listens on a QLocalServer
named after that folder. A second launch finds the lock taken, sends "raise" to the first
window and exits. After a power cut the lock file is still there but its process is gone: Qt
sees that the PID is dead (or belongs to another program) and we remove the stale lock. The
lock is never stale merely because it is old: an office PC may keep the window open for weeks.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.services.workspace import LOCK_FILENAME, process_alive, window_lock_path

__all__ = ["LOCK_FILENAME", "SingleInstance", "server_name"]   # LOCK_FILENAME: tests and tools name it from here

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """A local socket/pipe name unique to this user and data folder (short: Unix paths max 108)."""
    folder = os.path.normcase(str(Path(data_dir).resolve()))
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"dancoso-{digest}"


class SingleInstance(QObject):
    """``acquire()`` → True for the first instance (then listens), False after raising it."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.lock = QLockFile(str(window_lock_path(self.data_dir)))
        # 0: never stale by age — only a dead owner makes it stale.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    # -- first or second? ----------------------------------------------------------------------
    def acquire(self) -> bool:
        if self._try_lock():
            self._listen()
            return True
        if self.notify_running():
            log.info("another window has this data folder; asked it to come to the front")
            return False
        # Lock held, nobody answering: either the owner died (power cut, kill) or it is
        # still starting. A dead owner's lock is removed; a live one is respected.
        pid = self._owner_pid()
        if pid is not None and not process_alive(pid):
            log.warning("removing stale lock of dead process %s", pid)
            self.lock.removeStaleLockFile()
            if self._try_lock():
                self._listen()
                return True
        if self.notify_running():
            return False
        raise EnvironmentProblem(
            "Thư mục dữ liệu đang được một cửa sổ khác của chương trình sử dụng nhưng cửa sổ đó "
            "không trả lời. Hãy đóng nó (hoặc khởi động lại máy) rồi mở lại.",
            "The data folder is in use by another window of the program, which does not answer. "
            "Close it (or restart the computer) and open the program again.")

    def _owner_pid(self) -> int | None:
        # PySide6 returns (pid, hostname, appname); a bool first in some versions.
        info = self.lock.getLockInfo()
        values = info if isinstance(info, tuple) else (info,)
        ints = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        return ints[0] if ints and ints[0] > 0 else None

    def _try_lock(self) -> bool:
        if self.lock.tryLock(0):
            return True
        if self.lock.error() == QLockFile.LockError.PermissionError:
            raise EnvironmentProblem(
                f"Không tạo được tệp khóa trong thư mục dữ liệu {self.data_dir} (không có quyền ghi).",
                f"Cannot create the lock file in the data folder {self.data_dir} (no write permission).")
        if self.lock.error() == QLockFile.LockError.UnknownError:
            raise EnvironmentProblem(
                f"Không tạo được tệp khóa trong thư mục dữ liệu {self.data_dir}.",
                f"Cannot create the lock file in the data folder {self.data_dir}.")
        return False

    def notify_running(self) -> bool:
        """Ask the instance that holds the folder to raise its window; True if it heard us."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE_MESSAGE)
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return sent

    # -- the first instance listens ------------------------------------------------------------
    def _listen(self) -> None:
        # We hold the lock, so a leftover socket file is from a dead instance (Unix).
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # The window still works; only the "raise the first window" nicety is lost.
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            client = self.server.nextPendingConnection()  # a child of the server: freed with it
            self._clients.append(client)
            client.readyRead.connect(self._read_clients)
            client.disconnected.connect(self._read_clients)
        self._read_clients()

    def _read_clients(self) -> None:
        # Read every client rather than the sender: no per-socket closures to outlive a socket.
        for client in list(self._clients):
            while client.canReadLine():
                if bytes(client.readLine().data()) == RAISE_MESSAGE:
                    self.raise_requested.emit()
            if client.state() == QLocalSocket.LocalSocketState.UnconnectedState and not client.bytesAvailable():
                self._clients.remove(client)

    def release(self) -> None:
        clients, self._clients = self._clients, []
        for client in clients:
            client.blockSignals(True)
            client.abort()
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()
