"""The texts of the disclosure register's scope (public, or internal to the staff: Law Art. 46–48),
kept with the conferences feature that added the scope, so the register's own translations are
not touched. The register page and its form take their labels from here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def filter_items() -> list[tuple[str, str | None]]:
    """The page's scope filter: (label, RegisterFilter.scope)."""
    return [(translate("DisclosureScope", "Public and internal"), None),
            (translate("DisclosureScope", "Public (Art. 11)"), "public"),
            (translate("DisclosureScope", "Internal (Art. 46)"), "internal")]


def form_items() -> list[tuple[str, str]]:
    """The form's scope choice: (label, DisclosureRecord.scope)."""
    return [(translate("DisclosureScope", "Public (Art. 11–14)"), "public"),
            (translate("DisclosureScope", "Internal, to the staff (Art. 46–48)"), "internal")]


def form_label() -> str:
    return translate("DisclosureScope", "Sco&pe:")
