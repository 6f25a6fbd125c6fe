"""The start page "Việc cần làm" (issue 11 item 2), first in the navigation list.

A click opens the record through ``window.open_record``: the pages register their kinds when
they are built, and pages are built lazily, so the ones still waiting are built first.
On start, an overdue count goes to the status bar as a lasting label (messages of other pages
pass over it and it comes back); it follows every change of the data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from dancoso_desktop.ui.today.page import TodayPage


def create(window: Any) -> TodayPage:
    def open_record(kind: str, record_id: int) -> bool:
        window.pages.build_pending(one_at_a_time=False)   # their openers register as they build
        return bool(window.open_record(kind, record_id))

    page = TodayPage(window.workspace.db, open_record=open_record, show_error=window.show_error)
    notice = QLabel()
    notice.setObjectName("due_notice")
    notice.setStyleSheet("color: #b00020; font-weight: bold;")
    window.statusBar().addWidget(notice)

    def update_notice() -> None:
        overdue = page.overdue_count()
        text = QCoreApplication.translate("TodayPage", "⚠ %1 overdue: see To do")
        notice.setText(text.replace("%1", str(overdue)) if overdue else "")
        notice.setVisible(bool(overdue))

    def reload() -> None:
        page.reload()
        update_notice()

    window.data_changed.connect(reload)
    update_notice()
    return page
