"""Message boxes in the current language, behind classmethods that tests replace.

Tests never see a modal box: they monkeypatch ``Messages.warning`` / ``Messages.ask`` and
assert on what was asked (design.md §8).
"""

from __future__ import annotations

from collections.abc import Callable

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

    @classmethod
    def report(cls, parent: QWidget | None, exc: BaseException,
               show_error: Callable[[BaseException], None] | None = None) -> None:
        """Show an error through the window's ``show_error`` when a page has one; a page built
        on its own (tests, dialogs) shows a refused operation itself, and re-raises a bug so the
        crash handler sees it."""
        if show_error is not None:
            show_error(exc)
        elif isinstance(exc, UserError):
            cls.user_error(parent, exc)
        else:
            raise exc
