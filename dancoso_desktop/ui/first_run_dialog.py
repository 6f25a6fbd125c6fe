"""Who we are: the commune's identity, asked once at first run (Tools › Commune information…).

The header of every document ("ỦY BAN NHÂN DÂN XÃ …"), the place-date line ("Bình Lư, ngày …")
and the signature block (NĐ 30/2020 Art. 8, PL I: authority TM./KT./Q., title, name) are built
from these answers, so the dialog checks them as they are typed and only accepts a complete set.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.commune import COMMUNE_KIND_VI, Commune, CommuneKind
from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.domain.text import clean_line, sort_key
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.ui import i18n

MAX_FIELD = 200

# The provincial-level units since NQ 202/2025/QH15 (domain.md §5), offered as suggestions only:
# the field stays editable so that a later change of the map needs no new release.
PROVINCES = (
    "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ",
    "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Tĩnh", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lạng Sơn",
    "Lào Cai", "Lâm Đồng", "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sơn La", "Tây Ninh", "Thái Nguyên", "Thanh Hóa", "Tuyên Quang", "Vĩnh Long",
)
# NĐ 30/2020 PL I: TM. for the collective, KT. for a deputy signing for the head, Q. acting head.
AUTHORITIES = ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH")
TITLES = ("CHỦ TỊCH", "PHÓ CHỦ TỊCH")


class CommuneDialog(QDialog):
    def __init__(self, service: CommuneService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.saved: Commune | None = None
        current = service.get_commune()
        self.setWindowTitle(self.tr("Commune information") if current else self.tr("Welcome"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if current is None:
            intro = QLabel(self.tr("Tell the program once which commune this is. These details are printed in the header, the place-date line and the signature of every document."))
            intro.setWordWrap(True)
            layout.addWidget(intro)

        commune_box = QGroupBox(self.tr("Commune"))
        form = QFormLayout(commune_box)
        self.province = QComboBox()
        self.province.setEditable(True)
        self.province.addItems(sorted(PROVINCES, key=sort_key))
        self.province.setCurrentIndex(-1)
        self._edit(self.province).setPlaceholderText(self.tr("e.g. Lâm Đồng"))
        self.kind = QComboBox()
        for kind in CommuneKind:
            self.kind.addItem(COMMUNE_KIND_VI[kind], kind.value)
        self.name = self._line(self.tr("e.g. Bình Lư (without “xã”)"))
        self.place = self._line("")
        form.addRow(self.tr("&Province or city:"), self.province)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Commune &name:"), self.name)
        form.addRow(self.tr("&Place in the date line:"), self.place)
        layout.addWidget(commune_box)

        signer_box = QGroupBox(self.tr("Usual signer"))
        sform = QFormLayout(signer_box)
        self.authority = self._combo(AUTHORITIES)
        self.title = self._combo(TITLES)
        self.signer = self._line(self.tr("e.g. Nguyễn Văn A"))
        sform.addRow(self.tr("&Authority line:"), self.authority)
        sform.addRow(self.tr("&Title:"), self.title)
        sform.addRow(self.tr("Full na&me:"), self.signer)
        layout.addWidget(signer_box)
        _align_label_columns(form, sform)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setStyleSheet("color: #444;")
        layout.addWidget(self.preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        i18n.localize_buttons(self.buttons)
        layout.addWidget(self.buttons)

        if current is not None:
            self._fill(current)
        for line in (self._edit(self.province), self.name, self.place, self._edit(self.authority),
                     self._edit(self.title), self.signer):
            line.textChanged.connect(self.validate)
        self.kind.currentIndexChanged.connect(self.validate)
        self.validate()

    def _line(self, placeholder: str) -> QLineEdit:
        # No maxLength: a long paste would be cut silently; it is refused with a message instead.
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        return line

    def _combo(self, items: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(items)
        return combo

    @staticmethod
    def _edit(combo: QComboBox) -> QLineEdit:
        line = combo.lineEdit()
        assert line is not None  # the combo boxes here are all editable
        return line

    def _fill(self, c: Commune) -> None:
        self.province.setEditText(c.province)
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind.value)))
        self.name.setText(c.name)
        self.place.setText(c.place_name if c.place_name != c.name else "")
        self.authority.setEditText(c.signer_authority)
        self.title.setEditText(c.signer_title)
        self.signer.setText(c.signer_name)

    # -- validation as you type ---------------------------------------------------------------
    def commune(self) -> Commune:
        """The answers as typed, cleaned (NFC, single spaces); not yet checked."""
        name = clean_line(self.name.text())
        return Commune(
            province=clean_line(self.province.currentText()),
            name=name,
            kind=CommuneKind(self.kind.currentData()),
            place_name=clean_line(self.place.text()) or name,
            signer_authority=clean_line(self.authority.currentText()),
            signer_title=clean_line(self.title.currentText()),
            signer_name=clean_line(self.signer.text()),
        )

    def problems(self) -> list[str]:
        c = self.commune()
        out = []
        if not c.province:
            out.append(self.tr("Enter the province or city."))
        if not c.name:
            out.append(self.tr("Enter the commune's name."))
        elif c.name.casefold().startswith(("xã ", "phường ", "đặc khu ")):
            out.append(self.tr("Write the name without “xã”, “phường” or “đặc khu”: choose the kind above."))
        if not c.signer_authority:
            out.append(self.tr("Enter the authority line, e.g. “TM. ỦY BAN NHÂN DÂN”."))
        if not c.signer_title:
            out.append(self.tr("Enter the signer's title, e.g. “CHỦ TỊCH”."))
        if not c.signer_name:
            out.append(self.tr("Enter the signer's full name."))
        if any(len(v) > MAX_FIELD for v in (c.province, c.name, c.place_name, c.signer_authority,
                                            c.signer_title, c.signer_name)):
            out.append(self.tr("A field is too long (at most %1 characters).").replace("%1", str(MAX_FIELD)))
        return out

    def validate(self) -> bool:
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        c = self.commune()
        self.place.setPlaceholderText(c.name or self.tr("same as the commune's name"))
        if c.name:
            self.preview.setText(self.tr("Header: %1").replace("%1", c.issuing_body))
        else:
            self.preview.setText("")
        return not problems

    def accept(self) -> None:
        if not self.validate():
            return
        try:
            self.saved = self.service.save_commune(self.commune())
        except UserError as exc:  # the service's own checks (lengths) have the last word
            self.problem.setText(exc.text())
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, service: CommuneService) -> Commune | None:
        """Show the dialog; the saved commune, or None when cancelled. Tests replace this."""
        dialog = cls(service, parent)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


def _align_label_columns(*forms: QFormLayout) -> None:
    """Give the forms of stacked groups one label width, so their fields start at one line."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
