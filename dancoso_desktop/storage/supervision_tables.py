"""Tables of the supervision boards and the petition register (migration 0008_supervision).

Each row keeps a ``search_key`` (folded text, domain.text.fold) so the registers search in SQL
with tone marks ignored. Units and hamlets are referenced with ON DELETE RESTRICT: a unit in use
is retired, never deleted (services.commune_service.UNIT_USAGE_CHECKS).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dancoso_desktop.storage.base import Base


class SupervisionBoardRow(Base):
    __tablename__ = "supervision_boards"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(500))
    term_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    project_name: Mapped[str] = mapped_column(String(1000), default="")
    investor: Mapped[str] = mapped_column(String(500), default="")
    place: Mapped[str] = mapped_column(String(500), default="")
    project_value: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    supervision_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    investor_notified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    agency_staff: Mapped[int | None] = mapped_column(Integer, nullable=True)
    dissolved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class SupervisionMemberRow(Base):
    __tablename__ = "supervision_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("supervision_boards.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    hamlet_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), nullable=True)
    employer_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"),
                                                         nullable=True)
    agency_role: Mapped[str] = mapped_column(String(30), default="staff")
    note: Mapped[str] = mapped_column(Text, default="")


class SupervisionDocRow(Base):
    """A programme (chương trình, kế hoạch) or a report to the MTTQ, for one period."""

    __tablename__ = "supervision_docs"
    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("supervision_boards.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    title: Mapped[str] = mapped_column(String(1000), default="")
    content: Mapped[str] = mapped_column(Text, default="")


class SupervisionCheckRow(Base):
    __tablename__ = "supervision_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("supervision_boards.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(1000))
    subject: Mapped[str] = mapped_column(String(1000), default="")
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    notified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    findings: Mapped[str] = mapped_column(Text, default="")
    confirmed_by_mttq: Mapped[bool] = mapped_column(Boolean, default=False)
    search_key: Mapped[str] = mapped_column(Text, default="")


class SupervisionRecommendationRow(Base):
    __tablename__ = "supervision_recommendations"
    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("supervision_boards.id", ondelete="CASCADE"), index=True)
    check_id: Mapped[int | None] = mapped_column(ForeignKey("supervision_checks.id", ondelete="SET NULL"),
                                                 nullable=True)
    text: Mapped[str] = mapped_column(Text)
    addressee: Mapped[str] = mapped_column(String(500), default="")
    received_on: Mapped[date] = mapped_column(Date, index=True)
    reply_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reply_text: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class PetitionRow(Base):
    __tablename__ = "petitions"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    citizen: Mapped[str] = mapped_column(String(500), default="")
    hamlet_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), nullable=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), nullable=True)
    summary: Mapped[str] = mapped_column(Text)
    answer_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    result: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str] = mapped_column(String(20), default="unknown")
    search_key: Mapped[str] = mapped_column(Text, default="")
