"""units' returns and the receiving office's roll-up of communes' packages (issue 14)

Revision ID: 0010_returns
Revises: 0009_conferences

Reserved in one commit with the rest of the chain 0004–0010 so that the features built side by
side never make two heads. Until its feature fills it, the step changes nothing (a real no-op
step: a database passes through it and records the revision).
"""

revision = "0010_returns"
down_revision = "0009_conferences"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
