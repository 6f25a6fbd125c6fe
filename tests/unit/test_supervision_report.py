"""The supervision register's figures, statements and due items (reports extension point)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from dancoso_desktop.domain import supervision as sv
from dancoso_desktop.domain.reporting import SLOT_KEYS, ReportKind, ReportPeriod
from dancoso_desktop.domain.supervision import Board, BoardCheck, BoardKind, BoardMember, BoardRecommendation
from dancoso_desktop.services import report_sources, supervision_report
from dancoso_desktop.services.supervision_service import SupervisionService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage.rows import SqliteRows
from dancoso_desktop.storage.supervision_reader import (
    BOARD_COLUMNS,
    DOC_COLUMNS,
    board_from_record,
    doc_from_record,
)


def test_registered_once() -> None:
    assert report_sources.CONTRIBUTORS.count("supervision_report") == 1
    assert report_sources.DUE_SOURCES.count("supervision_report") == 1


def test_demo_figures_count_their_records(demo_dir: Path, tmp_path: Path) -> None:
    d = tmp_path / "d"
    shutil.copytree(demo_dir, d)
    ws = open_workspace(d)
    try:
        c = supervision_report.contribute(ws.db, ReportPeriod.default(2026, ReportKind.YEAR))
    finally:
        ws.close()
    assert c.source == "supervision"
    for f in c.figures:
        assert f.code.startswith("supervision.")
        if f.records:
            assert f.value == len(f.records), f.code
    values = {f.code: f.value for f in c.figures}
    assert values["supervision.bttnd.recommendations"] == 2
    assert values["supervision.bttnd.answered_on_time"] == 1 and values["supervision.bttnd.overdue"] == 1
    assert values["supervision.bttnd.notice_late"] == 1
    assert values["supervision.bttnd.programmes.quarter"] == 4 and values["supervision.bttnd.programmes.year"] == 1
    assert values["supervision.bttnd.checks.verification"] == 1
    assert sum(values[f"supervision.bttnd.checks.{k}"] for k in ("inspection", "supervision", "verification")) \
        == values["supervision.bttnd.checks"]
    assert values["supervision.bgsdtcd.boards"] == 1 and values["supervision.agency_bttnd.members"] == 3
    assert values["supervision.petitions.received"] == sum(
        v for k, v in values.items() if k.startswith("supervision.petitions.kind."))
    assert {s.slot for s in c.statements} == {"supervise.bttnd", "supervise.bgsdtcd", "supervise.petitions",
                                              "internal.bttnd"} <= SLOT_KEYS
    codes = {f.code for f in c.figures}
    assert all(row.figure in codes for row in c.annex)


def test_empty_database_gives_zero_figures(workspace) -> None:  # type: ignore[no-untyped-def]
    c = supervision_report.contribute(workspace.db, ReportPeriod.default(2026, ReportKind.SIX_MONTHS))
    assert c.figures and all(f.value == 0 for f in c.figures)
    assert supervision_report.due(workspace.db, date(2026, 6, 1), date(2026, 7, 1)) == []


def test_due_list_clocks(workspace) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.commune import Unit, UnitKind
    from dancoso_desktop.services.commune_service import CommuneService

    units = CommuneService(workspace.db)
    hamlets = [units.save_unit(Unit(f"Thôn {i}", UnitKind.HAMLET)).id for i in range(5)]
    svc = SupervisionService(workspace.db)
    board = svc.save_board(Board(BoardKind.COMMUNE_BTTND, "Ban TTND", date(2026, 1, 1), date(2030, 12, 31),
                                 [BoardMember(f"N {i}", hamlet_id=h) for i, h in enumerate(hamlets)]))
    rec = svc.save_recommendation(BoardRecommendation(board.id, "Kiến nghị A", date(2026, 5, 20)))
    check = svc.save_check(BoardCheck(board.id, "Kiểm tra B", date(2026, 6, 15)))
    gs = svc.save_board(Board(BoardKind.BGSDTCD, "Ban GS", members=[BoardMember(f"G {i}") for i in range(5)],
                              project_name="Đường", supervision_start=date(2026, 7, 20)))
    items = supervision_report.due(workspace.db, date(2026, 6, 1), date(2026, 6, 30))
    by_ref = {(i.ref.kind, i.ref.id): i for i in items if i.ref}
    assert by_ref[("board_recommendation", rec.id)].due == date(2026, 6, 4)
    assert by_ref[("board_check", check.id)].due == date(2026, 6, 8)      # Mon 15/06 − 5 working days
    assert by_ref[("board", gs.id)].due == date(2026, 6, 5)               # 20/07 − 45 days
    reports = [i for i in items if i.category == "report"]
    assert {i.due for i in reports} == {date(2026, 3, 31), date(2026, 6, 30)}
    # Answered: the reply clock leaves the list.
    svc.save_recommendation(BoardRecommendation(board.id, "Kiến nghị A", date(2026, 5, 20), reply_on=date(2026, 6, 2),
                                                id=rec.id))
    items = supervision_report.due(workspace.db, date(2026, 6, 1), date(2026, 6, 30))
    assert ("board_recommendation", rec.id) not in {(i.ref.kind, i.ref.id) for i in items if i.ref}


def _counted(c) -> list:  # type: ignore[no-untyped-def]
    return [[(f.code, f.value, f.unit_vi, f.label_vi, f.records) for f in c.figures], c.statements, c.annex]


def test_plain_sqlite_counts_what_the_window_counts(demo_dir: Path, tmp_path: Path) -> None:
    """The export counts from a bare read-only sqlite3 connection, the window through Database.rows:
    the same figures, statements and annex, and no SQLAlchemy loaded by the module."""
    d = tmp_path / "d"
    shutil.copytree(demo_dir, d)
    ws = open_workspace(d)
    try:
        window = [_counted(supervision_report.contribute(ws.db, ReportPeriod.default(y, k)))
                  for y in (2025, 2026) for k in (ReportKind.SIX_MONTHS, ReportKind.YEAR)]
    finally:
        ws.close()
    con = sqlite3.connect(f"file:{d / 'dancoso.sqlite'}?mode=ro", uri=True)
    try:
        plain = [_counted(supervision_report.contribute(SqliteRows(con), ReportPeriod.default(y, k)))
                 for y in (2025, 2026) for k in (ReportKind.SIX_MONTHS, ReportKind.YEAR)]
    finally:
        con.close()
    assert plain == window
    assert any(f[1] for f in window[-1][0])          # the demo year counts something
    probe = ("import sys, dancoso_desktop.services.supervision_report; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.endswith(('_tables', "
             "'_service')) or m == 'dancoso_desktop.storage.database'))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_programmes_count_within_the_period_both_ends(workspace) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.commune import Unit, UnitKind
    from dancoso_desktop.services.commune_service import CommuneService

    period = ReportPeriod.default(2026, ReportKind.SIX_MONTHS)       # 15/12/2025 – 14/06/2026
    units = CommuneService(workspace.db)
    hamlets = [units.save_unit(Unit(f"Thôn {i}", UnitKind.HAMLET)).id for i in range(5)]
    svc = SupervisionService(workspace.db)
    board = svc.save_board(Board(BoardKind.COMMUNE_BTTND, "Ban TTND", date(2025, 1, 1), date(2030, 12, 31),
                                 [BoardMember(f"N {i}", hamlet_id=h) for i, h in enumerate(hamlets)]))
    assert board.id is not None
    issued = {1: period.start - timedelta(days=1), 2: period.start, 3: period.end,
              4: period.end + timedelta(days=1)}
    ids = {q: svc.save_doc(sv.BoardDoc(board.id, sv.DocKind.PROGRAMME, sv.PeriodKind.QUARTER, 2026, q, on)).id
           for q, on in issued.items()}
    # A programme without its date is not counted.
    svc.save_doc(sv.BoardDoc(board.id, sv.DocKind.PROGRAMME, sv.PeriodKind.YEAR, 2026, 1, None))
    c = supervision_report.contribute(workspace.db, period)
    figures = {f.code: f for f in c.figures}
    assert [r.id for r in figures["supervision.bttnd.programmes"].records] == [ids[2], ids[3]]
    assert figures["supervision.bttnd.programmes.quarter"].value == 2
    assert figures["supervision.bttnd.programmes.year"].value == 0


def test_one_mapping_reads_dates_and_iso_text() -> None:
    text = dict(zip(BOARD_COLUMNS, (7, "bgsdtcd", "Ban GS", "2026-01-01", None, "Đường", "Công ty A", "Thôn 1",
                                    1_000_000, "2026-07-20", "2026-06-01", None, None, ""), strict=True))
    dates = {**text, "term_start": date(2026, 1, 1), "supervision_start": date(2026, 7, 20),
             "investor_notified_on": date(2026, 6, 1)}
    assert board_from_record(text) == board_from_record(dates) == Board(
        BoardKind.BGSDTCD, "Ban GS", date(2026, 1, 1), project_name="Đường", investor="Công ty A", place="Thôn 1",
        project_value=1_000_000, supervision_start=date(2026, 7, 20), investor_notified_on=date(2026, 6, 1), id=7)
    doc = dict(zip(DOC_COLUMNS, (3, 7, "report", "half", 2026, 1, "2026-06-30", "BC", ""), strict=True))
    assert doc_from_record(doc) == doc_from_record({**doc, "issued_on": date(2026, 6, 30)}) == sv.BoardDoc(
        7, sv.DocKind.REPORT, sv.PeriodKind.HALF, 2026, 1, date(2026, 6, 30), "BC", "", 3)
