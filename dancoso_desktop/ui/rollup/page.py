"""The roll-up page of a receiving office: import many communes' packages (folders, .zip), the
communes × report board of a period, the totals, and the exports (XLSX, report draft)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError, current_language
from dancoso_desktop.services.rollup_import import ImportReport, import_packages
from dancoso_desktop.services.rollup_service import rollup
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.returns.page import run_now
from dancoso_desktop.ui.rollup.models import CommunesModel, TotalsModel

PERIODS = ("6m", "9m", "year")


class RollupPage(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, *, show_error: Callable[[BaseException], None] | None = None,
                 run_task: Callable[..., Any] | None = None, year: Callable[[], int] | None = None) -> None:
        super().__init__()
        self.setObjectName("rollup_page")
        self.workspace = workspace
        self.show_error = show_error or (lambda exc: None)
        self.run_task = run_task or run_now
        self.year = year or (lambda: 2026)
        self.last_report: ImportReport | None = None

        self.period = QComboBox()
        for key, label in zip(PERIODS, (self.tr("6 months"), self.tr("9 months"), self.tr("Year")), strict=True):
            self.period.addItem(label, key)
        self.period.currentIndexChanged.connect(self.reload)
        self.import_button = QPushButton(self.tr("Import packages (folder)…"))
        self.import_button.clicked.connect(self.ask_import_folder)
        self.zip_button = QPushButton(self.tr("Import .zip files…"))
        self.zip_button.clicked.connect(self.ask_import_zips)
        self.export_button = QPushButton(self.tr("Export XLSX…"))
        self.export_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.draft_button = QPushButton(self.tr("Report draft (PDF)…"))
        self.draft_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.docx_button = QPushButton(self.tr("Report draft (DOCX)…"))
        self.docx_button.clicked.connect(lambda: self.ask_export("docx"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addStretch(1)
        for b in (self.import_button, self.zip_button, self.export_button, self.draft_button, self.docx_button):
            top.addWidget(b)
        self.summary = QLabel()
        self.summary.setObjectName("rollup_summary")
        self.summary.setWordWrap(True)
        self.communes_model = CommunesModel(self)
        self.communes = QTableView()
        self.communes.setObjectName("rollup_communes")
        self.communes.setModel(self.communes_model)
        self.communes.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.communes.setSortingEnabled(False)
        self.totals_model = TotalsModel(self)
        self.totals = QTableView()
        self.totals.setObjectName("rollup_totals")
        self.totals.setModel(self.totals_model)
        self.totals.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.skipped = QPlainTextEdit()
        self.skipped.setReadOnly(True)
        self.skipped.setMaximumHeight(110)
        self.skipped.setPlaceholderText(self.tr("Packages skipped by the last import, with the reason, appear here."))
        split = QSplitter()
        split.addWidget(self.communes)
        split.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.skipped)
        self.reload()

    def on_year(self, _year: int) -> None:
        """The window's year changed (a bound slot: Qt drops it with the page)."""
        self.reload()

    def current_period(self) -> str:
        return str(self.period.currentData())

    def reload(self) -> None:
        try:
            r = rollup(self.workspace.db, self.year(), self.current_period(), lang=current_language())
        except UserError as exc:
            self.summary.setText(exc.text())
            return
        self.communes_model.set_items(r.communes)
        self.totals_model.set_items(r.totals)
        self.summary.setText(self.tr("Received %1/%2 communes (%3 late, %4 missing); due %5; %6 to look at.")
                             .replace("%1", str(len(r.received))).replace("%2", str(len(r.communes)))
                             .replace("%3", str(len(r.late))).replace("%4", str(len(r.missing)))
                             .replace("%5", f"{r.due:%d/%m/%Y}").replace("%6", str(len(r.standing_out))))

    # -- import --------------------------------------------------------------------------------
    def ask_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of report packages"))
        if folder:
            self.import_paths([Path(folder)])

    def ask_import_zips(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Report packages"), "", "*.zip")
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> None:
        db = self.workspace.db

        def work(progress: Callable[..., Any]) -> ImportReport:
            return import_packages(db, paths, progress=progress)

        self.run_task(self.tr("Importing report packages…"), work, self._imported)

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        lang = current_language()
        lines = [self.tr("Imported %1 packages; skipped %2.").replace("%1", str(len(report.imported)))
                 .replace("%2", str(len(report.skipped)))]
        lines += [f"✗ {p.source}: {p.reason(lang)}" for p in report.skipped]
        self.skipped.setPlainText("\n".join(lines))
        self.reload()
        self.data_changed.emit()

    # -- export --------------------------------------------------------------------------------
    def ask_export(self, fmt: str) -> None:
        from dancoso_desktop.fileio import safe_filename

        name = safe_filename(f"Tong hop {self.current_period()} {self.year()}.{fmt}")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export the roll-up"), name, f"*.{fmt}")
        if target:
            self.export(fmt, Path(target))

    def export(self, fmt: str, target: Path) -> None:
        from dancoso_desktop.services.rollup_export import export_rollup

        db, year, period = self.workspace.db, self.year(), self.current_period()
        self.run_task(self.tr("Exporting the roll-up…"), lambda: export_rollup(db, year, period, fmt, target),
                      lambda path: self.summary.setText(self.tr("Written: %1").replace("%1", str(path))))
