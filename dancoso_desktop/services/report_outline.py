"""Importing a province's outline (đề cương) from a Word, PDF or text file (issue 11 item 4).

The plan importer's readers give the paragraphs; a numbered paragraph is a heading: Roman
numerals level 1, Arabic level 2 ("1.1." level 3), letters level 3. Each heading is bound to
the report slot whose name it carries (folded: tone marks and case ignored), so the registers'
sentences land under the province's own wording; the others are free-text sections.
"""

from __future__ import annotations

from pathlib import Path

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.report_doc import MAX_TITLE, OutlineSection, clean_outline
from dancoso_desktop.domain.reporting import SLOTS
from dancoso_desktop.domain.text import clean_line, fold

# Words a province's heading may use for a slot besides the slot's own name.
_ALIASES = {
    "leadership.documents": ("ban hanh van ban",),
    "leadership.propaganda": ("tuyen truyen", "quan triet"),
    "returns": ("bao cao cua cac don vi",),
    "disclosure": ("cong khai",),
    "plan": ("ke hoach",),
    "inspection": ("kiem tra viec thuc hien", "cong tac kiem tra"),
    "decide": ("ban va quyet dinh",),
    "comment": ("tham gia y kien",),
    "supervise": ("kiem tra, giam sat", "giam sat"),
    "internal": ("trong co quan", "noi bo"),
    "assessment.strengths": ("uu diem",),
    "assessment.limits": ("han che",),
    "assessment.causes": ("nguyen nhan",),
    "next_tasks": ("phuong huong", "nhiem vu"),
    "proposals": ("kien nghi", "de xuat"),
}


def _slot_for(title: str, used: set[str]) -> str | None:
    key = fold(title)
    for slot, name in SLOTS:
        if slot not in used and (fold(name) in key or key in fold(name)):
            return slot
    for slot, words in _ALIASES.items():
        if slot not in used and any(w in key for w in words):
            return slot
    return None


def outline_from_blocks(texts: list[tuple[str, str]]) -> list[OutlineSection]:
    """(label, text) paragraphs → outline; body paragraphs are skipped."""
    from dancoso_desktop.importers.outline import Kind, read_label

    out: list[OutlineSection] = []
    used: set[str] = set()
    started = False
    for label_text, text in texts:
        line = clean_line(f"{label_text} {text}" if label_text else text)
        label = read_label(line)
        if label is None:
            continue
        if label.kind is Kind.ROMAN:
            level = 1
        elif label.kind is Kind.LETTER:
            level = 3
        elif label.kind is Kind.DECIMAL and label.depth >= 2:
            level = 3
        else:
            level = 2
        started = started or level == 1
        if not started:
            continue
        title = clean_line(label.rest).rstrip(":;.").strip()
        if not title or len(title) > MAX_TITLE or len(title) > 200:
            continue   # a numbered body paragraph, not a heading
        if out and level > out[-1].level + 1:
            level = out[-1].level + 1
        slot = _slot_for(title, used)
        if slot:
            used.add(slot)
        title = title[:1].upper() + title[1:].lower() if title.isupper() else title
        out.append(OutlineSection(slot or f"imp{len(out) + 1}", title, level, slot))
    if not out:
        raise ValidationError("Không tìm thấy đề mục đánh số (I., 1., a)…) trong tệp đề cương.",
                              "No numbered headings (I., 1., a)…) were found in the outline file.")
    return clean_outline(out)


def import_outline(path: Path) -> list[OutlineSection]:
    from dancoso_desktop.importers.files import read_source

    doc = read_source(Path(path))
    return outline_from_blocks([(b.label, b.text) for b in doc.blocks])
