"""Tables of the annual self-assessment (migration 0005_assessment), and the due list's index.

One row per assessment year holds the province's criteria scheme as JSON (editable data: the
officer imports or edits it; ``domain.assessment.scheme_to_data``), the bonus and penalty points
and the conditions of CT2579 Art. 6 that apply. Scores and evidence links are rows keyed by the
criterion's code. Points are stored as decimal text ("7.5") so the arithmetic stays exact.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dancoso_desktop.storage.base import Base
from dancoso_desktop.storage.disclosure_tables import DisclosureRow


class AssessmentRow(Base):
    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    scheme: Mapped[str] = mapped_column(Text, default="{}")          # JSON: domain.assessment.Scheme
    bonus: Mapped[str] = mapped_column(String(20), default="0")
    bonus_note: Mapped[str] = mapped_column(Text, default="")
    penalty: Mapped[str] = mapped_column(String(20), default="0")
    penalty_note: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="[]")      # JSON list of condition codes
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    submitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AssessmentScoreRow(Base):
    __tablename__ = "assessment_scores"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    points: Mapped[str | None] = mapped_column(String(20), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("assessment_id", "code", name="uq_assessment_scores_assessment_code"),)


class AssessmentEvidenceRow(Base):
    """A record of the app given as evidence for a criterion: its RecordRef (kind, id) and a label
    kept as it read when linked (the record may be renamed or deleted later)."""

    __tablename__ = "assessment_evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_assessment_evidence_assessment", "assessment_id", "code", "position"),)


# The due list (issue 11) asks the disclosure register for postings that end soon; without an
# index on the posting end that is a scan of every record (0.5 s at demo --scale 100). Declared
# here, created by 0005_assessment, so the disclosure feature's table module stays untouched.
DUE_POSTING_INDEX = Index("ix_disclosures_status_posting_end", DisclosureRow.status, DisclosureRow.posting_end)
