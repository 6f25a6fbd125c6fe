"""The returns page: write the units' forms, read what comes back (drop files or folders here),
preview the changes, apply them as one undo step, and see who has returned."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.services.returns_service import (
    ReturnsPreview,
    apply_returns,
    read_returns,
    returns_status,
)
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.returns.commands import ApplyReturnsCommand
from dancoso_desktop.ui.returns.models import StatusModel
from dancoso_desktop.ui.returns.preview_dialog import ReturnsPreviewDialog

PERIODS = ("6m", "9m", "year")


def run_now(title: str, fn: Callable[..., Any], on_done: Callable[[Any], Any] | None = None) -> None:
    import inspect

    wants = any(p.default is p.empty for p in inspect.signature(fn).parameters.values())
    result = fn(lambda *a: None) if wants else fn()
    if on_done:
        on_done(result)


class ReturnsPage(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None,
                 run_task: Callable[..., Any] | None = None, year: Callable[[], int] | None = None) -> None:
        super().__init__()
        self.setObjectName("returns_page")
        self.workspace = workspace
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.show_error = show_error or (lambda exc: None)
        self.run_task = run_task or run_now
        self.year = year or (lambda: 2026)
        self.preview_dialog: ReturnsPreviewDialog | None = None
        self.setAcceptDrops(True)

        self.period = QComboBox()
        for key, label in zip(PERIODS, (self.tr("6 months"), self.tr("9 months"), self.tr("Year")), strict=True):
            self.period.addItem(label, key)
        self.period.currentIndexChanged.connect(self.reload)
        self.write_button = QPushButton(self.tr("Write the units' forms…"))
        self.write_button.clicked.connect(self.ask_write_forms)
        self.read_button = QPushButton(self.tr("Read returned files…"))
        self.read_button.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.read_button.clicked.connect(self.ask_read_files)
        self.folder_button = QPushButton(self.tr("Read a folder…"))
        self.folder_button.clicked.connect(self.ask_read_folder)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addStretch(1)
        for b in (self.write_button, self.read_button, self.folder_button):
            top.addWidget(b)

        self.summary = QLabel()
        self.summary.setObjectName("returns_summary")
        self.model = StatusModel(self)
        self.table = QTableView()
        self.table.setObjectName("returns_status")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        hint = QLabel(self.tr("Drop returned files, folders or saved e-mails (.eml) here."))
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.reload()

    def on_year(self, _year: int) -> None:
        """The window's year changed (a bound slot: Qt drops it with the page)."""
        self.reload()

    def current_period(self) -> str:
        return str(self.period.currentData())

    def reload(self) -> None:
        try:
            st = returns_status(self.workspace.db, self.year(), self.current_period())
        except UserError as exc:
            self.model.set_units([])
            self.summary.setText(exc.text())
            return
        self.model.set_units(st.units)
        self.summary.setText(self.tr("%1/%2 units have returned (%3 on time); due %4.")
                             .replace("%1", str(st.returned)).replace("%2", str(st.expected))
                             .replace("%3", str(st.on_time)).replace("%4", f"{st.deadline:%d/%m/%Y}"))

    def select_unit(self, unit_id: int) -> None:
        for row, u in enumerate(self.model.units):
            if u.unit_id == unit_id:
                self.table.selectRow(row)
                return

    # -- writing forms -------------------------------------------------------------------------
    def ask_write_forms(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the forms"))
        if folder:
            self.write_forms(Path(folder))

    def write_forms(self, folder: Path) -> None:
        from dancoso_desktop.services.returns_forms import write_forms

        year, period = self.year(), self.current_period()

        def work(progress: Callable[..., Any]) -> Any:
            return write_forms(self.workspace.db, year, period, folder, None, progress)

        def done(forms: Any) -> None:
            self.summary.setText(self.tr("%1 forms written to %2.").replace("%1", str(len(forms)))
                                 .replace("%2", str(folder)))

        self.run_task(self.tr("Writing the forms…"), work, done)

    # -- reading returns -----------------------------------------------------------------------
    def ask_read_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Returned files"), "",
                                                self.tr("Spreadsheets and e-mails (*.xlsx *.xlsm *.xls *.ods *.eml)"))
        if files:
            self.read_files([Path(f) for f in files])

    def ask_read_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of returned files"))
        if folder:
            self.read_files([Path(folder)])

    def read_files(self, paths: list[Path]) -> None:
        db = self.workspace.db

        def work(progress: Callable[..., Any]) -> ReturnsPreview:
            return read_returns(db, paths, progress=progress)

        self.run_task(self.tr("Checking the returned files…"), work, self.show_preview)

    def show_preview(self, preview: ReturnsPreview) -> ReturnsPreviewDialog:
        dialog = ReturnsPreviewDialog(preview, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self.apply(preview))
        dialog.open()
        return dialog

    def apply(self, preview: ReturnsPreview) -> None:
        try:
            result = apply_returns(self.workspace.db, preview)
        except UserError as exc:
            self.show_error(exc)
            return
        self.undo_stack.push(ApplyReturnsCommand(self.workspace.db, preview, result.batch, self._changed))
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    # -- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.read_files(paths)
