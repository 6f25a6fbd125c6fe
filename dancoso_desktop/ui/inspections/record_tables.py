"""The editable lists of the record form: team, unit representatives, recommendations."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.commune import Unit
from dancoso_desktop.domain.inspection import (
    Recommendation,
    RecStatus,
    Representative,
    TeamMember,
    TeamRole,
)
from dancoso_desktop.ui.inspections.models import status_text
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit


class _EditableTable(QWidget):
    changed = Signal()

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        # Explicit context: PySide's self.tr() looks strings up under the subclass's name.
        self.add_button = QPushButton(QCoreApplication.translate("InspectionTables", "&Add"))
        self.remove_button = QPushButton(QCoreApplication.translate("InspectionTables", "&Remove"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for c in range(self.table.columnCount()):
            if self.table.cellWidget(row, c) is None:
                self.table.setItem(row, c, QTableWidgetItem(""))
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def set_text(self, row: int, col: int, text: str) -> None:
        self.table.setItem(row, col, QTableWidgetItem(text))


class TeamTable(_EditableTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Full name"), self.tr("Role"), self.tr("Position")], parent)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 150)

    def role_names(self) -> dict[TeamRole, str]:
        return {TeamRole.LEADER: self.tr("Team leader"), TeamRole.DEPUTY: self.tr("Deputy leader"),
                TeamRole.MEMBER: self.tr("Member"), TeamRole.SECRETARY: self.tr("Secretary")}

    def add_row(self, member: TeamMember | None = None) -> int:  # type: ignore[override]
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        for role, name in self.role_names().items():
            combo.addItem(name, role.value)
        combo.setCurrentIndex(combo.findData((member.role if member else TeamRole.MEMBER).value))
        combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.table.setCellWidget(row, 1, combo)
        self.set_text(row, 0, member.name if member else "")
        self.set_text(row, 2, member.position if member else "")
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def set_members(self, members: list[TeamMember]) -> None:
        self.table.setRowCount(0)
        for m in members:
            self.add_row(m)

    def members(self) -> list[TeamMember]:
        out = []
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 1)
            role = TeamRole(combo.currentData()) if isinstance(combo, QComboBox) else TeamRole.MEMBER
            out.append(TeamMember(self.text(r, 0), role, self.text(r, 2)))
        return out


class RepresentativesTable(_EditableTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Full name"), self.tr("Position")], parent)
        self.table.setColumnWidth(0, 220)

    def set_people(self, people: list[Representative]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for p in people:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.set_text(row, 0, p.name)
            self.set_text(row, 1, p.position)
        self.table.blockSignals(False)

    def people(self) -> list[Representative]:
        return [Representative(self.text(r, 0), self.text(r, 1)) for r in range(self.table.rowCount())]


class RecommendationsTable(_EditableTable):
    """Text · responsible unit · deadline · status · date done · note on how it was done."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 10

    def __init__(self, units: list[Unit], default_deadline: date, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Recommendation"), self.tr("Responsible unit"), self.tr("Deadline"),
                          self.tr("Status"), self.tr("Date done"), self.tr("How it was done")], parent)
        self.units = units
        self.default_deadline = default_deadline
        for col, width in enumerate([300, 190, 110, 130, 110]):
            self.table.setColumnWidth(col, width)

    def add_row(self, rec: Recommendation | None = None) -> int:  # type: ignore[override]
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(rec.text if rec else "")
        item.setData(self.ID_ROLE, rec.id if rec else None)
        self.table.setItem(row, 0, item)
        unit = QComboBox()
        unit.addItem(self.tr("(choose a unit)"), None)
        ids = {u.id for u in self.units}
        for u in self.units:
            unit.addItem(u.name, u.id)
        if rec and rec.unit_id is not None and rec.unit_id not in ids:   # a unit retired since
            unit.addItem(rec.unit_name, rec.unit_id)
        unit.setCurrentIndex(max(0, unit.findData(rec.unit_id if rec else None)))
        deadline = VietDateEdit(rec.deadline if rec and rec.deadline else self.default_deadline)
        status = QComboBox()
        for s in RecStatus:
            status.addItem(status_text(s), s.value)
        status.setCurrentIndex(status.findData((rec.status if rec else RecStatus.OPEN).value))
        done = VietDateEdit(rec.done_on if rec and rec.done_on else date.today())
        for col, w in enumerate([unit, deadline, status, done], start=1):
            self.table.setCellWidget(row, col, w)
        for combo in (unit, status):
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        for date_edit in (deadline, done):
            date_edit.dateChanged.connect(lambda *_: self.changed.emit())
        done.setEnabled(status.currentData() == RecStatus.DONE.value)
        status.currentIndexChanged.connect(lambda *_, d=done, s=status: d.setEnabled(s.currentData() == "done"))
        self.set_text(row, 5, rec.note if rec else "")
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def set_recommendations(self, recs: list[Recommendation]) -> None:
        self.table.setRowCount(0)
        for r in recs:
            self.add_row(r)

    def widget(self, row: int, col: int) -> QWidget | None:
        return self.table.cellWidget(row, col)

    def recommendations(self) -> list[Recommendation]:
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            unit, deadline, status, done = (self.table.cellWidget(r, c) for c in range(1, 5))
            assert isinstance(unit, QComboBox) and isinstance(status, QComboBox)
            assert isinstance(deadline, VietDateEdit) and isinstance(done, VietDateEdit)
            st = RecStatus(status.currentData())
            out.append(Recommendation(item.text() if item else "", unit.currentData(), unit.currentText(),
                                      deadline.value(), st, done.value() if st is RecStatus.DONE else None,
                                      self.text(r, 5), item.data(self.ID_ROLE) if item else None))
        return out
