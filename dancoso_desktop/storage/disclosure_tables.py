"""Tables of the disclosure register (migration 0002_disclosures).

The register row keeps summaries computed by the service (first start, posting span, channel
bit mask, the date-independent legal checks as a bit mask, the folded search text and a
Vietnamese sort string) so that 100,000 records filter, sort and page in SQL with indexes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dancoso_desktop.storage.base import Base


class DisclosureRow(Base):
    __tablename__ = "disclosures"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    item: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    title_sort: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    source_document: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    planned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    disclosed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    posting_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    posting_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    permanent: Mapped[bool] = mapped_column(Boolean, default=False)
    channel_mask: Mapped[int] = mapped_column(Integer, default=0)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="done")
    problems: Mapped[int] = mapped_column(Integer, default=0)
    evidence_count: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    plan_key: Mapped[str | None] = mapped_column(String(100), nullable=True, unique=True)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # "public" (Art. 11–14) or "internal" (công khai nội bộ, Art. 46–48); added by 0009_conferences.
    scope: Mapped[str] = mapped_column(String(20), default="public", server_default="public")

    __table_args__ = (
        # The register in title order, with the folded search text in the same index: a search
        # walks the index in Vietnamese order, tests each entry's search_key without touching
        # the table, and stops once the page is full (100,000 records: a few ms).
        Index("ix_disclosures_year_sort", "year", "title_sort", "search_key"),
        Index("ix_disclosures_sort", "title_sort", "search_key"),
        Index("ix_disclosures_year_item", "year", "item"),
        Index("ix_disclosures_year_status_due", "year", "status", "due_on"),
        Index("ix_disclosures_year_decided", "year", "decided_on"),
        Index("ix_disclosures_status_disclosed", "status", "disclosed_on"),   # a report's period (0011)
        Index("ix_disclosures_unit", "unit_id"),
        Index("ix_disclosures_scope_year", "scope", "year"),
    )


class DisclosureChannelRow(Base):
    __tablename__ = "disclosure_channels"
    id: Mapped[int] = mapped_column(primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(ForeignKey("disclosures.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[str] = mapped_column(String(30))
    place: Mapped[str] = mapped_column(String(300), default="")
    start: Mapped[date | None] = mapped_column(Date, nullable=True)
    end: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("ix_disclosure_channels_disclosure", "disclosure_id", "position"),)


class DisclosureEvidenceRow(Base):
    __tablename__ = "disclosure_evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(ForeignKey("disclosures.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer, default=0)
    suffix: Mapped[str] = mapped_column(String(20), default="")

    __table_args__ = (Index("ix_disclosure_evidence_disclosure", "disclosure_id", "position"),)


class DaySwapRow(Base):
    """The government's yearly day swaps the officer types in (a weekday off, a Saturday worked)."""

    __tablename__ = "calendar_day_swaps"
    id: Mapped[int] = mapped_column(primary_key=True)
    day_off: Mapped[date | None] = mapped_column(Date, nullable=True)
    work_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(String(300), default="")
