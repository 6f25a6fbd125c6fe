"""Tools › Back up now / Restore… / Check data / Open data folder / Copy to USB, the backup
status in the status bar, backups at exit and during work, and the start-up check."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace
from dancoso_desktop.storage.backup import manifest_path
from dancoso_desktop.ui import i18n
from dancoso_desktop.ui.main_window import MainWindow
from dancoso_desktop.ui.pages import data_actions
from dancoso_desktop.ui.pages.data_dialogs import Pickers, RestoreDialog, StartupChoice
from dancoso_desktop.ui.widgets.messages import Messages


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Message boxes the window would show: (kind, text)."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(Messages, "info", classmethod(lambda cls, p, t, text: seen.append(("info", text))))
    monkeypatch.setattr(Messages, "warning", classmethod(lambda cls, p, t, text: seen.append(("warning", text))))
    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, p, t, text, **kw: seen.append(("ask", text)) or True))
    return seen


@pytest.fixture
def window(qtbot, workspace, qapp):  # type: ignore[no-untyped-def]
    i18n.install(qapp, "vi")
    plans = PlanService(workspace.db)
    plans.create_plan(Plan(year=2026, title="Kế hoạch 2026"))
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    yield w
    i18n.uninstall(qapp)


def _plans(w: MainWindow) -> PlanService:
    return PlanService(w.workspace.db)


def test_tools_menu_has_the_data_actions(window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in window.menu("tools").actions()]
    for text in ("&Sao lưu ngay", "&Khôi phục từ bản sao lưu…", "K&iểm tra dữ liệu", "&Mở thư mục dữ liệu",
                 "Chép sang &USB…"):
        assert text in texts, texts


def test_status_bar_warns_without_a_recent_backup(window) -> None:  # type: ignore[no-untyped-def]
    safety = window.data_safety
    assert "Chưa có bản sao lưu" in safety.status.text()
    info = backup_service.back_up(window.workspace, "manual")
    safety.refresh_status()
    assert safety.status.text().startswith("Sao lưu gần nhất") and "⚠" not in safety.status.text()
    old = json.loads(manifest_path(info.path).read_text(encoding="utf-8"))
    old["created"] = (datetime.now() - timedelta(days=10)).isoformat()
    manifest_path(info.path).write_text(json.dumps(old), encoding="utf-8")
    safety.refresh_status()
    assert "⚠" in safety.status.text() and "quá cũ" in safety.status.text()


def test_back_up_now(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.data_safety.backup_action.trigger()
    qtbot.waitUntil(lambda: backup_service.last_good_backup(window.workspace.data_dir) is not None)
    qtbot.waitUntil(lambda: not window.busy())
    assert window.data_safety.status.text().startswith("Sao lưu gần nhất")


def test_restore_from_the_list(qtbot, window, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    good = backup_service.back_up(ws, "manual")
    plans = _plans(window)
    plans.add_section(plans.plan_id(2026), None, None, "Mục nhập nhầm", "")
    offered: list[list[str]] = []

    def ask(cls, parent, backups):  # type: ignore[no-untyped-def]
        offered.append([b.path.name for b in backups])
        return good.path

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(window.data_changed, timeout=10000):
        window.data_safety.restore_action.trigger()
    assert offered == [[good.path.name]]
    assert plans.get_plan(2026).sections == []  # the same services now see the restored data
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _ in shown))
    text = next(t for kind, t in shown if kind == "info")
    assert good.path.name in text and "before-restore" in text
    assert shown[0][0] == "ask"


def test_check_data(qtbot, window, shown) -> None:  # type: ignore[no-untyped-def]
    window.data_safety.check_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("info", shown[0][1])] and "nguyên vẹn" in shown[0][1]


def test_open_data_folder(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(data_actions, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    window.data_safety.folder_action.trigger()
    assert opened == [str(window.workspace.data_dir)]


def test_copy_to_usb(qtbot, window, shown, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(Pickers, "folder", classmethod(lambda cls, parent: usb))
    window.data_safety.usb_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    copies = list(usb.glob("*.sqlite"))
    assert len(copies) == 1 and str(copies[0]) in shown[0][1]
    con = sqlite3.connect(copies[0])
    assert con.execute("SELECT count(*) FROM plans").fetchone() == (1,)
    con.close()


def test_backup_at_exit_only_when_data_changed(qtbot, workspace, qapp) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    workspace.db.changed_since_backup = False
    w.close()
    assert backup_service.list_backups(workspace.data_dir) == []
    w2 = MainWindow(workspace)
    qtbot.addWidget(w2)
    w2.show()
    PlanService(workspace.db).create_plan(Plan(year=2027, title="Kế hoạch 2027"))
    w2.close()
    assert [b.reason for b in backup_service.list_backups(workspace.data_dir)] == ["exit"]


def test_backup_during_work_when_data_changed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    safety = window.data_safety
    assert safety.timer.isActive() and safety.timer.interval() == 3 * 3600 * 1000
    window.workspace.db.changed_since_backup = False
    safety.timer.timeout.emit()
    assert not window.busy()  # nothing changed: no backup
    plans = _plans(window)
    plans.add_section(plans.plan_id(2026), None, None, "Mục mới", "")
    safety.timer.timeout.emit()
    qtbot.waitUntil(lambda: backup_service.last_good_backup(window.workspace.data_dir) is not None)
    assert backup_service.last_good_backup(window.workspace.data_dir).reason == "auto"


def _damaged_folder(data_dir: Path) -> Path:
    ws = open_workspace(data_dir)
    plans = PlanService(ws.db)
    plan_id = plans.create_plan(Plan(year=2026, title="Kế hoạch 2026"))
    for i in range(60):
        plans.add_section(plan_id, None, None, f"Mục {i}", "Nội dung " * 40)
    backup_service.back_up(ws, "exit")
    ws.close()
    path = data_dir / "dancoso.sqlite"
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 8: page * 4096 + 300] = b"\xee" * 292
    path.write_bytes(bytes(data))
    return path


def test_start_with_damaged_data_offers_the_newest_backup(data_dir: Path, qapp, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = _damaged_folder(data_dir)
    damaged = path.read_bytes()
    asked: list[tuple[str, object]] = []
    monkeypatch.setattr(StartupChoice, "ask", classmethod(lambda cls, p, text, newest: asked.append((text, newest)) or "restore"))
    ws = data_actions.open_workspace_checked(None, data_dir)
    assert ws is not None
    try:
        assert "bị hỏng" in asked[0][0] and asked[0][1] is not None
        assert len(PlanService(ws.db).get_plan(2026).sections) == 60
        kept = list(data_dir.glob("dancoso-damaged-*.sqlite"))
        assert len(kept) == 1 and kept[0].read_bytes() == damaged
        assert str(kept[0]) in shown[-1][1]
    finally:
        ws.close()


def test_start_with_damaged_data_can_quit_leaving_it_untouched(data_dir: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = _damaged_folder(data_dir)
    damaged = path.read_bytes()
    monkeypatch.setattr(StartupChoice, "ask", classmethod(lambda cls, p, text, newest: "quit"))
    assert data_actions.open_workspace_checked(None, data_dir) is None
    assert path.read_bytes() == damaged


def test_start_with_damaged_data_restores_a_chosen_file(data_dir: Path, qapp, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _damaged_folder(data_dir)
    chosen = backup_service.last_good_backup(data_dir).path
    answers = iter(["file", "file"])
    monkeypatch.setattr(StartupChoice, "ask", classmethod(lambda cls, p, text, newest: next(answers)))
    files = iter([data_dir / "khong-ton-tai.sqlite", chosen])
    monkeypatch.setattr(Pickers, "backup_file", classmethod(lambda cls, p: next(files)))
    ws = data_actions.open_workspace_checked(None, data_dir)
    assert ws is not None
    ws.close()
    assert shown[0][0] == "warning" and "Không tìm thấy" in shown[0][1]  # the missing file, refused
