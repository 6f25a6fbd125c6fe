"""The start page "Việc cần làm": first in the window, lists what is due, opens the records."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dancoso_desktop.domain.reporting import DueItem
from dancoso_desktop.services.report_sources import due_items
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.ui.disclosures.page import DisclosuresPage
from dancoso_desktop.ui.main_window import MainWindow
from dancoso_desktop.ui.today.model import CATEGORY_ROLE, ITEM_ROLE, DueModel
from dancoso_desktop.ui.today.page import TodayPage

TODAY = date(2026, 10, 20)


@pytest.fixture
def ws(demo_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d)
    w = open_workspace(d)
    yield w
    w.close()


def items_of(model: DueModel) -> list[DueItem]:
    out = []
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        out += [model.data(model.index(r, 0, parent), ITEM_ROLE) for r in range(model.rowCount(parent))]
    return out


def index_of(model: DueModel, kind: str):  # type: ignore[no-untyped-def]
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        for r in range(model.rowCount(parent)):
            item = model.data(model.index(r, 0, parent), ITEM_ROLE)
            if item.ref and item.ref.kind == kind:
                return model.index(r, 0, parent), item
    raise AssertionError(kind)


def test_page_lists_the_service_items_grouped(qtbot, ws, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    opened: list[tuple[str, int]] = []
    page = TodayPage(ws.db, today=lambda: TODAY, open_record=lambda k, i: opened.append((k, i)))
    qtbot.addWidget(page)
    want = due_items(ws.db, TODAY, TODAY + timedelta(days=30))
    assert want and sorted(items_of(page.model), key=repr) == sorted(want, key=repr)
    qtmodeltester.check(page.model)
    # Grouped by category; each heading counts its items and its overdue ones.
    for g in range(page.model.rowCount()):
        head = page.model.index(g, 0)
        key = page.model.data(head, CATEGORY_ROLE)
        group = [i for i in want if i.category == key]
        late = sum(1 for i in group if i.overdue(TODAY))
        text = page.model.data(head)
        assert f"({len(group)}" in text and (f"{late}" in text if late else "," not in text)
    overdue = sum(1 for i in want if i.overdue(TODAY))
    assert page.overdue_count() == overdue > 0
    assert f"{overdue} " in page.summary.text()
    # 7 days: overdue and the week only.
    page.set_horizon(7)
    assert all(i.days_left(TODAY) <= 7 for i in items_of(page.model))
    assert len(items_of(page.model)) == sum(1 for i in want if i.days_left(TODAY) <= 7)
    qtmodeltester.check(page.model)
    page.set_horizon(30)
    # The folded search finds "Tổ chức lại hội nghị…" typed without tone marks.
    page.filter.setText("to chuc lai hoi nghi")
    found = items_of(page.model)
    assert found and all("Tổ chức lại hội nghị" in i.title for i in found)
    qtmodeltester.check(page.model)
    page.filter.clear()
    index, item = index_of(page.model, "recommendation")
    page.view.setCurrentIndex(index)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [("recommendation", item.ref.id)]


def test_window_opens_on_today_and_opens_records(qtbot, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(TodayPage, "today", lambda self: TODAY)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    assert window.page_keys()[0] == "today" and window.current_page() == "today"
    page = window.page("today")
    assert isinstance(page, TodayPage)
    notice = window.statusBar().findChild(type(window.commune_label), "due_notice")
    assert notice is not None and str(page.overdue_count()) in notice.text()

    # A recommendation opens the follow-up page with it selected.
    index, item = index_of(page.model, "recommendation")
    page.view.setCurrentIndex(index)
    page.open_current()
    assert window.current_page() == "followup"
    followup = window.page("followup")
    assert followup.selected().id == item.ref.id

    # A plan content opens the plan page on that section.
    window.show_page("today")
    index, item = index_of(page.model, "plan_section")
    page.view.setCurrentIndex(index)
    page.open_current()
    assert window.current_page() == "plan"
    assert window.page("plan").current_id() == item.ref.id

    # A disclosure opens its record form.
    shown: list[int] = []
    monkeypatch.setattr(DisclosuresPage, "run_dialog", classmethod(lambda cls, d: shown.append(d.original.id) or False))
    window.show_page("today")
    index, item = index_of(page.model, "disclosure")
    page.view.setCurrentIndex(index)
    page.open_current()
    assert window.current_page() == "disclosures"
    assert shown == [item.ref.id]


def test_inspection_opener_selects_the_record(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.services.inspection_service import InspectionService

    window = MainWindow(ws)
    qtbot.addWidget(window)
    insp = InspectionService(ws.db).list_inspections(2026)[-1]
    window.page("inspections")
    assert window.open_record("inspection", insp.id)
    assert window.current_page() == "inspections"
    assert window.page("inspections").selected().id == insp.id
