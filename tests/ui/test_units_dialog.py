"""The units catalogue: add, edit households, retire, delete refused when in use, filter, model checks."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QModelIndex, Qt

from dancoso_desktop.domain.commune import Unit, UnitKind
from dancoso_desktop.domain.plan import Plan
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService, SectionFields
from dancoso_desktop.ui.units_dialog import UnitEditDialog, UnitsDialog
from dancoso_desktop.ui.units_model import HOUSEHOLDS, NAME, UNIT_ROLE, UnitsProxy, UnitsTableModel
from dancoso_desktop.ui.widgets.messages import Messages


@pytest.fixture
def service(workspace) -> CommuneService:  # type: ignore[no-untyped-def]
    s = CommuneService(workspace.db)
    s.save_unit(Unit("Văn phòng HĐND-UBND", UnitKind.DEPARTMENT, "VP"))
    s.save_unit(Unit("Thôn Đông", UnitKind.HAMLET, households=120))
    s.save_unit(Unit("Thôn Ấp Bắc", UnitKind.HAMLET, households=80))
    s.save_unit(Unit("Hội Nông dân", UnitKind.MASS_ORG))
    return s


@pytest.fixture
def dialog(qtbot, service) -> UnitsDialog:  # type: ignore[no-untyped-def]
    d = UnitsDialog(service)
    qtbot.addWidget(d)
    return d


@pytest.fixture
def answers(monkeypatch):  # type: ignore[no-untyped-def]
    """Replace the yes/no questions and warnings; record what was asked."""
    asked: dict[str, list] = {"ask": [], "warn": [], "reply": [True]}

    def ask(parent, title, text, *, default_yes=False):  # type: ignore[no-untyped-def]
        asked["ask"].append(text)
        return asked["reply"].pop(0) if len(asked["reply"]) > 1 else asked["reply"][0]

    monkeypatch.setattr(Messages, "ask", classmethod(lambda cls, *a, **k: ask(*a, **k)))
    monkeypatch.setattr(Messages, "warning", classmethod(lambda cls, p, t, text: asked["warn"].append(text)))
    return asked


def names_in_view(d: UnitsDialog) -> list[str]:
    return [d.proxy.index(r, NAME).data() for r in range(d.proxy.rowCount())]


def select(d: UnitsDialog, name: str) -> None:
    unit = next(u for u in d.service.list_units(include_retired=True) if u.name == name)
    d.select_unit(unit.id or -1)
    chosen = d.selected()
    assert chosen is not None and chosen.name == name


def test_lists_units_sorted_the_vietnamese_way(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    # Vietnamese alphabet: the a-family (a ă â, so "Ấp") comes before đ ("Đông"); a byte sort
    # would put "Đông" (U+0110) before "Ấp" (U+1EA4).
    assert names_in_view(dialog) == ["Hội Nông dân", "Thôn Ấp Bắc", "Thôn Đông", "Văn phòng HĐND-UBND"]


def test_filter_ignores_accents_and_case(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.filter, "thon dong")
    assert names_in_view(dialog) == ["Thôn Đông"]
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "HOI")
    assert names_in_view(dialog) == ["Hội Nông dân"]
    dialog.filter.clear()
    assert len(names_in_view(dialog)) == 4


def test_add_a_hamlet_with_households(dialog, service, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    name = unicodedata.normalize("NFD", "Tổ dân phố Bằng Giang")
    monkeypatch.setattr(UnitEditDialog, "ask", classmethod(
        lambda cls, parent, unit: Unit(name, UnitKind.HAMLET, "TDP BG", 189)))
    dialog.add_unit()
    stored = [u for u in service.list_units() if u.short_name == "TDP BG"]
    assert len(stored) == 1
    assert stored[0].name == "Tổ dân phố Bằng Giang"  # NFC in the database
    assert stored[0].households == 189
    assert "Tổ dân phố Bằng Giang" in names_in_view(dialog)
    assert dialog.selected() is not None and dialog.selected().name == "Tổ dân phố Bằng Giang"
    assert "389" in dialog.summary.text()  # 120 + 80 + 189 households


def test_edit_households_inline_and_through_the_dialog(qtbot, dialog, service, monkeypatch, answers) -> None:  # type: ignore[no-untyped-def]
    row = dialog.model.row_of(next(u.id for u in service.list_units() if u.name == "Thôn Đông"))
    assert dialog.model.setData(dialog.model.index(row, HOUSEHOLDS), 150)
    assert next(u for u in service.list_units() if u.name == "Thôn Đông").households == 150
    # A department has no household count: not editable, nothing stored.
    vp_row = dialog.model.row_of(next(u.id for u in service.list_units() if u.name.startswith("Văn phòng")))
    assert not dialog.model.flags(dialog.model.index(vp_row, HOUSEHOLDS)) & Qt.ItemFlag.ItemIsEditable
    assert not dialog.model.setData(dialog.model.index(vp_row, HOUSEHOLDS), 10)

    select(dialog, "Thôn Ấp Bắc")
    monkeypatch.setattr(UnitEditDialog, "ask", classmethod(
        lambda cls, parent, unit: Unit(unit.name, unit.kind, unit.short_name, 95, unit.retired, unit.id)))
    dialog.edit_unit()
    assert next(u for u in service.list_units() if u.name == "Thôn Ấp Bắc").households == 95
    assert dialog.model.index(dialog.model.row_of(dialog.selected().id), HOUSEHOLDS).data() == "95"


def test_renaming_onto_an_existing_name_is_refused_and_nothing_changes(dialog, service, answers) -> None:  # type: ignore[no-untyped-def]
    row = dialog.model.row_of(next(u.id for u in service.list_units() if u.name == "Thôn Đông"))
    assert not dialog.model.setData(dialog.model.index(row, NAME), "thon ap bac")
    assert answers["warn"] and "Thôn Ấp Bắc" in answers["warn"][0]
    assert sorted(u.name for u in service.list_units()) == sorted(
        ["Văn phòng HĐND-UBND", "Thôn Đông", "Thôn Ấp Bắc", "Hội Nông dân"])


def test_unused_unit_is_deleted(dialog, service, answers) -> None:  # type: ignore[no-untyped-def]
    select(dialog, "Hội Nông dân")
    dialog.delete_unit()
    assert "Hội Nông dân" in answers["ask"][0]
    assert "Hội Nông dân" not in [u.name for u in service.list_units(include_retired=True)]
    assert "Hội Nông dân" not in names_in_view(dialog)


def test_delete_of_a_unit_used_by_a_plan_section_is_refused_and_retire_is_offered(
        dialog, service, workspace, answers) -> None:  # type: ignore[no-untyped-def]
    plans = PlanService(workspace.db)
    plan_id = plans.create_plan(Plan(year=2026, title="Thực hiện dân chủ ở cơ sở năm 2026"))
    section = plans.add_section(plan_id, None, None, "Tuyên truyền")
    vp = next(u for u in service.list_units() if u.name.startswith("Văn phòng"))
    plans.update_section(section, SectionFields(lead_unit_id=vp.id))

    select(dialog, vp.name)
    answers["reply"] = [True, False]  # yes, delete; no, do not retire
    dialog.delete_unit()
    assert len(answers["ask"]) == 2
    assert "đang được dùng" in answers["ask"][1] or "used" in answers["ask"][1]
    stored = service.get_unit(vp.id or -1)
    assert stored.retired is False  # refused, and retiring was declined: nothing changed

    answers["reply"] = [True, True]  # yes, delete; yes, retire instead
    dialog.delete_unit()
    assert service.get_unit(vp.id or -1).retired is True
    assert vp.name in names_in_view(dialog)  # still there, shown as retired
    assert dialog.selected().retired


def test_retire_and_bring_back(dialog, service, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(dialog, "Thôn Đông")
    with qtbot.waitSignal(dialog.changed):
        dialog.retire_button.click()
    unit = next(u for u in service.list_units(include_retired=True) if u.name == "Thôn Đông")
    assert unit.retired
    assert "Thôn Đông" not in [u.name for u in service.list_units()]
    dialog.show_retired.setChecked(False)
    assert "Thôn Đông" not in names_in_view(dialog)
    dialog.show_retired.setChecked(True)
    select(dialog, "Thôn Đông")
    dialog.retire_button.click()
    assert not service.get_unit(unit.id or -1).retired


def test_units_model_passes_the_model_tester(qtmodeltester, service) -> None:  # type: ignore[no-untyped-def]
    model = UnitsTableModel(service)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    saved = service.save_unit(Unit("Thôn Mới", UnitKind.HAMLET, households=10))
    model.put(saved)
    saved.households = 11
    model.put(saved)
    model.drop(model.unit(0).id or -1)
    assert model.setData(model.index(model.row_of(saved.id or -1), HOUSEHOLDS), 12)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester as well
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex(), UNIT_ROLE) is None


def test_units_proxy_passes_the_model_tester(qtmodeltester, service) -> None:  # type: ignore[no-untyped-def]
    model = UnitsTableModel(service)
    model.reload()
    proxy = UnitsProxy()
    proxy.setSourceModel(model)
    proxy.sort(NAME)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_filter("thon")
    model.put(service.save_unit(Unit("Thôn Cuối", UnitKind.HAMLET, households=3)))
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 3


def test_unit_edit_dialog_checks_as_you_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    d = UnitEditDialog(None)
    qtbot.addWidget(d)
    ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(d.name, "Thon Moi")
    assert ok.isEnabled() and d.households.isEnabled()  # a new unit is a hamlet by default
    d.households.setValue(250)
    assert d.unit() == Unit("Thon Moi", UnitKind.HAMLET, "", 250)
    d.kind.setCurrentIndex(d.kind.findData(UnitKind.DEPARTMENT.value))
    assert not d.households.isEnabled() and d.unit().households is None
    d.short.setText("x" * 101)
    assert not ok.isEnabled() and "100" in d.problem.text()
