"""Core tables: the commune, its units, plans and plan sections (migration 0001)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dancoso_desktop.storage.base import Base


class CommuneRow(Base):
    __tablename__ = "commune"
    id: Mapped[int] = mapped_column(primary_key=True)
    province: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    place_name: Mapped[str] = mapped_column(String(200), default="")
    signer_authority: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")


class UnitRow(Base):
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(30))
    households: Mapped[int | None] = mapped_column(Integer, nullable=True)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    search_key: Mapped[str] = mapped_column(String(300), default="")


class PlanRow(Base):
    __tablename__ = "plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[str] = mapped_column(String(100), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    issuing_body: Mapped[str] = mapped_column(String(300), default="")
    parent_body: Mapped[str] = mapped_column(String(300), default="")
    legal_bases: Mapped[str] = mapped_column(Text, default="[]")       # JSON list of strings
    intro: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[str] = mapped_column(Text, default="[]")        # JSON list of strings
    signer_authority: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    report_deadlines: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of objects
    footnotes: Mapped[str] = mapped_column(Text, default="[]")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sections: Mapped[list[SectionRow]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True)


class SectionRow(Base):
    __tablename__ = "plan_sections"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_sections.id", ondelete="CASCADE"),
                                                  nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    child_style: Mapped[str | None] = mapped_column(String(20), nullable=True)
    lead_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"),
                                                     nullable=True)
    tf_kind: Mapped[str] = mapped_column(String(20), default="none")
    tf_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    tf_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    tf_quarter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    carried_over: Mapped[bool] = mapped_column(Boolean, default=False)
    search_key: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[PlanRow] = relationship(back_populates="sections")

    # AUTOINCREMENT: an id is never handed out twice, so undo can put a deleted subtree back
    # with its ids even after new sections were added in the meantime.
    __table_args__ = (Index("ix_plan_sections_plan_parent", "plan_id", "parent_id", "position"),
                      {"sqlite_autoincrement": True})


class SectionUnitRow(Base):
    """Coordinating units of a section (the lead unit is a column of its own)."""

    __tablename__ = "plan_section_units"
    section_id: Mapped[int] = mapped_column(ForeignKey("plan_sections.id", ondelete="CASCADE"),
                                            primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class SettingRow(Base):
    """Small key/value settings that belong with the data (not with the PC)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
