"""From a read source to a proposed plan: front matter, outline, closing, deadlines, units."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan, PlanSection, Signer, TimeFrameKind
from dancoso_desktop.domain.text import clean_line, clean_text, fold
from dancoso_desktop.importers.front import read_closing, read_deadlines, read_front
from dancoso_desktop.importers.model import SUPERSCRIPT, Block, Note, SourceDoc
from dancoso_desktop.importers.outline import Kind, read_label
from dancoso_desktop.importers.timeframe import parse_timeframe, parse_units, subpart
from dancoso_desktop.importers.tree import block_label, build_outline


@dataclass
class Proposal:
    plan: Plan
    notes: list[Note] = field(default_factory=list)
    source_text: str = ""


def _body_start(blocks: list[Block]) -> int:
    """The first heading of the outline: 'I.' if there is one, else the first '1.'."""
    for want in (Kind.ROMAN, Kind.ARABIC, Kind.DECIMAL, Kind.LETTER):
        for i, b in enumerate(blocks):
            lab = block_label(b)
            if lab and lab.kind is want and lab.value == 1:
                return i
    return -1


def _closing_start(blocks: list[Block], start: int) -> int:
    for i in range(len(blocks) - 1, start, -1):
        if blocks[i].text.lower().replace(" ", "").startswith("nơinhận"):
            # The signature may come just before "Nơi nhận" (a two-cell table read left to
            # right, or a text that lists it first): take it along when it is there.
            j = i
            signer_seen = False
            while j - 1 > start and i - (j - 1) <= 7:
                t = blocks[j - 1].text.strip()
                if re.match(r"^(TM|T/M|KT|Q)\s*[./]", t) or ("CHỦ TỊCH" in t.upper() and len(t) < 40):
                    signer_seen = True
                elif not (blocks[j - 1].right or _signature_line(t)):
                    break
                j -= 1
            return j if signer_seen else i
    for i in range(start + 1, len(blocks)):
        if re.match(r"^(TM|T/M|KT)\s*[./]\s*\S", blocks[i].text):
            return i
    return len(blocks)


def _signature_line(text: str) -> bool:
    """A line of a signature block: a capitals title, a name, or "(Đã ký)"."""
    words = text.split()
    if re.match(r"^[(\[]?\s*(đã ký|ký|đóng dấu)", text, re.I):
        return True
    return 0 < len(words) <= 6 and not re.search(r"[\d.;:]", text) and all(w[:1].isupper() for w in words)


def _number_styled_headings(blocks: list[Block]) -> bool:
    """Headings styled as such (Word 'Heading 1…', Markdown '#') but typed without numbers get
    the numbers their level implies: I. / 1. / 1.1. / a)."""
    from dancoso_desktop.domain.numbering import legal_letter, roman

    levels = sorted({b.heading for b in blocks if b.heading and not b.label})
    if not levels:
        return False
    rank = {lv: i for i, lv in enumerate(levels[:4])}
    counters = [0, 0, 0, 0]
    for b in blocks:
        r = rank.get(b.heading)
        if r is None or b.label or not b.text.strip():
            continue
        counters[r] += 1
        counters[r + 1:] = [0] * (3 - r)
        if r == 0:
            b.label = f"{roman(counters[0])}."
        elif r == 1:
            b.label = f"{counters[1]}."
        elif r == 2:
            b.label = f"{max(counters[1], 1)}.{counters[2]}."
        else:
            b.label = f"{legal_letter(counters[3])})"
    return True


def propose_plan(doc: SourceDoc, year: int | None = None) -> Proposal:
    notes = list(doc.notes)
    blocks = [b for b in doc.blocks if b.text.strip() or b.label]
    start = _body_start(blocks)
    if start < 0 and _number_styled_headings(blocks):
        notes.append(Note("Các đề mục không có số; đã đánh số theo kiểu đề mục (Heading) của văn bản.",
                          "The headings carry no numbers; they were numbered from the document's heading styles."))
        start = _body_start(blocks)
    if start < 0:
        raise ValidationError(
            "Không nhận ra cấu trúc kế hoạch trong tệp (không có đề mục đánh số I., 1., 1.1., a)…). "
            "Hãy kiểm tra lại tệp hoặc nhập kế hoạch bằng tay.",
            "No plan structure was recognised in the file (no numbered headings I., 1., 1.1., a)…). "
            "Check the file or enter the plan by hand.")
    end = _closing_start(blocks, start)
    appendix = next((i for i in range(end, len(blocks))
                     if blocks[i].table or fold(blocks[i].text).startswith("phu luc")), len(blocks))
    front = read_front(blocks[:start], notes)
    # An appendix after the signature (often the task table) continues the outline.
    outline = build_outline(blocks[start:end] + blocks[appendix:])
    notes.extend(outline.notes)
    closing = read_closing(blocks[end:appendix])
    if not outline.sections:
        raise ValidationError("Không tìm thấy đề mục nào của kế hoạch.", "No headings of the plan were found.")

    all_text = [b.text for b in blocks]
    plan_year = year or _guess_year(front.title, all_text, front.date_year)
    title = front.title
    if not title:
        title = _title_from_closing(all_text)
        if title:
            notes.append(Note(f"Không thấy trích yếu ở đầu văn bản; lấy từ câu kết: “{title}”.",
                              f"No summary at the top; taken from the closing sentence: “{title}”."))
    plan = Plan(year=plan_year, title=clean_line(title), number=front.number, place=front.place,
                date=front.date, issuing_body=front.issuing_body, parent_body=front.parent_body,
                legal_bases=[_bare(b) for b in front.legal_bases if _bare(b)], intro=clean_text(front.intro),
                recipients=closing.recipients, signer=closing.signer or Signer("", "", ""),
                sections=outline.sections)
    if closing.signer is None:
        notes.append(Note("Không tìm thấy người ký.", "The signer was not found."))
    if not closing.recipients:
        notes.append(Note("Không tìm thấy “Nơi nhận”.", "No recipients list (“Nơi nhận”) was found."))
    leftovers = front.unplaced + closing.unplaced + outline.before_first
    if leftovers:
        last = plan.sections[-1]
        while last.children:
            last = last.children[-1]
        for text in leftovers:
            last.text = (last.text + "\n" + text).strip()
        notes.append(Note(
            f"{len(leftovers)} đoạn không xếp được vào đâu đã đưa vào nội dung mục “{last.title[:40]}”: "
            + "; ".join(t[:50] for t in leftovers[:3]),
            f"{len(leftovers)} paragraph(s) that could not be placed were added to the text of “{last.title[:40]}”: "
            + "; ".join(t[:50] for t in leftovers[:3])))
    plan.footnotes = _attach_footnotes(plan, doc.footnotes, notes)
    _units_and_time(plan)
    plan.report_deadlines = read_deadlines([s.text for s in plan.walk()] + [s.title for s in plan.walk()], plan_year)
    plan.renumber()
    _check_numbers(plan, outline.printed, notes)
    return Proposal(plan, notes, doc.source_text())


def _bare(basis: str) -> str:
    """A legal basis without its closing ';' or '.': the documents add them (NĐ 30/2020 PL I)."""
    return clean_text(basis).rstrip(" ;,.")


def _guess_year(title: str, texts: list[str], date_year: int | None) -> int:
    m = re.search(r"năm\s+(\d{4})", title or "")
    if m:
        return int(m.group(1))
    years = Counter(int(y) for t in texts for y in re.findall(r"năm\s+(20\d\d)\b", t))
    if years:
        return years.most_common(1)[0][0]
    if date_year:
        return date_year
    raise ValidationError("Không xác định được năm của kế hoạch; hãy chọn năm (--year).",
                          "The plan's year could not be found; choose it (--year).", field="year")


def _title_from_closing(texts: list[str]) -> str:
    for t in reversed(texts):
        m = re.search(r"Trên đây là Kế hoạch\s+(.+?)(?:\s*\./\.|[,;]|\.$|$)", t)
        if m:
            s = m.group(1).strip()
            return s[:1].upper() + s[1:]
    return ""


def _attach_footnotes(plan: Plan, footnotes: dict[int, str], notes: list[Note]) -> list[str]:
    """Footnote n is attached where a word carries a glued 'n' ('cơ sở1,'), as a superscript."""
    if not footnotes:
        return []
    nodes = list(plan.walk())
    pos = 0
    for n in sorted(footnotes):
        pattern = re.compile(rf"(?<=[^\W\d_]){n}(?=[\s,.;:)”\"]|$)")
        done = False
        for k in range(pos, len(nodes)):
            for attr in ("title", "text"):
                value = getattr(nodes[k], attr)
                sup = str(n).translate(SUPERSCRIPT)
                if sup in value:
                    done = True
                    break
                m = pattern.search(value)
                if m:
                    setattr(nodes[k], attr, value[: m.start()] + sup + value[m.end():])
                    done = True
                    break
            if done:
                pos = k
                break
        if not done:
            notes.append(Note(f"Không tìm thấy chỗ dẫn chú thích {n}; chú thích vẫn được giữ.",
                              f"The reference to footnote {n} was not found; the footnote is kept."))
    return [footnotes[n] for n in sorted(footnotes)]


def _units_and_time(plan: Plan) -> None:
    """'Cơ quan thực hiện' / 'Thời gian thực hiện' sub-parts give their item its units and time."""
    def visit(parent: PlanSection) -> None:
        for child in parent.children:
            kind = subpart(child.title)
            body = child.text.split("\n")[0] if child.text else ""
            if kind == "units" and body and not parent.lead_unit:
                parent.lead_unit, parent.coordinating_units = parse_units(body)
            elif kind == "time" and body and parent.timeframe.kind is TimeFrameKind.NONE:
                parent.timeframe = parse_timeframe(body, plan.year)
            visit(child)
        kept = []
        for line in parent.text.split("\n"):
            head, _, tail = re.sub(r"^[-+•–]\s*", "", line).partition(":")
            kind = subpart(head) if tail.strip() and len(head) < 40 else None
            if kind == "units":
                lead, coord = parse_units(tail)
                if lead and not parent.lead_unit:
                    parent.lead_unit, parent.coordinating_units = lead, coord
                if lead and (lead, coord) == (parent.lead_unit, parent.coordinating_units):
                    continue   # kept as the item's units, printed back by the documents
            elif kind == "time":
                when = parse_timeframe(tail, plan.year)
                if parent.timeframe.kind is TimeFrameKind.NONE:
                    parent.timeframe = when
                if when.kind is not TimeFrameKind.NONE and when == parent.timeframe:
                    continue
            kept.append(line)
        parent.text = "\n".join(kept)

    for s in plan.sections:
        visit(s)


def _check_numbers(plan: Plan, printed: dict[int, str], notes: list[Note]) -> None:
    changed = [(p, s.number) for s in plan.walk() if (p := printed.get(id(s))) and p != s.number]
    if changed:
        sample = ", ".join(f"{a} → {b}" for a, b in changed[:6])
        notes.append(Note(f"{len(changed)} số mục sẽ được đánh lại theo thứ tự: {sample}.",
                          f"{len(changed)} item numbers will be renumbered in order: {sample}."))


__all__ = ["Proposal", "propose_plan", "read_label"]
