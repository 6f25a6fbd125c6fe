"""The first-run dialog: validation as you type, and what the database then holds."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dancoso_desktop.domain.commune import Commune, CommuneKind
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.ui.first_run_dialog import CommuneDialog


@pytest.fixture
def dialog(qtbot, workspace):  # type: ignore[no-untyped-def]
    d = CommuneDialog(CommuneService(workspace.db))
    qtbot.addWidget(d)
    return d


def ok_button(d: CommuneDialog):  # type: ignore[no-untyped-def]
    return d.buttons.button(QDialogButtonBox.StandardButton.Ok)


def type_into(qtbot, line, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ASCII key by key; Vietnamese letters arrive as an input method would send them.

    (QTest can only synthesise ASCII key events; QLineEdit.insert is what a commit from an
    input method such as Unikey ends in.)
    """
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(line, ch)
        else:
            line.insert(ch)


def fill(qtbot, d: CommuneDialog, *, province="Lâm Đồng", name="Bình Lư", signer="Nguyễn Văn An"):  # type: ignore[no-untyped-def]
    d._edit(d.province).clear()
    type_into(qtbot, d.province.lineEdit(), province)
    d.name.clear()
    type_into(qtbot, d.name, name)
    d.signer.clear()
    type_into(qtbot, d.signer, signer)


def test_ok_is_disabled_until_every_required_answer_is_given(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    assert not ok_button(dialog).isEnabled()
    assert "tỉnh" in dialog.problem.text().lower() or "province" in dialog.problem.text().lower()
    type_into(qtbot, dialog.province.lineEdit(), "Lâm Đồng")
    assert not ok_button(dialog).isEnabled()
    type_into(qtbot, dialog.name, "Bình Lư")
    assert not ok_button(dialog).isEnabled()  # the signer's name is still missing
    type_into(qtbot, dialog.signer, "Nguyễn Văn An")
    assert ok_button(dialog).isEnabled()
    assert dialog.problem.text() == ""
    assert "ỦY BAN NHÂN DÂN XÃ BÌNH LƯ" in dialog.preview.text()
    # Whitespace only is as good as nothing.
    dialog.name.setText("   \t ")
    assert not ok_button(dialog).isEnabled()


def test_name_with_the_kind_written_in_is_refused(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    fill(qtbot, dialog, name="Xã Bình Lư")
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem.text()


def test_accept_stores_nfc_and_defaults_the_place_to_the_name(qtbot, dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    decomposed = unicodedata.normalize("NFD", "Bình Lư")
    fill(qtbot, dialog, province=unicodedata.normalize("NFD", "Lâm Đồng"), name=decomposed,
         signer="  Nguyễn   Văn An ")
    dialog.kind.setCurrentIndex(dialog.kind.findData(CommuneKind.PHUONG.value))
    dialog.title.setEditText("PHÓ CHỦ TỊCH")
    dialog.authority.setEditText("KT. CHỦ TỊCH")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == CommuneDialog.DialogCode.Accepted
    stored = CommuneService(workspace.db).get_commune()
    assert stored == Commune(province="Lâm Đồng", name="Bình Lư", kind=CommuneKind.PHUONG,
                             place_name="Bình Lư", signer_authority="KT. CHỦ TỊCH",
                             signer_title="PHÓ CHỦ TỊCH", signer_name="Nguyễn Văn An")
    assert unicodedata.is_normalized("NFC", stored.name + stored.province)


def test_cancel_stores_nothing(qtbot, dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    fill(qtbot, dialog)
    dialog.reject()
    assert CommuneService(workspace.db).get_commune() is None


def test_reopening_shows_and_updates_the_stored_commune(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    service = CommuneService(workspace.db)
    service.save_commune(Commune("Cao Bằng", "Hòa An", place_name="Nước Hai", signer_name="Hoàng Văn Thắng"))
    d = CommuneDialog(service)
    qtbot.addWidget(d)
    assert d.name.text() == "Hòa An"
    assert d.place.text() == "Nước Hai"
    assert ok_button(d).isEnabled()
    d.place.clear()  # back to the default: the place follows the name
    type_into(qtbot, d.signer, " Hai")
    d.accept()
    stored = service.get_commune()
    assert stored is not None
    assert stored.place_name == "Hòa An"
    assert stored.signer_name == "Hoàng Văn Thắng Hai"


def test_odd_characters_are_kept_as_typed(qtbot, dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    fill(qtbot, dialog, name="A < B & C = +1")
    dialog.accept()
    stored = CommuneService(workspace.db).get_commune()
    assert stored is not None and stored.name == "A < B & C = +1"


def test_a_huge_paste_is_refused_not_cut(qtbot, dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    fill(qtbot, dialog)
    dialog.name.setText("Bình Lư " * 150_000)  # about 1 MB pasted into the name
    assert not ok_button(dialog).isEnabled()
    assert "200" in dialog.problem.text()
    dialog.accept()  # even forced, nothing is stored
    assert CommuneService(workspace.db).get_commune() is None


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_two_groups_start_their_fields_on_one_line(qtbot, qapp, workspace) -> None:  # type: ignore[no-untyped-def]
    from dancoso_desktop.ui import i18n

    i18n.install(qapp, "vi")   # the labels the officer sees (their widths differ by language)
    try:
        dialog = CommuneDialog(CommuneService(workspace.db))
        qtbot.addWidget(dialog)
        _check_fields_aligned(qtbot, dialog)
    finally:
        i18n.uninstall(qapp)


def _check_fields_aligned(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    qtbot.waitExposed(dialog)
    lefts = [w.mapTo(dialog, w.rect().topLeft()).x()
             for w in (dialog.province, dialog.name, dialog.authority, dialog.signer)]
    assert len(set(lefts)) == 1, lefts
