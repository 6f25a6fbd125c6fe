"""Reading a province's criteria scheme from a file: XLSX, JSON, or Word/PDF/text outlines.

- XLSX: a table with a header row naming the columns (mã / STT, nội dung / tiêu chí, điểm tối
  đa, hướng dẫn chấm / căn cứ); codes nest by dots ("2" › "2.1" › "2.1.1"); rows "Điểm thưởng"
  and "Điểm trừ" give the bonus and penalty maximums; a "Tổng" row is skipped.
- Word, PDF, text (the plan importer's readers): numbered lines with their points in brackets,
  as CT2579 Art. 4 writes them: "1. Công tác tổ chức … (10 điểm)", "2.1 … (tối đa 5 điểm)";
  "a) …" lines nest under the number before them; other lines are the scoring guide of the
  criterion above; "Điểm thưởng: Tối đa (03 điểm)" sets the bonus maximum.
- JSON: the stored form (``domain.assessment.scheme_to_data``).

The thresholds, conditions and deadline come from the scheme the year had (the province's Art. 6
and Art. 9 rarely change with a new criteria list); the officer edits them as data.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from dancoso_desktop.domain.assessment import (
    FlatRow,
    Scheme,
    check_criteria,
    check_scheme,
    parse_points,
    scheme_from_data,
    tree_from_rows,
)
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import clean_line, fold

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 2000
_POINTS = re.compile(r"[(\[]\s*(?:tối\s*đa\s*[:]?\s*)?(\d+(?:[.,]\d+)?)\s*điểm\s*[)\]]|"
                     r"[-–:]\s*(?:tối\s*đa\s*)?(\d+(?:[.,]\d+)?)\s*điểm\s*\.?\s*$", re.IGNORECASE)
_CODE = re.compile(r"^\s*(\d+(?:\.\d+)*)\s*[.)]?\s+(.+)$")
_LETTER = re.compile(r"^\s*([a-zđ])\s*\)\s*(.+)$")
_EXTRA = re.compile(r"^\s*điểm\s+(thưởng|trừ)\b", re.IGNORECASE)


def _refuse(vi: str, en: str) -> ValidationError:
    return ValidationError(vi, en, field="file")


def read_scheme(path: Path, base: Scheme) -> Scheme:
    """The scheme in ``path``, with ``base``'s thresholds, conditions and deadline."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(f"Không đọc được tệp “{name}”: {exc.strerror or exc}.",
                      f"Cannot read “{name}”: {exc.strerror or exc}.") from exc
    if size == 0:
        raise _refuse(f"Tệp “{name}” trống.", f"“{name}” is empty.")
    if size > MAX_BYTES:
        raise _refuse(f"Tệp “{name}” quá lớn để là một bộ tiêu chí.", f"“{name}” is too large to be a scheme.")
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _refuse(f"Tệp “{name}” không phải JSON hợp lệ.", f"“{name}” is not valid JSON.") from exc
        return scheme_from_data(data)
    if suffix == ".xlsx":
        rows, extras, title = _xlsx_rows(path)
    else:
        from dancoso_desktop.importers.files import read_source

        doc = read_source(path)
        rows, extras, title = _outline_rows([(b.label + " " if b.label else "") + b.text for b in doc.blocks])
    if not rows:
        raise _refuse(f"Không tìm thấy tiêu chí nào trong “{name}” (cần các dòng có mã và điểm tối đa).",
                      f"No criteria found in “{name}” (rows with a code and maximum points are needed).")
    criteria = tree_from_rows(rows)
    scheme = replace(base, criteria=criteria, name=title or path.stem, example=False,
                     source=_source_of(title) or base.source if title else base.source, note="")
    if "bonus" in extras:
        scheme = replace(scheme, bonus_max=extras["bonus"])
    if "penalty" in extras:
        scheme = replace(scheme, penalty_max=extras["penalty"])
    check_criteria(scheme)
    total = scheme.max_total
    if total < base.thresholds.excellent:
        raise _refuse(
            f"Bộ tiêu chí trong “{name}” chỉ có {total} điểm, thấp hơn ngưỡng xuất sắc {base.thresholds.excellent}.",
            f"The scheme in “{name}” has only {total} points, below the excellent threshold "
            f"{base.thresholds.excellent}.")
    return check_scheme(scheme)


def _source_of(title: str) -> str:
    m = re.search(r"(QĐ|Quyết định)\s*(số)?\s*\d+[^,;]*", title)
    return m.group(0).strip() if m else ""


# -- outlines (Word, PDF, text) ------------------------------------------------------------------
def _points_in(text: str) -> tuple[str, Decimal | None]:
    m = _POINTS.search(text)
    if not m:
        return text, None
    value = parse_points(m.group(1) or m.group(2))
    return (text[: m.start()] + text[m.end():]).strip(" .:-–"), value


def _outline_rows(lines: list[str]) -> tuple[list[FlatRow], dict[str, Decimal], str]:
    rows: list[FlatRow] = []
    extras: dict[str, Decimal] = {}
    title = ""
    number = ""
    for raw in lines[:MAX_ROWS * 4]:
        line = clean_line(raw)
        if not line:
            continue
        extra = _EXTRA.match(line)
        if extra:
            _, value = _points_in(line)
            if value is not None:
                extras["bonus" if extra.group(1).lower() == "thưởng" else "penalty"] = value
            continue
        m = _CODE.match(line)
        letter = _LETTER.match(line) if not m else None
        if m or (letter and number):
            text, value = _points_in(m.group(2) if m else letter.group(2))  # type: ignore[union-attr]
            if m:
                code = m.group(1)
                number = code
            else:
                code = f"{number}.{letter.group(1)}"  # type: ignore[union-attr]
            rows.append(FlatRow(code, text, value))   # without points: kept only if criteria nest under it
        elif rows:
            last = rows[-1]
            rows[-1] = FlatRow(last.code, last.text, last.max_points, (last.guide + "\n" + line).strip())
        elif not title:
            title = line
    # Numbered lines with no points and no children are not criteria (headings, sentences).
    codes = [r.code for r in rows]
    kept = [r for r in rows if r.max_points is not None or any(c.startswith(r.code + ".") for c in codes)]
    return kept[:MAX_ROWS], extras, title


# -- spreadsheets -----------------------------------------------------------------------------------
_HEADERS = {
    "code": ("ma tieu chi", "ma so", "ma", "stt", "tt", "so tt"),
    "text": ("noi dung tieu chi", "tieu chi, chi tieu", "tieu chi", "noi dung"),
    "max": ("diem toi da", "diem so toi da", "toi da", "thang diem", "diem chuan"),
    "guide": ("huong dan cham", "huong dan", "can cu cham diem", "can cu", "cach cham"),
}


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_line(str(value))


def _header_map(row: tuple[Any, ...]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for i, value in enumerate(row):
        key = fold(_cell_text(value)).strip(" .:")
        if not key:
            continue
        for field_name, names in _HEADERS.items():
            if field_name in found:
                continue
            if key in names or (field_name in ("max", "guide", "text") and any(key.startswith(n) for n in names)):
                found[field_name] = i
                break
    return found if "text" in found and "max" in found else None


def _xlsx_rows(path: Path) -> tuple[list[FlatRow], dict[str, Decimal], str]:
    from zipfile import BadZipFile

    with path.open("rb") as fh:
        if not fh.read(4).startswith(b"PK"):
            raise _refuse(f"Tệp “{path.name}” không phải tệp Excel (.xlsx).", f"“{path.name}” is not an Excel (.xlsx) file.")
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise _refuse(f"Không mở được tệp Excel “{path.name}”: tệp hỏng hoặc không đúng định dạng.",
                      f"Cannot open the Excel file “{path.name}”: damaged or not a workbook.") from exc
    try:
        sheet = wb.worksheets[0]
        title = ""
        columns: dict[str, int] | None = None
        rows: list[FlatRow] = []
        extras: dict[str, Decimal] = {}
        for n, row in enumerate(sheet.iter_rows(values_only=True)):
            if n > MAX_ROWS * 2:
                break
            if columns is None:
                columns = _header_map(row)
                if columns is None and not title:
                    title = next((_cell_text(v) for v in row if _cell_text(v)), "")
                continue
            cells = {k: _cell_text(row[i]) if i < len(row) else "" for k, i in columns.items()}
            text = cells.get("text", "")
            if not text and not cells.get("code"):
                continue
            folded = fold(text)
            if folded.startswith(("tong", "cong")) and not cells.get("code"):
                continue
            extra = _EXTRA.match(text)
            if extra:
                if cells.get("max"):
                    extras["bonus" if extra.group(1).lower() == "thưởng" else "penalty"] = parse_points(
                        cells["max"], what_vi=f"Điểm tối đa ở dòng {n + 1}", what_en=f"Maximum on row {n + 1}")
                continue
            code = cells.get("code", "")
            if not code:
                m = _CODE.match(text)
                if m:
                    code, text = m.group(1), m.group(2)
            max_text = cells.get("max", "")
            value = parse_points(max_text, what_vi=f"Điểm tối đa ở dòng {n + 1}",
                                 what_en=f"Maximum on row {n + 1}") if max_text else None
            rows.append(FlatRow(code, text, value, cells.get("guide", "")))
        if columns is None:
            raise _refuse(
                f"Không thấy dòng tiêu đề trong “{path.name}”: cần các cột “Nội dung” (hoặc “Tiêu chí”) và “Điểm tối đa”.",
                f"No header row in “{path.name}”: columns “Nội dung” (or “Tiêu chí”) and “Điểm tối đa” are needed.")
        return rows, extras, title
    finally:
        wb.close()
