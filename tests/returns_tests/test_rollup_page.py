"""The roll-up page: shown only in a receiving office (Tools menu switch), imports packages,
shows the communes × report board and the totals (qtmodeltester on both), lists skipped packages."""

from __future__ import annotations

from pathlib import Path

from returns_tests.packages import generate


def test_receiving_office_switch_page_import_and_models(qtbot, workspace, tmp_path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    from dancoso_desktop.services.rollup_service import is_receiving_office
    from dancoso_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.set_year(2026)
    assert window.page("rollup") is None and "rollup" not in window.page_keys()     # a commune: no page
    action = window.findChild(QAction, "action_receiving_office")
    assert action is not None and not action.isChecked()
    action.setChecked(True)
    assert is_receiving_office(workspace.db)
    page = window.page("rollup")
    assert page is not None and window.current_page() == "rollup"

    made = generate(tmp_path / "in", 8)
    (tmp_path / "in" / "junk").mkdir()
    (tmp_path / "in" / "junk" / "report.json").write_text("[]", encoding="utf-8")
    from dancoso_desktop.ui.returns.page import run_now
    page.run_task = run_now                # synchronous here; the window runs it in a thread
    page.import_paths([tmp_path / "in"])
    assert page.last_report is not None and len(page.last_report.imported) == 8
    assert "junk" in page.skipped.toPlainText()
    assert page.communes_model.rowCount() == 8 and page.totals_model.rowCount() == 19
    qtmodeltester.check(page.communes_model)
    qtmodeltester.check(page.totals_model)
    total = sum(a["value"] for g in made for a in g.payload["annex"] if a["code"] == "plan.documents")
    assert page.totals_model.index(0, 3).data() == str(total)
    assert page.summary.text().startswith("Received 8/8")
    target = tmp_path / "r.xlsx"
    page.export("xlsx", target)
    assert Path(target).exists()
