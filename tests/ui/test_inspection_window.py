"""The inspection pages inside the main window: Vietnamese titles, year, reload, export task."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dancoso_desktop.domain.inspection import RecStatus
from dancoso_desktop.services.inspection_service import InspectionService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.ui import i18n


@pytest.fixture
def ws(demo_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    d = tmp_path / "demo"
    shutil.copytree(demo_dir, d)
    w = open_workspace(d)
    yield w
    w.close()


@pytest.fixture
def vietnamese(qapp):  # type: ignore[no-untyped-def]
    i18n.install(qapp, "vi")
    yield
    i18n.uninstall(qapp)


def test_pages_in_the_window(qtbot, ws, vietnamese, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.inspections.followup import FollowupPage
    from dancoso_desktop.ui.inspections.page import InspectionsPage
    from dancoso_desktop.ui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.remember_geometry = False
    page = window.show_page("inspections")
    follow = window.page("followup")
    assert isinstance(page, InspectionsPage) and isinstance(follow, FollowupPage)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Kiểm tra" in titles and any(t.startswith("Theo dõi") for t in titles)
    assert page.new_button.text() == "&Lập biên bản mới…"
    assert follow.model.headers()[0] == "Thời hạn"

    window.set_year(2025)
    assert page.year == 2025 and page.model.rowCount() == 0
    window.set_year(2026)
    assert page.model.rowCount() >= 4

    # a change made elsewhere reaches the follow-up page through window.data_changed
    InspectionService(ws.db).set_recommendation_status(follow.model.row_at(0).id, RecStatus.IN_PROGRESS)
    window.data_changed.emit()
    assert follow.model.row_at(0).status is RecStatus.IN_PROGRESS

    # the export runs as the window's task and reports when done
    target = tmp_path / "biên bản.docx"
    monkeypatch.setattr(InspectionsPage, "ask_save_path", classmethod(lambda cls, *a: target))
    page.view.selectRow(0)
    page.export_selected("docx")
    qtbot.waitUntil(lambda: target.exists() and not window.busy(), timeout=30_000)
    qtbot.waitUntil(lambda: str(target) in page.status.text(), timeout=10_000)
