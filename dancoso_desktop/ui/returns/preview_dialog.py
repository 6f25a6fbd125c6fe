"""The preview of returned files: each file (unit, period, accepted or refused), its problems,
and the changes old → new per content, with the conflicts to settle. Nothing is written until
the officer presses Apply."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import current_language
from dancoso_desktop.services.returns_service import ReturnsPreview
from dancoso_desktop.ui.returns.models import ChangesModel

ERROR_BRUSH = QBrush(QColor("#b00020"))


class ReturnsPreviewDialog(QDialog):
    def __init__(self, preview: ReturnsPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returns_preview")
        self.setWindowTitle(self.tr("Returned files — preview"))
        self.resize(1100, 720)
        self.preview = preview
        lang = current_language()

        self.files = QTreeWidget()
        self.files.setObjectName("returns_files")
        self.files.setHeaderLabels([self.tr("File"), self.tr("Unit and period"), self.tr("Result")])
        states = {"ok": self.tr("Accepted"), "refused": self.tr("Refused"),
                  "superseded": self.tr("Older copy, not used")}
        for f in preview.files:
            item = QTreeWidgetItem([f.source, f"{f.unit} — {f.period_text(lang)}" if f.unit else "", states[f.state]])
            if f.state == "refused":
                item.setForeground(2, ERROR_BRUSH)
            for p in f.problems:
                child = QTreeWidgetItem([p.text(lang)])
                child.setFirstColumnSpanned(True)
                if p.severity == "error":
                    child.setForeground(0, ERROR_BRUSH)
                item.addChild(child)
            self.files.addTopLevelItem(item)
            item.setExpanded(f.state != "ok" or len(f.problems) <= 6)
        self.files.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.files.setColumnWidth(0, 420)
        self.files.setWordWrap(True)

        self.changes_model = ChangesModel(preview, self)
        self.changes = QTableView()
        self.changes.setObjectName("returns_changes")
        self.changes.setModel(self.changes_model)
        self.changes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.changes.setWordWrap(True)

        n_conf = len(preview.conflicts)
        self.summary = QLabel(self.tr("%1 files accepted, %2 refused; %3 changes, %4 conflicts.")
                              .replace("%1", str(len(preview.accepted)))
                              .replace("%2", str(sum(1 for f in preview.files if f.state == "refused")))
                              .replace("%3", str(len(preview.changes))).replace("%4", str(n_conf)))
        self.summary.setWordWrap(True)
        self.take_all = QPushButton(self.tr("Take the units' values for every conflict"))
        self.take_all.setEnabled(n_conf > 0)
        self.take_all.clicked.connect(self._take_all)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(preview.accepted))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.files)
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Changes (old → new); a conflict keeps the app's value unless you tick it")))
        lv.addWidget(self.changes)
        lv.addWidget(self.take_all, alignment=Qt.AlignmentFlag.AlignLeft)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    def _take_all(self) -> None:
        for row in range(self.changes_model.rowCount()):
            index = self.changes_model.index(row, 6)
            if self.changes_model.rows[row][1].conflict:
                self.changes_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
