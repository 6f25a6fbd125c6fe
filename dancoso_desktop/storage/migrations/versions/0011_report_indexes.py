"""an index for a report's period: disclosures by status and disclosure date (issue 11 speed)

A periodic report counts the disclosures made between its cut-offs. Without this index SQLite
reads every 'done' row through the status index and filters by date: 0.22 s for 100,000
records; with it, 0.02 s.

Revision ID: 0011_report_indexes
Revises: 0010_returns
"""

from alembic import op

revision = "0011_report_indexes"
down_revision = "0010_returns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_disclosures_status_disclosed", "disclosures", ["status", "disclosed_on"])


def downgrade() -> None:
    op.drop_index("ix_disclosures_status_disclosed", table_name="disclosures")
