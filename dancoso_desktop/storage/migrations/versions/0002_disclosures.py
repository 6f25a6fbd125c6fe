"""disclosure register tables: disclosures, their channels and evidence, calendar day swaps

Revision ID: 0002_disclosures
Revises: 0001_core
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_disclosures"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_day_swaps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day_off", sa.Date(), nullable=True),
        sa.Column("work_day", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_day_swaps")),
    )
    op.create_table(
        "disclosures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("item", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_sort", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("source_document", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("disclosed_on", sa.Date(), nullable=True),
        sa.Column("posting_start", sa.Date(), nullable=True),
        sa.Column("posting_end", sa.Date(), nullable=True),
        sa.Column("last_end", sa.Date(), nullable=True),
        sa.Column("permanent", sa.Boolean(), nullable=False),
        sa.Column("channel_mask", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("problems", sa.Integer(), nullable=False),
        sa.Column("evidence_count", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("plan_key", sa.String(length=100), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_disclosures_unit_id_units"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosures")),
        sa.UniqueConstraint("plan_key", name=op.f("uq_disclosures_plan_key")),
    )
    with op.batch_alter_table("disclosures", schema=None) as batch_op:
        batch_op.create_index("ix_disclosures_unit", ["unit_id"], unique=False)
        batch_op.create_index("ix_disclosures_year_decided", ["year", "decided_on"], unique=False)
        batch_op.create_index("ix_disclosures_year_item", ["year", "item"], unique=False)
        batch_op.create_index("ix_disclosures_year_sort", ["year", "title_sort", "search_key"], unique=False)
        batch_op.create_index("ix_disclosures_sort", ["title_sort", "search_key"], unique=False)
        batch_op.create_index("ix_disclosures_year_status_due", ["year", "status", "due_on"], unique=False)

    op.create_table(
        "disclosure_channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disclosure_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["disclosure_id"], ["disclosures.id"],
                                name=op.f("fk_disclosure_channels_disclosure_id_disclosures"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_channels")),
    )
    with op.batch_alter_table("disclosure_channels", schema=None) as batch_op:
        batch_op.create_index("ix_disclosure_channels_disclosure", ["disclosure_id", "position"], unique=False)

    op.create_table(
        "disclosure_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disclosure_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("suffix", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["disclosure_id"], ["disclosures.id"],
                                name=op.f("fk_disclosure_evidence_disclosure_id_disclosures"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_evidence")),
    )
    with op.batch_alter_table("disclosure_evidence", schema=None) as batch_op:
        batch_op.create_index("ix_disclosure_evidence_disclosure", ["disclosure_id", "position"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("disclosure_evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_disclosure_evidence_disclosure")
    op.drop_table("disclosure_evidence")
    with op.batch_alter_table("disclosure_channels", schema=None) as batch_op:
        batch_op.drop_index("ix_disclosure_channels_disclosure")
    op.drop_table("disclosure_channels")
    with op.batch_alter_table("disclosures", schema=None) as batch_op:
        batch_op.drop_index("ix_disclosures_year_status_due")
        batch_op.drop_index("ix_disclosures_year_sort")
        batch_op.drop_index("ix_disclosures_sort")
        batch_op.drop_index("ix_disclosures_year_item")
        batch_op.drop_index("ix_disclosures_year_decided")
        batch_op.drop_index("ix_disclosures_unit")
    op.drop_table("disclosures")
    op.drop_table("calendar_day_swaps")
