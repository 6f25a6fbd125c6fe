"""Task tables ("STT | Nội dung | Cơ quan chủ trì | Phối hợp | Thời gian"): one section per row.

Many plans list their tasks in a table, often as an appendix. Each numbered row becomes a
section of the section the table sits in, with its units and time frame; rows numbered I, II
or A, B group the rows below them. Cells are written as the body lines the outline recogniser
already understands ("- Cơ quan thực hiện: …"), so the units and time are read by the same
rules as in running text.
"""

from __future__ import annotations

import re

from dancoso_desktop.domain.text import clean_line, fold
from dancoso_desktop.importers.model import Block

_CONTENT = ("noi dung", "nhiem vu", "cong viec", "ten nhiem vu", "hoat dong")
_LEAD = ("chu tri", "co quan thuc hien", "don vi thuc hien", "trach nhiem", "co quan, don vi", "don vi")
_COORD = ("phoi hop",)
_TIME = ("thoi gian", "thoi han", "tien do", "han hoan thanh")
_NUMBER = ("stt", "tt", "so tt")


def _column(header: list[str], keys: tuple[str, ...], taken: set[int]) -> int | None:
    for i, h in enumerate(header):
        f = fold(h)
        if i not in taken and any(f == k or f.startswith(k) or f" {k}" in f for k in keys):
            return i
    return None


def task_rows(rows: list[list[str]], table_id: int) -> list[Block] | None:
    """Blocks for a task table, or None when the table is not one."""
    if len(rows) < 2:
        return None
    header = [clean_line(c) for c in rows[0]]
    taken: set[int] = set()
    number = _column(header, _NUMBER, taken)
    taken |= {number} if number is not None else set()
    content = _column(header, _CONTENT, taken)
    if content is None:
        return None
    taken.add(content)
    coord = _column(header, _COORD, taken)
    taken |= {coord} if coord is not None else set()
    lead = _column(header, _LEAD, taken)
    taken |= {lead} if lead is not None else set()
    time = _column(header, _TIME, taken)
    if lead is None and time is None:
        return None
    blocks: list[Block] = []
    for row in rows[1:]:
        cells = [clean_line(c) for c in row] + [""] * len(header)
        if not any(cells):
            continue
        if all(re.fullmatch(r"\(?\d{1,2}\)?", c) for c in cells if c):
            continue   # the "(1) (2) (3)" row under the header
        no = cells[number].rstrip(".") if number is not None else ""
        text = cells[content]
        if re.fullmatch(r"\d{1,2}", no):
            label = f"{no}."
        elif re.fullmatch(r"[IVX]{1,5}", no):
            label = f"{no}."
        elif re.fullmatch(r"[a-zđ]", no):
            label = f"{no})"
        elif re.fullmatch(r"[A-Z]", no):
            label = f"{no.lower()})"
        else:
            label = ""
        if not text:
            continue
        blocks.append(Block(f"{label} {text}".strip(), table=table_id))
        lead_unit = cells[lead] if lead is not None else ""
        coord_units = cells[coord] if coord is not None else ""
        if lead_unit and coord_units:
            blocks.append(Block(f"- Cơ quan thực hiện: {lead_unit} chủ trì, phối hợp với {coord_units}",
                                table=table_id))
        elif lead_unit or coord_units:
            blocks.append(Block(f"- Cơ quan thực hiện: {lead_unit or coord_units}", table=table_id))
        if time is not None and cells[time]:
            blocks.append(Block(f"- Thời gian thực hiện: {cells[time]}", table=table_id))
    return blocks
