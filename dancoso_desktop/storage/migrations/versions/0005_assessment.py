"""the annual self-assessment: criteria schemes, scores and evidence links (issue 11 item 8)

Revision ID: 0005_assessment
Revises: 0004_reports

Also creates the index the due list uses on the disclosure register (status, posting_end).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_assessment"
down_revision = "0004_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.Text(), nullable=False),
        sa.Column("bonus", sa.String(length=20), nullable=False),
        sa.Column("bonus_note", sa.Text(), nullable=False),
        sa.Column("penalty", sa.String(length=20), nullable=False),
        sa.Column("penalty_note", sa.Text(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
        sa.UniqueConstraint("year", name=op.f("uq_assessments_year")),
    )
    op.create_table(
        "assessment_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("points", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"],
                                name=op.f("fk_assessment_scores_assessment_id_assessments"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_scores")),
        sa.UniqueConstraint("assessment_id", "code", name="uq_assessment_scores_assessment_code"),
    )
    op.create_table(
        "assessment_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"],
                                name=op.f("fk_assessment_evidence_assessment_id_assessments"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_evidence")),
    )
    with op.batch_alter_table("assessment_evidence") as batch_op:
        batch_op.create_index("ix_assessment_evidence_assessment", ["assessment_id", "code", "position"],
                              unique=False)
    with op.batch_alter_table("disclosures") as batch_op:
        batch_op.create_index("ix_disclosures_status_posting_end", ["status", "posting_end"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("disclosures") as batch_op:
        batch_op.drop_index("ix_disclosures_status_posting_end")
    op.drop_table("assessment_evidence")
    op.drop_table("assessment_scores")
    op.drop_table("assessments")
