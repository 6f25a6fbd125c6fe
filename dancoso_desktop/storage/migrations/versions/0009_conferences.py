"""conferences: dialogue, hamlet year-end conferences, the staff conference; internal disclosure scope (issue 13)

Revision ID: 0009_conferences
Revises: 0008_supervision

Reserved in one commit with the rest of the chain 0004–0010 so that the features built side by
side never make two heads. Until its feature fills it, the step changes nothing (a real no-op
step: a database passes through it and records the revision).
"""

revision = "0009_conferences"
down_revision = "0008_supervision"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
