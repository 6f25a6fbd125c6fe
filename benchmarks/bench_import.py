"""Importing a plan: a 50-page PDF read and its tree proposed in ≤ 2 s; a 50-page DOCX in ≤ 1 s.

The documents are built here (also used by the importer's tests): a DOCX as a Word author
writes it — heading styles with Word's automatic I./1. numbering, typed "1.1." and "a)"
items, a header and a signature table, real Word footnotes — and a PDF drawn by the
application's own renderer. The reference is the bare text extraction of the same PDF
(pypdf ``extract_text``), which any import has to pay.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from dancoso_desktop.domain.plan import Plan, PlanSection
from dancoso_desktop.domain.text import format_date_line

_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NOTE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def _numbering(doc: Any) -> str:
    """Add a two-level list (I. / 1.) to the document's numbering part; returns its numId."""
    from docx.oxml import parse_xml

    part = doc.part.numbering_part
    root = part.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    abstract_id = str(900 + len(root.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNum")))
    abstract = parse_xml(
        f'<w:abstractNum {ns} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
        '</w:abstractNum>')
    num_id = str(900 + len(root.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")))
    num = parse_xml(f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    first_num = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(num)
    return num_id


def _numbered(paragraph: Any, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


class _Footnotes:
    """Real Word footnotes (word/footnotes.xml), which python-docx cannot write by itself."""

    def __init__(self, doc: Any, texts: list[str]) -> None:
        self.doc = doc
        self.texts = texts
        self.used: list[int] = []

    def reference(self, paragraph: Any, n: int) -> None:
        from docx.oxml import parse_xml

        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        paragraph._p.append(parse_xml(
            f'<w:r {ns}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))
        self.used.append(n)

    def save_part(self) -> None:
        if not self.used:
            return
        from xml.sax.saxutils import escape

        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        notes = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'<w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr>'
            f'<w:t xml:space="preserve"> {escape(self.texts[n - 1])}</w:t></w:r></w:p></w:footnote>'
            for n in self.used)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{notes}</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def _text_with_notes(paragraph: Any, text: str, notes: _Footnotes, *, bold: bool = False) -> None:
    pos = 0
    for m in _NOTE.finditer(text):
        paragraph.add_run(text[pos:m.start()]).bold = bold
        notes.reference(paragraph, int(m.group().translate(_SUP)))
        pos = m.end()
    paragraph.add_run(text[pos:]).bold = bold


def write_author_docx(plan: Plan, target: Path) -> Path:
    """The plan as an office worker types it in Word (see the module docstring)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(14)
    num_id = _numbering(doc)
    notes = _Footnotes(doc, plan.footnotes)
    head = doc.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.paragraphs[0].add_run(plan.issuing_body or "ỦY BAN NHÂN DÂN XÃ").bold = True
    left.add_paragraph(f"Số: {plan.number or '     /KH-UBND'}")
    right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph(f"{plan.place or 'Xã'}, {format_date_line(plan.date)}").runs[0].italic = True
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("KẾ HOẠCH").bold = True
    summary = doc.add_paragraph()
    summary.alignment = WD_ALIGN_PARAGRAPH.CENTER
    summary.add_run(plan.title).bold = True
    for basis in plan.legal_bases:
        doc.add_paragraph(basis + ";").paragraph_format.first_line_indent = Cm(1.27)
    if plan.intro:
        doc.add_paragraph(plan.intro).paragraph_format.first_line_indent = Cm(1.27)

    def section(s: PlanSection, depth: int) -> None:
        if depth == 0:
            p = doc.add_paragraph(style="Heading 1")
            _numbered(p, num_id, 0)
            _text_with_notes(p, s.title, notes)
        elif depth == 1:
            p = doc.add_paragraph(style="Heading 2")
            _numbered(p, num_id, 1)
            _text_with_notes(p, s.title, notes)
        else:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1.27)
            mark = f"{s.number})" if s.style.value in ("letter", "latin") else f"{s.number}."
            p.add_run(mark + " ").bold = depth == 2
            _text_with_notes(p, s.title, notes, bold=depth == 2)
        for line in s.text.split("\n") if s.text else []:
            body = doc.add_paragraph()
            body.paragraph_format.first_line_indent = Cm(1.27)
            body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _text_with_notes(body, line, notes)
        for child in s.children:
            section(child, depth + 1)

    for s in plan.sections:
        section(s, 0)
    foot = doc.add_table(rows=1, cols=2)
    left, right = foot.rows[0].cells
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    for i, r in enumerate(plan.recipients):
        left.add_paragraph(f"- {r}" + ("." if i == len(plan.recipients) - 1 else ";"))
    sig = [plan.signer.authority, *plan.signer.title.split(" / ")]
    right.paragraphs[0].add_run(sig[0]).bold = True
    for line in sig[1:]:
        right.add_paragraph().add_run(line).bold = True
    right.add_paragraph()
    right.add_paragraph().add_run(plan.signer.name).bold = True
    notes.save_part()
    doc.save(str(target))
    return target


def write_rendered_pdf(plan: Plan, target: Path) -> Path:
    """The plan drawn by the application's own PDF renderer (NĐ 30/2020 layout)."""
    from dancoso_desktop.documents.pdf import render_pdf
    from dancoso_desktop.services.plan_documents import plan_document

    render_pdf(plan_document(plan), target)
    return target


def long_plan(plan: Plan, parts: int) -> Plan:
    """The plan with its parts repeated until it has ``parts`` Roman-numbered parts."""
    big = copy.deepcopy(plan)
    big.sections = [copy.deepcopy(plan.sections[i % len(plan.sections)]) for i in range(parts)]
    for part in big.sections[len(plan.sections):]:
        for s in part.walk():   # each footnote is cited once, in the first copy
            s.title, s.text = _NOTE.sub("", s.title), _NOTE.sub("", s.text)
    big.renumber()
    return big


def run(h: Any) -> None:
    import pypdf

    from benchmarks.harness import ROOT
    from dancoso_desktop.services.plan_import import read_plan_file

    source = ROOT.parent / "shared" / "fixtures" / "plans" / "diem-he-2026.txt"
    if not source.exists():
        print("SKIP  import: ../shared/fixtures/plans is not beside the project")
        return
    base = read_plan_file(source).plan
    folder = h.tmp("import")
    parts, pages = 8, 0
    while pages < 50 and parts < 200:   # as many parts as make 50 printed pages
        pdf = write_rendered_pdf(long_plan(base, parts), folder / "plan50.pdf")
        pages = len(pypdf.PdfReader(str(pdf)).pages)
        parts = parts * 50 // max(pages, 1) + 1
    docx_file = write_author_docx(long_plan(base, parts), folder / "plan50.docx")

    def bare_text() -> None:
        for page in pypdf.PdfReader(str(pdf)).pages:
            page.extract_text()

    h.record(f"PDF plan of {pages} pages → proposed tree", h.time(lambda: read_plan_file(pdf)),
             target="≤ 2 s", limit_s=2.0, reference="pypdf extract_text alone",
             reference_runs=h.time(bare_text))
    h.record("DOCX plan (~50 pages, Word numbering, footnotes) → proposed tree",
             h.time(lambda: read_plan_file(docx_file)), target="≤ 1 s", limit_s=1.0)
