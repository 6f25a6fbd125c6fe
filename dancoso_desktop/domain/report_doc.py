"""The periodic report as plain data: regimes, the calendar, the outline and the built content.

Issue 11. A *regime* (chế độ báo cáo, NĐ 09/2019 Art. 8 as summarised in reporting.md §1.1,
§7.1) names a report, who makes it, who receives it, its cut-off and its deadline; defaults ship
here and every field is editable data. A *report* of a year has a kind (6 tháng, 9 tháng, năm,
đột xuất), a period, an outline (a flat list of headings with levels, each bound to a ``slot``
of ``domain.reporting.SLOTS`` and carrying the officer's own text) and, once issued, a frozen
snapshot of its content. Pure data and rules: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.reporting import SLOT_KEYS, ReportKind, ReportPeriod
from dancoso_desktop.domain.text import clean_line, clean_text, format_date

# A free-text section holds pages, not a book: 200,000 characters (about 60 A4 pages).
MAX_SECTION_TEXT = 200_000
MAX_TITLE = 500
MAX_SECTIONS = 200
DEFAULT_RECIPIENT = "UBND tỉnh (qua Sở Nội vụ)"   # reporting.md §1.3, domain.md §5
TYPE_CODE = "BC"                                   # NĐ 30/2020 PL III: báo cáo


class ReportStatus(enum.StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SENT = "sent"

    @property
    def label_vi(self) -> str:
        return {"draft": "Dự thảo", "issued": "Đã ban hành", "sent": "Đã gửi"}[self.value]

    @property
    def label_en(self) -> str:
        return {"draft": "Draft", "issued": "Issued", "sent": "Sent"}[self.value]


# ---------------------------------------------------------------- regimes and the calendar

@dataclass(frozen=True)
class Regime:
    """One reporting duty (reporting.md §7.1 ReportingRegime), editable data.

    ``kind`` is the report kind for the commune's upward reports, or None for an internal
    duty (UBND → HĐND on disclosure, units → the commune office). The province default
    deadline is ``deadline_month``/``deadline_day`` of the report's year.
    """

    code: str
    name: str
    kind: ReportKind | None
    reporter: str
    recipient: str
    deadline_month: int
    deadline_day: int
    basis: str = ""
    internal: bool = False

    def default_deadline(self, year: int) -> date:
        return _safe_date(year, self.deadline_month, self.deadline_day)


def _safe_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


# Default regimes. Deadlines: Bộ Nội vụ CV 581/BNV-CCHC, "chậm nhất là ngày 20 của tháng cuối
# kỳ báo cáo" (reporting.md §0.2, §1.1), used as the province default until the officer sets
# the province's own; cut-offs 15/12 → 14/6, 14/9, 14/12 (NĐ 09/2019 Art. 12, reporting.md §1.1).
DEFAULT_REGIMES: tuple[Regime, ...] = (
    Regime("bc_6m", "Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng", ReportKind.SIX_MONTHS,
           "UBND xã", DEFAULT_RECIPIENT, 6, 20, "NĐ 09/2019/NĐ-CP; CV 581/BNV-CCHC"),
    Regime("bc_9m", "Báo cáo kết quả thực hiện dân chủ ở cơ sở 9 tháng", ReportKind.NINE_MONTHS,
           "UBND xã", DEFAULT_RECIPIENT, 9, 20, "Chế độ báo cáo của tỉnh"),
    Regime("bc_year", "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm", ReportKind.YEAR,
           "UBND xã", DEFAULT_RECIPIENT, 12, 20, "NĐ 09/2019/NĐ-CP; CV 581/BNV-CCHC"),
    # Luật 10/2022 Art. 14.3: the UBND reports on disclosure to the HĐND at its regular
    # sessions (mid-year and year-end), copy to MTTQ xã (domain.md §4).
    Regime("hdnd_mid", "Báo cáo HĐND xã kỳ họp giữa năm về công khai thông tin (khoản 3 Điều 14)",
           None, "UBND xã", "HĐND xã; Ủy ban MTTQ Việt Nam xã", 6, 30, "Luật 10/2022/QH15 Điều 14.3",
           internal=True),
    Regime("hdnd_end", "Báo cáo HĐND xã kỳ họp cuối năm về công khai thông tin (khoản 3 Điều 14)",
           None, "UBND xã", "HĐND xã; Ủy ban MTTQ Việt Nam xã", 12, 10, "Luật 10/2022/QH15 Điều 14.3",
           internal=True),
)

PLAN_KIND = {"6 tháng": ReportKind.SIX_MONTHS, "9 tháng": ReportKind.NINE_MONTHS, "năm": ReportKind.YEAR}
_TO_COMMUNE = re.compile(r"về\s+(ủy ban|uỷ ban|ubnd|văn phòng|vp)", re.IGNORECASE)


@dataclass(frozen=True)
class PlanDeadline:
    """A reporting line read from the plan's own text (``Plan.report_deadlines``)."""

    kind: ReportKind | None
    label: str           # "6 tháng", "quý 2"…
    due: date
    text: str
    to_commune: bool     # "… về UBND xã": the units report to the commune office


def plan_deadlines(entries: list[dict[str, str]]) -> list[PlanDeadline]:
    """Read the plan's stored deadlines (the importer's {'kind','due','date','text'})."""
    out: list[PlanDeadline] = []
    for e in entries:
        try:
            due = date.fromisoformat(str(e.get("date", "")))
        except ValueError:
            continue
        label = str(e.get("kind", ""))
        text = clean_line(str(e.get("text", "")))
        out.append(PlanDeadline(PLAN_KIND.get(label), label, due, text, bool(_TO_COMMUNE.search(text))))
    return out


@dataclass(frozen=True)
class CalendarEntry:
    """One duty of the year on the reporting calendar."""

    year: int
    regime: str                  # Regime.code, or "plan:N" for a unit → commune line of the plan
    name: str
    kind: ReportKind | None
    period: ReportPeriod | None
    deadline: date
    deadline_source: str         # "officer" | "plan" | "province"
    recipient: str
    preparer: str = ""
    internal: bool = False
    report_id: int | None = None
    report_status: str = ""
    report_number: str = ""

    @property
    def done(self) -> bool:
        return self.report_status in (ReportStatus.ISSUED, ReportStatus.SENT)


def pick_deadline(officer: date | None, plan: date | None, province: date) -> tuple[date, str]:
    """Officer-set, else the plan's own text, else the province default (issue 11 item 1)."""
    if officer is not None:
        return officer, "officer"
    if plan is not None:
        return plan, "plan"
    return province, "province"


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            f"Kỳ báo cáo kết thúc ({format_date(end)}) trước khi bắt đầu ({format_date(start)}).",
            f"The report period ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}).", field="period")
    if (end - start).days > 800:
        raise ValidationError("Kỳ báo cáo dài quá hai năm.", "The report period is longer than two years.",
                              field="period")


def check_deadline(deadline: date, period: ReportPeriod | None) -> None:
    if period is not None and deadline < period.end:
        raise ValidationError(
            f"Hạn gửi báo cáo ({format_date(deadline)}) không được trước ngày chốt số liệu "
            f"({format_date(period.end)}).",
            f"The deadline ({deadline:%d/%m/%Y}) must not be before the cut-off ({period.end:%d/%m/%Y}).",
            field="deadline")


# ---------------------------------------------------------------- the outline

@dataclass
class OutlineSection:
    """A heading of the report. ``key`` is stable inside a report and across its kind (texts of
    the previous report are offered again by key); ``slot`` binds the registers' sentences;
    ``figures`` lists extra figure codes printed as lines under the heading."""

    key: str
    title: str
    level: int = 1
    slot: str | None = None
    text: str = ""
    figures: list[str] = field(default_factory=list)
    statements: bool = True      # print the registers' sentences of the slot

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "level": self.level, "slot": self.slot,
                "text": self.text, "figures": list(self.figures), "statements": self.statements}

    @staticmethod
    def from_json(obj: dict[str, Any]) -> OutlineSection:
        return OutlineSection(str(obj.get("key", "")), str(obj.get("title", "")), int(obj.get("level", 1)),
                              obj.get("slot") or None, str(obj.get("text", "")),
                              [str(c) for c in obj.get("figures") or []], bool(obj.get("statements", True)))


def _s(key: str, title: str, level: int, slot: str | None = None) -> OutlineSection:
    return OutlineSection(key, title, level, slot)


def default_outline() -> list[OutlineSection]:
    """reporting.md §1.6 (a synthesis, not an official form): headings bound to SLOTS."""
    return [
        _s("leadership", "Công tác lãnh đạo, chỉ đạo, tổ chức triển khai", 1),
        _s("leadership.documents", "Ban hành văn bản chỉ đạo, kế hoạch", 2, "leadership.documents"),
        _s("leadership.propaganda", "Tuyên truyền, phổ biến, quán triệt", 2, "leadership.propaganda"),
        _s("leadership.organisation", "Kiện toàn tổ chức", 2, "leadership.organisation"),
        _s("results", "Kết quả thực hiện", 1),
        _s("plan", "Tiến độ thực hiện kế hoạch", 2, "plan"),
        _s("disclosure", "Công khai thông tin", 2, "disclosure"),
        _s("decide", "Nhân dân bàn và quyết định", 2, "decide"),
        _s("comment", "Nhân dân tham gia ý kiến", 2, "comment"),
        _s("supervise", "Nhân dân kiểm tra, giám sát", 2, "supervise"),
        _s("internal", "Thực hiện dân chủ trong cơ quan", 2, "internal"),
        _s("inspection", "Công tác kiểm tra việc thực hiện", 2, "inspection"),
        _s("returns", "Tình hình báo cáo của các đơn vị", 2, "returns"),
        _s("assessment", "Đánh giá chung", 1),
        _s("assessment.strengths", "Ưu điểm", 2, "assessment.strengths"),
        _s("assessment.limits", "Hạn chế, tồn tại", 2, "assessment.limits"),
        _s("assessment.causes", "Nguyên nhân", 2, "assessment.causes"),
        _s("next_tasks", "Phương hướng, nhiệm vụ kỳ tới", 1, "next_tasks"),
        _s("proposals", "Đề xuất, kiến nghị", 1, "proposals"),
    ]


def outline_from_json(items: Any) -> list[OutlineSection]:
    return [OutlineSection.from_json(x) for x in items or [] if isinstance(x, dict)]


def clean_outline(sections: list[OutlineSection]) -> list[OutlineSection]:
    """Checked copy: at least one section, titles present, levels 1–3 that step down one at a
    time, slots known, texts NFC and bounded. Raises ValidationError; never truncates."""
    if not sections:
        raise ValidationError("Đề cương báo cáo phải có ít nhất một mục.",
                              "The report outline must have at least one section.", field="outline")
    if len(sections) > MAX_SECTIONS:
        raise ValidationError(f"Đề cương có quá nhiều mục (tối đa {MAX_SECTIONS}).",
                              f"The outline has too many sections (at most {MAX_SECTIONS}).", field="outline")
    out: list[OutlineSection] = []
    keys: set[str] = set()
    previous_level = 0
    for i, s in enumerate(sections, start=1):
        title = clean_line(s.title)
        if not title:
            raise ValidationError(f"Mục thứ {i} của đề cương chưa có tên.",
                                  f"Section {i} of the outline has no title.", field="outline")
        if len(title) > MAX_TITLE:
            raise ValidationError(f"Tên mục thứ {i} quá dài (tối đa {MAX_TITLE} ký tự).",
                                  f"The title of section {i} is too long (at most {MAX_TITLE}).", field="outline")
        level = int(s.level)
        if level < 1 or level > 3 or level > previous_level + 1:
            raise ValidationError(f"Mục “{title}” có cấp {level} không hợp lệ (cấp 1–3, mỗi lần lùi một cấp).",
                                  f"Section “{title}” has an invalid level {level} (1–3, one step at a time).",
                                  field="outline")
        previous_level = level
        if s.slot is not None and s.slot not in SLOT_KEYS:
            raise ValidationError(f"Mục “{title}” gắn với nội dung không có: {s.slot}.",
                                  f"Section “{title}” is bound to an unknown slot: {s.slot}.", field="outline")
        key = clean_line(s.key) or f"s{i}"
        while key in keys:
            key += "+"
        keys.add(key)
        out.append(OutlineSection(key, title, level, s.slot, check_section_text(s.text, title),
                                  [clean_line(c) for c in s.figures if clean_line(c)], bool(s.statements)))
    return out


def check_section_text(text: str, title: str = "") -> str:
    value = clean_text(text)
    if len(value) > MAX_SECTION_TEXT:
        raise ValidationError(
            f"Nội dung mục “{title}” quá dài ({len(value):,} ký tự; tối đa {MAX_SECTION_TEXT:,}).".replace(",", "."),
            f"The text of “{title}” is too long ({len(value):,} characters; at most {MAX_SECTION_TEXT:,}).",
            field="text")
    return value


_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
          "XVI", "XVII", "XVIII", "XIX", "XX"]
# Điểm letters in Vietnamese order (NĐ 30/2020 PL I: a, b, c, d, đ, e, g…).
_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


def numbers(sections: list[OutlineSection]) -> list[str]:
    """The printed number of each heading: 'I.', '1.', 'a)'; counters restart under a parent."""
    counters = [0, 0, 0]
    out = []
    for s in sections:
        lvl = max(1, min(3, s.level))
        counters[lvl - 1] += 1
        for deeper in range(lvl, 3):
            counters[deeper] = 0
        n = counters[lvl - 1]
        if lvl == 1:
            out.append(f"{_ROMAN[n - 1] if n <= len(_ROMAN) else n}.")
        elif lvl == 2:
            out.append(f"{n}.")
        else:
            out.append(f"{_LETTERS[n - 1] if n <= len(_LETTERS) else n})")
    return out


# ---------------------------------------------------------------- the report

@dataclass
class Report:
    year: int
    kind: ReportKind
    period_start: date
    period_end: date
    title: str = ""
    recipient: str = DEFAULT_RECIPIENT
    preparer: str = ""
    outline: list[OutlineSection] = field(default_factory=list)
    annex_hidden: list[str] = field(default_factory=list)   # figure codes left out of the annex
    status: ReportStatus = ReportStatus.DRAFT
    version: int = 1
    number: str = ""
    serial: int | None = None
    issued_on: date | None = None
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    sent_on: date | None = None
    sent_to: str = ""
    previous_id: int | None = None
    id: int | None = None

    @property
    def period(self) -> ReportPeriod:
        return ReportPeriod(self.year, self.kind, self.period_start, self.period_end)

    @property
    def editable(self) -> bool:
        return self.status is ReportStatus.DRAFT


def report_not_found(report_id: int) -> ValidationError:
    return ValidationError(f"Không có báo cáo số hiệu {report_id}.", f"There is no report with id {report_id}.")


def default_title(kind: ReportKind, year: int, period_start: date, period_end: date) -> str:
    """The summary line (trích yếu) of the report."""
    if kind is ReportKind.YEAR:
        return f"Kết quả thực hiện dân chủ ở cơ sở năm {year}"
    if kind is ReportKind.ADHOC:
        return (f"Kết quả thực hiện dân chủ ở cơ sở từ ngày {format_date(period_start)} "
                f"đến ngày {format_date(period_end)}")
    return f"Kết quả thực hiện dân chủ ở cơ sở {kind.label_vi} đầu năm {year}"


_NUMBER = re.compile(r"^\s*(\d{1,4})\s*(?:/\s*BC\s*-\s*UBND)?\s*$", re.IGNORECASE)


def parse_number(text: str) -> int:
    """'5', '05' or '05/BC-UBND' → 5; anything else is refused."""
    m = _NUMBER.match(clean_line(text))
    if not m or int(m.group(1)) < 1:
        raise ValidationError(f"Số báo cáo không hợp lệ: “{clean_line(text)}”. Ví dụ: 05 hoặc 05/BC-UBND.",
                              f"Invalid report number: “{clean_line(text)}”. For example 05 or 05/BC-UBND.",
                              field="number")
    return int(m.group(1))


def format_number(serial: int) -> str:
    """'05/BC-UBND' (NĐ 30/2020 PL I: zero-padded below 10, no spaces)."""
    return f"{serial:02d}/{TYPE_CODE}-UBND"


# ---------------------------------------------------------------- the built content (also the snapshot)

@dataclass
class FigureLine:
    code: str
    label: str
    value: int | float
    unit: str = ""


@dataclass
class BuiltSection:
    key: str
    number: str
    level: int
    title: str
    slot: str | None
    statements: list[str]
    figures: list[FigureLine]
    text: str


@dataclass
class AnnexLine:
    group: str
    code: str
    label: str
    unit: str
    value: int | float
    previous: int | float | None
    level: int = 0


@dataclass
class BuiltFigure:
    code: str
    label: str
    value: int | float
    unit: str
    source: str
    records: list[tuple[str, int]]
    note: str = ""


@dataclass
class ReportContent:
    """What a report says: the numbered sections with their sentences and texts, every figure
    with its records, the annex. Built live for a draft; frozen as JSON when issued."""

    sections: list[BuiltSection]
    figures: list[BuiltFigure]
    annex: list[AnnexLine]
    built_on: str = ""
    # The issuing body, place and commune name as printed, frozen at issue (a commune renamed
    # years later still prints its old reports as they were signed).
    head: dict[str, str] = field(default_factory=dict)

    def figure(self, code: str) -> BuiltFigure | None:
        return next((f for f in self.figures if f.code == code), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "built_on": self.built_on,
            "head": dict(self.head),
            "sections": [{"key": s.key, "number": s.number, "level": s.level, "title": s.title, "slot": s.slot,
                          "statements": s.statements, "text": s.text,
                          "figures": [[f.code, f.label, f.value, f.unit] for f in s.figures]}
                         for s in self.sections],
            "figures": [{"code": f.code, "label": f.label, "value": f.value, "unit": f.unit, "source": f.source,
                         "note": f.note, "records": [[k, i] for k, i in f.records]} for f in self.figures],
            "annex": [{"group": a.group, "code": a.code, "label": a.label, "unit": a.unit, "value": a.value,
                       "previous": a.previous, "level": a.level} for a in self.annex],
        }

    @staticmethod
    def from_json(obj: dict[str, Any]) -> ReportContent:
        return ReportContent(
            sections=[BuiltSection(s["key"], s["number"], int(s["level"]), s["title"], s.get("slot"),
                                   list(s.get("statements", [])),
                                   [FigureLine(c, lab, v, u) for c, lab, v, u in s.get("figures", [])], s.get("text", ""))
                      for s in obj.get("sections", [])],
            figures=[BuiltFigure(f["code"], f["label"], f["value"], f.get("unit", ""), f.get("source", ""),
                                 [(str(k), int(i)) for k, i in f.get("records", [])], f.get("note", ""))
                     for f in obj.get("figures", [])],
            annex=[AnnexLine(a["group"], a["code"], a["label"], a.get("unit", ""), a["value"], a.get("previous"),
                             int(a.get("level", 0))) for a in obj.get("annex", [])],
            built_on=str(obj.get("built_on", "")),
            head={str(k): str(v) for k, v in (obj.get("head") or {}).items()},
        )
