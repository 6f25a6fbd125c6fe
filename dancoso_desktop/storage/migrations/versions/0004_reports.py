"""reports: regimes, the year's report calendar, report drafts and issued snapshots, outline templates (issue 11)

Revision ID: 0004_reports
Revises: 0003_inspections

Reserved in one commit with the rest of the chain 0004–0009 so that the features built side by
side never make two heads. Until its feature fills it, the step changes nothing (a real no-op
step: a database passes through it and records the revision).
"""

revision = "0004_reports"
down_revision = "0003_inspections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
