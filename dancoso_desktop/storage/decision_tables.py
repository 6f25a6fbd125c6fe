"""Tables of community decisions and hamlet heads (migration 0006_decisions).

The decision row keeps what the register filters and sorts on, computed by the service: the
result (passed, rule), totals over the hamlets, the date-independent checks as a bit mask, the
send and recognition deadlines, the folded search text and a Vietnamese sort string.
Hamlet heads live in a side table keyed by unit id (the units table is not altered).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dancoso_desktop.storage.base import Base


class DecisionRow(Base):
    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    matter: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    title_sort: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(String(20))
    proposer: Mapped[str] = mapped_column(String(20))
    form: Mapped[str] = mapped_column(String(20))
    doc_kind: Mapped[str] = mapped_column(String(20), default="resolution")
    proposal_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    proposal_households: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notice_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    documents_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    meeting_lacked: Mapped[bool] = mapped_column(Boolean, default=False)
    ballot_plan_issued: Mapped[date | None] = mapped_column(Date, nullable=True)
    ballot_plan_sent: Mapped[date | None] = mapped_column(Date, nullable=True)
    ballot_notice_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    ballot_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    prepoll_for: Mapped[int | None] = mapped_column(Integer, nullable=True)
    vote_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    send_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recognition: Mapped[str] = mapped_column(String(20), default="not_needed")
    recognised_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recognition_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    recognition_number: Mapped[str] = mapped_column(String(100), default="")
    place: Mapped[str] = mapped_column(String(500), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    election: Mapped[str] = mapped_column(Text, default="")      # JSON of the Election part, or ""
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    rule: Mapped[str] = mapped_column(String(40), default="")
    result_text: Mapped[str] = mapped_column(Text, default="")
    hamlets: Mapped[str] = mapped_column(Text, default="")        # names, for the register column
    households: Mapped[int] = mapped_column(Integer, default=0)
    present: Mapped[int] = mapped_column(Integer, default=0)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    problems: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (
        Index("ix_decisions_year_sort", "year", "title_sort", "search_key"),
        Index("ix_decisions_sort", "title_sort", "search_key"),
        Index("ix_decisions_year_vote", "year", "vote_date", "search_key"),
        Index("ix_decisions_vote", "vote_date", "search_key"),
        Index("ix_decisions_send_due", "sent_on", "send_due"),
    )


class DecisionVoteRow(Base):
    """One hamlet's figures of a decision."""

    __tablename__ = "decision_votes"
    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), nullable=True)
    hamlet_name: Mapped[str] = mapped_column(String(300), default="")
    households: Mapped[int] = mapped_column(Integer)
    present: Mapped[int] = mapped_column(Integer, default=0)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    votes_blank: Mapped[int] = mapped_column(Integer, default=0)
    clusters: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_decision_votes_decision", "decision_id", "position"),
                      Index("ix_decision_votes_unit", "unit_id"))


class HamletHeadRow(Base):
    """The current head and term of a hamlet (a side table: the units table is not altered)."""

    __tablename__ = "hamlet_heads"
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    term_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    interim: Mapped[bool] = mapped_column(Boolean, default=False)
    interim_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id", ondelete="SET NULL"), nullable=True)
