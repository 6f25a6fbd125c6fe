"""Tab "Tiếp công dân, đơn thư": the register of complaints, denunciations, petitions and
feedback (Law 10/2022 Art. 35): received, by channel, handled, answered by the date the officer
set (coloured as the disclosure checks are), and the citizen's satisfaction. A register, not
case management."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.supervision import Clock, Petition, PetitionChannel, PetitionKind, Satisfaction
from dancoso_desktop.domain.supervision_rules import check_petition_dates, clock_state
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.petition_service import PetitionFilter, PetitionListRow, PetitionService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.supervision.boards_common import LazyTableModel, OptionalDate, clock_brush
from dancoso_desktop.ui.supervision.register_tab import RegisterTab, clock_text
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit


class PetitionsTab(RegisterTab[Petition]):
    def __init__(self, workspace: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Any = None, today: Any = None) -> None:
        super().__init__(year, undo_stack=undo_stack, show_error=show_error, today=today)
        self.service = PetitionService(workspace.db)
        self.units = CommuneService(workspace.db)
        self._kinds = {PetitionKind.COMPLAINT: self.tr("Complaint"), PetitionKind.DENUNCIATION: self.tr("Denunciation"),
                       PetitionKind.PETITION: self.tr("Petition"), PetitionKind.FEEDBACK: self.tr("Feedback")}
        self._channels = {PetitionChannel.RECEPTION: self.tr("Citizen reception"), PetitionChannel.MAIL: self.tr("Letter"),
                          PetitionChannel.BOX: self.tr("Suggestion box"), PetitionChannel.HOTLINE: self.tr("Hotline"),
                          PetitionChannel.PORTAL: self.tr("Portal, social network"),
                          PetitionChannel.BTTND: self.tr("Through the BTTND"), PetitionChannel.OTHER: self.tr("Other")}
        self._satisfaction = {Satisfaction.UNKNOWN: self.tr("Not asked"), Satisfaction.SATISFIED: self.tr("Satisfied"),
                              Satisfaction.NOT_SATISFIED: self.tr("Not satisfied")}

        self.search.setPlaceholderText(self.tr("Search petitions (with or without tone marks)"))
        self.kind_filter = self._combo(self._kinds, self.tr("All kinds"))
        self.channel_filter = self._combo(self._channels, self.tr("All channels"))
        self.clock_filter = self._clock_filter(self.tr("Every state"))

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
        self._set_up_view(LazyTableModel(cols, self._fetch, self._count, row_id=lambda r: r.petition.id,
                                         brush=lambda r: clock_brush(r.clock),
                                         tooltip=lambda r, c: r.petition.summary if c == 4 else None, parent=self),
                          (85, 80, 110, 130, 260, 140, 85, 85, 80))

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
        self._make_buttons(self.tr("New"), self.tr("Save"), self.tr("Delete"))
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
        self._assemble(filters=(self.kind_filter, self.channel_filter, self.clock_filter), extra_top=(), form=form,
                       tall=(self.summary, self.result), tall_height=120,
                       validate_on=(self.received.dateChanged, self.summary.textChanged,
                                    self.answer_due.check.toggled, self.answer_due.edit.dateChanged,
                                    self.answered_on.check.toggled, self.answered_on.edit.dateChanged))

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

    def reload_choices(self) -> None:
        self.reload_units()

    def filter(self) -> PetitionFilter:
        kind, channel, clock = (c.currentData() for c in (self.kind_filter, self.channel_filter, self.clock_filter))
        return PetitionFilter(self.year, self.search.text(), PetitionKind(kind) if kind else None,
                              PetitionChannel(channel) if channel else None, Clock(clock) if clock else None)

    def _fetch(self, offset: int, limit: int) -> list[PetitionListRow]:
        return self.service.rows(self.filter(), offset=offset, limit=limit, today=self._today())

    def _count(self) -> int:
        return self.service.count(self.filter(), self._today())

    def _count_text(self) -> str:
        return self.tr("%1 shown").replace("%1", str(self.model.total()))

    def _record_of_row(self, row: PetitionListRow) -> Petition:
        return row.petition

    def _show(self, p: Petition) -> None:
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

    def _blank(self) -> None:
        received = self._default_date()
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

    def value(self) -> Petition:
        return Petition(self.received.value(), PetitionKind(self.kind.currentData()),
                        PetitionChannel(self.channel.currentData()),
                        self.summary.toPlainText(), self.citizen.text(), self.hamlet.currentData(),
                        self.unit.currentData(), self.answer_due.value(), self.answered_on.value(),
                        self.result.toPlainText(), Satisfaction(self.satisfaction.currentData()),
                        self.current.id if self.current else None)

    def _problem(self) -> str:
        p = self.value()
        state = clock_state(p.answer_due, p.answered_on, self._today())
        self.info.setText(self.tr("Answer by %1: %2").replace("%1", format_date(p.answer_due))
                          .replace("%2", clock_text(self, state)) if p.answer_due else self.tr("No answer date set."))
        if not p.summary.strip():
            return self.tr("Write what the citizen asks.")
        try:
            check_petition_dates(p.received_on, p.answer_due, p.answered_on)
        except UserError as exc:
            return exc.text()
        return ""

    def _get(self, petition_id: int) -> Petition:
        return self.service.get(petition_id)

    def _store(self, p: Petition) -> Petition:
        return self.service.save(p)

    def _remove(self, petition_id: int) -> None:
        self.service.delete(petition_id)

    def _undo_texts(self) -> tuple[str, str]:
        return self.tr("Save petition"), self.tr("Delete petition")


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
