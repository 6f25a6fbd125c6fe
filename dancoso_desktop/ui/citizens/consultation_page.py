"""The consultations register (Art. 25–29): search and filters, the lazy register, the form,
publishing the result into the disclosure register, the XLSX export.

Built standalone from a Workspace (tests); ``consultations_tab.create`` wires it to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QVBoxLayout

from dancoso_desktop.domain.consultation import FORMS, ITEM_SHORT_VI, ITEMS, Consultation
from dancoso_desktop.domain.consultation_rules import ConsultationProblem, earliest_close
from dancoso_desktop.domain.errors import UserError, current_language
from dancoso_desktop.fileio import safe_filename
from dancoso_desktop.services.consultation_service import OPEN_NOW, ConsultationFilter, ConsultationService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.citizens.consultation_commands import SavedCommand
from dancoso_desktop.ui.citizens.consultation_form import ConsultationDialog
from dancoso_desktop.ui.citizens.consultation_model import ConsultationModel, consultation_problem_text
from dancoso_desktop.ui.citizens.register_page import RegisterPage, RegisterTexts, RunTask


class ConsultationsPage(RegisterPage):
    svc: ConsultationService
    model: ConsultationModel

    def __init__(self, ws: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None, run_task: RunTask | None = None,
                 today: date | None = None) -> None:
        super().__init__(ws, ConsultationService(ws), undo_stack=undo_stack, show_error=show_error,
                         run_task=run_task, today=today)
        self.year = year

        self.model = ConsultationModel(self.svc, self)
        self.model.today = self.today
        self.view = self._register_view("consultation_register", 3, (
            (0, 40), (1, 140), (2, 250), (3, 84), (4, 84), (5, 60), (6, 70), (7, 120), (8, 120)))

        self.search = self._search_box("consultation_search", self.tr("Search (accents optional)… Ctrl+F"))
        self.all_years = QCheckBox(self.tr("All &years"))
        self.item = QComboBox()
        self.item.addItem(self.tr("All contents"), None)
        for n in ITEMS:
            self.item.addItem(f"{n}. {ITEM_SHORT_VI[n]}", n)
        self.form = QComboBox()
        self.form.addItem(self.tr("All forms"), None)
        for code, (letter, vi, en) in FORMS.items():
            self.form.addItem(f"{letter}) {en if current_language() == 'en' else vi}", code)
        self.problem = QComboBox()
        self.problem.addItem(self.tr("All checks"), None)
        self.problem.addItem(self.tr("Any failed check"), "any")
        for p in ConsultationProblem:
            self.problem.addItem(consultation_problem_text(p), p.value)
        self.problem.addItem(self.tr("Taking opinions today"), OPEN_NOW)
        self._wire_filters((self.item, self.form, self.problem), self.all_years, "consultation_counts")

        actions = self._action_row((
            ("new", self.tr("&New consultation"), self.new_record, "Ctrl+N"),
            ("open", self.tr("&Open"), self.open_selected, "Return"),
            ("delete", self.tr("&Delete"), self.delete_selected, "Delete"),
            ("publish", self.tr("&Publish result…"), self.publish_selected, ""),
            ("xlsx", self.tr("Register to E&xcel"), self.export_xlsx, "")))
        top, filters = self._search_rows(self.all_years, (self.item, self.form, self.problem))
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.reload()

    def _texts(self) -> RegisterTexts:
        return RegisterTexts(
            edit=self.tr("edit consultation"), delete_title=self.tr("Delete"),
            delete_question=self.tr("Delete this consultation? Its disclosure record stays. (Ctrl+Z brings it back)"),
            delete=self.tr("delete consultation"))

    # -- loading ------------------------------------------------------------------------------
    def current_filter(self) -> ConsultationFilter:
        return ConsultationFilter(year=None if self.all_years.isChecked() else self.year,
                                  item=self.item.currentData(), form=self.form.currentData(),
                                  problem=self.problem.currentData(), search=self.search.text())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.today = self.today
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%1 consultations shown").replace("%1", str(self.model.total())))

    def reload(self) -> None:
        self.apply_filter()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    # -- records ------------------------------------------------------------------------------
    def _dialog(self, record: Consultation) -> ConsultationDialog:
        return ConsultationDialog(self.svc, record, self, self.today)

    def new_record(self) -> None:
        start = self.today if self.today.year == self.year else date(self.year, 1, 1)
        dialog = self._dialog(Consultation(item=1, title="", published_on=start, closes_on=earliest_close(start)))
        self._run_form(dialog, None, self.tr("new consultation"))

    def show_record(self, record_id: int) -> None:
        """The window's opener: a record from the due list or a report figure."""
        try:
            year = self.svc.get(record_id).year
        except UserError as exc:
            self.error(exc)
            return
        if year != self.year and not self.all_years.isChecked():
            self.all_years.setChecked(True)
        self.search.clear()
        self._select_and_open(record_id)

    def publish_selected(self) -> None:
        """Publish the selected consultation's result today (it creates the disclosure record)."""
        record_id = self.selected_id()
        if record_id is None:
            return
        try:
            before = self.svc.get(record_id)
            after = self.svc.publish_result(record_id, max(self.today, before.published_on or self.today),
                                            today=self.today)
        except UserError as exc:
            self.error(exc)
            return
        self.undo_stack.push(SavedCommand(self.svc, before, after, self._changed, self.tr("publish result")))
        self._changed()

    # -- outputs ------------------------------------------------------------------------------
    def export_xlsx(self) -> None:
        from dancoso_desktop.services.consultation_export import export_consultations_xlsx

        year, ws, today = self.year, self.ws, self.today
        self._save_as(safe_filename(f"Sổ lấy ý kiến Nhân dân {year}.xlsx"), self.tr("Excel workbook (*.xlsx)"),
                      self.tr("Exporting the consultations…"),
                      lambda target: export_consultations_xlsx(ws, year, target, today=today))
