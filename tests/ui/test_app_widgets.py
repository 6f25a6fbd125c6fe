"""Small shared widgets: the Vietnamese date edit and the message helper."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from dancoso_desktop.ui import i18n
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit
from dancoso_desktop.ui.widgets.messages import Messages


def test_date_edit_shows_day_month_year_and_round_trips(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = VietDateEdit(date(2026, 1, 5))
    qtbot.addWidget(edit)
    assert edit.text() == "05/01/2026"
    assert edit.value() == date(2026, 1, 5)
    edit.set_value(date(2028, 2, 29))  # a leap day
    assert edit.value() == date(2028, 2, 29)
    assert edit.calendarPopup()
    edit.set_value(date(1900, 1, 1))  # outside the law's years: clamped, never an invalid date
    assert edit.value() == date(1990, 1, 1)


def test_date_edit_follows_the_vietnamese_locale(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "vi")
    try:
        edit = VietDateEdit(date(2026, 3, 1))
        qtbot.addWidget(edit)
        assert edit.locale().language() == QLocale.Language.Vietnamese
    finally:
        i18n.uninstall(qapp)


def test_message_box_buttons_are_vietnamese(qtbot, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "vi")
    seen: list[list[str]] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(sorted(b.text().replace("&", "") for b in box.buttons()))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        assert Messages.ask(None, "Xóa", "Xóa mục này?") is True
    finally:
        i18n.uninstall(qapp)
    assert seen == [["Có", "Không"]]
