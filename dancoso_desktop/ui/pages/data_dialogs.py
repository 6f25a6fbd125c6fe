"""Dialogs of the data-safety feature, each behind a classmethod that tests replace.

The start-up choice (restore the newest good backup, choose a backup file, or quit), the list of
backups for Tools › Restore…, and the file and folder pickers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.services.backup_service import BackupInfo
from dancoso_desktop.ui import i18n


def reason_text(reason: str) -> str:
    names = {
        "manual": QCoreApplication.translate("DataSafety", "made on request"),
        "exit": QCoreApplication.translate("DataSafety", "made at exit"),
        "auto": QCoreApplication.translate("DataSafety", "made during work"),
        "before-restore": QCoreApplication.translate("DataSafety", "data before a restore"),
        "before-migration": QCoreApplication.translate("DataSafety", "before an upgrade"),
        "copy": QCoreApplication.translate("DataSafety", "copy for USB"),
    }
    return names.get(reason, QCoreApplication.translate("DataSafety", "not verified"))


def describe(info: BackupInfo) -> str:
    return f"{info.created:%d/%m/%Y %H:%M} — {reason_text(info.reason)} — {info.path.name}"


class StartupChoice:
    """What to do when the data file fails its check at start: 'restore', 'file' or 'quit'."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str, newest: BackupInfo | None) -> str:
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("DataSafety", "The data needs attention"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        restore = None
        if newest is not None:
            restore = box.addButton(QCoreApplication.translate("DataSafety", "Restore the newest good backup"), QMessageBox.ButtonRole.AcceptRole)
            box.setInformativeText(QCoreApplication.translate("DataSafety", "The newest good backup was made on %1.")
                                   .replace("%1", f"{newest.created:%d/%m/%Y %H:%M}"))
        choose = box.addButton(QCoreApplication.translate("DataSafety", "Choose a backup file…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QCoreApplication.translate("DataSafety", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or choose)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return "restore"
        if clicked is choose:
            return "file"
        return "quit"


class Pickers:
    """The system's file and folder dialogs."""

    @classmethod
    def backup_file(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("DataSafety", "Choose a backup file"), str(Path.home()),
                                              QCoreApplication.translate("DataSafety", "Backups (*.sqlite);;All files (*)"))
        return Path(name) if name else None

    @classmethod
    def folder(cls, parent: QWidget | None) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("DataSafety", "Choose the USB drive or folder for the copy"),
                                                str(Path.home()))
        return Path(name) if name else None


class RestoreDialog(QDialog):
    """The list of backups, newest first, plus "From a file…" (a USB copy)."""

    def __init__(self, parent: QWidget | None, backups: list[BackupInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(640, 420)
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the backup to restore. The current data is kept as a backup first, so this step can be undone by restoring that one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        for info in backups:
            item = QListWidgetItem(describe(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            if not info.verified:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        else:
            layout.addWidget(QLabel(self.tr("There are no backups in the data folder yet.")))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.from_file = QPushButton(self.tr("From a &file…"))
        buttons.addButton(self.from_file, QDialogButtonBox.ButtonRole.ActionRole)
        self.from_file.clicked.connect(self._pick_file)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        i18n.localize_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        layout.addWidget(buttons)

    def _pick_file(self) -> None:
        path = Pickers.backup_file(self)
        if path is not None:
            self.chosen = path
            super().accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, backups: list[BackupInfo]) -> Path | None:
        dialog = cls(parent, backups)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
