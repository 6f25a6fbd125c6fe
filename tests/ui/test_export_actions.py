"""File › Export… in the real window: dialog, suggested name, last folder, progress, open when done."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl

from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.domain.plan import Plan, PlanSection
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.ui import i18n
from dancoso_desktop.ui.main_window import MainWindow
from dancoso_desktop.ui.pages import export_actions
from dancoso_desktop.ui.pages.export_actions import ExportDialog
from dancoso_desktop.ui.widgets.messages import Messages


@pytest.fixture
def window(qtbot: Any, workspace: Any, qapp: Any) -> MainWindow:
    i18n.install(qapp, "vi")
    plan = Plan(2026, title="Thực hiện dân chủ ở cơ sở năm 2026", number="05/KH-UBND",
                issuing_body="ỦY BAN NHÂN DÂN XÃ BÌNH LƯ", place="Bình Lư",
                sections=[PlanSection("Mục đích", text="Bảo đảm quyền được biết của Nhân dân.")])
    plan.renumber()
    PlanService(workspace.db).create_plan(plan)
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.set_year(2026)
    yield w
    i18n.uninstall(qapp)


def test_menu_action_and_dialog_suggestions(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    action = window.plan_export.action
    assert action in window.menu("file").actions() and action.shortcut().toString() == "Ctrl+E"
    assert action.text() == "&Xuất tệp…"
    names = {"pdf": "Kế hoạch 05-KH-UBND 2026.pdf", "docx": "Kế hoạch 05-KH-UBND 2026.docx",
             "xlsx": "Kế hoạch 05-KH-UBND 2026.xlsx"}
    dialog = ExportDialog(window, 2026, names, tmp_path, "pdf")
    qtbot.addWidget(dialog)
    assert dialog.target() == tmp_path / "Kế hoạch 05-KH-UBND 2026.pdf"
    dialog.format.setCurrentIndex(1)
    assert dialog.target() == tmp_path / "Kế hoạch 05-KH-UBND 2026.docx"
    dialog.path.setText(str(tmp_path / 'bad:name?"x'))
    assert dialog.target() == tmp_path / "badnamex.docx"
    ok = dialog.buttons.buttons()[0]
    assert {b.text() for b in dialog.buttons.buttons()} == {"&Xuất tệp", "Hủy"}, ok.text()
    dialog.grab().save(str(tmp_path / "dialog.png"))


def test_export_runs_remembers_the_folder_and_opens_the_file(window: MainWindow, qtbot: Any, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "Tài liệu"
    out.mkdir()
    asked: list[tuple[Path, str]] = []

    def fake_ask(cls: Any, parent: Any, year: int, names: dict[str, str], folder: Path, fmt: str) -> Any:
        asked.append((folder, fmt))
        return "pdf", out / names["pdf"]

    opened: list[QUrl] = []
    monkeypatch.setattr(ExportDialog, "ask", classmethod(fake_ask))
    monkeypatch.setattr(export_actions, "ask_done", lambda parent, report: "folder")
    monkeypatch.setattr(export_actions, "open_url", lambda url: opened.append(url) or True)
    window.plan_export.action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    target = out / "Kế hoạch 05-KH-UBND 2026.pdf"
    assert opened == [QUrl.fromLocalFile(str(out))]
    assert "Bảo đảm quyền được biết" in PdfReader(target).pages[0].extract_text()
    # The second time the dialog opens in the same folder, with the same format.
    monkeypatch.setattr(export_actions, "ask_replace", lambda parent, t: False)
    window.plan_export.action.trigger()
    assert asked[1] == (out, "pdf")


def test_a_locked_target_shows_a_clear_message_and_keeps_the_old_file(
        window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kh.docx"
    target.write_bytes(b"old")
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: ("docx", target)))
    monkeypatch.setattr(export_actions, "ask_replace", lambda parent, t: True)
    errors: list[BaseException] = []
    monkeypatch.setattr(Messages, "user_error", classmethod(lambda cls, p, exc: errors.append(exc)))
    real_replace = os.replace

    def locked(src: Any, dst: Any) -> None:
        if str(dst) == str(target):
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", locked)
    window.plan_export.action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert isinstance(errors[0], EnvironmentProblem) and "đang mở" in errors[0].text("vi")
    assert target.read_bytes() == b"old" and sorted(os.listdir(tmp_path)) == sorted(
        p.name for p in tmp_path.iterdir())
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


def test_no_plan_for_the_year_is_explained(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[BaseException] = []
    monkeypatch.setattr(window, "show_error", lambda exc: errors.append(exc))
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: pytest.fail("no dialog")))
    window.set_year(2031)
    window.plan_export.action.trigger()
    assert errors and errors[0].text("vi")


def test_done_message_offers_file_and_folder_and_names_missing_characters(window: MainWindow) -> None:
    from dancoso_desktop.documents.report import RenderReport

    report = RenderReport(Path("/tmp/Kế hoạch 05-KH-UBND 2026.pdf"), 3, {"😀": "GRINNING FACE"})
    box, open_file, open_folder = export_actions.done_box(window, report)
    assert open_file.text() == "Mở &tệp" and open_folder.text() == "Mở &thư mục"
    assert "Đóng" in [b.text() for b in box.buttons()]
    assert "Kế hoạch 05-KH-UBND 2026.pdf" in box.text() and "3 trang." in box.text()
    assert "GRINNING FACE" in box.informativeText()
    box.deleteLater()
