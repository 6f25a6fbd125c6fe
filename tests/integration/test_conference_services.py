"""The conference registers through their services: what is stored, what is refused (nothing
half-saved), hostile and NFD text, units in use retired rather than deleted, documents read back."""

from __future__ import annotations

import unicodedata
from datetime import date

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from dancoso_desktop.domain.commune import Commune, Unit, UnitKind
from dancoso_desktop.domain.conference import DialogueConference, DialogueQuestion, YearEndConference
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.staff_conference import ResolutionReview, StaffConference
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.conference_service import ConferenceService
from dancoso_desktop.services.staff_conference_export import export_conference
from dancoso_desktop.services.staff_conference_service import StaffConferenceService
from dancoso_desktop.storage.conference_tables import StaffConferenceRow, YearEndConferenceRow

NFD = unicodedata.normalize("NFD", "Hội trường Ủy ban nhân dân xã")
HOSTILE = "=HYPERLINK(\"x\")<b>&amp;</b>+1-1"


@pytest.fixture
def units(workspace):  # type: ignore[no-untyped-def]
    cs = CommuneService(workspace.db)
    cs.save_commune(Commune("Tỉnh Thử", "Hòa An"))
    hamlets = [cs.save_unit(Unit(f"Thôn {n}", UnitKind.HAMLET, households=100 + i)).id
               for i, n in enumerate(("Đông", "Tây", "Nam"))]
    school = cs.save_unit(Unit("Trường Tiểu học Hòa An", UnitKind.PUBLIC_UNIT)).id
    return {"hamlets": hamlets, "school": school}


def _staff(**kw) -> StaffConference:  # type: ignore[no-untyped-def]
    base = dict(work_year=2025, held_on=date(2026, 3, 20), staff_total=12, present=8, votes_for=5,
                votes_against=2, votes_abstain=1, chair="Nguyễn Văn A", secretary="Trần Thị B",
                resolution_number="01/NQ-HNCBCC", resolution_text="Hoàn thành 100% chỉ tiêu.")
    base.update(kw)
    return StaffConference(**base)  # type: ignore[arg-type]


def test_staff_conference_saved_whole_and_refusals_change_nothing(workspace, units) -> None:  # type: ignore[no-untyped-def]
    service = StaffConferenceService(workspace.db)
    saved = service.save(_staff(place=NFD, notes=HOSTILE))
    assert saved.id is not None
    assert saved.place == unicodedata.normalize("NFC", NFD)
    assert saved.notes == HOSTILE
    assert saved.unit_name.startswith("Cơ quan UBND xã Hòa An")
    with pytest.raises(ValidationError) as info:
        service.save(_staff(staff_total=12, present=13))     # more present than staff
    assert info.value.field == "present"
    with pytest.raises(ValidationError):
        service.save(_staff())                               # a second conference on 2025
    with pytest.raises(ValidationError):
        service.save(_staff(notes="x" * 1_000_001))          # 1 MB of notes
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(StaffConferenceRow)) == 1
    again = service.add_review(saved.id, ResolutionReview(date(2026, 9, 18), "Đạt 60%", date(2026, 9, 20)))
    assert [r.reviewed_on for r in again.reviews] == [date(2026, 9, 18)]
    assert service.conferences(held_year=2026)[0].id == saved.id
    assert service.conferences(held_year=2025) == []


def test_staff_counts_side_table_and_unit_in_use_is_retired(workspace, units) -> None:  # type: ignore[no-untyped-def]
    service = StaffConferenceService(workspace.db)
    assert service.set_staff_count(None, 12) is None
    assert service.set_staff_count(units["school"], 25) is None
    assert service.set_staff_count(units["school"], 26) == 25
    with pytest.raises(ValidationError):
        service.set_staff_count(units["school"], -3)
    assert {u.unit_id: u.staff for u in service.staff_units()} == {None: 12, units["school"]: 26}
    service.save(_staff(unit_id=units["school"], staff_total=26, present=20, votes_for=15))
    cs = CommuneService(workspace.db)
    with pytest.raises(ValidationError):
        cs.delete_unit(units["school"])
    cs.set_retired(units["school"], True)
    assert cs.get_unit(units["school"]).retired


def test_year_end_per_hamlet_held_or_missing(workspace, units) -> None:  # type: ignore[no-untyped-def]
    service = ConferenceService(workspace.db)
    east, west, _south = units["hamlets"]
    service.save_year_end(YearEndConference(2026, east, held_on=date(2026, 12, 20), convocation_on=date(2026, 12, 15),
                                            households_invited=100, households_present=80, proposals_received=4,
                                            proposals_answered=3, proposals_forwarded=1,
                                            report_received_on=date(2026, 12, 22), place=NFD))
    service.save_year_end(YearEndConference(2026, west, planned_on=date(2026, 12, 27)))
    with pytest.raises(ValidationError):
        service.save_year_end(YearEndConference(2026, east, held_on=date(2026, 12, 21)))   # one per hamlet and year
    with pytest.raises(ValidationError):
        service.save_year_end(YearEndConference(2026, units["school"], held_on=date(2026, 12, 21)))  # not a hamlet
    statuses = service.hamlet_statuses(2026)
    assert [(s.hamlet_name, s.held) for s in statuses] == [("Thôn Đông", True), ("Thôn Tây", False),
                                                           ("Thôn Nam", False)]
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(YearEndConferenceRow)) == 2
    with pytest.raises(ValidationError):
        CommuneService(workspace.db).delete_unit(east)


def test_dialogue_questions_kept_in_order(workspace, units) -> None:  # type: ignore[no-untyped-def]
    service = ConferenceService(workspace.db)
    saved = service.save_dialogue(DialogueConference(
        date(2026, 6, 12), place="Hội trường", chair="Chủ tịch UBND", participant_count=120,
        questions=[DialogueQuestion("Đường liên thôn?", "Ông C", "Làm trong quý III", "Giao Phòng Kinh tế"),
                   DialogueQuestion(HOSTILE), DialogueQuestion("   ")]))
    got = service.get_dialogue(saved.id)
    assert [q.question for q in got.questions] == ["Đường liên thôn?", HOSTILE]
    assert got.answered == 1
    assert [d.id for d in service.dialogues(2026)] == [saved.id]
    with pytest.raises(ValidationError):
        service.save_dialogue(DialogueConference(date(2026, 6, 12), participant_count=-5, topic="x"))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_minutes_and_resolution_read_back(workspace, units, tmp_path, fmt) -> None:  # type: ignore[no-untyped-def]
    service = StaffConferenceService(workspace.db)
    conf = service.save(_staff(discussion="Ý kiến về " + HOSTILE))
    minutes = export_conference(workspace, conf.id, fmt, tmp_path / f"bb.{fmt}", "minutes")
    resolution = export_conference(workspace, conf.id, fmt, tmp_path / f"nq.{fmt}", "resolution")

    def text(path) -> str:  # type: ignore[no-untyped-def]
        if fmt == "pdf":
            return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
        return " ".join(" ".join(parts).split())

    m = unicodedata.normalize("NFC", text(minutes))
    assert "BIÊN BẢN" in m and "8/12" in m and "ít nhất 8" in m
    assert "62,50%" in m and "HYPERLINK" in m
    r = unicodedata.normalize("NFC", text(resolution))
    assert "NGHỊ QUYẾT" in r and "5/8" in r and "01/NQ-HNCBCC" in r
    with pytest.raises(ValidationError):
        export_conference(workspace, conf.id, "xlsx", tmp_path / "x.xlsx")
