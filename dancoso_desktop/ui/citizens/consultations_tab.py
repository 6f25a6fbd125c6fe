"""The tab "Lấy ý kiến Nhân dân" of the citizens page, wired to the window (year, undo stack,
long tasks, errors) with the opener of the "consultation" records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dancoso_desktop.ui.citizens.consultation_page import ConsultationsPage
from dancoso_desktop.ui.pages.linking import relay_changes


def title(window: Any) -> str:
    return QCoreApplication.translate("ConsultationsTab", "Consultations")


def create(window: Any) -> ConsultationsPage:
    page = ConsultationsPage(window.workspace, window.year(), undo_stack=window.undo_stack,
                             show_error=window.show_error,
                             run_task=lambda text, fn, done: window.run_task(text, fn, done))
    window.year_changed.connect(page.set_year)
    relay_changes(window, page, page.reload)

    def open_consultation(record_id: int) -> None:
        shell = window.show_page("citizens")
        if hasattr(shell, "show_tab"):
            shell.show_tab("consultations")
        page.show_record(record_id)

    window.register_opener("consultation", open_consultation)
    return page
