"""citizens decide: community decisions with per-hamlet votes, hamlet-head elections (issue 12)

Revision ID: 0006_decisions
Revises: 0005_assessment

Reserved in one commit with the rest of the chain 0004–0009 so that the features built side by
side never make two heads. Until its feature fills it, the step changes nothing (a real no-op
step: a database passes through it and records the revision).
"""

revision = "0006_decisions"
down_revision = "0005_assessment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
