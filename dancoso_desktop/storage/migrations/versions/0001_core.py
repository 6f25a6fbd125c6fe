"""core: commune, units, plans, sections

Revision ID: 0001_core
Revises: (none)
"""

import sqlalchemy as sa
from alembic import op

revision = '0001_core'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('commune',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('province', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('place_name', sa.String(length=200), nullable=False),
    sa.Column('signer_authority', sa.String(length=200), nullable=False),
    sa.Column('signer_title', sa.String(length=200), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune'))
    )
    op.create_table('plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('issuing_body', sa.String(length=300), nullable=False),
    sa.Column('parent_body', sa.String(length=300), nullable=False),
    sa.Column('legal_bases', sa.Text(), nullable=False),
    sa.Column('intro', sa.Text(), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('signer_authority', sa.String(length=200), nullable=False),
    sa.Column('signer_title', sa.String(length=200), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('report_deadlines', sa.Text(), nullable=False),
    sa.Column('footnotes', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans')),
    sa.UniqueConstraint('year', name=op.f('uq_plans_year'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('households', sa.Integer(), nullable=True),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('search_key', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units'))
    )
    op.create_table('plan_sections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('child_style', sa.String(length=20), nullable=True),
    sa.Column('lead_unit_id', sa.Integer(), nullable=True),
    sa.Column('tf_kind', sa.String(length=20), nullable=False),
    sa.Column('tf_start', sa.Date(), nullable=True),
    sa.Column('tf_end', sa.Date(), nullable=True),
    sa.Column('tf_quarter', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('carried_over', sa.Boolean(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['lead_unit_id'], ['units.id'], name=op.f('fk_plan_sections_lead_unit_id_units'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_sections.id'], name=op.f('fk_plan_sections_parent_id_plan_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_sections_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_sections')),
    sqlite_autoincrement=True,
    )
    with op.batch_alter_table('plan_sections', schema=None) as batch_op:
        batch_op.create_index('ix_plan_sections_plan_parent', ['plan_id', 'parent_id', 'position'], unique=False)

    op.create_table('plan_section_units',
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['section_id'], ['plan_sections.id'], name=op.f('fk_plan_section_units_section_id_plan_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_plan_section_units_unit_id_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('section_id', 'unit_id', name=op.f('pk_plan_section_units'))
    )


def downgrade() -> None:
    op.drop_table('plan_section_units')
    with op.batch_alter_table('plan_sections', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_sections_plan_parent')

    op.drop_table('plan_sections')
    op.drop_table('units')
    op.drop_table('settings')
    op.drop_table('plans')
    op.drop_table('commune')
