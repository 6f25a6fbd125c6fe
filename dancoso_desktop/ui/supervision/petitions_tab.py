"""Tab "Tiếp công dân, đơn thư": the register of complaints, denunciations, petitions and
feedback (Law 10/2022 Art. 35): received, by channel, handled, answered by the date the officer
set (coloured as the disclosure checks are), and the citizen's satisfaction. A register, not
case management."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.supervision import Clock, Petition, PetitionChannel, PetitionKind, Satisfaction
from dancoso_desktop.domain.supervision_rules import check_petition_dates, clock_state
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.petition_service import PetitionFilter, PetitionListRow, PetitionService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.supervision.boards_common import (
    LazyTableModel,
    OptionalDate,
    SnapshotCommand,
    clock_brush,
)
from dancoso_desktop.ui.supervision.recommendations_tab import clock_text
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit
from dancoso_desktop.ui.widgets.messages import Messages


class PetitionsTab(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Any = None, today: Any = None) -> None:
        super().__init__()
        self.service = PetitionService(workspace.db)
        self.units = CommuneService(workspace.db)
        self.year = year
        self.undo_stack = undo_stack or QUndoStack(self)
        self._show_error = show_error
        self._today = today or date.today
        self.current: Petition | None = None
        self.saved: Petition | None = None
        self._kinds = {PetitionKind.COMPLAINT: self.tr("Complaint"), PetitionKind.DENUNCIATION: self.tr("Denunciation"),
                       PetitionKind.PETITION: self.tr("Petition"), PetitionKind.FEEDBACK: self.tr("Feedback")}
        self._channels = {PetitionChannel.RECEPTION: self.tr("Citizen reception"), PetitionChannel.MAIL: self.tr("Letter"),
                          PetitionChannel.BOX: self.tr("Suggestion box"), PetitionChannel.HOTLINE: self.tr("Hotline"),
                          PetitionChannel.PORTAL: self.tr("Portal, social network"),
                          PetitionChannel.BTTND: self.tr("Through the BTTND"), PetitionChannel.OTHER: self.tr("Other")}
        self._satisfaction = {Satisfaction.UNKNOWN: self.tr("Not asked"), Satisfaction.SATISFIED: self.tr("Satisfied"),
                              Satisfaction.NOT_SATISFIED: self.tr("Not satisfied")}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search petitions (with or without tone marks)"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = self._combo(self._kinds, self.tr("All kinds"))
        self.channel_filter = self._combo(self._channels, self.tr("All channels"))
        self.clock_filter = QComboBox()
        self.clock_filter.addItem(self.tr("Every state"), None)
        for c in (Clock.OVERDUE, Clock.OPEN, Clock.LATE, Clock.ON_TIME):
            self.clock_filter.addItem(clock_text(self, c), c)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for w in (self.kind_filter, self.channel_filter, self.clock_filter, self.count_label):
            top.addWidget(w)

        cols = [(self.tr("Received"), lambda r: format_date(r.petition.received_on)),
                (self.tr("Kind"), lambda r: self._kinds[r.petition.kind]),
                (self.tr("Channel"), lambda r: self._channels[r.petition.channel]),
                (self.tr("Citizen"), lambda r: r.petition.citizen),
                (self.tr("Summary"), lambda r: r.petition.summary.split("\n")[0][:200]),
                (self.tr("Handled by"), lambda r: r.unit),
                (self.tr("Answer due"), lambda r: format_date(r.petition.answer_due)),
                (self.tr("Answered"), lambda r: format_date(r.petition.answered_on)),
                (self.tr("State"), lambda r: clock_text(self, r.clock)),
                (self.tr("Satisfaction"), lambda r: self._satisfaction[r.petition.satisfaction])]
        self.model = LazyTableModel(cols, self._fetch, self._count, row_id=lambda r: r.petition.id,
                                    brush=lambda r: clock_brush(r.clock),
                                    tooltip=lambda r, c: r.petition.summary if c == 4 else None, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        for col, width in enumerate((85, 80, 110, 130, 260, 140, 85, 85, 80)):
            self.view.setColumnWidth(col, width)

        self.received = VietDateEdit()
        self.kind = self._combo(self._kinds)
        self.channel = self._combo(self._channels)
        self.citizen = QLineEdit()
        self.hamlet = QComboBox()
        self.unit = QComboBox()
        self.summary = QPlainTextEdit()
        self.answer_due = OptionalDate(self.tr("Set"))
        self.answered_on = OptionalDate(self.tr("Answered"))
        self.result = QPlainTextEdit()
        self.satisfaction = self._combo(self._satisfaction)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37")
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        form = QFormLayout()
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Citizen"), self.citizen)
        form.addRow(self.tr("Hamlet"), self.hamlet)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Handled by"), self.unit)
        form.addRow(self.tr("Answer due"), self.answer_due)
        form.addRow(self.tr("Answer"), self.answered_on)
        form.addRow(self.tr("Result"), self.result)
        form.addRow(self.tr("Satisfaction"), self.satisfaction)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.addLayout(form)
        side.addWidget(self.info)
        side.addWidget(self.error)
        side.addLayout(buttons)
        side.addStretch(1)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 460])
        for edit in (self.summary, self.result):
            edit.setMaximumHeight(120)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        for combo in (self.kind_filter, self.channel_filter, self.clock_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self.reload)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        for sig in (self.received.dateChanged, self.summary.textChanged, self.answer_due.check.toggled,
                    self.answer_due.edit.dateChanged, self.answered_on.check.toggled,
                    self.answered_on.edit.dateChanged):
            sig.connect(self._validate)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete)
        self.reload_units()
        self.reload()
        self.new()

    def _combo(self, labels: dict, first: str | None = None) -> QComboBox:  # type: ignore[type-arg]
        combo = QComboBox()
        if first is not None:
            combo.addItem(first, None)
        for key, text in labels.items():
            combo.addItem(text, key)
        return combo

    def reload_units(self) -> None:
        for combo, kinds in ((self.hamlet, (UnitKind.HAMLET,)),
                             (self.unit, tuple(k for k in UnitKind if k is not UnitKind.HAMLET))):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for u in self.units.list_units():
                if u.kind in kinds:
                    combo.addItem(u.name, u.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def filter(self) -> PetitionFilter:
        kind, channel, clock = (c.currentData() for c in (self.kind_filter, self.channel_filter, self.clock_filter))
        return PetitionFilter(self.year, self.search.text(), PetitionKind(kind) if kind else None,
                              PetitionChannel(channel) if channel else None, Clock(clock) if clock else None)

    def _fetch(self, offset: int, limit: int) -> list[PetitionListRow]:
        return self.service.rows(self.filter(), offset=offset, limit=limit, today=self._today())

    def _count(self) -> int:
        return self.service.count(self.filter(), self._today())

    def reload(self) -> None:
        keep = self.current.id if self.current else None
        self.model.reload()
        self.count_label.setText(self.tr("%1 shown").replace("%1", str(self.model.total())))
        if keep is not None:
            self._select_row(self.model.row_of_id(keep))

    def reload_all(self) -> None:
        self.reload_units()
        self.reload()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def _select_row(self, row: int) -> None:
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _on_row(self, current: Any, _previous: Any = None) -> None:
        r = self.model.row_at(current.row()) if current.isValid() else None
        if r is not None:
            self.load(r.petition)

    def load(self, p: Petition) -> None:
        self.current = p
        self.received.set_value(p.received_on)
        self.kind.setCurrentIndex(self.kind.findData(p.kind))
        self.channel.setCurrentIndex(self.channel.findData(p.channel))
        self.citizen.setText(p.citizen)
        self.hamlet.setCurrentIndex(max(0, self.hamlet.findData(p.hamlet_id)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(p.unit_id)))
        self.summary.setPlainText(p.summary)
        self.answer_due.set_value(p.answer_due)
        self.answered_on.set_value(p.answered_on)
        self.result.setPlainText(p.result)
        self.satisfaction.setCurrentIndex(self.satisfaction.findData(p.satisfaction))
        self.delete_button.setEnabled(True)
        self._validate()

    def new(self) -> None:
        self.current = None
        self.view.clearSelection()
        today = self._today()
        received = today if today.year == self.year else date(self.year, 1, 1)
        self.received.set_value(received)
        self.kind.setCurrentIndex(0)
        self.channel.setCurrentIndex(0)
        self.citizen.clear()
        self.hamlet.setCurrentIndex(0)
        self.unit.setCurrentIndex(0)
        self.summary.clear()
        self.answer_due.set_value(None)
        self.answer_due.edit.set_value(received + timedelta(days=10))
        self.answered_on.set_value(None)
        self.result.clear()
        self.satisfaction.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self._validate()

    def value(self) -> Petition:
        return Petition(self.received.value(), PetitionKind(self.kind.currentData()),
                        PetitionChannel(self.channel.currentData()),
                        self.summary.toPlainText(), self.citizen.text(), self.hamlet.currentData(),
                        self.unit.currentData(), self.answer_due.value(), self.answered_on.value(),
                        self.result.toPlainText(), Satisfaction(self.satisfaction.currentData()),
                        self.current.id if self.current else None)

    def _validate(self) -> bool:
        p = self.value()
        state = clock_state(p.answer_due, p.answered_on, self._today())
        self.info.setText(self.tr("Answer by %1: %2").replace("%1", format_date(p.answer_due))
                          .replace("%2", clock_text(self, state)) if p.answer_due else self.tr("No answer date set."))
        problem = ""
        if not p.summary.strip():
            problem = self.tr("Write what the citizen asks.")
        else:
            try:
                check_petition_dates(p.received_on, p.answer_due, p.answered_on)
            except UserError as exc:
                problem = exc.text()
        self.error.setText(problem)
        self.save_button.setEnabled(not problem)
        return not problem

    def save(self) -> None:
        if not self._validate():
            return
        before = self.current
        try:
            saved = self.service.save(self.value())
        except UserError as exc:
            self.error.setText(exc.text())
            return
        self.saved = self.current = saved
        self.undo_stack.push(self._command(self.tr("Save petition"), before, saved))
        self._changed()
        self._select_row(self.model.row_of_id(saved.id or 0))

    def delete(self) -> None:
        if self.current is None or self.current.id is None:
            return
        before = self.current
        self.service.delete(before.id or 0)
        self.undo_stack.push(self._command(self.tr("Delete petition"), before, None))
        self.new()
        self._changed()

    def _command(self, text: str, before: Any, after: Any) -> SnapshotCommand:
        return SnapshotCommand(text, before, after, save=self.service.save, delete=self.service.delete,
                               on_change=self._changed, on_error=lambda e: Messages.report(self, e, self._show_error))

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def select(self, petition_id: int) -> None:
        p = self.service.get(petition_id)
        self.search.clear()
        for combo in (self.kind_filter, self.channel_filter, self.clock_filter):
            combo.setCurrentIndex(0)
        if p.received_on.year != self.year:
            self.set_year(p.received_on.year)
        self._select_row(self.model.row_of_id(petition_id))
        self.load(p)


def title(window: Any) -> str:
    return QCoreApplication.translate("SupervisionTabs", "Petitions")


def create(window: Any) -> PetitionsTab:
    from dancoso_desktop.ui.pages.linking import relay_changes

    tab = PetitionsTab(window.workspace, window.year(), undo_stack=window.undo_stack, show_error=window.show_error)
    window.year_changed.connect(tab.set_year)
    relay_changes(window, tab, tab.reload_all)

    def open_record(petition_id: int) -> None:
        window.show_page("supervision").show_tab("petitions")
        p = tab.service.get(petition_id)
        if window.year() != p.received_on.year:
            window.set_year(p.received_on.year)
        tab.select(petition_id)

    window.register_opener("petition", open_record)
    return tab
