"""The form's table of channels used: channel, place, start, end (or permanent).

When a start or channel changes and the officer has not typed an end of their own, the end is
set to the legal minimum for that content (30 days posted, 3 days on the radio, items 4 and 13
permanent — Art. 13.2, 13.3), so the form "computes the legal end dates".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QWidget,
)

from dancoso_desktop.domain.disclosure import Catalogue, ChannelUse
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit

COL_CHANNEL, COL_PLACE, COL_START, COL_END, COL_PERMANENT = range(5)


class ChannelTable(QTableWidget):
    changed = Signal()

    def __init__(self, catalogue: Catalogue, item_of: Callable[[], int], hamlets: list[str],
                 parent: QWidget | None = None, scope_of: Callable[[], str] | None = None) -> None:
        super().__init__(0, 5, parent)
        self.catalogue = catalogue
        self.item_of = item_of
        self.scope_of = scope_of or (lambda: "public")   # internal disclosure: 20 days (Art. 48)
        self.hamlets = hamlets
        self._auto_end: list[bool] = []
        self.setHorizontalHeaderLabels([self.tr("Channel (Art. 12.1)"), self.tr("Place"), self.tr("From"),
                                        self.tr("Until"), self.tr("Permanent")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_CHANNEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_START, COL_END, COL_PERMANENT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)

    def _places(self, code: str) -> list[str]:
        out: list[str] = []
        for place in self.catalogue.channel(code).places:
            if "{hamlet}" in place:
                out.extend(place.replace("{hamlet}", h) for h in self.hamlets)
            else:
                out.append(place)
        return out

    def add_use(self, use: ChannelUse | None = None, *, auto_end: bool = False) -> int:
        """Add a row; ``auto_end`` rows follow the legal minimum until the officer types an end."""
        use = use or ChannelUse("posting", "", date.today(), None)
        row = self.rowCount()
        self.insertRow(row)
        self._auto_end.append(auto_end)
        channel = QComboBox()
        for kind in self.catalogue.channels:
            channel.addItem(f"{kind.letter}) {kind.name}", kind.code)
        channel.setCurrentIndex(max(0, channel.findData(use.channel)))
        place = QComboBox()
        place.setEditable(True)
        place.addItems(self._places(use.channel))
        place.setEditText(use.place)
        line = place.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("where it was disclosed"))
        start = VietDateEdit(use.start or date.today())
        end = VietDateEdit(use.end or use.start or date.today())
        permanent = QCheckBox()
        permanent.setChecked(use.end is None and use.start is not None)
        end.setEnabled(not permanent.isChecked())
        self.setCellWidget(row, COL_CHANNEL, channel)
        self.setCellWidget(row, COL_PLACE, place)
        self.setCellWidget(row, COL_START, start)
        self.setCellWidget(row, COL_END, end)
        self.setCellWidget(row, COL_PERMANENT, permanent)
        channel.currentIndexChanged.connect(lambda *_: self._channel_changed(channel))
        place.editTextChanged.connect(lambda *_: self.changed.emit())
        start.dateChanged.connect(lambda *_: self._start_changed(start))
        end.dateChanged.connect(lambda *_: self._end_edited(end))
        permanent.toggled.connect(lambda *_: self._permanent_toggled(permanent))
        if self._auto_end[row]:
            self.apply_legal_end(row)
        self.changed.emit()
        return row

    def _row_of(self, widget: QWidget, col: int) -> int:
        for row in range(self.rowCount()):
            if self.cellWidget(row, col) is widget:
                return row
        return -1

    def _channel_changed(self, combo: QComboBox) -> None:
        row = self._row_of(combo, COL_CHANNEL)
        place: QComboBox = self.cellWidget(row, COL_PLACE)  # type: ignore[assignment]
        text = place.currentText()
        place.clear()
        place.addItems(self._places(combo.currentData()))
        place.setEditText(text)
        self.apply_legal_end(row)
        self.changed.emit()

    def _start_changed(self, edit: VietDateEdit) -> None:
        self.apply_legal_end(self._row_of(edit, COL_START))
        self.changed.emit()

    def _end_edited(self, edit: VietDateEdit) -> None:
        row = self._row_of(edit, COL_END)
        if row >= 0 and edit.hasFocus():
            self._auto_end[row] = False   # the officer's own end is kept from now on
        self.changed.emit()

    def _permanent_toggled(self, box: QCheckBox) -> None:
        row = self._row_of(box, COL_PERMANENT)
        self.cellWidget(row, COL_END).setEnabled(not box.isChecked())
        self.changed.emit()

    def apply_legal_end(self, row: int | None = None) -> None:
        """Set the end of auto rows (or of ``row``) to the legal minimum for the content."""
        from dancoso_desktop.domain.disclosure_rules import legal_end

        rows = range(self.rowCount()) if row is None else [row]
        for r in rows:
            if r < 0 or r >= len(self._auto_end) or not self._auto_end[r]:
                continue
            code = self.cellWidget(r, COL_CHANNEL).currentData()  # type: ignore[attr-defined]
            start: VietDateEdit = self.cellWidget(r, COL_START)  # type: ignore[assignment]
            end_edit: VietDateEdit = self.cellWidget(r, COL_END)  # type: ignore[assignment]
            box: QCheckBox = self.cellWidget(r, COL_PERMANENT)  # type: ignore[assignment]
            end = legal_end(self.catalogue, self.item_of(), code, start.value(), self.scope_of())
            box.blockSignals(True)
            box.setChecked(end is None)
            box.blockSignals(False)
            end_edit.setEnabled(end is not None)
            if end is not None:
                end_edit.blockSignals(True)
                end_edit.set_value(end)
                end_edit.blockSignals(False)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.selectedIndexes()}, reverse=True)
        if not rows and self.currentRow() >= 0:
            rows = [self.currentRow()]
        for row in rows:
            self.removeRow(row)
            del self._auto_end[row]
        self.changed.emit()

    def uses(self) -> list[ChannelUse]:
        out = []
        for r in range(self.rowCount()):
            channel = self.cellWidget(r, COL_CHANNEL).currentData()  # type: ignore[attr-defined]
            place = self.cellWidget(r, COL_PLACE).currentText()  # type: ignore[attr-defined]
            start = self.cellWidget(r, COL_START).value()  # type: ignore[attr-defined]
            permanent = self.cellWidget(r, COL_PERMANENT).isChecked()  # type: ignore[attr-defined]
            end = None if permanent else self.cellWidget(r, COL_END).value()  # type: ignore[attr-defined]
            out.append(ChannelUse(channel, place, start, end))
        return out
