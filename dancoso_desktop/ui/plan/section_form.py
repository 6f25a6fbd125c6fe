"""The detail form of one plan section, beside the tree.

Each field is validated as it is typed (the Vietnamese message sits beside the field) and
committed when it is finished (editingFinished, focus out, a choice in a list): the form then
asks the page for an undoable edit through ``edit_requested``. Invalid input is never sent.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.commune import Unit
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.numbering import NumberStyle
from dancoso_desktop.domain.plan import PlanSection, Status, TimeFrame, TimeFrameKind
from dancoso_desktop.domain.text import clean_line, clean_text
from dancoso_desktop.services.plan_service import SectionFields

ERROR_STYLE = "color: #b41414;"
TF_KINDS = [
    TimeFrameKind.NONE,
    TimeFrameKind.WHOLE_YEAR,
    TimeFrameKind.BY_DATE,
    TimeFrameKind.QUARTER,
    TimeFrameKind.RANGE,
]
CHILD_STYLES: list[NumberStyle | None] = [
    None,
    NumberStyle.ROMAN,
    NumberStyle.ARABIC,
    NumberStyle.DECIMAL,
    NumberStyle.LETTER,
    NumberStyle.DASH,
]


def _qdate(d: date | None, fallback: date) -> QDate:
    d = d or fallback
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class _FocusOut(QObject):
    """Calls ``fn`` when the watched widget loses focus (QPlainTextEdit has no editingFinished)."""

    def __init__(self, widget: QWidget, fn: Any) -> None:
        super().__init__(widget)
        self.fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.fn()
        return False


class SectionForm(QWidget):
    # (section id, SectionFields with the new values, names of the changed fields)
    edit_requested = Signal(int, object, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section: PlanSection | None = None
        self.year = date.today().year
        self._loading = False
        self._shown: tuple[object, ...] = ()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number_label = QLabel()
        self.number_label.setObjectName("sectionNumber")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_error = self._error_label()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("body")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(90)
        self.body_edit.setMaximumHeight(220)
        self.lead_combo = QComboBox()
        self.lead_combo.setObjectName("leadUnit")
        # Long unit names must not widen the form past the splitter: elide instead.
        self.lead_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lead_combo.setMinimumContentsLength(16)
        self.coord_list = QListWidget()
        self.coord_list.setObjectName("coordinatingUnits")
        self.coord_list.setMaximumHeight(110)
        self.coord_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.coord_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.coord_list.setMinimumWidth(120)
        self.tf_kind = QComboBox()
        self.tf_kind.setObjectName("timeframeKind")
        for text in (
            self.tr("None"),
            self.tr("Throughout the year"),
            self.tr("By a date"),
            self.tr("Within a quarter"),
            self.tr("Date range"),
        ):
            self.tf_kind.addItem(text)
        self.tf_start = self._date_edit("timeframeStart")
        self.tf_end = self._date_edit("timeframeEnd")
        self.tf_quarter = QComboBox()
        self.tf_quarter.setObjectName("timeframeQuarter")
        for q in ("I", "II", "III", "IV"):
            self.tf_quarter.addItem(self.tr("Quarter %1").replace("%1", q))
        self.tf_start_label = QLabel(self.tr("from"))
        self.tf_end_label = QLabel(self.tr("to"))
        self.tf_error = self._error_label()
        # The kind on one line, its dates or quarter on the next: the form stays narrow.
        self.tf_details = QWidget()  # hidden when the kind needs no date or quarter
        tf_row = QHBoxLayout(self.tf_details)
        tf_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.tf_quarter, self.tf_start_label, self.tf_start, self.tf_end_label, self.tf_end):
            tf_row.addWidget(w)
        tf_row.addStretch(1)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status")
        for text in (self.tr("Not started"), self.tr("In progress"), self.tr("Done")):
            self.status_combo.addItem(text)
        self.late_label = self._error_label()
        self.progress_spin = QSpinBox()
        self.progress_spin.setObjectName("progress")
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSuffix(" %")
        self.rolled_label = QLabel()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.child_style_combo = QComboBox()
        self.child_style_combo.setObjectName("childStyle")
        for text in (
            self.tr("Automatic"),
            "I, II, III",
            "1, 2, 3",
            "1.1, 1.2",
            "a, b, c, d, đ",
            self.tr("- (dash)"),
        ):
            self.child_style_combo.addItem(text)

        form.addRow(self.tr("Number:"), self.number_label)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.tr("Te&xt:"), self.body_edit)
        form.addRow(self.tr("&Lead unit:"), self.lead_combo)
        form.addRow(self.tr("Coordinating units:"), self.coord_list)
        tf_label = QLabel(self.tr("Time &frame:"))
        tf_label.setBuddy(self.tf_kind)
        form.addRow(tf_label, self.tf_kind)
        form.addRow("", self.tf_details)
        form.addRow("", self.tf_error)
        # Status and progress on rows of their own: side by side they made the form wider than
        # the splitter gives it in a 1280-pixel window, and the right edge was cut off.
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)
        form.addRow(status_label, self.status_combo)
        form.addRow("", self.late_label)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_spin)
        progress_row.addWidget(self.rolled_label)
        progress_row.addStretch(1)
        progress_label = QLabel(self.tr("Progress:"))
        progress_label.setBuddy(self.progress_spin)
        form.addRow(progress_label, progress_row)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        form.addRow(self.tr("Numbering of children:"), self.child_style_combo)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        self.empty_hint = QLabel(self.tr("Select a section in the tree to see and edit it."))
        self.empty_hint.setWordWrap(True)
        outer.addWidget(self.empty_hint)

        self.title_edit.textEdited.connect(self._check_title)
        self.title_edit.editingFinished.connect(self._commit_title)
        _FocusOut(self.body_edit, self._commit_body)
        _FocusOut(self.notes_edit, self._commit_notes)
        self.lead_combo.activated.connect(self._commit_lead)
        self.coord_list.itemChanged.connect(self._commit_coordinating)
        self.tf_kind.activated.connect(self._on_kind)
        self.tf_quarter.activated.connect(self._commit_timeframe)
        for edit in (self.tf_start, self.tf_end):
            edit.dateChanged.connect(self._check_timeframe)
            edit.editingFinished.connect(self._commit_timeframe)
        self.status_combo.activated.connect(self._commit_status)
        self.progress_spin.editingFinished.connect(self._commit_progress)
        self.child_style_combo.activated.connect(self._commit_child_style)
        self.show_section(None, [])

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        return edit

    # -- showing a section ----------------------------------------------------------------------
    def invalidate(self) -> None:
        """Show every field again at the next show_section (after a refused edit)."""
        self._shown = ()

    @staticmethod
    def _state(section: PlanSection | None, units: list[Unit]) -> tuple[object, ...]:
        if section is None:
            return (None,)
        return (
            section.id,
            section.title,
            section.text,
            section.notes,
            section.lead_unit_id,
            tuple(section.coordinating_unit_ids),
            section.timeframe,
            section.status,
            section.progress,
            section.child_style,
            bool(section.children),
            tuple((u.id, u.name) for u in units),
        )

    def show_section(
        self,
        section: PlanSection | None,
        units: list[Unit],
        year: int | None = None,
        rolled: int | None = None,
        late: bool = False,
    ) -> None:
        state = self._state(section, units)
        if state == self._shown and section is not None and self.isEnabled():
            # Same content (e.g. after a move): only the computed labels can differ. Leaving
            # the fields alone keeps the cursor where the officer is typing.
            self._show_computed(section, rolled, late)
            return
        self._shown = state
        self._loading = True
        try:
            self.section = section
            self.year = year or self.year
            enabled = section is not None
            for w in self.findChildren(QWidget):
                if w is not self.empty_hint:
                    w.setEnabled(enabled)
            self.empty_hint.setVisible(not enabled)
            sec = section or PlanSection(title="")
            self.number_label.setText(sec.number)
            self.title_edit.setText(sec.title)
            self.body_edit.setPlainText(sec.text)
            self.notes_edit.setPlainText(sec.notes)
            self._fill_units(units, sec)
            tf = sec.timeframe
            self.tf_kind.setCurrentIndex(TF_KINDS.index(tf.kind))
            default = date(self.year, 12, 31) if 1990 <= self.year <= 2100 else date.today()
            self.tf_start.setDate(_qdate(tf.start, date(default.year, 1, 1)))
            self.tf_end.setDate(_qdate(tf.end, default))
            self.tf_quarter.setCurrentIndex((tf.quarter or 1) - 1)
            self._show_tf_widgets(tf.kind)
            self.status_combo.setCurrentIndex(list(Status).index(sec.status))
            self.progress_spin.setValue(sec.progress)
            self._show_computed(sec, rolled, late)
            self.child_style_combo.setCurrentIndex(CHILD_STYLES.index(sec.child_style))
            for label in (self.title_error, self.tf_error):
                label.hide()
        finally:
            self._loading = False

    def _show_computed(self, sec: PlanSection, rolled: int | None, late: bool) -> None:
        if self.number_label.text() != sec.number:
            self.number_label.setText(sec.number)
        rolled_text = (
            self.tr("(rolled up: %1%)").replace("%1", str(rolled))
            if rolled is not None and sec.children
            else ""
        )
        if self.rolled_label.text() != rolled_text:
            self.rolled_label.setText(rolled_text)
        late_text = self.tr("Late: the time frame has passed and it is not done.") if late else ""
        if self.late_label.text() != late_text:
            self.late_label.setText(late_text)
        self.late_label.setVisible(late)

    def _fill_units(self, units: list[Unit], sec: PlanSection) -> None:
        self.lead_combo.clear()
        self.lead_combo.addItem(self.tr("(none)"), None)
        known = {u.id for u in units}
        for u in units:
            self.lead_combo.addItem(u.name, u.id)
        if sec.lead_unit_id and sec.lead_unit_id not in known:
            self.lead_combo.addItem(sec.lead_unit or "?", sec.lead_unit_id)
        self.lead_combo.setCurrentIndex(
            max(0, self.lead_combo.findData(sec.lead_unit_id)) if sec.lead_unit_id else 0
        )
        self.coord_list.clear()
        chosen = set(sec.coordinating_unit_ids)
        for u in units:
            item = QListWidgetItem(u.name)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u.id in chosen else Qt.CheckState.Unchecked)
            self.coord_list.addItem(item)

    def _show_tf_widgets(self, kind: TimeFrameKind) -> None:
        self.tf_details.setVisible(kind not in (TimeFrameKind.NONE, TimeFrameKind.WHOLE_YEAR))
        self.tf_quarter.setVisible(kind is TimeFrameKind.QUARTER)
        self.tf_start.setVisible(kind is TimeFrameKind.RANGE)
        self.tf_start_label.setVisible(kind is TimeFrameKind.RANGE)
        self.tf_end.setVisible(kind in (TimeFrameKind.RANGE, TimeFrameKind.BY_DATE))
        self.tf_end_label.setVisible(kind in (TimeFrameKind.RANGE, TimeFrameKind.BY_DATE))
        self.tf_end_label.setText(self.tr("to") if kind is TimeFrameKind.RANGE else self.tr("before"))

    # -- validation as you type -----------------------------------------------------------------
    def _check_title(self) -> bool:
        ok = bool(clean_line(self.title_edit.text()))
        self.title_error.setText("" if ok else self.tr("The title must not be empty; it was not saved."))
        self.title_error.setVisible(not ok)
        return ok

    def current_timeframe(self) -> TimeFrame:
        kind = TF_KINDS[self.tf_kind.currentIndex()]
        if kind is TimeFrameKind.QUARTER:
            return TimeFrame(kind, quarter=self.tf_quarter.currentIndex() + 1)
        if kind is TimeFrameKind.BY_DATE:
            return TimeFrame(kind, end=_pydate(self.tf_end.date()))
        if kind is TimeFrameKind.RANGE:
            return TimeFrame(kind, _pydate(self.tf_start.date()), _pydate(self.tf_end.date()))
        return TimeFrame(kind)

    def _check_timeframe(self) -> bool:
        try:
            self.current_timeframe().validate()
        except UserError:
            self.tf_error.setText(
                self.tr("The end date is before the start date; the time frame was not saved.")
            )
            self.tf_error.show()
            return False
        self.tf_error.hide()
        return True

    # -- commits --------------------------------------------------------------------------------
    def _emit(self, f: SectionFields, names: list[str]) -> None:
        if self._loading or self.section is None or self.section.id is None:
            return
        self.edit_requested.emit(int(self.section.id), f, names)

    def _commit_title(self) -> None:
        if self._loading or self.section is None or not self._check_title():
            return
        if clean_line(self.title_edit.text()) != self.section.title:
            self._emit(SectionFields(title=self.title_edit.text()), ["title"])

    def _commit_body(self) -> None:
        if self.section is not None and clean_text(self.body_edit.toPlainText()) != self.section.text:
            self._emit(SectionFields(text=self.body_edit.toPlainText()), ["text"])

    def _commit_notes(self) -> None:
        if self.section is not None and clean_text(self.notes_edit.toPlainText()) != self.section.notes:
            self._emit(SectionFields(notes=self.notes_edit.toPlainText()), ["notes"])

    def _commit_lead(self) -> None:
        uid = self.lead_combo.currentData()
        if self.section is not None and uid != self.section.lead_unit_id:
            self._emit(SectionFields(lead_unit_id=uid), ["lead_unit_id"])

    def _commit_coordinating(self) -> None:
        if self._loading or self.section is None:
            return
        ids = [
            int(self.coord_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.coord_list.count())
            if self.coord_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        if ids != list(self.section.coordinating_unit_ids):
            self._emit(SectionFields(coordinating_unit_ids=ids), ["coordinating_unit_ids"])

    def _on_kind(self) -> None:
        kind = TF_KINDS[self.tf_kind.currentIndex()]
        self._show_tf_widgets(kind)
        self._commit_timeframe()

    def _commit_timeframe(self) -> None:
        if self._loading or self.section is None or not self._check_timeframe():
            return
        tf = self.current_timeframe()
        if tf != self.section.timeframe:
            self._emit(SectionFields(timeframe=tf), ["timeframe"])

    def _commit_status(self) -> None:
        status = list(Status)[self.status_combo.currentIndex()]
        if self.section is not None and status is not self.section.status:
            self._emit(SectionFields(status=status), ["status"])

    def _commit_progress(self) -> None:
        if self.section is not None and self.progress_spin.value() != self.section.progress:
            self._emit(SectionFields(progress=self.progress_spin.value()), ["progress"])

    def _commit_child_style(self) -> None:
        style = CHILD_STYLES[self.child_style_combo.currentIndex()]
        if self.section is not None and style != self.section.child_style:
            self._emit(SectionFields(child_style=style), ["child_style"])

    def commit_pending(self) -> None:
        """Save what is typed but not yet finished (before a structural action or a new selection)."""
        if self.section is None or self._loading:
            return
        self._commit_title()
        self._commit_body()
        self._commit_notes()
        self._commit_progress()
        self._commit_timeframe()
