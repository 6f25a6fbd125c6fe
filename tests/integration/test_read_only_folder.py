"""Reading still works when writing cannot (issue 15 item 6): a full disk, a read-only data
folder, a database on a CD. Every command that only reads works and says once that the folder
is read-only; a write gets the refusal it gets today, and nothing changes.

Tests run as root in CI, where permission bits stop nothing: the folder's refusal is made by
the write probe (the same check the program makes), the read-only open is SQLite's real
``mode=ro``, and a real read-only mount is used where the machine allows one."""

from __future__ import annotations

import errno
import hashlib
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dancoso_desktop import paths
from dancoso_desktop.domain.errors import EnvironmentProblem, current_language, set_language
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage import datafile
from dancoso_desktop.storage.database import open_database_read_only

READING = [
    ("plan", "list"),
    ("plan", "show", "--year", "2026"),
    ("check",),
    ("disclosures", "list", "--year", "2026"),
    ("inspections", "list", "--year", "2026"),
]


@pytest.fixture(autouse=True)
def _language_back() -> Iterator[None]:
    """`--lang en` sets the language of messages for the process: give it back."""
    lang = current_language()
    yield
    set_language(lang)


def digest(folder: Path) -> dict[str, str]:
    """The files of the folder by content. A read-only SQLite connection may leave an empty
    -wal and the -shm index where the folder (really) takes files: no data in either."""
    wal = folder / f"{paths.DB_FILENAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


@pytest.fixture
def filled(demo_dir: Path, tmp_path: Path) -> Path:
    """A copy of the demo folder, closed cleanly (no -wal, no -shm: as copied to a CD)."""
    d = tmp_path / "filled"
    shutil.copytree(demo_dir, d, ignore=shutil.ignore_patterns("*-wal", "*-shm", "backups"))
    return d


def refuse_writes(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    """The folder takes no new file, as a full disk (ENOSPC) or a read-only one (EROFS) would."""
    real = datafile.write_probe

    def probe(target: Path) -> OSError | None:
        if Path(target).resolve() == folder.resolve():
            return OSError(code, {errno.ENOSPC: "No space left on device", errno.EROFS: "Read-only file system"}[code])
        return real(target)
    monkeypatch.setattr(datafile, "write_probe", probe)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_reading_commands_work_and_say_so_once_and_a_write_is_refused(
        cli: Callable[..., object], filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    before = digest(filled)
    refuse_writes(monkeypatch, filled, code)
    for args in READING:
        r = cli(*args, data=filled, lang="en")
        assert r.code == 0, (args, r.err)   # type: ignore[attr-defined]
        assert r.out.strip()                 # type: ignore[attr-defined]
        if args != ("check",):               # check reads the file without opening the folder
            assert r.err.count("opened read-only") == 1, (args, r.err)  # type: ignore[attr-defined]
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("pdf", "docx", "xlsx"):
        r = cli("export", "plan", "--year", "2026", "--format", fmt, "-o", str(out / f"plan.{fmt}"), data=filled)
        assert r.code == 0, r.err  # type: ignore[attr-defined]
    r = cli("export", "disclosures", "--year", "2026", "--format", "xlsx", "-o", str(out / "reg.xlsx"), data=filled)
    assert r.code == 0, r.err  # type: ignore[attr-defined]
    assert {p.name for p in out.iterdir()} == {"plan.pdf", "plan.docx", "plan.xlsx", "reg.xlsx"}
    # A write gets today's refusal, with the reason the folder gave.
    r = cli("plan", "new", "--year", "2027", data=filled, lang="en")
    assert r.code == 1  # type: ignore[attr-defined]
    reason = "No space left on device" if code == errno.ENOSPC else "Read-only file system"
    assert f"Cannot write to the data folder {filled}: {reason}" in r.err  # type: ignore[attr-defined]
    assert "Traceback" not in r.err  # type: ignore[attr-defined]
    assert digest(filled) == before


def test_a_real_read_only_open_reads_and_refuses_every_write(filled: Path) -> None:
    db_path = filled / paths.DB_FILENAME
    before = digest(filled)
    refusal = EnvironmentProblem("Không ghi được vào thư mục dữ liệu", "Cannot write to the data folder")
    db = open_database_read_only(db_path, refusal)
    try:
        plans = PlanService(db)
        assert 2026 in [p.year for p in plans.list_plans()]
        assert db.pragma("query_only") in (0, 1)   # a connection is made through the gate
        with pytest.raises(EnvironmentProblem) as err:
            plans.create_plan(Plan(year=2027, title="Kế hoạch 2027"))
        assert err.value is refusal
        with db.connect() as con:
            with pytest.raises(Exception, match="readonly"):
                con.exec_driver_sql("UPDATE plans SET title = 'x'")
    finally:
        db.close()
    assert digest(filled) == before
    assert 2027 not in [p.year for p in PlanService(open_workspace(filled).db).list_plans()]


def test_a_file_that_needs_writing_to_open_is_refused_with_the_folders_message(
        filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_writes(monkeypatch, filled, errno.ENOSPC)
    datafile.migration_marker(filled / paths.DB_FILENAME).write_text("{}", encoding="utf-8")
    with pytest.raises(EnvironmentProblem, match=r"Cannot write to the data folder|Không ghi được"):
        open_workspace(filled)
    empty = filled.parent / "empty"
    empty.mkdir()
    refuse_writes(monkeypatch, empty, errno.ENOSPC)
    with pytest.raises(EnvironmentProblem):
        open_workspace(empty)        # nothing to read: the refusal as before


@pytest.fixture
def read_only_mount(filled: Path, tmp_path: Path) -> Iterator[Path]:
    """``filled`` seen through a read-only bind mount (a CD as the system sees it)."""
    target = tmp_path / "cd"
    target.mkdir()
    ok = subprocess.run(["mount", "--bind", str(filled), str(target)], capture_output=True).returncode == 0
    if ok and subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], capture_output=True).returncode:
        subprocess.run(["umount", str(target)], check=False)
        ok = False
    if not ok:
        pytest.skip("this machine does not allow a read-only bind mount (needs CAP_SYS_ADMIN); "
                    "the tests above cover the same paths through the write probe")
    try:
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=True)


def test_a_database_on_a_read_only_medium(cli: Callable[..., object], read_only_mount: Path,
                                          tmp_path: Path) -> None:
    """No -shm beside the file and no way to make one: opened ``immutable``."""
    assert datafile.write_probe(read_only_mount) is not None
    con, immutable = datafile.connect_read_only(read_only_mount / paths.DB_FILENAME)
    con.close()
    assert immutable
    for args in READING:
        r = cli(*args, data=read_only_mount, lang="en")
        assert r.code == 0, (args, r.err)  # type: ignore[attr-defined]
    r = cli("export", "plan", "--year", "2026", "--format", "pdf", "-o", str(tmp_path / "p.pdf"), data=read_only_mount)
    assert r.code == 0, r.err  # type: ignore[attr-defined]
    r = cli("plan", "new", "--year", "2027", data=read_only_mount, lang="en")
    assert r.code == 1 and "Read-only file system" in r.err  # type: ignore[attr-defined]


def test_the_window_opens_a_read_only_folder_and_refuses_edits(qtbot, filled: Path,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from dancoso_desktop.ui.main_window import MainWindow
    from dancoso_desktop.ui.widgets.messages import Messages

    shown: list[str] = []
    monkeypatch.setattr(Messages, "user_error", classmethod(lambda cls, p, exc: shown.append(exc.text("en"))))
    monkeypatch.setattr(Messages, "warning", classmethod(lambda cls, p, t, text: shown.append(text)))
    refuse_writes(monkeypatch, filled, errno.ENOSPC)
    before = digest(filled)
    ws = open_workspace(filled)
    try:
        assert ws.read_only is not None
        w = MainWindow(ws)
        qtbot.addWidget(w)
        w.show()
        safety = w.data_safety
        assert "Read-only" in safety.status.text() or "Chỉ đọc" in safety.status.text()
        assert "No space left on device" in safety.status.toolTip()
        assert not safety.backup_action.isEnabled() and not safety.restore_action.isEnabled()
        # An edit the window makes through a service gets the folder's refusal; nothing is stored.
        with pytest.raises(EnvironmentProblem) as err:
            PlanService(ws.db).create_plan(Plan(year=2027, title="Kế hoạch 2027"))
        assert "No space left on device" in err.value.en
        w.show_error(err.value)
        assert shown and "No space left on device" in shown[-1]
        w.close()
    finally:
        ws.close()
    after = digest(filled)
    # The window's size and place (settings.ini): Qt writes it where it can and gives up
    # silently where it cannot, as in a really read-only folder. The data is untouched.
    after.pop("settings.ini", None)
    assert after == before
