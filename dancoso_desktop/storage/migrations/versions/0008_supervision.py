"""supervision by citizens: BTTND of the commune and of the administration, BGSĐTCĐ, their checks and recommendations, petitions (issue 13)

Revision ID: 0008_supervision
Revises: 0007_consultations

Reserved in one commit with the rest of the chain 0004–0010 so that the features built side by
side never make two heads. Until its feature fills it, the step changes nothing (a real no-op
step: a database passes through it and records the revision).
"""

revision = "0008_supervision"
down_revision = "0007_consultations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
