"""citizens comment: consultations (Art. 25–29), hương ước / quy ước life cycle (NĐ 61/2023) (issue 12)

Revision ID: 0007_consultations
Revises: 0006_decisions
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_consultations"
down_revision = "0006_decisions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consultations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("item", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_sort", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("draft_document", sa.Text(), nullable=False),
        sa.Column("forms", sa.String(length=200), nullable=False),
        sa.Column("plan_sent_on", sa.Date(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.Column("explained", sa.Integer(), nullable=False),
        sa.Column("result_published_on", sa.Date(), nullable=True),
        sa.Column("disclosure_id", sa.Integer(), nullable=True),
        sa.Column("reported_hdnd_on", sa.Date(), nullable=True),
        sa.Column("hdnd_session", sa.String(length=300), nullable=False),
        sa.Column("delegated_from", sa.String(length=300), nullable=False),
        sa.Column("problems", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["disclosure_id"], ["disclosures.id"],
                                name=op.f("fk_consultations_disclosure_id_disclosures"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultations")),
    )
    with op.batch_alter_table("consultations") as batch_op:
        batch_op.create_index("ix_consultations_year_sort", ["year", "title_sort", "search_key"], unique=False)
        batch_op.create_index("ix_consultations_year_closes", ["year", "closes_on"], unique=False)
        batch_op.create_index("ix_consultations_disclosure", ["disclosure_id"], unique=False)

    op.create_table(
        "consultation_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=30), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultations.id"],
                                name=op.f("fk_consultation_counts_consultation_id_consultations"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_counts")),
    )
    with op.batch_alter_table("consultation_counts") as batch_op:
        batch_op.create_index("ix_consultation_counts_consultation", ["consultation_id"], unique=False)

    op.create_table(
        "consultation_opinions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("form", sa.String(length=30), nullable=False),
        sa.Column("response", sa.String(length=20), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultations.id"],
                                name=op.f("fk_consultation_opinions_consultation_id_consultations"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation_opinions")),
    )
    with op.batch_alter_table("consultation_opinions") as batch_op:
        batch_op.create_index("ix_consultation_opinions_consultation", ["consultation_id", "position"],
                              unique=False)

    op.create_table(
        "village_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hamlet_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_sort", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("households", sa.Integer(), nullable=True),
        sa.Column("proposed_on", sa.Date(), nullable=True),
        sa.Column("proposal_households", sa.Integer(), nullable=True),
        sa.Column("drafting_team", sa.Text(), nullable=False),
        sa.Column("draft_posted_on", sa.Date(), nullable=True),
        sa.Column("adoption_form", sa.String(length=20), nullable=True),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("present", sa.Integer(), nullable=True),
        sa.Column("agree", sa.Integer(), nullable=True),
        sa.Column("disagree", sa.Integer(), nullable=True),
        sa.Column("file_sent_on", sa.Date(), nullable=True),
        sa.Column("recognised_on", sa.Date(), nullable=True),
        sa.Column("decision_number", sa.String(length=300), nullable=False),
        sa.Column("refused_on", sa.Date(), nullable=True),
        sa.Column("refusal_reason", sa.Text(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("last_review", sa.Date(), nullable=True),
        sa.Column("problems", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["hamlet_id"], ["units.id"], name=op.f("fk_village_rules_hamlet_id_units"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_village_rules")),
    )
    with op.batch_alter_table("village_rules") as batch_op:
        batch_op.create_index("ix_village_rules_sort", ["title_sort", "search_key"], unique=False)
        batch_op.create_index("ix_village_rules_hamlet", ["hamlet_id"], unique=False)
        batch_op.create_index("ix_village_rules_stage", ["stage"], unique=False)

    op.create_table(
        "village_rule_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("trigger_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_number", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("fix_by", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["rule_id"], ["village_rules.id"],
                                name=op.f("fk_village_rule_events_rule_id_village_rules"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_village_rule_events")),
    )
    with op.batch_alter_table("village_rule_events") as batch_op:
        batch_op.create_index("ix_village_rule_events_rule", ["rule_id", "position"], unique=False)

    op.create_table(
        "village_rule_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["rule_id"], ["village_rules.id"],
                                name=op.f("fk_village_rule_reviews_rule_id_village_rules"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_village_rule_reviews")),
    )
    with op.batch_alter_table("village_rule_reviews") as batch_op:
        batch_op.create_index("ix_village_rule_reviews_rule", ["rule_id", "held_on"], unique=False)


def downgrade() -> None:
    op.drop_table("village_rule_reviews")
    op.drop_table("village_rule_events")
    op.drop_table("village_rules")
    op.drop_table("consultation_opinions")
    op.drop_table("consultation_counts")
    op.drop_table("consultations")
