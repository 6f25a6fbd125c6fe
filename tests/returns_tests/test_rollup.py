"""The receiving office: packages imported (many at once, folders and zips), damaged, foreign,
duplicated, newer-schema and lying packages skipped with their reason, a second version replacing
the first with both kept, and the roll-up's totals recomputed independently."""

from __future__ import annotations

import json
import random
import shutil
import zipfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dancoso_desktop.domain.report_package import dumps
from dancoso_desktop.services.rollup_import import import_packages
from dancoso_desktop.services.rollup_service import rollup
from dancoso_desktop.storage.returns_tables import RollupPackageRow, RollupValueRow
from returns_tests.packages import generate, write_package

NOW = datetime(2026, 6, 30, 10, 0)


def packages_in_db(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(RollupPackageRow)) or 0


def test_totals_are_the_sums_recomputed_from_the_generated_packages(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    made = generate(tmp_path / "in", 40)
    report = import_packages(workspace.db, [tmp_path / "in"], now=NOW)
    assert len(report.imported) == 40 and not report.skipped
    expected: dict[str, float] = defaultdict(float)
    per_commune: dict[str, dict[str, float]] = {}
    for g in made:
        for a in g.payload["annex"]:
            expected[a["code"]] += a["value"]
        per_commune[g.payload["commune"]["name"]] = {a["code"]: a["value"] for a in g.payload["annex"]}
    r = rollup(workspace.db, 2026, "6m")
    assert {t.code: t.total for t in r.totals} == expected
    assert all(t.communes == 40 for t in r.totals)
    assert [t.code for t in r.totals][:2] == ["plan.documents", "plan.sections"]     # annex order kept
    for c in r.communes:
        assert r.values[c.commune_id] == per_commune[c.name]
    quiet = {n for n, v in per_commune.items() if all(v[k] == 0 for k in v if k.startswith(("disclosures", "inspections")))}
    assert {c.name for c in r.standing_out} >= quiet
    assert len(r.received) == 40 and not r.missing
    late = {g.payload["commune"]["name"] for g in made if g.payload["created"] > "2026-06-16T23:59:59"}
    assert {c.name for c in r.late} == late          # due 2 working days after 14/6 (Tue 16/06)


def test_damaged_foreign_newer_duplicate_and_lying_packages_are_skipped_with_their_reason(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(1)
    root = tmp_path / "in"
    good = write_package(root / "good", "Xã Bình Lư", "Lai Châu", "10001", rng=rng)
    import_packages(workspace.db, [root / "good"], now=NOW)
    # damaged: a listed file edited after sealing
    bad = write_package(root / "damaged", "Xã Nà Tăm", "Lai Châu", "10002", rng=rng)
    target = bad.path / bad.payload["files"][0]["name"]
    target.write_bytes(b"X" * target.stat().st_size)
    # damaged: report.json edited by hand (checksum)
    edited = write_package(root / "edited", "Xã Mường So", "Lai Châu", "10003", rng=rng)
    text = (edited.path / "report.json").read_text(encoding="utf-8").replace('"value": 1', '"value": 9')
    (edited.path / "report.json").write_text(text.replace("Mường So", "Mường Sơ"), encoding="utf-8")
    # foreign JSON
    (root / "foreign").mkdir()
    (root / "foreign" / "report.json").write_text('{"schema": "other"}', encoding="utf-8")
    # newer schema
    newer = write_package(root / "newer", "Xã Tà Tổng", "Lai Châu", "10004", rng=rng)
    payload = {k: v for k, v in newer.payload.items() if k != "checksum"}
    payload["schema_version"] = 99
    (newer.path / "report.json").write_text(dumps(payload), encoding="utf-8")
    # duplicate of the good one
    shutil.copytree(good.path, root / "again")
    # lies about its commune: another commune's files and code, resealed under a new name
    liar = root / "liar"
    shutil.copytree(good.path, liar)
    payload = {k: v for k, v in good.payload.items() if k != "checksum"}
    payload["commune"] = {"name": "Xã Khổng Lào", "province": "Lai Châu", "code": "10001"}
    (liar / "report.json").write_text(dumps(payload), encoding="utf-8")
    # not JSON
    (root / "broken").mkdir()
    (root / "broken" / "report.json").write_bytes(b"{not json")

    before = packages_in_db(workspace)
    report = import_packages(workspace.db, [root], now=NOW)
    reasons = {Path(p.source).name: (p.code, p.reason("en")) for p in report.skipped}
    assert reasons["damaged"][0] == "damaged" and "checksum" in reasons["damaged"][1]
    assert reasons["edited"][0] == "checksum"
    assert reasons["foreign"][0] == "foreign"
    assert reasons["newer"][0] == "newer_schema" and "Update the program" in reasons["newer"][1]
    assert reasons["good"][0] == "duplicate" and reasons["again"][0] == "duplicate"
    assert reasons["liar"][0] == "lie" and "Xã Khổng Lào" in reasons["liar"][1]
    assert reasons["broken"][0] == "not_json"
    assert not report.imported and packages_in_db(workspace) == before       # nothing half imported
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(RollupValueRow)) == len(good.payload["annex"])


def test_a_second_version_replaces_the_first_and_both_are_kept(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    v1 = write_package(tmp_path / "v1", "Xã Bình Lư", "Lai Châu", "10001", rng=random.Random(1))
    v2 = write_package(tmp_path / "v2", "Xã Bình Lư", "Lai Châu", "10001", version=2, rng=random.Random(2))
    import_packages(workspace.db, [tmp_path / "v2"], now=NOW)
    report = import_packages(workspace.db, [tmp_path / "v1"], now=NOW)      # the older arrives later
    assert report.imported[0].superseded
    r = rollup(workspace.db, 2026, "6m")
    [c] = r.communes
    assert (c.version, c.versions) == (2, 2)
    assert {t.code: t.total for t in r.totals} == {a["code"]: a["value"] for a in v2.payload["annex"]}
    assert packages_in_db(workspace) == 2
    assert v1.payload["checksum"] != v2.payload["checksum"]


def test_packages_in_zip_files_and_a_missing_commune(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = write_package(tmp_path / "src" / "a", "Xã Bình Lư", "Lai Châu", "10001", rng=random.Random(1))
    b = write_package(tmp_path / "src" / "b", "Xã Nà Tăm", "Lai Châu", "10002", rng=random.Random(2))
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as z:
        for f in a.path.iterdir():
            z.write(f, f"Binh Lu/{f.name}")
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as z:
        for f in b.path.iterdir():
            z.write(f, f.name)
    report = import_packages(workspace.db, [tmp_path / "a.zip", tmp_path / "b.zip"], now=NOW)
    assert len(report.imported) == 2, [p.reason("en") for p in report.skipped]
    # the 9-month period: both communes are known and missing
    r9 = rollup(workspace.db, 2026, "9m")
    assert len(r9.missing) == 2 and not r9.totals
    (tmp_path / "c.zip").write_bytes(b"PK broken")
    bad = import_packages(workspace.db, [tmp_path / "c.zip"], now=NOW)
    assert bad.skipped[0].code == "damaged"


def test_nfd_names_are_one_commune(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import unicodedata
    write_package(tmp_path / "v1", "Xã Bình Lư", "Lai Châu", None, rng=random.Random(1))
    write_package(tmp_path / "v2", unicodedata.normalize("NFD", "Xã Bình Lư"), "Lai Châu", None, version=2,
                  rng=random.Random(2))
    import_packages(workspace.db, [tmp_path], now=NOW)
    [c] = rollup(workspace.db, 2026, "6m").communes
    assert c.name == "Xã Bình Lư" and c.versions == 2
    assert json.dumps(c.name, ensure_ascii=False) == '"Xã Bình Lư"'


@pytest.mark.parametrize("kind", ["adhoc", "x"])
def test_bad_period_is_refused(workspace, kind) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.errors import ValidationError
    with pytest.raises(ValidationError):
        rollup(workspace.db, 2026, kind)


def test_export_xlsx_pdf_docx_read_back(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx
    import openpyxl
    from pypdf import PdfReader

    from dancoso_desktop.services.rollup_export import export_rollup
    from dancoso_desktop.services.rollup_service import set_receiving_office

    set_receiving_office(workspace.db, True, "Sở Nội vụ tỉnh Lai Châu")
    made = generate(tmp_path / "in", 12)
    import_packages(workspace.db, [tmp_path / "in"], now=NOW)
    x = export_rollup(workspace.db, 2026, "6m", "xlsx", tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(x)
    assert wb.sheetnames == ["Tổng hợp", "Theo xã", "Tình hình nhận"]
    totals = wb["Tổng hợp"]
    total_by_label = {row[2]: row[4] for row in totals.iter_rows(min_row=6, values_only=True) if row[2]}
    assert total_by_label["Số nội dung đã công khai"] == sum(
        a["value"] for g in made for a in g.payload["annex"] if a["code"] == "disclosures.total")
    communes = wb["Theo xã"]
    assert communes.max_row == 3 + 12 and communes.max_column == 3 + 19
    p = export_rollup(workspace.db, 2026, "6m", "pdf", tmp_path / "r.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(p)).pages)
    assert "SỞ NỘI VỤ TỈNH LAI CHÂU" in text and "12/12" in text
    d = export_rollup(workspace.db, 2026, "6m", "docx", tmp_path / "r.docx")
    body = "\n".join(par.text for par in docx.Document(str(d)).paragraphs)
    assert "TÌNH HÌNH NHẬN BÁO CÁO" in body


def test_rollup_on_the_command_line(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    generate(tmp_path / "in", 5)
    (tmp_path / "in" / "junk").mkdir()
    (tmp_path / "in" / "junk" / "report.json").write_text("{}", encoding="utf-8")
    assert cli("rollup", "office", "--on", "--name", "Sở Nội vụ tỉnh Lai Châu").code == 0
    r = cli("rollup", "import", str(tmp_path / "in"), "--json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert (data["imported"], data["skipped"]) == (5, 1)
    assert [p["code"] for p in data["packages"] if p["state"] == "skipped"] == ["foreign"]
    again = cli("rollup", "import", str(tmp_path / "in"), lang="en")
    assert again.code == 1 and "already imported" in again.out
    st = json.loads(cli("rollup", "status", "--year", "2026", "--period", "6m", "--json").out)
    assert (st["expected"], st["received"]) == (5, 5) and len(st["totals"]) == 19
    out = tmp_path / "r.xlsx"
    assert cli("export", "rollup", "--year", "2026", "--period", "6m", "--format", "xlsx", "-o", str(out)).code == 0
    assert out.exists()
    assert cli("export", "rollup", "--year", "2026", "--period", "q1", "--format", "xlsx", "-o", str(out)).code == 2
