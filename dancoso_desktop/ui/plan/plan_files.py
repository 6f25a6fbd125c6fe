"""Whole plans from the plan page: a new plan (template or roll forward), JSON import and export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.services import plan_template, plan_transfer
from dancoso_desktop.ui.plan.new_plan_dialog import NewPlanDialog
from dancoso_desktop.ui.widgets.messages import Messages

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from dancoso_desktop.services.commune_service import CommuneService
    from dancoso_desktop.services.plan_service import PlanService
    from dancoso_desktop.ui.plan.commands import PlanEditor


class PlanFilesMixin:
    """File-menu work of PlanPage; the dialogs are classmethods that tests replace."""

    # Provided by PlanPage.
    service: PlanService
    communes: CommuneService
    editor: PlanEditor
    year: int
    data_changed: SignalInstance

    def reload(self) -> None:
        raise NotImplementedError

    def report_error(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    @classmethod
    def ask_open_path(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, Messages.app_title(), "", "JSON (*.json)")
        return Path(name) if name else None

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, Messages.app_title(), suggested, "JSON (*.json)")
        return Path(name) if name else None

    def new_plan(self) -> bool:
        earlier = [p.year for p in self.service.list_plans() if p.year != self.year]
        choice = NewPlanDialog.ask(self._widget(), self.year, earlier)
        if choice is None:
            return False
        year, from_year = choice
        try:
            plan_template.new_plan(self.service, year, self.communes.get_commune(), from_year=from_year)
        except UserError as exc:
            self.report_error(exc)
            return False
        except (OSError, ValueError) as exc:  # the template file missing or damaged
            self.report_error(
                UserError(f"Không tạo được kế hoạch: {exc}", f"Could not create the plan: {exc}")
            )
            return False
        self._after_plan_added(year)
        return True

    def _after_plan_added(self, year: int) -> None:
        if year == self.year:
            self.reload()
        else:
            text = QCoreApplication.translate(
                "PlanPage", "The plan of %1 was created. Choose the year %1 to see it."
            )
            Messages.info(self._widget(), Messages.app_title(), text.replace("%1", str(year)))
        self.data_changed.emit()

    def import_json(self) -> bool:
        path = self.ask_open_path(self._widget())
        if path is None:
            return False
        try:
            plan = plan_transfer.read_plan_json(path)
            plan_transfer.import_plan(self.service, plan)
        except UserError as exc:
            self.report_error(exc)
            return False
        self._after_plan_added(plan.year)
        return True

    def export_json(self) -> Path | None:
        if self.editor.plan_id is None:
            return None
        path = self.ask_save_path(self._widget(), f"ke-hoach-{self.year}.json")
        if path is None:
            return None
        try:
            return plan_transfer.export_plan_json(self.service, self.year, path)
        except UserError as exc:
            self.report_error(exc)
            return None
