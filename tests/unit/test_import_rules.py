"""The outline recogniser and the document-data readers on small texts written for each rule."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.numbering import NumberStyle
from dancoso_desktop.domain.plan import TimeFrameKind
from dancoso_desktop.importers.assemble import propose_plan
from dancoso_desktop.importers.legacy import convert_tcvn3, convert_vni, detect_legacy, repair_lookalikes
from dancoso_desktop.importers.outline import Kind, read_label
from dancoso_desktop.importers.text_reader import read_text
from dancoso_desktop.importers.timeframe import parse_timeframe, parse_units
from dancoso_desktop.services.plan_import import read_plan_file

HEAD = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2026
Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022;
UBND xã An Bình ban hành Kế hoạch như sau:
"""
TAIL = """Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
"""


def plan_of(body: str, head: str = HEAD, tail: str = TAIL):  # type: ignore[no-untyped-def]
    text = head + body + tail
    return propose_plan(read_text(text.encode("utf-8"), "x.txt", markdown=False))


def outline(plan) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    out = []

    def walk(sections, level):  # type: ignore[no-untyped-def]
        for s in sections:
            out.append((level, s.number, s.title))
            walk(s.children, level + 1)
    walk(plan.sections, 1)
    return out


def test_document_data_is_read() -> None:
    p = plan_of("I. MỤC ĐÍCH\nNội dung một.\nII. NỘI DUNG\n1. Việc một\nLàm việc một.\n").plan
    assert (p.issuing_body, p.number, p.place, p.date) == ("ỦY BAN NHÂN DÂN XÃ AN BÌNH", "12/KH-UBND", "An Bình",
                                                         date(2026, 1, 5))
    assert p.title == "Thực hiện dân chủ ở cơ sở năm 2026" and p.year == 2026
    assert p.legal_bases == ["Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10/11/2022"]
    assert p.intro == "UBND xã An Bình ban hành Kế hoạch như sau:"
    assert p.recipients == ["UBND huyện", "Lưu: VT"]
    assert (p.signer.authority, p.signer.title, p.signer.name) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình")
    assert outline(p) == [(1, "I", "MỤC ĐÍCH"), (1, "II", "NỘI DUNG"), (2, "1", "Việc một")]
    assert p.sections[0].text == "Nội dung một."


def test_messy_numbering_is_read_and_reported() -> None:
    body = ("I. MỤC ĐÍCH\n1. Mục đích\n2 Yêu cầu\nII. NỘI DUNG\n1. Việc một\n1.1 Nội dung\n"
            "a) Điểm a\nb) Điểm b\nc) Điểm c\nd) Điểm d\ne) Điểm e không có đ\n"
            "1.2 Cơ quan thực hiện: Phòng Văn hóa - Xã hội; Công an xã.\n"
            "1.3. Thời gian thực hiện: Trong quý II/2026.\n2. Việc hai\n2. Việc ba trùng số\n")
    r = plan_of(body)
    got = outline(r.plan)
    assert [g[:2] for g in got] == [
        (1, "I"), (2, "1"), (2, "2"), (1, "II"), (2, "1"), (3, "1.1"), (4, "a"), (4, "b"), (4, "c"), (4, "d"),
        (4, "e"), (3, "1.2"), (3, "1.3"), (2, "2"), (2, "3")]
    item = r.plan.sections[1].children[0]
    # Letters that skip đ keep the document's lettering.
    assert item.children[0].child_style is NumberStyle.LATIN
    assert (item.lead_unit, item.coordinating_units) == ("Phòng Văn hóa - Xã hội", ["Công an xã"])
    assert item.timeframe.kind is TimeFrameKind.QUARTER and item.timeframe.quarter == 2
    assert item.children[1].title == "Cơ quan thực hiện"
    warnings = " ".join(n.text("en") for n in r.notes)
    assert "used twice" in warnings


def test_letters_directly_under_an_item_keep_their_letters() -> None:
    p = plan_of("I. NỘI DUNG\n1. Việc một\na) Điểm a\nb) Điểm b\n").plan
    assert [g[1] for g in outline(p)] == ["I", "1", "a", "b"]
    assert p.sections[0].children[0].child_style is NumberStyle.LETTER


def test_a_heading_over_two_lines_and_dash_lists_stay_body_text() -> None:
    body = ("I. NỘI DUNG\n1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền xã trong\n"
            "thực hiện dân chủ ở cơ sở\n- Gạch đầu dòng một;\n- Gạch đầu dòng hai.\n")
    p = plan_of(body).plan
    item = p.sections[0].children[0]
    assert item.title.endswith("trong thực hiện dân chủ ở cơ sở")
    assert item.text == "- Gạch đầu dòng một;\n- Gạch đầu dòng hai."
    assert not item.children


def test_missing_heading_is_restored_as_an_untitled_placeholder() -> None:
    body = "I. MỤC ĐÍCH\n1. Mục đích\n2. Yêu cầu\n1. Lãnh đạo\n2. Tuyên truyền\nIII. TỔ CHỨC\n1. Phòng\n"
    r = plan_of(body)
    assert [g[1] for g in outline(r.plan)] == ["I", "1", "2", "II", "1", "2", "III", "1"]
    restored = r.plan.sections[1]
    assert restored.restored and restored.title == "" and [c.title for c in restored.children] == [
        "Lãnh đạo", "Tuyên truyền"]
    text = " ".join(n.text("en") for n in r.notes)
    assert "Heading “II” is missing" in text and "renumbered" not in text
    # Without the skip above (II follows I), the restart is numbered body text: kept under I.
    r = plan_of(body.replace("III. TỔ CHỨC", "II. TỔ CHỨC"))
    assert [g[1] for g in outline(r.plan)] == ["I", "1", "2", "3", "4", "II", "1"]
    assert not any(s.restored for s in r.plan.walk())
    text = " ".join(n.text("en") for n in r.notes)
    assert "restarts" in text and "renumbered" in text


def test_text_before_the_first_heading_and_a_number_inside_a_sentence_are_kept() -> None:
    body = "I. NỘI DUNG\nThực hiện trong năm\n2026. Đây là câu tiếp.\n"
    p = plan_of(body).plan
    assert [g[1] for g in outline(p)] == ["I"]
    assert "2026. Đây là câu tiếp." in p.sections[0].text


def test_nfd_input_is_stored_nfc() -> None:
    body = unicodedata.normalize("NFD", "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n")
    p = plan_of(body).plan
    assert p.sections[0].title == "MỤC ĐÍCH, YÊU CẦU"
    assert unicodedata.is_normalized("NFC", p.sections[0].children[0].title)


def test_blank_day_in_the_date_line_is_unknown_not_guessed() -> None:
    head = HEAD.replace("ngày 05 tháng 01 năm 2026", "ngày    tháng 12 năm 2025")
    r = plan_of("I. MỤC ĐÍCH\n", head=head)
    assert r.plan.date is None and r.plan.place == "An Bình"
    assert any("blank" in n.text("en") for n in r.notes)


def test_no_structure_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        propose_plan(read_text("Một lá thư thường.\nKhông có đề mục nào.\n".encode(), "x.txt", markdown=False))
    assert "cấu trúc" in err.value.vi and "structure" in err.value.en


def test_markdown_marks_are_ignored() -> None:
    md = "## KẾ HOẠCH Thực hiện dân chủ năm 2026\n\n### **I. MỤC ĐÍCH**\n\n#### **1.1 Nội dung:**\n\n**a)** Điểm *một*\n"
    p = propose_plan(read_text(md.encode(), "x.md", markdown=True)).plan
    assert p.title == "Thực hiện dân chủ năm 2026"
    assert [g[2] for g in outline(p)] == ["MỤC ĐÍCH", "Nội dung", "Điểm một"]


def test_superscript_footnotes_are_separated_and_attached() -> None:
    body = ("I. NỘI DUNG\nTriển khai Luật dân chủ ở cơ sở1, các văn bản của tỉnh và\n"
            "của huyện về công tác xây dựng, chỉnh đốn Đảng, các cuộc vận động\n"
            "                                      \n"
            "1 Trọng tâm là Luật Thực hiện dân chủ ở cơ sở;\n"
            " phong trào thi đua yêu nước trên địa bàn xã.\n"
            + "Nội dung dòng đầy đủ để văn bản được xem là đã ngắt dòng cứng theo trang in.\n" * 8)
    r = plan_of(body)
    assert r.plan.footnotes == ["Trọng tâm là Luật Thực hiện dân chủ ở cơ sở;"]
    assert "cơ sở¹," in r.plan.sections[0].text
    assert "phong trào thi đua" in r.plan.sections[0].text


def test_legacy_encodings_and_lookalikes() -> None:
    assert convert_tcvn3("KÕ ho¹ch thùc hiÖn d©n chñ ë c¬ së") == "Kế hoạch thực hiện dân chủ ở cơ sở"
    assert convert_tcvn3("kÕ ho¹ch", upper=True) == "KẾ HOẠCH"
    assert convert_vni("Keá hoaïch thöïc hieän daân chuû ôû cô sôû") == "Kế hoạch thực hiện dân chủ ở cơ sở"
    assert detect_legacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == "tcvn3"
    assert detect_legacy("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == "vni"
    assert detect_legacy("Cộng hòa xã hội chủ nghĩa Việt Nam") is None
    assert repair_lookalikes("Kӂ HOҤCH")[0] == "KẾ HOẠCH"
    assert repair_lookalikes("KЕ НОАСН")[0] == "KE HOACH"
    assert repair_lookalikes("Káº¿ hoáº¡ch")[0] == "Kế hoạch"   # UTF-8 read as Windows-1252


def test_tcvn3_text_file_is_converted(tmp_path: Path) -> None:
    text = ("KÕ HO¹CH\nThùc hiÖn d©n chñ ë c¬ së n¨m 2026\nI. MôC §ÝCH, Y£U CÇU\n1. Môc ®Ých\n"
            "II. NéI DUNG\n1. C«ng t¸c l·nh ®¹o\n")
    f = tmp_path / "cu.txt"
    f.write_bytes(text.encode("latin-1"))
    r = read_plan_file(f)
    assert r.plan.title == "Thực hiện dân chủ ở cơ sở năm 2026"
    assert [s.title for s in r.plan.sections] == ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG"]
    assert any("TCVN3" in n.text("en") for n in r.warnings)


def test_lookalike_title_is_still_a_plan() -> None:
    head = HEAD.replace("KẾ HOẠCH", "Kӂ HOҤCH")
    assert plan_of("I. MỤC ĐÍCH\n", head=head).plan.title == "Thực hiện dân chủ ở cơ sở năm 2026"


@pytest.mark.parametrize(("text", "kind", "number"), [
    ("I. MỤC ĐÍCH", Kind.ROMAN, "I"), ("IV- TỔ CHỨC", Kind.ROMAN, "IV"), ("2.2 Cơ quan thực hiện", Kind.DECIMAL, "2.2"),
    ("1.1. Nội dung", Kind.DECIMAL, "1.1"), ("3) Việc ba", Kind.ARABIC, "3"), ("đ) Điểm đ", Kind.LETTER, "đ"),
    ("a. Điểm a", Kind.LETTER, "a"), ("2.1.3. Mục sâu", Kind.DECIMAL, "2.1.3"),
    ("1.1.Nội dung", Kind.DECIMAL, "1.1"), ("1/ Mục đích", Kind.ARABIC, "1"), ("II/ NỘI DUNG", Kind.ROMAN, "II"),
    ("2 Yêu cầu", Kind.ARABIC, "2"),
])
def test_labels(text: str, kind: Kind, number: str) -> None:
    lab = read_label(text)
    assert lab is not None and (lab.kind, lab.number) == (kind, number)


@pytest.mark.parametrize("text", ["- gạch đầu dòng", "2026 là năm", "Ví dụ", "100. quá lớn", "IIII. sai",
                                  "1.500.000 đồng mỗi hộ", "10.11.2022 là ngày ban hành", "1/2026 là tháng"])
def test_not_labels(text: str) -> None:
    assert read_label(text) is None


def test_timeframes_and_units() -> None:
    assert parse_timeframe("Thường xuyên trong năm 2026.", 2026).kind is TimeFrameKind.WHOLE_YEAR
    assert parse_timeframe("Hoàn thành trong quý III/2026", 2026).quarter == 3
    tf = parse_timeframe("Trước ngày 31/3/2026", 2026)
    assert tf.kind is TimeFrameKind.BY_DATE and tf.end == date(2026, 3, 31)
    tf = parse_timeframe("Từ 01/4 đến 30/6", 2026)
    assert (tf.start, tf.end) == (date(2026, 4, 1), date(2026, 6, 30))
    assert parse_timeframe("Trước ngày 31/2/2026", 2026).kind is TimeFrameKind.NONE
    assert parse_units("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã, các thôn.") == (
        "Phòng Văn hóa - Xã hội", ["Công an xã", "các thôn"])


def test_report_deadlines() -> None:
    body = ("I. TỔ CHỨC\nBáo cáo định kỳ 06 tháng (trước ngày 05/6), 01 năm (trước ngày 10/11).\n"
            "Báo cáo quý gửi trước 25/3/2026.\n")
    p = plan_of(body).plan
    assert [(d["kind"], d["due"], d["date"]) for d in p.report_deadlines] == [
        ("6 tháng", "05/6", "2026-06-05"), ("năm", "10/11", "2026-11-10"), ("quý", "25/3", "2026-03-25")]


def test_two_column_layout_text_and_signature_before_recipients(tmp_path: Path) -> None:
    text = """UBND XÃ AN BÌNH                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND                         An Bình, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện dân chủ ở cơ sở năm 2026
I/ MỤC ĐÍCH, YÊU CẦU
1/ Mục đích
Bảo đảm công khai.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
NGUYỄN VĂN AN
Nơi nhận:
- UBND huyện;
- Lưu: VT.
"""
    f = tmp_path / "layout.txt"
    f.write_text(text, encoding="utf-8")
    r = read_plan_file(f)
    p = r.plan
    assert (p.issuing_body, p.number, p.place, p.date) == ("UBND XÃ AN BÌNH", "15/KH-UBND", "An Bình", date(2026, 2, 12))
    assert (p.signer.authority, p.signer.title, p.signer.name) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "NGUYỄN VĂN AN")
    assert p.recipients == ["UBND huyện", "Lưu: VT"]
    assert outline(p) == [(1, "I", "MỤC ĐÍCH, YÊU CẦU"), (2, "1", "Mục đích")]
    assert p.sections[0].children[0].text == "Bảo đảm công khai."
    assert r.warnings == []


def test_docx_in_legacy_fonts_is_converted(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for text, font in (("KÕ HO¹CH", ".VnTimeH"), ("Thùc hiÖn d©n chñ ë c¬ së n¨m 2026", ".VnTime"),
                       ("I. Môc ®Ých", ".VnTimeH"), ("1. Môc ®Ých chung", ".VnTime"),
                       ("II. Néi dung", ".VnTimeH"), ("1. Tuyeân truyeàn", "VNI-Times")):
        run = d.add_paragraph().add_run(text)
        run.font.name = font
    f = tmp_path / "cu.docx"
    d.save(str(f))
    r = read_plan_file(f)
    assert r.plan.title == "Thực hiện dân chủ ở cơ sở năm 2026"
    assert outline(r.plan) == [(1, "I", "MỤC ĐÍCH"), (2, "1", "Mục đích chung"), (1, "II", "NỘI DUNG"),
                               (2, "1", "Tuyên truyền")]
    assert any("TCVN3" in n.text("en") for n in r.warnings)


def test_word_automatic_letters_and_heading_numbers(tmp_path: Path) -> None:
    """Word's own lists: 'a)' drawn by Word letters a b c d e (no đ); numbers are not in the text."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="77"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
        '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {ns} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for text, level in (("MỤC ĐÍCH", 0), ("NỘI DUNG", 0), *((f"Điểm {i}", 1) for i in range(1, 7))):
        p = d.add_paragraph(text, style="Heading 1" if level == 0 else None)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'))
    f = tmp_path / "auto.docx"
    d.save(str(f))
    p = read_plan_file(f, year=2026).plan
    assert [o[:2] for o in outline(p)] == [(1, "I"), (1, "II"), *((2, x) for x in "abcdef")]
    assert p.sections[1].child_style is NumberStyle.LATIN


TASKS = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
         ["(1)", "(2)", "(3)", "(4)", "(5)"],
         ["I", "Công tác tuyên truyền", "", "", ""],
         ["1", "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở", "Phòng Văn hóa - Xã hội", "Các thôn", "Quý I/2026"],
         ["2", "Niêm yết công khai dự toán", "Văn phòng HĐND và UBND", "", "Trước ngày 31/01/2026"],
         ["II", "Công tác kiểm tra", "", "", ""],
         ["1", "Kiểm tra tại các thôn", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ xã", "Từ 01/9 đến 30/9/2026"]]


def _check_tasks(plan) -> None:  # type: ignore[no-untyped-def]
    assert [o[:2] for o in outline(plan)] == [(1, "I"), (2, "1"), (3, "I"), (4, "1"), (4, "2"), (3, "II"), (4, "1"),
                                             (2, "2"), (1, "II")]
    task = plan.sections[0].children[0].children[0].children[0]
    assert (task.title, task.lead_unit, task.coordinating_units) == (
        "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở", "Phòng Văn hóa - Xã hội", ["Các thôn"])
    assert task.timeframe.kind is TimeFrameKind.QUARTER and task.timeframe.quarter == 1
    check = plan.sections[0].children[0].children[1].children[0]
    assert (check.timeframe.start, check.timeframe.end) == (date(2026, 9, 1), date(2026, 9, 30))
    assert plan.sections[0].children[1].title == "Nhiệm vụ khác"   # the outline resumes after the table


def test_task_table_in_word(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for text in ("KẾ HOẠCH", "Thực hiện dân chủ ở cơ sở năm 2026", "I. NỘI DUNG", "1. Nhiệm vụ trọng tâm"):
        d.add_paragraph(text)
    table = d.add_table(rows=len(TASKS), cols=5)
    for r, row in enumerate(TASKS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for text in ("2. Nhiệm vụ khác", "II. TỔ CHỨC THỰC HIỆN"):
        d.add_paragraph(text)
    f = tmp_path / "bang.docx"
    d.save(str(f))
    _check_tasks(read_plan_file(f).plan)


def test_task_table_in_markdown(tmp_path: Path) -> None:
    rows = [TASKS[0], ["---"] * 5, *TASKS[1:]]
    table = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    f = tmp_path / "bang.md"
    f.write_text(f"**KẾ HOẠCH**\n\nThực hiện dân chủ năm 2026\n\n## I. NỘI DUNG\n\n1. Nhiệm vụ trọng tâm\n\n{table}\n\n"
                 "2. Nhiệm vụ khác\n\n## II. TỔ CHỨC THỰC HIỆN\n", encoding="utf-8")
    _check_tasks(read_plan_file(f).plan)


def test_text_laid_out_in_columns_with_dash_lists(tmp_path: Path) -> None:
    """Text saved with its layout: header and signature columns side by side on each line."""
    text = """     ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      XÃ TÂN HIỆP                          Độc lập - Tự do - Hạnh phúc
                                         ________________________
   Số: 45/KH-UBND                      Tân Hiệp, ngày 15 tháng 01 năm 2026

                                KẾ HOẠCH
         Triển khai thực hiện Quy chế dân chủ ở cơ sở năm 2026

Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;
Ủy ban nhân dân xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Phát huy quyền làm chủ của Nhân dân.
II. NỘI DUNG THỰC HIỆN
1. Thực hiện dân chủ ở xã
a) Những nội dung công khai để Nhân dân biết
- Dự toán, quyết toán ngân sách xã.
Thời gian thực hiện: Quý I năm 2026.
Cơ quan thực hiện: Văn phòng HĐND và UBND xã.
Trên đây là Kế hoạch thực hiện dân chủ ở cơ sở năm 2026 của UBND xã Tân Hiệp./.

Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
- UBND huyện;                                                CHỦ TỊCH
- TT Đảng ủy, HĐND xã;
- Lưu: VT.                                              Trần Văn Hùng
"""
    f = tmp_path / "layout2.txt"
    f.write_text(text, encoding="utf-8")
    r = read_plan_file(f)
    p = r.plan
    assert (p.issuing_body, p.number, p.place, p.date) == ("ỦY BAN NHÂN DÂN XÃ TÂN HIỆP", "45/KH-UBND", "Tân Hiệp",
                                                         date(2026, 1, 15))
    assert p.title == "Triển khai thực hiện Quy chế dân chủ ở cơ sở năm 2026"
    assert p.recipients == ["UBND huyện", "TT Đảng ủy, HĐND xã", "Lưu: VT"]
    assert (p.signer.authority, p.signer.title, p.signer.name) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Hùng")
    point = p.sections[1].children[0].children[0]
    assert point.text.startswith("- Dự toán, quyết toán ngân sách xã.")
    assert point.lead_unit == "Văn phòng HĐND và UBND xã" and point.timeframe.quarter == 1
    assert r.warnings == []


def test_word_headings_without_numbers_are_numbered_from_their_styles(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Thực hiện dân chủ ở cơ sở năm 2026")
    d.add_paragraph("MỤC ĐÍCH, YÊU CẦU", style="Heading 1")
    d.add_paragraph("Mục đích", style="Heading 2")
    d.add_paragraph("Phát huy quyền làm chủ.")
    d.add_paragraph("NỘI DUNG", style="Heading 1")
    d.add_paragraph("Công khai", style="Heading 2")
    f = tmp_path / "styles.docx"
    d.save(str(f))
    r = read_plan_file(f)
    assert outline(r.plan) == [(1, "I", "MỤC ĐÍCH, YÊU CẦU"), (2, "1", "Mục đích"), (1, "II", "NỘI DUNG"),
                               (2, "1", "Công khai")]
    assert any("heading styles" in n.text("en") for n in r.warnings)


def test_footnotes_at_page_feet_without_a_rule(tmp_path: Path) -> None:
    """Text extracted page by page (form feeds), the footnote rule lost, a mark set apart."""
    text = ("KẾ HOẠCH\nThực hiện dân chủ năm 2026\nI. NỘI DUNG\n1. Tuyên truyền\n"
            "Triển khai Luật dân chủ ở cơ sở1, các văn bản của tỉnh.\n"
            "2 Yêu cầu chung của kế hoạch\n"
            "1 Trọng tâm là Luật Thực hiện dân chủ ở cơ sở\nnăm 2022.\n\f"
            "Công khai nội dung ở thôn 2 và tổ dân phố.\n"
            "2 Kế hoạch phát triển kinh tế - xã hội.\n\f"
            "II. TỔ CHỨC THỰC HIỆN\n")
    f = tmp_path / "trang.txt"
    f.write_text(text, encoding="utf-8")
    r = read_plan_file(f)
    assert r.plan.footnotes == ["Trọng tâm là Luật Thực hiện dân chủ ở cơ sở năm 2022.",
                                "Kế hoạch phát triển kinh tế - xã hội."]
    assert [o[:2] for o in outline(r.plan)] == [(1, "I"), (2, "1"), (2, "2"), (1, "II")]
    assert "cơ sở¹," in r.plan.sections[0].children[0].text
    assert "thôn 2 và" in r.plan.sections[0].children[1].text   # a spaced mark is not guessed at
