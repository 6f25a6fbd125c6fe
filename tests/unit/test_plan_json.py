"""The plan as a JSON file: the round trip loses nothing; foreign or broken files change nothing."""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan_json import plan_from_dict, plan_to_dict
from dancoso_desktop.services.demo_plan import fill_progress
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.plan_template import template_plan
from dancoso_desktop.services.plan_transfer import export_plan_json, import_plan, read_plan_json
from dancoso_desktop.services.workspace import open_workspace


def _full_plan(year: int = 2026):  # type: ignore[no-untyped-def]
    plan = template_plan(year, None)
    plan.number, plan.date, plan.place = "07/KH-UBND", date(year, 1, 9), "Hòa An"
    plan.footnotes = ["Chú thích có ký tự < & > = + -"]
    fill_progress(plan, date(year, 8, 1), random.Random(1))
    plan.sections[0].children[0].carried_over = True
    return plan


def test_round_trip_loses_nothing(workspace: Any, tmp_path: Path) -> None:
    service = PlanService(workspace.db)
    service.create_plan(_full_plan())
    stored = plan_to_dict(service.get_plan(2026))
    target = tmp_path / "ke-hoach.json"
    export_plan_json(service, 2026, target)
    assert json.loads(target.read_text("utf-8"))["format"] == "dancoso-plan"

    other = open_workspace(tmp_path / "other")
    try:
        imported = import_plan(PlanService(other.db), read_plan_json(target))
        assert imported.id is not None
        again = plan_to_dict(PlanService(other.db).get_plan(2026))
    finally:
        other.close()
    assert again == stored
    assert any(s["status"] == "done" for s in _walk(again["sections"]))
    assert any(s["lead_unit"] and s["coordinating_units"] for s in _walk(again["sections"]))


def _walk(nodes: list[dict[str, Any]]) -> Any:
    for n in nodes:
        yield n
        yield from _walk(n["children"])


def test_import_under_another_year(workspace: Any, tmp_path: Path) -> None:
    service = PlanService(workspace.db)
    service.create_plan(_full_plan())
    target = tmp_path / "p.json"
    export_plan_json(service, 2026, target)
    import_plan(service, read_plan_json(target), year=2027)
    assert [p.year for p in service.list_plans()] == [2026, 2027]
    with pytest.raises(ValidationError):          # the year is taken: refused, nothing added
        import_plan(service, read_plan_json(target))
    with pytest.raises(ValidationError):
        import_plan(service, read_plan_json(target), year=2200)
    assert [p.year for p in service.list_plans()] == [2026, 2027]


@pytest.mark.parametrize("content", [
    b"",
    b"not json at all",
    b'{"format": "dancoso-plan", "year": 2026, "sections": [{"title": "I", "chil',   # truncated
    b"[1, 2, 3]",
    b'{"format": "someone-else", "year": 2026, "sections": []}',
    b'{"year": 2026}',
    b'{"format": "dancoso-plan", "version": 99, "year": 2026, "sections": []}',
    b'{"format": "dancoso-plan", "year": 1800, "sections": []}',
    b'{"format": "dancoso-plan", "year": 2026, "sections": [{"title": "  "}]}',
    b'{"format": "dancoso-plan", "year": 2026, "sections": [{"title": "a", "progress": 300}]}',
    b'{"format": "dancoso-plan", "year": 2026, "sections": [{"title": "a", "timeframe": '
    b'{"kind": "range", "start": "2026-05-01", "end": "2026-04-01"}}]}',
    b'{"format": "dancoso-plan", "year": 2026, "sections": [{"title": "a", "timeframe": '
    b'{"kind": "by_date", "end": "2026-02-30"}}]}',
    b'{"format": "dancoso-plan", "year": 2026, "sections": [{"title": "a", "status": "maybe"}]}',
    b"\xff\xfe\x00garbage",
    b"[" * 200_000,                                                                     # absurd nesting
    b'{"format": "dancoso-plan", "year": 2026, "sections": [' + b'{"title": "x", "children": [' * 40
    + b"]}" * 40 + b"]}",
])
def test_foreign_or_broken_json_refused_nothing_written(workspace: Any, tmp_path: Path, content: bytes) -> None:
    service = PlanService(workspace.db)
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    with pytest.raises(ValidationError) as exc:
        import_plan(service, read_plan_json(source))
    assert exc.value.text("vi") and exc.value.text("en")
    assert service.list_plans() == []


def test_truncated_export_is_refused(workspace: Any, tmp_path: Path) -> None:
    service = PlanService(workspace.db)
    service.create_plan(_full_plan())
    target = tmp_path / "p.json"
    export_plan_json(service, 2026, target)
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    with pytest.raises(ValidationError) as exc:
        read_plan_json(target)
    assert "truncated" in exc.value.text("en")
    with pytest.raises(ValidationError):
        read_plan_json(tmp_path / "missing.json")


def test_decomposed_text_is_stored_nfc(workspace: Any, tmp_path: Path) -> None:
    title = unicodedata.normalize("NFD", "Tuyên truyền về quyền làm chủ của Nhân dân")
    source = tmp_path / "nfd.json"
    source.write_text(json.dumps({"format": "dancoso-plan", "year": 2026, "title": title,
                                  "sections": [{"title": title, "text": title + "\x00"}]}), "utf-8")
    service = PlanService(workspace.db)
    import_plan(service, read_plan_json(source))
    plan = service.get_plan(2026)
    assert plan.title == unicodedata.normalize("NFC", title)
    assert plan.sections[0].title == plan.title and plan.sections[0].text == plan.title


def test_minimal_shape_of_design_section_7() -> None:
    plan = plan_from_dict({"year": 2026, "title": "T", "sections": [
        {"number": "I", "title": "A", "text": "", "children": [{"number": "1", "title": "B", "children": []}]}]})
    data = plan_to_dict(plan)
    for key in ("year", "title", "number", "place", "date", "recipients", "signer", "sections"):
        assert key in data
    assert set(data["signer"]) == {"authority", "title", "name"}
    node = data["sections"][0]
    assert (node["number"], node["title"], node["text"], node["children"][0]["number"]) == ("I", "A", "", "1")
