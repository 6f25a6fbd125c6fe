"""The plan as JSON (design.md §7): the shape `plan show --json`, `import plan --json` and
`export plan --format json` share. Reading validates everything before anything is built."""

from __future__ import annotations

from datetime import date
from typing import Any

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.numbering import NumberStyle
from dancoso_desktop.domain.plan import (
    Plan,
    PlanSection,
    Signer,
    Status,
    TimeFrame,
    TimeFrameKind,
    check_year,
)
from dancoso_desktop.domain.text import clean_line, clean_text

FORMAT_TAG = "dancoso-plan"
FORMAT_VERSION = 1
MAX_DEPTH = 12


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def section_to_dict(s: PlanSection) -> dict[str, Any]:
    return {
        "number": s.number,
        "title": s.title,
        "text": s.text,
        "children": [section_to_dict(c) for c in s.children],
        "style": s.style.value,
        "child_style": s.child_style.value if s.child_style else None,
        "lead_unit": s.lead_unit,
        "coordinating_units": list(s.coordinating_units),
        "timeframe": {
            "kind": s.timeframe.kind.value,
            "start": _iso(s.timeframe.start),
            "end": _iso(s.timeframe.end),
            "quarter": s.timeframe.quarter,
        },
        "status": s.status.value,
        "progress": s.progress,
        "notes": s.notes,
        "carried_over": s.carried_over,
    }


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    plan.renumber()
    return {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "year": plan.year,
        "title": plan.title,
        "number": plan.number,
        "place": plan.place,
        "date": _iso(plan.date),
        "issuing_body": plan.issuing_body,
        "parent_body": plan.parent_body,
        "legal_bases": list(plan.legal_bases),
        "intro": plan.intro,
        "recipients": list(plan.recipients),
        "signer": {"authority": plan.signer.authority, "title": plan.signer.title, "name": plan.signer.name},
        "report_deadlines": list(plan.report_deadlines),
        "footnotes": list(plan.footnotes),
        "sections": [section_to_dict(s) for s in plan.sections],
    }


def _bad(detail_vi: str, detail_en: str) -> ValidationError:
    return ValidationError(f"Tệp kế hoạch không hợp lệ: {detail_vi}", f"Not a valid plan file: {detail_en}")


def _str(obj: dict[str, Any], key: str, *, multiline: bool = False) -> str:
    value = obj.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad(f"trường “{key}” phải là chữ.", f"field “{key}” must be text.")
    return clean_text(value) if multiline else clean_line(value)


def _date(value: Any, key: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _bad(f"ngày “{value}” ở trường “{key}” không đúng.", f"date “{value}” in “{key}” is invalid.") from None


def _enum(cls: Any, value: Any, default: Any) -> Any:
    if value in (None, ""):
        return default
    try:
        return cls(value)
    except ValueError:
        raise _bad(f"giá trị “{value}” không hợp lệ.", f"value “{value}” is not allowed.") from None


def section_from_dict(obj: Any, depth: int = 0) -> PlanSection:
    if not isinstance(obj, dict):
        raise _bad("một mục không phải là đối tượng.", "a section is not an object.")
    if depth > MAX_DEPTH:
        raise _bad("cây mục lồng quá sâu.", "sections are nested too deeply.")
    title = _str(obj, "title")
    if not title:
        raise _bad("có mục không có tiêu đề.", "a section has no title.")
    tf = obj.get("timeframe") or {}
    if not isinstance(tf, dict):
        raise _bad("khung thời gian không đúng.", "a time frame is malformed.")
    quarter = tf.get("quarter")
    timeframe = TimeFrame(
        _enum(TimeFrameKind, tf.get("kind"), TimeFrameKind.NONE),
        _date(tf.get("start"), "timeframe.start"),
        _date(tf.get("end"), "timeframe.end"),
        quarter if isinstance(quarter, int) else None,
    ).validate()
    children = obj.get("children") or []
    if not isinstance(children, list):
        raise _bad("“children” phải là danh sách.", "“children” must be a list.")
    coord = obj.get("coordinating_units") or []
    if not isinstance(coord, list):
        raise _bad("“coordinating_units” phải là danh sách.", "“coordinating_units” must be a list.")
    progress = obj.get("progress", 0)
    if not isinstance(progress, int) or not 0 <= progress <= 100:
        raise _bad("tiến độ phải từ 0 đến 100.", "progress must be 0–100.")
    return PlanSection(
        title=title,
        text=_str(obj, "text", multiline=True),
        children=[section_from_dict(c, depth + 1) for c in children],
        child_style=_enum(NumberStyle, obj.get("child_style"), None),
        lead_unit=_str(obj, "lead_unit"),
        coordinating_units=[clean_line(str(u)) for u in coord if clean_line(str(u))],
        timeframe=timeframe,
        status=_enum(Status, obj.get("status"), Status.NOT_STARTED),
        progress=progress,
        notes=_str(obj, "notes", multiline=True),
        carried_over=bool(obj.get("carried_over", False)),
    )


def plan_from_dict(obj: Any) -> Plan:
    """Build a Plan from parsed JSON, or raise ValidationError; never a half-built plan."""
    if not isinstance(obj, dict) or not isinstance(obj.get("sections"), list):
        raise _bad("không phải kế hoạch của dancoso (thiếu “sections”).",
                   "not a dancoso plan (no “sections”).")
    tag = obj.get("format")
    if tag not in (None, FORMAT_TAG):
        raise _bad(f"định dạng “{tag}” không phải của chương trình.", f"format “{tag}” is not ours.")
    version = obj.get("version", FORMAT_VERSION)
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise _bad("tệp do phiên bản mới hơn tạo ra; hãy cập nhật chương trình.",
                   "made by a newer version; update the application.")
    year = obj.get("year")
    if not isinstance(year, int):
        raise _bad("thiếu năm của kế hoạch.", "the plan's year is missing.")
    check_year(year)
    signer = obj.get("signer") or {}
    if not isinstance(signer, dict):
        raise _bad("người ký không đúng.", "signer is malformed.")

    def str_list(key: str) -> list[str]:
        value = obj.get(key) or []
        if not isinstance(value, list):
            raise _bad(f"“{key}” phải là danh sách.", f"“{key}” must be a list.")
        return [clean_text(str(v)) for v in value if clean_text(str(v))]

    deadlines = obj.get("report_deadlines") or []
    plan = Plan(
        year=year,
        title=_str(obj, "title"),
        number=_str(obj, "number"),
        place=_str(obj, "place"),
        date=_date(obj.get("date"), "date"),
        issuing_body=_str(obj, "issuing_body"),
        parent_body=_str(obj, "parent_body"),
        legal_bases=str_list("legal_bases"),
        intro=_str(obj, "intro", multiline=True),
        recipients=str_list("recipients"),
        signer=Signer(_str(signer, "authority"), _str(signer, "title"), _str(signer, "name")),
        sections=[section_from_dict(s) for s in obj["sections"]],
        report_deadlines=[{str(k): str(v) for k, v in d.items()} for d in deadlines if isinstance(d, dict)],
        footnotes=str_list("footnotes"),
    )
    plan.renumber()
    return plan
