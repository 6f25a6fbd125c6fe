"""Reading the units' returned forms, previewing, applying (one step) and undoing; who has
returned (issue 14 items 2 and 3).

``read_returns`` checks every file and writes nothing: a ``ReturnsPreview`` says which unit and
period each file is, what it would change (old → new per content), and its problems. A file
with an error is refused whole; warnings say how a value was interpreted. ``apply_returns``
writes the accepted files in one transaction, and ``undo_import`` takes that whole step back.
Nothing a unit typed is dropped: every cell is kept in ``unit_return_rows``, and text that fits
no column becomes a note on the content.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import STATUS_VI, Plan, PlanSection, Status
from dancoso_desktop.domain.returns import (
    COLUMNS,
    FIGURES,
    KEY_SHEET,
    FormKey,
    Reading,
    header_key,
    key_is_sound,
    load_key,
    period_label,
    read_count,
    read_date,
    read_progress,
    read_status,
)
from dancoso_desktop.domain.text import clean_text, fold
from dancoso_desktop.services import commune_service
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.returns_files import (
    FileRefused,
    Source,
    convert_to_xlsx,
    gather,
    open_workbook,
    read_bytes,
)
from dancoso_desktop.services.returns_forms import commune_label, key_secret
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.returns_reader import ReturnsStatus as ReturnsStatus
from dancoso_desktop.storage.returns_reader import UnitStatus as UnitStatus
from dancoso_desktop.storage.returns_reader import returns_status as returns_status
from dancoso_desktop.storage.returns_tables import UnitReturnChangeRow, UnitReturnRow, UnitReturnValueRow
from dancoso_desktop.storage.tables import PlanRow, SectionRow

_HEADERS = dict(COLUMNS)
_FIELD_VI = {"status": "Tình trạng", "progress": "Tiến độ", "notes": "Ghi chú"}
_FIELD_EN = {"status": "Status", "progress": "Progress", "notes": "Notes"}
MAX_NOTE = 200_000


@dataclass(frozen=True)
class Problem:
    severity: str        # "error" (the file is refused) | "warning" (read, with an interpretation)
    vi: str
    en: str

    def text(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


@dataclass
class RowReading:
    section_id: int | None
    number: str = ""
    title: str = ""
    status: Status | None = None
    progress: int | None = None
    done_on: date | None = None
    done: str = ""
    difficulties: str = ""
    proposals: str = ""
    note: str = ""


@dataclass
class Change:
    """One field of one content, old → new. A conflict (the content was edited in the app since
    the form was written, and the unit says otherwise) keeps the app's value unless ``take``."""

    section_id: int
    number: str
    title: str
    field: str           # status | progress | notes
    old: str
    new: str
    conflict: bool = False
    take: bool = True
    file_index: int = 0

    def label(self, lang: str = "vi") -> str:
        return (_FIELD_EN if lang == "en" else _FIELD_VI)[self.field]


@dataclass
class FileResult:
    source: str
    unit_id: int | None = None
    unit: str = ""
    year: int | None = None
    period: str = ""
    saved: datetime | None = None
    sent: datetime | None = None     # the e-mail's date, when the file came attached to one
    sha256: str = ""
    written: str = ""
    plan_id: int | None = None
    state: str = "ok"    # ok | refused | superseded
    superseded_by: str = ""
    problems: list[Problem] = field(default_factory=list)
    rows: list[RowReading] = field(default_factory=list)
    figures: dict[str, int] = field(default_factory=dict)
    note: str = ""       # text of the file that belongs to no content
    changes: list[Change] = field(default_factory=list)
    snapshot: dict[int, dict[str, Any]] = field(default_factory=dict)   # the key's rows by id

    def warn(self, vi: str, en: str) -> None:
        self.problems.append(Problem("warning", vi, en))

    def refuse(self, vi: str, en: str) -> None:
        self.problems.append(Problem("error", vi, en))
        self.state = "refused"

    def period_text(self, lang: str = "vi") -> str:
        return period_label(self.period, self.year, lang) if self.period and self.year else ""


@dataclass
class ReturnsPreview:
    files: list[FileResult] = field(default_factory=list)

    @property
    def accepted(self) -> list[FileResult]:
        return [f for f in self.files if f.state == "ok"]

    @property
    def changes(self) -> list[Change]:
        return [c for f in self.accepted for c in f.changes]

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.conflict]

    def take_all(self, take: bool) -> None:
        for c in self.conflicts:
            c.take = take


# -- reading --------------------------------------------------------------------------------

def _cell_text(cell: Any, fr: FileResult, where: str) -> Any:
    """A cell's value; a formula is kept as its text (never evaluated) with a warning."""
    value = cell.value
    if cell.data_type == "f" or (value is not None and not isinstance(value, str | int | float | date | bool)):
        text = value if isinstance(value, str) else str(getattr(value, "text", "") or value)
        fr.warn(f"Ô {where} chứa công thức «{text[:80]}»: giữ nguyên dạng chữ, không tính.",
                f"Cell {where} holds a formula “{text[:80]}”: kept as text, not evaluated.")
        return clean_text(text)
    if isinstance(value, str):
        return clean_text(value)
    return value


def _add_note(target: str, label: str, text: str) -> str:
    piece = f"{label}: {text}" if label else text
    return f"{target}\n{piece}" if target else piece


def read_returns(db: Database, paths: list[Any], *, year: int | None = None, period: str | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> ReturnsPreview:
    """Check every file and build the preview; nothing is written."""
    sources = gather(paths)
    secret = key_secret(db)
    commune = commune_label(db)
    plans: dict[int, Plan | None] = {}
    units = {u.id: u for u in CommuneService(db).list_units(include_retired=True)}
    preview = ReturnsPreview()
    for n, src in enumerate(sources, start=1):
        fr = FileResult(src.name)
        preview.files.append(fr)
        if progress:
            progress(n - 1, len(sources), src.name)
        if src.problem_vi:
            fr.refuse(src.problem_vi, src.problem_en)
            continue
        try:
            _read_one(db, src, fr, secret, commune, plans, units, year, period)
        except FileRefused as exc:
            fr.refuse(exc.vi, exc.en)
        except OSError as exc:
            fr.refuse(f"Không đọc được tệp: {exc.strerror or exc}.", f"Cannot read the file: {exc.strerror or exc}.")
    _latest_wins(preview)
    _compute_changes(db, preview, plans)
    if progress:
        progress(len(sources), len(sources), "")
    return preview


def _read_one(db: Database, src: Source, fr: FileResult, secret: bytes, commune: str,
              plans: dict[int, Plan | None], units: dict[Any, Any], year: int | None, period: str | None) -> None:
    data = read_bytes(src)
    fr.sha256 = hashlib.sha256(data).hexdigest()
    if src.suffix in (".xls", ".ods"):
        data = convert_to_xlsx(data, src.suffix)
        fr.warn(f"Tệp {src.suffix} đã được LibreOffice chuyển sang .xlsx để đọc.",
                f"The {src.suffix} file was converted to .xlsx with LibreOffice to be read.")
    wb = open_workbook(data)
    if KEY_SHEET not in wb.sheetnames:
        raise FileRefused("Không phải phiếu báo cáo do chương trình này lập (không có khóa nhận dạng ẩn). "
                          "Hãy gửi đơn vị phiếu mới và nhắc điền vào chính tệp đó.",
                          "Not a return form written by this program (its hidden key is missing). "
                          "Send the unit a new form and ask them to fill in that file.")
    ks = wb[KEY_SHEET]
    key_text = "".join(str(c.value) for c in ks["A"] if c.value is not None)
    key, raw = load_key(key_text)
    if key is None or raw is None:
        raise FileRefused("Khóa nhận dạng của phiếu bị hỏng: không đọc được.", "The form's key is damaged: unreadable.")
    fr.unit_id, fr.unit, fr.year, fr.period, fr.written = key.unit_id, key.unit, key.year, key.period, key.written
    fr.plan_id = key.plan_id
    fr.snapshot = {int(r["id"]): r for r in key.rows}
    fr.sent = src.sent
    if fold(key.commune) != fold(commune):
        raise FileRefused(f"Phiếu của đơn vị khác xã: «{key.commune}», không phải «{commune}».",
                          f"A form of another commune: “{key.commune}”, not “{commune}”.")
    if not key_is_sound(raw, secret):
        raise FileRefused("Khóa nhận dạng của phiếu đã bị sửa hoặc phiếu lập từ máy khác: không nhận.",
                          "The form's key was altered, or the form was written on another installation: refused.")
    if (year is not None and key.year != year) or (period is not None and key.period != period):
        want = period_label(period or key.period, year or key.year)
        raise FileRefused(f"Phiếu của kỳ khác ({period_label(key.period, key.year)}), không phải {want}.",
                          f"A form of another period ({period_label(key.period, key.year, 'en')}), "
                          f"not {period_label(period or key.period, year or key.year, 'en')}.")
    if key.year not in plans:
        svc = PlanService(db)
        plans[key.year] = svc.get_plan(key.year) if svc.has_plan(key.year) else None
    plan = plans[key.year]
    # Plan ids can be handed out again after a plan is deleted; section ids never are
    # (AUTOINCREMENT), so a form whose contents are all gone belongs to another plan.
    in_plan = {s.id for s in plan.walk()} if plan is not None else set()
    if plan is None or plan.id != key.plan_id or (key.rows and not in_plan & set(key.section_ids())):
        raise FileRefused(f"Phiếu lập theo một kế hoạch năm {key.year} khác (kế hoạch đó đã bị xóa hoặc thay).",
                          f"The form was written for another {key.year} plan (it was deleted or replaced).")
    if key.unit_id not in units:
        raise FileRefused(f"Đơn vị «{key.unit}» không còn trong danh mục.", f"The unit “{key.unit}” is no longer in the catalogue.")
    fr.unit = units[key.unit_id].name
    modified = getattr(wb.properties, "modified", None)
    fr.saved = src.sent or (modified if isinstance(modified, datetime) else None)
    _read_progress_sheet(wb, key, fr)
    _read_figures_sheet(wb, fr)


def _main_sheet(wb: Any) -> Any:
    from dancoso_desktop.documents.returns_form import SHEET_PROGRESS

    if SHEET_PROGRESS in wb.sheetnames:
        return wb[SHEET_PROGRESS]
    return next(ws for ws in wb.worksheets if ws.title != KEY_SHEET)


def _find_header(ws: Any) -> int | None:
    for r in range(1, min(ws.max_row, 40) + 1):
        hits = sum(1 for c in range(1, min(ws.max_column, 40) + 1)
                   if header_key(ws.cell(r, c).value) is not None)
        if hits >= 3:
            return r
    return None


def _read_progress_sheet(wb: Any, key: FormKey, fr: FileResult) -> None:
    from openpyxl.utils import get_column_letter

    ws = _main_sheet(wb)
    header = _find_header(ws)
    if header is None:
        raise FileRefused("Không tìm thấy dòng tiêu đề cột của phiếu (đã bị xóa hoặc sửa hết).",
                          "The form's header row cannot be found (deleted or entirely rewritten).")
    width = max(ws.max_column, len(key.columns))
    headers = {c: clean_text(str(ws.cell(header, c).value or "")) for c in range(1, width + 1)}
    colmap: dict[str, int] = {}
    for c, text in headers.items():
        k = header_key(text)
        if k is not None and k not in colmap:
            colmap[k] = c
            if fold(text) != fold(_HEADERS[k]):
                fr.warn(f"Tiêu đề cột «{_HEADERS[k]}» đã bị sửa thành «{text}»; vẫn đọc đúng cột.",
                        f"The header “{_HEADERS[k]}” was renamed “{text}”; the column is still read.")
    extra: dict[int, str] = {}
    for c, text in headers.items():
        if c in colmap.values():
            continue
        written = key.columns[c - 1] if c - 1 < len(key.columns) else None
        if written and written not in colmap:
            colmap[written] = c
            fr.warn(f"Tiêu đề cột «{_HEADERS[written]}» đã bị sửa thành «{text}»; đọc theo vị trí cột.",
                    f"The header “{_HEADERS[written]}” was renamed “{text}”; read by the column's place.")
        elif text:
            extra[c] = text
    for k in ("status", "progress", "done", "difficulties", "proposals", "done_on"):
        if k not in colmap:
            fr.warn(f"Thiếu cột «{_HEADERS[k]}» (đã bị xóa).", f"The column “{_HEADERS[k]}” is missing (deleted).")
    merged = [str(m) for m in ws.merged_cells.ranges if m.max_row > header]
    if merged:
        fr.warn(f"Có ô bị gộp ({', '.join(merged[:5])}): chỉ ô đầu của mỗi vùng gộp có giá trị, đã đọc ô đó.",
                f"Merged cells ({', '.join(merged[:5])}): only the first cell of each holds the value; it was read.")
    by_id = {int(r["id"]): r for r in key.rows}
    headings = set(key.headings)
    seen: list[int] = []
    last: RowReading | None = None
    added: list[str] = []
    for r in range(header + 1, ws.max_row + 1):
        values: dict[str, Any] = {}
        for k, c in colmap.items():
            values[k] = _cell_text(ws.cell(r, c), fr, f"{get_column_letter(c)}{r}")
        extras = {extra[c]: _cell_text(ws.cell(r, c), fr, f"{get_column_letter(c)}{r}") for c in extra}
        if all(v is None or v == "" for v in [*values.values(), *extras.values()]):
            continue
        sid = _match(values, by_id, seen)
        if sid is None and _as_int(values.get("id")) in headings:
            typed = _typed_text(values, extras)
            if typed:
                fr.note = _add_note(fr.note, f"Dòng {r}", typed)
            continue
        if sid is None:
            typed = _typed_text(values, extras, with_title=True)
            if last is not None:
                last.note = _add_note(last.note, "Dòng thêm", typed)
                added.append(f"{r} (sau mục {last.number})")
            else:
                fr.note = _add_note(fr.note, "Dòng thêm", typed)
                added.append(str(r))
            continue
        seen.append(sid)
        as_written = by_id[sid]
        row = RowReading(sid, str(as_written.get("number", "")), str(as_written.get("title", "")))
        _fill_row(row, values, extras, fr, r)
        title = values.get("title")
        if isinstance(title, str) and title and fold(title) != fold(row.title):
            row.note = _add_note(row.note, "Tên nội dung đơn vị ghi", title)
            fr.warn(f"Dòng {r}: tên nội dung đã bị sửa; giữ tên trong kế hoạch, lưu tên đơn vị ghi làm ghi chú.",
                    f"Row {r}: the content's title was edited; the plan's title stays, the typed one is kept as a note.")
        fr.rows.append(row)
        last = row
    if added:
        fr.warn(f"Có dòng thêm vào (dòng {', '.join(added[:5])}): nội dung được giữ làm ghi chú của mục phía trên.",
                f"Rows were added (rows {', '.join(added[:5])}): their text is kept as a note on the content above.")
    order = [sid for sid in by_id if sid in seen]
    if seen != order:
        fr.warn("Thứ tự các dòng đã bị đổi: mỗi dòng vẫn được nhận đúng theo mã của nó.",
                "The rows were reordered: each row is still matched by its code.")
    gone = [str(by_id[sid].get("number", sid)) for sid in by_id if sid not in seen]
    if gone:
        fr.warn(f"Dòng của mục {', '.join(gone[:8])} đã bị xóa: không thay đổi gì cho các mục đó.",
                f"The rows of {', '.join(gone[:8])} were deleted: nothing changes for them.")


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _match(values: dict[str, Any], by_id: dict[int, dict[str, Any]], seen: list[int]) -> int | None:
    sid = _as_int(values.get("id"))
    if sid in by_id and sid not in seen:
        return sid
    number, title = fold(str(values.get("number") or "")), fold(str(values.get("title") or ""))
    if not title:
        return None
    for cand, row in by_id.items():
        if cand in seen:
            continue
        if fold(str(row.get("title", ""))) == title and (not number or fold(str(row.get("number", ""))) == number):
            return cand
    return None


def _typed_text(values: dict[str, Any], extras: dict[str, Any], *, with_title: bool = False) -> str:
    keys = ["number", "title"] if with_title else []
    keys += ["status", "progress", "done_on", "done", "difficulties", "proposals"]
    parts = []
    for k in keys:
        v = values.get(k)
        if v is not None and v != "":
            parts.append(f"{_HEADERS[k]}: {_show(v)}")
    parts += [f"{h}: {_show(v)}" for h, v in extras.items() if v is not None and v != ""]
    return "; ".join(parts)


def _show(value: Any) -> str:
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def _fill_row(row: RowReading, values: dict[str, Any], extras: dict[str, Any], fr: FileResult, r: int) -> None:
    def take(reading: Reading, k: str) -> Any:
        if reading.note_vi:
            fr.warn(f"Dòng {r} (mục {row.number}): {reading.note_vi}", f"Row {r} ({row.number}): {reading.note_en}")
        if reading.refused:
            row.note = _add_note(row.note, _HEADERS[k], _show(values.get(k)))
        return reading.value

    row.status = take(read_status(values.get("status")), "status")
    row.progress = take(read_progress(values.get("progress")), "progress")
    row.done_on = take(read_date(values.get("done_on")), "done_on")
    for k in ("done", "difficulties", "proposals"):
        v = values.get(k)
        setattr(row, k, "" if v is None else _show(v))
    if row.status is Status.DONE:     # a done content counts 100 whatever % was left in the form
        row.progress = 100
    for h, v in extras.items():
        if v is not None and v != "":
            row.note = _add_note(row.note, h, _show(v))
    if extras and any(v not in (None, "") for v in extras.values()):
        fr.warn(f"Dòng {r}: có chữ ở cột ngoài mẫu ({', '.join(extras)}); giữ làm ghi chú của mục {row.number}.",
                f"Row {r}: text in columns outside the form ({', '.join(extras)}); kept as a note on {row.number}.")


def _read_figures_sheet(wb: Any, fr: FileResult) -> None:
    from dancoso_desktop.documents.returns_form import SHEET_FIGURES

    if SHEET_FIGURES not in wb.sheetnames:
        fr.warn("Không có trang «Số liệu» (đã bị xóa).", "The “Số liệu” sheet is missing (deleted).")
        return
    ws = wb[SHEET_FIGURES]
    codes = {code: label for code, label, _ in FIGURES}
    for r in range(1, ws.max_row + 1):
        code = ws.cell(r, 1).value
        if code not in codes:
            continue
        raw = _cell_text(ws.cell(r, 4), fr, f"D{r}")
        reading = read_count(raw)
        if reading.note_vi:
            fr.warn(f"Số liệu «{codes[code]}»: {reading.note_vi}", f"Figure “{code}”: {reading.note_en}")
        if reading.value is not None:
            fr.figures[str(code)] = int(reading.value)
        elif reading.refused:
            fr.note = _add_note(fr.note, codes[code], _show(raw))
        note = _cell_text(ws.cell(r, 5), fr, f"E{r}")
        if note not in (None, ""):
            fr.note = _add_note(fr.note, codes[code], _show(note))


def _latest_wins(preview: ReturnsPreview) -> None:
    """Two files of one unit and period: the later (sent or saved) wins; the earlier is shown."""
    groups: dict[tuple[Any, ...], list[FileResult]] = {}
    for f in preview.accepted:
        groups.setdefault((f.year, f.period, f.unit_id), []).append(f)
    for files in groups.values():
        if len(files) < 2:
            continue
        order = sorted(enumerate(files), key=lambda p: (p[1].saved or datetime.min, p[0]))
        winner = order[-1][1]
        for _, f in order[:-1]:
            f.state = "superseded"
            f.superseded_by = winner.source
            f.warn(f"{f.unit} gửi hai lần: bản này cũ hơn «{winner.source}» nên không dùng.",
                   f"{f.unit} returned twice: this file is older than “{winner.source}” and is not used.")
        winner.warn(f"{winner.unit} gửi hai lần: dùng bản mới nhất (này).",
                    f"{winner.unit} returned twice: the latest (this one) is used.")


def _compute_changes(db: Database, preview: ReturnsPreview, plans: dict[int, Plan | None]) -> None:
    current: dict[int, PlanSection] = {}
    for plan in plans.values():
        if plan is not None:
            current.update({int(s.id or 0): s for s in plan.walk()})
    notes: dict[int, str] = {}
    for i, f in enumerate(preview.files):
        if f.state != "ok":
            continue
        snapshot = f.snapshot
        for row in f.rows:
            sec = current.get(int(row.section_id or 0))
            if sec is None:
                f.warn(f"Mục {row.number} không còn trong kế hoạch: giữ phần đơn vị ghi, không cập nhật.",
                       f"{row.number} is no longer in the plan: the unit's text is kept, nothing updated.")
                continue
            lead = sec.lead_unit_id == f.unit_id
            snap = snapshot.get(int(sec.id or 0), {})
            # A value left as the form showed it is not news from the unit: only changed cells count.
            if lead and row.status is not None and row.status is not sec.status \
                    and row.status.value != snap.get("status"):
                edited = snap.get("status") not in (None, sec.status.value)
                f.changes.append(Change(int(sec.id or 0), sec.number, sec.title, "status", STATUS_VI[sec.status],
                                        STATUS_VI[row.status], conflict=edited, take=not edited, file_index=i))
            if lead and row.progress is not None and row.progress != sec.progress \
                    and row.progress != snap.get("progress"):
                edited = snap.get("progress") not in (None, sec.progress)
                f.changes.append(Change(int(sec.id or 0), sec.number, sec.title, "progress", f"{sec.progress}%",
                                        f"{row.progress}%", conflict=edited, take=not edited, file_index=i))
            if row.note:
                old = notes.get(int(sec.id or 0), sec.notes)
                new = _add_note(old, f"[{f.unit}, {f.period_text()}]", row.note)
                notes[int(sec.id or 0)] = new
                f.changes.append(Change(int(sec.id or 0), sec.number, sec.title, "notes", old, new, file_index=i))
        for c in f.changes:
            if c.conflict:
                f.warn(f"Xung đột ở mục {c.number}: {c.label()} đã được sửa trong chương trình sau khi gửi phiếu "
                       f"(hiện «{c.old}», đơn vị báo «{c.new}»). Hãy chọn giá trị giữ lại.",
                       f"Conflict on {c.number}: {c.label('en')} was edited in the app after the form was sent "
                       f"(now “{c.old}”, the unit says “{c.new}”). Choose which to keep.")


# -- applying and undoing ---------------------------------------------------------------------

@dataclass
class ApplyResult:
    batch: str
    returns: int
    changes: int


def apply_returns(db: Database, preview: ReturnsPreview, *, received: datetime | None = None) -> ApplyResult:
    """Write every accepted file in one transaction; returns the batch id for ``undo_import``."""
    accepted = preview.accepted
    if not accepted:
        raise ValidationError("Không có phiếu hợp lệ nào để nhập.", "There is no valid form to import.")
    batch = uuid.uuid4().hex
    now = received or datetime.now()
    n_changes = 0
    with db.session() as s:
        for f in sorted(accepted, key=lambda f: (f.saved or datetime.min)):
            plan_ok = s.scalar(select(PlanRow.id).where(PlanRow.id == f.plan_id))
            if plan_ok is None:
                raise ValidationError("Kế hoạch đã bị xóa trong lúc xem trước; không nhập gì.",
                                      "The plan was deleted during the preview; nothing imported.")
            ret = UnitReturnRow(plan_id=f.plan_id, year=f.year, period=f.period, unit_id=f.unit_id,
                                received_at=f.sent if f.sent and f.sent <= now else now,
                                source=f.source[:1000], file_sha256=f.sha256, written=f.written, batch=batch,
                                superseded=False, figures=json.dumps(f.figures, ensure_ascii=False),
                                note=f.note[:MAX_NOTE])
            s.add(ret)
            s.flush()
            for earlier in s.scalars(select(UnitReturnRow).where(
                    UnitReturnRow.year == f.year, UnitReturnRow.period == f.period,
                    UnitReturnRow.unit_id == f.unit_id, UnitReturnRow.id != ret.id, UnitReturnRow.superseded.is_(False))):
                earlier.superseded = True
            existing = set(s.scalars(select(SectionRow.id).where(SectionRow.plan_id == f.plan_id)))
            s.add_all([UnitReturnValueRow(
                return_id=ret.id, section_id=row.section_id if row.section_id in existing else None,
                number=row.number, title=row.title, status=row.status.value if row.status else None,
                progress=row.progress, done_on=row.done_on, done=row.done, difficulties=row.difficulties,
                proposals=row.proposals, note=row.note) for row in f.rows])
            for c in f.changes:
                if not c.take:
                    continue
                sec = s.get(SectionRow, c.section_id)
                if sec is None:
                    continue
                row = next(r for r in f.rows if r.section_id == c.section_id)
                if c.field == "status" and row.status is not None:
                    old, sec.status = sec.status, row.status.value
                    new = sec.status
                elif c.field == "progress" and row.progress is not None:
                    old, sec.progress = str(sec.progress), row.progress
                    new = str(row.progress)
                elif c.field == "notes":
                    old = sec.notes
                    sec.notes = _add_note(sec.notes, f"[{f.unit}, {f.period_text()}]", row.note)[:MAX_NOTE]
                    new = sec.notes
                else:
                    continue
                s.add(UnitReturnChangeRow(return_id=ret.id, section_id=c.section_id, field=c.field,
                                          old=str(old), new=str(new)))
                n_changes += 1
    return ApplyResult(batch, len(accepted), n_changes)


def undo_import(db: Database, batch: str) -> None:
    """Take a whole import back: the contents' old values, and its returns removed."""
    with db.session() as s:
        ids = list(s.scalars(select(UnitReturnRow.id).where(UnitReturnRow.batch == batch)))
        if not ids:
            raise ValidationError("Không có lần nhập này (có thể đã được hoàn tác).",
                                  "This import does not exist (it may already be undone).")
        keys = set(s.execute(select(UnitReturnRow.year, UnitReturnRow.period, UnitReturnRow.unit_id)
                             .where(UnitReturnRow.id.in_(ids))))
        changes = list(s.scalars(select(UnitReturnChangeRow).where(UnitReturnChangeRow.return_id.in_(ids))
                                 .order_by(UnitReturnChangeRow.id.desc())))
        for c in changes:
            sec = s.get(SectionRow, c.section_id)
            if sec is None:
                continue
            if c.field == "status":
                sec.status = c.old
            elif c.field == "progress":
                sec.progress = int(c.old)
            elif c.field == "notes":
                sec.notes = c.old
        s.execute(delete(UnitReturnRow).where(UnitReturnRow.id.in_(ids)))
        s.flush()
        for year, period, unit_id in keys:
            rows = list(s.scalars(select(UnitReturnRow).where(
                UnitReturnRow.year == year, UnitReturnRow.period == period, UnitReturnRow.unit_id == unit_id)
                .order_by(UnitReturnRow.received_at, UnitReturnRow.id)))
            for i, r in enumerate(rows):
                r.superseded = i < len(rows) - 1


# -- who has returned -----------------------------------------------------------------------
# ``returns_status`` (with ``ReturnsStatus``, ``UnitStatus``) lives in storage/returns_reader.py and is
# imported above: plain SQL, so the commune's report counts the same from a bare sqlite3 connection.

def _unit_usage(s: Any, unit_id: int) -> int:
    return int(s.scalar(select(func.count()).select_from(UnitReturnRow).where(UnitReturnRow.unit_id == unit_id)) or 0)


if _unit_usage not in commune_service.UNIT_USAGE_CHECKS:
    commune_service.UNIT_USAGE_CHECKS.append(_unit_usage)
