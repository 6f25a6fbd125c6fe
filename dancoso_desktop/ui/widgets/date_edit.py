"""A date field written and shown the Vietnamese way: dd/mm/yyyy, with a calendar popup."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget


class VietDateEdit(QDateEdit):
    """QDateEdit in dd/MM/yyyy, Monday-first Vietnamese calendar, Python ``date`` in and out."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setLocale(QLocale())  # the application's default: Vietnamese unless --lang en
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))
        self.set_value(value or date.today())

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))
