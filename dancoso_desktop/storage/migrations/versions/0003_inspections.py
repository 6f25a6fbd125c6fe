"""inspections: checklist templates, the year's inspection plan, records, recommendations

Revision ID: 0003_inspections
Revises: 0002_disclosures
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_inspections"
down_revision = "0002_disclosures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inspection_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("is_standard", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_templates")),
    )
    op.create_table(
        "inspection_template_criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("group_name", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("article", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["template_id"], ["inspection_templates.id"],
                                name=op.f("fk_inspection_template_criteria_template_id_inspection_templates"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_template_criteria")),
    )
    op.create_table(
        "inspection_plan_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("team", sa.Text(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_inspection_plan_entries_unit_id_units"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["section_id"], ["plan_sections.id"],
                                name=op.f("fk_inspection_plan_entries_section_id_plan_sections"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_plan_entries")),
    )
    with op.batch_alter_table("inspection_plan_entries") as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_plan_entries_year"), ["year"], unique=False)

    op.create_table(
        "inspections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("plan_entry_id", sa.Integer(), nullable=True),
        sa.Column("decision_number", sa.String(length=100), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.String(length=50), nullable=False),
        sa.Column("end_time", sa.String(length=50), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("team", sa.Text(), nullable=False),
        sa.Column("representatives", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_inspections_unit_id_units"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["plan_entry_id"], ["inspection_plan_entries.id"],
                                name=op.f("fk_inspections_plan_entry_id_inspection_plan_entries"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspections")),
    )
    with op.batch_alter_table("inspections") as batch_op:
        batch_op.create_index(batch_op.f("ix_inspections_year"), ["year"], unique=False)

    op.create_table(
        "inspection_criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("group_name", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("article", sa.String(length=300), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=True),
        sa.Column("evidence_note", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("files", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_inspection_criteria_inspection_id_inspections"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_criteria")),
    )
    with op.batch_alter_table("inspection_criteria") as batch_op:
        batch_op.create_index("ix_inspection_criteria_inspection", ["inspection_id", "position"], unique=False)

    op.create_table(
        "inspection_recommendations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_inspection_recommendations_inspection_id_inspections"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"],
                                name=op.f("fk_inspection_recommendations_unit_id_units"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_recommendations")),
    )
    with op.batch_alter_table("inspection_recommendations") as batch_op:
        batch_op.create_index("ix_inspection_recommendations_status", ["status", "deadline"], unique=False)


def downgrade() -> None:
    op.drop_table("inspection_recommendations")
    op.drop_table("inspection_criteria")
    op.drop_table("inspections")
    op.drop_table("inspection_plan_entries")
    op.drop_table("inspection_template_criteria")
    op.drop_table("inspection_templates")
