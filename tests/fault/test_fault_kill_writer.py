"""SIGKILL a writer at random points, ≥200 times: nothing acknowledged is ever lost (design.md §3, §8).

Two lanes run side by side (CI has two cores), each with its own data folder; children come from a
fork server with the app preloaded, so 208 kills take well under a minute. After every kill the
database is reopened: integrity_check and foreign_key_check are clean and every commit the writer acknowledged is there.
"""

from __future__ import annotations

import random
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.fault import child as target
from tests.fault.harness import Child

LANES = 2
KILLS_PER_LANE = 104  # 208 kills in all


class Expected:
    """What the writer acknowledged, replayed: sections with titles, leads, deletions, units."""

    def __init__(self) -> None:
        self.sections: dict[int, str] = {}
        self.leads: dict[int, int] = {}
        self.units: set[int] = set()
        self.pending: str | None = None   # the edit sent as intent but not acknowledged

    def apply(self, line: str) -> None:
        if line.startswith("? "):
            self.pending = line[2:]
            return
        self.pending = None
        kind, _, rest = line.partition(" ")
        if kind == "A":
            sid, _, title = rest.partition(" ")
            self.sections[int(sid)] = title
        elif kind == "L":
            sid, uid = map(int, rest.split())
            self.leads[sid] = uid
        elif kind == "D":
            self.sections.pop(int(rest), None)
            self.leads.pop(int(rest), None)
        elif kind == "U":
            self.units.add(int(rest))

    def verify(self, db: Path) -> None:
        con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            titles = dict(con.execute("SELECT id, title FROM plan_sections").fetchall())
            leads = dict(con.execute("SELECT id, lead_unit_id FROM plan_sections").fetchall())
            units = {r[0] for r in con.execute("SELECT id FROM units")}
        finally:
            con.close()
        # The one edit in flight at the kill may or may not have landed; both are correct.
        kind, *ids = (self.pending or "-").split()
        if kind == "D" and int(ids[0]) not in titles:
            self.apply(self.pending or "")
        elif kind == "L" and leads.get(int(ids[0])) == int(ids[1]):
            self.apply(self.pending or "")
        self.pending = None
        for sid, title in self.sections.items():
            assert titles.get(sid) == title, f"acknowledged section {sid} lost"
        for sid, uid in self.leads.items():
            assert leads.get(sid) == uid, f"acknowledged lead unit of {sid} lost"
        assert self.units <= units, "acknowledged units lost"


def run_lane(folder: Path, lane: int) -> int:
    rng = random.Random(f"lane-{lane}")
    folder.mkdir()
    expected = Expected()
    kills = 0
    for round_ in range(KILLS_PER_LANE):
        child = Child(target.write, folder, lane * 1000 + round_)
        try:
            assert child.read() == "ready"
            for _ in range(rng.randint(0, 25)):
                expected.apply(child.read())
            # A random offset inside the next operation (not a wait for anything).
            end = time.perf_counter() + rng.random() * 0.004
            while time.perf_counter() < end:
                pass
        finally:
            child.kill()
        kills += 1
        for line in child.leftover:
            expected.apply(line)
        expected.verify(folder / "dancoso.sqlite")
    return kills


@pytest.mark.slow
def test_sigkill_writer_at_random_points_loses_no_acknowledged_commit(tmp_path: Path) -> None:
    started = time.perf_counter()
    with ThreadPoolExecutor(LANES) as pool:
        kills = sum(pool.map(lambda lane: run_lane(tmp_path / f"lane{lane}", lane), range(LANES)))
    assert kills >= 200
    print(f"\n{kills} SIGKILLs in {time.perf_counter() - started:.1f} s")
