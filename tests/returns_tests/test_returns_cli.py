"""The returns commands: forms written, a filled form imported (dry run, then for real), status."""

from __future__ import annotations

import json

import openpyxl

from dancoso_desktop.documents.returns_form import SHEET_PROGRESS
from returns_tests.helpers import data_rows, setup_plan


def test_forms_import_and_status_on_the_command_line(cli, workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup = setup_plan(workspace)
    workspace.close()
    out = tmp_path / "forms"
    r = cli("returns", "forms", "--year", "2026", "--period", "6m", "-o", str(out), "--json")
    assert r.code == 0, r.err
    forms = {f["unit_id"]: f["path"] for f in json.loads(r.out)["forms"]}
    assert set(forms) == {setup["hamlet"], setup["office"]}
    path = forms[setup["hamlet"]]
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_PROGRESS]
    ws.cell(data_rows(ws)["Tuyên truyền pháp luật"], 7).value = "80 %"
    wb.save(path)

    dry = cli("import", "returns", str(out), "--dry-run", "--json")
    assert dry.code == 0, dry.err
    data = json.loads(dry.out)
    assert data["applied"] is False
    changes = [c for f in data["files"] for c in f["changes"]]
    assert [(c["title"], c["field"], c["old"], c["new"]) for c in changes] == \
        [("Tuyên truyền pháp luật", "progress", "0%", "80%")]
    assert any("80 %" in p["text"] for f in data["files"] for p in f["problems"])

    real = cli("import", "returns", path, lang="en")
    assert real.code == 0, real.err
    assert "Progress 0% → 80%" in real.out and "Imported 1 forms, 1 changes." in real.out

    st = cli("returns", "status", "--year", "2026", "--period", "6m", "--json")
    status = json.loads(st.out)
    assert (status["expected"], status["returned"], status["summary"]) == (2, 1, "1/2 đơn vị đã báo cáo")

    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"nope")
    refused = cli("import", "returns", str(bad))
    assert refused.code == 1 and "Không có phiếu nào dùng được" in refused.out
    assert cli("import", "plan", "--help").code == 0       # the sibling command still works
