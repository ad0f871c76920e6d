"""actions can be snoozed: their reminders wait, their due date does not move

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("actions") as batch:
        batch.add_column(sa.Column("snoozed_until", sa.Date(), nullable=True))
    # The nudge sweep reads open actions by due date across every board.
    op.create_index("ix_actions_status_due", "actions", ["status", "due_date"])


def downgrade() -> None:
    op.drop_index("ix_actions_status_due", table_name="actions")
    with op.batch_alter_table("actions") as batch:
        batch.drop_column("snoozed_until")
