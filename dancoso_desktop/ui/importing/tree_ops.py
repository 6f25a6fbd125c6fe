"""Edits the officer makes to the proposed outline before importing (no Qt here).

A node is addressed by its path of positions from the top ("1.0.2" → sections[1].children[0]
.children[2]); every edit returns the path of the node to select afterwards.
"""

from __future__ import annotations

from dancoso_desktop.domain.plan import Plan, PlanSection

Path = tuple[int, ...]


def siblings(plan: Plan, path: Path) -> list[PlanSection]:
    nodes = plan.sections
    for i in path[:-1]:
        nodes = nodes[i].children
    return nodes


def node(plan: Plan, path: Path) -> PlanSection:
    return siblings(plan, path)[path[-1]]


def lower(plan: Plan, path: Path) -> Path:
    """One level down: the node becomes the last child of the sibling above it."""
    sibs = siblings(plan, path)
    i = path[-1]
    if i == 0:
        return path
    moved = sibs.pop(i)
    target = sibs[i - 1]
    target.children.append(moved)
    return (*path[:-1], i - 1, len(target.children) - 1)


def raise_(plan: Plan, path: Path) -> Path:
    """One level up: the node follows its parent, taking the later siblings as its children."""
    if len(path) < 2:
        return path
    sibs = siblings(plan, path)
    i = path[-1]
    moved = sibs.pop(i)
    moved.children.extend(sibs[i:])
    del sibs[i:]
    parent_path = path[:-1]
    outer = siblings(plan, parent_path)
    outer.insert(parent_path[-1] + 1, moved)
    return (*parent_path[:-1], parent_path[-1] + 1)


def merge_up(plan: Plan, path: Path) -> Path:
    """The node was not a heading: its title and text join the text of the node before it."""
    sibs = siblings(plan, path)
    i = path[-1]
    if i == 0 and len(path) == 1:
        return path
    moved = sibs.pop(i)
    if i > 0:
        target = sibs[i - 1]
        while target.children:
            target = target.children[-1]
        target_path = _path_of(plan, target)
    else:
        target_path = path[:-1]
        target = node(plan, target_path)
    joined = "\n".join(p for p in (moved.title, moved.text) if p)
    target.text = f"{target.text}\n{joined}".strip()
    owner = node(plan, target_path)
    owner.children.extend(moved.children)
    return target_path


def split_text(plan: Plan, path: Path) -> Path:
    """The first paragraph of the node's text is a heading of its own, after the node."""
    current = node(plan, path)
    paragraphs = [p for p in current.text.split("\n") if p.strip()]
    if not paragraphs:
        return path
    new = PlanSection(title=paragraphs[0].strip(), text="\n".join(paragraphs[1:]))
    current.text = ""
    sibs = siblings(plan, path)
    sibs.insert(path[-1] + 1, new)
    return (*path[:-1], path[-1] + 1)


def _path_of(plan: Plan, target: PlanSection) -> Path:
    def find(nodes: list[PlanSection], prefix: Path) -> Path | None:
        for i, n in enumerate(nodes):
            if n is target:
                return (*prefix, i)
            found = find(n.children, (*prefix, i))
            if found:
                return found
        return None
    found = find(plan.sections, ())
    if found is None:
        raise KeyError("node not in plan")
    return found
