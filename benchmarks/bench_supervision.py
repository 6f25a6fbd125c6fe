"""Supervision registers (issue 13) with 20,000 petitions and 5,000 board recommendations in a year.

- A page of the petition register (201 rows, a two-word tone-folded search) in ≤ 0.1 s; the
  reference is the same query written by hand with sqlite3 on the same file.
- A page of the recommendations filtered to "overdue" (the 15-day clock computed in SQL) in
  ≤ 0.1 s, with the same kind of reference.
- The year's report contribution (every figure, statement and annex row) in ≤ 1 s (INFO beside it:
  the reference is reading the same rows with sqlite3).
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from benchmarks.harness import Harness

YEAR = 2026
PETITIONS = 20_000
RECOMMENDATIONS = 5_000


def _fill(ws) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.supervision import (
        Board,
        BoardKind,
        BoardMember,
        Petition,
        PetitionChannel,
        PetitionKind,
    )
    from dancoso_desktop.domain.text import fold
    from dancoso_desktop.services.petition_service import PetitionService
    from dancoso_desktop.services.supervision_service import SupervisionService

    rng = random.Random(13)
    summaries = ["Đèn đường liên thôn bị hỏng", "Đề nghị sửa cống thoát nước", "Khiếu nại xét hộ cận nghèo",
                 "Rác thải không đúng nơi quy định", "Tố cáo lấn chiếm hành lang giao thông"]
    svc = PetitionService(ws.db)
    for start in range(0, PETITIONS, 2000):
        batch = []
        for i in range(start, start + 2000):
            received = date(YEAR, 1, 1) + timedelta(days=i % 360)
            batch.append(Petition(received, list(PetitionKind)[i % 4], list(PetitionChannel)[i % 7],
                                  f"{summaries[i % 5]} số {i}", f"Công dân {i}",
                                  answer_due=received + timedelta(days=15),
                                  answered_on=received + timedelta(days=rng.randint(5, 25)) if i % 3 else None))
        svc.save_many(batch)
    board = SupervisionService(ws.db).save_board(Board(BoardKind.BGSDTCD, "Ban giám sát", project_name="Đường",
                                                       members=[BoardMember(f"TV {i}") for i in range(5)]))
    with ws.db.engine.begin() as con:
        rows = []
        for i in range(RECOMMENDATIONS):
            received = date(YEAR, 1, 1) + timedelta(days=i % 360)
            text = f"Kiến nghị số {i} về chất lượng công trình"
            reply = (received + timedelta(days=rng.randint(3, 30))).isoformat() if i % 2 else None
            rows.append((board.id, text, "Ủy ban nhân dân xã", received.isoformat(), reply, "", fold(text)))
        con.exec_driver_sql(
            "INSERT INTO supervision_recommendations (board_id, text, addressee, received_on, reply_on, reply_text,"
            " search_key) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def run(h: Harness) -> None:
    from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
    from dancoso_desktop.domain.supervision import Clock
    from dancoso_desktop.services import supervision_report
    from dancoso_desktop.services.petition_service import PetitionFilter, PetitionService
    from dancoso_desktop.services.supervision_service import RecommendationFilter, SupervisionService
    from dancoso_desktop.services.workspace import open_workspace

    folder = Path(h.tmp("supervision"))
    ws = open_workspace(folder)
    try:
        if PetitionService(ws.db).count(PetitionFilter()) == 0:
            _fill(ws)
        today = date(YEAR, 12, 1)
        petitions = PetitionService(ws.db)
        sup = SupervisionService(ws.db)
        db_file = next(folder.glob("*.sqlite"))

        def raw(sql: str, *args: object) -> None:
            with sqlite3.connect(db_file) as con:
                con.execute(sql, args).fetchall()

        f = PetitionFilter(YEAR, "den duong")
        h.record("petition page, search 2 words", h.time(lambda: petitions.rows(f, limit=201, today=today)),
                 target="≤ 0.1 s", limit_s=0.1, reference="sqlite3 same query",
                 reference_runs=h.time(lambda: raw(
                     "SELECT * FROM petitions WHERE received_on BETWEEN ? AND ? AND search_key LIKE ? AND search_key"
                     " LIKE ? ORDER BY received_on, id LIMIT 201", f"{YEAR}-01-01", f"{YEAR}-12-31", "%den%",
                     "%duong%")))
        rf = RecommendationFilter(YEAR, clock=Clock.OVERDUE)
        h.record("recommendations page, overdue", h.time(lambda: sup.recommendation_rows(rf, limit=201, today=today)),
                 target="≤ 0.1 s", limit_s=0.1, reference="sqlite3 same query",
                 reference_runs=h.time(lambda: raw(
                     "SELECT * FROM supervision_recommendations WHERE received_on BETWEEN ? AND ? AND reply_on IS NULL"
                     " AND received_on < ? ORDER BY received_on, id LIMIT 201", f"{YEAR}-01-01", f"{YEAR}-12-31",
                     (today - timedelta(days=15)).isoformat())))
        period = ReportPeriod.default(YEAR, ReportKind.YEAR)
        h.record("report contribution of the year", h.time(lambda: supervision_report.contribute(ws.db, period)),
                 target="≤ 1 s", limit_s=1.0, reference="sqlite3 reads the same rows",
                 reference_runs=h.time(lambda: raw("SELECT * FROM petitions WHERE received_on BETWEEN ? AND ?",
                                                   period.start.isoformat(), period.end.isoformat())))
    finally:
        ws.close()
