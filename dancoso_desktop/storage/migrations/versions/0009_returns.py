"""units' returns and the receiving office's roll-up of communes' packages (issue 14)

Revision ID: 0009_returns
Revises: 0008_supervision

Reserved in one commit with the rest of the chain 0004–0009 so that the features built side by
side never make two heads. Until its feature fills it, the step changes nothing (a real no-op
step: a database passes through it and records the revision).
"""

revision = "0009_returns"
down_revision = "0008_supervision"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
