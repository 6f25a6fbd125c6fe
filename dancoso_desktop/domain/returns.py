"""Units' progress returns (issue 14 part 1): the rules, as small pure functions.

Every plan ends with "các phòng, đơn vị, thôn báo cáo 6 tháng trước ngày 05/6, 9 tháng trước
10/9, năm trước 10/11 về UBND xã" (domain.md §4; reporting.md §1.1 for the periods). The units
have Excel, not this program: the app writes them a form, reads it back and counts who has
returned (reporting.md §6.1 "expected / actual / on time", §6.2 "latest submission wins",
§7.1 ``Submission``).

Values typed by people are read generously ("80%", "80 %", "0,8", "xong") but never silently:
each reading that needed interpreting says so, and the officer sees it in the preview.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction
from typing import Any

from dancoso_desktop.domain.commune import Unit
from dancoso_desktop.domain.plan import Plan, Status
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.domain.text import clean_text, fold

PERIODS = ("6m", "9m", "year")
PERIOD_VI = {"6m": "6 tháng", "9m": "9 tháng", "year": "năm"}
PERIOD_EN = {"6m": "6 months", "9m": "9 months", "year": "year"}

KEY_SHEET = "_dancoso_key"
KEY_APP = "dancoso.unit-return"
KEY_VERSION = 1

# Columns of the form, in order (key, Vietnamese header). The key sheet records the order the
# form was written in, so a renamed header is still read by its place.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "Mã"),
    ("number", "Số TT"),
    ("title", "Nội dung công việc"),
    ("role", "Vai trò"),
    ("timeframe", "Thời gian thực hiện"),
    ("status", "Tình trạng"),
    ("progress", "Tiến độ (%)"),
    ("done_on", "Ngày hoàn thành"),
    ("done", "Kết quả thực hiện trong kỳ"),
    ("difficulties", "Khó khăn, vướng mắc"),
    ("proposals", "Đề xuất, kiến nghị"),
)
FILL_COLUMNS = ("status", "progress", "done_on", "done", "difficulties", "proposals")
TEXT_COLUMNS = ("done", "difficulties", "proposals")

# Other header words a person may have typed instead (folded), per column.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("ma", "id"),
    "number": ("so tt", "stt", "tt", "so thu tu"),
    "title": ("noi dung cong viec", "noi dung", "cong viec", "nhiem vu"),
    "role": ("vai tro",),
    "timeframe": ("thoi gian thuc hien", "thoi gian", "thoi han"),
    "status": ("tinh trang", "trang thai", "tinh hinh"),
    "progress": ("tien do (%)", "tien do", "ty le", "ty le (%)", "phan tram", "% hoan thanh"),
    "done_on": ("ngay hoan thanh", "hoan thanh ngay", "ngay xong"),
    "done": ("ket qua thuc hien trong ky", "ket qua thuc hien", "ket qua", "da thuc hien"),
    "difficulties": ("kho khan, vuong mac", "kho khan", "vuong mac", "han che"),
    "proposals": ("de xuat, kien nghi", "de xuat", "kien nghi"),
}

STATUS_CHOICES = ("Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành")

# The unit's own figures (second sheet): what the commune's report asks of every unit
# (reporting.md §1.6: conferences, disclosures, citizens' comments, petitions received).
FIGURES: tuple[tuple[str, str, str], ...] = (
    ("meetings", "Số cuộc họp, hội nghị triển khai thực hiện dân chủ", "cuộc"),
    ("propaganda", "Số buổi tuyên truyền, phổ biến pháp luật về dân chủ ở cơ sở", "buổi"),
    ("participants", "Số lượt người tham dự", "lượt"),
    ("disclosures", "Số nội dung đã công khai", "nội dung"),
    ("comments", "Số ý kiến, kiến nghị của Nhân dân tiếp nhận", "ý kiến"),
    ("comments_solved", "Số ý kiến, kiến nghị đã giải quyết", "ý kiến"),
)


def period_label(kind: str, year: int, lang: str = "vi") -> str:
    return f"{PERIOD_EN[kind]} {year}" if lang == "en" else f"{PERIOD_VI[kind]} năm {year}"


def report_period(year: int, kind: str) -> ReportPeriod:
    return ReportPeriod.default(year, ReportKind(kind))


_UNIT_WORDS = ("don vi", "thon", "phong", "ban", "nganh", "to dan pho", "doan the", "to chuc")
_KIND_WORDS = {"6m": ("6 thang",), "9m": ("9 thang",), "year": ("nam", "12 thang", "ca nam")}


def _entry_date(entry: dict[str, Any], year: int) -> date | None:
    raw = entry.get("date")
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    due = entry.get("due")
    if isinstance(due, str):
        m = re.match(r"^\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}))?", due)
        if m:
            try:
                return date(int(m.group(3) or year), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
    return None


def unit_deadline(report_deadlines: list[dict[str, Any]], year: int, kind: str) -> date:
    """The day by which units must return their report of ``kind`` (inclusive).

    Plans write it in their closing part ("các phòng, đơn vị, thôn báo cáo 6 tháng trước ngày
    05/6…", domain.md §4; read by the plan importer into ``Plan.report_deadlines``). A plan may
    also carry the commune's own upward deadline for the same period: the one whose sentence
    names units wins, else the earliest (units report before the commune does). Without any,
    the cut-off of the period (14/6, 14/9, 14/12; reporting.md §1.1) is the deadline.
    """
    matching: list[tuple[bool, date]] = []
    for entry in report_deadlines:
        if fold(str(entry.get("kind", ""))) not in _KIND_WORDS[kind]:
            continue
        day = _entry_date(entry, year)
        if day is None:
            continue
        words = fold(" ".join(str(entry.get(k, "")) for k in ("text", "who")))
        matching.append((any(w in words for w in _UNIT_WORDS), day))
    if matching:
        named = [d for unit, d in matching if unit]
        return min(named or [d for _, d in matching])
    return report_period(year, kind).end


def reporting_units(plan: Plan, units: list[Unit]) -> list[Unit]:
    """The units that lead or coordinate a content of the plan (the default recipients)."""
    used: set[int] = set()
    for s in plan.walk():
        if s.lead_unit_id:
            used.add(s.lead_unit_id)
        used.update(s.coordinating_unit_ids)
    return [u for u in units if u.id in used and not u.retired]


def is_late(received: date, deadline: date) -> bool:
    """"Trước ngày 05/6" is read as "by 05/6": a return on the day is on time."""
    return received > deadline


def rate_text(returned: int, expected: int) -> str:
    """"8/11 đơn vị đã báo cáo" (reporting.md §6.1 reporting rate)."""
    return f"{returned}/{expected} đơn vị đã báo cáo"


def rate(returned: int, expected: int) -> Fraction:
    return Fraction(returned, expected) if expected else Fraction(0)


# -- reading what people type -----------------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    """A value read from a cell, and a note when it had to be interpreted or was refused."""

    value: Any
    note_vi: str = ""
    note_en: str = ""
    refused: bool = False


_STATUS_WORDS: tuple[tuple[Status, tuple[str, ...]], ...] = (
    (Status.NOT_STARTED, ("chua thuc hien", "chua bat dau", "chua trien khai", "chua", "not started")),
    (Status.IN_PROGRESS, ("dang thuc hien", "dang trien khai", "dang lam", "dang", "in progress")),
    (Status.DONE, ("da hoan thanh", "hoan thanh", "da thuc hien xong", "xong", "da xong", "done",
                   "hoan tat", "da thuc hien")),
)


def read_status(value: Any) -> Reading:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Reading(None)
    text = fold(str(value)).strip(" .")
    for status, words in _STATUS_WORDS:
        if text == words[0] or text == fold(STATUS_CHOICES[list(Status).index(status)]):
            return Reading(status)
    for status, words in _STATUS_WORDS:
        if text in words:
            return Reading(status, f"Tình trạng «{value}» được hiểu là «{STATUS_CHOICES[list(Status).index(status)]}».",
                           f"Status “{value}” read as “{status.value}”.")
    return Reading(None, f"Tình trạng «{value}» không hiểu được; giữ làm ghi chú.",
                   f"Status “{value}” not understood; kept as a note.", refused=True)


_PERCENT_TEXT = re.compile(r"^\s*(\d{1,3}(?:[.,]\d+)?)\s*(%?)\s*$")


def read_progress(value: Any) -> Reading:
    """A percentage 0–100. A cell formatted as % holds a fraction (0.8 → 80)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Reading(None)
    if isinstance(value, bool):
        return Reading(None, f"Tiến độ «{value}» không hiểu được.", f"Progress “{value}” not understood.", True)
    if isinstance(value, int | float):
        # The form's column is formatted "0%": Excel and LibreOffice store 80% as 0.8 and 100%
        # as 1. A bare 80 (typed where the format was lost) is read as 80% with a note.
        number = Fraction(str(value))
        if 0 <= number <= 1:
            return _percent(number * 100, value, typed=False)
        reading = _percent(number, value, typed=False)
        if reading.refused:
            return reading
        return Reading(reading.value, f"Tiến độ «{value}» được hiểu là {reading.value}%.",
                       f"Progress “{value}” read as {reading.value}%.")
    text = clean_text(str(value), multiline=False)
    if fold(text) in ("xong", "hoan thanh", "da hoan thanh", "done"):
        return Reading(100, f"Tiến độ «{text}» được hiểu là 100%.", f"Progress “{text}” read as 100%.")
    m = _PERCENT_TEXT.match(text)
    if not m:
        return Reading(None, f"Tiến độ «{text}» không phải là số; giữ làm ghi chú.",
                       f"Progress “{text}” is not a number; kept as a note.", refused=True)
    number = Fraction(m.group(1).replace(",", "."))
    pct = number * 100 if not m.group(2) and number <= 1 and ("," in m.group(1) or "." in m.group(1)) else number
    return _percent(pct, text, typed=True)


def _percent(pct: Fraction, shown: Any, *, typed: bool) -> Reading:
    if not 0 <= pct <= 100:
        return Reading(None, f"Tiến độ «{shown}» nằm ngoài 0–100%; giữ làm ghi chú.",
                       f"Progress “{shown}” is outside 0–100%; kept as a note.", refused=True)
    value = round(pct)
    if typed:
        return Reading(value, f"Tiến độ gõ dạng chữ «{shown}» được hiểu là {value}%.",
                       f"Progress typed as text “{shown}” read as {value}%.")
    return Reading(value)


_DATE_TEXT = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})\s*$")


def read_date(value: Any) -> Reading:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Reading(None)
    if isinstance(value, datetime):
        return Reading(value.date())
    if isinstance(value, date):
        return Reading(value)
    text = clean_text(str(value), multiline=False)
    m = _DATE_TEXT.match(text)
    if m:
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        try:
            day = date(year, int(m.group(2)), int(m.group(1)))
            return Reading(day, f"Ngày gõ dạng chữ «{text}» được hiểu là {day:%d/%m/%Y}.",
                           f"Date typed as text “{text}” read as {day:%d/%m/%Y}.")
        except ValueError:
            pass
    return Reading(None, f"Ngày «{text}» không hợp lệ; giữ làm ghi chú.",
                   f"Date “{text}” is not a valid date; kept as a note.", refused=True)


def read_count(value: Any) -> Reading:
    """A unit's figure: a whole number ≥ 0; "12" typed as text is read with a note."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Reading(None)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value >= 0 and float(value).is_integer():
            return Reading(int(value))
    else:
        text = clean_text(str(value), multiline=False).replace(".", "").replace(" ", "")
        if text.isdigit():
            return Reading(int(text), f"Số gõ dạng chữ «{value}» được hiểu là {int(text)}.",
                           f"Number typed as text “{value}” read as {int(text)}.")
    return Reading(None, f"Số liệu «{value}» không phải số nguyên không âm; giữ làm ghi chú.",
                   f"Figure “{value}” is not a whole number ≥ 0; kept as a note.", refused=True)


def header_key(text: Any) -> str | None:
    """Which column a header names, accents and case ignored; None when none."""
    folded = fold(str(text or "")).strip(" :")
    for key, aliases in HEADER_ALIASES.items():
        if folded in aliases:
            return key
    return None


# -- the hidden key -------------------------------------------------------------------------

@dataclass
class FormKey:
    """What the app wrote into a form, to recognise it when it comes back."""

    commune: str
    plan_id: int
    year: int
    period: str
    unit_id: int
    unit: str
    written: str
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)   # {"id", "status", "progress", "number", "title"}
    headings: list[int] = field(default_factory=list)          # parent contents shown for context
    checksum: str = ""

    def payload(self) -> dict[str, Any]:
        return {"app": KEY_APP, "v": KEY_VERSION, "commune": self.commune, "plan_id": self.plan_id,
                "year": self.year, "period": self.period, "unit_id": self.unit_id, "unit": self.unit,
                "written": self.written, "columns": self.columns, "rows": self.rows,
                "headings": self.headings}

    def section_ids(self) -> list[int]:
        return [int(r["id"]) for r in self.rows]


def key_checksum(payload: dict[str, Any], secret: bytes) -> str:
    """HMAC-SHA256 of the canonical key with the installation's secret: a unit cannot retarget a
    form to another unit or content without the app noticing (a guard against slips)."""
    body = json.dumps({k: v for k, v in payload.items() if k != "checksum"}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":")).encode("utf-8")
    return "hmac-sha256:" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def dump_key(key: FormKey, secret: bytes) -> str:
    payload = key.payload()
    payload["checksum"] = key_checksum(payload, secret)
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def load_key(text: str) -> tuple[FormKey | None, dict[str, Any] | None]:
    """The key and its raw payload; (None, None) when the text is not a key of ours."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        return None, None
    if not isinstance(data, dict) or data.get("app") != KEY_APP or data.get("v") != KEY_VERSION:
        return None, None
    try:
        key = FormKey(str(data["commune"]), int(data["plan_id"]), int(data["year"]), str(data["period"]),
                      int(data["unit_id"]), str(data["unit"]), str(data["written"]),
                      [str(c) for c in data["columns"]],
                      [dict(r) for r in data["rows"]], [int(h) for h in data.get("headings", [])],
                      str(data.get("checksum", "")))
    except (KeyError, TypeError, ValueError):
        return None, None
    if key.period not in PERIODS:
        return None, None
    return key, data


def key_is_sound(data: dict[str, Any], secret: bytes) -> bool:
    return hmac.compare_digest(str(data.get("checksum", "")), key_checksum(data, secret))
