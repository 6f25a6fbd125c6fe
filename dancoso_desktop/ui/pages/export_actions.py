"""File › Export…: the plan of the year as PDF, Word or Excel (issue: official documents).

The dialog suggests a file name safe on Windows that keeps its Vietnamese letters, remembers the
last folder, runs the export through ``window.run_task`` (progress, the window stays live) and
offers to open the file or its folder when done. Files are written beside the target and
renamed into place, so a target open in Word or Excel gets a clear message and stays intact.
Dialogs sit behind classmethods (``ExportDialog.ask``, ``ask_done``) that tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError, current_language
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.plan_documents import FORMATS, RenderReport, export_plan, suggested_filename
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.ui import i18n
from dancoso_desktop.ui.widgets.messages import Messages

SETTINGS_FOLDER = "export/last_folder"
SETTINGS_FORMAT = "export/last_format"


def format_names() -> dict[str, str]:
    return {"pdf": QCoreApplication.translate("Export", "PDF — to send and print (*.pdf)"),
            "docx": QCoreApplication.translate("Export", "Word — to edit, sign and stamp (*.docx)"),
            "xlsx": QCoreApplication.translate("Export", "Excel — tracking table (*.xlsx)")}


def last_folder(settings: QSettings) -> Path:
    """The folder of the last export, else the user's Documents folder."""
    saved = str(settings.value(SETTINGS_FOLDER, "", str) or "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the system (replaced in tests)."""
    return QDesktopServices.openUrl(url)


class ExportDialog(QDialog):
    """Choose the format and the file; the name follows the format."""

    def __init__(self, parent: QWidget | None, year: int, names: dict[str, str], folder: Path,
                 fmt: str = "pdf") -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.names = names          # format → suggested file name
        self.setWindowTitle(self.tr("Export the plan of %1").replace("%1", str(year)))
        self.format = QComboBox()
        self.format.setObjectName("export_format")
        for key, label in format_names().items():
            self.format.addItem(label, key)
        self.path = QLineEdit(str(folder / names[fmt]))
        self.path.setObjectName("export_path")
        self.path.setMinimumWidth(420)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.path)    # a row that is a layout gets no buddy by itself
        form.addRow(save_as, row)
        hint = QLabel(self.tr("The file follows Decree 30/2020: A4, Times New Roman, the standard header "
                              "and signature block. Word files can be edited before signing."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        i18n.localize_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.format.setCurrentIndex(max(0, list(FORMATS).index(fmt) if fmt in FORMATS else 0))
        self.format.currentIndexChanged.connect(self._format_changed)

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        fmt = self.chosen_format()
        current = Path(self.path.text().strip() or self.names[fmt])
        if current.name == "" or current.stem == "":
            current = current / self.names[fmt]
        self.path.setText(str(current.with_suffix(f".{fmt}")))

    def browse(self) -> None:
        fmt = self.chosen_format()
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), format_names()[fmt])
        if chosen:
            self.path.setText(chosen)

    def target(self) -> Path:
        """The chosen file, with the format's extension and a name Windows accepts."""
        fmt = self.chosen_format()
        raw = Path(self.path.text().strip() or self.names[fmt])
        name = raw.name if raw.suffix.lower() == f".{fmt}" else f"{raw.name}.{fmt}"
        return raw.parent / safe_filename(name)

    @classmethod
    def ask(cls, parent: QWidget | None, year: int, names: dict[str, str], folder: Path,
            fmt: str) -> tuple[str, Path] | None:
        """(format, target) or None when cancelled."""
        dialog = cls(parent, year, names, folder, fmt)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_format(), dialog.target()


def ask_replace(parent: QWidget | None, target: Path) -> bool:
    return Messages.ask(parent, QCoreApplication.translate("Export", "Export"),
                        QCoreApplication.translate("Export", "“%1” already exists. Replace it?").replace("%1", target.name))


def done_box(parent: QWidget | None, report: RenderReport) -> tuple[QMessageBox, Any, Any]:
    """The 'saved' message with Open the file / Open the folder buttons (not yet shown)."""
    text = QCoreApplication.translate("Export", "Saved: %1").replace("%1", str(report.target))
    if report.pages:
        text += "\n" + QCoreApplication.translate("Export", "%1 pages.").replace("%1", str(report.pages))
    warning = report.warning(current_language())
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      QCoreApplication.translate("Export", "Export"), text, QMessageBox.StandardButton.Close,
                      parent)
    if warning:   # characters the font lacks (emoji…): the file is written, they print as boxes
        box.setInformativeText(warning)
    open_file = box.addButton(QCoreApplication.translate("Export", "Open the &file"),
                              QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(QCoreApplication.translate("Export", "Open the f&older"),
                                QMessageBox.ButtonRole.ActionRole)
    i18n.localize_buttons(box)
    box.setDefaultButton(open_file)
    return box, open_file, open_folder


def ask_done(parent: QWidget | None, report: RenderReport) -> str | None:
    """'file', 'folder' or None: what to open once the file is written."""
    box, open_file, open_folder = done_box(parent, report)
    box.exec()
    clicked = box.clickedButton()
    return "file" if clicked is open_file else "folder" if clicked is open_folder else None


class PlanExport:
    """The File › Export… action of one window."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.action = QAction(QCoreApplication.translate("Export", "&Export…"), window)
        self.action.setObjectName("action_export")
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setStatusTip(QCoreApplication.translate("Export", "Save the plan as PDF, Word or Excel"))
        self.action.triggered.connect(self.run)
        menu = window.menu("file")
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action)
        if first is not None:
            menu.insertSeparator(first)
        self.last_report: RenderReport | None = None

    def run(self) -> None:
        window = self.window
        year = window.year()
        try:
            plan = PlanService(window.workspace.db).get_plan(year)
        except UserError as exc:
            window.show_error(exc)
            return
        names = {fmt: suggested_filename(plan, fmt) for fmt in FORMATS}
        # The window's settings live in the data folder: each office PC keeps its own.
        settings = getattr(window, "settings", None) or QSettings()
        fmt = settings.value(SETTINGS_FORMAT, "pdf", str)
        chosen = ExportDialog.ask(window, year, names, last_folder(settings), fmt if fmt in FORMATS else "pdf")
        if chosen is None:
            return
        fmt, target = chosen
        if target.exists() and not ask_replace(window, target):
            return
        settings.setValue(SETTINGS_FORMAT, fmt)
        settings.setValue(SETTINGS_FOLDER, str(target.parent))
        ws = window.workspace

        def work(progress: Any) -> RenderReport:
            return export_plan(ws, year, fmt, target, progress)

        window.run_task(QCoreApplication.translate("Export", "Exporting %1…").replace("%1", target.name), work, self.done)

    def done(self, report: RenderReport) -> None:
        self.last_report = report
        self.window.statusBar().showMessage(QCoreApplication.translate("Export", "Saved: %1").replace("%1", str(report.target)), 10000)
        choice = ask_done(self.window, report)
        if choice == "file":
            open_url(QUrl.fromLocalFile(str(report.target)))
        elif choice == "folder":
            open_url(QUrl.fromLocalFile(str(report.target.parent)))


def install(window: Any) -> None:
    """Add File › Export… (Ctrl+E)."""
    window.plan_export = PlanExport(window)
