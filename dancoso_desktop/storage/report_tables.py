"""Tables of the reports feature (migration 0004_reports, issue 11).

Outlines and snapshots are JSON text: they are always read and written with their report.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dancoso_desktop.storage.base import Base


class ReportRegimeRow(Base):
    """The officer's edits of a shipped regime (the province default deadline, the recipient)."""

    __tablename__ = "report_regimes"
    code: Mapped[str] = mapped_column(String(50), primary_key=True)
    deadline_month: Mapped[int] = mapped_column(Integer)
    deadline_day: Mapped[int] = mapped_column(Integer)
    recipient: Mapped[str] = mapped_column(String(500), default="")


class ReportCalendarRow(Base):
    """What the officer set for one duty of one year (deadline, recipient, preparer)."""

    __tablename__ = "report_calendar"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    regime: Mapped[str] = mapped_column(String(50))
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    recipient: Mapped[str] = mapped_column(String(500), default="")
    preparer: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (UniqueConstraint("year", "regime", name="uq_report_calendar_year_regime"),)


class ReportRow(Base):
    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    title: Mapped[str] = mapped_column(Text, default="")
    recipient: Mapped[str] = mapped_column(String(500), default="")
    preparer: Mapped[str] = mapped_column(String(300), default="")
    outline: Mapped[str] = mapped_column(Text, default="[]")          # JSON [OutlineSection]
    annex_hidden: Mapped[str] = mapped_column(Text, default="[]")     # JSON [figure code] left out of the annex
    number: Mapped[str] = mapped_column(String(50), default="")
    serial: Mapped[int | None] = mapped_column(Integer, nullable=True)
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    signer_authority: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sent_to: Mapped[str] = mapped_column(String(500), default="")
    snapshot: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON ReportContent, once issued
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id", ondelete="SET NULL"), nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (Index("ix_reports_year_kind", "year", "kind"),
                      Index("ix_reports_issued_year_serial", "issued_on", "serial"))


class ReportTemplateRow(Base):
    """The outline the officer saved as the template of a report kind."""

    __tablename__ = "report_templates"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    outline: Mapped[str] = mapped_column(Text, default="[]")
    annex_hidden: Mapped[str] = mapped_column(Text, default="[]")
