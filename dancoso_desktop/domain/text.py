"""Vietnamese text handling (domain.md §6): NFC, cleaning, search folding, sorting, dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from dancoso_desktop.domain.errors import ValidationError

# Control characters never belong in official text; keep tab and newline, which the body
# text uses. Zero-width characters and BOMs come from copy-paste out of Word and web pages.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ufffe]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_text(text: str | None, *, multiline: bool = True) -> str:
    """NFC, without control characters, lone surrogates or zero-width marks; trimmed."""
    if text is None:
        return ""
    text = _SURROGATE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = nfc(text)
    if not multiline:
        text = " ".join(text.split())
    else:
        text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()
    return text


def clean_line(text: str | None) -> str:
    return clean_text(text, multiline=False)


def require_text(text: str | None, *, vi_name: str, en_name: str, max_len: int = 2000,
                 multiline: bool = False, field: str | None = None) -> str:
    """Clean a required text field or raise a ValidationError naming the field."""
    value = clean_text(text, multiline=multiline)
    if not value:
        raise ValidationError(f"{vi_name} không được để trống.", f"{en_name} must not be empty.",
                              field=field)
    if len(value) > max_len:
        raise ValidationError(
            f"{vi_name} quá dài ({len(value):,} ký tự, tối đa {max_len:,}).".replace(",", "."),
            f"{en_name} is too long ({len(value):,} characters, at most {max_len:,}).",
            field=field,
        )
    return value


def fold(text: str | None) -> str:
    """Search key: no case, no tone marks (wherever they sit), đ→d, single spaces.

    "Công khai", "cong khai" and "CÔNG  KHAI" fold alike; so do "hoà" and "hòa".
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return " ".join(stripped.lower().split())


def matches(query: str, text: str) -> bool:
    """True when every word of the query occurs in the text, ignoring accents and case."""
    folded = fold(text)
    return all(word in folded for word in fold(query).split())


# Vietnamese alphabet (CLDR vi standard collation): letters with breve/circumflex/horn and
# đ are letters of their own; tone marks only break ties (secondary difference).
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn


def _split_letter(ch: str) -> tuple[str, int]:
    """Base letter (keeping ă â ê ô ơ ư đ) and tone rank of one character."""
    parts = unicodedata.normalize("NFD", ch.lower())
    tone = 0
    kept = []
    for p in parts:
        if p in _TONES:
            tone = _TONES[p]
        elif unicodedata.combining(p) and p not in _LETTER_MARKS:
            continue
        else:
            kept.append(p)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def sort_key(text: str | None) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Sort key in Vietnamese alphabetical order: primary letters, then tones, then case."""
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for ch in nfc(text or ""):
        if ch.isspace():
            primary.append(0)
            continue
        base, tone = _split_letter(ch)
        rank = _LETTER_RANK.get(base)
        # Digits and punctuation sort before letters, by code point.
        primary.append(1000 + rank if rank is not None else (ord(base[0]) if base else 0))
        secondary.append(tone)
        tertiary.append(1 if ch.isupper() else 0)
    return tuple(primary), tuple(secondary), tuple(tertiary)


def format_date(d: date | None) -> str:
    """dd/mm/yyyy, as tables and body text write dates."""
    return d.strftime("%d/%m/%Y") if d else ""


def format_date_line(d: date | None) -> str:
    """'ngày 05 tháng 01 năm 2026' (NĐ 30/2020 PL I: zero-pad days < 10 and months 1–2)."""
    if d is None:
        return "ngày    tháng    năm    "
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def parse_date(text: str) -> date:
    """Read dd/mm/yyyy or ISO yyyy-mm-dd; impossible dates raise a ValidationError."""
    text = clean_line(text)
    try:
        m = _DATE_RE.match(text)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"Ngày không hợp lệ: “{text}”. Viết theo dạng ngày/tháng/năm, ví dụ 05/01/2026.",
            f"Invalid date: “{text}”. Write it as day/month/year, e.g. 05/01/2026.",
        ) from None


def format_number(value: float | int, decimals: int = 0) -> str:
    """Vietnamese number format: thousands dot, decimal comma ('3.321', '1,27')."""
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
