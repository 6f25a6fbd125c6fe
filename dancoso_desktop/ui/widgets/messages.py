"""Message boxes in the current language, behind classmethods that tests replace.

Tests never see a modal box: they monkeypatch ``Messages.warning`` / ``Messages.ask`` and
assert on what was asked (design.md §8).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dancoso_desktop.domain.errors import UserError
from dancoso_desktop.ui import i18n


class Messages:
    @staticmethod
    def app_title() -> str:
        return QCoreApplication.translate("Messages", "Grassroots democracy")

    @classmethod
    def _box(cls, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
             buttons: QMessageBox.StandardButton) -> QMessageBox:
        box = QMessageBox(icon, title, text, buttons, parent)
        i18n.localize_buttons(box)
        return box

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._box(parent, QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok).exec()

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok).exec()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
        """A yes/no question; True for yes."""
        box = cls._box(parent, QMessageBox.Icon.Question, title, text,
                       QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def user_error(cls, parent: QWidget | None, exc: UserError) -> None:
        """A refused operation, in the current language."""
        cls.warning(parent, cls.app_title(), exc.text())
