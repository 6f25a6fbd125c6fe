"""Tables of the consultations and hương ước registers (migration 0007_consultations).

As the disclosure register does, each main row keeps what the register filters and sorts on:
the folded search text, a Vietnamese sort string, the date-independent checks as a bit mask and
(hương ước) the stage and the earliest pending deadline, so the lists filter and page in SQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dancoso_desktop.storage.base import Base


class ConsultationRow(Base):
    __tablename__ = "consultations"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    item: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    title_sort: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    draft_document: Mapped[str] = mapped_column(Text, default="")
    forms: Mapped[str] = mapped_column(String(200), default="")      # ",dialogue,portal," (LIKE-able)
    plan_sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    published_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    received: Mapped[int] = mapped_column(Integer, default=0)
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    explained: Mapped[int] = mapped_column(Integer, default=0)
    result_published_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    disclosure_id: Mapped[int | None] = mapped_column(ForeignKey("disclosures.id", ondelete="SET NULL"),
                                                      nullable=True)
    reported_hdnd_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    hdnd_session: Mapped[str] = mapped_column(String(300), default="")
    delegated_from: Mapped[str] = mapped_column(String(300), default="")
    problems: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (
        Index("ix_consultations_year_sort", "year", "title_sort", "search_key"),
        Index("ix_consultations_year_closes", "year", "closes_on"),
        Index("ix_consultations_disclosure", "disclosure_id"),
    )


class ConsultationCountRow(Base):
    """Opinions received through one form (Art. 26.1)."""

    __tablename__ = "consultation_counts"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"))
    form: Mapped[str] = mapped_column(String(30))
    count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_consultation_counts_consultation", "consultation_id"),)


class ConsultationOpinionRow(Base):
    __tablename__ = "consultation_opinions"
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    form: Mapped[str] = mapped_column(String(30), default="")
    response: Mapped[str] = mapped_column(String(20), default="pending")
    answer: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_consultation_opinions_consultation", "consultation_id", "position"),)


class VillageRuleRow(Base):
    __tablename__ = "village_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    hamlet_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    title_sort: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    households: Mapped[int | None] = mapped_column(Integer, nullable=True)
    proposed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    proposal_households: Mapped[int | None] = mapped_column(Integer, nullable=True)
    drafting_team: Mapped[str] = mapped_column(Text, default="")
    draft_posted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    adoption_form: Mapped[str | None] = mapped_column(String(20), nullable=True)
    adopted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    present: Mapped[int | None] = mapped_column(Integer, nullable=True)
    agree: Mapped[int | None] = mapped_column(Integer, nullable=True)
    disagree: Mapped[int | None] = mapped_column(Integer, nullable=True)
    file_sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recognised_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_number: Mapped[str] = mapped_column(String(300), default="")
    refused_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    stage: Mapped[str] = mapped_column(String(20), default="proposed")
    next_due: Mapped[date | None] = mapped_column(Date, nullable=True)   # earliest pending deadline
    last_review: Mapped[date | None] = mapped_column(Date, nullable=True)
    problems: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (
        Index("ix_village_rules_sort", "title_sort", "search_key"),
        Index("ix_village_rules_hamlet", "hamlet_id"),
        Index("ix_village_rules_stage", "stage"),
    )


class VillageRuleEventRow(Base):
    """A suspension, amendment, replacement or repeal of a recognised text."""

    __tablename__ = "village_rule_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("village_rules.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    scope: Mapped[str] = mapped_column(String(20), default="whole")
    trigger_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_number: Mapped[str] = mapped_column(String(300), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    fix_by: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("ix_village_rule_events_rule", "rule_id", "position"),)


class VillageRuleReviewRow(Base):
    """An annual review (18/11 or the agreed day, NĐ 61 Art. 15.4)."""

    __tablename__ = "village_rule_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("village_rules.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (Index("ix_village_rule_reviews_rule", "rule_id", "held_on"),)
