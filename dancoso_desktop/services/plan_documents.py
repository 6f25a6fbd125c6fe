"""The plan as official documents: PDF and Word (NĐ 30/2020) and the Excel tracking table.

The service builds the neutral ``documents.model.Document`` from the stored plan and the
commune; the renderers draw it. ``export_plan`` is what the CLI (`export plan`) and the
window (File › Export…) call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dancoso_desktop.documents import model
from dancoso_desktop.documents.report import RenderReport
from dancoso_desktop.documents.xlsx_common import (
    Column,
    TableWriter,
    new_workbook,
    percent,
    save_workbook,
)
from dancoso_desktop.domain.commune import Commune
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.numbering import NumberStyle, printed
from dancoso_desktop.domain.plan import STATUS_VI, Plan, PlanSection, no_plan, rolled_progress
from dancoso_desktop.domain.text import clean_line, clean_text, format_date
from dancoso_desktop.fileio import safe_filename

if TYPE_CHECKING:
    from dancoso_desktop.services.workspace import Workspace

FORMATS = ("pdf", "docx", "xlsx")
Progress = Callable[[int, int, str], None]

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NOTE_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_LIST_MARK = re.compile(r"^([-+•*–])\s+")


def _runs(text: str, notes: int, used: set[int]) -> list[model.Run]:
    """Text with footnote markers ('cơ sở¹', as the importer stores them) as runs."""
    runs: list[model.Run] = []
    pos = 0
    for m in _NOTE_MARK.finditer(text):
        n = int(m.group().translate(_SUPERSCRIPT))
        if not 0 < n <= notes:
            continue
        runs.append(model.Run(text[pos:m.start()], footnote=n))
        used.add(n)
        pos = m.end()
    if pos < len(text) or not runs:
        runs.append(model.Run(text[pos:]))
    return runs


def _text_blocks(text: str, notes: int, used: set[int]) -> list[model.Block]:
    blocks: list[model.Block] = []
    for line in clean_text(text).split("\n"):
        line = line.strip()
        if not line:
            continue
        m = _LIST_MARK.match(line)
        if m:
            marker = "+" if m.group(1) == "+" else "-"
            blocks.append(model.ListItem(line[m.end():], marker))
        else:
            blocks.append(model.Paragraph(_runs(line, notes, used)))
    return blocks


def _task_lines(s: PlanSection, year: int) -> list[model.Block]:
    """'- Cơ quan thực hiện: … chủ trì, phối hợp với ….' and '- Thời gian thực hiện: ….' as plans print them."""
    out: list[model.Block] = []
    lead = clean_line(s.lead_unit)
    coord = [clean_line(u) for u in s.coordinating_units if clean_line(u)]
    if lead or coord:
        if lead and coord:
            text = f"Cơ quan thực hiện: {lead} chủ trì, phối hợp với {', '.join(coord)}"
        else:
            text = f"Cơ quan thực hiện: {lead or ', '.join(coord)}"
        out.append(model.ListItem(text + "."))
    when = s.timeframe.describe(year)
    if when:
        out.append(model.ListItem(f"Thời gian thực hiện: {when}."))
    return out


def _section_blocks(s: PlanSection, depth: int, year: int, notes: int, used: set[int],
                    out: list[model.Block]) -> None:
    title = clean_text(s.title)
    if s.style is NumberStyle.DASH:
        # A dash item is a body list line, its text following as paragraphs.
        out.append(model.ListItem(title))
    else:
        footnote = None
        m = _NOTE_MARK.search(title)
        if m and 0 < int(m.group().translate(_SUPERSCRIPT)) <= notes:
            footnote = int(m.group().translate(_SUPERSCRIPT))
            used.add(footnote)
            title = (title[:m.start()] + title[m.end():]).strip()
        out.append(model.Heading(min(depth + 1, 4), printed(s.style, s.number), title, footnote=footnote))
    out.extend(_text_blocks(s.text, notes, used))
    out.extend(_task_lines(s, year))
    for child in s.children:
        _section_blocks(child, depth + 1, year, notes, used, out)


def plan_document(plan: Plan, commune: Commune | None = None) -> model.Document:
    """The plan as a neutral document: KẾ HOẠCH, code KH, numbered body, recipients, signer."""
    issuing = clean_line(plan.issuing_body) or (commune.issuing_body if commune else "")
    notes = [clean_text(n) for n in plan.footnotes]
    used: set[int] = set()
    intro = [model.Paragraph(_runs(line, len(notes), used))
             for line in clean_text(plan.intro).split("\n") if line.strip()]
    body: list[model.Block] = []
    for s in plan.sections:
        _section_blocks(s, 0, plan.year, len(notes), used, body)
    # A footnote nothing cites still belongs to the document: print it after the body.
    for n in range(1, len(notes) + 1):
        if n not in used:
            body.append(model.Paragraph([model.Run(f"({n}) {notes[n - 1]}", italic=True)]))
    signer = plan.signer
    summary = clean_line(plan.title) or f"Thực hiện dân chủ ở cơ sở năm {plan.year}"
    return model.Document(
        issuing_body=issuing,
        parent_body=clean_line(plan.parent_body),
        type_name="KẾ HOẠCH",
        type_code="KH",
        summary=summary,
        number=clean_line(plan.number),
        place=clean_line(plan.place) or (commune.place_name or commune.name if commune else ""),
        date=plan.date,
        legal_bases=[clean_text(b) for b in plan.legal_bases if clean_text(b)],
        intro=intro,
        body=body,
        footnotes=notes,
        recipients=[clean_line(r) for r in plan.recipients if clean_line(r)],
        signatures=[model.SignatureBlock(signer.authority, signer.title, signer.name)],
        title_for_metadata=f"Kế hoạch {summary[:1].lower() + summary[1:]}",
        year=plan.year,
    )


def suggested_filename(plan: Plan, fmt: str) -> str:
    """'Kế hoạch 05-KH-UBND 2026.pdf': safe on Windows, Vietnamese letters kept."""
    number = clean_line(plan.number).replace("/", "-")
    parts = ["Kế hoạch", number, str(plan.year)] if number else ["Kế hoạch", str(plan.year)]
    return safe_filename(" ".join(parts) + f".{fmt}")


PLAN_COLUMNS = [
    Column("STT", width=7, align="center"),
    Column("Nội dung", width=55, max_width=70),
    Column("Đơn vị chủ trì", width=22),
    Column("Đơn vị phối hợp", width=26),
    Column("Thời gian thực hiện", width=20),
    Column("Hạn hoàn thành", kind="date", width=13),
    Column("Tình trạng", width=15),
    Column("Tiến độ", kind="percent", width=9),
    Column("Ghi chú", width=24),
]


def write_plan_xlsx(plan: Plan, target: Path, commune: Commune | None = None,
                    progress: Progress | None = None) -> RenderReport:
    """The plan as an Excel tracking table: one row per section, sections grouped by level."""
    issuing = clean_line(plan.issuing_body) or (commune.issuing_body if commune else "")
    summary = clean_line(plan.title) or f"Thực hiện dân chủ ở cơ sở năm {plan.year}"
    # Streaming (write-only) mode: every column has its width, so nothing needs measuring
    # afterwards, and a 2,000-section plan is written in well under a second.
    wb = new_workbook(write_only=True, title=f"Kế hoạch {summary[:1].lower() + summary[1:]}")
    ws = wb.create_sheet(f"Kế hoạch {plan.year}")
    number = clean_line(plan.number) or "     /KH-UBND"
    dated = f" NGÀY {format_date(plan.date)}" if plan.date else ""
    writer = TableWriter(ws, PLAN_COLUMNS, landscape=True, title_lines=[
        issuing,
        f"BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH SỐ {number}{dated}",
        summary,
    ])
    sections = list(_walk_depth(plan.sections))
    total = len(sections)
    for i, (s, depth) in enumerate(sections):
        is_group = bool(s.children)
        tracked = rolled_progress(s)
        # TableWriter makes every text safe (NFC, no control characters): only trim here.
        writer.row([
            printed(s.style, s.number),
            s.title.strip(),
            s.lead_unit.strip(),
            ", ".join(u.strip() for u in s.coordinating_units if u.strip()),
            s.timeframe.describe(plan.year),
            s.timeframe.deadline(plan.year),
            STATUS_VI[s.status] if s.is_task else "",
            percent(tracked) if tracked is not None else None,
            s.notes.strip(),
        ], bold=is_group, fill=depth == 0, level=depth)
        if progress and i % 200 == 0:
            progress(i, total, "")
    writer.finish()
    save_workbook(wb, target)
    return RenderReport(Path(target))


def _walk_depth(sections: list[PlanSection], depth: int = 0):  # type: ignore[no-untyped-def]
    for s in sections:
        yield s, depth
        yield from _walk_depth(s.children, depth + 1)


def export_plan(ws: Workspace, year: int, fmt: str, target: Path,
                progress: Progress | None = None) -> RenderReport:
    """Write the plan of ``year`` as ``fmt`` (pdf | docx | xlsx) at ``target``, atomically
    (the window: its data folder is already open)."""
    from dancoso_desktop.services.commune_service import CommuneService
    from dancoso_desktop.services.plan_service import PlanService

    fmt = _checked_format(fmt)
    plan = PlanService(ws.db).get_plan(year)
    return write_plan(plan, CommuneService(ws.db).get_commune(), fmt, target, progress)


def export_plan_from_folder(data_dir: Path, year: int, fmt: str, target: Path) -> RenderReport:
    """The same, for a command that opens nothing else (`dancoso export plan`).

    An up-to-date, healthy data file is read directly (storage.plan_reader: no ORM to load,
    a third of the command's time); anything else goes through the full open, which migrates,
    repairs or refuses the file exactly as every other command does."""
    from dancoso_desktop import paths
    from dancoso_desktop.storage.plan_reader import read_plan_snapshot

    fmt = _checked_format(fmt)
    snapshot = read_plan_snapshot(data_dir / paths.DB_FILENAME, year)
    if snapshot is None:
        from dancoso_desktop.services.workspace import open_workspace

        ws = open_workspace(data_dir)
        try:
            return export_plan(ws, year, fmt, target)
        finally:
            ws.close()
    if snapshot.plan is None:
        raise no_plan(year)
    return write_plan(snapshot.plan, snapshot.commune, fmt, target)


def write_plan(plan: Plan, commune: Commune | None, fmt: str, target: Path,
               progress: Progress | None = None) -> RenderReport:
    if progress:
        progress(0, 0, "")
    target = Path(target)
    if fmt == "xlsx":
        return write_plan_xlsx(plan, target, commune, progress)
    from dancoso_desktop.documents.render import render

    # Each PDF page gives the window a chance to show life and to honour Cancel.
    return render(plan_document(plan, commune), target, fmt,
                  on_page=(lambda n: progress(n, 0, "")) if progress else None)


def _checked_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValidationError(f"Định dạng “{fmt}” không được hỗ trợ (pdf, docx, xlsx).",
                              f"Format “{fmt}” is not supported (pdf, docx, xlsx).", field="format")
    return fmt
