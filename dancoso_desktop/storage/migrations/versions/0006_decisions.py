"""citizens decide: community decisions with per-hamlet votes, hamlet-head elections (issue 12)

Revision ID: 0006_decisions
Revises: 0005_assessment

Creates the decisions register, each decision's per-hamlet figures, and the side table of the
hamlets' current heads (keyed by unit id; the units table itself is not altered).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_decisions"
down_revision = "0005_assessment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("matter", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_sort", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("proposer", sa.String(length=20), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("doc_kind", sa.String(length=20), nullable=False),
        sa.Column("proposal_date", sa.Date(), nullable=True),
        sa.Column("proposal_households", sa.Integer(), nullable=True),
        sa.Column("notice_date", sa.Date(), nullable=True),
        sa.Column("documents_date", sa.Date(), nullable=True),
        sa.Column("meeting_lacked", sa.Boolean(), nullable=False),
        sa.Column("ballot_plan_issued", sa.Date(), nullable=True),
        sa.Column("ballot_plan_sent", sa.Date(), nullable=True),
        sa.Column("ballot_notice_date", sa.Date(), nullable=True),
        sa.Column("ballot_start", sa.Date(), nullable=True),
        sa.Column("prepoll_for", sa.Integer(), nullable=True),
        sa.Column("vote_date", sa.Date(), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("send_due", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("recognition", sa.String(length=20), nullable=False),
        sa.Column("recognised_on", sa.Date(), nullable=True),
        sa.Column("recognition_due", sa.Date(), nullable=True),
        sa.Column("recognition_number", sa.String(length=100), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("election", sa.Text(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column("result_text", sa.Text(), nullable=False),
        sa.Column("hamlets", sa.Text(), nullable=False),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("problems", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    with op.batch_alter_table("decisions") as batch_op:
        batch_op.create_index("ix_decisions_year_sort", ["year", "title_sort", "search_key"], unique=False)
        batch_op.create_index("ix_decisions_sort", ["title_sort", "search_key"], unique=False)
        batch_op.create_index("ix_decisions_year_vote", ["year", "vote_date", "search_key"], unique=False)
        batch_op.create_index("ix_decisions_vote", ["vote_date", "search_key"], unique=False)
        batch_op.create_index("ix_decisions_send_due", ["sent_on", "send_due"], unique=False)
    op.create_table(
        "decision_votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("hamlet_name", sa.String(length=300), nullable=False),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("votes_against", sa.Integer(), nullable=False),
        sa.Column("votes_blank", sa.Integer(), nullable=False),
        sa.Column("clusters", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"],
                                name=op.f("fk_decision_votes_decision_id_decisions"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_decision_votes_unit_id_units"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_votes")),
    )
    with op.batch_alter_table("decision_votes") as batch_op:
        batch_op.create_index("ix_decision_votes_decision", ["decision_id", "position"], unique=False)
        batch_op.create_index("ix_decision_votes_unit", ["unit_id"], unique=False)
    op.create_table(
        "hamlet_heads",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("interim", sa.Boolean(), nullable=False),
        sa.Column("interim_until", sa.Date(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_hamlet_heads_unit_id_units"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"],
                                name=op.f("fk_hamlet_heads_decision_id_decisions"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("unit_id", name=op.f("pk_hamlet_heads")),
    )


def downgrade() -> None:
    op.drop_table("hamlet_heads")
    op.drop_table("decision_votes")
    op.drop_table("decisions")
