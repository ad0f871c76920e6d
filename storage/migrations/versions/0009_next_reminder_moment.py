"""each open action keeps the moment of its next reminder, so the nudges sweep reads only what is due

The moment is filled in for every open dated action, in batches, by the same policy the sweep
uses: after the latest reminder already come when the sent-messages log shows it told, else
from the action's first reminder (a moment in the past is due at the next sweep).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from storage.models import UtcDateTime
    from storage.reminder_moments import backfill

    with op.batch_alter_table("actions") as batch:
        batch.add_column(sa.Column("next_reminder_at", UtcDateTime(), nullable=True))
    op.create_index("ix_actions_next_reminder", "actions", ["next_reminder_at", "id"])
    backfill(op.get_bind(), datetime.now(timezone.utc))


def downgrade() -> None:
    op.drop_index("ix_actions_next_reminder", table_name="actions")
    with op.batch_alter_table("actions") as batch:
        batch.drop_column("next_reminder_at")
