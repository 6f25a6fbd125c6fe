"""The plan editor page driven like an officer would; every assertion reads the database back."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.plan import Plan, PlanSection, Status, TimeFrame, TimeFrameKind
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService, SectionFields
from dancoso_desktop.ui.plan.new_plan_dialog import NewPlanDialog
from dancoso_desktop.ui.plan.page import PlanPage
from dancoso_desktop.ui.plan.tree_model import COL_NUMBER, COL_TITLE

YEAR = 2026


def sample_plan() -> Plan:
    return Plan(
        year=YEAR,
        title="Thực hiện dân chủ ở cơ sở năm 2026",
        number="05/KH-UBND",
        sections=[
            PlanSection(
                "Mục đích, yêu cầu",
                children=[
                    PlanSection(
                        "Tuyên truyền pháp luật về dân chủ",
                        timeframe=TimeFrame(TimeFrameKind.WHOLE_YEAR),
                        progress=40,
                    ),
                    PlanSection(
                        "Công khai ngân sách",
                        timeframe=TimeFrame(TimeFrameKind.BY_DATE, end=date(YEAR, 3, 31)),
                        status=Status.IN_PROGRESS,
                        progress=50,
                    ),
                ],
            ),
            PlanSection("Nội dung", children=[PlanSection("Hội nghị đối thoại"), PlanSection("Kiểm tra")]),
            PlanSection("Tổ chức thực hiện"),
        ],
    )


class Page:
    """The page under test with its service and the errors it reported."""

    def __init__(self, workspace, qtbot, year: int = YEAR) -> None:  # type: ignore[no-untyped-def]
        self.service = PlanService(workspace.db)
        self.stack = QUndoStack()
        self.errors: list[BaseException] = []
        self.page = PlanPage(workspace, self.stack, year, show_error=self.errors.append)
        qtbot.addWidget(self.page)
        self.page.resize(1200, 700)

    def tree(self) -> list[tuple[int, str, list]]:  # type: ignore[type-arg]
        """What the database holds: [(depth, title, children)] through a fresh get_plan."""

        def walk(sections: list[PlanSection]) -> list:  # type: ignore[type-arg]
            return [(s.title, walk(s.children)) for s in sections]

        return walk(self.service.get_plan(YEAR).sections)

    def sid(self, title: str) -> int:
        for sec in self.service.get_plan(YEAR).walk():
            if sec.title == title:
                return int(sec.id or 0)
        raise KeyError(title)

    def select(self, title: str) -> int:
        sid = self.sid(title)
        self.page.select(sid)
        assert self.page.current_id() == sid
        return sid


@pytest.fixture
def p(workspace, qtbot):  # type: ignore[no-untyped-def]
    units = CommuneService(workspace.db)
    units.save_unit(Unit("Phòng Kinh tế", UnitKind.DEPARTMENT))
    units.save_unit(Unit("Văn phòng HĐND-UBND", UnitKind.DEPARTMENT))
    PlanService(workspace.db).create_plan(sample_plan())
    return Page(workspace, qtbot)


def titles(sections: list) -> list[str]:  # type: ignore[type-arg]
    return [t for t, _ in sections]


def test_add_child_and_sibling_are_stored_and_undone(p: Page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(p.page.model)
    p.select("Nội dung")
    child = p.page.add_child()
    assert child is not None
    assert titles(p.tree()[1][1]) == ["Hội nghị đối thoại", "Kiểm tra", "New section"]
    p.select("Mục đích, yêu cầu")
    p.page.add_sibling()
    assert titles(p.tree()) == ["Mục đích, yêu cầu", "New section", "Nội dung", "Tổ chức thực hiện"]
    assert p.page.model.data(p.page.model.index(2, COL_NUMBER)) == "III"  # renumbered
    p.stack.undo()
    p.stack.undo()
    assert titles(p.tree()) == ["Mục đích, yêu cầu", "Nội dung", "Tổ chức thực hiện"]
    assert titles(p.tree()[1][1]) == ["Hội nghị đối thoại", "Kiểm tra"]
    p.stack.redo()
    assert p.sid("New section") == child  # the same id comes back
    qtmodeltester.check(p.page.model)


def test_title_typed_in_nfd_is_stored_nfc_and_undoable(p: Page, qtbot) -> None:  # type: ignore[no-untyped-def]
    sid = p.select("Kiểm tra")
    edit = p.page.form.title_edit
    edit.clear()
    nfd = unicodedata.normalize("NFD", "Kiểm tra, giám sát việc thực hiện")
    edit.insert(nfd)  # as pasted from a decomposed source (QTest cannot type combining marks)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    stored = p.service.get_section(sid).title
    assert stored == unicodedata.normalize("NFC", nfd)
    assert unicodedata.is_normalized("NFC", stored)
    assert p.page.model.data(p.page.model.index_of(sid, COL_TITLE)) == stored
    p.stack.undo()
    assert p.service.get_section(sid).title == "Kiểm tra"


def test_empty_title_is_refused_and_nothing_changes(p: Page, qtbot) -> None:  # type: ignore[no-untyped-def]
    sid = p.select("Kiểm tra")
    edit = p.page.form.title_edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, "   ")
    assert not p.page.form.title_error.isHidden()  # said while typing
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert p.service.get_section(sid).title == "Kiểm tra"
    assert p.stack.count() == 0


def test_service_refusal_is_reported_and_not_on_the_undo_stack(p: Page) -> None:
    sid = p.select("Kiểm tra")
    p.page.form.body_edit.setPlainText("x" * 300_000)  # longer than the service accepts
    p.page.form.commit_pending()
    assert p.errors and isinstance(p.errors[0], UserError)
    assert p.service.get_section(sid).text == ""
    assert p.stack.count() == 0
    assert p.page.form.body_edit.toPlainText() == ""  # the form shows what is stored


def test_range_ending_before_it_starts_is_not_saved(p: Page) -> None:
    sid = p.select("Kiểm tra")
    form = p.page.form
    form.tf_kind.setCurrentIndex(4)  # date range
    form._on_kind()
    form.tf_start.setDate(form.tf_start.date().fromString("01/06/2026", "dd/MM/yyyy"))
    form.tf_end.setDate(form.tf_end.date().fromString("01/05/2026", "dd/MM/yyyy"))
    assert not form.tf_error.isHidden()
    form.tf_end.editingFinished.emit()
    assert p.service.get_section(sid).timeframe.kind in (TimeFrameKind.NONE, TimeFrameKind.RANGE)
    assert p.service.get_section(sid).timeframe.end != date(2026, 5, 1)
    form.tf_end.setDate(form.tf_end.date().fromString("30/06/2026", "dd/MM/yyyy"))
    form.tf_end.editingFinished.emit()
    tf = p.service.get_section(sid).timeframe
    assert (tf.kind, tf.start, tf.end) == (TimeFrameKind.RANGE, date(2026, 6, 1), date(2026, 6, 30))


def test_fields_of_the_detail_form_are_stored(p: Page) -> None:
    sid = p.select("Công khai ngân sách")
    form = p.page.form
    form.lead_combo.setCurrentIndex(form.lead_combo.findText("Phòng Kinh tế"))
    form.lead_combo.activated.emit(form.lead_combo.currentIndex())
    form.coord_list.item(1).setCheckState(Qt.CheckState.Checked)
    form.status_combo.setCurrentIndex(2)
    form.status_combo.activated.emit(2)
    form.notes_edit.setPlainText("Đã niêm yết  tại   nhà văn hóa")
    form.commit_pending()
    sec = p.service.get_section(sid)
    assert sec.lead_unit == "Phòng Kinh tế"
    assert sec.coordinating_units == ["Văn phòng HĐND-UBND"]
    assert sec.status is Status.DONE and sec.progress == 100
    assert sec.notes == "Đã niêm yết tại nhà văn hóa"
    assert p.page.model.data(p.page.model.index(0, 5)) == "70%"  # the parent rolls up
    p.stack.undo()  # notes
    p.stack.undo()  # status
    assert p.service.get_section(sid).status is Status.IN_PROGRESS
    assert p.service.get_section(sid).progress == 50


def test_indent_outdent_and_move(p: Page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(p.page.model)
    p.select("Kiểm tra")
    assert p.page.indent()
    assert p.tree()[1] == ("Nội dung", [("Hội nghị đối thoại", [("Kiểm tra", [])])])
    model = p.page.model
    sid = p.sid("Kiểm tra")
    assert model.data(model.index_of(sid, COL_NUMBER)) == "1.1"
    assert p.page.outdent()
    assert p.page.outdent()
    assert titles(p.tree()) == ["Mục đích, yêu cầu", "Nội dung", "Kiểm tra", "Tổ chức thực hiện"]
    assert model.data(model.index_of(sid, COL_NUMBER)) == "III"
    assert p.page.move_up()
    assert titles(p.tree()) == ["Mục đích, yêu cầu", "Kiểm tra", "Nội dung", "Tổ chức thực hiện"]
    assert p.page.move_down() and p.page.move_down()
    assert titles(p.tree()) == ["Mục đích, yêu cầu", "Nội dung", "Tổ chức thực hiện", "Kiểm tra"]
    assert not p.page.move_down()  # already last
    for _ in range(6):
        p.stack.undo()
    assert p.tree()[1] == ("Nội dung", [("Hội nghị đối thoại", []), ("Kiểm tra", [])])
    qtmodeltester.check(p.page.model)


def test_drag_and_drop_moves_through_the_undo_stack(p: Page) -> None:
    model = p.page.model
    sid = p.sid("Tổ chức thực hiện")
    target = model.index_of(p.sid("Mục đích, yêu cầu"))
    mime = model.mimeData([model.index_of(sid)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, target)
    assert [t for t, _ in p.tree()[0][1]] == [
        "Tuyên truyền pháp luật về dân chủ",
        "Tổ chức thực hiện",
        "Công khai ngân sách",
    ]
    # into its own subtree: refused, nothing changes
    parent = model.index_of(p.sid("Mục đích, yêu cầu"))
    assert not model.dropMimeData(
        model.mimeData([parent]), Qt.DropAction.MoveAction, 0, 0, model.index_of(sid)
    )
    # moveRows, as a view or a test would call it
    assert model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 0)
    assert titles(p.tree()) == ["Nội dung", "Mục đích, yêu cầu"]
    assert p.stack.count() == 2
    p.stack.undo()
    p.stack.undo()
    assert titles(p.tree()) == ["Mục đích, yêu cầu", "Nội dung", "Tổ chức thực hiện"]


def test_delete_asks_and_can_be_undone_and_redone(p: Page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(
        PlanPage, "ask", classmethod(lambda cls, parent, title, n: asked.append((title, n)) or False)
    )
    p.select("Mục đích, yêu cầu")
    assert not p.page.delete_current()
    assert asked == [("Mục đích, yêu cầu", 3)]
    assert len(p.tree()) == 3
    ids = [p.sid("Mục đích, yêu cầu"), p.sid("Công khai ngân sách")]
    monkeypatch.setattr(PlanPage, "ask", classmethod(lambda cls, parent, title, n: True))
    assert p.page.delete_current()
    assert titles(p.tree()) == ["Nội dung", "Tổ chức thực hiện"]
    assert p.page.model.data(p.page.model.index(0, COL_NUMBER)) == "I"
    p.stack.undo()
    assert p.tree()[0] == (
        "Mục đích, yêu cầu",
        [("Tuyên truyền pháp luật về dân chủ", []), ("Công khai ngân sách", [])],
    )
    assert [p.sid("Mục đích, yêu cầu"), p.sid("Công khai ngân sách")] == ids
    p.stack.redo()
    assert titles(p.tree()) == ["Nội dung", "Tổ chức thực hiện"]


def test_filter_box_ignores_accents(p: Page, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(p.page.filter_edit, "tuyen truyen")
    proxy = p.page.proxy
    assert proxy.rowCount() == 1
    assert proxy.rowCount(proxy.index(0, 0)) == 1
    assert proxy.data(proxy.index(0, COL_TITLE, proxy.index(0, 0))) == "Tuyên truyền pháp luật về dân chủ"
    assert p.page.tree.model() is proxy
    p.page.select(p.sid("Tuyên truyền pháp luật về dân chủ"))
    p.page.filter_edit.clear()
    assert p.page.tree.model() is p.page.model  # no proxy in the way without a filter
    assert p.page.tree.model().rowCount() == 3
    assert p.page.current_id() == p.sid("Tuyên truyền pháp luật về dân chủ")  # selection kept


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("width", [1060, 900, 700])
def test_section_form_is_never_cut_off(p: Page, qtbot, width: int) -> None:  # type: ignore[no-untyped-def]
    # 1060: the page in a 1280-pixel window beside the navigation list (once cut off on the right).
    p.page.resize(width, 700)
    p.page.show()
    qtbot.waitExposed(p.page)
    p.page.select(p.sid("Công khai ngân sách"))
    scroll = p.page.form.parentWidget().parentWidget()   # the form's QScrollArea
    qtbot.waitUntil(lambda: 0 < p.page.form.width() <= scroll.viewport().width(), timeout=3000)
    assert p.page.form.width() >= p.page.form.minimumSizeHint().width()


def test_filter_box_finds_sections_by_their_units(p: Page, qtbot) -> None:  # type: ignore[no-untyped-def]
    units = {u.name: u.id for u in CommuneService(p.service.db).list_units()}
    p.service.update_section(p.sid("Kiểm tra"), SectionFields(lead_unit_id=units["Phòng Kinh tế"]))
    p.page.reload()
    qtbot.keyClicks(p.page.filter_edit, "kinh te")
    proxy = p.page.proxy
    assert proxy.rowCount() == 1   # "Nội dung", kept as the parent of the match
    assert proxy.data(proxy.index(0, COL_TITLE, proxy.index(0, 0))) == "Kiểm tra"
    assert sorted(p.service.filter_ids(YEAR, "kinh te")) == [p.sid("Kiểm tra")]  # the same rule


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()
def test_keyboard_shortcuts_on_the_tree(p: Page, qtbot) -> None:  # type: ignore[no-untyped-def]
    p.page.show()
    qtbot.waitExposed(p.page)
    p.page.activateWindow()
    p.select("Nội dung")
    p.page.tree.setFocus()
    qtbot.waitUntil(lambda: p.page.tree.hasFocus())
    qtbot.keyClick(
        p.page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert titles(p.tree()[1][1]) == ["Hội nghị đối thoại", "Kiểm tra", "New section"]
    p.select("Kiểm tra")
    p.page.tree.setFocus()
    qtbot.keyClick(p.page.tree, Qt.Key.Key_Tab)
    assert p.tree()[1][1][0] == ("Hội nghị đối thoại", [("Kiểm tra", [])])


def test_document_data_is_saved_field_by_field(p: Page, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = p.page.document_form
    assert form.number_edit.text() == "05/KH-UBND"
    form.number_edit.setText("07/KH-UBND")
    form.number_edit.editingFinished.emit()
    form.date_edit.setText("31/02/2026")  # impossible: said, not saved
    qtbot.keyClicks(form.date_edit, "")
    form.date_edit.textEdited.emit(form.date_edit.text())
    assert not form.date_error.isHidden()
    form.date_edit.editingFinished.emit()
    assert p.service.get_plan(YEAR).date is None
    form.date_edit.setText("05/01/2026")
    form.recipients_edit.setPlainText("Như trên;\n\nHĐND xã;\n  Lưu: VT.")
    form.commit()
    plan = p.service.get_plan(YEAR)
    assert (plan.number, plan.date) == ("07/KH-UBND", date(2026, 1, 5))
    assert plan.recipients == ["Như trên;", "HĐND xã;", "Lưu: VT."]
    p.stack.undo()
    assert p.service.get_plan(YEAR).date is None
    assert p.page.document_form.date_edit.text() == ""


def test_empty_year_offers_the_template_or_rolling_forward(workspace, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    PlanService(workspace.db).create_plan(sample_plan())
    p2 = Page(workspace, qtbot, year=2027)
    assert p2.page.stack.currentIndex() == 0
    assert "2027" in p2.page.create_button.text()
    offered: list[list[int]] = []
    monkeypatch.setattr(
        NewPlanDialog,
        "ask",
        classmethod(lambda cls, parent, year, earlier: offered.append(earlier) or (2027, 2026)),
    )
    qtbot.mouseClick(p2.page.create_button, Qt.MouseButton.LeftButton)
    assert offered == [[2026]]
    assert p2.page.stack.currentIndex() == 1
    rolled = p2.service.get_plan(2027)
    assert [s.title for s in rolled.sections] == ["Mục đích, yêu cầu", "Nội dung", "Tổ chức thực hiện"]
    assert all(s.status is Status.NOT_STARTED for s in rolled.walk())
    assert p2.page.model.section_count() == 7


def test_new_plan_from_the_template(workspace, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop import paths

    # The standard template ships with the program: a missing one is a broken build, not a skip.
    assert paths.resource("templates", "plan_template.json").exists()
    p2 = Page(workspace, qtbot, year=2027)
    monkeypatch.setattr(NewPlanDialog, "ask", classmethod(lambda cls, parent, year, earlier: (2027, None)))
    assert p2.page.new_plan()
    assert p2.page.model.section_count() >= 40
    assert p2.page.model.section_count() == sum(1 for _ in p2.service.get_plan(2027).walk())


def test_export_then_import_json(p: Page, workspace, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "kế hoạch.json"
    monkeypatch.setattr(PlanPage, "ask_save_path", classmethod(lambda cls, parent, suggested: target))
    assert p.page.export_json() == target
    # importing into a year that has a plan is refused with a message, nothing changes
    monkeypatch.setattr(PlanPage, "ask_open_path", classmethod(lambda cls, parent: target))
    assert not p.page.import_json()
    assert p.errors and isinstance(p.errors[-1], UserError)
    p.service.delete_plan(YEAR)
    p.page.reload()
    assert p.page.stack.currentIndex() == 0
    assert p.page.import_json()
    assert p.page.stack.currentIndex() == 1
    assert titles(p.tree()) == ["Mục đích, yêu cầu", "Nội dung", "Tổ chức thực hiện"]
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "dancoso-plan", "sections": [', encoding="utf-8")
    monkeypatch.setattr(PlanPage, "ask_open_path", classmethod(lambda cls, parent: broken))
    assert not p.page.import_json()
    assert "JSON" in str(p.errors[-1])


def test_page_in_the_main_window(workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui.main_window import MainWindow

    PlanService(workspace.db).create_plan(sample_plan())
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.set_year(YEAR)
    page = window.page("plan")
    assert isinstance(page, PlanPage)
    assert page.model.section_count() == 7
    edit_texts = [a.text() for a in window.menu("edit").actions()]
    assert page.add_child_action.text() in edit_texts
    assert page.new_plan_action in window.menu("file").actions()
    page.select(page.model.roots[0].id)
    page.add_child()
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert page.model.section_count() == 7
    window.set_year(2030)
    assert page.stack.currentIndex() == 0


def test_random_edits_keep_the_tree_equal_to_the_database(p: Page, monkeypatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """After every add, delete, move, indent, outdent, undo and redo, the incrementally updated
    model shows exactly the plan as a fresh load from the database numbers and rolls it up."""
    import random

    from dancoso_desktop.domain.plan import rolled_progress

    monkeypatch.setattr(PlanPage, "ask", classmethod(lambda cls, parent, title, n: True))
    qtmodeltester.check(p.page.model)
    rng = random.Random(20261122)
    page, model = p.page, p.page.model

    def shown(sections: list[PlanSection]) -> list:  # type: ignore[type-arg]
        return [(s.number, s.title, model.progress_of(int(s.id or 0)), shown(s.children)) for s in sections]

    def stored(sections: list[PlanSection]) -> list:  # type: ignore[type-arg]
        return [(s.number, s.title, rolled_progress(s), stored(s.children)) for s in sections]

    actions = [
        page.add_sibling,
        page.add_child,
        page.delete_current,
        page.move_up,
        page.move_down,
        page.indent,
        page.outdent,
        p.stack.undo,
        p.stack.undo,
        p.stack.redo,
    ]
    for _ in range(80):
        ids = list(model._sec)
        if ids:
            page.select(rng.choice(ids))
        rng.choice(actions)()
        assert shown(model.roots) == stored(p.service.get_plan(YEAR).sections)


def test_typing_is_kept_when_the_year_changes(p: Page) -> None:
    sid = p.select("Kiểm tra")
    p.page.form.body_edit.setPlainText("Kiểm tra việc niêm yết công khai tại 12 thôn.")
    p.page.set_year(2030)  # without leaving the field first
    assert p.service.get_section(sid).text == "Kiểm tra việc niêm yết công khai tại 12 thôn."
    assert p.page.stack.currentIndex() == 0
    p.page.set_year(YEAR)
    assert p.page.model.section_count() == 7
