"""Tables of the inspection feature (migration 0003_inspections).

Lists that belong to one record only (team members, representatives, evidence files of a
criterion) are JSON text: they are always read and written with their record.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dancoso_desktop.storage.base import Base


class ChecklistTemplateRow(Base):
    __tablename__ = "inspection_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    is_standard: Mapped[bool] = mapped_column(Boolean, default=False)


class ChecklistCriterionRow(Base):
    __tablename__ = "inspection_template_criteria"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("inspection_templates.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    group_name: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    article: Mapped[str] = mapped_column(String(300), default="")


class InspectionPlanRow(Base):
    __tablename__ = "inspection_plan_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    quarter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    start: Mapped[date | None] = mapped_column(Date, nullable=True)
    end: Mapped[date | None] = mapped_column(Date, nullable=True)
    team: Mapped[str] = mapped_column(Text, default="")
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_sections.id", ondelete="SET NULL"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class InspectionRow(Base):
    __tablename__ = "inspections"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    plan_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspection_plan_entries.id", ondelete="SET NULL"), nullable=True)
    decision_number: Mapped[str] = mapped_column(String(100), default="")
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[str] = mapped_column(String(50), default="")
    end_time: Mapped[str] = mapped_column(String(50), default="")
    place: Mapped[str] = mapped_column(String(500), default="")
    team: Mapped[str] = mapped_column(Text, default="[]")              # JSON [{name, role, position}]
    representatives: Mapped[str] = mapped_column(Text, default="[]")   # JSON [{name, position}]
    findings: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class InspectionCriterionRow(Base):
    __tablename__ = "inspection_criteria"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    group_name: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    article: Mapped[str] = mapped_column(String(300), default="")
    result: Mapped[str | None] = mapped_column(String(20), nullable=True)
    evidence_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    files: Mapped[str] = mapped_column(Text, default="[]")              # JSON [{sha256, original_name, …}]

    __table_args__ = (Index("ix_inspection_criteria_inspection", "inspection_id", "position"),)


class RecommendationRow(Base):
    __tablename__ = "inspection_recommendations"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_inspection_recommendations_status", "status", "deadline"),)
