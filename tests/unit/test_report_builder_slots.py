"""The builder places every register's sentence: under its own slot's heading, else under the
nearest parent slot's heading; never lost because the outline is coarser than the slots."""

from __future__ import annotations

from dancoso_desktop.domain.report_doc import OutlineSection
from dancoso_desktop.domain.reporting import Contribution, Statement
from dancoso_desktop.services.report_builder import assemble


def _contributions() -> list[Contribution]:
    return [
        Contribution("supervision", statements=[Statement("supervise.bttnd", "Ban TTND đã kiểm tra 4 cuộc."),
                                                Statement("supervise.petitions", "Tiếp nhận 8 đơn.")]),
        Contribution("conferences", statements=[Statement("supervise.dialogue", "Tổ chức 1 hội nghị đối thoại."),
                                                Statement("internal.staff_conference", "Hội nghị cán bộ ngày 18/03.")]),
        Contribution("nowhere", statements=[Statement("returns", "4/8 đơn vị đã báo cáo.")]),
    ]


def test_sentences_go_to_the_nearest_parent_heading_in_the_order_of_the_outline() -> None:
    outline = [OutlineSection("ii", "Kết quả", 1), OutlineSection("sup", "Nhân dân kiểm tra, giám sát", 2, "supervise"),
               OutlineSection("int", "Dân chủ trong cơ quan", 2, "internal")]
    content = assemble(outline, _contributions(), [])
    by_key = {s.key: s.statements for s in content.sections}
    # a) dialogue before c) BTTND and đ) petitions (reporting.md §1.6), whatever the registry order
    assert by_key["sup"] == ["Tổ chức 1 hội nghị đối thoại.", "Ban TTND đã kiểm tra 4 cuộc.", "Tiếp nhận 8 đơn."]
    assert by_key["int"] == ["Hội nghị cán bộ ngày 18/03."]
    assert by_key["ii"] == []


def test_an_exact_heading_takes_its_own_sentences() -> None:
    outline = [OutlineSection("sup", "Giám sát", 1, "supervise"),
               OutlineSection("bttnd", "Ban Thanh tra nhân dân", 2, "supervise.bttnd"),
               OutlineSection("ret", "Báo cáo của đơn vị", 1, "returns", statements=False)]
    by_key = {s.key: s.statements for s in assemble(outline, _contributions(), []).sections}
    assert by_key["bttnd"] == ["Ban TTND đã kiểm tra 4 cuộc."]
    assert by_key["sup"] == ["Tổ chức 1 hội nghị đối thoại.", "Tiếp nhận 8 đơn."]
    assert by_key["ret"] == []       # the officer turned the registers' sentences off here
