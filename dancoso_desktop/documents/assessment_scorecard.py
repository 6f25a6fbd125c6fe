"""The self-assessment scorecard: a neutral Document (PDF/DOCX, an annex in the NĐ 30 layout) and an
XLSX sheet, with the computed total and class (CT2579 Art. 4, 6).

The Document is the annex ("PHỤ LỤC") the commune attaches to its self-assessment report: the
NĐ 30 header, the italic "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)", the table (code,
criterion, maximum, self score, evidence), the total and the class, and the signature.
The columns follow the commune self-scoring tables seen in practice (reporting.md §1.4).
"""

from __future__ import annotations

from pathlib import Path

from dancoso_desktop.documents.model import (
    Block,
    Document,
    Heading,
    ListItem,
    Paragraph,
    Run,
    SignatureBlock,
    Table,
)
from dancoso_desktop.documents.xlsx_common import Column, TableWriter, new_workbook, save_workbook
from dancoso_desktop.domain.assessment import Assessment, Result, format_points

ANNEX_HEADER = ["Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Tài liệu kiểm chứng, ghi chú"]


def summary_line(year: int) -> str:
    return f"Bảng tự chấm điểm công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở năm {year}"


def result_sentences(a: Assessment, r: Result) -> list[str]:
    """The result as an officer writes it (and the window shows it)."""
    out = [f"Tổng điểm tự chấm: {format_points(r.total)}/{format_points(r.max_total)} điểm "
           f"(điểm các tiêu chí {format_points(r.base)}; điểm thưởng {format_points(r.bonus)}; "
           f"điểm trừ {format_points(r.penalty)})."]
    out.append(f"Tự xếp loại: {r.rating.label_vi}.")
    if not r.complete:
        out.append(f"Còn {len(r.unscored)} tiêu chí chưa chấm điểm: {', '.join(r.unscored[:20])}"
                   + ("…" if len(r.unscored) > 20 else "") + ".")
    out.extend(r.reasons_vi)
    return out


def _rows(a: Assessment) -> list[tuple[str, str, str, str, str, int]]:
    """(code, text, max, points, evidence, depth) in tree order."""
    rows = []
    for c, depth in a.scheme.walk():
        points = a.points(c)
        evidence = "; ".join(e.label for e in a.evidence.get(c.code, []))
        note = a.notes.get(c.code, "")
        rows.append((c.code, c.text, format_points(c.max_points), format_points(points),
                     "; ".join(x for x in (evidence, note) if x), depth))
    return rows


def build_scorecard(a: Assessment, *, issuing_body: str, place: str, commune_name: str,
                    signer_authority: str = "TM. ỦY BAN NHÂN DÂN", signer_title: str = "CHỦ TỊCH",
                    signer_name: str = "") -> Document:
    """The annex (Phụ lục) the commune attaches to its self-assessment report: the criteria table
    with the self scores and evidence, the total and the class, signed."""
    r = a.result()
    scheme = a.scheme
    body: list[Block] = [
        Paragraph([Run(f"(Kèm theo Báo cáo số      /BC-UBND ngày …/…/{a.year} của Ủy ban nhân dân {commune_name})",
                       italic=True)], align="center", indent_first=False)]
    if scheme.source:
        body.append(Paragraph([Run(f"Theo tiêu chí của {scheme.source}", italic=True)], align="center",
                              indent_first=False))
    # A sentence before the table: the table can then start on the first page and split.
    body.append(Paragraph.of(f"Ủy ban nhân dân {commune_name} tự chấm điểm từng tiêu chí như sau:"))
    rows = [[("  " * depth) + code, text, mx, pts, ev] for code, text, mx, pts, ev, depth in _rows(a)]
    rows.append(["", "Điểm thưởng", format_points(scheme.bonus_max), format_points(r.bonus), a.bonus_note])
    rows.append(["", "Điểm trừ", format_points(scheme.penalty_max), format_points(r.penalty), a.penalty_note])
    rows.append(["", "TỔNG CỘNG", format_points(r.max_total), format_points(r.total), ""])
    body.append(Table(ANNEX_HEADER, rows, widths=[0.9, 6.0, 1.1, 1.1, 2.6]))
    body.append(Heading(2, "", "Kết quả"))
    for sentence in result_sentences(a, r):
        body.append(ListItem(sentence))
    if scheme.example:
        body.append(Paragraph([Run("Ghi chú: các tiêu chí con là ví dụ của phần mềm, chưa phải bộ tiêu chí chính thức "
                                   "của tỉnh, thành phố.", italic=True)]))
    return Document(
        issuing_body=issuing_body, type_name="PHỤ LỤC", type_code="", summary=summary_line(a.year),
        place=place, year=a.year, body=body,
        signatures=[SignatureBlock(signer_authority, signer_title, signer_name)],
        title_for_metadata=summary_line(a.year))


def write_scorecard_xlsx(a: Assessment, target: Path, *, commune: str) -> None:
    """The scorecard as a sheet: real numbers (no formulas), the totals and the class below."""
    from decimal import Decimal

    r = a.result()
    wb = new_workbook(title=summary_line(a.year))
    ws = wb.active
    ws.title = "Tự chấm điểm"
    cols = [Column("Mã", width=9), Column("Tiêu chí", max_width=70), Column("Điểm tối đa", "number", width=11),
            Column("Điểm tự chấm", "number", width=12), Column("Tài liệu kiểm chứng, ghi chú", max_width=50)]
    title = [commune.upper(), f"BẢNG TỰ CHẤM ĐIỂM CÔNG TÁC DÂN VẬN CHÍNH QUYỀN VÀ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM {a.year}"]
    if a.scheme.source:
        title.append(f"(Theo {a.scheme.source})")
    table = TableWriter(ws, cols, title_lines=title, landscape=True, font_size=12)

    def num(value: Decimal | None) -> float | int | None:
        if value is None:
            return None
        return int(value) if value == value.to_integral() else float(value)

    for c, depth in a.scheme.walk():
        evidence = "; ".join(e.label for e in a.evidence.get(c.code, []))
        note = "; ".join(x for x in (evidence, a.notes.get(c.code, "")) if x)
        table.row([c.code, c.text, num(c.max_points), num(a.points(c)), note], bold=depth == 0,
                  fill=depth == 0, level=min(depth, 7))
    table.row(["", "Điểm thưởng", num(a.scheme.bonus_max), num(r.bonus), a.bonus_note])
    table.row(["", "Điểm trừ", num(a.scheme.penalty_max), num(r.penalty), a.penalty_note])
    table.row(["", "TỔNG CỘNG", num(r.max_total), num(r.total), ""], bold=True)
    table.row(["", "Tự xếp loại", None, r.rating.label_vi, "" if r.complete else "Chưa chấm đủ tiêu chí"], bold=True)
    table.finish()
    save_workbook(wb, target)
