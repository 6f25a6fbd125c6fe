"""The outline recogniser: numbered paragraphs → the section tree, body text kept in place.

Rules of real plans (NĐ 30/2020 PL I numbering, domain.md §3): a kind of number seen again
is a sibling of the open item of that kind; a new kind opens a level below. A level that
starts far from its first number, a number used twice, letters that skip đ — all are read
and listed as warnings. Text that is not a heading is body text of the nearest section:
nothing is dropped.

A lost heading (a PDF's text layer drops "II. NỘI DUNG", or the author forgot it) shows as a
run that restarts at its first value (1, a, …) while the level above skips a value (I → III):
the run belongs to the missing parent, which is put back as a placeholder with the missing
number, an empty title and ``restored`` set, so every later number stays as printed. A
restart with no skip above (numbered body text) stays where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from dancoso_desktop.domain.numbering import NumberStyle, default_style, label, legal_letter, roman
from dancoso_desktop.domain.plan import PlanSection
from dancoso_desktop.importers.model import Block, Note
from dancoso_desktop.importers.outline import Kind, Label, latin_value, letter_value, read_label

MAX_TITLE = 300          # a longer heading keeps its first sentence as the title
_SENTENCE_END = re.compile(r"(?<=[^\s.]{2})\.\s+(?=\w)")


@dataclass
class _Open:
    section: PlanSection
    label: Label
    depth: int


@dataclass
class Outline:
    sections: list[PlanSection] = field(default_factory=list)
    printed: dict[int, str] = field(default_factory=dict)   # id(section) → number in the file
    kinds: dict[int, Kind] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    before_first: list[str] = field(default_factory=list)
    # Warnings a restored heading makes moot: id(first section of a restarted run) and
    # id(the section after a gap) → the note, dropped when the heading is put back.
    restart_notes: dict[int, Note] = field(default_factory=dict)
    gap_notes: dict[int, Note] = field(default_factory=dict)


def block_label(block: Block) -> Label | None:
    if block.label:
        found = read_label(f"{block.label} {block.text}")
        if found:
            return found
    return read_label(block.text)


def split_heading(rest: str) -> tuple[str, str]:
    """Title and text of a numbered paragraph: 'Cơ quan thực hiện: Các phòng…' → both parts."""
    rest = rest.strip()
    head, colon, tail = rest.partition(":")
    if colon and 0 < len(head) <= 80 and not re.search(r"\d$", head):
        return head.strip(), tail.strip()
    if len(rest) > MAX_TITLE:
        for m in _SENTENCE_END.finditer(rest, 20):
            if m.start() >= MAX_TITLE:
                break
            if rest[m.end()].isupper():
                return rest[: m.start()].strip(), rest[m.end():].strip()
    if len(rest) > 2 * MAX_TITLE:
        # One long sentence: the title keeps its first words, the text goes on from there.
        cut = rest.rfind(" ", 0, MAX_TITLE)
        return rest[:cut].strip(), rest[cut:].strip()
    return rest.rstrip(":").strip(), ""


def _add_text(section: PlanSection, text: str, *, run_on: bool = False) -> None:
    if not section.text:
        section.text = text
    elif run_on:
        section.text += " " + text
    else:
        section.text += "\n" + text


def _expected(prev: Label, new: Label) -> bool:
    if new.kind is Kind.LETTER:
        return letter_value(new.number) == letter_value(prev.number) + 1 or (
            latin_value(new.number) == latin_value(prev.number) + 1 and latin_value(prev.number) > 0)
    return new.value == prev.value + 1


def build_outline(blocks: list[Block]) -> Outline:
    out = Outline()
    stack: list[_Open] = []
    last: dict[int, Label] = {}          # id(parent or 0) → label of its last child
    table, base = 0, 0
    for block in blocks:
        if block.table != table:
            if table:
                del stack[base:]        # the outline resumes where the table began
            table, base = block.table, len(stack)
        lab = block_label(block)
        placed = False
        if lab is not None:
            # Rows of a task table nest under the section the table sits in.
            placed = _place(out, stack, last, lab, block, floor=base if table else 0)
        if placed:
            continue
        text = block.text if not block.label else f"{block.label} {block.text}"
        if not stack:
            out.before_first.append(text)
            continue
        target = stack[-1].section
        prev = target.text.rsplit("\n", 1)[-1]
        # A number inside a sentence that ran over a line ("… năm\n2026. Tiếp …") joins it.
        run_on = lab is not None and bool(prev) and not re.search(r"[.:;!?…]$", prev)
        _add_text(target, text, run_on=run_on)
    _restore_missing(out)
    _styles(out)
    return out


def _place(out: Outline, stack: list[_Open], last: dict[int, Label], lab: Label, block: Block,
           floor: int = 0) -> bool:
    sibling_at = None
    for i in range(len(stack) - 1, floor - 1, -1):
        o = stack[i].label
        if o.kind is lab.kind and (lab.kind is not Kind.DECIMAL or o.depth == lab.depth):
            sibling_at = i
            break
    if lab.kind is Kind.DECIMAL and sibling_at is None:
        # "2.1" opens under the item numbered "2"; any other prefix is a mismatch to report.
        prefix = lab.number.rsplit(".", 1)[0]
        if stack and stack[-1].label.number != prefix:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i].label.number == prefix:
                    del stack[i + 1:]
                    break
    pending: tuple[str, Note] | None = None
    if sibling_at is None:
        if lab.value > 2 and not (lab.kind is Kind.LETTER and lab.value <= 2):
            # A list never starts at "5." — this is text that happens to begin with a number.
            return False
        parent = stack[-1].section if stack else None
        if lab.value != 1:
            out.notes.append(Note(
                f"Mục “{lab.number}” mở đầu một cấp mới nhưng không bắt đầu từ 1/a/I; kiểm tra lại.",
                f"Item “{lab.number}” opens a new level without starting at 1/a/I; check it."))
    else:
        prev = stack[sibling_at].label
        del stack[sibling_at:]
        parent = stack[-1].section if stack else None
        if not _expected(prev, lab):
            if lab.value == prev.value:
                following = _number_after(prev)
                out.notes.append(Note(
                    f"Số “{lab.number}” được dùng hai lần; mục thứ hai được đánh số “{following}”.",
                    f"Number “{lab.number}” is used twice; the second one is numbered “{following}”."))
            elif lab.value == 1:
                pending = ("restart", Note(
                    f"Đánh số lại bắt đầu từ “{lab.number}” sau “{prev.number}”: có thể thiếu một đề mục cấp trên.",
                    f"Numbering restarts at “{lab.number}” after “{prev.number}”: a heading above may be missing."))
            elif lab.value > prev.value + 1:
                pending = ("gap", Note(f"Thiếu mục giữa “{prev.number}” và “{lab.number}”.",
                                       f"An item is missing between “{prev.number}” and “{lab.number}”."))
    title, text = split_heading(lab.rest)
    if not title:
        return False
    section = PlanSection(title=title, text=text)
    if pending is not None:
        out.notes.append(pending[1])
        (out.restart_notes if pending[0] == "restart" else out.gap_notes)[id(section)] = pending[1]
    (parent.children if parent else out.sections).append(section)
    out.printed[id(section)] = lab.number
    out.kinds[id(section)] = lab.kind
    last[id(parent) if parent else 0] = lab
    stack.append(_Open(section, lab, len(stack)))
    return True


def _number_after(lab: Label, step: int = 1) -> str:
    """The number ``step`` places after ``lab`` in its own kind: III → IV, 2 → 3, 1.2 → 1.3, b → c."""
    value = lab.value + step
    if lab.kind is Kind.ROMAN:
        return roman(value)
    if lab.kind is Kind.LETTER:
        return legal_letter(value)
    if lab.kind is Kind.DECIMAL:
        return f"{lab.number.rsplit('.', 1)[0]}.{value}"
    return str(value)


def _first_value(lab: Label) -> bool:
    return lab.value == 1


def _restore_missing(out: Outline) -> None:
    """Put back the headings the document lost (see the module's docstring)."""
    def visit(siblings: list[PlanSection]) -> None:
        i = 0
        while i < len(siblings):
            parent = siblings[i]
            nxt = siblings[i + 1] if i + 1 < len(siblings) else None
            if nxt is not None:
                inserted = _restore_after(out, parent, nxt)
                if inserted:
                    siblings[i + 1:i + 1] = inserted
            i += 1
        for s in siblings:
            visit(s.children)
    visit(out.sections)


def _restore_after(out: Outline, parent: PlanSection, nxt: PlanSection) -> list[PlanSection]:
    p_no, n_no = out.printed.get(id(parent)), out.printed.get(id(nxt))
    kind = out.kinds.get(id(parent))
    if p_no is None or n_no is None or kind is None or out.kinds.get(id(nxt)) is not kind:
        return []
    p_lab, n_lab = Label(kind, p_no, ""), Label(kind, n_no, "")
    missing = n_lab.value - p_lab.value - 1
    if missing < 1:
        return []
    children = parent.children
    # Runs of children that start again at their first value, after the first run.
    starts = [k for k in range(1, len(children))
              if (c := out.printed.get(id(children[k]))) is not None
              and out.kinds.get(id(children[k])) is out.kinds.get(id(children[k - 1]))
              and _first_value(Label(out.kinds[id(children[k])], c, ""))]
    starts = starts[:missing]
    if not starts:
        return []
    bounds = [*starts, len(children)]
    placeholders = []
    for j, (a, b) in enumerate(pairwise(bounds), start=1):
        number = _number_after(p_lab, j)
        holder = PlanSection(title="", restored=True)
        holder.children = children[a:b]
        out.printed[id(holder)] = number
        out.kinds[id(holder)] = kind
        placeholders.append(holder)
        _drop(out, out.restart_notes.pop(id(children[a]), None))
        out.notes.append(Note(
            f"Đề mục “{number}” bị thiếu trong văn bản gốc: đã thêm mục “{number}” không có tiêu đề "
            f"chứa {b - a} mục từ “{out.printed[id(children[a])]}”; hãy nhập tiêu đề trước khi nhập kế hoạch.",
            f"Heading “{number}” is missing from the original: an untitled section “{number}” was added "
            f"holding {b - a} item(s) from “{out.printed[id(children[a])]}”; type its title before importing."))
    del children[starts[0]:]
    if len(placeholders) == missing:
        _drop(out, out.gap_notes.pop(id(nxt), None))
    return placeholders


def _drop(out: Outline, note: Note | None) -> None:
    out.notes[:] = [n for n in out.notes if n is not note]


_STYLE_OF = {Kind.ROMAN: [NumberStyle.ROMAN], Kind.ARABIC: [NumberStyle.ARABIC],
             Kind.DECIMAL: [NumberStyle.DECIMAL], Kind.LETTER: [NumberStyle.LETTER, NumberStyle.LATIN]}


def _styles(out: Outline) -> None:
    """Give each parent the child style that reproduces the document's numbers."""
    def visit(children: list[PlanSection], parent: PlanSection | None, depth: int, parent_no: str) -> None:
        if children:
            kind = out.kinds[id(children[0])]
            wanted = [out.printed[id(c)] for c in children]
            best = default_style(depth)
            best_score = _score(best, wanted, parent_no)
            for style in _STYLE_OF[kind]:
                score = _score(style, wanted, parent_no)
                if score > best_score:
                    best, best_score = style, score
            if parent is not None and best is not default_style(depth):
                parent.child_style = best
            for pos, child in enumerate(children, start=1):
                visit(child.children, child, depth + 1, label(best, pos, parent_no))
    visit(out.sections, None, 0, "")


def _score(style: NumberStyle, wanted: list[str], parent_no: str) -> int:
    return sum(label(style, pos, parent_no) == w for pos, w in enumerate(wanted, start=1))
