"""Community decisions stored and read back, refused input changes nothing, the retired hamlet,
the demo, the report contribution and the due list (issue 12)."""

from __future__ import annotations

import sqlite3
from datetime import date
from unicodedata import normalize

import pytest
from sqlalchemy import func, select

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.decision import Decision, HamletVote, Matter, Recognition, Scope, VoteForm
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.services import decision_report, report_sources
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.decision_query import DecisionFilter, DecisionQuery
from dancoso_desktop.services.decision_service import DecisionService
from dancoso_desktop.services.demo import create_demo
from dancoso_desktop.storage import decision_reader
from dancoso_desktop.storage.decision_tables import DecisionRow, DecisionVoteRow
from dancoso_desktop.storage.rows import SqliteRows


@pytest.fixture
def hamlet(workspace):  # type: ignore[no-untyped-def]
    return CommuneService(workspace.db).save_unit(Unit("Thôn Nà Rụa", UnitKind.HAMLET, households=450))


def _count(ws, table) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def test_a_vote_is_stored_with_its_result(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    svc = DecisionService(workspace)
    votes = svc.hamlet_votes()
    assert votes[0].households == 450          # from the units catalogue
    votes[0].present, votes[0].votes_for, votes[0].votes_against = 400, 312, 80
    saved = svc.save(Decision(2026, Matter.CONTRIBUTION, normalize("NFD", "Đóng góp làm đường"), votes=votes,
                              vote_date=date(2026, 4, 29)))
    with workspace.db.session() as s:
        row = s.get(DecisionRow, saved.id)
        assert row.title == "Đóng góp làm đường"          # NFC
        assert row.passed is True and row.rule == "two_thirds"
        assert row.result_text.startswith("đạt: 312/450 hộ = 69,3% ≥ 2/3")
        assert row.households == 450 and row.votes_for == 312
        assert row.send_due is not None and row.send_due > date(2026, 5, 5)   # holidays 30/4, 1/5
    again = svc.get(saved.id or 0)
    assert again.votes[0].votes_for == 312 and again.votes[0].hamlet_name == "Thôn Nà Rụa"
    line = DecisionQuery(workspace.db).page(DecisionFilter(year=2026, search="dong gop"))
    assert [x.id for x in line] == [saved.id]


@pytest.mark.parametrize("change", [
    lambda d: setattr(d.votes[0], "votes_for", 500),
    lambda d: setattr(d.votes[0], "present", -1),
    lambda d: setattr(d.votes[0], "votes_for", 1.5),
    lambda d: setattr(d.votes[0], "households", 0),
    lambda d: setattr(d, "form", VoteForm.ONLINE),
    lambda d: setattr(d, "decision_date", date(2026, 4, 1)),
    lambda d: setattr(d, "title", "x" * 1_000_001),
    lambda d: setattr(d, "title", " \u200b "),
])
def test_refused_input_changes_nothing(workspace, hamlet, change) -> None:  # type: ignore[no-untyped-def]
    svc = DecisionService(workspace)
    d = Decision(2026, Matter.CONTRIBUTION, "Làm đường", votes=svc.hamlet_votes(), vote_date=date(2026, 4, 29))
    d.votes[0].present, d.votes[0].votes_for = 400, 300
    change(d)
    with pytest.raises(ValidationError) as info:
        svc.save(d)
    assert info.value.vi and info.value.en
    assert _count(workspace, DecisionRow) == 0 and _count(workspace, DecisionVoteRow) == 0


def test_hostile_text_is_stored_as_text(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    svc = DecisionService(workspace)
    d = svc.save(Decision(2026, Matter.OTHER, "=HYPERLINK(\"x\")<b>&", votes=svc.hamlet_votes(),
                          notes="+cmd|' /C calc'!A0", place="-1+1"))
    assert svc.get(d.id or 0).title == "=HYPERLINK(\"x\")<b>&"


def test_a_hamlet_with_decisions_is_retired_not_deleted(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    svc = DecisionService(workspace)
    svc.save(Decision(2026, Matter.OTHER, "Việc chung", votes=svc.hamlet_votes()))
    communes = CommuneService(workspace.db)
    with pytest.raises(ValidationError, match="Ngừng sử dụng"):
        communes.delete_unit(hamlet.id)
    communes.set_retired(hamlet.id, True)
    assert svc.decisions(2026)[0].votes[0].hamlet_name == "Thôn Nà Rụa"


def test_demo_report_and_due_list(workspace) -> None:  # type: ignore[no-untyped-def]
    create_demo(workspace, 2026, 1)
    svc = DecisionService(workspace)
    decisions = svc.decisions(2026)
    assert 8 <= len(decisions) <= 15
    results = {d.title: svc.evaluate(d)[0] for d in decisions}
    failed = results["Đóng góp xây dựng cầu tràn qua suối"]
    assert failed is not None and not failed.passed and failed.rule == "two_thirds"
    d = next(d for d in decisions if d.title == "Đóng góp xây dựng cầu tràn qua suối")
    assert d.votes[0].votes_for * 2 > d.votes[0].present        # most of those present agreed
    assert any(d.scope is Scope.COMMUNE for d in decisions)
    assert any(d.election is not None for d in decisions)
    heads = svc.heads()
    assert all(h.name for h in heads)
    assert "Hà Văn Quân" in {h.name for h in heads}              # the recognised election

    period = ReportPeriod.default(2026, ReportKind.YEAR)
    contribution = decision_report.contribute(workspace.db, period)
    assert contribution.source == "decisions"
    for f in contribution.figures:
        assert f.code.startswith("decisions.")
        if f.records:
            assert f.value == len(f.records)
    assert contribution.figure("decisions.failed").value >= 1
    assert {s.slot for s in contribution.statements} == {"decide", "decide.meeting", "decide.ballot",
                                                         "decide.online", "decide.hamlet_head"}
    assert "decision_report" in report_sources.CONTRIBUTORS
    items = report_sources.due_items(workspace.db, date(2026, 11, 30), date(2026, 12, 31))
    mine = [i for i in items if i.source == "decisions"]
    assert any(i.title.startswith("Gửi kết quả") for i in mine)
    assert any(i.title.startswith("Công nhận") for i in mine)
    assert all(i.ref is not None and i.ref.kind == "decision" for i in mine)


def test_plain_sql_reads_the_decisions_the_orm_reads(workspace) -> None:  # type: ignore[no-untyped-def]
    # Reports count through storage.decision_reader (plain SQL, no SQLAlchemy); the service reads
    # the same rows through the ORM: both must give the same decisions and the same figures.
    create_demo(workspace, 2026, 1)
    svc = DecisionService(workspace)
    orm = [d for d in svc.decisions(2026) if d.vote_date is not None]
    assert any(d.election is not None and d.election.plan_date is not None for d in orm)
    assert any(d.recognised_on is not None for d in orm) and any(d.sent_on is not None for d in orm)
    period = ReportPeriod.default(2026, ReportKind.YEAR)
    con = sqlite3.connect(f"{workspace.db.path.as_uri()}?mode=ro", uri=True)
    try:
        bare = SqliteRows(con)
        plain = decision_reader.decisions_voted(bare, period.start, period.end)
        assert sorted(plain, key=lambda d: d.id or 0) == sorted(orm, key=lambda d: d.id or 0)
        assert decision_reader.decisions_voted(workspace.db, period.start, period.end) == plain
        assert decision_report.contribute(bare, period) == decision_report.contribute(workspace.db, period)
    finally:
        con.close()
    first = orm[0]
    assert decision_reader.decisions_voted(workspace.db, first.vote_date, first.vote_date)  # both ends included


def test_recognition_pending_by_default_for_items_3_to_5(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    svc = DecisionService(workspace)
    votes = svc.hamlet_votes()
    votes[0].present, votes[0].votes_for = 300, 250
    d = svc.save(Decision(2026, Matter.VILLAGE_RULES, "Hương ước", votes=votes, vote_date=date(2026, 5, 4),
                          received_on=date(2026, 5, 5)))
    assert d.recognition is Recognition.PENDING
    assert svc.evaluate(d)[1]["recognition_due"] == date(2026, 5, 12)
    with pytest.raises(ValidationError):
        svc.save(Decision(2026, Matter.OTHER, "x", votes=[HamletVote(hamlet.id, 450, 10, 5),
                                                           HamletVote(hamlet.id, 450, 10, 5)], scope=Scope.SEVERAL))


def test_dismissal_by_petition_sets_the_interim_head_and_the_reelection_clock(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.decision import DismissalGround, Election, ElectionKind
    from dancoso_desktop.domain.decision_rules import Problem

    svc = DecisionService(workspace)
    e = Election(ElectionKind.DISMISSAL, ground=DismissalGround.PETITION, petition_households=224,
                 interim_name="Lò Văn Tạm")
    votes = [HamletVote(hamlet.id, 450, 400, 300, hamlet_name="Thôn Nà Rụa")]
    d = svc.save(Decision(2026, Matter.HAMLET_HEAD, "Cho thôi làm Trưởng thôn", votes=votes, election=e,
                          vote_date=date(2026, 3, 2), received_on=date(2026, 3, 3),
                          recognition=Recognition.RECOGNISED, recognised_on=date(2026, 3, 6)))
    assert Problem.PETITION_TOO_FEW in svc.problems(d)          # 224 < 225 = 50% of 450
    head = next(h for h in svc.heads() if h.unit_id == hamlet.id)
    assert head.name == "Lò Văn Tạm" and head.interim and head.interim_until == date(2026, 9, 6)
    items = decision_report.due(workspace.db, date(2026, 4, 1), date(2026, 5, 31))
    again = [i for i in items if i.title.startswith("Bầu lại")]
    assert again and again[0].due == date(2026, 5, 5)            # 6/3 + 60 days


def test_upcoming_meeting_and_election_steps_are_due(workspace, hamlet) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.decision import Election, ElectionKind

    svc = DecisionService(workspace)
    votes = [HamletVote(hamlet.id, 450, 0, 0, hamlet_name="Thôn Nà Rụa")]
    svc.save(Decision(2026, Matter.CONTRIBUTION, "Họp bàn làm đường", votes=votes, vote_date=date(2026, 6, 20)))
    svc.save(Decision(2026, Matter.HAMLET_HEAD, "Bầu Trưởng thôn Nà Rụa", votes=votes, vote_date=date(2026, 7, 1),
                      election=Election(ElectionKind.ELECTION, plan_date=date(2026, 6, 8))))
    items = decision_report.due(workspace.db, date(2026, 6, 10), date(2026, 6, 30))
    by_title = {i.title: i.due for i in items}
    assert by_title["Thông báo họp (Mẫu 01): Họp bàn làm đường"] == date(2026, 6, 18)
    # T = 1/7: candidates by 16/6, election team by 21/6, notices by 24/6; the plan is done.
    assert by_title["Danh sách người ứng cử (Mẫu 05): Bầu Trưởng thôn Nà Rụa"] == date(2026, 6, 16)
    assert by_title["Thành lập Tổ bầu cử: Bầu Trưởng thôn Nà Rụa"] == date(2026, 6, 21)
    assert not any(t.startswith("Quyết định, kế hoạch bầu cử") for t in by_title)
