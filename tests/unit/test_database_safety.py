"""Opening the database safely: pragmas in force, network shares and foreign files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dancoso_desktop.storage import database, datafile
from dancoso_desktop.storage.database import open_database
from dancoso_desktop.storage.datafile import APPLICATION_ID, is_unc, network_share
from dancoso_desktop.storage.errors import ForeignDatabase, NetworkShare

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//server/commune {root}/share cifs rw,vers=3.0 0 0
nas:/export {root}/nfs nfs4 rw 0 0
/dev/sdb1 {root}/usb vfat rw 0 0
"""


def test_pragmas_are_in_force_on_every_connection(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.sqlite")
    try:
        with db.engine.connect() as con:
            q = lambda name: con.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert q("foreign_keys") == 1
            assert q("busy_timeout") == database.BUSY_TIMEOUT_MS
            assert q("trusted_schema") == 0
            assert q("synchronous") == 2  # FULL
            assert str(q("journal_mode")).lower() == "wal"
            assert q("application_id") == APPLICATION_ID
    finally:
        db.close()


@pytest.fixture
def mounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    fake = tmp_path / "mounts"
    fake.write_text(MOUNTS.format(root=tmp_path), encoding="utf-8")
    monkeypatch.setattr(datafile, "MOUNTS", fake)
    return tmp_path


def test_network_mounts_are_recognised(mounts: Path) -> None:
    assert network_share(mounts / "share" / "dancoso") is not None
    assert "nfs4" in (network_share(mounts / "nfs") or "")
    assert network_share(mounts / "usb" / "data") is None
    assert network_share(mounts / "local") is None


def test_unc_paths_are_network_paths() -> None:
    assert is_unc(r"\\server\share\dancoso")
    assert is_unc(r"\\?\UNC\server\share")
    assert is_unc("//server/share")
    assert not is_unc(r"\\?\C:\Users\canbo")
    assert not is_unc(r"C:\Users\canbo\AppData")


def test_data_folder_on_a_network_share_is_refused_untouched(mounts: Path, cli) -> None:  # type: ignore[no-untyped-def]
    folder = mounts / "share" / "data"
    folder.mkdir(parents=True)
    with pytest.raises(NetworkShare) as err:
        open_database(folder / "dancoso.sqlite")
    assert "ổ mạng" in err.value.text("vi") and "network share" in err.value.text("en")
    assert list(folder.iterdir()) == []
    for command in (["check"], ["backup"], ["plan", "list"]):
        result = cli(*command, data=folder)
        assert result.code == 1 and "ổ mạng" in result.err, (command, result)
    assert list(folder.iterdir()) == []


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id=42")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(ForeignDatabase):
        open_database(path)
    assert path.read_bytes() == before


def test_database_swap_keeps_services_working(tmp_path: Path) -> None:
    first = open_database(tmp_path / "a.sqlite")
    other = open_database(tmp_path / "b.sqlite")
    with other.engine.begin() as con:
        con.exec_driver_sql("INSERT INTO settings(key, value) VALUES ('from', 'b')")
    other.close()
    copy = tmp_path / "prepared.sqlite"
    copy.write_bytes((tmp_path / "b.sqlite").read_bytes())
    first.swap_file(copy)
    with first.engine.connect() as con:
        assert con.exec_driver_sql("SELECT value FROM settings WHERE key='from'").scalar() == "b"
    first.close()
