"""Verified single-file backups with SQLite's backup API (design.md §3).

temp file beside the target → backup API → journal_mode=DELETE → fsync → atomic rename →
reopen read-only and quick_check. A failed backup never carries the final name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from dancoso_desktop.domain.errors import EnvironmentProblem


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; rename is durable enough there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def quick_check(path: Path, *, full: bool = False) -> list[str]:
    """Problems reported by quick_check (or integrity_check); empty when healthy."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        if full:
            problems += [f"foreign key: {r}" for r in con.execute("PRAGMA foreign_key_check").fetchall()]
        return problems
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        con.close()


def backup_database(source: Path, target: Path) -> Path:
    """Copy the live database into ``target`` as one self-contained, checked file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
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
                "Bản sao lưu vừa tạo không đạt kiểm tra; bản sao lưu cũ được giữ nguyên.",
                "The new backup failed its check; the older backups are kept.")
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
