"""supervision by citizens: BTTND of the commune and of the administration, BGSĐTCĐ, their checks and recommendations, petitions (issue 13)

Revision ID: 0008_supervision
Revises: 0007_consultations

Six tables (storage/supervision_tables.py): the boards, their members, their programmes and
reports to the MTTQ, their checks, their recommendations with the UBND's reply, and the
register of petitions. Written by hand, with the constraint names of the ORM's naming rule.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_supervision"
down_revision = "0007_consultations"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "supervision_boards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("project_name", sa.String(length=1000), nullable=False),
        sa.Column("investor", sa.String(length=500), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("project_value", sa.BigInteger(), nullable=True),
        sa.Column("supervision_start", sa.Date(), nullable=True),
        sa.Column("investor_notified_on", sa.Date(), nullable=True),
        sa.Column("agency_staff", sa.Integer(), nullable=True),
        sa.Column("dissolved_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_boards")),
    )
    _index("supervision_boards", "kind")
    op.create_table(
        "supervision_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("hamlet_id", sa.Integer(), nullable=True),
        sa.Column("employer_unit_id", sa.Integer(), nullable=True),
        sa.Column("agency_role", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("supervision_members", "board_id", "supervision_boards", "CASCADE"),
        _fk("supervision_members", "hamlet_id", "units", "RESTRICT"),
        _fk("supervision_members", "employer_unit_id", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_members")),
    )
    _index("supervision_members", "board_id")
    op.create_table(
        "supervision_docs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        _fk("supervision_docs", "board_id", "supervision_boards", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_docs")),
    )
    _index("supervision_docs", "board_id", "year")
    op.create_table(
        "supervision_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("subject", sa.String(length=1000), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("confirmed_by_mttq", sa.Boolean(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        _fk("supervision_checks", "board_id", "supervision_boards", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_checks")),
    )
    _index("supervision_checks", "board_id", "starts_on")
    op.create_table(
        "supervision_recommendations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("addressee", sa.String(length=500), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reply_on", sa.Date(), nullable=True),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        _fk("supervision_recommendations", "board_id", "supervision_boards", "CASCADE"),
        _fk("supervision_recommendations", "check_id", "supervision_checks", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_recommendations")),
    )
    _index("supervision_recommendations", "board_id", "received_on")
    op.create_table(
        "petitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("citizen", sa.String(length=500), nullable=False),
        sa.Column("hamlet_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("answer_due", sa.Date(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.String(length=20), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        _fk("petitions", "hamlet_id", "units", "RESTRICT"),
        _fk("petitions", "unit_id", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petitions")),
    )
    _index("petitions", "received_on")


def downgrade() -> None:
    for table in ("petitions", "supervision_recommendations", "supervision_checks", "supervision_docs",
                  "supervision_members", "supervision_boards"):
        op.drop_table(table)
