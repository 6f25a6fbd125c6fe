"""Reading "Thời gian thực hiện" and "Cơ quan thực hiện" texts into a time frame and units."""

from __future__ import annotations

import calendar
import re
from datetime import date

from dancoso_desktop.domain.plan import TimeFrame, TimeFrameKind
from dancoso_desktop.domain.text import clean_line, fold

_D = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?"
_RANGE = re.compile(rf"từ\s*(?:ngày\s*)?{_D}\s*(?:đến|tới|-|–)\s*(?:ngày\s*)?{_D}", re.I)
_BY = re.compile(rf"(?:trước|chậm nhất|hạn|xong|hoàn thành)[^0-9]{{0,25}}?(?:ngày\s*)?{_D}", re.I)
_QUARTER = re.compile(r"qu[ýy]\s*(IV|III|II|I|[1-4])\b", re.I)
_MONTH = re.compile(r"tháng\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4})|\s+năm\s+(\d{4}))?", re.I)
_WHOLE = ("thuong xuyen", "ca nam", "hang nam", "quanh nam", "suot nam", "lien tuc")
_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _date(day: str, month: str, yr: str | None, year: int) -> date | None:
    try:
        return date(int(yr) if yr else year, int(month), int(day))
    except ValueError:
        return None


def parse_timeframe(text: str, year: int) -> TimeFrame:
    """The time frame a plan's wording gives, or an empty one when it gives none."""
    m = _RANGE.search(text)
    if m:
        start = _date(m.group(1), m.group(2), m.group(3), year)
        end = _date(m.group(4), m.group(5), m.group(6), year)
        if start and end and start <= end:
            return TimeFrame(TimeFrameKind.RANGE, start, end)
    m = _BY.search(text)
    if m:
        end = _date(m.group(1), m.group(2), m.group(3), year)
        if end:
            return TimeFrame(TimeFrameKind.BY_DATE, None, end)
    m = _QUARTER.search(text)
    if m:
        return TimeFrame(TimeFrameKind.QUARTER, quarter=_QUARTERS[m.group(1).upper()])
    m = _MONTH.search(text)
    if m and 1 <= int(m.group(1)) <= 12:
        yr = int(m.group(2) or m.group(3) or year)
        month = int(m.group(1))
        if 1990 <= yr <= 2100:
            last = calendar.monthrange(yr, month)[1]
            return TimeFrame(TimeFrameKind.RANGE, date(yr, month, 1), date(yr, month, last))
    folded = fold(text)
    if any(w in folded for w in _WHOLE):
        return TimeFrame(TimeFrameKind.WHOLE_YEAR)
    return TimeFrame()


_LEAD = re.compile(r"(?:chủ trì|cơ quan chủ trì|đơn vị chủ trì)\s*:?\s*(.+?)(?:;|\.|$|phối hợp)", re.I)
_COORD = re.compile(r"phối hợp\s*:?\s*(.+?)(?:\.$|$)", re.I)
MAX_UNIT = 250


def parse_units(text: str) -> tuple[str, list[str]]:
    """Lead unit and coordinating units from a "Cơ quan thực hiện" text.

    "Chủ trì: X; phối hợp: Y, Z" names them; otherwise the first ';'-separated part leads and
    the others coordinate, as the plans write "Các cơ quan thuộc UBND xã; các thôn".
    """
    text = clean_line(text).rstrip(" .;")
    if not text:
        return "", []
    m = re.match(r"^(.+?)\s+chủ trì,?\s*phối hợp với\s+(.+)$", text)
    if m:
        # The wording the plan documents print: "X chủ trì, phối hợp với A, B".
        coord = [p.strip(" ,;.") for p in re.split(r",|;", m.group(2)) if p.strip(" ,;.")]
        return m.group(1).strip()[:MAX_UNIT], [p[:MAX_UNIT] for p in coord]
    m = _LEAD.search(text)
    if m:
        lead = m.group(1).strip(" ,;:")
        c = _COORD.search(text)
        coord = [p.strip(" ,;.") for p in re.split(r"[;,]", c.group(1))] if c else []
        return lead[:MAX_UNIT], [p[:MAX_UNIT] for p in coord if p]
    parts = [p.strip(" ,;.") for p in text.split(";") if p.strip(" ,;.")]
    lead = parts[0]
    return lead[:MAX_UNIT], [p[:MAX_UNIT] for p in parts[1:]]


_UNIT_TITLES = ("co quan thuc hien", "co quan chu tri", "don vi thuc hien", "don vi chu tri",
                "trach nhiem thuc hien", "co quan, don vi thuc hien", "phan cong thuc hien")
_TIME_TITLES = ("thoi gian thuc hien", "thoi gian hoan thanh", "thoi han", "tien do thuc hien",
                "thoi gian")


def subpart(title: str) -> str | None:
    """'units', 'time' or 'content' for the standard sub-parts of a plan's item."""
    folded = fold(title).rstrip(" :")
    if any(folded.startswith(t) for t in _UNIT_TITLES):
        return "units"
    if any(folded.startswith(t) for t in _TIME_TITLES):
        return "time"
    if folded in ("noi dung", "noi dung thuc hien", "noi dung cong viec"):
        return "content"
    return None
