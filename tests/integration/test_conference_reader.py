"""The conferences read with plain SQL (storage/conference_reader.py): over a bare sqlite3
connection they are the very records the services give in the window, dates as dates, and the
report counts them the same either way."""

from __future__ import annotations

import sqlite3
from datetime import date

from dancoso_desktop.domain.commune import Commune, Unit, UnitKind
from dancoso_desktop.domain.conference import DialogueConference, DialogueQuestion, YearEndConference
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.domain.staff_conference import ResolutionReview, StaffConference
from dancoso_desktop.services import conference_report
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.conference_service import ConferenceService
from dancoso_desktop.services.staff_conference_service import StaffConferenceService
from dancoso_desktop.storage import conference_reader
from dancoso_desktop.storage.rows import SqliteRows


def _fill(workspace):  # type: ignore[no-untyped-def]
    cs = CommuneService(workspace.db)
    cs.save_commune(Commune("Tỉnh Thử", "Hòa An"))
    east = cs.save_unit(Unit("Thôn Đông", UnitKind.HAMLET, households=100)).id or 0
    west = cs.save_unit(Unit("Thôn Tây", UnitKind.HAMLET, households=80)).id or 0
    old = cs.save_unit(Unit("Thôn Cũ", UnitKind.HAMLET, households=40)).id or 0
    gone = cs.save_unit(Unit("Thôn Bỏ", UnitKind.HAMLET, households=10)).id or 0
    school = cs.save_unit(Unit("Trường Tiểu học", UnitKind.PUBLIC_UNIT)).id or 0
    conferences = ConferenceService(workspace.db)
    conferences.save_year_end(YearEndConference(2026, east, held_on=date(2026, 12, 20), convocation_on=date(2026, 12, 14),
                                                households_invited=100, households_present=80, proposals_received=5,
                                                proposals_answered=3, proposals_forwarded=2,
                                                report_received_on=date(2026, 12, 22)))
    conferences.save_year_end(YearEndConference(2026, west, planned_on=date(2026, 12, 27)))
    conferences.save_year_end(YearEndConference(2026, old, held_on=date(2026, 12, 5), households_invited=40,
                                                households_present=30))
    cs.set_retired(old, True)      # retired with a record that year: still counted for 2026
    cs.set_retired(gone, True)     # retired without one: not a hamlet of 2026
    conferences.save_dialogue(DialogueConference(date(2026, 6, 18), place="Hội trường", topic="Đất đai", questions=[
        DialogueQuestion("Khi nào làm đường?", "Ông A", "Quý III"), DialogueQuestion("Nước sạch?", "Bà B")]))
    staff = StaffConferenceService(workspace.db)
    staff.save(StaffConference(2025, date(2026, 3, 18), staff_total=24, present=22, votes_for=21,
                               resolution_date=date(2026, 3, 18),
                               reviews=[ResolutionReview(date(2026, 9, 18), "Đạt", date(2026, 9, 20)),
                                        ResolutionReview(date(2027, 3, 10), "Đạt")]))
    staff.save(StaffConference(2025, date(2026, 4, 2), unit_id=school, staff_total=30, present=19, votes_for=10))
    return conferences, staff


def test_the_reader_over_sqlite3_gives_the_services_records(workspace) -> None:  # type: ignore[no-untyped-def]
    conferences, staff = _fill(workspace)
    con = sqlite3.connect(f"file:{workspace.db.path}?mode=ro", uri=True)
    try:
        plain = SqliteRows(con)
        statuses = conference_reader.hamlet_statuses(plain, 2026)
        assert statuses == conferences.hamlet_statuses(2026)
        assert [s.hamlet_name for s in statuses] == ["Thôn Đông", "Thôn Tây", "Thôn Cũ"]
        assert [s.held for s in statuses] == [True, False, True]
        east = statuses[0].conference
        assert east is not None and east.hamlet_name == "Thôn Đông" and east.report_received_on == date(2026, 12, 22)

        year = ("2026-01-01", "2026-12-31")
        assert (conference_reader.year_ends(plain, "y.held_on >= ? AND y.held_on <= ?", year)
                == conferences.year_end_between(date(2026, 1, 1), date(2026, 12, 31)))
        dialogues = conference_reader.dialogues(plain, "held_on >= ? AND held_on <= ?", year)
        assert dialogues == conferences.dialogues(2026)
        assert dialogues[0].held_on == date(2026, 6, 18) and dialogues[0].answered == 1

        held = conference_reader.staff_conferences(plain, "s.held_on >= ? AND s.held_on <= ?", year)
        assert held == staff.held_between(date(2026, 1, 1), date(2026, 12, 31)) == staff.conferences()
        assert [c.unit_name for c in held] == ["Cơ quan UBND xã Hòa An", "Trường Tiểu học"]
        assert [r.reviewed_on for r in held[0].reviews] == [date(2026, 9, 18), date(2027, 3, 10)]
        assert held[0].reviews[0].notified_on == date(2026, 9, 20) and held[1].reviews == []
        assert staff.get(held[0].id or 0) == held[0]
    finally:
        con.close()


def test_the_report_counts_the_same_over_sqlite3(workspace) -> None:  # type: ignore[no-untyped-def]
    _fill(workspace)
    period = ReportPeriod(2026, ReportKind.YEAR, date(2026, 1, 1), date(2026, 12, 31))
    con = sqlite3.connect(f"file:{workspace.db.path}?mode=ro", uri=True)
    try:
        plain = conference_report.contribute(SqliteRows(con), period)
    finally:
        con.close()
    window = conference_report.contribute(workspace.db, period)
    assert plain == window
    assert [r.id for r in plain.figure("conferences.year_end_held").records] == [3, 1]   # by date held
    assert plain.figure("conferences.hamlets").value == 3
    assert plain.figure("conferences.year_end_attendance_pct").value == 77.5
    assert plain.figure("conferences.dialogue_questions").value == 2
    assert plain.figure("conferences.staff_held").value == 2
    assert plain.figure("conferences.staff_resolution_pct").value == 95.45
    # Only the review of 2026 falls in the period; the one of 2027 does not.
    assert [r.id for r in plain.figure("conferences.staff_reviews_done").records] == [1]
