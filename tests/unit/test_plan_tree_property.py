"""Random edits of the section tree agree with a plain in-memory model, and undo of a delete
brings back exactly what was there (property test over PlanService)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import Plan, PlanSection
from dancoso_desktop.services.plan_service import PlanService, SectionSnapshot
from dancoso_desktop.services.workspace import open_workspace

Node = dict[str, Any]   # {"id": int, "title": str, "children": [Node]}


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PlanService, Iterator[int]]]:
    ws = open_workspace(Path(tmp_path_factory.mktemp("tree")))
    yield PlanService(ws.db), itertools.cycle(range(1990, 2101))
    ws.close()


def _find(nodes: list[Node], sid: int) -> tuple[list[Node], int] | None:
    for i, n in enumerate(nodes):
        if n["id"] == sid:
            return nodes, i
        found = _find(n["children"], sid)
        if found:
            return found
    return None


def _ids(nodes: list[Node]) -> list[int]:
    return [i for n in nodes for i in [n["id"], *_ids(n["children"])]]


def _node(nodes: list[Node], sid: int) -> Node:
    found = _find(nodes, sid)
    assert found
    return found[0][found[1]]


def _parent_of(nodes: list[Node], sid: int, parent: int | None = None) -> int | None:
    for n in nodes:
        if n["id"] == sid:
            return parent
        if sid in _ids(n["children"]):
            return _parent_of(n["children"], sid, n["id"])
    raise KeyError(sid)


def _children(nodes: list[Node], parent: int | None) -> list[Node]:
    return nodes if parent is None else _node(nodes, parent)["children"]


def _stored(svc: PlanService, year: int) -> list[tuple[int | None, str, str, int]]:
    plan = svc.get_plan(year)
    return [(s.id, s.number, s.title, len(s.children)) for s in plan.walk()]


def _expected(model: list[Node], year: int) -> list[tuple[int | None, str, str, int]]:
    def build(nodes: list[Node]) -> list[PlanSection]:
        return [PlanSection(n["title"], id=n["id"], children=build(n["children"])) for n in nodes]

    plan = Plan(year, sections=build(model))
    plan.renumber()
    return [(s.id, s.number, s.title, len(s.children)) for s in plan.walk()]


OPS = st.lists(st.tuples(st.sampled_from(["add", "move", "indent", "outdent", "delete", "undo"]),
                         st.integers(0, 1000), st.integers(0, 1000), st.integers(0, 6)),
               min_size=1, max_size=25)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_random_edits_match_the_model(shared: tuple[PlanService, Iterator[int]],
                                      ops: list[tuple[str, int, int, int]]) -> None:
    svc, years = shared
    year = next(years)
    svc.create_plan(Plan(year, sections=[PlanSection("I"), PlanSection("II", children=[PlanSection("a")])]))
    pid = svc.plan_id(year)
    model: list[Node] = [{"id": s.id, "title": s.title, "children": [
        {"id": c.id, "title": c.title, "children": []} for c in s.children]} for s in svc.get_plan(year).sections]
    undo: list[tuple[SectionSnapshot, Node, int | None, int]] = []
    counter = itertools.count()
    try:
        for op, a, b, pos in ops:
            ids = _ids(model)
            pick = ids[a % len(ids)] if ids else None
            if op == "add":
                parent = None if not ids or b % 3 == 0 else ids[b % len(ids)]
                title = f"mục {next(counter)}"
                new = svc.add_section(pid, parent, pos, title)
                siblings = _children(model, parent)
                siblings.insert(min(pos, len(siblings)), {"id": new, "title": title, "children": []})
            elif pick is None:
                continue
            elif op == "move":
                target = None if b % 4 == 0 else ids[b % len(ids)]
                inside = target is not None and (target == pick or target in _ids(_node(model, pick)["children"]))
                if inside:
                    with pytest.raises(ValidationError):
                        svc.move_section(pick, target, pos)
                else:
                    svc.move_section(pick, target, pos)
                    sibs, i = _find(model, pick)  # type: ignore[misc]
                    node = sibs.pop(i)
                    dest = _children(model, target)
                    dest.insert(min(pos, len(dest)), node)
            elif op == "indent":
                sibs, i = _find(model, pick)  # type: ignore[misc]
                assert svc.indent(pick) is (i > 0)
                if i > 0:
                    sibs[i - 1]["children"].append(sibs.pop(i))
            elif op == "outdent":
                parent = _parent_of(model, pick)
                assert svc.outdent(pick) is (parent is not None)
                if parent is not None:
                    grand = _parent_of(model, parent)
                    sibs, i = _find(model, pick)  # type: ignore[misc]
                    node = sibs.pop(i)
                    outer = _children(model, grand)
                    outer.insert(outer.index(_node(model, parent)) + 1, node)
            elif op == "delete":
                parent = _parent_of(model, pick)
                sibs, i = _find(model, pick)  # type: ignore[misc]
                undo.append((svc.delete_section(pick), sibs.pop(i), parent, i))
            elif op == "undo" and undo:
                snap, node, parent, i = undo.pop()
                svc.restore_section(snap)
                _children(model, parent).insert(i, node)
            assert _stored(svc, year) == _expected(model, year), op
    finally:
        svc.delete_plan(year)
