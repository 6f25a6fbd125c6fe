"""the annual self-assessment: criteria schemes, scores and evidence links (issue 11 item 8)

Revision ID: 0005_assessment
Revises: 0004_reports

Reserved in one commit with the rest of the chain 0004–0009 so that the features built side by
side never make two heads. Until its feature fills it, the step changes nothing (a real no-op
step: a database passes through it and records the revision).
"""

revision = "0005_assessment"
down_revision = "0004_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
