"""The periodic report as documents (issue 11 items 5, 7): the NĐ 30 body (BÁO CÁO, Kính gửi,
numbered headings with the registers' sentences and the officer's text, Nơi nhận, signature),
the statistics annex "Phụ lục I" after the signature on a new page, and the annex as XLSX.

The report body is a ``documents.model.Document`` drawn by the shared renderers; the annex is
drawn after the signature here, reusing their styles (the neutral model has no "after the
signature" part).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dancoso_desktop.documents import model
from dancoso_desktop.documents.report import RenderReport, iter_text
from dancoso_desktop.domain.report_doc import AnnexLine, ReportContent
from dancoso_desktop.domain.text import clean_line, clean_text, format_date, format_number
from dancoso_desktop.fileio import atomic_target

_LIST_MARK = re.compile(r"^([-+•*–])\s+")
ANNEX_HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Cùng kỳ năm trước"]
ANNEX_WIDTHS = [1.1, 7.0, 1.9, 1.6, 1.8]


@dataclass
class ReportHead:
    """What the printed report needs besides its content."""

    issuing_body: str
    place: str
    commune_name: str           # "xã Bình Lư", inside a sentence
    title: str
    kind_label: str             # "6 tháng", "9 tháng", "năm", "đột xuất"
    year: int
    period_start: date
    period_end: date
    recipient: str
    number: str = ""
    issued_on: date | None = None
    signer_authority: str = "TM. ỦY BAN NHÂN DÂN"
    signer_title: str = "CHỦ TỊCH"
    signer_name: str = ""


def head_to_json(head: ReportHead) -> dict[str, Any]:
    """The header as JSON (for the second rendering process, services/render_worker.py)."""
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in vars(head).items()}


def head_from_json(obj: dict[str, Any]) -> ReportHead:
    dates = ("period_start", "period_end", "issued_on")
    fields: dict[str, Any] = {k: (date.fromisoformat(v) if k in dates and v else v) for k, v in obj.items()}
    return ReportHead(**fields)


def _value(v: int | float | None) -> str:
    if v is None:
        return "-"
    if isinstance(v, float) and not v.is_integer():
        return format_number(v, 1)
    return format_number(int(v))


def _text_blocks(text: str) -> list[model.Block]:
    out: list[model.Block] = []
    for line in clean_text(text).split("\n"):
        line = line.strip()
        if not line:
            continue
        m = _LIST_MARK.match(line)
        if m:
            out.append(model.ListItem(line[m.end():], "+" if m.group(1) == "+" else "-"))
        else:
            out.append(model.Paragraph.of(line))
    return out


def of_line(head: ReportHead) -> str:
    """'(Kèm theo Báo cáo số 05/BC-UBND ngày 16/6/2026 của Ủy ban nhân dân xã Bình Lư)'."""
    number = head.number or "      /BC-UBND"
    day = format_date(head.issued_on) if head.issued_on else "     /     /     "
    return f"(Kèm theo Báo cáo số {number} ngày {day} của Ủy ban nhân dân {head.commune_name})"


_GROUP_NUMBER = re.compile(r"^[IVXLC]+\.\s+")
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]


def group_label(group: str, index: int) -> tuple[str, str]:
    """('II', 'CÔNG KHAI THÔNG TIN'): groups are numbered in the order they appear, whatever
    number a register gave its group."""
    name = _GROUP_NUMBER.sub("", group).strip().upper()
    return (_ROMAN[index] if index < len(_ROMAN) else str(index + 1)), name


def annex_rows(lines: list[AnnexLine]) -> list[list[str]]:
    """Rows of the annex: a Roman-numbered group row, then its rows numbered 1, 2… with
    child rows ('- …') under them."""
    rows: list[list[str]] = []
    group = None
    n = 0
    groups = 0
    for a in lines:
        if a.group != group:
            group = a.group
            n = 0
            roman, name = group_label(a.group, groups)
            groups += 1
            rows.append([roman, name, "", "", ""])
        if a.level == 0:
            n += 1
            rows.append([str(n), a.label, a.unit, _value(a.value), _value(a.previous)])
        else:
            rows.append(["", f"- {a.label}", a.unit, _value(a.value), _value(a.previous)])
    return rows


def build_document(head: ReportHead, content: ReportContent) -> model.Document:
    body: list[model.Block] = []
    for s in content.sections:
        body.append(model.Heading(min(s.level, 3) if s.level < 3 else 4, s.number, s.title))
        for text in s.statements:
            body.append(model.Paragraph.of(text))
        for f in s.figures:
            unit = f" {f.unit}" if f.unit else ""
            body.append(model.ListItem(f"{f.label}: {_value(f.value)}{unit}."))
        body.extend(_text_blocks(s.text))
    period = f"từ ngày {format_date(head.period_start)} đến ngày {format_date(head.period_end)}"
    what = (f"kết quả thực hiện dân chủ ở cơ sở {head.kind_label} đầu năm {head.year}"
            if head.kind_label in ("6 tháng", "9 tháng") else
            f"kết quả thực hiện dân chủ ở cơ sở năm {head.year}" if head.kind_label == "năm" else
            "kết quả thực hiện dân chủ ở cơ sở")
    intro = [
        model.Paragraph([model.Run("Kính gửi: "), model.Run(clean_line(head.recipient))], align="center",
                        indent_first=False),
        model.Paragraph.of(f"Ủy ban nhân dân {head.commune_name} báo cáo {what} (số liệu tính {period}) "
                           "như sau:"),
    ]
    recipients = [clean_line(head.recipient), "Thường trực HĐND xã", "Ủy ban MTTQ Việt Nam xã", "Lưu: VT"]
    return model.Document(
        issuing_body=head.issuing_body, type_name="BÁO CÁO", type_code="BC", summary=clean_line(head.title),
        number=head.number, place=head.place, date=head.issued_on, intro=intro, body=body,
        recipients=[r for r in recipients if r],
        signatures=[model.SignatureBlock(head.signer_authority, head.signer_title, head.signer_name)],
        title_for_metadata=f"Báo cáo {clean_line(head.title)}", year=head.year)


def annex_blocks(head: ReportHead, content: ReportContent) -> tuple[list[str], model.Table]:
    """The three lines above the annex table and the table (NĐ 30 PL I: "Phụ lục I", bold title,
    italic "(Kèm theo …)")."""
    lines = ["Phụ lục I", "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", of_line(head)]
    return lines, model.Table(ANNEX_HEADER, annex_rows(content.annex), ANNEX_WIDTHS)


def report_text(doc: model.Document, head: ReportHead, content: ReportContent) -> list[str]:
    """Every piece of text the PDF prints (the font check)."""
    lines, table = annex_blocks(head, content)
    return [*iter_text(doc), *lines, *table.header, *(c for r in table.rows for c in r)]


def render_pdf(head: ReportHead, content: ReportContent, target: Path,
               on_page: Callable[[int], None] | None = None) -> RenderReport:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer
    from reportlab.platypus import Paragraph as RLParagraph

    from dancoso_desktop.documents import pdf as P
    from dancoso_desktop.documents.fonts import font_set, missing_characters
    from dancoso_desktop.documents.layout import LAYOUT as L
    from dancoso_desktop.documents.pdf_flowables import esc

    doc = build_document(head, content)
    fonts = font_set()
    st = P._Styles(fonts)
    report = RenderReport(Path(target), missing=missing_characters(report_text(doc, head, content)),
                          font_source=fonts.source)
    lines, table = annex_blocks(head, content)
    with atomic_target(Path(target)) as tmp:
        template = P._Template(
            str(tmp), doc, st, pagesize=P.A4,
            leftMargin=L.margin_left_mm * mm, rightMargin=L.margin_right_mm * mm,
            topMargin=L.margin_top_mm * mm, bottomMargin=L.margin_bottom_mm * mm,
            title=doc.title_for_metadata, author=doc.issuing_body, subject=doc.summary,
            creator="dancoso_desktop", lang="vi-VN", initialFontName=fonts.pdf_name(), initialFontSize=L.body_size)
        template.on_page_done = on_page
        story = P.build_story(doc, st, fonts, template.width, template.notes)
        label = ParagraphStyle("annex", parent=st.type_line, fontSize=14, leading=17)
        italic = ParagraphStyle("annexof", parent=st.body, fontName=fonts.pdf_name(italic=True), alignment=TA_CENTER,
                                firstLineIndent=0)
        story += [PageBreak(), RLParagraph(esc(lines[0]), label), RLParagraph(esc(lines[1]), st.type_line),
                  RLParagraph(esc(lines[2]), italic), Spacer(1, 4), _pdf_table(table, st, template.width)]
        template.build(story)
        report.pages = template.page
    return report


def _pdf_table(table: model.Table, st: Any, width: float) -> Any:
    """The annex grid: numbers right-aligned, group rows bold, the header repeated on each page."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import Table, TableStyle

    from dancoso_desktop.documents.pdf_flowables import esc

    right = ParagraphStyle("annex-num", parent=st.cell, alignment=TA_RIGHT)
    center = ParagraphStyle("annex-mid", parent=st.cell, alignment=TA_CENTER)
    bold = ParagraphStyle("annex-group", parent=st.cell, fontName=st.cell_head.fontName)
    bold_mid = ParagraphStyle("annex-group-n", parent=bold, alignment=TA_CENTER)
    total = sum(ANNEX_WIDTHS)
    widths = [width * w / total for w in ANNEX_WIDTHS]
    data = [[RLParagraph(esc(h), st.cell_head) for h in table.header]]
    for values in table.rows:
        group = bool(values[0]) and not values[0].isdigit()
        styles = [center, bold if group else st.cell, center, right, right]
        data.append([RLParagraph(esc(v), bold_mid if group and i == 0 else styles[i]) for i, v in enumerate(values)])
    grid = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return grid


def render_docx(head: ReportHead, content: ReportContent, target: Path) -> RenderReport:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from dancoso_desktop.documents import docx as D
    from dancoso_desktop.documents.fonts import font_set, missing_characters

    doc = build_document(head, content)
    d = D.build_docx(doc)
    lines, table = annex_blocks(head, content)
    d.add_page_break()
    D._para(d, lines[0], size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    D._para(d, lines[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    D._para(d, lines[2], italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    section = d.sections[0]
    width_pt = (section.page_width - section.left_margin - section.right_margin) / 12700
    _docx_table(d, table, width_pt, D.FAMILY)
    report = RenderReport(Path(target), missing=missing_characters(report_text(doc, head, content)),
                          font_source=font_set().source)
    with atomic_target(Path(target)) as tmp:
        d.save(str(tmp))
    return report


def _docx_table(d: Any, table: model.Table, width_pt: float, family: str) -> None:
    """The annex table written as one piece of WordprocessingML: python-docx builds a table cell
    by cell in quadratic time (half a second for 60 rows); this is a few milliseconds. Same look
    as the shared renderer's tables: grid, header repeated on each page, rows kept whole."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from dancoso_desktop.documents.layout import LAYOUT as L

    total = sum(ANNEX_WIDTHS)
    widths = [round(width_pt * w / total * 20) for w in ANNEX_WIDTHS]   # twips
    size = round(L.table_size * 2)
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))

    def cell(text: str, width: int, align: str, bold: bool) -> str:
        b = "<w:b/><w:bCs/>" if bold else ""
        fonts = f'<w:rFonts w:ascii="{family}" w:hAnsi="{family}" w:eastAsia="{family}" w:cs="{family}"/>'
        run = (f'<w:r><w:rPr>{fonts}{b}<w:color w:val="000000"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
               f'</w:rPr><w:t xml:space="preserve">{escape(clean_text(text))}</w:t></w:r>') if text else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:pPr>'
                f'<w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="{align}"/></w:pPr>'
                f'{run}</w:p></w:tc>')

    rows = []
    head = "".join(cell(h, w, "center", True) for h, w in zip(table.header, widths, strict=True))
    rows.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{head}</w:tr>")
    for values in table.rows:
        group = bool(values[0]) and not values[0].isdigit()
        aligns = ["center", "left", "center", "right", "right"]
        cells = "".join(cell(v, w, a, group) for v, w, a in zip(values, widths, aligns, strict=True))
        rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    xml = (f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           f'<w:tblLayout w:type="fixed"/><w:tblBorders>{border}</w:tblBorders>'
           f'<w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>'
           f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
    after = d.add_paragraph()
    after._p.addprevious(parse_xml(xml))


# Width of the annex's columns (Excel units), in order: STT, label, code, unit, this period, last year.
ANNEX_COLUMNS = (("STT", 6), ("Chỉ tiêu", 70), ("Mã chỉ tiêu", 26), ("Đơn vị tính", 12),
                 ("Kỳ báo cáo", 12), ("Cùng kỳ năm trước", 14))


def write_xlsx(head: ReportHead, content: ReportContent, target: Path) -> RenderReport:
    """The annex as a sheet with real numbers (no formulas), grouped as in the PDF.

    Written with xlsxwriter, as the disclosure register is: a one-page sheet needs none of
    openpyxl's editing, and importing openpyxl is a tenth of the package's whole export."""
    import xlsxwriter

    from dancoso_desktop.documents.xlsx_common import (
        FONT_NAME,
        check_length,
        looks_like_formula,
        safe_text,
        sheet_title,
        xlsxwriter_table_page,
    )

    def text(value: str, column: str, row: int) -> str:
        return check_length(safe_text(value), column=column, row=row)

    last = len(ANNEX_COLUMNS) - 1
    with atomic_target(Path(target)) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_numbers": False,
                                            "strings_to_urls": False})
        try:
            wb.set_properties({"title": safe_text(f"Phụ lục số liệu - Báo cáo {clean_line(head.title)}"),
                               "author": "dancoso_desktop"})
            base = {"font_name": FONT_NAME, "font_size": 12, "border": 1, "valign": "top", "text_wrap": True}
            fmt = {
                "title": wb.add_format({"font_name": FONT_NAME, "font_size": 13, "bold": True, "align": "center",
                                        "valign": "vcenter", "text_wrap": True}),
                "header": wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter",
                                         "bg_color": "#D9D9D9"}),
                "group": wb.add_format({**base, "bold": True, "bg_color": "#E7EEF7"}),
                "group_c": wb.add_format({**base, "bold": True, "bg_color": "#E7EEF7", "align": "center"}),
                "center": wb.add_format({**base, "align": "center"}),
                "text": wb.add_format(base),
                "quoted": wb.add_format({**base, "quote_prefix": True}),
                "int": wb.add_format({**base, "align": "right", "num_format": "#,##0"}),
                "dec": wb.add_format({**base, "align": "right", "num_format": "#,##0.0#"}),
            }
            ws = wb.add_worksheet(sheet_title("Phụ lục I"))
            widths = [width for _name, width in ANNEX_COLUMNS]
            # The code column fits its longest code ("disclosures.channel_citizen_reception").
            widths[2] = min(48, max([widths[2], *(len(a.code) + 2 for a in content.annex)]))
            for c, width in enumerate(widths):
                ws.set_column(c, c, width)
            titles = [head.issuing_body, "PHỤ LỤC I. BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", of_line(head)]
            for r, line in enumerate(titles):
                ws.merge_range(r, 0, r, last, text(line, "", r + 1), fmt["title"])
            header_row = len(titles) + 1
            xlsxwriter_table_page(ws, header_row, [name for name, _width in ANNEX_COLUMNS], fmt["header"])
            ws.outline_settings(symbols_below=False)    # a group's summary row is above its rows

            def number(r: int, c: int, value: Any) -> None:
                value = _num(value)
                if value is None:
                    ws.write_blank(r, c, None, fmt["int"])
                else:   # a share such as 89.6 %: its decimals, not "90"
                    ws.write_number(r, c, value, fmt["dec" if isinstance(value, float) else "int"])

            def label(r: int, c: int, value: str, column: str) -> None:
                value = text(value, column, r + 1)
                ws.write_string(r, c, value, fmt["quoted" if looks_like_formula(value) else "text"])

            r = header_row
            group = None
            n = groups = 0
            for a in content.annex:
                if a.group != group:
                    group = a.group
                    n = 0
                    roman, name = group_label(a.group, groups)
                    groups += 1
                    r += 1
                    ws.write_string(r, 0, roman, fmt["group_c"])
                    ws.write_string(r, 1, text(name, "Chỉ tiêu", r + 1), fmt["group"])
                    for c in range(2, last + 1):
                        ws.write_blank(r, c, None, fmt["group"])
                r += 1
                if a.level == 0:
                    n += 1
                ws.write_string(r, 0, str(n) if a.level == 0 else "", fmt["center"])
                label(r, 1, a.label, "Chỉ tiêu")
                label(r, 2, a.code, "Mã chỉ tiêu")
                label(r, 3, a.unit, "Đơn vị tính")
                number(r, 4, a.value)
                number(r, 5, a.previous)
                if a.level:
                    ws.set_row(r, None, None, {"level": min(7, a.level)})
            ws.autofilter(header_row, 0, max(r, header_row), last)
        finally:
            wb.close()
    return RenderReport(Path(target))


def _num(v: Any) -> Any:
    if v is None:
        return None
    return int(v) if isinstance(v, int | float) and float(v).is_integer() else v
