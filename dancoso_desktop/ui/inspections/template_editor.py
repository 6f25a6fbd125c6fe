"""The checklist-template editor: edit the standard template, or copy it and add criteria."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.inspection import ChecklistCriterion, ChecklistTemplate
from dancoso_desktop.services.inspection_templates import TemplateService


class TemplateEditor(QDialog):
    def __init__(self, db, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.service = TemplateService(db)
        self.setWindowTitle(self.tr("Checklist templates"))
        self.resize(1000, 640)
        self.chooser = QComboBox()
        self.name = QLineEdit()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Group"), self.tr("Criterion"),
                                              self.tr("Legal basis")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(3, 200)
        self.table.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add criterion"))
        self.remove_button = QPushButton(self.tr("&Remove criterion"))
        self.copy_button = QPushButton(self.tr("Co&py template…"))
        self.delete_button = QPushButton(self.tr("&Delete template"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.close_button = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.copy_button.clicked.connect(self.copy)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.chooser.currentIndexChanged.connect(self._show_selected)
        top = QHBoxLayout()
        chooser_label = QLabel(self.tr("&Template:"))
        chooser_label.setBuddy(self.chooser)
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(QLabel(self.tr("Name:")))
        top.addWidget(self.name, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.copy_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for t in self.service.list_templates():
            label = t.name + (self.tr(" (standard)") if t.is_standard else "")
            self.chooser.addItem(label, t.id)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(select_id)))
        self.chooser.blockSignals(False)
        self._show_selected()

    def current_id(self) -> int | None:
        return self.chooser.currentData()

    def _show_selected(self) -> None:
        tid = self.current_id()
        if tid is None:
            return
        t = self.service.get(tid)
        self.name.setText(t.name)
        self.table.setRowCount(0)
        for c in t.criteria:
            self._append(c)
        self.table.resizeRowsToContents()
        self.delete_button.setEnabled(not t.is_standard)
        self.problem.clear()

    def _append(self, c: ChecklistCriterion) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((c.code, c.group, c.text, c.article)):
            self.table.setItem(row, col, QTableWidgetItem(text))

    def add_criterion(self) -> None:
        group = ""
        if self.table.rowCount():
            item = self.table.item(self.table.rowCount() - 1, 1)
            group = item.text() if item else ""
        self._append(ChecklistCriterion(f"TC{self.table.rowCount() + 1}", group, ""))
        self.table.setCurrentCell(self.table.rowCount() - 1, 2)

    def template(self) -> ChecklistTemplate:
        def cell(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item else ""

        criteria = [ChecklistCriterion(cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3))
                    for r in range(self.table.rowCount())]
        tid = self.current_id()
        t = self.service.get(tid) if tid is not None else None
        return ChecklistTemplate(self.name.text(), criteria, bool(t and t.is_standard), tid)

    def save(self) -> bool:
        try:
            saved = self.service.save(self.template())
        except UserError as exc:
            self.problem.setText(exc.text())
            return False
        self.reload(saved.id)
        self.problem.setText(self.tr("Saved."))
        return True

    @classmethod
    def ask_name(cls, parent: QWidget, suggested: str) -> str | None:
        """Ask the copy's name; tests replace this classmethod."""
        text, ok = QInputDialog.getText(parent, QCoreApplication.translate("TemplateEditor", "Copy template"),
                                        QCoreApplication.translate("TemplateEditor", "Name of the copy:"),
                                        text=suggested)
        return text if ok else None

    def copy(self) -> None:
        tid = self.current_id()
        if tid is None:
            return
        name = self.ask_name(self, self.tr("%1 (copy)").replace("%1", self.name.text()))
        if not name:
            return
        try:
            copied = self.service.copy(tid, name)
        except UserError as exc:
            self.problem.setText(exc.text())
            return
        self.reload(copied.id)

    def delete(self) -> None:
        tid = self.current_id()
        try:
            if tid is not None:
                self.service.delete(tid)
        except UserError as exc:
            self.problem.setText(exc.text())
            return
        self.reload()
