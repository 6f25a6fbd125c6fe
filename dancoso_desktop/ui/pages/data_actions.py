"""Tools menu for data safety, the backup status in the status bar, and the start-up check.

Tools › Back up now / Restore… / Check data / Open data folder / Copy to USB; a backup at exit
and every few hours of work when data changed (design.md §3). The work itself is in
``services.backup_service``; long steps run through ``window.run_task``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QLabel

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.services import backup_service
from dancoso_desktop.services.backup_service import (
    BackupInfo,
    DamagedDatabase,
    ForeignDatabase,
    NewerDatabase,
)
from dancoso_desktop.services.workspace import Workspace, open_workspace
from dancoso_desktop.ui.pages.data_dialogs import Pickers, RestoreDialog, StartupChoice, describe
from dancoso_desktop.ui.widgets.messages import Messages

log = logging.getLogger(__name__)


def open_workspace_checked(parent: Any, data_dir: Path) -> Workspace | None:
    """Open the data folder for the window; None when the officer chose to quit.

    A damaged file (or one that is not a database any more) blocks editing: the officer is
    told in plain words and offered the newest good backup or a backup file. Restoring keeps
    the damaged file aside, never overwritten. Other refusals (a newer version, a network
    share, a read-only folder) go up to app.py, which explains them and exits."""
    while True:
        try:
            return open_workspace(data_dir)
        except (DamagedDatabase, ForeignDatabase) as exc:
            if isinstance(exc, NewerDatabase):
                raise
            log.warning("data file refused at start: %s", exc.en)
            newest = backup_service.last_good_backup(data_dir)
            choice = StartupChoice.ask(parent, exc.text(), newest)
            if choice == "quit":
                return None
            source = newest.path if choice == "restore" and newest is not None else Pickers.backup_file(parent)
            if source is None:
                continue
            try:
                result = backup_service.restore(data_dir, source)
            except UserError as refused:
                Messages.user_error(parent, refused)
                continue
            kept = result.set_aside or result.before_restore
            Messages.info(parent, Messages.app_title(),
                          QCoreApplication.translate("DataSafety", "The data was restored from %1.").replace("%1", source.name)
                          + ("\n" + QCoreApplication.translate("DataSafety", "The data as it was is kept in %1.")
                             .replace("%1", str(kept)) if kept else ""))


class DataSafety(QObject):
    """The data-safety actions of one window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.main: Any = window
        self.ws: Workspace = window.workspace
        menu = window.menu("tools")
        self.backup_action = self._action(self.tr("&Back up now"), self.back_up_now, "Ctrl+Shift+B")
        self.restore_action = self._action(self.tr("&Restore from a backup…"), self.restore)
        self.check_action = self._action(self.tr("&Check data"), self.check)
        self.folder_action = self._action(self.tr("&Open data folder"), self.open_folder)
        self.usb_action = self._action(self.tr("Copy to &USB…"), self.copy_to_usb)
        for action in (self.backup_action, self.restore_action, self.check_action, self.folder_action,
                       self.usb_action):
            menu.addAction(action)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        window.statusBar().addPermanentWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setInterval(int(backup_service.AUTO_INTERVAL.total_seconds() * 1000))
        self.timer.timeout.connect(self.auto_backup)
        if self.ws.read_only is None:
            self.timer.start()
        else:   # nothing can be written there: no backup into it, no restore over it
            self.backup_action.setEnabled(False)
            self.restore_action.setEnabled(False)
        window.installEventFilter(self)
        self.refresh_status()

    def _action(self, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.main)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # -- status bar -------------------------------------------------------------------------
    def refresh_status(self) -> None:
        if self.ws.read_only is not None:
            # Said once, and kept in sight: edits are refused with the folder's own message.
            self.status.setText(self.tr("🔒 Read-only: the data folder cannot be written — view and print only"))
            self.status.setStyleSheet("padding-left: 12px; color: #b00020; font-weight: bold;")
            self.status.setToolTip(self.ws.read_only.text())
            return
        last = backup_service.last_good_backup(self.ws.data_dir)
        if last is None:
            self.status.setText(self.tr("⚠ No backup yet — Tools › Back up now"))
            self.status.setStyleSheet("padding-left: 12px; color: #b00020; font-weight: bold;")
        elif not backup_service.backup_is_recent(last):
            self.status.setText(self.tr("⚠ Last backup %1 — too old").replace("%1", f"{last.created:%d/%m/%Y %H:%M}"))
            self.status.setStyleSheet("padding-left: 12px; color: #b00020; font-weight: bold;")
        else:
            self.status.setText(self.tr("Last backup: %1").replace("%1", f"{last.created:%d/%m/%Y %H:%M}"))
            self.status.setStyleSheet("padding-left: 12px;")
        self.status.setToolTip(describe(last) if last else "")

    # -- actions ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.main.run_task(self.tr("Backing up…"), lambda: backup_service.back_up(self.ws, "manual"),
                             self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        self.refresh_status()
        self.main.statusBar().showMessage(
            self.tr("Backup made and checked: %1").replace("%1", info.path.name), 8000)

    def auto_backup(self) -> None:
        """Every few hours of work: a backup when something changed, never over other work."""
        if self.main.busy() or not self.ws.db.changed_since_backup:
            return
        self.main.run_task(self.tr("Backing up…"), lambda: backup_service.back_up(self.ws, "auto"),
                             self._backed_up, on_error=self._auto_failed)

    def _auto_failed(self, exc: BaseException) -> None:
        log.warning("automatic backup failed: %s", exc)
        self.refresh_status()
        self.main.statusBar().showMessage(self.tr("The automatic backup failed; use Tools › Back up now."), 15000)

    def backup_at_exit(self) -> BackupInfo | None:
        """At exit, when data changed: quick (a few hundred ms for a year's data), so it runs
        in place; a failure is logged and told, and never blocks quitting."""
        try:
            return backup_service.back_up_if_changed(self.ws, "exit")
        except UserError as exc:
            log.warning("backup at exit failed: %s", exc.en)
            Messages.user_error(self.main, exc)
            return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        main: Any = self.main
        if event.type() == QEvent.Type.Close and not main.busy() and watched is main:
            self.timer.stop()
            if self.ws.read_only is None:
                self.backup_at_exit()
        return False

    def restore(self) -> None:
        source = RestoreDialog.ask(self.main, backup_service.list_backups(self.ws.data_dir))
        if source is None:
            return
        if not Messages.ask(self.main, self.tr("Restore"),
                            self.tr("Replace the current data with the backup %1?\n\nThe current data is kept as a backup first.").replace("%1", source.name)):
            return
        self.main.run_task(self.tr("Restoring…"),
                             lambda: backup_service.restore(self.ws.data_dir, source, self.ws.db),
                             self._restored)

    def _restored(self, result: backup_service.RestoreResult) -> None:
        self.main.undo_stack.clear()  # the undo history belongs to the data that was replaced
        self.main.data_changed.emit()
        self.refresh_status()
        text = self.tr("The data was restored from %1.").replace("%1", result.restored_from.name)
        if result.before_restore is not None:
            text += "\n" + self.tr("The data as it was before is kept in the backup %1.").replace(
                "%1", result.before_restore.name)
        Messages.info(self.main, self.tr("Restore"), text)

    def check(self) -> None:
        self.main.run_task(self.tr("Checking the data…"), lambda: backup_service.check_data(self.ws.data_dir),
                             self._checked)

    def _checked(self, problems: list[str]) -> None:
        if not problems:
            Messages.info(self.main, self.tr("Check data"),
                          self.tr("The data is healthy: every page and every link between records checks out."))
            return
        Messages.warning(self.main, self.tr("Check data"),
                         self.tr("The check found problems in the data file. Make a copy of the data folder, then restore the newest good backup (Tools › Restore…).")
                         + "\n\n" + "\n".join(problems[:10]))

    def open_folder(self) -> None:
        open_url(QUrl.fromLocalFile(str(self.ws.data_dir)))

    def copy_to_usb(self) -> None:
        folder = Pickers.folder(self.main)
        if folder is None:
            return
        self.main.run_task(self.tr("Copying to %1…").replace("%1", str(folder)),
                             lambda: backup_service.copy_to_folder(self.ws, folder), self._copied)

    def _copied(self, info: BackupInfo) -> None:
        Messages.info(self.main, self.tr("Copy to USB"),
                      self.tr("The data was copied and read back without error:\n%1\n\nTo use it on another PC, install the program there and choose Tools › Restore… › From a file.")
                      .replace("%1", str(info.path)))


def open_url(url: QUrl) -> bool:
    """Open a folder in the system's file manager (replaced in tests)."""
    return QDesktopServices.openUrl(url)


def install(window: Any) -> None:
    """Add Tools › Back up now / Restore… / Check data / Open data folder / Copy to USB."""
    window.data_safety = DataSafety(window)

