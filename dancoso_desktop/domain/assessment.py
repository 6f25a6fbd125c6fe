"""The annual self-assessment (tự đánh giá, chấm điểm công tác dân vận và thực hiện dân chủ ở cơ sở).

Provinces rate each commune from a self-scored report with evidence (reporting.md §0.1, §1.4,
§7.1 "Scorecard"). The scheme is the province's data: a criteria tree (code, text, maximum
points, scoring guide), bonus and penalty points, the classification thresholds and the
conditions that fail or cap a rating. The example shipped is Cần Thơ's (QĐ 2579/QĐ-UBND ngày
21/11/2025, "CT2579"); every rule below reads its numbers from the scheme, so another
province's scheme is a file, not code.

Exact arithmetic: points are ``Decimal`` (an officer types "7,5"), never floats.
Pure functions and plain data; no I/O.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import clean_line, clean_text

MAX_CODE = 40
MAX_TEXT = 4000
MAX_POINTS = Decimal(1000)
DECIMALS = 2                      # scores are given to the hundredth at most (0,25; 0,5)
CT2579 = "QĐ 2579/QĐ-UBND ngày 21/11/2025 của UBND thành phố Cần Thơ"


class Rating(enum.StrEnum):
    """The four classes of CT2579 Art. 6, best first."""

    EXCELLENT = "excellent"   # Hoàn thành xuất sắc
    GOOD = "good"             # Hoàn thành tốt
    DONE = "done"             # Hoàn thành
    NOT_DONE = "not_done"     # Không hoàn thành

    @property
    def rank(self) -> int:
        return list(Rating).index(self)

    @property
    def label_vi(self) -> str:
        return {"excellent": "Hoàn thành xuất sắc", "good": "Hoàn thành tốt", "done": "Hoàn thành",
                "not_done": "Không hoàn thành"}[self.value]

    @property
    def label_en(self) -> str:
        return {"excellent": "Excellent", "good": "Good", "done": "Completed",
                "not_done": "Not completed"}[self.value]

    def label(self, lang: str = "vi") -> str:
        return self.label_en if lang == "en" else self.label_vi


def worse(a: Rating, b: Rating) -> Rating:
    return a if a.rank >= b.rank else b


class Effect(enum.StrEnum):
    """What a condition of CT2579 Art. 6 does to the rating."""

    FAIL = "fail"             # "Không hoàn thành" whatever the points
    CAP_GOOD = "cap_good"     # at most "Hoàn thành tốt" (head or deputy reprimanded: khiển trách)
    CAP_DONE = "cap_done"     # at most "Hoàn thành" (head or deputy warned: cảnh cáo)

    @property
    def cap(self) -> Rating:
        return {"fail": Rating.NOT_DONE, "cap_good": Rating.GOOD, "cap_done": Rating.DONE}[self.value]


@dataclass(frozen=True)
class Condition:
    code: str
    text: str
    effect: Effect


@dataclass(frozen=True)
class Criterion:
    """One criterion. A criterion with children is scored as the sum of its children."""

    code: str
    text: str
    max_points: Decimal
    guide: str = ""                          # hướng dẫn chấm / căn cứ chấm điểm
    children: tuple[Criterion, ...] = ()

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def walk(self, depth: int = 0) -> Iterator[tuple[Criterion, int]]:
        yield self, depth
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass(frozen=True)
class Thresholds:
    """The points that open each class (CT2579 Art. 6: ≥95, 85 to <95, 75 to <85, <75)."""

    excellent: Decimal = Decimal(95)
    good: Decimal = Decimal(85)
    done: Decimal = Decimal(75)
    # "và không có tiêu chí nào bị 0 điểm" is a condition of these classes (Art. 6).
    no_zero_for: tuple[Rating, ...] = (Rating.EXCELLENT, Rating.GOOD)


@dataclass(frozen=True)
class Scheme:
    name: str
    source: str
    criteria: tuple[Criterion, ...]
    bonus_max: Decimal = Decimal(3)          # CT2579 Art. 4.3: "Điểm thưởng: Tối đa (03 điểm)"
    penalty_max: Decimal = Decimal(3)        # CT2579 Art. 4.4: "Điểm trừ: Tối đa (03 điểm)"
    thresholds: Thresholds = field(default_factory=Thresholds)
    conditions: tuple[Condition, ...] = ()
    deadline_from: tuple[int, int] = (12, 10)   # CT2579 Art. 9: sent "từ ngày 10 đến ngày 15 tháng 12"
    deadline_to: tuple[int, int] = (12, 15)
    example: bool = False                    # sub-criteria are an editable example, not the province's
    note: str = ""

    def walk(self) -> Iterator[tuple[Criterion, int]]:
        for c in self.criteria:
            yield from c.walk()

    def leaves(self) -> list[Criterion]:
        return [c for c, _ in self.walk() if c.is_leaf]

    def find(self, code: str) -> Criterion | None:
        return next((c for c, _ in self.walk() if c.code == code), None)

    @property
    def max_total(self) -> Decimal:
        return sum((c.max_points for c in self.criteria), Decimal(0))

    def deadline(self, year: int) -> date:
        return date(year, *self.deadline_to)

    def opens(self, year: int) -> date:
        return date(year, *self.deadline_from)

    def condition(self, code: str) -> Condition | None:
        return next((c for c in self.conditions if c.code == code), None)


# -- points as typed --------------------------------------------------------------------------------
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def parse_points(text: str | int | Decimal | float, *, what_vi: str = "Điểm", what_en: str = "Points") -> Decimal:
    """'7,5', '7.5', 7 → Decimal('7.5'); refuses what is not a plain number of ≤ 2 decimals."""
    if isinstance(text, bool):
        raise ValidationError(f"{what_vi} không hợp lệ.", f"{what_en} is not valid.")
    if isinstance(text, Decimal | int):
        raw = str(text)
    elif isinstance(text, float):
        raw = repr(text)
    else:
        raw = clean_line(text).replace(" ", "")
    if not _NUMBER.match(raw):
        raise ValidationError(f"{what_vi} “{clean_line(str(text))[:40]}” không phải là số (ví dụ 7 hoặc 7,5).",
                              f"{what_en} “{clean_line(str(text))[:40]}” is not a number (e.g. 7 or 7.5).",
                              field="points")
    try:
        value = Decimal(raw.replace(",", "."))
    except InvalidOperation:   # pragma: no cover — the pattern admits only numbers
        raise ValidationError(f"{what_vi} không hợp lệ.", f"{what_en} is not valid.", field="points") from None
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -DECIMALS:
        raise ValidationError(f"{what_vi} chỉ lấy đến hai chữ số thập phân.",
                              f"{what_en} take at most two decimals.", field="points")
    return value


def check_points(criterion: Criterion, value: Decimal) -> Decimal:
    """A self-score lies between 0 and the criterion's maximum (CT2579 Art. 4)."""
    if value < 0:
        raise ValidationError(f"Điểm tiêu chí {criterion.code} không được âm.",
                              f"The points of criterion {criterion.code} cannot be negative.", field="points")
    if value > criterion.max_points:
        raise ValidationError(
            f"Tiêu chí {criterion.code} tối đa {format_points(criterion.max_points)} điểm; "
            f"không chấm {format_points(value)}.",
            f"Criterion {criterion.code} has at most {format_points(criterion.max_points, 'en')} points; "
            f"{format_points(value, 'en')} is too many.", field="points")
    return value


def check_extra(value: Decimal, maximum: Decimal, *, bonus: bool) -> Decimal:
    """Bonus and penalty points are 0 to their maximum (CT2579 Art. 4.3–4.4: at most 3 each)."""
    vi, en = ("Điểm thưởng", "Bonus points") if bonus else ("Điểm trừ", "Penalty points")
    if value < 0 or value > maximum:
        raise ValidationError(f"{vi} phải từ 0 đến {format_points(maximum)}.",
                              f"{en} must be 0 to {format_points(maximum, 'en')}.",
                              field="bonus" if bonus else "penalty")
    return value


def format_points(value: Decimal | None, lang: str = "vi") -> str:
    """'7,5' in Vietnamese, '7.5' in English; no trailing zeros; '' for None."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if lang != "en" else text


# -- the scheme's own consistency ------------------------------------------------------------------
def check_scheme(scheme: Scheme) -> Scheme:
    """Refuse a scheme that cannot be scored: no criteria, a repeated or empty code, a maximum that
    is not positive, parts whose sub-criteria do not add up, thresholds out of order."""
    check_criteria(scheme)
    return _check_rules(scheme)


def check_criteria(scheme: Scheme) -> Scheme:
    """The criteria tree alone: codes, texts, maximums and sums (see ``check_scheme``)."""
    if not scheme.criteria:
        raise ValidationError("Bộ tiêu chí chưa có tiêu chí nào.", "The scheme has no criteria.")
    seen: set[str] = set()
    for c, _ in scheme.walk():
        if not c.code:
            raise ValidationError(f"Tiêu chí “{c.text[:60]}” chưa có mã.", f"Criterion “{c.text[:60]}” has no code.")
        if c.code in seen:
            raise ValidationError(f"Mã tiêu chí {c.code} bị lặp.", f"The criterion code {c.code} is repeated.")
        seen.add(c.code)
        if not c.text:
            raise ValidationError(f"Tiêu chí {c.code} chưa có nội dung.", f"Criterion {c.code} has no text.")
        if c.max_points <= 0:
            raise ValidationError(f"Tiêu chí {c.code}: điểm tối đa phải lớn hơn 0.",
                                  f"Criterion {c.code}: the maximum must be more than 0.")
        if c.children:
            total = sum((k.max_points for k in c.children), Decimal(0))
            if total != c.max_points:
                raise ValidationError(
                    f"Tiêu chí {c.code} tối đa {format_points(c.max_points)} điểm nhưng các tiêu chí con "
                    f"cộng lại {format_points(total)} điểm.",
                    f"Criterion {c.code} has {format_points(c.max_points, 'en')} points but its "
                    f"sub-criteria add up to {format_points(total, 'en')}.")
    return scheme


def _check_rules(scheme: Scheme) -> Scheme:
    t = scheme.thresholds
    if not (scheme.max_total >= t.excellent > t.good > t.done > 0):
        raise ValidationError("Ngưỡng xếp loại phải giảm dần (xuất sắc > tốt > hoàn thành > 0) và không quá tổng điểm.",
                              "The class thresholds must go down (excellent > good > completed > 0) "
                              "and not exceed the total.")
    for value in (scheme.bonus_max, scheme.penalty_max):
        if value < 0 or value > MAX_POINTS:
            raise ValidationError("Điểm thưởng, điểm trừ tối đa không hợp lệ.", "Invalid bonus or penalty maximum.")
    try:
        date(2000, *scheme.deadline_from)
        date(2000, *scheme.deadline_to)
    except (TypeError, ValueError):
        raise ValidationError("Hạn gửi báo cáo tự đánh giá không hợp lệ.",
                              "The self-assessment deadline is not a valid date.") from None
    return scheme


# -- the total and the class ---------------------------------------------------------------------
@dataclass(frozen=True)
class Result:
    base: Decimal                     # Σ of the criteria's points
    bonus: Decimal                    # as counted (capped at the scheme's maximum)
    penalty: Decimal
    total: Decimal                    # base + bonus − penalty
    max_total: Decimal
    rating: Rating
    by_points: Rating                 # the class the points alone give
    scored: int
    unscored: tuple[str, ...]         # codes of criteria not scored yet
    zero: tuple[str, ...]             # codes of criteria scored 0
    reasons_vi: tuple[str, ...] = ()
    reasons_en: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.unscored

    def reasons(self, lang: str = "vi") -> tuple[str, ...]:
        return self.reasons_en if lang == "en" else self.reasons_vi


def rating_by_points(total: Decimal, t: Thresholds) -> Rating:
    """CT2579 Art. 6: ≥95 xuất sắc; 85 to under 95 tốt; 75 to under 85 hoàn thành; under 75 không."""
    if total >= t.excellent:
        return Rating.EXCELLENT
    if total >= t.good:
        return Rating.GOOD
    if total >= t.done:
        return Rating.DONE
    return Rating.NOT_DONE


def criterion_points(criterion: Criterion, scores: Mapping[str, Decimal | None]) -> Decimal | None:
    """A leaf's own score; a parent's is the sum of its children's (None while none is scored)."""
    if criterion.is_leaf:
        return scores.get(criterion.code)
    parts = [criterion_points(c, scores) for c in criterion.children]
    given = [p for p in parts if p is not None]
    return sum(given, Decimal(0)) if given else None


def compute(scheme: Scheme, scores: Mapping[str, Decimal | None], bonus: Decimal = Decimal(0),
            penalty: Decimal = Decimal(0), conditions: frozenset[str] | set[str] = frozenset()) -> Result:
    """The total and the class (CT2579 Art. 4 points, Art. 6 classes and conditions).

    - total = Σ criteria + bonus − penalty, bonus and penalty each capped at the scheme's maximum
      (Art. 4.3–4.4: at most 3);
    - the class by points (Art. 6), then: a criterion at 0 keeps a commune out of the classes
      that require none (xuất sắc, tốt), so it is "hoàn thành" at best — our reading of Art. 6,
      which names no class for ≥85 with a zero; each condition that applies fails or caps it.
    A criterion not scored yet counts 0 in the total but is not "a criterion at 0": the result
    says how many are missing (``unscored``) and the window marks the class as provisional.
    """
    unscored: list[str] = []
    zero: list[str] = []
    base = Decimal(0)
    for leaf in scheme.leaves():
        value = scores.get(leaf.code)
        if value is None:
            unscored.append(leaf.code)
            continue
        base += value
        if value == 0:
            zero.append(leaf.code)
    bonus_counted = min(max(bonus, Decimal(0)), scheme.bonus_max)
    penalty_counted = min(max(penalty, Decimal(0)), scheme.penalty_max)
    total = base + bonus_counted - penalty_counted
    by_points = rating_by_points(total, scheme.thresholds)
    rating = by_points
    vi: list[str] = []
    en: list[str] = []
    if zero and rating in scheme.thresholds.no_zero_for:
        rating = Rating.DONE if Rating.DONE not in scheme.thresholds.no_zero_for else Rating.NOT_DONE
        vi.append(f"Có tiêu chí bị 0 điểm ({', '.join(zero)}): không xếp loại {by_points.label_vi.lower()}.")
        en.append(f"A criterion scored 0 ({', '.join(zero)}): not rated {by_points.label_en.lower()}.")
    for code in sorted(conditions):
        cond = scheme.condition(code)
        if cond is None:
            continue
        capped = worse(rating, cond.effect.cap)
        if capped != rating:
            vi.append(f"{cond.text}: tối đa {cond.effect.cap.label_vi.lower()}.")
            en.append(f"{cond.text}: at most {cond.effect.cap.label_en.lower()}.")
        rating = capped
    return Result(base, bonus_counted, penalty_counted, total, scheme.max_total, rating, by_points,
                  len(scheme.leaves()) - len(unscored), tuple(unscored), tuple(zero), tuple(vi), tuple(en))


# -- as data (JSON) ---------------------------------------------------------------------------------
def _dec(value: Any, what: str) -> Decimal:
    try:
        return parse_points(value if isinstance(value, str | int | Decimal) else str(value),
                            what_vi=what, what_en=what)
    except ValidationError:
        raise ValidationError(f"Bộ tiêu chí: {what} “{value}” không phải là số.",
                              f"Scheme: {what} “{value}” is not a number.") from None


def criterion_from_data(data: Mapping[str, Any]) -> Criterion:
    children = tuple(criterion_from_data(c) for c in data.get("children", ()) or ())
    code = clean_line(str(data.get("code", "")))[:MAX_CODE]
    text = clean_text(str(data.get("text", "")))[:MAX_TEXT]
    points = data.get("max_points")
    if points in (None, "") and children:
        max_points = sum((c.max_points for c in children), Decimal(0))
    else:
        max_points = _dec(points, f"điểm tối đa của tiêu chí {code}")
    return Criterion(code, text, max_points, clean_text(str(data.get("guide", "") or ""))[:MAX_TEXT], children)


def scheme_from_data(data: Mapping[str, Any]) -> Scheme:
    """A scheme from its JSON form (resources/assessment/*.json, the stored copy), checked."""
    if not isinstance(data, Mapping):
        raise ValidationError("Tệp bộ tiêu chí không đúng dạng.", "The scheme file is not in the expected shape.")
    t = data.get("thresholds", {}) or {}
    thresholds = Thresholds(
        _dec(t.get("excellent", 95), "ngưỡng xuất sắc"), _dec(t.get("good", 85), "ngưỡng tốt"),
        _dec(t.get("done", 75), "ngưỡng hoàn thành"),
        tuple(Rating(r) for r in t.get("no_zero_for", ("excellent", "good"))))
    try:
        conditions = tuple(Condition(clean_line(str(c["code"])), clean_line(str(c["text"])), Effect(c["effect"]))
                           for c in data.get("conditions", ()) or ())
        dl_from = tuple(int(x) for x in data.get("deadline_from", (12, 10)))
        dl_to = tuple(int(x) for x in data.get("deadline_to", (12, 15)))
        criteria = tuple(criterion_from_data(c) for c in data.get("criteria", ()) or ())
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"Tệp bộ tiêu chí thiếu hoặc sai trường: {exc}.",
                              f"The scheme file has a missing or wrong field: {exc}.") from None
    scheme = Scheme(
        name=clean_line(str(data.get("name", ""))) or "Bộ tiêu chí tự đánh giá",
        source=clean_line(str(data.get("source", ""))), criteria=criteria,
        bonus_max=_dec(data.get("bonus_max", 3), "điểm thưởng tối đa"),
        penalty_max=_dec(data.get("penalty_max", 3), "điểm trừ tối đa"),
        thresholds=thresholds, conditions=conditions,
        deadline_from=(dl_from[0], dl_from[1]) if len(dl_from) == 2 else (12, 10),
        deadline_to=(dl_to[0], dl_to[1]) if len(dl_to) == 2 else (12, 15),
        example=bool(data.get("example", False)), note=clean_text(str(data.get("note", "") or "")))
    return check_scheme(scheme)


def criterion_to_data(c: Criterion) -> dict[str, Any]:
    out: dict[str, Any] = {"code": c.code, "text": c.text, "max_points": str(c.max_points)}
    if c.guide:
        out["guide"] = c.guide
    if c.children:
        out["children"] = [criterion_to_data(k) for k in c.children]
    return out


def scheme_to_data(s: Scheme) -> dict[str, Any]:
    t = s.thresholds
    return {"name": s.name, "source": s.source, "example": s.example, "note": s.note,
            "bonus_max": str(s.bonus_max), "penalty_max": str(s.penalty_max),
            "thresholds": {"excellent": str(t.excellent), "good": str(t.good), "done": str(t.done),
                           "no_zero_for": [r.value for r in t.no_zero_for]},
            "conditions": [{"code": c.code, "text": c.text, "effect": c.effect.value} for c in s.conditions],
            "deadline_from": list(s.deadline_from), "deadline_to": list(s.deadline_to),
            "criteria": [criterion_to_data(c) for c in s.criteria]}


# -- a tree from flat rows (spreadsheets, outlines) ----------------------------------------------
@dataclass
class FlatRow:
    code: str
    text: str
    max_points: Decimal | None
    guide: str = ""


def tree_from_rows(rows: list[FlatRow]) -> tuple[Criterion, ...]:
    """Nest rows by their codes: "1.2" goes under "1", "1.2.a" or "1.2.1" under "1.2".

    A row whose code has no parent in the list is a top-level part. A parent without points
    takes the sum of its children; a leaf must have points (refused otherwise).
    """
    nodes: dict[str, dict[str, Any]] = {}
    top: list[dict[str, Any]] = []
    for row in rows:
        code = row.code.strip().rstrip(".").strip()
        if not code:
            raise ValidationError(f"Dòng “{row.text[:60]}” chưa có mã tiêu chí.",
                                  f"The row “{row.text[:60]}” has no criterion code.")
        node: dict[str, Any] = {"code": code, "text": row.text, "guide": row.guide, "children": [],
                                "max_points": None if row.max_points is None else str(row.max_points)}
        if code in nodes:
            raise ValidationError(f"Mã tiêu chí {code} bị lặp.", f"The criterion code {code} is repeated.")
        parts = re.split(r"[.]", code)
        parent = None
        for cut in range(len(parts) - 1, 0, -1):
            parent = nodes.get(".".join(parts[:cut]))
            if parent is not None:
                break
        (parent["children"] if parent is not None else top).append(node)
        nodes[code] = node

    def leaf_check(node: dict[str, Any]) -> None:
        if not node["children"] and node["max_points"] is None:
            raise ValidationError(f"Tiêu chí {node['code']} chưa có điểm tối đa.",
                                  f"Criterion {node['code']} has no maximum points.")
        for child in node["children"]:
            leaf_check(child)

    for node in top:
        leaf_check(node)
    return tuple(criterion_from_data(n) for n in top)


# -- one year's self-assessment ------------------------------------------------------------------
EVIDENCE_KINDS = ("disclosure", "inspection", "report", "plan_section", "recommendation")


@dataclass(frozen=True)
class EvidenceLink:
    """A record of the app given as evidence (a RecordRef kind and id) and how it read when linked."""

    kind: str
    id: int
    label: str = ""


@dataclass
class Assessment:
    year: int
    scheme: Scheme
    scores: dict[str, Decimal | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, list[EvidenceLink]] = field(default_factory=dict)
    bonus: Decimal = Decimal(0)
    bonus_note: str = ""
    penalty: Decimal = Decimal(0)
    penalty_note: str = ""
    conditions: frozenset[str] = frozenset()
    deadline: date | None = None            # the officer's date; else the scheme's (CT2579 Art. 9)
    submitted_on: date | None = None
    id: int | None = None

    def result(self) -> Result:
        return compute(self.scheme, self.scores, self.bonus, self.penalty, self.conditions)

    def due_date(self) -> date:
        return self.deadline or self.scheme.deadline(self.year)

    def points(self, criterion: Criterion) -> Decimal | None:
        return criterion_points(criterion, self.scores)
