"""Plan editor speed (issue 2): a 2,000-section plan opens in ≤0.2 s; a move in a 500-section
plan renumbers and redraws in ≤50 ms.

Opening = PlanService.get_plan (one query) + the tree model + the view expanded and painted
offscreen. The reference, measured in the same run, is the same plan read the same way into a
QStandardItemModel shown in a plain QTreeView. A move = the service call, the incremental model
update (renumbering) and a synchronous repaint of the tree; its reference is the same move
followed by a full reload of the page (what a model reset would cost).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from benchmarks.harness import Harness

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def generated_plan(year: int, target: int):  # type: ignore[no-untyped-def]
    """About ``target`` sections: parts › items › sub-items › lettered points, like a real plan."""
    from dancoso_desktop.domain.plan import Plan, PlanSection, Status, TimeFrame, TimeFrameKind

    parts, items, subs = (8, 10, 3) if target >= 1000 else (4, 8, 3)
    groups = parts * items * subs
    leaves = max(0, target - parts - parts * items - groups)

    def letters(g: int) -> int:  # spread the lettered points evenly over the sub-items
        return leaves // groups + (1 if g < leaves % groups else 0)

    tf = [
        TimeFrame(TimeFrameKind.WHOLE_YEAR),
        TimeFrame(TimeFrameKind.QUARTER, quarter=2),
        TimeFrame(TimeFrameKind.BY_DATE, end=date(year, 3, 31)),
        TimeFrame(TimeFrameKind.RANGE, date(year, 4, 1), date(year, 6, 30)),
    ]
    statuses = list(Status)
    n = 0

    def leaf(i: int) -> PlanSection:
        nonlocal n
        n += 1
        return PlanSection(
            f"Nội dung công khai số {n}: tuyên truyền, phổ biến pháp luật về dân chủ",
            text="Niêm yết tại trụ sở UBND xã và nhà văn hóa các thôn.",
            lead_unit="Phòng Văn hóa - Xã hội",
            timeframe=tf[n % 4],
            status=statuses[n % 3],
            progress=(n * 7) % 101,
        )

    sections = [
        PlanSection(
            f"Phần {p + 1}: thực hiện dân chủ ở cơ sở",
            children=[
                PlanSection(
                    f"Nhiệm vụ {p + 1}.{i + 1}",
                    children=[
                        PlanSection(
                            f"Việc {p + 1}.{i + 1}.{k + 1}",
                            children=[leaf(j) for j in range(letters((p * items + i) * subs + k))],
                        )
                        for k in range(subs)
                    ],
                )
                for i in range(items)
            ],
        )
        for p in range(parts)
    ]
    return Plan(year=year, title="Kế hoạch thử tốc độ", sections=sections)


def _reference_open(service, year: int, view) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    plan = service.get_plan(year)
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["No.", "Section", "Lead unit", "Time frame", "Status", "Progress"])

    def add(parent: QStandardItem, sections) -> None:  # type: ignore[no-untyped-def]
        for s in sections:
            row = [
                QStandardItem(s.number),
                QStandardItem(s.title),
                QStandardItem(s.lead_unit),
                QStandardItem(s.timeframe.describe()),
                QStandardItem(s.status.value),
                QStandardItem(f"{s.progress}%"),
            ]
            parent.appendRow(row)
            add(row[0], s.children)

    add(model.invisibleRootItem(), plan.sections)
    view.setModel(model)
    view.expandAll()
    view._keep = model  # the view does not own the model


def run(h: Harness) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QTreeView

    from dancoso_desktop.services.plan_service import PlanService
    from dancoso_desktop.services.workspace import open_workspace
    from dancoso_desktop.ui.plan.page import PlanPage

    app = QApplication.instance() or QApplication([])
    ws = open_workspace(Path(h.tmp("plan-tree")))
    try:
        service = PlanService(ws.db)
        big, small = 2031, 2032
        for year, size in ((big, 2000), (small, 500)):
            if not service.has_plan(year):
                service.create_plan(generated_plan(year, size))
        big_count = sum(1 for _ in service.get_plan(big).walk())
        small_count = sum(1 for _ in service.get_plan(small).walk())

        stack = QUndoStack()
        page = PlanPage(ws, stack, big)
        page.resize(1280, 800)
        page.show()
        app.processEvents()

        def settle() -> None:
            """Until the event loop has laid out and drawn what changed (one paint, as on screen)."""
            app.processEvents()
            app.sendPostedEvents()
            app.processEvents()

        def open_big() -> None:
            page.set_year(big)
            settle()

        ref_view = QTreeView()
        ref_view.setUniformRowHeights(True)
        ref_view.resize(820, 700)
        ref_view.show()
        app.processEvents()

        def open_reference() -> None:
            _reference_open(service, big, ref_view)
            settle()

        open_runs = h.time(open_big)
        ref_runs = h.time(open_reference)
        h.record(
            f"open a {big_count}-section plan (query+model+view)",
            open_runs,
            target="≤ 0.2 s",
            limit_s=0.2,
            reference="QStandardItemModel, same data",
            reference_runs=ref_runs,
        )

        page.set_year(small)
        app.processEvents()
        # A middle item with a big subtree below it: moving it renumbers everything after it.
        part = page.model.roots[1]
        item = part.children[4]
        sid = int(item.id or 0)
        page.select(sid)  # the officer selects the section, then moves it
        settle()
        state = {"down": True}

        def move_once() -> None:
            pos = page.model.position(sid)
            new = pos + 1 if state["down"] else pos - 1
            state["down"] = not state["down"]
            page.move_section(sid, page.model.parent_id(sid), new)
            settle()

        def move_and_reload() -> None:
            pos, parent = page.model.position(sid), page.model.parent_id(sid)
            new = pos + 1 if state["down"] else pos - 1
            state["down"] = not state["down"]
            service.move_section(sid, parent, new)
            page.reload()
            settle()

        move_runs = h.time(move_once, repeats=max(h.repeats, 10))
        reload_runs = h.time(move_and_reload, repeats=h.repeats)
        h.record(
            f"move in a {small_count}-section plan (service+renumber+repaint)",
            move_runs,
            target="≤ 50 ms",
            limit_s=0.05,
            reference="same move, then a full reload",
            reference_runs=reload_runs,
        )
        page.close()
        ref_view.close()
        page.deleteLater()
        ref_view.deleteLater()
        app.processEvents()
    finally:
        ws.close()
