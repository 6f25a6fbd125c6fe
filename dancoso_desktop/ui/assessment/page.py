"""The self-assessment page: the criteria tree with scores (validated as typed, undoable), the
total and class live, bonus, penalty and conditions, evidence links, import and export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.assessment import Assessment, format_points
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.services.assessment_service import AssessmentService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.assessment.model import (
    COL_CODE,
    COL_EVIDENCE,
    COL_MAX,
    COL_SCORE,
    COL_TEXT,
    CriteriaModel,
    ScoreValidator,
)
from dancoso_desktop.ui.i18n import language
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit

Runner = Callable[[str, Callable[[], Any], Callable[[Any], None]], Any]
AnyIndex = QModelIndex | QPersistentModelIndex


class ChangeCommand(QUndoCommand):
    """One change through the service: ``apply(after)`` was done already; undo applies ``before``."""

    def __init__(self, text: str, apply: Callable[[Any], None], before: Any, after: Any,
                 on_error: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self.apply, self.before, self.after, self.on_error = apply, before, after, on_error
        self._done = True

    def _do(self, value: Any) -> None:
        try:
            self.apply(value)
        except UserError as exc:
            self.on_error(exc)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._do(self.after)

    def undo(self) -> None:
        self._do(self.before)


class ScoreDelegate(QStyledItemDelegate):
    def __init__(self, model: CriteriaModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        node = self.model.node(index)
        if node is not None:
            editor.setValidator(ScoreValidator(node.criterion.max_points, editor))
            editor.setPlaceholderText(f"0–{format_points(node.criterion.max_points)}")
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class LinkDialog(QDialog):
    """Pick a record of the year to give as evidence."""

    def __init__(self, service: AssessmentService, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.year = service, year
        self.setWindowTitle(self.tr("Link evidence"))
        self.resize(640, 460)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Disclosure"), "disclosure")
        self.kind.addItem(self.tr("Inspection minutes"), "inspection")
        self.kind.addItem(self.tr("Plan content"), "plan_section")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (without tone marks is fine)"))
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Search:"), self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda *_: self.fill())
        self.search.textChanged.connect(lambda *_: self.fill())
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for rid, label in self.service.candidates(self.kind.currentData(), self.year, self.search.text()):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> tuple[str, int] | None:
        item = self.list.currentItem()
        return (self.kind.currentData(), int(item.data(Qt.ItemDataRole.UserRole))) if item else None


class AssessmentPage(QWidget):
    data_changed = Signal()

    def __init__(self, ws: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Callable[[BaseException], None] | None = None, run_task: Runner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.service = AssessmentService(ws.db)
        self.year = year
        self.undo_stack = undo_stack
        self._show_error = show_error
        self._run_task = run_task
        self.assessment: Assessment | None = None
        self.setWindowTitle(self.tr("Self-assessment"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.example = QLabel(self.tr("The sub-criteria are an EXAMPLE, not the province's official list: "
                                      "import the province's criteria (Import…) before scoring."))
        self.example.setWordWrap(True)
        self.example.setStyleSheet("color: #8a5a00; font-weight: bold;")

        self.model = CriteriaModel(self)
        self.model.lang = language()
        self.model.on_score = self._score_from_model
        self.view = QTreeView()
        self.view.setObjectName("criteria_tree")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(COL_SCORE, ScoreDelegate(self.model, self.view))
        self.view.setEditTriggers(QTreeView.EditTrigger.DoubleClicked | QTreeView.EditTrigger.EditKeyPressed
                                  | QTreeView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_CODE, 70), (COL_MAX, 60), (COL_SCORE, 70), (COL_EVIDENCE, 170)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(col, width)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_evidence())

        # The result, live.
        self.total = QLabel()
        self.total.setObjectName("assessment_total")
        self.total.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.total.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.bonus = QLineEdit()
        self.penalty = QLineEdit()
        self.bonus_note = QLineEdit()
        self.penalty_note = QLineEdit()
        for edit in (self.bonus, self.penalty):
            edit.setMaximumWidth(80)
        self.bonus.editingFinished.connect(lambda: self._extra("bonus", self.bonus.text()))
        self.penalty.editingFinished.connect(lambda: self._extra("penalty", self.penalty.text()))
        self.bonus_note.editingFinished.connect(lambda: self._extra("bonus_note", self.bonus_note.text()))
        self.penalty_note.editingFinished.connect(lambda: self._extra("penalty_note", self.penalty_note.text()))
        extras = QFormLayout()
        extras.addRow(self.tr("Bonus points:"), self._pair(self.bonus, self.bonus_note))
        extras.addRow(self.tr("Penalty points:"), self._pair(self.penalty, self.penalty_note))
        self.conditions_box = QGroupBox(self.tr("Conditions that fail or cap the class"))
        self.conditions_layout = QVBoxLayout(self.conditions_box)
        self.conditions_layout.setSpacing(2)
        self.condition_checks: dict[str, QCheckBox] = {}

        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence_list")
        self.evidence.setMaximumHeight(110)
        self.link_button = QPushButton(self.tr("&Link a record…"))
        self.unlink_button = QPushButton(self.tr("Remove link"))
        self.link_button.clicked.connect(self.link_evidence)
        self.unlink_button.clicked.connect(self.unlink_evidence)
        ev_buttons = QHBoxLayout()
        ev_buttons.addWidget(self.link_button)
        ev_buttons.addWidget(self.unlink_button)
        ev_box = QGroupBox(self.tr("Evidence of the selected criterion"))
        ev_layout = QVBoxLayout(ev_box)
        ev_layout.addWidget(self.evidence)
        ev_layout.addLayout(ev_buttons)
        self.note = QLineEdit()
        self.note.setObjectName("criterion_note")
        self.note.setPlaceholderText(self.tr("Note on this criterion (what was done, where the proof is)"))
        self.note.editingFinished.connect(self._note)
        ev_layout.addWidget(self.note)

        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.deadline_edit = VietDateEdit()
        self.deadline_edit.setObjectName("assessment_deadline")
        self.deadline_edit.editingFinished.connect(self._deadline)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(QLabel(self.tr("Deadline:")))
        deadline_row.addWidget(self.deadline_edit)
        deadline_row.addStretch(1)
        self.sent_button = QPushButton(self.tr("Mark as &sent today"))
        self.sent_button.clicked.connect(self.mark_sent)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.total)
        side_layout.addWidget(self.detail)
        side_layout.addLayout(extras)
        side_layout.addWidget(self.conditions_box)
        side_layout.addWidget(ev_box)
        side_layout.addLayout(deadline_row)
        side_layout.addWidget(self.deadline)
        side_layout.addWidget(self.sent_button)
        side_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 400])

        self.import_button = QPushButton(self.tr("&Import criteria…"))
        self.import_button.clicked.connect(self.import_scheme)
        self.export_buttons = {}
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        for fmt, text in (("xlsx", self.tr("E&xcel…")), ("pdf", self.tr("&PDF…")), ("docx", self.tr("&Word…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            bottom.addWidget(button)
        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.source)
        layout.addWidget(self.example)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        QShortcut(QKeySequence("F2"), self.view, lambda: self.view.edit(self.view.currentIndex().siblingAtColumn(COL_SCORE)))
        self.reload()

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QWidget:
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(a)
        row.addWidget(b, 1)
        return w

    # -- data ----------------------------------------------------------------------------------------
    def error(self, exc: BaseException) -> None:
        if self._show_error is not None:
            self._show_error(exc)
        else:
            self.status.setText(exc.text() if isinstance(exc, UserError) else str(exc))

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        try:
            a = self.service.view(self.year)
        except UserError as exc:
            self.error(exc)
            return
        same = self.assessment is not None and self.assessment.scheme == a.scheme and self.assessment.year == a.year
        if same:
            self.model.refresh(a)
        else:
            self.model.load(a)
            self.view.expandAll()
            self._build_conditions(a)
        self.assessment = a
        self.heading.setText(self.tr("Self-assessment of %1").replace("%1", str(self.year)))
        self.source.setText(f"{a.scheme.name}" + (f" — {a.scheme.source}" if a.scheme.source else ""))
        self.example.setVisible(a.scheme.example)
        self._show_result()
        self._show_evidence()

    def _build_conditions(self, a: Assessment) -> None:
        for box in self.condition_checks.values():
            box.deleteLater()
        self.condition_checks = {}
        for cond in a.scheme.conditions:
            box = QCheckBox(cond.text)
            box.toggled.connect(lambda on, c=cond.code: self._condition(c, on))
            self.conditions_layout.addWidget(box)
            self.condition_checks[cond.code] = box

    def _show_result(self) -> None:
        a = self.assessment
        if a is None:
            return
        r = a.result()
        lang = self.model.lang
        total = self.tr("Total %1 / %2 points — %3").replace("%1", format_points(r.total, lang)) \
            .replace("%2", format_points(r.max_total, lang)).replace("%3", r.rating.label(lang))
        if not r.complete:
            total += " " + self.tr("(provisional: %1 criteria not scored)").replace("%1", str(len(r.unscored)))
        self.total.setText(total)
        self.detail.setText("\n".join([self.tr("Criteria %1 + bonus %2 − penalty %3")
                                       .replace("%1", format_points(r.base, lang))
                                       .replace("%2", format_points(r.bonus, lang))
                                       .replace("%3", format_points(r.penalty, lang)), *r.reasons(lang)]))
        for edit, value, maximum in ((self.bonus, a.bonus, a.scheme.bonus_max),
                                     (self.penalty, a.penalty, a.scheme.penalty_max)):
            edit.setValidator(ScoreValidator(maximum, edit))
            if not edit.hasFocus():
                edit.setText(format_points(value, lang))
            edit.setToolTip(self.tr("0 to %1").replace("%1", format_points(maximum, lang)))
        for note_edit, note in ((self.bonus_note, a.bonus_note), (self.penalty_note, a.penalty_note)):
            if not note_edit.hasFocus():
                note_edit.setText(note)
        for code, box in self.condition_checks.items():
            box.blockSignals(True)
            box.setChecked(code in a.conditions)
            box.blockSignals(False)
        due = a.due_date()
        if a.submitted_on:
            self.deadline.setText(self.tr("Sent on %1.").replace("%1", f"{a.submitted_on:%d/%m/%Y}"))
        else:
            self.deadline.setText(self.tr("To send to the Department of Home Affairs by %1, with the evidence.")
                                  .replace("%1", f"{due:%d/%m/%Y}"))
        self.sent_button.setEnabled(a.submitted_on is None)
        if not self.deadline_edit.hasFocus():
            self.deadline_edit.blockSignals(True)
            self.deadline_edit.set_value(due)
            self.deadline_edit.blockSignals(False)

    def current_code(self) -> str | None:
        node = self.model.node(self.view.currentIndex())
        return node.criterion.code if node else None

    def select(self, code: str) -> None:
        index = self.model.index_of(code)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _show_evidence(self) -> None:
        self.evidence.clear()
        code = self.current_code()
        node = self.model.node(self.view.currentIndex())
        leaf = node is not None and node.criterion.is_leaf
        self.link_button.setEnabled(leaf)
        self.note.setEnabled(leaf)
        if not self.note.hasFocus():
            self.note.setText(self.assessment.notes.get(code, "") if self.assessment and code else "")
        if self.assessment is None or code is None:
            self.unlink_button.setEnabled(False)
            return
        for e in self.assessment.evidence.get(code, []):
            item = QListWidgetItem(e.label)
            item.setData(Qt.ItemDataRole.UserRole, (e.kind, e.id))
            self.evidence.addItem(item)
        self.unlink_button.setEnabled(self.evidence.count() > 0)

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def _push(self, text: str, apply: Callable[[Any], None], before: Any, after: Any) -> bool:
        """Apply ``after`` now through the service; on success put the change on the undo stack."""
        try:
            apply(after)
        except UserError as exc:
            self.error(exc)
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(ChangeCommand(text, apply, before, after, self.error))
        return True

    # -- scores, bonus, penalty, conditions --------------------------------------------------------
    def _score_from_model(self, code: str, text: str) -> bool:
        a = self.assessment
        if a is None:
            return False
        old = a.scores.get(code)
        before = "" if old is None else str(old)
        year = self.year

        def apply(value: str) -> None:
            self.service.score(year, code, value or None)
            self._changed()

        return self.score(code, text, _apply=apply, _before=before)

    def score(self, code: str, text: str, *, _apply: Callable[[str], None] | None = None,
              _before: str | None = None) -> bool:
        """Score a criterion as typed ("7,5"); undoable with Ctrl+Z."""
        a = self.assessment
        if a is None:
            return False
        if _apply is None:
            return bool(self.model.setData(self.model.index_of(code).siblingAtColumn(COL_SCORE), text))
        return self._push(QCoreApplication.translate("AssessmentPage", "score %1").replace("%1", code),
                          _apply, _before, text)

    def _extra(self, what: str, text: str) -> None:
        a = self.assessment
        if a is None:
            return
        current = {"bonus": str(a.bonus), "penalty": str(a.penalty), "bonus_note": a.bonus_note,
                   "penalty_note": a.penalty_note}[what]
        if what in ("bonus", "penalty"):
            text = text.strip() or "0"
            try:
                from dancoso_desktop.domain.assessment import parse_points

                if parse_points(text) == (a.bonus if what == "bonus" else a.penalty):
                    return
            except UserError as exc:
                self.error(exc)
                self._show_result()
                return
        elif text == current:
            return
        year = self.year

        def apply(value: str) -> None:
            self.service.set_extra(year, **{what: value})
            self._changed()

        if not self._push(self.tr("bonus and penalty points"), apply, current, text):
            self._show_result()

    def _condition(self, code: str, on: bool) -> None:
        a = self.assessment
        if a is None:
            return
        before = sorted(a.conditions)
        after = sorted(set(before) | {code}) if on else sorted(set(before) - {code})
        year = self.year

        def apply(codes: list[str]) -> None:
            self.service.set_conditions(year, codes)
            self._changed()

        self._push(self.tr("conditions"), apply, before, after)

    def _note(self) -> None:
        a = self.assessment
        code = self.current_code()
        node = self.model.node(self.view.currentIndex())
        if a is None or code is None or node is None or not node.criterion.is_leaf:
            return
        before, after = a.notes.get(code, ""), self.note.text()
        if before == after.strip():
            return
        year = self.year

        def apply(text: str) -> None:
            current = self.service.get(year).scores.get(code)
            self.service.score(year, code, current, note=text)
            self._changed()
            self.select(code)

        self._push(self.tr("note"), apply, before, after)

    def _deadline(self) -> None:
        a = self.assessment
        if a is None or self.deadline_edit.value() == a.due_date():
            return
        year = self.year

        def apply(day: date) -> None:
            self.service.set_dates(year, deadline=day)
            self._changed()

        self._push(self.tr("deadline"), apply, a.due_date(), self.deadline_edit.value())

    def mark_sent(self) -> None:
        year = self.year

        def apply(day: date | None) -> None:
            self.service.set_dates(year, submitted_on=day, clear_submitted=day is None)
            self._changed()

        self._push(self.tr("mark as sent"), apply, None, date.today())

    # -- evidence ----------------------------------------------------------------------------------
    @classmethod
    def run_dialog(cls, dialog: QDialog) -> bool:
        """Shows a modal dialog; tests replace this classmethod."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def link_evidence(self) -> None:
        code = self.current_code()
        if code is None:
            return
        dialog = LinkDialog(self.service, self.year, self)
        if not self.run_dialog(dialog) or dialog.chosen() is None:
            return
        kind, rid = dialog.chosen() or ("", 0)
        self.link(code, kind, rid)

    def link(self, code: str, kind: str, rid: int) -> bool:
        year = self.year

        def apply(linked: bool) -> None:
            if linked:
                self.service.link(year, code, kind, rid)
            else:
                self.service.unlink(year, code, kind, rid)
            self._changed()
            self.select(code)

        return self._push(self.tr("link evidence"), apply, False, True)

    def unlink_evidence(self) -> None:
        code = self.current_code()
        item = self.evidence.currentItem() or (self.evidence.item(0) if self.evidence.count() else None)
        if code is None or item is None:
            return
        kind, rid = item.data(Qt.ItemDataRole.UserRole)
        year = self.year

        def apply(linked: bool) -> None:
            if linked:
                self.service.link(year, code, kind, rid)
            else:
                self.service.unlink(year, code, kind, rid)
            self._changed()
            self.select(code)

        self._push(self.tr("remove evidence"), apply, True, False)

    # -- import and export ---------------------------------------------------------------------------
    @classmethod
    def ask_open_path(cls, parent: QWidget) -> Path | None:
        """The open dialog; tests replace this classmethod."""
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("AssessmentPage", "Import criteria"), "",
            QCoreApplication.translate("AssessmentPage", "Criteria (*.xlsx *.json *.docx *.pdf *.txt *.md)"))
        return Path(name) if name else None

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str, file_filter: str) -> Path | None:
        """The save dialog; tests replace this classmethod."""
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("AssessmentPage", "Save as"),
                                              suggested, file_filter)
        return Path(name) if name else None

    def import_scheme(self, path: Path | None = None) -> bool:
        from dancoso_desktop.services.assessment_import import read_scheme

        path = path or self.ask_open_path(self)
        if path is None or self.assessment is None:
            return False
        before = self.assessment.scheme
        try:
            scheme = read_scheme(path, before)
        except UserError as exc:
            self.error(exc)
            return False
        year = self.year

        def apply(value: Any) -> None:
            self.service.set_scheme(year, value)
            self._changed()

        return self._push(self.tr("import criteria"), apply, before, scheme)

    def export(self, fmt: str, target: Path | None = None) -> None:
        from dancoso_desktop.services.assessment_export import export_scorecard, scorecard_filename

        filters = {"xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)", "docx": "Word (*.docx)"}
        target = target or self.ask_save_path(self, scorecard_filename(self.year, fmt), filters[fmt])
        if target is None:
            return
        ws, year = self.ws, self.year

        def done(path: Any) -> None:
            self.status.setText(self.tr("Wrote %1").replace("%1", str(path)))

        def work() -> Path:
            return export_scorecard(ws, year, fmt, target)

        if self._run_task is not None:
            self._run_task(self.tr("Writing the scorecard…"), work, done)
            return
        try:
            done(work())
        except UserError as exc:
            self.error(exc)
