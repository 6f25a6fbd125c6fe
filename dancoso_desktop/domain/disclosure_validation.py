"""Checking and cleaning a disclosure record before anything is written.

Errors name the field so the form can point at it; the messages say what to do, in Vietnamese
and English. Text is NFC and free of control characters; a title that starts with "=" is kept
as typed (it is text, and every exporter writes it as text).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dancoso_desktop.domain.disclosure import (
    Catalogue,
    ChannelUse,
    DisclosureRecord,
    DisclosureStatus,
    Scope,
)
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR
from dancoso_desktop.domain.text import clean_line, clean_text, format_date, require_text

MAX_TITLE = 1000
MAX_NOTES = 20_000
MAX_PLACE = 300
MAX_CHANNELS = 200


def _check_date(d: date | None, vi_name: str, en_name: str, field: str) -> None:
    if d is not None and not MIN_YEAR <= d.year <= MAX_YEAR:
        raise ValidationError(f"{vi_name} ({format_date(d)}) nằm ngoài khoảng năm {MIN_YEAR}–{MAX_YEAR}.",
                              f"{en_name} ({d.isoformat()}) is outside {MIN_YEAR}–{MAX_YEAR}.", field=field)


def _clean_use(catalogue: Catalogue, use: ChannelUse, index: int, decided_on: date | None) -> ChannelUse:
    try:
        kind = catalogue.channel(use.channel)
    except KeyError:
        raise ValidationError(f"Hình thức công khai “{use.channel}” không có trong danh mục.",
                              f"Unknown disclosure channel “{use.channel}”.", field="channels") from None
    place = clean_line(use.place)
    n = index + 1
    if kind.needs_place and not place:
        raise ValidationError(
            f"Dòng {n}: hình thức “{kind.name}” cần ghi rõ nơi công khai (trụ sở, nhà văn hóa thôn…).",
            f"Line {n}: the channel “{kind.name}” needs a place (the office, a hamlet's cultural house…).",
            field="channels")
    if len(place) > MAX_PLACE:
        raise ValidationError(f"Dòng {n}: nơi công khai quá dài (tối đa {MAX_PLACE} ký tự).",
                              f"Line {n}: the place is too long (at most {MAX_PLACE} characters).",
                              field="channels")
    _check_date(use.start, f"Dòng {n}: ngày bắt đầu", f"Line {n}: the start", "channels")
    _check_date(use.end, f"Dòng {n}: ngày kết thúc", f"Line {n}: the end", "channels")
    if use.end is not None and use.start is None:
        raise ValidationError(f"Dòng {n}: có ngày kết thúc thì phải có ngày bắt đầu.",
                              f"Line {n}: an end date needs a start date.", field="channels")
    if use.start is not None and use.end is not None and use.end < use.start:
        raise ValidationError(
            f"Dòng {n}: ngày kết thúc {format_date(use.end)} trước ngày bắt đầu {format_date(use.start)}.",
            f"Line {n}: the end {use.end:%d/%m/%Y} is before the start {use.start:%d/%m/%Y}.",
            field="channels")
    if decided_on is not None and use.start is not None and use.start < decided_on:
        # Nothing can be disclosed before it is decided (Art. 12.3 counts from the decision).
        raise ValidationError(
            f"Dòng {n}: ngày bắt đầu công khai {format_date(use.start)} trước ngày ban hành "
            f"{format_date(decided_on)}.",
            f"Line {n}: the disclosure starts {use.start:%d/%m/%Y}, before the decision of "
            f"{decided_on:%d/%m/%Y}.", field="channels")
    return ChannelUse(kind.code, place, use.start, use.end)


def validate_record(catalogue: Catalogue, record: DisclosureRecord) -> DisclosureRecord:
    """A cleaned copy of ``record`` or a ValidationError; the input is not modified."""
    try:
        scope = Scope(record.scope)
    except ValueError:
        raise ValidationError("Phạm vi công khai phải là “công khai với Nhân dân” hoặc “công khai nội bộ”.",
                              "The scope must be public or internal.", field="scope") from None
    if scope is Scope.INTERNAL:
        count = len(catalogue.internal_contents)
        if not isinstance(record.item, int) or not 1 <= record.item <= count:
            raise ValidationError(f"Hãy chọn nội dung công khai nội bộ (1–{count}, Điều 46).",
                                  f"Choose the internal content (1–{count}, Art. 46).", field="item")
    elif not isinstance(record.item, int) or not 1 <= record.item <= len(catalogue.contents):
        raise ValidationError("Hãy chọn nội dung công khai (1–14, Điều 11).",
                              "Choose the content (1–14, Art. 11).", field="item")
    title = require_text(record.title, vi_name="Tên thông tin công khai", en_name="The title",
                         max_len=MAX_TITLE, field="title")
    source = clean_line(record.source_document)
    if len(source) > MAX_TITLE:
        raise ValidationError(f"Văn bản căn cứ quá dài (tối đa {MAX_TITLE} ký tự).",
                              f"The source document is too long (at most {MAX_TITLE} characters).",
                              field="source_document")
    notes = clean_text(record.notes)
    if len(notes) > MAX_NOTES:
        raise ValidationError(f"Ghi chú quá dài (tối đa {MAX_NOTES:,} ký tự).".replace(",", "."),
                              f"The notes are too long (at most {MAX_NOTES:,} characters).", field="notes")
    status = DisclosureStatus(record.status)
    _check_date(record.decided_on, "Ngày ban hành", "The decision date", "decided_on")
    _check_date(record.planned_on, "Ngày dự kiến", "The planned date", "planned_on")
    if len(record.channels) > MAX_CHANNELS:
        raise ValidationError("Quá nhiều dòng hình thức công khai.", "Too many channel lines.",
                              field="channels")
    channels = [_clean_use(catalogue, u, i, record.decided_on) for i, u in enumerate(record.channels)]
    if status is DisclosureStatus.DONE:
        if record.decided_on is None:
            raise ValidationError("Hãy nhập ngày ban hành văn bản được công khai.",
                                  "Enter the date of the decision being disclosed.", field="decided_on")
        if not any(c.start is not None for c in channels):
            raise ValidationError(
                "Đã công khai thì phải có ít nhất một hình thức với ngày bắt đầu.",
                "A disclosed record needs at least one channel with a start date.", field="channels")
    elif status is DisclosureStatus.PLANNED and record.planned_on is None and record.decided_on is None:
        raise ValidationError("Nội dung trong kế hoạch cần ngày dự kiến công khai.",
                              "A planned disclosure needs its planned date.", field="planned_on")
    year = record.year or _year_of(record, channels)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(f"Năm {year} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.",
                              f"Year {year} is outside {MIN_YEAR}–{MAX_YEAR}.", field="year")
    return replace(record, title=title, source_document=source, notes=notes, status=status,
                   channels=channels, year=year, unit_name=clean_line(record.unit_name), scope=scope)


def _year_of(record: DisclosureRecord, channels: list[ChannelUse]) -> int:
    starts = [c.start for c in channels if c.start is not None]
    for d in (min(starts) if starts else None, record.planned_on, record.decided_on):
        if d is not None:
            return d.year
    return date.today().year
