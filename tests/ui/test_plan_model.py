"""The plan tree model on its own: numbering, roll-up, late status, incremental changes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from dancoso_desktop.domain.plan import (
    Plan,
    PlanSection,
    Status,
    TimeFrame,
    TimeFrameKind,
    rolled_progress,
)
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.ui.plan.filter_proxy import SectionFilterProxy
from dancoso_desktop.ui.plan.tree_model import (
    COL_NUMBER,
    COL_PROGRESS,
    COL_STATUS,
    COL_TITLE,
    LATE_COLOR,
    LATE_ROLE,
    PlanTreeModel,
)

YEAR = 2026


def sample_plan() -> Plan:
    return Plan(
        year=YEAR,
        title="Thực hiện dân chủ ở cơ sở năm 2026",
        sections=[
            PlanSection(
                "Mục đích, yêu cầu",
                children=[
                    PlanSection(
                        "Tuyên truyền pháp luật về dân chủ",
                        lead_unit="Phòng Văn hóa - Xã hội",
                        timeframe=TimeFrame(TimeFrameKind.WHOLE_YEAR),
                        progress=40,
                    ),
                    PlanSection(
                        "Công khai ngân sách",
                        lead_unit="Phòng Kinh tế",
                        timeframe=TimeFrame(TimeFrameKind.BY_DATE, end=date(YEAR, 3, 31)),
                        status=Status.IN_PROGRESS,
                        progress=50,
                    ),
                ],
            ),
            PlanSection(
                "Nội dung",
                children=[
                    PlanSection(
                        "Hội nghị đối thoại",
                        timeframe=TimeFrame(TimeFrameKind.QUARTER, quarter=4),
                        status=Status.DONE,
                    ),
                    PlanSection("Kiểm tra", children=[PlanSection(f"Điểm {i}") for i in range(7)]),
                ],
            ),
            PlanSection("Tổ chức thực hiện"),
        ],
    )


@pytest.fixture
def model(workspace, qtmodeltester):  # type: ignore[no-untyped-def]
    service = PlanService(workspace.db)
    service.create_plan(sample_plan())
    m = PlanTreeModel()
    m.load(service.get_plan(YEAR))
    qtmodeltester.check(m)
    return m


def numbers(m: PlanTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    out = []
    for row in range(m.rowCount(parent)):
        idx = m.index(row, COL_NUMBER, parent)
        out.append(m.data(idx))
        out += numbers(m, idx)
    return out


def by_title(m: PlanTreeModel, title: str) -> int:
    for sid in list(m._sec):
        if m.section(sid).title == title:
            return sid
    raise KeyError(title)


def test_numbering_follows_the_legal_styles(model: PlanTreeModel) -> None:
    assert numbers(model) == [
        "I",
        "1",
        "2",
        "II",
        "1",
        "2",
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "2.5",
        "2.6",
        "2.7",
        "III",
    ]
    assert model.columnCount() == 6
    assert model.data(model.index(0, COL_TITLE)) == "Mục đích, yêu cầu"


def test_letter_numbering_goes_past_d_with_dj(model: PlanTreeModel, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.domain.numbering import NumberStyle

    kiem_tra = by_title(model, "Kiểm tra")
    model.update_section(kiem_tra, child_style=NumberStyle.LETTER)
    parent = model.index_of(kiem_tra)
    letters = [model.data(model.index(r, COL_NUMBER, parent)) for r in range(model.rowCount(parent))]
    assert letters == ["a", "b", "c", "d", "đ", "e", "g"]
    qtmodeltester.check(model)


def test_rolled_progress_matches_the_domain_rule(model: PlanTreeModel) -> None:
    first = model.index(0, COL_PROGRESS)
    assert model.data(first) == "45%"  # mean of 40 and 50
    for sid in list(model._sec):
        assert model.progress_of(sid) == rolled_progress(model.section(sid))
    budget = by_title(model, "Công khai ngân sách")
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    model.update_section(budget, status=Status.DONE)
    assert model.data(first) == "70%"  # a done task counts 100
    assert changed  # the parent's row was redrawn


def test_late_status_is_red_and_marked(model: PlanTreeModel) -> None:
    budget = by_title(model, "Công khai ngân sách")
    idx = model.index_of(budget, COL_STATUS)
    model.set_today(date(YEAR, 3, 31))
    assert model.data(idx, LATE_ROLE) is False
    assert "⚠" not in model.data(idx)
    model.set_today(date(YEAR, 4, 1))
    assert model.data(idx, LATE_ROLE) is True
    assert "⚠" in model.data(idx)
    assert model.data(idx, Qt.ItemDataRole.ForegroundRole).color() == LATE_COLOR
    done = by_title(model, "Hội nghị đối thoại")
    model.set_today(date(YEAR + 1, 2, 1))
    assert model.data(model.index_of(done, COL_STATUS), LATE_ROLE) is False  # done is never late


def test_insert_remove_move_keep_the_model_consistent(model: PlanTreeModel, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    first = by_title(model, "Mục đích, yêu cầu")
    model.insert_section(None, 0, PlanSection("Mới", id=9999))
    qtmodeltester.check(model)
    assert numbers(model)[:3] == ["I", "II", "1"]
    removed = model.remove_section(first)
    qtmodeltester.check(model)
    assert [s.title for s in removed.children] == ["Tuyên truyền pháp luật về dân chủ", "Công khai ngân sách"]
    assert numbers(model)[:2] == ["I", "II"]
    model.insert_section(None, 1, removed)
    kiem_tra = by_title(model, "Kiểm tra")
    model.move_section(kiem_tra, None, 0)  # to the top level, first
    qtmodeltester.check(model)
    assert model.data(model.index(0, COL_TITLE)) == "Kiểm tra"
    assert model.data(model.index(0, COL_NUMBER, model.index(0, 0))) == "1"  # children now 1, 2 …
    model.move_section(kiem_tra, None, 3)  # down within the same parent
    assert model.position(kiem_tra) == 3
    model.update_section(kiem_tra, title="Kiểm tra, giám sát")
    qtmodeltester.check(model)
    assert not resets  # incremental: the view is never reset


def test_drop_into_own_subtree_is_refused(model: PlanTreeModel) -> None:
    kiem_tra = by_title(model, "Kiểm tra")
    child = model.section(kiem_tra).children[0].id
    mime = model.mimeData([model.index_of(kiem_tra)])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_of(child))
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index_of(kiem_tra))
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_filter_keeps_matches_and_their_ancestors(model: PlanTreeModel, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    proxy = SectionFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_query("tuyen truyen")
    assert proxy.rowCount() == 1
    top = proxy.index(0, 0)
    assert proxy.data(proxy.index(0, COL_TITLE)) == "Mục đích, yêu cầu"
    assert proxy.rowCount(top) == 1
    assert proxy.data(proxy.index(0, COL_TITLE, top)) == "Tuyên truyền pháp luật về dân chủ"
    proxy.set_query("KIỂM  tra")
    assert proxy.data(proxy.index(0, COL_TITLE)) == "Nội dung"
    proxy.set_query("không có gì như thế")
    assert proxy.rowCount() == 0
    proxy.set_query("")
    assert proxy.rowCount() == 3
    qtmodeltester.check(proxy)
