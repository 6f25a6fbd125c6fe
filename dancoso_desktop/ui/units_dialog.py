"""Tools › Units…: the catalogue of the commune's units (departments, hamlets, the Front, …).

Hamlets carry their household counts, which citizens' votes need later (Art. 21: a decision
passes with more than half of the households). A unit that records refer to is never deleted,
only retired, so old plans and reports keep printing its name.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.text import clean_line
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.ui import i18n
from dancoso_desktop.ui.units_model import KIND, NAME, UNIT_ROLE, UnitsProxy, UnitsTableModel, kind_label
from dancoso_desktop.ui.widgets.messages import Messages

MAX_HOUSEHOLDS = 1_000_000
MAX_NAME, MAX_SHORT = 300, 100  # as CommuneService stores them


class UnitEditDialog(QDialog):
    """Add or edit one unit; the household count only for hamlets."""

    def __init__(self, unit: Unit | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit unit") if unit else self.tr("New unit"))
        self.setMinimumWidth(460)
        self._id = unit.id if unit else None
        self._retired = unit.retired if unit else False
        form = QFormLayout(self)
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setPlaceholderText(self.tr("e.g. Thôn Phú Lộc"))
        self.kind = QComboBox()
        for kind in UnitKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData((unit.kind if unit else UnitKind.HAMLET).value))
        self.short = QLineEdit(unit.short_name if unit else "")
        self.households = QSpinBox()
        self.households.setRange(0, MAX_HOUSEHOLDS)
        self.households.setGroupSeparatorShown(True)
        self.households.setValue((unit.households or 0) if unit else 0)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Short name:"), self.short)
        form.addRow(self.tr("&Households:"), self.households)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        i18n.localize_buttons(self.buttons)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self.validate)
        self.short.textChanged.connect(self.validate)
        self.kind.currentIndexChanged.connect(self.validate)
        self.validate()

    def unit(self) -> Unit:
        kind = UnitKind(self.kind.currentData())
        return Unit(clean_line(self.name.text()), kind, clean_line(self.short.text()),
                    self.households.value() if kind is UnitKind.HAMLET else None, self._retired, self._id)

    def validate(self) -> bool:
        hamlet = UnitKind(self.kind.currentData()) is UnitKind.HAMLET
        self.households.setEnabled(hamlet)
        name, short = clean_line(self.name.text()), clean_line(self.short.text())
        problem = ""
        if not name:
            problem = self.tr("Enter the unit's name.")
        elif len(name) > MAX_NAME or len(short) > MAX_SHORT:
            problem = (self.tr("The name may have at most %1 characters and the short name %2.")
                       .replace("%1", str(MAX_NAME)).replace("%2", str(MAX_SHORT)))
        ok = not problem
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    @classmethod
    def ask(cls, parent: QWidget | None, unit: Unit | None) -> Unit | None:
        """The unit as entered (not yet saved), or None when cancelled. Tests replace this."""
        dialog = cls(unit, parent)
        return dialog.unit() if dialog.exec() == QDialog.DialogCode.Accepted else None


class UnitsDialog(QDialog):
    changed = Signal()

    def __init__(self, service: CommuneService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Units of the commune"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(self.tr("Filter (accents not needed)…"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Find:"))
        filter_label.setBuddy(self.filter)
        self.show_retired = QCheckBox(self.tr("Show &retired units"))
        self.show_retired.setChecked(True)
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_retired)
        layout.addLayout(top)

        self.model = UnitsTableModel(service, self)
        self.proxy = UnitsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("units")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)

        self.summary = QLabel()
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        for b in (self.add_button, self.edit_button, self.retire_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        i18n.localize_buttons(close)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.filter.textChanged.connect(self.proxy.set_filter)
        self.show_retired.toggled.connect(self.proxy.set_show_retired)
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button.clicked.connect(self.delete_unit)
        self.view.doubleClicked.connect(self._double_clicked)
        self.model.refused.connect(lambda exc: Messages.user_error(self, exc))
        self.model.changed.connect(self._changed)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.rowsInserted.connect(self._update_summary)
        self.proxy.rowsRemoved.connect(self._update_summary)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.filter.setFocus)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.activated.connect(self.delete_unit)

        self.model.reload()
        self.view.sortByColumn(KIND, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._update_summary()

    # -- selection ------------------------------------------------------------------------------
    def selected(self) -> Unit | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(UNIT_ROLE)

    def select_unit(self, unit_id: int) -> None:
        row = self.model.row_of(unit_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def _double_clicked(self, index: QModelIndex) -> None:
        if not self.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.edit_unit()

    def _update_buttons(self) -> None:
        unit = self.selected()
        for b in (self.edit_button, self.retire_button, self.delete_button):
            b.setEnabled(unit is not None)
        self.retire_button.setText(self.tr("Bring back into &use") if unit and unit.retired
                                   else self.tr("Re&tire"))

    def _update_summary(self) -> None:
        units = [self.model.unit(r) for r in range(self.model.rowCount())]
        hamlets = [u for u in units if u.kind is UnitKind.HAMLET and not u.retired]
        households = sum(u.households or 0 for u in hamlets)
        self.summary.setText(self.tr("%1 units in use, %2 hamlets with %3 households in all.")
                             .replace("%1", str(sum(not u.retired for u in units)))
                             .replace("%2", str(len(hamlets)))
                             .replace("%3", f"{households:,}".replace(",", ".")))

    def _changed(self) -> None:
        self._update_summary()
        self._update_buttons()
        self.changed.emit()

    # -- actions ------------------------------------------------------------------------------
    def add_unit(self) -> None:
        self._save(UnitEditDialog.ask(self, None))

    def edit_unit(self) -> None:
        unit = self.selected()
        if unit is not None:
            self._save(UnitEditDialog.ask(self, unit))

    def _save(self, unit: Unit | None) -> None:
        if unit is None:
            return
        try:
            saved = self.service.save_unit(unit)
        except UserError as exc:
            Messages.user_error(self, exc)
            return
        self.model.put(saved)
        self.select_unit(saved.id or -1)
        self._changed()

    def toggle_retired(self) -> None:
        unit = self.selected()
        if unit is None or unit.id is None:
            return
        self._set_retired(unit, not unit.retired)

    def _set_retired(self, unit: Unit, retired: bool) -> None:
        assert unit.id is not None
        try:
            self.service.set_retired(unit.id, retired)
            self.model.put(self.service.get_unit(unit.id))
        except UserError as exc:
            Messages.user_error(self, exc)
            return
        self.select_unit(unit.id)
        self._changed()

    def delete_unit(self) -> None:
        unit = self.selected()
        if unit is None or unit.id is None:
            return
        if not Messages.ask(self, self.tr("Delete unit"),
                            self.tr("Delete the unit “%1”?").replace("%1", unit.name)):
            return
        try:
            self.service.delete_unit(unit.id)
        except UserError as exc:
            # In use by a plan or a record: offer what the law's paperwork allows — retiring it.
            if not unit.retired and Messages.ask(
                    self, self.tr("Unit in use"),
                    exc.text() + "\n\n" + self.tr("Retire “%1” instead?").replace("%1", unit.name),
                    default_yes=True):
                self._set_retired(unit, True)
            elif unit.retired:
                Messages.user_error(self, exc)
            return
        self.model.drop(unit.id)
        self._changed()

    def household_total(self) -> int:
        return sum((self.model.unit(r).households or 0) for r in range(self.model.rowCount())
                   if self.model.unit(r).kind is UnitKind.HAMLET and not self.model.unit(r).retired)

