"""Recognising the number at the start of a paragraph: I. / 1. / 1.1. / a) / - …

Plans follow Decree 30/2020 (NĐ 30/2020 PL I): parts in Roman numerals, items in Arabic
numerals, sub-items "1.1.", points lettered a), b), … đ) …, and dash lists that belong to
the body text. Real files drop the dot ("2.2 Cơ quan"), use "a." for "a)", or let Word draw
the number itself; all of those are read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from dancoso_desktop.domain.numbering import LEGAL_LETTERS


class Kind(StrEnum):
    ROMAN = "roman"
    ARABIC = "arabic"
    DECIMAL = "decimal"
    LETTER = "letter"


@dataclass(frozen=True)
class Label:
    kind: Kind
    number: str          # as printed, without the trailing dot or parenthesis: "I", "2", "2.1", "đ"
    rest: str            # the text after the number

    @property
    def depth(self) -> int:
        """Parts of a decimal number ("1.1" → 2); 1 for every other kind."""
        return self.number.count(".") + 1 if self.kind is Kind.DECIMAL else 1

    @property
    def value(self) -> int:
        """The position the number says (I → 1, 3 → 3, 2.4 → 4, đ → 5)."""
        if self.kind is Kind.ROMAN:
            return roman_value(self.number)
        if self.kind is Kind.LETTER:
            return letter_value(self.number)
        return int(self.number.split(".")[-1])


_ROMAN_RE = re.compile(r"^(?P<n>[IVXLC]{1,7})\s*(?P<sep>[.):\-–/]|\s)\s*(?P<rest>\S.*)$")
_DECIMAL_RE = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){1,3})\s*(?P<sep>[.):]?)(?:\s+|(?=[^\W\d_]))(?P<rest>\S.*)$")
# "1.500.000 đồng" and "10.11.2022" are numbers, not items: a digit straight after the dot.
_ARABIC_RE = re.compile(r"^(?P<n>\d{1,2})\s*(?P<sep>[.)]|\s-|:|/(?=\s))(?:\s+|(?=[^\d\s]))(?P<rest>\S.*)$")
_BARE_ARABIC_RE = re.compile(r"^(?P<n>\d{1,2})\s+(?P<rest>[^\d\s].*)$")
_LETTER_RE = re.compile(r"^(?P<n>[a-zđ]{1,2})\s*(?P<sep>[).])\s*(?P<rest>\S.*)$")
_DASH_RE = re.compile(r"^[-–—+•·*]\s*\S")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_LATIN = "abcdefghijklmnopqrstuvwxyz"


def roman_value(text: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(text.upper()):
        v = _ROMAN_VALUES.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def letter_value(letter: str) -> int:
    """Position in the legal alphabet (a b c d đ e g …); f, j, w, z by their Latin order."""
    base = letter[0]
    repeat = len(letter) - 1
    if base in LEGAL_LETTERS:
        return LEGAL_LETTERS.index(base) + 1 + repeat * len(LEGAL_LETTERS)
    return _LATIN.index(base) + 1 + repeat * 26


def latin_value(letter: str) -> int:
    """Position in the plain alphabet (a b c d e f …), or 0 for đ."""
    return _LATIN.index(letter[0]) + 1 if letter[0] in _LATIN else 0


def _valid_roman(text: str) -> bool:
    from dancoso_desktop.domain.numbering import roman

    value = roman_value(text)
    return 0 < value <= 40 and roman(value) == text


def read_label(text: str) -> Label | None:
    """The number a paragraph starts with, or None for body text (dash items included)."""
    m = _ROMAN_RE.match(text)
    if m and _valid_roman(m.group("n")):
        rest = m.group("rest")
        # "I Mục đích" without a dot is only a heading when the title is in capitals.
        if m.group("sep").strip() or _mostly_upper(rest):
            return Label(Kind.ROMAN, m.group("n"), rest)
    m = _DECIMAL_RE.match(text)
    if m:
        number = re.sub(r"\s", "", m.group("n"))
        parts = number.split(".")
        if all(0 < int(p) <= 60 for p in parts):
            return Label(Kind.DECIMAL, number, m.group("rest"))
    m = _BARE_ARABIC_RE.match(text)
    if m and 0 < int(m.group("n")) <= 20 and len(m.group("rest")) <= 100 and m.group("rest")[0].isupper() \
            and not m.group("rest").rstrip().endswith((".", ";", ",")):
        # "2 Yêu cầu": a short heading whose dot was lost.
        return Label(Kind.ARABIC, m.group("n"), m.group("rest"))
    m = _ARABIC_RE.match(text)
    if m and 0 < int(m.group("n")) <= 60:
        rest = m.group("rest")
        # "2026. Tiếp …" or "1 Trọng tâm là" (a footnote) are not items.
        if m.group("sep") != ":" or len(rest) < 200:
            return Label(Kind.ARABIC, m.group("n"), rest)
    m = _LETTER_RE.match(text)
    if m:
        n = m.group("n")
        if (len(n) == 1 or n[0] == n[1]) and (m.group("sep") == ")" or len(n) == 1):
            return Label(Kind.LETTER, n, m.group("rest"))
    return None


def is_dash_item(text: str) -> bool:
    return bool(_DASH_RE.match(text))


def _mostly_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def mostly_upper(text: str) -> bool:
    return _mostly_upper(text)
