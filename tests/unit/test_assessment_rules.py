"""The self-assessment's arithmetic and classes (CT2579 Art. 4, 6), exact at every boundary."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from dancoso_desktop import paths
from dancoso_desktop.domain.assessment import (
    Condition,
    Criterion,
    Effect,
    FlatRow,
    Rating,
    Scheme,
    check_points,
    compute,
    format_points,
    parse_points,
    rating_by_points,
    scheme_from_data,
    scheme_to_data,
    tree_from_rows,
)
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.services.assessment_service import example_scheme


def scheme_of_100() -> Scheme:
    """Two parts of 10 and 90 points, leaves A (10), B (45), C (45)."""
    return Scheme("Thử", "nguồn", (
        Criterion("1", "Phần 1", D(10), children=(Criterion("1.1", "A", D(10)),)),
        Criterion("2", "Phần 2", D(90), children=(Criterion("2.1", "B", D(45)), Criterion("2.2", "C", D(45)))),
    ), conditions=(Condition("x", "Tham nhũng", Effect.FAIL), Condition("k", "Khiển trách", Effect.CAP_GOOD),
                   Condition("c", "Cảnh cáo", Effect.CAP_DONE)))


def scores(total: str) -> dict[str, D | None]:
    """Leaves scored so that they add up to ``total`` (none at 0 unless total says so)."""
    t = D(total)
    a = min(D(10), t)
    rest = t - a
    b = min(D(45), rest)
    return {"1.1": a, "2.1": b, "2.2": rest - b}


@pytest.mark.parametrize("total, rating", [
    ("100", Rating.EXCELLENT), ("95", Rating.EXCELLENT), ("94.99", Rating.GOOD), ("85", Rating.GOOD),
    ("84.99", Rating.DONE), ("75", Rating.DONE), ("74.99", Rating.NOT_DONE), ("10.5", Rating.NOT_DONE)])
def test_thresholds_at_every_boundary(total: str, rating: Rating) -> None:
    s = scheme_of_100()
    r = compute(s, scores(total))
    assert r.total == D(total) and r.rating is rating and r.complete
    assert rating_by_points(D(total), s.thresholds) is rating


def test_a_zero_criterion_keeps_out_of_the_top_two_classes() -> None:
    s = scheme_of_100()
    r = compute(s, {"1.1": D(0), "2.1": D(45), "2.2": D(45)}, bonus=D(3))   # 93 points
    assert r.total == 93 and r.by_points is Rating.GOOD and r.rating is Rating.DONE and r.zero == ("1.1",)
    assert "1.1" in r.reasons_vi[0]
    # Below 85 a zero changes nothing: "hoàn thành" has no such condition.
    r = compute(s, {"1.1": D(0), "2.1": D(40), "2.2": D(40)})
    assert r.rating is Rating.DONE
    # Not scored yet is not "scored 0".
    r = compute(s, {"2.1": D(45), "2.2": D(45)}, bonus=D(3))
    assert r.zero == () and r.unscored == ("1.1",) and not r.complete and r.rating is Rating.GOOD


def test_bonus_and_penalty_are_capped_at_three() -> None:
    s = scheme_of_100()
    r = compute(s, scores("92"), bonus=D(5))
    assert r.bonus == 3 and r.total == 95 and r.rating is Rating.EXCELLENT
    r = compute(s, scores("80"), penalty=D("7.5"))
    assert r.penalty == 3 and r.total == 77
    r = compute(s, scores("100"), bonus=D(3))
    assert r.total == 103 and r.max_total == 100
    r = compute(s, scores("95"), bonus=D("0.5"), penalty=D("0.75"))
    assert r.total == D("94.75") and r.rating is Rating.GOOD


def test_conditions_fail_or_cap() -> None:
    s = scheme_of_100()
    assert compute(s, scores("99"), conditions={"x"}).rating is Rating.NOT_DONE
    assert compute(s, scores("99"), conditions={"k"}).rating is Rating.GOOD
    assert compute(s, scores("99"), conditions={"c"}).rating is Rating.DONE
    assert compute(s, scores("80"), conditions={"k"}).rating is Rating.DONE     # a cap never raises
    assert compute(s, scores("99"), conditions={"k", "c"}).rating is Rating.DONE
    assert compute(s, scores("99"), conditions={"unknown"}).rating is Rating.EXCELLENT


def test_exact_decimals_no_float_drift() -> None:
    s = Scheme("t", "", tuple(Criterion(str(i), f"c{i}", D(10)) for i in range(1, 11)))
    r = compute(s, {str(i): D("9.5") if i % 2 else D("9.55") for i in range(1, 11)})
    assert r.total == D("95.25") and r.rating is Rating.EXCELLENT


@pytest.mark.parametrize("text, value", [("7,5", "7.5"), ("7.5", "7.5"), (" 10 ", "10"), ("0", "0"),
                                         ("0,25", "0.25"), (3, "3")])
def test_points_as_typed(text: str, value: str) -> None:
    assert parse_points(text) == D(value)


@pytest.mark.parametrize("text", ["", "abc", "7,555", "1e3", "NaN", "=1+1", "7,5 điểm", "--1", "1/2"])
def test_points_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_points(text)


def test_points_within_the_maximum() -> None:
    c = Criterion("2.1", "B", D(20))
    assert check_points(c, D(20)) == 20
    with pytest.raises(ValidationError, match="tối đa 20"):
        check_points(c, D("20.5"))
    with pytest.raises(ValidationError):
        check_points(c, D(-1))
    assert format_points(D("7.50")) == "7,5" and format_points(D("10")) == "10" and format_points(D(10), "en") == "10"


def test_the_shipped_example_is_cantho_2025s_structure() -> None:
    s = example_scheme()
    assert s.example and s.source == "QĐ 2579/QĐ-UBND ngày 21/11/2025 của UBND thành phố Cần Thơ"
    assert [(c.code, c.max_points) for c in s.criteria] == [("1", 10), ("2", 90)]
    assert s.max_total == 100 and s.bonus_max == 3 and s.penalty_max == 3
    assert (s.thresholds.excellent, s.thresholds.good, s.thresholds.done) == (95, 85, 75)
    assert s.deadline(2026).isoformat() == "2026-12-15" and s.opens(2026).isoformat() == "2026-12-10"
    assert all(c.text.startswith("(Ví dụ)") for c in s.leaves())
    assert "VÍ DỤ" in s.note and "Phụ lục II" in s.note
    assert {c.effect for c in s.conditions} == set(Effect)
    # JSON round trip keeps it exactly.
    raw = json.loads(paths.resource("assessment", "cantho_2025.json").read_text(encoding="utf-8"))
    assert scheme_from_data(scheme_to_data(scheme_from_data(raw))) == s


def test_broken_schemes_refused() -> None:
    base = scheme_to_data(scheme_of_100())
    bad_sum = json.loads(json.dumps(base))
    bad_sum["criteria"][1]["max_points"] = "80"
    with pytest.raises(ValidationError, match="cộng lại 90"):
        scheme_from_data(bad_sum)
    dup = json.loads(json.dumps(base))
    dup["criteria"][1]["children"][1]["code"] = "2.1"
    with pytest.raises(ValidationError, match="bị lặp"):
        scheme_from_data(dup)
    thresholds = json.loads(json.dumps(base))
    thresholds["thresholds"]["good"] = "96"
    with pytest.raises(ValidationError, match="Ngưỡng"):
        scheme_from_data(thresholds)
    for broken in ({}, {"criteria": [{"code": "1", "text": "x", "max_points": "abc"}]},
                   {"criteria": [{"code": "1", "text": "x", "max_points": "-2"}]}, [1, 2]):
        with pytest.raises(ValidationError):
            scheme_from_data(broken)  # type: ignore[arg-type]


def test_tree_from_flat_rows() -> None:
    rows = [FlatRow("1", "Phần 1", None), FlatRow("1.1", "A", D(4)), FlatRow("1.2", "B", D(6)),
            FlatRow("2", "Phần 2", D(90)), FlatRow("2.1", "C", D(90))]
    tree = tree_from_rows(rows)
    assert [(c.code, c.max_points, [k.code for k in c.children]) for c in tree] == [
        ("1", 10, ["1.1", "1.2"]), ("2", 90, ["2.1"])]
    with pytest.raises(ValidationError, match="chưa có điểm"):
        tree_from_rows([FlatRow("1", "x", None)])
    with pytest.raises(ValidationError, match="bị lặp"):
        tree_from_rows([FlatRow("1", "x", D(1)), FlatRow("1.", "y", D(1))])
