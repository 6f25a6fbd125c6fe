"""Create the plan of a year: from the standard template, or rolled forward from an earlier plan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR


class NewPlanDialog(QDialog):
    def __init__(self, year: int, earlier_years: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("year")
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(year)
        self.template_radio = QRadioButton(self.tr("From the &standard template"))
        self.template_radio.setObjectName("fromTemplate")
        self.roll_radio = QRadioButton(self.tr("&Roll forward from the plan of an earlier year"))
        self.roll_radio.setObjectName("rollForward")
        group = QButtonGroup(self)
        group.addButton(self.template_radio)
        group.addButton(self.roll_radio)
        self.from_combo = QComboBox()
        self.from_combo.setObjectName("fromYear")
        for y in sorted(earlier_years, reverse=True):
            self.from_combo.addItem(str(y), y)
        self.roll_radio.setEnabled(bool(earlier_years))
        self.template_radio.setChecked(True)
        self.from_combo.setEnabled(False)
        self.roll_radio.toggled.connect(self.from_combo.setEnabled)
        hint = QLabel(
            self.tr(
                "Rolling forward moves dates one year on, resets statuses and marks "
                "the contents that were not finished."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Year:"), self.year_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.template_radio)
        layout.addWidget(self.roll_radio)
        layout.addWidget(self.from_combo)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Qt's standard buttons carry no Vietnamese in PySide6: name them ourselves.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[int, int | None]:
        from_year = self.from_combo.currentData() if self.roll_radio.isChecked() else None
        return self.year_spin.value(), from_year

    @classmethod
    def ask(
        cls, parent: QWidget | None, year: int, earlier_years: list[int]
    ) -> tuple[int, int | None] | None:
        """(year, year to roll forward from or None for the template), or None when cancelled."""
        dialog = cls(year, earlier_years, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
