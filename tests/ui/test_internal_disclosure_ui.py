"""Internal disclosure in the register's window: the form's scope lists the Art. 46 contents and
proposes the 20-day posting; the page filters by scope and labels internal rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, Evidence, Scope
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.ui.disclosures.channel_table import COL_END, COL_PLACE, COL_START
from dancoso_desktop.ui.disclosures.page import DisclosuresPage
from dancoso_desktop.ui.disclosures.record_form import RecordDialog

EV = [Evidence("a" * 64, "anh.jpg", 10, ".jpg")]


def test_form_saves_an_internal_disclosure_with_twenty_days(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    svc = DisclosureService(workspace)
    d = RecordDialog(svc, DisclosureRecord(item=1, title="", decided_on=date(2026, 3, 2)), [], [])
    qtbot.addWidget(d)
    d.scope.setCurrentIndex(d.scope.findData("internal"))
    assert d.item.count() == 11 and d.item.itemText(5).startswith("6. Công tác cán bộ")
    d.item.setCurrentIndex(5)
    d.title.setText("=Kết quả đánh giá công chức")
    d._add_channel()
    row = d.channels.rowCount() - 1
    d.channels.cellWidget(row, COL_PLACE).setEditText("Bảng tin cơ quan")
    d.channels.cellWidget(row, COL_START).set_value(date(2026, 3, 3))
    assert d.channels.cellWidget(row, COL_END).value() == date(2026, 3, 22)     # 20 days (Art. 48)
    save = d.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert d.saved is not None
    stored = svc.get(d.saved.id or 0)
    assert stored.scope is Scope.INTERNAL and stored.item == 6 and stored.title == "=Kết quả đánh giá công chức"
    assert stored.channels[0].end == date(2026, 3, 22)


def test_page_filters_by_scope(qtbot, qtmodeltester, workspace) -> None:  # type: ignore[no-untyped-def]
    svc = DisclosureService(workspace)
    svc.save(DisclosureRecord(item=1, title="Kế hoạch KT-XH", decided_on=date(2026, 3, 2), evidence=EV,
                              channels=[ChannelUse("posting", "Trụ sở", date(2026, 3, 3), date(2026, 4, 1))]))
    svc.save(DisclosureRecord(item=6, title="Xếp loại công chức", decided_on=date(2026, 3, 2), evidence=EV,
                              channels=[ChannelUse("posting", "Bảng tin", date(2026, 3, 3), date(2026, 3, 22))],
                              scope=Scope.INTERNAL))
    page = DisclosuresPage(workspace, 2026, today=date(2026, 6, 1))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    page.scope.setCurrentIndex(page.scope.findData("internal"))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data().startswith("NB6.")
    assert page.content.count() == 12          # "all" + the 11 contents of Art. 46
    qtmodeltester.check(page.model)
    page.scope.setCurrentIndex(page.scope.findData("public"))
    assert page.model.rowCount() == 1 and page.model.index(0, 2).data() == "Kế hoạch KT-XH"
