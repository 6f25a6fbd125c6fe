"""The command line of consultations and hương ước: lists with their checks as JSON, the
registers as XLSX, and NĐ 61 Mẫu 01 / Mẫu 03 read back with the record's figures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest


@pytest.fixture
def demo_copy(demo_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_dir, target)
    return target


def test_lists_as_json(cli, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("consultations", "list", "--year", "2026", "--json", data=demo_copy)
    assert res.code == 0, res.err
    data = json.loads(res.out)
    assert 4 <= len(data) <= 6
    short = [c for c in data if c["days"] < 20]
    assert len(short) == 1 and "period_too_short" in short[0]["problems"]
    published = [c for c in data if c["disclosure_id"]]
    assert published and all(c["result_published_on"] for c in published)
    res = cli("village-rules", "list", "--json", data=demo_copy)
    rules = json.loads(res.out)
    assert res.code == 0 and len({r["hamlet_id"] for r in rules}) == 12
    assert len({r["stage"] for r in rules}) >= 8
    rejected = [r for r in rules if r["stage"] == "rejected"]
    assert rejected and rejected[0]["adopted"] is False and "not_adopted" in rejected[0]["problems"]
    assert 2 * rejected[0]["agree"] == rejected[0]["households"]      # exactly half is not enough
    res = cli("village-rules", "list", data=demo_copy)
    assert res.code == 0 and "Đã công nhận, có hiệu lực" in res.out


def test_registers_as_xlsx(cli, demo_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    out = tmp_path / "c.xlsx"
    res = cli("export", "consultations", "--year", "2026", "--format", "xlsx", "-o", str(out), data=demo_copy)
    assert res.code == 0, res.err
    ws = load_workbook(out).active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "Phương án chỉnh trang khu trung tâm xã" in values
    assert any(isinstance(v, str) and v.startswith("Thời gian lấy ý kiến dưới 20 ngày") for v in values)
    out = tmp_path / "v.xlsx"
    res = cli("export", "village-rules", "--format", "xlsx", "-o", str(out), data=demo_copy)
    assert res.code == 0, res.err
    values = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row if c is not None]
    assert "Hương ước Thôn Nà Rụa" in values and "Tổng cộng" in values


def test_forms_read_back_with_the_record(cli, demo_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import docx
    import pypdf

    rules = json.loads(cli("village-rules", "list", "--json", data=demo_copy).out)
    r = next(x for x in rules if x["stage"] == "in_force" and x["decision_number"])
    pdf = tmp_path / "qd.pdf"
    res = cli("export", "village-rule", str(r["id"]), "--form", "recognition", "--format", "pdf", "-o", str(pdf),
              data=demo_copy)
    assert res.code == 0, res.err
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    flat = " ".join(text.split())
    assert f"Số: {r['decision_number']}" in flat
    assert f"{r['agree']}/{r['households']} hộ" in flat
    assert "cần đối chiếu Phụ lục NĐ 61" in flat and "QUYẾT ĐỊNH" in flat
    word = tmp_path / "dn.docx"
    res = cli("export", "village-rule", str(r["id"]), "--form", "request", "--format", "docx", "-o", str(word),
              data=demo_copy)
    assert res.code == 0, res.err
    body = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert f"số hộ tán thành: {r['agree']} hộ" in body
    assert f"tổng số hộ gia đình của {r['hamlet']}: {r['households']} hộ" in body
    assert "ý kiến khác: ……………" in body                  # the record lacks it: a dotted line
    assert "ĐỀ NGHỊ" in body.upper()


def test_refusals_exit_1(cli, demo_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rules = json.loads(cli("village-rules", "list", "--json", data=demo_copy).out)
    proposed = next(x for x in rules if x["stage"] == "proposed")
    res = cli("export", "village-rule", str(proposed["id"]), "--form", "recognition", "--format", "pdf",
              "-o", str(tmp_path / "x.pdf"), data=demo_copy)
    assert res.code == 1 and "thông qua" in res.err and not (tmp_path / "x.pdf").exists()
    res = cli("export", "village-rule", "9999", "--form", "request", "--format", "pdf", "-o",
              str(tmp_path / "y.pdf"), data=demo_copy)
    assert res.code == 1
    assert cli("consultations", "list", "--year", "abc", data=demo_copy).code == 2
    res = cli("consultations", "list", "--year", "2026", data=demo_copy)
    assert res.code == 0 and "period_too_short" in res.out
