"""Writing files safely: beside the target, then renamed into place (design.md §4).

A failure or a kill never leaves a truncated file under the final name, and a target held
open by Excel or Word gives a clear message while the old file stays intact.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from dancoso_desktop.domain.errors import EnvironmentProblem

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}
_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def safe_filename(name: str, *, max_len: int = 150) -> str:
    """A file name Windows can keep, with its Vietnamese letters: 'Kế hoạch 05-KH-UBND 2026.pdf'."""
    import unicodedata

    name = unicodedata.normalize("NFC", name)
    name = name.replace("/", "-").replace("\\", "-")
    name = _BAD_CHARS.sub("", name)
    name = " ".join(name.split()).strip(" .")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    stem = stem[: max_len - len(ext) - 1].rstrip(" .") or "tai-lieu"
    return f"{stem}.{ext}" if ext else stem


def _problem(exc: OSError, target: Path) -> EnvironmentProblem:
    if isinstance(exc, PermissionError):
        return EnvironmentProblem(
            f"Không ghi được tệp “{target.name}”: tệp đang mở trong chương trình khác (Word, Excel…) "
            "hoặc thư mục không cho ghi. Hãy đóng tệp rồi thử lại; tệp cũ vẫn còn nguyên.",
            f"Cannot write “{target.name}”: it is open in another program (Word, Excel…) or the "
            "folder is read-only. Close it and try again; the old file is intact.")
    if exc.errno == 28:
        return EnvironmentProblem(
            f"Ổ đĩa đầy, không ghi được “{target.name}”. Tệp cũ vẫn còn nguyên.",
            f"The disk is full; “{target.name}” was not written. The old file is intact.")
    return EnvironmentProblem(f"Không ghi được tệp “{target.name}”: {exc.strerror or exc}.",
                              f"Cannot write “{target.name}”: {exc.strerror or exc}.")


def _read_umask() -> int:
    # os.umask can only be read by setting it; done once here, at import, before any worker
    # thread could create a file in between.
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_UMASK = _read_umask()


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temp path beside ``target``; on success it is fsynced and renamed onto target."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}.", suffix=".part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise _problem(exc, target) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); the document gets the mode a file saved by any
        # other program would have: the old file's, or the usual one under the user's umask.
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _problem(exc, target) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_target(target) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(target: Path, text: str) -> None:
    atomic_write_bytes(target, text.encode("utf-8"))
