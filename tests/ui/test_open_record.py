"""window.open_record: the due list and report figures open records through registered openers."""

from __future__ import annotations

from dancoso_desktop.ui.main_window import MainWindow


def test_open_record_calls_the_registered_opener(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace, load_features=False)
    qtbot.addWidget(window)
    opened: list[int] = []
    window.register_opener("disclosure", opened.append)
    assert window.open_record("disclosure", 17) is True
    assert opened == [17]
    assert window.open_record("no_such_kind", 1) is False
    assert window.statusBar().currentMessage()
