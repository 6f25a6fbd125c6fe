"""units' returns and the receiving office's roll-up of communes' packages (issue 14)

Revision ID: 0010_returns
Revises: 0009_conferences
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_returns"
down_revision = "0009_conferences"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit_returns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=1000), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("written", sa.String(length=40), nullable=False),
        sa.Column("batch", sa.String(length=40), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_unit_returns_plan_id_plans"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_unit_returns_unit_id_units"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_returns")),
    )
    with op.batch_alter_table("unit_returns") as batch_op:
        batch_op.create_index("ix_unit_returns_period", ["year", "period", "unit_id"], unique=False)
        batch_op.create_index("ix_unit_returns_batch", ["batch"], unique=False)
    op.create_table(
        "unit_return_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Text(), nullable=False),
        sa.Column("difficulties", sa.Text(), nullable=False),
        sa.Column("proposals", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["return_id"], ["unit_returns.id"],
                                name=op.f("fk_unit_return_rows_return_id_unit_returns"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["section_id"], ["plan_sections.id"],
                                name=op.f("fk_unit_return_rows_section_id_plan_sections"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_return_rows")),
    )
    with op.batch_alter_table("unit_return_rows") as batch_op:
        batch_op.create_index("ix_unit_return_rows_return_id", ["return_id"], unique=False)
    op.create_table(
        "unit_return_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.Column("new", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["return_id"], ["unit_returns.id"],
                                name=op.f("fk_unit_return_changes_return_id_unit_returns"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["section_id"], ["plan_sections.id"],
                                name=op.f("fk_unit_return_changes_section_id_plan_sections"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_return_changes")),
    )
    with op.batch_alter_table("unit_return_changes") as batch_op:
        batch_op.create_index("ix_unit_return_changes_return_id", ["return_id"], unique=False)
    op.create_table(
        "rollup_communes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("province", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=True),
        sa.Column("key", sa.String(length=420), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_communes")),
        sa.UniqueConstraint("key", name=op.f("uq_rollup_communes_key")),
    )
    op.create_table(
        "rollup_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commune_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("report_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("checksum", sa.String(length=80), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=1000), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("files", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["commune_id"], ["rollup_communes.id"],
                                name=op.f("fk_rollup_packages_commune_id_rollup_communes"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_packages")),
        sa.UniqueConstraint("checksum", name=op.f("uq_rollup_packages_checksum")),
    )
    with op.batch_alter_table("rollup_packages") as batch_op:
        batch_op.create_index("ix_rollup_packages_period", ["year", "kind", "commune_id"], unique=False)
    op.create_table(
        "rollup_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=200), nullable=False),
        sa.Column("grp", sa.String(length=300), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["package_id"], ["rollup_packages.id"],
                                name=op.f("fk_rollup_values_package_id_rollup_packages"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_values")),
    )
    with op.batch_alter_table("rollup_values") as batch_op:
        batch_op.create_index("ix_rollup_values_package_id", ["package_id"], unique=False)


def downgrade() -> None:
    for table in ("rollup_values", "rollup_packages", "rollup_communes", "unit_return_changes",
                  "unit_return_rows", "unit_returns"):
        op.drop_table(table)
