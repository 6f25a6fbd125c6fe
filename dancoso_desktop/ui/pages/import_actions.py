"""File › Import plan…: read a .docx/.pdf/.txt/.md (or plan .json) into a proposed plan, show
the preview, store it on Import as one undoable step (issue: importing the plan).

Reading runs through ``window.run_task`` (a 50-page PDF takes about a second; the window stays
live). The file and preview dialogs sit behind functions that tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from dancoso_desktop.services.plan_import import ImportResult

SETTINGS_FOLDER = "import/last_folder"


def ask_file(parent: QWidget) -> Path | None:
    """The file to import (replaced in tests)."""
    settings = QSettings()
    folder = str(settings.value(SETTINGS_FOLDER, "", str) or "")
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportPlan", "Import a plan"), folder,
        QCoreApplication.translate("ImportPlan", "Plans (*.docx *.pdf *.txt *.md *.json);;Word (*.docx);;PDF (*.pdf);;Text (*.txt *.md);;Plan JSON (*.json)"))
    if not name:
        return None
    settings.setValue(SETTINGS_FOLDER, str(Path(name).parent))
    return Path(name)


def import_file(window: Any, path: Path) -> None:
    """Read ``path`` in the background, then show the preview (and import on confirmation)."""
    def done(result: ImportResult) -> None:
        show_preview(window, result, path.name)
    # The importers are loaded when first used, not at every start of the window.
    from dancoso_desktop.services.plan_import import read_plan_file

    window.run_task(QCoreApplication.translate("ImportPlan", "Reading %1…").replace("%1", path.name), lambda: read_plan_file(path), done)


def show_preview(window: Any, result: ImportResult, name: str) -> None:
    from dancoso_desktop.ui.importing.command import do_import
    from dancoso_desktop.ui.importing.preview_dialog import ImportPreviewDialog

    plan = ImportPreviewDialog.ask(window, result, name)
    if plan is None:
        return
    try:
        do_import(window, plan)
    except Exception as exc:
        window.show_error(exc)
        return
    if hasattr(window, "set_year"):
        window.set_year(plan.year)
    window.statusBar().showMessage(
        QCoreApplication.translate("ImportPlan", "Imported the plan of %1 with %2 sections.").replace("%1", str(plan.year))
        .replace("%2", str(sum(1 for _ in plan.walk()))), 5000)


def install(window: Any) -> None:
    """Add File › Import plan… (Ctrl+I)."""
    action = QAction(QCoreApplication.translate("ImportPlan", "Import plan from &Word, PDF or text…"), window)
    action.setObjectName("action_import_plan")
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setStatusTip(QCoreApplication.translate("ImportPlan", "Read the plan the office already has (Word, PDF or text) into the application"))

    def trigger() -> None:
        path = ask_file(window)
        if path is not None:
            import_file(window, path)
    action.triggered.connect(trigger)
    menu = window.menu("file")
    quit_action = getattr(window, "quit_action", None)
    if quit_action is not None:
        menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)
    else:
        menu.addAction(action)
    window.import_plan_action = action
