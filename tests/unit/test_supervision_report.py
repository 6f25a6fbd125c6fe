"""The supervision register's figures, statements and due items (reports extension point)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from dancoso_desktop.domain.reporting import SLOT_KEYS, ReportKind, ReportPeriod
from dancoso_desktop.domain.supervision import Board, BoardCheck, BoardKind, BoardMember, BoardRecommendation
from dancoso_desktop.services import report_sources, supervision_report
from dancoso_desktop.services.supervision_service import SupervisionService
from dancoso_desktop.services.workspace import open_workspace


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
