"""A heading the document lost is put back from the numbering (issue 15 item 1), read from
.txt, .docx and .pdf files made here; a number used twice and numbered body text are not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dancoso_desktop.services.plan_import import RESTORED_TITLE, commit_import, read_plan_file

HEAD = ["ỦY BAN NHÂN DÂN XÃ AN BÌNH", "Số: 12/KH-UBND", "An Bình, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH",
        "Thực hiện dân chủ ở cơ sở năm 2026"]
TAIL = ["Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"]

# Each case: the body lines, then the outline expected (level, number, title, restored).
CASES = {
    # "II. NỘI DUNG" lost: the run 1, 2 after I's own 1, 2 belongs to II; III stays III.
    "missing_part": (
        ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích của kế hoạch", "2. Yêu cầu của kế hoạch",
         "1. Tăng cường lãnh đạo", "2. Tuyên truyền phổ biến", "III. TỔ CHỨC THỰC HIỆN",
         "1. Phòng Văn hóa - Xã hội"],
        [(1, "I", "MỤC ĐÍCH, YÊU CẦU", False), (2, "1", "Mục đích của kế hoạch", False),
         (2, "2", "Yêu cầu của kế hoạch", False), (1, "II", "", True), (2, "1", "Tăng cường lãnh đạo", False),
         (2, "2", "Tuyên truyền phổ biến", False), (1, "III", "TỔ CHỨC THỰC HIỆN", False),
         (2, "1", "Phòng Văn hóa - Xã hội", False)]),
    # "2. …" lost under I: its points a), b) restart after 1's a), b); item 3 stays 3.
    "missing_item": (
        ["I. NỘI DUNG THỰC HIỆN", "1. Công khai thông tin", "a) Niêm yết tại trụ sở", "b) Đăng trên loa",
         "a) Hội nghị thôn", "b) Lấy ý kiến bằng phiếu", "3. Kiểm tra, giám sát", "II. TỔ CHỨC THỰC HIỆN"],
        [(1, "I", "NỘI DUNG THỰC HIỆN", False), (2, "1", "Công khai thông tin", False),
         (3, "a", "Niêm yết tại trụ sở", False), (3, "b", "Đăng trên loa", False), (2, "2", "", True),
         (3, "a", "Hội nghị thôn", False), (3, "b", "Lấy ý kiến bằng phiếu", False),
         (2, "3", "Kiểm tra, giám sát", False), (1, "II", "TỔ CHỨC THỰC HIỆN", False)]),
    # III printed twice: the second is IV, and the IV after it V (with a warning).
    "used_twice": (
        ["I. MỤC ĐÍCH", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "III. KINH PHÍ THỰC HIỆN",
         "IV. CHẾ ĐỘ BÁO CÁO"],
        [(1, "I", "MỤC ĐÍCH", False), (1, "II", "NỘI DUNG", False), (1, "III", "TỔ CHỨC THỰC HIỆN", False),
         (1, "IV", "KINH PHÍ THỰC HIỆN", False), (1, "V", "CHẾ ĐỘ BÁO CÁO", False)]),
    # Numbered body text under one heading (1, 2 then 1, 2, 3), no skip above: stays as today.
    "restart_no_skip": (
        ["I. MỤC ĐÍCH", "1. Mục đích chung", "2. Yêu cầu chung", "1. Bảo đảm công khai",
         "2. Bảo đảm dân chủ", "II. NỘI DUNG", "1. Việc một"],
        [(1, "I", "MỤC ĐÍCH", False), (2, "1", "Mục đích chung", False), (2, "2", "Yêu cầu chung", False),
         (2, "3", "Bảo đảm công khai", False), (2, "4", "Bảo đảm dân chủ", False), (1, "II", "NỘI DUNG", False),
         (2, "1", "Việc một", False)]),
}


def outline(plan) -> list[tuple[int, str, str, bool]]:  # type: ignore[no-untyped-def]
    out = []

    def walk(sections, level):  # type: ignore[no-untyped-def]
        for s in sections:
            out.append((level, s.number, s.title, s.restored))
            walk(s.children, level + 1)
    walk(plan.sections, 1)
    return out


def write_txt(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_docx(path: Path, lines: list[str]) -> Path:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def write_pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from dancoso_desktop import paths

    pdfmetrics.registerFont(TTFont("TestSerif", str(paths.resource("fonts", "LiberationSerif-Regular.ttf"))))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("TestSerif", 13)
    y = 800.0
    for line in lines:
        c.drawString(72, y, line)
        y -= 22
    c.showPage()
    c.save()
    return path


WRITERS = {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_missing_heading_rule(tmp_path: Path, kind: str, case: str) -> None:
    body, expected = CASES[case]
    f = WRITERS[kind](tmp_path / f"{case}.{kind}", HEAD + body + TAIL)
    r = read_plan_file(f, year=2026)
    assert outline(r.plan) == expected
    warnings = " ".join(n.text("en") for n in r.warnings)
    if case.startswith("missing"):
        restored = next(s for s in r.plan.walk() if s.restored)
        assert f"Heading “{restored.number}” is missing from the original" in warnings
        # Every number now matches the paper: nothing renumbered, no "restarts" left to puzzle over.
        assert "renumbered" not in warnings and "restarts" not in warnings and "missing between" not in warnings
        assert "Đề mục “" in " ".join(n.text("vi") for n in r.warnings)
    elif case == "used_twice":
        assert "Number “III” is used twice; the second one is numbered “IV”" in warnings
    else:
        assert "restarts at “1” after “2”" in warnings


def test_import_plan_json_carries_the_flag_and_a_stored_import_has_a_title(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dancoso_desktop.cli import main

    f = write_txt(tmp_path / "thieu.txt", HEAD + CASES["missing_part"][0] + TAIL)
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "import", "plan", str(f), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(s["number"], s["title"], s["restored"]) for s in data["sections"]] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", False), ("II", "", True), ("III", "TỔ CHỨC THỰC HIỆN", False)]
    assert [c["restored"] for c in data["sections"][1]["children"]] == [False, False]
    assert any("“II”" in w for w in data["warnings"])

    # Imported without a window to ask in: stored, with a title that says what happened.
    from dancoso_desktop.services.plan_service import PlanService
    from dancoso_desktop.services.workspace import open_workspace

    ws = open_workspace(data_dir)
    try:
        result = read_plan_file(f, year=2026)
        commit_import(PlanService(ws.db), result.plan)
        stored = PlanService(ws.db).get_plan(2026)
        assert stored is not None
        assert [(s.number, s.title) for s in stored.sections] == [
            ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", RESTORED_TITLE), ("III", "TỔ CHỨC THỰC HIỆN")]
        assert [c.title for c in stored.sections[1].children] == ["Tăng cường lãnh đạo", "Tuyên truyền phổ biến"]
    finally:
        ws.close()
