"""A vertical-only scroll area for a form beside a tree in a splitter.

A form in a plain QScrollArea without a sideways scroll bar is simply cut off on the right when
the splitter gives it less than the form needs (it happened to the section form in a 1280-pixel
window). This one asks the splitter for the form's own minimum width, and asks again whenever
the form's contents change (a date range shows two date fields, a long unit name arrives…)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class FormScrollArea(QScrollArea):
    def __init__(self, form: QWidget, *, floor: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._floor = floor
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(form)
        form.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        needed = (form.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                  + 2 * self.frameWidth())
        return QSize(max(hint.width(), needed, self._floor), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()   # the splitter reads minimumSizeHint again
        return super().eventFilter(watched, event)
