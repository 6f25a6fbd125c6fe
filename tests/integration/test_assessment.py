"""The self-assessment through its service, importer, exports and command line (issue 11 item 8)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from dancoso_desktop.domain.assessment import Rating
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.services import assessment_due
from dancoso_desktop.services.assessment_export import export_scorecard
from dancoso_desktop.services.assessment_import import read_scheme
from dancoso_desktop.services.assessment_service import AssessmentService, example_scheme
from dancoso_desktop.services.report_sources import DUE_SOURCES


@pytest.fixture
def svc(workspace) -> AssessmentService:  # type: ignore[no-untyped-def]
    return AssessmentService(workspace.db)


def test_created_from_the_example_and_scored(svc) -> None:  # type: ignore[no-untyped-def]
    a = svc.get(2026)
    assert a.scheme == example_scheme() and a.scores == {} and a.result().rating is Rating.NOT_DONE
    a = svc.score(2026, "1.1", "3,5", note="Kế hoạch số 05/KH-UBND")
    assert a.scores["1.1"] == D("3.5") and a.notes["1.1"] == "Kế hoạch số 05/KH-UBND"
    assert a.points(a.scheme.find("1")) == D("3.5")
    for code in ("1.2", "1.3"):
        svc.score(2026, code, "3")
    for code, pts in (("2.1", "19,5"), ("2.2", "15"), ("2.3", "14"), ("2.4", "15"), ("2.5", "10"), ("2.6", "9")):
        svc.score(2026, code, pts)
    a = svc.score(2026, "2.7", "5")
    r = a.result()
    assert r.complete and r.total == D("97") and r.rating is Rating.EXCELLENT
    a = svc.set_extra(2026, bonus="1,5", penalty="2", bonus_note="Mô hình Dân vận khéo")
    assert a.result().total == D("96.5")
    a = svc.set_conditions(2026, ["reprimand"])
    assert a.result().rating is Rating.GOOD
    a = svc.score(2026, "2.7", "0")
    assert a.result().rating is Rating.DONE and a.result().zero == ("2.7",)
    a = svc.score(2026, "2.7", "-" if False else None)
    assert a.scores["2.7"] is None and not a.result().complete


@pytest.mark.parametrize("code, points, match", [
    ("1.1", "4,5", "tối đa 4"), ("1.1", "-1", "âm"), ("1.1", "abc", "không phải là số"),
    ("1", "5", "tổng các tiêu chí con"), ("9.9", "1", "Không có tiêu chí"), ("1.1", "=1+1", "không phải là số"),
    ("1.1", "1,234", "hai chữ số")])
def test_refused_scores_change_nothing(svc, code: str, points: str, match: str) -> None:  # type: ignore[no-untyped-def]
    svc.score(2026, "1.1", "2")
    with pytest.raises(ValidationError, match=match):
        svc.score(2026, code, points)
    assert svc.get(2026).scores == {"1.1": D("2")}


def test_bonus_penalty_and_notes_refused(svc) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="Điểm thưởng"):
        svc.set_extra(2026, bonus="3,5")
    with pytest.raises(ValidationError, match="Điểm trừ"):
        svc.set_extra(2026, penalty="-1")
    with pytest.raises(ValidationError):
        svc.score(2026, "1.1", "1", note="x" * 5000)
    with pytest.raises(ValidationError):
        svc.set_conditions(2026, ["nope"])
    a = svc.get(2026)
    assert a.bonus == 0 and a.penalty == 0 and a.conditions == frozenset()


def test_evidence_links_are_generic_record_refs(svc, workspace) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.disclosure import DisclosureRecord, DisclosureStatus
    from dancoso_desktop.services.disclosure_service import DisclosureService

    rec = DisclosureService(workspace).save(DisclosureRecord(item=1, title="Kế hoạch năm", year=2026,
                                                             planned_on=date(2026, 3, 1),
                                                             status=DisclosureStatus.PLANNED))
    a = svc.link(2026, "2.1", "disclosure", rec.id)
    assert [(e.kind, e.id) for e in a.evidence["2.1"]] == [("disclosure", rec.id)]
    assert "Kế hoạch năm" in a.evidence["2.1"][0].label
    a = svc.link(2026, "2.6", "report", 7, "Báo cáo 6 tháng số 12/BC-UBND")   # reports: kind + id, stored as given
    assert a.evidence["2.6"][0].label == "Báo cáo 6 tháng số 12/BC-UBND"
    with pytest.raises(ValidationError, match="Không tìm thấy"):
        svc.link(2026, "2.1", "disclosure", 999999)
    with pytest.raises(ValidationError):
        svc.link(2026, "2", "disclosure", rec.id)          # a part is not scored
    with pytest.raises(ValidationError):
        svc.link(2026, "2.1", "bad kind!", 1)
    a = svc.unlink(2026, "2.1", "disclosure", rec.id)
    assert "2.1" not in a.evidence


def test_due_item_until_sent(svc, workspace) -> None:  # type: ignore[no-untyped-def]
    assert "assessment_due" in DUE_SOURCES
    today = date(2026, 12, 1)
    items = assessment_due.due(workspace.db, today, date(2026, 12, 31))
    assert [(i.due, i.ref.kind, i.ref.id) for i in items] == [(date(2026, 12, 15), "assessment", 2026)]
    assert assessment_due.due(workspace.db, today, date(2026, 12, 14)) == []
    svc.set_dates(2026, deadline=date(2026, 12, 12))
    items = assessment_due.due(workspace.db, date(2026, 12, 13), date(2027, 1, 12))
    assert items[0].due == date(2026, 12, 12) and items[0].overdue(date(2026, 12, 13))
    svc.set_dates(2026, submitted_on=date(2026, 12, 13))
    assert assessment_due.due(workspace.db, date(2026, 12, 13), date(2027, 1, 12)) == []


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


GOOD_ROWS = [["BỘ TIÊU CHÍ ĐÁNH GIÁ (Quyết định số 99/QĐ-UBND ngày 01/10/2026)"], [],
             ["Mã", "Nội dung tiêu chí", "Điểm tối đa", "Hướng dẫn chấm"],
             ["1", "Lãnh đạo, chỉ đạo", None, ""],
             ["1.1", "Ban hành kế hoạch", 5, "Đúng hạn: 5 điểm"],
             ["1.2", "Kiện toàn tổ chức", 5.0, ""],
             ["2", "Tổ chức thực hiện", 90, ""],
             ["2.1", "Công khai thông tin", "40", ""],
             ["2.2", "Bàn và quyết định", "50", ""],
             [None, "Điểm thưởng", 2, ""], [None, "Điểm trừ", 3, ""], [None, "Tổng cộng", 100, ""]]


def test_import_xlsx_keeps_the_scores_still_meant(svc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc.score(2026, "1.1", "4")
    svc.score(2026, "2.1", "18")
    scheme = read_scheme(write_xlsx(tmp_path / "tc.xlsx", GOOD_ROWS), svc.get(2026).scheme)
    assert [(c.code, c.max_points, [k.code for k in c.children]) for c in scheme.criteria] == [
        ("1", 10, ["1.1", "1.2"]), ("2", 90, ["2.1", "2.2"])]
    assert scheme.bonus_max == 2 and scheme.penalty_max == 3 and not scheme.example
    assert scheme.find("1.1").guide == "Đúng hạn: 5 điểm"
    assert scheme.thresholds.excellent == 95 and len(scheme.conditions) == 6   # kept from the year's scheme
    a = svc.set_scheme(2026, scheme)
    assert a.scores == {"1.1": D("4"), "2.1": D("18")}


@pytest.mark.parametrize("rows, match", [
    ([["Mã", "Nội dung"], ["1", "x"]], "tiêu đề"),
    ([["Mã", "Nội dung", "Điểm tối đa"], ["1", "x", "mười"]], "không phải là số"),
    ([["Mã", "Nội dung", "Điểm tối đa"], ["1", "Phần", 10], ["1.1", "a", 4], ["1.2", "b", 4]], "cộng lại 8"),
    ([["Mã", "Nội dung", "Điểm tối đa"], ["1", "a", 50], ["1", "b", 50]], "bị lặp"),
    ([["Mã", "Nội dung", "Điểm tối đa"], ["1", "a", 50]], "thấp hơn ngưỡng"),
    ([["Mã", "Nội dung", "Điểm tối đa"]], "Không tìm thấy tiêu chí"),
])
def test_import_broken_xlsx_refused(svc, tmp_path: Path, rows, match: str) -> None:  # type: ignore[no-untyped-def]
    before = svc.get(2026).scheme
    with pytest.raises(ValidationError, match=match):
        read_scheme(write_xlsx(tmp_path / "bad.xlsx", rows), before)
    assert svc.get(2026).scheme == before


def test_import_broken_files_refused(svc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = svc.get(2026).scheme
    cases = {"empty.xlsx": b"", "fake.xlsx": b"not a workbook", "zip.xlsx": b"PK\x03\x04broken",
             "bad.json": b"{", "x.doc": b"\xd0\xcf\x11\xe0old word", "none.txt": "Không có tiêu chí nào".encode()}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ValidationError):
            read_scheme(tmp_path / name, base)


def test_import_text_outline_as_ct2579_writes_it(svc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join([
        "TIÊU CHÍ ĐÁNH GIÁ CÔNG TÁC DÂN VẬN (QĐ 2579/QĐ-UBND ngày 21/11/2025)",
        "1. Công tác tổ chức và cụ thể hóa các văn bản (10 điểm)",
        "1.1 Ban hành kế hoạch (tối đa 6 điểm)",
        "Có kế hoạch đúng hạn: 6 điểm.",
        "1.2 Tuyên truyền – 4 điểm",
        "2. Công tác tham mưu, tổ chức thực hiện (90 điểm)",
        "a) Công khai thông tin (45 điểm)",
        "b) Nhân dân bàn và quyết định (45 điểm)",
        "Điểm thưởng: Tối đa (03 điểm)",
        "Điểm trừ: Tối đa (03 điểm)"])
    path = tmp_path / "tieu_chi.txt"
    path.write_text(text, encoding="utf-8")
    scheme = read_scheme(path, svc.get(2026).scheme)
    assert [(c.code, str(c.max_points)) for c, _ in scheme.walk()] == [
        ("1", "10"), ("1.1", "6"), ("1.2", "4"), ("2", "90"), ("2.a", "45"), ("2.b", "45")]
    assert scheme.find("1.1").guide == "Có kế hoạch đúng hạn: 6 điểm."
    assert scheme.source.startswith("QĐ 2579/QĐ-UBND")
    assert scheme.bonus_max == 3 and scheme.penalty_max == 3
    # The same outline in NFD (decomposed tone marks) reads the same.
    import unicodedata

    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert read_scheme(nfd, svc.get(2026).scheme).criteria == scheme.criteria


def scored(svc) -> None:  # type: ignore[no-untyped-def]
    for code, pts in (("1.1", "4"), ("1.2", "2,5"), ("1.3", "3"), ("2.1", "18"), ("2.2", "14")):
        svc.score(2026, code, pts)
    svc.set_extra(2026, bonus="1")


def test_scorecard_xlsx_reads_back(svc, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    scored(svc)
    out = export_scorecard(workspace, 2026, "xlsx", tmp_path / "sc.xlsx")
    ws = load_workbook(out).active
    values = {row[0]: row for row in ws.iter_rows(values_only=True) if row and row[0]}
    assert values["1.2"][2] == 3 and values["1.2"][3] == 2.5
    assert values["1"][3] == 9.5
    rows = [r for r in ws.iter_rows(values_only=True)]
    total = next(r for r in rows if r[1] == "TỔNG CỘNG")
    assert total[2] == 100 and total[3] == 42.5
    assert next(r for r in rows if r[1] == "Tự xếp loại")[3] == "Không hoàn thành"
    assert not any(isinstance(c, str) and c.startswith("=") for r in rows for c in r)


def test_scorecard_pdf_and_docx_read_back(svc, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document as Docx
    from pypdf import PdfReader

    scored(svc)
    svc.link(2026, "2.1", "report", 3, "Báo cáo số 12/BC-UBND")
    pdf = export_scorecard(workspace, 2026, "pdf", tmp_path / "sc.pdf")
    reader = PdfReader(pdf)
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    flat = " ".join(text.split())
    assert "PHỤ LỤC" in flat and "Kèm theo Báo cáo số" in flat
    assert "QĐ 2579/QĐ-UBND" in flat and "42,5" in flat and "Không hoàn thành" in flat
    assert "Báo cáo số 12/BC-UBND" in flat
    assert abs(float(reader.pages[0].mediabox.width) - 595.3) < 1      # A4
    doc = Docx(str(export_scorecard(workspace, 2026, "docx", tmp_path / "sc.docx")))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "42,5" in cells and "TỔNG CỘNG" in cells
    with pytest.raises(ValidationError):
        export_scorecard(workspace, 2026, "odt", tmp_path / "sc.odt")


def test_cli(cli, tmp_path: Path, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    assert cli("assessment", "show", "--year", "2026").code == 0
    with sqlite3.connect(data_dir / "dancoso.sqlite") as con:    # showing wrote nothing
        assert con.execute("SELECT count(*) FROM assessments").fetchone()[0] == 0
    r = cli("assessment", "score", "--year", "2026", "1.1", "3,5")
    assert r.code == 0 and "3,5/100" in r.out
    assert cli("assessment", "score", "--year", "2026", "1.1", "9").code == 1
    assert cli("assessment", "score", "--year", "2026", "1.1", "x").code == 1
    data = json.loads(cli("assessment", "show", "--year", "2026", "--json").out)
    assert data["total"] == "3.5" and data["rating"] == "not_done" and data["example"] is True
    assert data["criteria"][0]["children"][0] == {"code": "1.1", "text": data["criteria"][0]["children"][0]["text"],
                                                  "max_points": "4", "points": "3.5", "note": "", "evidence": []}
    assert data["deadline"] == "2026-12-15" and len(data["unscored"]) == 9
    text = cli("assessment", "show", "--year", "2026")
    assert text.code == 0 and "VÍ DỤ" in text.out and "Không hoàn thành" in text.out
    xlsx = write_xlsx(tmp_path / "tc.xlsx", GOOD_ROWS)
    r = cli("assessment", "import", str(xlsx), "--year", "2026")
    assert r.code == 0 and "4 tiêu chí" in r.out, r.err
    assert json.loads(cli("assessment", "show", "--year", "2026", "--json").out)["example"] is False
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"junk")
    assert cli("assessment", "import", str(bad), "--year", "2026").code == 1
    for fmt in ("xlsx", "pdf", "docx"):
        out = tmp_path / f"sc.{fmt}"
        assert cli("export", "assessment", "--year", "2026", "--format", fmt, "-o", str(out)).code == 0
        assert out.stat().st_size > 1000
    assert cli("export", "assessment", "--year", "2026", "--format", "odt", "-o", "x").code == 2
    assert cli("assessment", "show", "--year", "3000").code == 1


def test_demo_has_a_partly_scored_assessment(demo_dir: Path) -> None:
    from dancoso_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_dir)
    try:
        a = AssessmentService(ws.db).get(2026, create=False)
    finally:
        ws.close()
    r = a.result()
    assert 0 < r.scored < r.scored + len(r.unscored)
    assert r.total == sum((v for v in a.scores.values() if v is not None), D(0)) + a.bonus
    assert {e.kind for links in a.evidence.values() for e in links} == {"disclosure", "inspection"}


def test_cli_deadline_sent_and_note(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("assessment", "score", "--year", "2026", "2.1", "15", "--note", "Có sổ theo dõi").code == 0
    assert cli("assessment", "deadline", "--year", "2026", "12/12/2026").code == 0
    due = json.loads(cli("due", "--json", "--today", "01/12/2026").out)
    # (other registers add their own items to an empty folder's list, e.g. the staff conference)
    assert [(d["category"], d["due"]) for d in due if d["source"] == "assessment"] == [("assessment", "2026-12-12")]
    assert cli("assessment", "deadline", "--year", "2026", "31/02/2026").code == 1
    assert cli("assessment", "sent", "--year", "2026", "--date", "11/12/2026").code == 0
    assert [d for d in json.loads(cli("due", "--json", "--today", "01/12/2026").out)
            if d["source"] == "assessment"] == []
    data = json.loads(cli("assessment", "show", "--year", "2026", "--json").out)
    assert data["submitted_on"] == "2026-12-11" and data["deadline"] == "2026-12-12"
    assert data["criteria"][1]["children"][0]["note"] == "Có sổ theo dõi"


def test_import_word_outline_and_hostile_text_stays_text(svc, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document as Docx
    from openpyxl import load_workbook

    d = Docx()
    d.add_paragraph("Phụ lục II: TIÊU CHÍ ĐÁNH GIÁ")
    d.add_paragraph("1. =HYPERLINK(\"x\") <b>&amp; công tác tổ chức (10 điểm)")
    d.add_paragraph("2. + Công tác tham mưu (90 điểm)")
    d.add_paragraph("- Chấm theo kết quả thực hiện.")
    d.save(tmp_path / "tc.docx")
    scheme = read_scheme(tmp_path / "tc.docx", svc.get(2026).scheme)
    assert [(c.code, c.max_points) for c in scheme.criteria] == [("1", 10), ("2", 90)]
    assert scheme.criteria[0].text.startswith("=HYPERLINK")
    assert scheme.criteria[1].guide == "- Chấm theo kết quả thực hiện."
    svc.set_scheme(2026, scheme)
    svc.score(2026, "1", "7,5")
    out = export_scorecard(workspace, 2026, "xlsx", tmp_path / "sc.xlsx")
    cell = next(r for r in load_workbook(out).active.iter_rows() if r[0].value == "1")[1]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")     # text, never a formula
