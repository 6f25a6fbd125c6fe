"""The disclosure record form: validates as you type, computes legal ends, refuses bad input
(start before decision, end before start, channel without place, missing or huge evidence),
stores NFC and keeps a "=cmd" title as typed."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, Evidence
from dancoso_desktop.services.disclosure_query import RegisterFilter, RegisterQuery
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.ui.disclosures import record_form
from dancoso_desktop.ui.disclosures.channel_table import COL_END, COL_PERMANENT, COL_PLACE, COL_START
from dancoso_desktop.ui.disclosures.record_form import RecordDialog


@pytest.fixture
def svc(workspace) -> DisclosureService:  # type: ignore[no-untyped-def]
    return DisclosureService(workspace)


def make(qtbot, svc: DisclosureService, record: DisclosureRecord | None = None) -> RecordDialog:  # type: ignore[no-untyped-def]
    d = RecordDialog(svc, record or DisclosureRecord(item=1, title="", decided_on=date(2026, 3, 2)), [], ["Thôn Đông"])
    qtbot.addWidget(d)
    return d


def save_button(d: RecordDialog):  # type: ignore[no-untyped-def]
    return d.buttons.button(QDialogButtonBox.StandardButton.Save)


def add_channel(d: RecordDialog, code: str = "posting", place: str = "Trụ sở HĐND - UBND xã") -> int:
    d._add_channel()
    row = d.channels.rowCount() - 1
    combo = d.channels.cellWidget(row, 0)
    combo.setCurrentIndex(combo.findData(code))
    d.channels.cellWidget(row, COL_PLACE).setEditText(place)
    return row


def count(svc: DisclosureService) -> int:
    return RegisterQuery(svc.db).count(RegisterFilter())


def test_art_13_2_form_computes_thirty_day_end_and_saves(qtbot, svc: DisclosureService) -> None:  # type: ignore[no-untyped-def]
    d = make(qtbot, svc)
    qtbot.keyClicks(d.title, "Ke hoach phat trien KT-XH 2026")  # QTest types Latin-1 only
    d.title.setText(d.title.text().replace("Ke hoach", "Kế hoạch"))
    row = add_channel(d)
    d.channels.cellWidget(row, COL_START).set_value(date(2026, 3, 3))
    assert d.channels.cellWidget(row, COL_END).value() == date(2026, 4, 1)
    assert "09/03/2026" in d.info.text()          # disclose by: 5 working days after Monday 02/03
    assert save_button(d).isEnabled()
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert d.saved is not None and d.result() == 1
    stored = svc.get(d.saved.id or 0)
    assert stored.channels[0].end == date(2026, 4, 1)


def test_art_13_2_item_4_posting_is_permanent_by_default(qtbot, svc: DisclosureService) -> None:  # type: ignore[no-untyped-def]
    d = make(qtbot, svc)
    d.item.setCurrentIndex(d.item.findData(4))
    row = add_channel(d)
    assert d.channels.cellWidget(row, COL_PERMANENT).isChecked()
    assert d.channels.uses()[0].end is None


def test_art_13_3_radio_end_three_days(qtbot, svc: DisclosureService) -> None:  # type: ignore[no-untyped-def]
    d = make(qtbot, svc)
    d.item.setCurrentIndex(d.item.findData(9))
    row = add_channel(d, "radio", "")
    d.channels.cellWidget(row, COL_START).set_value(date(2026, 3, 30))
    assert d.channels.cellWidget(row, COL_END).value() == date(2026, 4, 1)


def test_start_before_decision_refused_as_you_type(qtbot, svc: DisclosureService) -> None:  # type: ignore[no-untyped-def]
    d = make(qtbot, svc)
    qtbot.keyClicks(d.title, "Danh sach ho ngheo")
    row = add_channel(d)
    d.channels.cellWidget(row, COL_START).set_value(date(2026, 3, 1))
    assert not save_button(d).isEnabled()
    assert "trước ngày ban hành" in d.error.text()
    d.save()
    assert count(svc) == 0


def test_end_before_start_refused(qtbot, svc: DisclosureService) -> None:  # type: ignore[no-untyped-def]
    d = make(qtbot, svc)
    qtbot.keyClicks(d.title, "Danh sach ho ngheo")
    row = add_channel(d)
    d.channels.cellWidget(row, COL_START).set_value(date(2026, 3, 10))
    end = d.channels.cellWidget(row, COL_END)
    end.setFocus()
    end.set_value(date(2026, 3, 5))
    assert not save_button(d).isEnabled()
    assert "trước ngày bắt đầu" in d.error.text()


def test_channel_without_place_refused(qtbot, svc: DisclosureService) -> None:  # type: ignore[no-untyped-def]
    d = make(qtbot, svc)
    qtbot.keyClicks(d.title, "Danh sach ho ngheo")
    add_channel(d, "posting", "")
    assert not save_button(d).isEnabled()
    assert "nơi công khai" in d.error.text()


def test_missing_and_huge_evidence_are_refused(qtbot, svc: DisclosureService, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    d = make(qtbot, svc)
    d.add_evidence([tmp_path / "không có.jpg"])
    assert "không có.jpg" in d.file_error.text() and d.evidence.count() == 0
    big = tmp_path / "big.jpg"
    big.write_bytes(b"x" * 100)
    monkeypatch.setattr(record_form, "MAX_ATTACHMENT_BYTES", 50)
    d.add_evidence([big])
    assert "big.jpg" in d.file_error.text() and d.evidence.count() == 0


def test_evidence_removed_before_saving_saves_nothing(qtbot, svc: DisclosureService, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "ảnh.jpg"
    photo.write_bytes(b"jpeg")
    d = make(qtbot, svc)
    qtbot.keyClicks(d.title, "Niem yet quy hoach")
    add_channel(d)
    d.add_evidence([photo])
    assert d.evidence.count() == 1
    photo.unlink()
    d.save()
    assert d.saved is None and "ảnh.jpg" in d.error.text()
    assert count(svc) == 0


def test_nfd_title_saved_nfc_and_formula_title_kept(qtbot, svc: DisclosureService) -> None:  # type: ignore[no-untyped-def]
    for typed in (unicodedata.normalize("NFD", "Kết quả bình xét hộ nghèo"), "=cmd|' /C calc'!A0"):
        d = make(qtbot, svc)
        d.title.setText(typed)
        add_channel(d)
        d.save()
        assert d.saved is not None
        assert svc.get(d.saved.id or 0).title == unicodedata.normalize("NFC", typed)


def test_warns_of_failing_checks_before_saving(qtbot, svc: DisclosureService) -> None:  # type: ignore[no-untyped-def]
    rec = DisclosureRecord(item=7, title="Danh sách hỗ trợ", decided_on=date(2026, 3, 2),
                           channels=[ChannelUse("posting", "Trụ sở", date(2026, 3, 20), date(2026, 3, 25))],
                           evidence=[Evidence("0" * 64, "x.jpg")])
    d = make(qtbot, svc, rec)
    text = d.info.text()
    assert "Công khai chậm" in text and "khoản 3 Điều 12" in text
    assert "Niêm yết chưa đủ" in text and "Truyền thanh" in text
    assert save_button(d).isEnabled()   # a late disclosure is recorded as it happened
