"""`dancoso backup [-o FILE]`, `dancoso restore FILE`, `dancoso check`, and offline by design."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
from pathlib import Path

import pytest

from dancoso_desktop.services import backup_service


def test_backup_check_restore_round_trip(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("plan", "new", "--year", "2026").code == 0
    made = cli("backup")
    assert made.code == 0 and "Đã sao lưu" in made.out
    newest = backup_service.last_good_backup(tmp_path / "data")
    assert newest is not None and str(newest.path) in made.out
    checked = cli("check", lang="en")
    assert checked.code == 0 and "healthy" in checked.out and newest.path.name in checked.out
    usb = tmp_path / "usb" / "ban-sao.sqlite"
    assert cli("backup", "-o", str(usb)).code == 0
    assert usb.is_file() and usb.with_name("ban-sao.sqlite.json").is_file()
    assert cli("plan", "new", "--year", "2027").code == 0
    restored = cli("restore", str(usb), lang="en")
    assert restored.code == 0, restored
    assert "before" in restored.out
    years = cli("plan", "list", "--json")
    assert '"year": 2027' not in years.out and '"year": 2026' in years.out


def test_check_reports_damage_with_exit_1(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("plan", "new", "--year", "2026").code == 0
    path = tmp_path / "data" / "dancoso.sqlite"
    with sqlite3.connect(path) as con:  # move the pages out of the -wal into the main file
        assert con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096: page * 4096 + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    result = cli("check")
    assert result.code == 1
    assert "bị hỏng" in result.err and "  - " in result.err


def test_restore_of_a_missing_file_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("restore", str(tmp_path / "khong-co.sqlite"))
    assert result.code == 1 and "Không tìm thấy" in result.err


def test_check_on_an_empty_folder_is_healthy(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("check", lang="en")
    assert result.code == 0 and "No backup yet" in result.out


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way to open a socket raises; a test then proves the code never tried."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args))
        raise OSError("network is blocked in this test")

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            refuse(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_runs_offline_through_demo_export_and_backup(cli, no_network: list[str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--year", "2026").code == 0
    for fmt in ("pdf", "docx", "xlsx", "json"):
        out = tmp_path / f"ke-hoach.{fmt}"
        result = cli("export", "plan", "--year", "2026", "--format", fmt, "-o", str(out))
        assert result.code == 0 and out.stat().st_size > 0, (fmt, result)
    assert cli("backup").code == 0
    assert cli("backup", "-o", str(tmp_path / "usb" / "b.sqlite")).code == 0
    assert cli("check").code == 0
    assert cli("restore", str(tmp_path / "usb" / "b.sqlite")).code == 0
    assert no_network == []


def test_restore_from_a_plain_copy_of_the_data_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("plan", "new", "--year", "2026").code == 0
    copy = tmp_path / "copy.sqlite"
    shutil.copy(tmp_path / "data" / "dancoso.sqlite", copy)
    # The live data moves on after the copy, so a restore that does nothing cannot pass.
    assert cli("plan", "new", "--year", "2027", "--from-year", "2026").code == 0
    assert {p["year"] for p in json.loads(cli("plan", "list", "--json").out)} == {2026, 2027}
    assert cli("restore", str(copy)).code == 0
    assert {p["year"] for p in json.loads(cli("plan", "list", "--json").out)} == {2026}
