"""Every command gives the data file back when it ends: its last connection is closed, which
checkpoints the WAL into the file and removes the -wal. A command that leaves it to the garbage
collector writes to the data file at some later, unknown moment (seen as a flaky "file unchanged"
check when commands run in one process)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def no_cycle_collector() -> Iterator[None]:
    # Without the cycle collector an unclosed engine stays open until the test ends, so a
    # command that forgets to close is caught every time, not only when gc happens not to run.
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


COMMANDS = [
    ("plan", "new", "--year", "2026"),
    ("plan", "list"),
    ("plan", "show", "--year", "2026"),
    ("disclosures", "plan", "--year", "2026"),
    ("disclosures", "list", "--year", "2026"),
    ("inspections", "list", "--year", "2026"),
    ("export", "plan", "--year", "2026", "--format", "json", "-o", "{out}/plan.json"),
    ("export", "plan", "--year", "2026", "--format", "xlsx", "-o", "{out}/plan.xlsx"),
    ("export", "disclosures", "--year", "2026", "--format", "xlsx", "-o", "{out}/r.xlsx"),
    ("plan", "show", "--year", "1999"),  # refused: the folder is closed on the error path too
    ("backup",),
    ("check",),
]


def test_each_command_closes_the_data_file(cli, data_dir: Path, tmp_path: Path, no_cycle_collector: None) -> None:  # type: ignore[no-untyped-def]
    wal = data_dir / "dancoso.sqlite-wal"
    for command in COMMANDS:
        args = [a.format(out=tmp_path) for a in command]
        result = cli(*args)
        assert result.code in (0, 1), (command, result)
        # A read-only open (check) may leave an empty -wal: nothing in it is waiting to be written.
        assert not wal.exists() or wal.stat().st_size == 0, f"{' '.join(command)} left the data file open"
