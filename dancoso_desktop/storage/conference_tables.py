"""Tables of the conferences feature (migration 0009_conferences): the dialogue conference, the
hamlets' year-end conferences, the staff conference with its 6-monthly reviews, and the staff
count of each unit (a side table keyed by unit id: the units catalogue itself is not altered).

The questions of a dialogue conference are JSON text: always read and written with their record.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dancoso_desktop.storage.base import Base


class DialogueConferenceRow(Base):
    __tablename__ = "dialogue_conferences"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(500), default="")
    chair: Mapped[str] = mapped_column(String(300), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    participant_count: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="[]")   # JSON [{question, asked_by, answer, follow_up}]
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class YearEndConferenceRow(Base):
    __tablename__ = "year_end_conferences"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    hamlet_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    planned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    plan_sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    convocation_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(String(500), default="")
    households_invited: Mapped[int] = mapped_column(Integer, default=0)
    households_present: Mapped[int] = mapped_column(Integer, default=0)
    agenda: Mapped[int] = mapped_column(Integer, default=0)
    proposals_received: Mapped[int] = mapped_column(Integer, default=0)
    proposals_answered: Mapped[int] = mapped_column(Integer, default=0)
    proposals_forwarded: Mapped[int] = mapped_column(Integer, default=0)
    report_received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("year", "hamlet_id", name="uq_year_end_conferences_year_hamlet"),)


class StaffConferenceRow(Base):
    __tablename__ = "staff_conferences"
    id: Mapped[int] = mapped_column(primary_key=True)
    work_year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), nullable=True)
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(500), default="")
    start_time: Mapped[str] = mapped_column(String(50), default="")
    end_time: Mapped[str] = mapped_column(String(50), default="")
    convened_by: Mapped[str] = mapped_column(String(20), default="union")
    chair: Mapped[str] = mapped_column(String(300), default="")
    secretary: Mapped[str] = mapped_column(String(300), default="")
    staff_total: Mapped[int] = mapped_column(Integer, default=0)
    present: Mapped[int] = mapped_column(Integer, default=0)
    absent_with_reason: Mapped[int] = mapped_column(Integer, default=0)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    votes_abstain: Mapped[int] = mapped_column(Integer, default=0)
    agenda: Mapped[int] = mapped_column(Integer, default=0)
    discussion: Mapped[str] = mapped_column(Text, default="")
    resolution_number: Mapped[str] = mapped_column(String(100), default="")
    resolution_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    resolution_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_staff_conferences_year_unit", "work_year", "unit_id"),)


class StaffConferenceReviewRow(Base):
    __tablename__ = "staff_conference_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("staff_conferences.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    reviewed_on: Mapped[date] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")
    notified_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("ix_staff_conference_reviews_conference", "conference_id", "position"),)


class UnitStaffRow(Base):
    """The staff count of a unit (unit_id NULL: the commune's own administration)."""

    __tablename__ = "unit_staff_counts"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), nullable=True,
                                                unique=True)
    staff: Mapped[int] = mapped_column(Integer, default=0)
