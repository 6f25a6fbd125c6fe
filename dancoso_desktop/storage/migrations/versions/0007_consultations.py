"""citizens comment: consultations, hương ước / quy ước life cycle (issue 12)

Revision ID: 0007_consultations
Revises: 0006_decisions

Reserved in one commit with the rest of the chain 0004–0009 so that the features built side by
side never make two heads. Until its feature fills it, the step changes nothing (a real no-op
step: a database passes through it and records the revision).
"""

revision = "0007_consultations"
down_revision = "0006_decisions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
