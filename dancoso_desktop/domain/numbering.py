"""Computed numbering of plan sections: I, II / 1, 2 / 1.1, 1.2 / a, b, …, đ, e, g …

Legal lists are lettered in the Vietnamese order, which has đ and skips f, j, w, z
(NĐ 30/2020 PL I: "điểm" a), b), c), d), đ), e) …; design.md §5).
"""

from __future__ import annotations

from enum import StrEnum

LEGAL_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


class NumberStyle(StrEnum):
    ROMAN = "roman"      # I, II, III — parts of the plan
    ARABIC = "arabic"    # 1, 2, 3
    DECIMAL = "decimal"  # 1.1, 1.2 — parent's number, dot, position
    LETTER = "letter"    # a, b, …, đ, …
    DASH = "dash"        # "-" items: body-level lists, no number of their own
    LATIN = "latin"      # a, b, c, d, e — as Word's automatic lists letter them (no đ); kept
                         # when an imported plan was lettered that way (importer issue)


# The style of children at each depth when a section asks for nothing else.
DEFAULT_STYLES: tuple[NumberStyle, ...] = (
    NumberStyle.ROMAN, NumberStyle.ARABIC, NumberStyle.DECIMAL, NumberStyle.LETTER,
)


def default_style(depth: int) -> NumberStyle:
    return DEFAULT_STYLES[depth] if depth < len(DEFAULT_STYLES) else NumberStyle.DASH


def roman(n: int) -> str:
    if n <= 0:
        raise ValueError("Roman numerals start at 1")
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, sym in values:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def legal_letter(n: int) -> str:
    """1 → a, 5 → đ, 6 → e, 7 → g; past y the letters double (aa, bb…) as long lists do."""
    if n <= 0:
        raise ValueError("letters start at 1")
    count = len(LEGAL_LETTERS)
    letter = LEGAL_LETTERS[(n - 1) % count]
    return letter * ((n - 1) // count + 1)


def latin_letter(n: int) -> str:
    """1 → a, 5 → e: the plain alphabet some documents use instead of the legal letters."""
    if n <= 0:
        raise ValueError("letters start at 1")
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return letter * ((n - 1) // 26 + 1)


def label(style: NumberStyle, position: int, parent_label: str = "") -> str:
    """The printed number (without trailing dot or parenthesis) of the n-th child (1-based)."""
    if style is NumberStyle.ROMAN:
        return roman(position)
    if style is NumberStyle.ARABIC:
        return str(position)
    if style is NumberStyle.DECIMAL:
        return f"{parent_label}.{position}" if parent_label else str(position)
    if style is NumberStyle.LETTER:
        return legal_letter(position)
    if style is NumberStyle.LATIN:
        return latin_letter(position)
    return "-"


def printed(style: NumberStyle, number: str) -> str:
    """How the number is printed before the title: 'I.', '1.', '1.1.', 'a)', '-'."""
    if style in (NumberStyle.LETTER, NumberStyle.LATIN):
        return f"{number})"
    if style is NumberStyle.DASH:
        return "-"
    return f"{number}."
