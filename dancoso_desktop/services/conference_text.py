"""Cleaning the text of conference records: NFC, no control characters, bounded length.

Hostile text (``<b>``, ``=cmd``, ``+1``) is kept as typed: it is text, and every renderer and
exporter prints it literally. Too long a field is refused with a message naming it.
"""

from __future__ import annotations

from datetime import date

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR
from dancoso_desktop.domain.text import clean_text, format_date

MAX_SHORT = 500
MAX_LONG = 100_000


def line(text: str | None, vi: str, en: str, field: str, max_len: int = MAX_SHORT) -> str:
    value = clean_text(text, multiline=False)
    if len(value) > max_len:
        raise ValidationError(f"{vi} quá dài ({len(value):,} ký tự; tối đa {max_len:,}).".replace(",", "."),
                              f"{en} is too long ({len(value):,} characters; at most {max_len:,}).", field=field)
    return value


def long(text: str | None, vi: str, en: str, field: str) -> str:
    value = clean_text(text)
    if len(value) > MAX_LONG:
        raise ValidationError(f"{vi} quá dài ({len(value):,} ký tự; tối đa {MAX_LONG:,}).".replace(",", "."),
                              f"{en} is too long ({len(value):,} characters; at most {MAX_LONG:,}).", field=field)
    return value


def check_date(d: date | None, vi: str, en: str, field: str) -> None:
    if d is not None and not MIN_YEAR <= d.year <= MAX_YEAR:
        raise ValidationError(f"{vi} ({format_date(d)}) nằm ngoài khoảng năm {MIN_YEAR}–{MAX_YEAR}.",
                              f"{en} ({d.isoformat()}) is outside {MIN_YEAR}–{MAX_YEAR}.", field=field)


def check_year_value(year: object, field: str = "year") -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(f"Năm phải từ {MIN_YEAR} đến {MAX_YEAR}.", f"The year must be {MIN_YEAR}–{MAX_YEAR}.",
                              field=field)
    return year
