"""What the plan page shows for a year without a plan: what to do, and the button to do it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

HINT_WIDTH = 560


class EmptyPlanState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.label.setFont(font)
        self.hint = QLabel(
            self.tr(
                "A new plan starts from the standard template (the structure all commune plans share, "
                "with the 14 disclosure duties of Art. 11) or from the plan of an earlier year. "
                "A plan saved as JSON can be imported from the File menu."
            )
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setFixedWidth(HINT_WIDTH)
        # A wrapped label inside stretches is squeezed to one line unless it asks for its height.
        self.hint.setMinimumHeight(self.hint.heightForWidth(HINT_WIDTH))
        self.button = QPushButton()
        self.button.setObjectName("createPlan")
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.label)
        box.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignCenter)
        box.addSpacing(12)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(2)

    def set_year(self, year: int) -> None:
        self.label.setText(self.tr("There is no plan for %1 yet.").replace("%1", str(year)))
        self.button.setText(self.tr("Create the plan of %1…").replace("%1", str(year)))
