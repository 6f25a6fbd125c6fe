"""Errors a user can act on, carrying their message in both languages.

The services raise ``UserError`` for refused operations (bad input, locked file, a database
that is not ours). The CLI prints ``text(lang)`` to stderr and exits 1; the window shows it in
a message box. Bugs are any other exception and go to the crash handler.
"""

from __future__ import annotations

_current_lang = "vi"


def set_language(lang: str) -> None:
    """Set the language used when an error is shown without an explicit one."""
    global _current_lang
    _current_lang = "en" if lang == "en" else "vi"


def current_language() -> str:
    return _current_lang


class UserError(Exception):
    """A refused operation, with a message for the officer in Vietnamese and English."""

    def __init__(self, vi: str, en: str, *, field: str | None = None) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en
        self.field = field

    def text(self, lang: str | None = None) -> str:
        lang = lang or _current_lang
        return self.en if lang == "en" else self.vi

    def __str__(self) -> str:
        return self.text()


class ValidationError(UserError):
    """Input that breaks a rule; nothing was written."""


class EnvironmentProblem(UserError):
    """A known environment error (disk full, file locked, read-only, corrupt): nothing lost."""
