"""Vietnamese text: NFC, cleaning, accent-blind search keys, alphabetical order, dates."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import (
    clean_line,
    clean_text,
    fold,
    format_date,
    format_date_line,
    format_number,
    matches,
    parse_date,
    require_text,
    sort_key,
)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_fold_ignores_case_tones_and_their_placement() -> None:
    assert fold("Công khai") == fold("cong khai") == fold("CÔNG   KHAI") == "cong khai"
    assert fold("hoà") == fold("hòa") == "hoa"            # tone on a or on o: same key
    assert fold("Thuỷ") == fold("Thủy")
    assert fold("Đường Điện") == "duong dien"              # đ is not a combining mark: mapped by hand
    assert fold(nfd("Tuyên truyền")) == fold("Tuyên truyền") == "tuyen truyen"
    assert fold("") == "" and fold(None) == ""


def test_matches_every_word() -> None:
    assert matches("tuyen truyen", "2. Tuyên truyền, phổ biến pháp luật")
    assert matches("PHO BIEN tuyên", "Tuyên truyền, phổ biến")
    assert not matches("kiem tra", "Tuyên truyền")
    assert matches("", "anything")


def test_clean_text_removes_what_does_not_belong() -> None:
    dirty = "Kế\x00 hoạch\x07\u200b năm\ufeff 2026\x1b"
    assert clean_text(dirty) == "Kế hoạch năm 2026"
    assert clean_text("a\ud800b") == "ab"                   # lone surrogate from a broken paste
    assert clean_text(nfd("Quyết định")) == "Quyết định"
    assert unicodedata.is_normalized("NFC", clean_text(nfd("ỹ ỵ ự Nhân dân")))
    assert clean_text("  dòng 1  \r\n\r\n  dòng\t\t2 ") == "dòng 1\n\ndòng 2"
    assert clean_line("a\nb\tc") == "a b c"
    assert clean_text("a < b & c = +1 -2") == "a < b & c = +1 -2"   # kept as typed
    assert clean_text(None) == ""


@settings(deadline=None)
@given(st.text())
def test_clean_text_output_is_clean(text: str) -> None:
    out = clean_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert not any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in out)
    assert "\u200b" not in out and "\ufeff" not in out
    assert clean_text(out) == out


@settings(deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "M", "Zs", "N"))))
def test_fold_is_stable_under_normal_forms(text: str) -> None:
    assert fold(nfd(text)) == fold(unicodedata.normalize("NFC", text))
    assert fold(fold(text)) == fold(text)


def test_require_text() -> None:
    with pytest.raises(ValidationError) as exc:
        require_text(" \t\u200b ", vi_name="Tiêu đề", en_name="Title", field="title")
    assert exc.value.field == "title" and "không được để trống" in exc.value.text("vi")
    with pytest.raises(ValidationError) as exc:
        require_text("x" * 11, vi_name="Tiêu đề", en_name="Title", max_len=10)
    assert "too long" in exc.value.text("en")


def test_vietnamese_alphabet_order() -> None:
    letters = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
               "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"]
    shuffled = letters[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == letters
    assert sorted(["Đông", "Dương", "Bình", "Ân", "An", "Ăn"], key=sort_key) == [
        "An", "Ăn", "Ân", "Bình", "Dương", "Đông"]


def test_tones_break_ties_in_order() -> None:
    # CLDR vi: none < huyền < hỏi < ngã < sắc < nặng, as a secondary difference.
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    shuffled = tones[::-1]
    assert sorted(shuffled, key=sort_key) == tones
    assert sorted(["mạc", "mác", "mạ"], key=sort_key) == ["mạ", "mác", "mạc"]   # letters first
    assert sort_key(nfd("Thôn Nà Rụa")) == sort_key("Thôn Nà Rụa")
    assert sorted(["thôn", "Thôn"], key=sort_key) == ["thôn", "Thôn"]


def test_dates() -> None:
    assert format_date_line(date(2026, 1, 5)) == "ngày 05 tháng 01 năm 2026"
    assert format_date_line(date(2026, 2, 28)) == "ngày 28 tháng 02 năm 2026"
    assert format_date_line(date(2026, 3, 9)) == "ngày 09 tháng 3 năm 2026"     # months ≥ 3 not padded
    assert format_date_line(date(2026, 12, 25)) == "ngày 25 tháng 12 năm 2026"
    assert format_date_line(None).startswith("ngày ")
    assert format_date(date(2026, 3, 9)) == "09/03/2026" and format_date(None) == ""
    assert parse_date("05/01/2026") == date(2026, 1, 5)
    assert parse_date(" 2026-01-05 ") == date(2026, 1, 5)
    assert parse_date("29/02/2024") == date(2024, 2, 29)
    for bad in ("31/02/2026", "29/02/2025", "00/01/2026", "hôm qua", ""):
        with pytest.raises(ValidationError):
            parse_date(bad)
    assert format_number(3321) == "3.321"
    assert format_number(1.27, 2) == "1,27"
