"""reports: regimes, the year's report calendar, report drafts and issued snapshots, outline templates (issue 11)

Revision ID: 0004_reports
Revises: 0003_inspections
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_reports"
down_revision = "0003_inspections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_regimes",
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("deadline_month", sa.Integer(), nullable=False),
        sa.Column("deadline_day", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_report_regimes")),
    )
    op.create_table(
        "report_calendar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("regime", sa.String(length=50), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("recipient", sa.String(length=500), nullable=False),
        sa.Column("preparer", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_calendar")),
        sa.UniqueConstraint("year", "regime", name="uq_report_calendar_year_regime"),
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("recipient", sa.String(length=500), nullable=False),
        sa.Column("preparer", sa.String(length=300), nullable=False),
        sa.Column("outline", sa.Text(), nullable=False),
        sa.Column("annex_hidden", sa.Text(), nullable=False),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("signer_authority", sa.String(length=200), nullable=False),
        sa.Column("signer_title", sa.String(length=200), nullable=False),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("sent_to", sa.String(length=500), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["previous_id"], ["reports.id"], name=op.f("fk_reports_previous_id_reports"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
    )
    with op.batch_alter_table("reports") as batch_op:
        batch_op.create_index("ix_reports_year_kind", ["year", "kind"], unique=False)
        batch_op.create_index("ix_reports_issued_year_serial", ["issued_on", "serial"], unique=False)
    op.create_table(
        "report_templates",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("outline", sa.Text(), nullable=False),
        sa.Column("annex_hidden", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_report_templates")),
    )


def downgrade() -> None:
    op.drop_table("report_templates")
    with op.batch_alter_table("reports") as batch_op:
        batch_op.drop_index("ix_reports_issued_year_serial")
        batch_op.drop_index("ix_reports_year_kind")
    op.drop_table("reports")
    op.drop_table("report_calendar")
    op.drop_table("report_regimes")
