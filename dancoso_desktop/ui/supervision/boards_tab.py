"""Tab "Các Ban": the BTTND of the commune, the agency BTTND and the BGSĐTCĐ of each project —
members, programmes and reports to the MTTQ, checks with their notice clock.

The board form checks its composition as you type (Law 10/2022 Art. 36–37, 41–42, 60; NĐ 59
Art. 12, 16) and saves the board with its members at once; the check form shows the last day to
send the plan (≥ 5 working days, NĐ 59 Art. 14.1.b) and the investor notice (≥ 45 days, Law
Art. 45.1.b). Every save and delete is one step of the window's undo stack.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.errors import UserError, current_language
from dancoso_desktop.domain.supervision import (
    AgencyRole,
    Board,
    BoardCheck,
    BoardDoc,
    BoardKind,
    BoardMember,
    CheckKind,
    Clock,
    DocKind,
    MemberRole,
    PeriodKind,
)
from dancoso_desktop.domain.supervision_rules import (
    HAMLET_HEAD_TERM_YEARS,
    agency_term_end,
    board_notes,
    investor_clock,
    investor_notice_deadline,
    notice_clock,
    notice_deadline,
)
from dancoso_desktop.domain.text import format_date
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.supervision_service import CheckRow, SupervisionService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.ui.supervision.boards_common import (
    AnyIndex,
    LazyTableModel,
    OptionalDate,
    SnapshotCommand,
    clock_brush,
)
from dancoso_desktop.ui.supervision.recommendations_tab import clock_text, kind_text
from dancoso_desktop.ui.widgets.date_edit import VietDateEdit
from dancoso_desktop.ui.widgets.messages import Messages

RED_TEXT = "color: #b02a37"


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


def _select(view: QTableView, row: int) -> None:
    if row >= 0:
        view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                              QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(RED_TEXT)
    return label


class MembersModel(QAbstractTableModel):
    """The members being edited in the board form (saved with the board)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.members: list[BoardMember] = []
        self.unit_names: dict[int, str] = {}
        self._headers = [self.tr("Name"), self.tr("Role"), self.tr("Hamlet"), self.tr("Works for"),
                         self.tr("Post in the agency")]
        self._roles = {MemberRole.HEAD: self.tr("Head"), MemberRole.DEPUTY: self.tr("Deputy head"),
                       MemberRole.MEMBER: self.tr("Member")}
        self._posts = {AgencyRole.STAFF: self.tr("Staff"), AgencyRole.HEAD: self.tr("Head of the agency"),
                       AgencyRole.DEPUTY_HEAD: self.tr("Deputy head of the agency"),
                       AgencyRole.CHIEF_ACCOUNTANT: self.tr("Chief accountant")}

    def set_members(self, members: list[BoardMember]) -> None:
        self.beginResetModel()
        self.members = list(members)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.members) or role != Qt.ItemDataRole.DisplayRole:
            return None
        m = self.members[index.row()]
        return [m.name, self._roles[m.role], self.unit_names.get(m.hamlet_id or 0, ""),
                self.unit_names.get(m.employer_unit_id or 0, ""), self._posts[m.agency_role]][index.column()]


class BoardsTab(QWidget):
    data_changed = Signal()

    def __init__(self, workspace: Workspace, year: int, *, undo_stack: QUndoStack | None = None,
                 show_error: Any = None, today: Any = None) -> None:
        super().__init__()
        self.service = SupervisionService(workspace.db)
        self.units = CommuneService(workspace.db)
        self.year = year
        self.undo_stack = undo_stack or QUndoStack(self)
        self._show_error = show_error
        self._today = today or date.today
        self.board: Board | None = None            # the board shown (as saved)
        self.check: BoardCheck | None = None
        self.doc: BoardDoc | None = None
        self._boards: list[Board] = []
        self._kind = BoardKind.COMMUNE_BTTND

        # -- the list of boards --------------------------------------------------------------------
        short = {BoardKind.COMMUNE_BTTND: self.tr("BTTND"), BoardKind.AGENCY_BTTND: self.tr("Agency BTTND"),
                 BoardKind.BGSDTCD: self.tr("BGSĐTCĐ")}
        cols = [(self.tr("Board"), lambda b: short[b.kind]),
                (self.tr("Name"), lambda b: b.project_name or b.name),
                (self.tr("Members"), lambda b: str(len(b.members))),
                (self.tr("Term"), lambda b: f"{format_date(b.term_start)}–{format_date(b.term_end)}"
                 if b.term_start else "")]
        self.boards_model = LazyTableModel(cols, lambda o, n: self._boards[o:o + n], lambda: len(self._boards),
                                           row_id=lambda b: b.id,
                                           brush=lambda b: clock_brush(self.service.board_clock(b, self._today())),
                                           parent=self)
        self.boards_view = _table(self.boards_model)
        self.boards_view.setWordWrap(False)
        for col, width in enumerate((85, 160, 75)):
            self.boards_view.setColumnWidth(col, width)
        self.new_kind = QComboBox()
        for k in BoardKind:
            self.new_kind.addItem(kind_text(self, k), k)
        self.new_board_button = QPushButton(self.tr("New board"))
        self.delete_board_button = QPushButton(self.tr("Delete board"))
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.boards_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_kind, 1)
        row.addWidget(self.new_board_button)
        row.addWidget(self.delete_board_button)
        left_lay.addLayout(row)

        self.details = QTabWidget()
        self.details.addTab(self._board_page(), self.tr("Board and members"))
        self.details.addTab(self._checks_page(), self.tr("Checks"))
        self.details.addTab(self._docs_page(), self.tr("Programmes and reports"))

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 860])
        lay = QVBoxLayout(self)
        lay.addWidget(split)

        self.boards_view.selectionModel().currentRowChanged.connect(self._on_board_row)
        self.new_board_button.clicked.connect(lambda: self.new_board(self.new_kind.currentData()))
        self.delete_board_button.clicked.connect(self.delete_board)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.new_board(self.new_kind.currentData()))
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_current_page)
        self.reload_units()
        self.reload()
        if self._boards:
            _select(self.boards_view, 0)
        else:
            self.new_board(BoardKind.COMMUNE_BTTND)

    # == the board form =================================================================================
    def _board_page(self) -> QWidget:
        page = QWidget()
        self.kind_label = QLabel()
        self.name = QLineEdit()
        self.term_start = OptionalDate(self.tr("From"))
        self.term_end = OptionalDate(self.tr("To"))
        self.project_box = QGroupBox(self.tr("Project supervised"))
        self.project_name = QLineEdit()
        self.investor = QLineEdit()
        self.place = QLineEdit()
        self.project_value = QLineEdit()
        self.project_value.setPlaceholderText(self.tr("VND, digits only"))
        self.supervision_start = OptionalDate(self.tr("Starts"))
        self.investor_notified = OptionalDate(self.tr("Sent"))
        pform = QFormLayout(self.project_box)
        pform.addRow(self.tr("Project"), self.project_name)
        pform.addRow(self.tr("Investor"), self.investor)
        pform.addRow(self.tr("Place"), self.place)
        pform.addRow(self.tr("Value"), self.project_value)
        pform.addRow(self.tr("Supervision"), self.supervision_start)
        pform.addRow(self.tr("Notice to the investor"), self.investor_notified)
        self.agency_staff = QSpinBox()
        self.agency_staff.setRange(0, 100_000)
        self.agency_staff_label = QLabel(self.tr("Staff of the agency"))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(60)
        self.dissolved = OptionalDate(self.tr("Dissolved or ended on"))

        self.members_model = MembersModel(self)
        self.members_view = _table(self.members_model)
        self.members_view.setWordWrap(False)
        self.members_model.modelReset.connect(self.members_view.resizeColumnsToContents)
        self.m_name = QLineEdit()
        self.m_role = QComboBox()
        for r in (MemberRole.MEMBER, MemberRole.DEPUTY, MemberRole.HEAD):
            self.m_role.addItem(self.members_model._roles[r], r)
        self.m_hamlet = QComboBox()
        self.m_employer = QComboBox()
        self.m_post = QComboBox()
        for post, text in self.members_model._posts.items():
            self.m_post.addItem(text, post)
        self.m_add = QPushButton(self.tr("Add member"))
        self.m_update = QPushButton(self.tr("Update member"))
        self.m_remove = QPushButton(self.tr("Remove member"))
        mform = QFormLayout()
        mform.addRow(self.tr("Name"), self.m_name)
        mform.addRow(self.tr("Role"), self.m_role)
        mform.addRow(self.tr("Hamlet"), self.m_hamlet)
        mform.addRow(self.tr("Works for"), self.m_employer)
        self.m_post_label = QLabel(self.tr("Post in the agency"))
        mform.addRow(self.m_post_label, self.m_post)
        mbuttons = QHBoxLayout()
        for b in (self.m_add, self.m_update, self.m_remove):
            mbuttons.addWidget(b)

        self.board_info = QLabel()
        self.board_info.setWordWrap(True)
        self.board_error = _error_label()
        self.save_board_button = QPushButton(self.tr("Save board"))

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_label)
        form.addRow(self.tr("Name"), self.name)
        term = QHBoxLayout()
        term.addWidget(self.term_start)
        term.addWidget(self.term_end)
        form.addRow(self.tr("Term"), term)
        form.addRow(self.agency_staff_label, self.agency_staff)
        form.addRow(self.tr("End"), self.dissolved)
        form.addRow(self.tr("Note"), self.note)
        lay = QVBoxLayout(page)
        lay.addLayout(form)
        lay.addWidget(self.project_box)
        members_box = QGroupBox(self.tr("Members"))
        mlay = QHBoxLayout(members_box)
        mlay.addWidget(self.members_view, 3)
        mside_widget = QWidget()
        mside_widget.setMaximumWidth(360)
        mside = QVBoxLayout(mside_widget)
        mside.setContentsMargins(0, 0, 0, 0)
        mside.addLayout(mform)
        mside.addLayout(mbuttons)
        mside.addStretch(1)
        mlay.addWidget(mside_widget, 1)
        lay.addWidget(members_box, 1)
        lay.addWidget(self.board_info)
        lay.addWidget(self.board_error)
        lay.addWidget(self.save_board_button)

        self.members_view.selectionModel().currentRowChanged.connect(self._on_member_row)
        self.m_add.clicked.connect(self.add_member)
        self.m_update.clicked.connect(self.update_member)
        self.m_remove.clicked.connect(self.remove_member)
        self.save_board_button.clicked.connect(self.save_board)
        for sig in (self.name.textChanged, self.term_start.check.toggled, self.term_start.edit.dateChanged,
                    self.term_end.check.toggled, self.term_end.edit.dateChanged, self.project_name.textChanged,
                    self.project_value.textChanged, self.supervision_start.check.toggled,
                    self.supervision_start.edit.dateChanged, self.investor_notified.check.toggled,
                    self.investor_notified.edit.dateChanged, self.agency_staff.valueChanged):
            sig.connect(self._validate_board)
        self.term_start.edit.dateChanged.connect(self._default_term_end)
        return page

    def reload_units(self) -> None:
        units = self.units.list_units(include_retired=True)
        self.members_model.unit_names = {u.id or 0: u.name for u in units}
        active = [u for u in units if not u.retired]
        for combo, keep in ((self.m_hamlet, lambda u: u.kind is UnitKind.HAMLET),
                            (self.m_employer, lambda u: u.kind is not UnitKind.HAMLET)):
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for u in active:
                if keep(u):
                    combo.addItem(u.name, u.id)

    def reload(self) -> None:
        keep = self.board.id if self.board else None
        self._boards = self.service.boards()
        self.boards_model.reload()
        if keep is not None:
            _select(self.boards_view, self.boards_model.row_of_id(keep))
        self.reload_checks()
        self.reload_docs()

    def reload_all(self) -> None:
        self.reload_units()
        self.reload()

    def set_year(self, year: int) -> None:
        self.year = year
        self.doc_year.setValue(year)
        self.reload_checks()
        self.reload_docs()

    def _on_board_row(self, current: Any, _previous: Any = None) -> None:
        b = self.boards_model.row_at(current.row()) if current.isValid() else None
        if b is not None:
            self.load_board(b)

    def _default_term_end(self) -> None:
        """A new board's term: the hamlet head's (BTTND xã) or 2 years (agency BTTND)."""
        if self.board is not None and self.board.id is not None:
            return
        start = self.term_start.value()
        if start is None:
            return
        kind = self._kind
        if kind is BoardKind.AGENCY_BTTND:
            self.term_end.set_value(agency_term_end(start))
        elif kind is BoardKind.COMMUNE_BTTND:
            try:
                end = start.replace(year=start.year + HAMLET_HEAD_TERM_YEARS)
            except ValueError:
                end = start.replace(year=start.year + HAMLET_HEAD_TERM_YEARS, day=28)
            self.term_end.set_value(date.fromordinal(end.toordinal() - 1))

    def _show_kind(self, kind: BoardKind) -> None:
        self._kind = kind
        self.kind_label.setText(kind_text(self, kind))
        self.project_box.setVisible(kind is BoardKind.BGSDTCD)
        agency = kind is BoardKind.AGENCY_BTTND
        for w in (self.agency_staff, self.agency_staff_label, self.m_post, self.m_post_label):
            w.setVisible(agency)

    def load_board(self, b: Board) -> None:
        self.board = b
        self._show_kind(b.kind)
        self.name.setText(b.name)
        self.term_start.set_value(b.term_start)
        self.term_end.set_value(b.term_end)
        self.project_name.setText(b.project_name)
        self.investor.setText(b.investor)
        self.place.setText(b.place)
        self.project_value.setText("" if b.project_value is None else str(b.project_value))
        self.supervision_start.set_value(b.supervision_start)
        self.investor_notified.set_value(b.investor_notified_on)
        self.agency_staff.setValue(b.agency_staff or 0)
        self.note.setPlainText(b.note)
        self.dissolved.set_value(b.dissolved_on)
        self.members_model.set_members([BoardMember(**vars(m)) for m in b.members])
        self.delete_board_button.setEnabled(b.id is not None)
        self._validate_board()
        self.reload_checks()
        self.reload_docs()

    def new_board(self, kind: BoardKind | str) -> None:
        kind = BoardKind(kind)
        names = {BoardKind.COMMUNE_BTTND: "Ban Thanh tra nhân dân xã",
                 BoardKind.AGENCY_BTTND: "Ban Thanh tra nhân dân cơ quan",
                 BoardKind.BGSDTCD: "Ban Giám sát đầu tư của cộng đồng"}
        self.boards_view.clearSelection()
        self.load_board(Board(kind, names[kind]))
        self.name.setFocus()

    def board_value(self) -> Board:
        value = self.project_value.text().replace(".", "").replace(",", "").replace(" ", "")
        return Board(
            self._kind, self.name.text(), self.term_start.value(), self.term_end.value(),
            members=list(self.members_model.members), project_name=self.project_name.text(),
            investor=self.investor.text(), place=self.place.text(),
            project_value=int(value) if value.isdigit() else None,
            supervision_start=self.supervision_start.value(), investor_notified_on=self.investor_notified.value(),
            agency_staff=self.agency_staff.value() if self._kind is BoardKind.AGENCY_BTTND else None,
            dissolved_on=self.dissolved.value(), note=self.note.toPlainText(),
            id=self.board.id if self.board else None)

    def _validate_board(self) -> bool:
        b = self.board_value()
        notes = [vi_en[1] if self._english() else vi_en[0]
                 for vi_en in board_notes(b, len(self.units.list_units(kind=UnitKind.HAMLET)))]
        if b.kind is BoardKind.BGSDTCD and b.supervision_start:
            state = investor_clock(b.supervision_start, b.investor_notified_on, self._today())
            notes.append(self.tr("Investor notice (45 days, Law Art. 45): %1 by %2")
                         .replace("%1", clock_text(self, state))
                         .replace("%2", format_date(investor_notice_deadline(b.supervision_start))))
        self.board_info.setText(" · ".join(notes))
        problem = ""
        raw = self.project_value.text().replace(".", "").replace(",", "").replace(" ", "")
        if raw and not raw.isdigit():
            problem = self.tr("The project value must be a whole number of VND.")
        else:
            try:
                self.service.validate_board(b)
            except UserError as exc:
                problem = exc.text()
        self.board_error.setText(problem)
        self.save_board_button.setEnabled(not problem)
        return not problem

    @staticmethod
    def _english() -> bool:
        return current_language() == "en"

    # -- members ----------------------------------------------------------------------------------------
    def _member_value(self) -> BoardMember:
        return BoardMember(self.m_name.text(), MemberRole(self.m_role.currentData()), self.m_hamlet.currentData(),
                           self.m_employer.currentData(),
                           AgencyRole(self.m_post.currentData()) if self._kind is BoardKind.AGENCY_BTTND
                           else AgencyRole.STAFF)

    def _on_member_row(self, current: Any, _previous: Any = None) -> None:
        if not current.isValid() or current.row() >= len(self.members_model.members):
            return
        m = self.members_model.members[current.row()]
        self.m_name.setText(m.name)
        self.m_role.setCurrentIndex(self.m_role.findData(m.role))
        self.m_hamlet.setCurrentIndex(max(0, self.m_hamlet.findData(m.hamlet_id)))
        self.m_employer.setCurrentIndex(max(0, self.m_employer.findData(m.employer_unit_id)))
        self.m_post.setCurrentIndex(self.m_post.findData(m.agency_role))

    def add_member(self) -> None:
        m = self._member_value()
        if not m.name.strip():
            self.board_error.setText(self.tr("Enter the member's name."))
            return
        self.members_model.set_members([*self.members_model.members, m])
        self.m_name.clear()
        self.m_role.setCurrentIndex(0)
        self.m_hamlet.setCurrentIndex(0)
        self.m_employer.setCurrentIndex(0)
        self._validate_board()

    def update_member(self) -> None:
        row = self.members_view.currentIndex().row()
        if 0 <= row < len(self.members_model.members) and self.m_name.text().strip():
            members = list(self.members_model.members)
            members[row] = self._member_value()
            self.members_model.set_members(members)
            self._validate_board()

    def remove_member(self) -> None:
        row = self.members_view.currentIndex().row()
        if 0 <= row < len(self.members_model.members):
            members = list(self.members_model.members)
            del members[row]
            self.members_model.set_members(members)
            self._validate_board()

    # -- save / delete ----------------------------------------------------------------------------------
    def save_board(self) -> None:
        if not self._validate_board():
            return
        before = self.board if self.board and self.board.id is not None else None
        try:
            saved = self.service.save_board(self.board_value())
        except UserError as exc:
            self.board_error.setText(exc.text())
            return
        self.board = saved
        self.undo_stack.push(SnapshotCommand(self.tr("Save board"), before, saved, save=self.service.save_board,
                                             delete=self.service.delete_board, on_change=self._changed,
                                             on_error=self._error))
        self._changed()

    def delete_board(self) -> None:
        if self.board is None or self.board.id is None:
            return
        before = self.board
        try:
            self.service.delete_board(before.id or 0)
        except UserError as exc:
            self._error(exc)
            return
        self.undo_stack.push(SnapshotCommand(self.tr("Delete board"), before, None, save=self.service.save_board,
                                             delete=self.service.delete_board, on_change=self._changed,
                                             on_error=self._error))
        self.board = None
        self._changed()
        if self._boards:
            _select(self.boards_view, 0)
        else:
            self.new_board(BoardKind.COMMUNE_BTTND)

    def _error(self, exc: BaseException) -> None:
        Messages.report(self, exc, self._show_error)

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def _save_current_page(self) -> None:
        [self.save_board, self.save_check, self.save_doc][self.details.currentIndex()]()

    # == checks ===========================================================================================
    def _checks_page(self) -> QWidget:
        page = QWidget()
        cols = [(self.tr("Date"), lambda r: format_date(r.starts_on)),
                (self.tr("Kind"), lambda r: {CheckKind.INSPECTION: self.tr("Inspection"),
                                             CheckKind.SUPERVISION: self.tr("Supervision"),
                                             CheckKind.VERIFICATION: self.tr("Verification")}[r.kind]),
                (self.tr("Check"), lambda r: r.title),
                (self.tr("Plan sent"), lambda r: format_date(r.notified_on)),
                (self.tr("Notice (5 working days)"), lambda r: clock_text(self, r.notice) if r.notice_due else ""),
                (self.tr("Recommendations"), lambda r: str(r.recommendations))]
        self.checks_model = LazyTableModel(cols, self._fetch_checks, lambda: len(self._check_rows),
                                           row_id=lambda r: r.id, brush=lambda r: clock_brush(r.notice), parent=self)
        self._check_rows: list[CheckRow] = []
        self.checks_view = _table(self.checks_model)
        self.checks_view.setWordWrap(False)
        for col, width in enumerate((85, 80, 330, 95, 110)):
            self.checks_view.setColumnWidth(col, width)
        self.c_title = QLineEdit()
        self.c_kind = QComboBox()
        for k, text in ((CheckKind.INSPECTION, self.tr("Inspection")), (CheckKind.SUPERVISION, self.tr("Supervision")),
                        (CheckKind.VERIFICATION, self.tr("Verification"))):
            self.c_kind.addItem(text, k)
        self.c_subject = QLineEdit()
        self.c_starts = VietDateEdit()
        self.c_notified = OptionalDate(self.tr("Sent on"))
        self.c_findings = QPlainTextEdit()
        self.c_findings.setMaximumHeight(120)
        self.c_confirmed = QCheckBox(self.tr("Minutes confirmed by the MTTQ"))
        self.c_info = QLabel()
        self.c_info.setWordWrap(True)
        self.c_error = _error_label()
        self.c_new = QPushButton(self.tr("New check"))
        self.c_save = QPushButton(self.tr("Save check"))
        self.c_delete = QPushButton(self.tr("Delete check"))
        form = QFormLayout()
        form.addRow(self.tr("Check"), self.c_title)
        form.addRow(self.tr("Kind"), self.c_kind)
        form.addRow(self.tr("Checked"), self.c_subject)
        form.addRow(self.tr("Date"), self.c_starts)
        form.addRow(self.tr("Plan sent to MTTQ, UBND, target"), self.c_notified)
        form.addRow(self.tr("Findings"), self.c_findings)
        form.addRow("", self.c_confirmed)
        buttons = QHBoxLayout()
        for b in (self.c_new, self.c_save, self.c_delete):
            buttons.addWidget(b)
        lay = QVBoxLayout(page)
        lay.addWidget(self.checks_view, 1)
        lay.addLayout(form)
        lay.addWidget(self.c_info)
        lay.addWidget(self.c_error)
        lay.addLayout(buttons)
        self.checks_view.selectionModel().currentRowChanged.connect(self._on_check_row)
        for sig in (self.c_title.textChanged, self.c_starts.dateChanged, self.c_notified.check.toggled,
                    self.c_notified.edit.dateChanged):
            sig.connect(self._validate_check)
        self.c_new.clicked.connect(self.new_check)
        self.c_save.clicked.connect(self.save_check)
        self.c_delete.clicked.connect(self.delete_check)
        return page

    def _fetch_checks(self, offset: int, limit: int) -> list[CheckRow]:
        return self._check_rows[offset:offset + limit]

    def reload_checks(self) -> None:
        board_id = self.board.id if self.board else None
        self._check_rows = (self.service.check_rows(self.year, board_id=board_id, today=self._today())
                            if board_id is not None else [])
        keep = self.check.id if self.check else None
        self.checks_model.reload()
        if keep is not None:
            _select(self.checks_view, self.checks_model.row_of_id(keep))
        enabled = board_id is not None
        for w in (self.c_new, self.c_save):
            w.setEnabled(enabled)
        if self.check is None or self.checks_model.row_of_id(self.check.id or 0) < 0:
            self.new_check()

    def _on_check_row(self, current: Any, _previous: Any = None) -> None:
        r = self.checks_model.row_at(current.row()) if current.isValid() else None
        if r is not None:
            self.load_check(self.service.get_check(r.id))

    def load_check(self, c: BoardCheck) -> None:
        self.check = c
        self.c_title.setText(c.title)
        self.c_kind.setCurrentIndex(self.c_kind.findData(c.kind))
        self.c_subject.setText(c.subject)
        self.c_starts.set_value(c.starts_on)
        self.c_notified.set_value(c.notified_on)
        self.c_findings.setPlainText(c.findings)
        self.c_confirmed.setChecked(c.confirmed_by_mttq)
        self.c_delete.setEnabled(True)
        self._validate_check()

    def new_check(self) -> None:
        self.check = None
        self.checks_view.clearSelection()
        self.c_title.clear()
        self.c_subject.clear()
        today = self._today()
        # A new check is usually planned ahead: two weeks on, so the notice can still go out.
        ahead = date.fromordinal(today.toordinal() + 14)
        self.c_starts.set_value(ahead if ahead.year == self.year else date(self.year, 1, 15))
        self.c_notified.set_value(None)
        self.c_findings.clear()
        self.c_confirmed.setChecked(False)
        self.c_delete.setEnabled(False)
        self._validate_check()

    def check_value(self) -> BoardCheck:
        return BoardCheck(self.board.id if self.board and self.board.id else 0, self.c_title.text(),
                          self.c_starts.value(), CheckKind(self.c_kind.currentData()), self.c_subject.text(),
                          self.c_notified.value(), self.c_findings.toPlainText(), self.c_confirmed.isChecked(),
                          self.check.id if self.check else None)

    def _validate_check(self) -> bool:
        c = self.check_value()
        if self.board is not None and self.board.kind is BoardKind.COMMUNE_BTTND:
            cal = self.service.calendar.calendar(c.starts_on.year)
            last = notice_deadline(cal, c.starts_on)
            state = notice_clock(cal, c.notified_on, c.starts_on, self._today())
            self.c_info.setText(self.tr("Send the plan by %1 (5 working days before, Decree 59 Art. 14): %2")
                                .replace("%1", format_date(last)).replace("%2", clock_text(self, state)))
            self.c_info.setStyleSheet(RED_TEXT if state in (Clock.LATE, Clock.OVERDUE) else "")
        else:
            self.c_info.setText("")
        problem = ""
        if self.board is None or self.board.id is None:
            problem = self.tr("Save the board first.")
        elif not c.title.strip():
            problem = self.tr("Write what is checked.")
        elif c.notified_on is not None and c.notified_on > c.starts_on:
            problem = self.tr("The plan cannot be sent after the check.")
        self.c_error.setText(problem)
        self.c_save.setEnabled(not problem)
        return not problem

    def save_check(self) -> None:
        if not self._validate_check():
            return
        before = self.check
        try:
            saved = self.service.save_check(self.check_value())
        except UserError as exc:
            self.c_error.setText(exc.text())
            return
        self.check = saved
        self.undo_stack.push(SnapshotCommand(self.tr("Save check"), before, saved, save=self.service.save_check,
                                             delete=self.service.delete_check, on_change=self._changed,
                                             on_error=self._error))
        self._changed()

    def delete_check(self) -> None:
        if self.check is None or self.check.id is None:
            return
        before = self.check
        self.service.delete_check(before.id or 0)
        self.undo_stack.push(SnapshotCommand(self.tr("Delete check"), before, None, save=self.service.save_check,
                                             delete=self.service.delete_check, on_change=self._changed,
                                             on_error=self._error))
        self.check = None
        self._changed()

    # == programmes and reports ===========================================================================
    def _docs_page(self) -> QWidget:
        page = QWidget()
        self._periods = {PeriodKind.QUARTER: self.tr("Quarter"), PeriodKind.HALF: self.tr("6 months"),
                         PeriodKind.YEAR: self.tr("Year"), PeriodKind.TERM: self.tr("Term")}
        self._doc_kinds = {DocKind.PROGRAMME: self.tr("Programme"), DocKind.REPORT: self.tr("Report to the MTTQ")}
        cols = [(self.tr("Document"), lambda d: self._doc_kinds[d.kind]),
                (self.tr("Period"), lambda d: f"{self._periods[d.period]} {d.number}/{d.year}"
                 if d.period in (PeriodKind.QUARTER, PeriodKind.HALF) else f"{self._periods[d.period]} {d.year}"),
                (self.tr("Issued"), lambda d: format_date(d.issued_on)),
                (self.tr("Title"), lambda d: d.title)]
        self._doc_rows: list[BoardDoc] = []
        self.docs_model = LazyTableModel(cols, lambda o, n: self._doc_rows[o:o + n], lambda: len(self._doc_rows),
                                         row_id=lambda d: d.id, parent=self)
        self.docs_view = _table(self.docs_model)
        self.d_kind = QComboBox()
        for k, text in self._doc_kinds.items():
            self.d_kind.addItem(text, k)
        self.d_period = QComboBox()
        for period_kind, text in self._periods.items():
            self.d_period.addItem(text, period_kind)
        self.d_number = QSpinBox()
        self.d_number.setRange(1, 4)
        self.doc_year = QSpinBox()
        self.doc_year.setRange(1990, 2100)
        self.doc_year.setValue(self.year)
        self.d_issued = OptionalDate(self.tr("Issued on"))
        self.d_title = QLineEdit()
        self.d_content = QPlainTextEdit()
        self.d_content.setMaximumHeight(120)
        self.d_content.setPlaceholderText(self.tr("Aims, contents, time, funds, organisation (Decree 59 Art. 14)"))
        self.d_error = _error_label()
        self.d_new = QPushButton(self.tr("New document"))
        self.d_save = QPushButton(self.tr("Save document"))
        self.d_delete = QPushButton(self.tr("Delete document"))
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.d_kind)
        period = QHBoxLayout()
        period.addWidget(self.d_period)
        period.addWidget(self.d_number)
        period.addWidget(self.doc_year)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Date"), self.d_issued)
        form.addRow(self.tr("Title"), self.d_title)
        form.addRow(self.tr("Contents"), self.d_content)
        buttons = QHBoxLayout()
        for b in (self.d_new, self.d_save, self.d_delete):
            buttons.addWidget(b)
        lay = QVBoxLayout(page)
        lay.addWidget(self.docs_view, 1)
        lay.addLayout(form)
        lay.addWidget(self.d_error)
        lay.addLayout(buttons)
        self.docs_view.selectionModel().currentRowChanged.connect(self._on_doc_row)
        self.d_period.currentIndexChanged.connect(self._period_changed)
        self.d_new.clicked.connect(self.new_doc)
        self.d_save.clicked.connect(self.save_doc)
        self.d_delete.clicked.connect(self.delete_doc)
        return page

    def _period_changed(self) -> None:
        period = PeriodKind(self.d_period.currentData())
        self.d_number.setEnabled(period in (PeriodKind.QUARTER, PeriodKind.HALF))
        self.d_number.setMaximum(4 if period is PeriodKind.QUARTER else 2 if period is PeriodKind.HALF else 1)

    def reload_docs(self) -> None:
        board_id = self.board.id if self.board else None
        self._doc_rows = self.service.docs(board_id, self.year) if board_id is not None else []
        keep = self.doc.id if self.doc else None
        self.docs_model.reload()
        if keep is not None:
            _select(self.docs_view, self.docs_model.row_of_id(keep))
        for w in (self.d_new, self.d_save):
            w.setEnabled(board_id is not None)
        if self.doc is None or self.docs_model.row_of_id(self.doc.id or 0) < 0:
            self.new_doc()

    def _on_doc_row(self, current: Any, _previous: Any = None) -> None:
        d = self.docs_model.row_at(current.row()) if current.isValid() else None
        if d is not None:
            self.doc = d
            self.d_kind.setCurrentIndex(self.d_kind.findData(d.kind))
            self.d_period.setCurrentIndex(self.d_period.findData(d.period))
            self.d_number.setValue(d.number)
            self.doc_year.setValue(d.year)
            self.d_issued.set_value(d.issued_on)
            self.d_title.setText(d.title)
            self.d_content.setPlainText(d.content)
            self.d_delete.setEnabled(True)

    def new_doc(self) -> None:
        self.doc = None
        self.docs_view.clearSelection()
        self.d_period.setCurrentIndex(0)
        self._period_changed()
        self.d_number.setValue(1)
        self.doc_year.setValue(self.year)
        self.d_issued.set_value(None)
        self.d_title.clear()
        self.d_content.clear()
        self.d_error.clear()
        self.d_delete.setEnabled(False)

    def doc_value(self) -> BoardDoc:
        return BoardDoc(self.board.id if self.board and self.board.id else 0, DocKind(self.d_kind.currentData()),
                        PeriodKind(self.d_period.currentData()), self.doc_year.value(), self.d_number.value(),
                        self.d_issued.value(), self.d_title.text(), self.d_content.toPlainText(),
                        self.doc.id if self.doc else None)

    def save_doc(self) -> None:
        if self.board is None or self.board.id is None:
            return
        before = self.doc
        try:
            saved = self.service.save_doc(self.doc_value())
        except UserError as exc:
            self.d_error.setText(exc.text())
            return
        self.doc = saved
        self.d_error.clear()
        self.undo_stack.push(SnapshotCommand(self.tr("Save document"), before, saved, save=self.service.save_doc,
                                             delete=self.service.delete_doc, on_change=self._changed,
                                             on_error=self._error))
        self._changed()

    def delete_doc(self) -> None:
        if self.doc is None or self.doc.id is None:
            return
        before = self.doc
        self.service.delete_doc(before.id or 0)
        self.undo_stack.push(SnapshotCommand(self.tr("Delete document"), before, None, save=self.service.save_doc,
                                             delete=self.service.delete_doc, on_change=self._changed,
                                             on_error=self._error))
        self.doc = None
        self._changed()

    # == openers ==========================================================================================
    def select_board(self, board_id: int) -> None:
        row = self.boards_model.row_of_id(board_id)
        if row < 0:
            self.reload()
            row = self.boards_model.row_of_id(board_id)
        _select(self.boards_view, row)
        self.details.setCurrentIndex(0)

    def select_check(self, check_id: int) -> None:
        c = self.service.get_check(check_id)
        if c.starts_on.year != self.year:
            self.set_year(c.starts_on.year)
        self.select_board(c.board_id)
        self.details.setCurrentIndex(1)
        _select(self.checks_view, self.checks_model.row_of_id(check_id))


def title(window: Any) -> str:
    return QCoreApplication.translate("SupervisionTabs", "Boards")


def create(window: Any) -> BoardsTab:
    from dancoso_desktop.ui.pages.linking import relay_changes

    tab = BoardsTab(window.workspace, window.year(), undo_stack=window.undo_stack, show_error=window.show_error)
    window.year_changed.connect(tab.set_year)
    relay_changes(window, tab, tab.reload_all)

    def open_board(board_id: int) -> None:
        window.show_page("supervision").show_tab("boards")
        tab.select_board(board_id)

    def open_check(check_id: int) -> None:
        window.show_page("supervision").show_tab("boards")
        c = tab.service.get_check(check_id)
        if window.year() != c.starts_on.year:
            window.set_year(c.starts_on.year)
        tab.select_check(check_id)

    window.register_opener("board", open_board)
    window.register_opener("board_check", open_check)
    return tab
