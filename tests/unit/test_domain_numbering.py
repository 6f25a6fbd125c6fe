"""Computed numbering: Roman parts, Arabic and decimal clauses, the Vietnamese legal letters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dancoso_desktop.domain.numbering import (
    LEGAL_LETTERS,
    NumberStyle,
    default_style,
    label,
    legal_letter,
    printed,
    roman,
)
from dancoso_desktop.domain.plan import Plan, PlanSection, renumber


def test_roman_numerals() -> None:
    assert [roman(n) for n in (1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 400, 2026)] == [
        "I", "II", "III", "IV", "V", "IX", "X", "XIV", "XL", "XC", "CD", "MMXXVI"]
    with pytest.raises(ValueError):
        roman(0)


def test_legal_letters_follow_the_vietnamese_order() -> None:
    # NĐ 30/2020 PL I: a) b) c) d) đ) e) g) … — đ after d, no f j w z.
    assert LEGAL_LETTERS == [*"abcd", "đ", *"eghiklmnopqrstuvxy"]
    assert [legal_letter(n) for n in range(1, 24)] == LEGAL_LETTERS
    assert legal_letter(5) == "đ"
    assert legal_letter(6) == "e"
    assert legal_letter(7) == "g"
    assert legal_letter(10) == "k"
    assert legal_letter(23) == "y"
    for banned in "fjwz":
        assert banned not in [legal_letter(n) for n in range(1, 200)]


def test_letters_past_y_double() -> None:
    assert legal_letter(24) == "aa"
    assert legal_letter(28) == "đđ"
    assert legal_letter(46) == "yy"
    assert legal_letter(47) == "aaa"
    with pytest.raises(ValueError):
        legal_letter(0)


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=500))
def test_letter_labels_are_unique_and_valid(n: int) -> None:
    letters = legal_letter(n)
    assert set(letters) == {LEGAL_LETTERS[(n - 1) % 23]}
    assert legal_letter(n) != legal_letter(n + 1)


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=3999))
def test_roman_is_canonical(n: int) -> None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    text = roman(n)
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    assert total == n


def test_labels_and_printed_forms() -> None:
    assert label(NumberStyle.ROMAN, 3) == "III"
    assert label(NumberStyle.ARABIC, 3) == "3"
    assert label(NumberStyle.DECIMAL, 2, "4") == "4.2"
    assert label(NumberStyle.DECIMAL, 2, "") == "2"
    assert label(NumberStyle.LETTER, 5) == "đ"
    assert label(NumberStyle.DASH, 9) == "-"
    assert printed(NumberStyle.ROMAN, "II") == "II."
    assert printed(NumberStyle.DECIMAL, "1.2") == "1.2."
    assert printed(NumberStyle.LETTER, "đ") == "đ)"
    assert printed(NumberStyle.DASH, "-") == "-"
    assert [default_style(d) for d in range(6)] == [
        NumberStyle.ROMAN, NumberStyle.ARABIC, NumberStyle.DECIMAL, NumberStyle.LETTER,
        NumberStyle.DASH, NumberStyle.DASH]


def _tree() -> Plan:
    letters = [PlanSection(f"điểm {i}") for i in range(1, 8)]
    return Plan(2026, sections=[
        PlanSection("MỤC ĐÍCH", children=[PlanSection("Mục đích"), PlanSection("Yêu cầu")]),
        PlanSection("NỘI DUNG", children=[
            PlanSection("Lãnh đạo", children=[PlanSection("Công khai", children=letters)]),
            PlanSection("Kiểm tra"),
        ]),
        PlanSection("TỔ CHỨC THỰC HIỆN"),
    ])


def _numbers(plan: Plan) -> list[str]:
    plan.renumber()
    return [s.number for s in plan.walk()]


def _by_title(plan: Plan) -> dict[str, str]:
    plan.renumber()
    return {s.title: s.number for s in plan.walk()}


def test_renumber_by_depth() -> None:
    plan = _tree()
    assert _numbers(plan) == ["I", "1", "2", "II", "1", "1.1", "a", "b", "c", "d", "đ", "e", "g", "2", "III"]
    assert [s.style for s in plan.sections[1].children[0].children[0].children][:1] == [NumberStyle.LETTER]


def test_renumber_after_moves() -> None:
    plan = _tree()
    plan.renumber()
    # Move "Kiểm tra" (II.2) to the front of part I, and the last part to the top.
    kiem_tra = plan.sections[1].children.pop(1)
    plan.sections[0].children.insert(0, kiem_tra)
    plan.sections.insert(0, plan.sections.pop())
    numbers = _by_title(plan)
    assert numbers["TỔ CHỨC THỰC HIỆN"] == "I"
    assert numbers["MỤC ĐÍCH"] == "II"
    assert numbers["Kiểm tra"] == "1"
    assert numbers["Mục đích"] == "2"
    assert numbers["NỘI DUNG"] == "III"
    # Remove the first two letters: "điểm 3" becomes a), "điểm 7" becomes đ).
    letters = plan.sections[2].children[0].children[0].children
    del letters[:2]
    numbers = _by_title(plan)
    assert numbers["điểm 3"] == "a"
    assert numbers["điểm 7"] == "đ"


def test_child_style_override() -> None:
    part = PlanSection("TỔ CHỨC THỰC HIỆN", children=[
        PlanSection("Chế độ báo cáo", child_style=NumberStyle.LETTER,
                    children=[PlanSection("6 tháng"), PlanSection("9 tháng"), PlanSection("năm")]),
        PlanSection("Khác", child_style=NumberStyle.DASH, children=[PlanSection("x")]),
    ])
    renumber([part])
    report = part.children[0]
    assert [c.number for c in report.children] == ["a", "b", "c"]
    assert part.children[1].children[0].number == "-"
    # The override applies to that parent's children only; their children go on by depth.
    report.children[0].children = [PlanSection("y")]
    renumber([part])
    assert report.children[0].children[0].number == "a"
    assert report.children[0].children[0].style is NumberStyle.LETTER
