"""fileio.atomic_target: the written file is whole or absent, and gets ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dancoso_desktop import fileio
from dancoso_desktop.fileio import atomic_target

posix_modes = pytest.mark.skipif(os.name != "posix", reason="file mode bits are a POSIX notion")


@posix_modes
def test_a_new_file_gets_the_usual_mode_not_a_private_one(tmp_path: Path) -> None:
    target = tmp_path / "Kế hoạch 2026.pdf"
    with atomic_target(target) as tmp:
        tmp.write_bytes(b"%PDF-1.4")
        assert stat.S_IMODE(os.stat(tmp).st_mode) == 0o600   # what mkstemp makes
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~fileio._UMASK
    assert target.read_bytes() == b"%PDF-1.4"


@posix_modes
def test_replacing_a_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_target(target) as tmp:
        tmp.write_bytes(b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_bytes() == b"new"


def test_a_failure_leaves_the_old_file_and_no_part_file(tmp_path: Path) -> None:
    target = tmp_path / "kh.docx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_target(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("renderer failed")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["kh.docx"]
