"""Sizes and measures of NĐ 30/2020 PL I shared by the PDF and DOCX renderers (domain.md §3).

Kept in one place so both renderers draw the same document; each figure sits inside the range
the decree gives (sizes in points, lengths in millimetres unless the name says otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    # Margins: top/bottom 20–25, left 30–35, right 15–20 mm.
    margin_top_mm: float = 20
    margin_bottom_mm: float = 20
    margin_left_mm: float = 30
    margin_right_mm: float = 15
    # Body 13–14 pt, justified, first-line indent 1–1.27 cm, ≥ 6 pt after, line spacing 1–1.5.
    body_size: float = 14
    first_indent_cm: float = 1.27
    space_after: float = 6
    line_spacing: float = 1.2           # multiple of the font size (Word's "single" for Times)
    # Header: issuing body CAPS bold 12–13; Quốc hiệu CAPS bold 12–13; Tiêu ngữ bold 13–14.
    issuer_size: float = 13
    nation_sizes: tuple[float, ...] = (13, 12.5, 12)    # largest that fits the right cell
    motto_size: float = 14
    number_size: float = 13
    date_size: float = 14
    header_left_share: float = 0.40     # ~40/60 common practice [M]
    issuer_rule_share: float = 0.40     # rule 1/3–1/2 of the issuing body's length
    summary_rule_share: float = 0.40    # rule 1/3–1/2 of the summary's length
    header_gap: float = 8
    space_before_type: float = 22
    # Type and summary CAPS bold / bold 13–14.
    title_size: float = 14
    table_size: float = 12
    footnote_size: float = 11
    page_number_size: float = 13
    # Closing: "Nơi nhận:" 12 bold italic, entries 11; authority, title, name 13–14 bold.
    recipients_label_size: float = 12
    recipients_size: float = 11
    signature_size: float = 14
    signature_space_mm: float = 24
    closing_left_share: float = 0.45

    nation: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str = "Độc lập - Tự do - Hạnh phúc"


LAYOUT = Layout()

_COMMON_BREAKS = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG VỤ", "ĐẢNG ỦY")


def split_issuer(text: str, font: str, size: float, width: float,
                 measure: Callable[[str, str, float], float] | None = None) -> list[str]:
    """Lines of the issuing body as offices set them: "ỦY BAN NHÂN DÂN" / "XÃ BÌNH LƯ".

    Explicit line breaks are kept; a line too wide breaks after the name of the body where it
    starts with one, else at the most balanced space.
    """
    if measure is None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        measure = stringWidth
    lines: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        lines.extend(_split_line(line, font, size, width, measure))
    return lines


def _split_line(line: str, font: str, size: float, width: float,
                measure: Callable[[str, str, float], float]) -> list[str]:
    if measure(line, font, size) <= width:
        return [line]
    for head in _COMMON_BREAKS:
        if line.startswith(head + " "):
            return [head, *_split_line(line[len(head) + 1:], font, size, width, measure)]
    words = line.split(" ")
    if len(words) == 1:
        return [line]
    best = min(range(1, len(words)), key=lambda i: max(measure(" ".join(words[:i]), font, size),
                                                      measure(" ".join(words[i:]), font, size)))
    first = " ".join(words[:best])
    return [*_split_line(first, font, size, width, measure),
            *_split_line(" ".join(words[best:]), font, size, width, measure)]
