"""conferences: dialogue, hamlet year-end conferences, the staff conference; internal disclosure scope (issue 13)

Creates the dialogue and year-end conference tables, the staff conference with its 6-monthly
reviews, the staff count per unit (a side table: ``units`` is not altered), and adds the
``scope`` column ("public" | "internal") to the disclosure register, existing rows "public".

Revision ID: 0009_conferences
Revises: 0008_supervision
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_conferences"
down_revision = "0008_supervision"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dialogue_conferences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("chair", sa.String(length=300), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("participant_count", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue_conferences")),
    )
    with op.batch_alter_table("dialogue_conferences") as batch_op:
        batch_op.create_index(batch_op.f("ix_dialogue_conferences_year"), ["year"], unique=False)

    op.create_table(
        "year_end_conferences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("hamlet_id", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("plan_sent_on", sa.Date(), nullable=True),
        sa.Column("convocation_on", sa.Date(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("households_invited", sa.Integer(), nullable=False),
        sa.Column("households_present", sa.Integer(), nullable=False),
        sa.Column("agenda", sa.Integer(), nullable=False),
        sa.Column("proposals_received", sa.Integer(), nullable=False),
        sa.Column("proposals_answered", sa.Integer(), nullable=False),
        sa.Column("proposals_forwarded", sa.Integer(), nullable=False),
        sa.Column("report_received_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["hamlet_id"], ["units.id"],
                                name=op.f("fk_year_end_conferences_hamlet_id_units"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_end_conferences")),
        sa.UniqueConstraint("year", "hamlet_id", name=op.f("uq_year_end_conferences_year_hamlet")),
    )

    op.create_table(
        "staff_conferences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_year", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("start_time", sa.String(length=50), nullable=False),
        sa.Column("end_time", sa.String(length=50), nullable=False),
        sa.Column("convened_by", sa.String(length=20), nullable=False),
        sa.Column("chair", sa.String(length=300), nullable=False),
        sa.Column("secretary", sa.String(length=300), nullable=False),
        sa.Column("staff_total", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("absent_with_reason", sa.Integer(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("votes_against", sa.Integer(), nullable=False),
        sa.Column("votes_abstain", sa.Integer(), nullable=False),
        sa.Column("agenda", sa.Integer(), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.Column("resolution_number", sa.String(length=100), nullable=False),
        sa.Column("resolution_date", sa.Date(), nullable=True),
        sa.Column("resolution_text", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_staff_conferences_unit_id_units"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_conferences")),
    )
    with op.batch_alter_table("staff_conferences") as batch_op:
        batch_op.create_index("ix_staff_conferences_year_unit", ["work_year", "unit_id"], unique=False)

    op.create_table(
        "staff_conference_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["conference_id"], ["staff_conferences.id"],
                                name=op.f("fk_staff_conference_reviews_conference_id_staff_conferences"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_conference_reviews")),
    )
    with op.batch_alter_table("staff_conference_reviews") as batch_op:
        batch_op.create_index("ix_staff_conference_reviews_conference", ["conference_id", "position"],
                              unique=False)

    op.create_table(
        "unit_staff_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("staff", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_unit_staff_counts_unit_id_units"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_staff_counts")),
        sa.UniqueConstraint("unit_id", name=op.f("uq_unit_staff_counts_unit_id")),
    )

    # Internal disclosure (Art. 46–48) is a scope of the one disclosure register: every record
    # there before this step was a public disclosure (Art. 11–14).
    with op.batch_alter_table("disclosures") as batch_op:
        batch_op.add_column(sa.Column("scope", sa.String(length=20), nullable=False, server_default="public"))
        batch_op.create_index("ix_disclosures_scope_year", ["scope", "year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("disclosures") as batch_op:
        batch_op.drop_index("ix_disclosures_scope_year")
        batch_op.drop_column("scope")
    op.drop_table("unit_staff_counts")
    op.drop_table("staff_conference_reviews")
    op.drop_table("staff_conferences")
    op.drop_table("year_end_conferences")
    op.drop_table("dialogue_conferences")
