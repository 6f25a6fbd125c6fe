"""Each messy case of issue 14 point 2, and the hostile files of its "bad input" list."""

from __future__ import annotations

import io
import os
import shutil
import unicodedata
import zipfile
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pytest
from clients import require_program
from sqlalchemy import func, select

from dancoso_desktop.documents.returns_form import SHEET_PROGRESS
from dancoso_desktop.domain.commune import Commune
from dancoso_desktop.domain.plan import Status
from dancoso_desktop.domain.returns import KEY_SHEET
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService, SectionFields
from dancoso_desktop.services.returns_service import apply_returns, read_returns
from dancoso_desktop.storage.returns_tables import UnitReturnRow, UnitReturnValueRow
from returns_tests.helpers import YEAR, data_rows, setup_plan, write_forms

ROAD = "Họp thôn bàn việc làm đường"
LAW = "Tuyên truyền pháp luật"


@pytest.fixture
def form(workspace, tmp_path):  # type: ignore[no-untyped-def]
    setup = setup_plan(workspace)
    forms = write_forms(workspace, tmp_path / "forms")
    return setup, forms[setup["hamlet"]]


def edit(path: Path, fn) -> Path:  # type: ignore[no-untyped-def]
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_PROGRESS]
    fn(ws, data_rows(ws))
    wb.save(path)
    return path


def warnings(f) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.en for p in f.problems if p.severity == "warning")


def errors(f) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.en for p in f.problems if p.severity == "error")


def nothing_written(ws) -> bool:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(UnitReturnRow)) == 0


def test_a_form_of_another_commune_is_refused(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    CommuneService(workspace.db).save_commune(Commune(province="Lai Châu", name="Mường So"))
    [f] = read_returns(workspace.db, [path]).files
    assert f.state == "refused" and "another commune" in errors(f)


def test_a_form_of_another_plan_is_refused(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _setup, path = form
    svc = PlanService(workspace.db)
    plan = svc.get_plan(YEAR)
    svc.delete_plan(YEAR)
    plan.id = None
    svc.create_plan(plan)
    [f] = read_returns(workspace.db, [path]).files
    assert f.state == "refused" and "another 2026 plan" in errors(f)


def test_a_form_of_another_period_is_refused_when_a_period_is_asked(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    [f] = read_returns(workspace.db, [path], year=YEAR, period="9m").files
    assert f.state == "refused" and "another period" in errors(f)


def test_a_unit_that_returned_twice_the_later_wins_and_the_earlier_is_shown(workspace, form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for target, status, when in ((second, "Đã hoàn thành", datetime(2026, 6, 3)), (first, "Đang thực hiện", datetime(2026, 6, 1))):
        wb = openpyxl.load_workbook(path)
        ws = wb[SHEET_PROGRESS]
        ws.cell(data_rows(ws)[ROAD], 6).value = status
        wb.properties.modified = when
        wb.save(target)
        # openpyxl stamps "modified" on save; set it in the file as a spreadsheet program would
        _set_modified(target, when)
    preview = read_returns(workspace.db, [second, first])
    by_name = {f.source: f for f in preview.files}
    assert by_name["a.xlsx"].state == "superseded" and by_name["a.xlsx"].superseded_by == "b.xlsx"
    assert by_name["b.xlsx"].state == "ok"
    assert {(c.field, c.new) for c in preview.changes if c.field == "status"} == {("status", "Đã hoàn thành")}
    apply_returns(workspace.db, preview)
    # a later import of the earlier file keeps both, the newest applied one wins
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(UnitReturnRow)) == 1


def _set_modified(path: Path, when: datetime) -> None:
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info)
            if info.filename == "docProps/core.xml":
                import re
                body = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              b"<dcterms:modified\\1>" + when.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + b"</dcterms:modified>",
                              body)
            zout.writestr(info, body)
    path.write_bytes(out.getvalue())


@pytest.mark.parametrize(("typed", "expected"), [("80%", 80), ("80 %", 80), ("0,8", 80), ("xong", 100), ("80", 80)])
def test_a_percentage_typed_as_text_is_read_with_a_note(workspace, form, typed, expected) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    edit(path, lambda ws, rows: setattr(ws.cell(rows[LAW], 7), "value", typed))
    [f] = read_returns(workspace.db, [path]).files
    assert f.state == "ok"
    assert [r.progress for r in f.rows if r.title == LAW] == [expected]
    assert "as text" in warnings(f) or "read as 100%" in warnings(f)


def test_a_status_typed_as_a_word_is_read_and_an_unknown_one_is_kept_as_a_note(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form

    def fill(ws, rows):  # type: ignore[no-untyped-def]
        ws.cell(rows[ROAD], 6).value = "xong"
        ws.cell(rows[LAW], 6).value = "sắp làm"
    edit(path, fill)
    preview = read_returns(workspace.db, [path])
    [f] = preview.files
    rows = {r.title: r for r in f.rows}
    assert rows[ROAD].status is Status.DONE
    assert rows[LAW].status is None and "Tình trạng: sắp làm" in rows[LAW].note
    apply_returns(workspace.db, preview)
    assert "sắp làm" in PlanService(workspace.db).get_section(f.rows[-1].section_id or 0).notes


def test_a_date_typed_as_text_is_read_with_a_note(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    edit(path, lambda ws, rows: setattr(ws.cell(rows[ROAD], 8), "value", "20/5/2026"))
    [f] = read_returns(workspace.db, [path]).files
    assert [r.done_on for r in f.rows if r.title == ROAD] == [date(2026, 5, 20)]
    assert "Date typed as text" in warnings(f)


def test_rows_reordered_are_matched_by_their_code(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form

    def swap(ws, rows):  # type: ignore[no-untyped-def]
        a, b = rows[ROAD], rows[LAW]
        for col in range(1, 12):
            ws.cell(a, col).value, ws.cell(b, col).value = ws.cell(b, col).value, ws.cell(a, col).value
        ws.cell(b, 6).value = "Đã hoàn thành"     # now the road's row
    edit(path, swap)
    [f] = read_returns(workspace.db, [path]).files
    assert "reordered" in warnings(f)
    assert {c.title for c in f.changes if c.field == "status"} == {ROAD}


def test_a_deleted_row_changes_nothing_for_its_content(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form

    def drop(ws, rows):  # type: ignore[no-untyped-def]
        ws.cell(rows[ROAD], 6).value = "Đã hoàn thành"
        ws.delete_rows(rows[LAW])
    edit(path, drop)
    [f] = read_returns(workspace.db, [path]).files
    assert "were deleted" in warnings(f)
    assert LAW not in {r.title for r in f.rows}


def test_an_added_row_becomes_a_note_on_the_content_above(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form

    def add(ws, rows):  # type: ignore[no-untyped-def]
        ws.insert_rows(rows[ROAD] + 1)
        ws.cell(rows[ROAD] + 1, 3).value = "Sửa cầu tràn"
        ws.cell(rows[ROAD] + 1, 9).value = "Đã xong phần móng"
    edit(path, add)
    preview = read_returns(workspace.db, [path])
    [f] = preview.files
    assert "added" in warnings(f)
    road = next(r for r in f.rows if r.title == ROAD)
    assert "Sửa cầu tràn" in road.note and "Đã xong phần móng" in road.note
    apply_returns(workspace.db, preview)
    assert "Đã xong phần móng" in PlanService(workspace.db).get_section(road.section_id or 0).notes


def test_renamed_headers_are_still_read(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form

    def rename(ws, rows):  # type: ignore[no-untyped-def]
        header = min(rows.values()) - 1
        ws.cell(header, 7).value = "Phần trăm"
        ws.cell(header, 6).value = "Kết quả đánh giá"      # no alias: read by its place
        ws.cell(rows[LAW], 7).value = 0.5
        ws.cell(rows[LAW], 6).value = "Đang thực hiện"
    edit(path, rename)
    [f] = read_returns(workspace.db, [path]).files
    assert "renamed" in warnings(f)
    law = next(r for r in f.rows if r.title == LAW)
    assert (law.status, law.progress) == (Status.IN_PROGRESS, 50)


def test_merged_cells_are_reported_and_the_first_cell_read(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form

    def merge(ws, rows):  # type: ignore[no-untyped-def]
        ws.cell(rows[ROAD], 10).value = "Thiếu kinh phí chung"
        ws.merge_cells(start_row=rows[ROAD], start_column=10, end_row=rows[LAW], end_column=10)
    edit(path, merge)
    [f] = read_returns(workspace.db, [path]).files
    assert "Merged cells" in warnings(f)
    assert next(r for r in f.rows if r.title == ROAD).difficulties == "Thiếu kinh phí chung"


def test_text_in_a_column_outside_the_form_is_kept_as_a_note(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form

    def extra(ws, rows):  # type: ignore[no-untyped-def]
        ws.cell(min(rows.values()) - 1, 12).value = "Người báo cáo"
        ws.cell(rows[LAW], 12).value = "Lò Văn Minh"
    edit(path, extra)
    [f] = read_returns(workspace.db, [path]).files
    assert "Người báo cáo: Lò Văn Minh" in next(r for r in f.rows if r.title == LAW).note


def test_an_ods_file_is_converted_with_libreoffice_or_refused_with_what_to_do(workspace, form, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, _path = form
    ods = tmp_path / "form.ods"
    ods.write_bytes(b"not really an ods")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    [f] = read_returns(workspace.db, [ods]).files
    assert f.state == "refused" and "Save As" in errors(f) and "Lưu thành" in f.problems[0].vi


@pytest.mark.libreoffice
def test_an_ods_file_is_converted_when_libreoffice_is_installed(workspace, form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    soffice = require_program("soffice")
    _, path = form
    edit(path, lambda ws, rows: setattr(ws.cell(rows[LAW], 6), "value", "Đang thực hiện"))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "ods",
                    "--outdir", str(tmp_path), str(path)], check=True, timeout=180, capture_output=True)
    [f] = read_returns(workspace.db, [tmp_path / (path.stem + ".ods")]).files
    assert f.state == "ok", f.problems
    assert "converted" in warnings(f)
    assert [r.status for r in f.rows if r.title == LAW] == [Status.IN_PROGRESS]


def test_a_content_edited_in_the_app_since_the_form_is_a_conflict_the_officer_settles(workspace, form) -> None:  # type: ignore[no-untyped-def]
    setup, path = form
    road_id = setup["ids"][ROAD]
    PlanService(workspace.db).update_section(road_id, SectionFields(status=Status.IN_PROGRESS, progress=60))
    edit(path, lambda ws, rows: setattr(ws.cell(rows[ROAD], 7), "value", 0.3))
    preview = read_returns(workspace.db, [path])
    [conflict] = preview.conflicts
    assert (conflict.field, conflict.old, conflict.new, conflict.take) == ("progress", "60%", "30%", False)
    assert "Conflict" in warnings(preview.files[0])
    apply_returns(workspace.db, preview)
    assert PlanService(workspace.db).get_section(road_id).progress == 60          # kept by default
    preview = read_returns(workspace.db, [path])
    preview.take_all(True)
    apply_returns(workspace.db, preview)
    assert PlanService(workspace.db).get_section(road_id).progress == 30          # the officer took the unit's


def test_formulas_are_read_as_text_never_evaluated_nor_stored_as_formulas(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form

    def formulas(ws, rows):  # type: ignore[no-untyped-def]
        ws.cell(rows[LAW], 7).value = "=1+1"
        ws.cell(rows[LAW], 9).value = '=HYPERLINK("http://example.invalid","bấm")'
    edit(path, formulas)
    preview = read_returns(workspace.db, [path])
    [f] = preview.files
    law = next(r for r in f.rows if r.title == LAW)
    assert law.progress is None and "=1+1" in law.note
    assert law.done == '=HYPERLINK("http://example.invalid","bấm")'
    assert "formula" in warnings(f)
    apply_returns(workspace.db, preview)
    with workspace.db.session() as s:
        assert s.scalar(select(UnitReturnValueRow.done).where(UnitReturnValueRow.title == LAW)).startswith("=HYPERLINK")


def _rezip(path: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    zin = zipfile.ZipFile(path)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info)))
    return target


def test_an_xml_external_entity_is_refused_unread(workspace, form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")

    def xxe(name: str, body: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            decl = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>'.encode()
            return decl + (body.split(b"?>", 1)[1] if body.startswith(b"<?xml") else body)
        return body
    bad = _rezip(path, tmp_path / "xxe.xlsx", xxe)
    [f] = read_returns(workspace.db, [bad]).files
    assert f.state == "refused" and "DOCTYPE" in errors(f)
    assert nothing_written(workspace)


def test_a_zip_bomb_is_refused_before_it_is_opened(workspace, form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    bomb = _rezip(path, tmp_path / "bomb.xlsx",
                  lambda name, body: body + b" " * (60 * 1024 * 1024) if name == "xl/styles.xml" else body)
    assert bomb.stat().st_size < 1024 * 1024
    [f] = read_returns(workspace.db, [bomb]).files
    assert f.state == "refused" and "zip bomb" in errors(f)


def test_a_100_mb_spreadsheet_is_refused_with_a_clear_message(workspace, form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.xlsx"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    [f] = read_returns(workspace.db, [big]).files
    assert f.state == "refused" and "too large (100 MB" in errors(f)
    assert "quá lớn" in f.problems[0].vi


def test_nfd_text_is_stored_in_nfc(workspace, form) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    nfd = unicodedata.normalize("NFD", "Khó khăn về kinh phí, thiếu người")
    edit(path, lambda ws, rows: setattr(ws.cell(rows[LAW], 10), "value", nfd))
    apply_returns(workspace.db, read_returns(workspace.db, [path]))
    with workspace.db.session() as s:
        stored = s.scalar(select(UnitReturnValueRow.difficulties).where(UnitReturnValueRow.title == LAW))
    assert stored == unicodedata.normalize("NFC", nfd) and stored != nfd


def test_an_altered_key_is_refused(workspace, form) -> None:  # type: ignore[no-untyped-def]
    setup, path = form
    wb = openpyxl.load_workbook(path)
    ks = wb[KEY_SHEET]
    ks["A1"].value = ks["A1"].value.replace(f'"unit_id": {setup["hamlet"]}', f'"unit_id": {setup["office"]}')
    wb.save(path)
    [f] = read_returns(workspace.db, [path]).files
    assert f.state == "refused" and "altered" in errors(f)


def test_a_file_without_a_key_is_not_a_form(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup_plan(workspace)
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Báo cáo"
    wb.save(tmp_path / "other.xlsx")
    (tmp_path / "damaged.xlsx").write_bytes(b"PK\x03\x04 broken")
    files = read_returns(workspace.db, [tmp_path]).files
    assert [f.state for f in files] == ["refused", "refused"]
    assert "hidden key is missing" in errors(files[1]) and "not a valid .xlsx" in errors(files[0])


def test_a_saved_email_with_the_form_attached_is_read_with_its_date(workspace, form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    edit(path, lambda ws, rows: setattr(ws.cell(rows[ROAD], 6), "value", "Đã hoàn thành"))
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "thon@example.invalid", "xa@example.invalid", "Báo cáo 6 tháng"
    msg["Date"] = "Wed, 03 Jun 2026 09:15:00 +0700"
    msg.set_content("Gửi UBND xã báo cáo.")
    msg.add_attachment(path.read_bytes(), maintype="application", subtype="octet-stream", filename=path.name)
    eml = tmp_path / "mail.eml"
    eml.write_bytes(bytes(msg))
    preview = read_returns(workspace.db, [eml])
    [f] = preview.files
    assert f.state == "ok" and f.source == f"mail.eml › {path.name}" and f.sent is not None
    apply_returns(workspace.db, preview)
    from dancoso_desktop.services.returns_service import returns_status
    hamlet = next(u for u in returns_status(workspace.db, YEAR, "6m").units if u.unit == "Thôn Nà Sáng")
    assert hamlet.received_at is not None and hamlet.received_at.date() == date(2026, 6, 3) and not hamlet.late


def test_a_late_return_is_marked_late(workspace, form) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.services.returns_service import returns_status
    _, path = form
    apply_returns(workspace.db, read_returns(workspace.db, [path]), received=datetime(2026, 6, 9, 8, 0))
    hamlet = next(u for u in returns_status(workspace.db, YEAR, "6m").units if u.unit == "Thôn Nà Sáng")
    assert hamlet.returned and hamlet.late


def test_a_refused_file_writes_nothing_even_beside_a_good_one(workspace, form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, path = form
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"garbage")
    preview = read_returns(workspace.db, [bad, path])
    assert [f.state for f in preview.files] == ["refused", "ok"]
    apply_returns(workspace.db, preview)
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(UnitReturnRow)) == 1
    assert os.path.exists(bad)
