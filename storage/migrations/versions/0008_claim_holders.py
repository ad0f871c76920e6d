"""a claim names its holder and its deadline, and the key its message went out under

`holder` is the process that holds the claim (host, process id and a per-process
token), so a process only ever releases or marks its own claims. `deadline` is when
an unfinished claim may be taken again (after checking the chat's history for the
message). `message_key` is the outbox key the message was sent under (Slack's
message metadata, an e-mail's Message-ID): what that check looks for.

Claims left unfinished by the old code get a deadline already past: they are
taken again, after the check, by the next sweep.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sent_messages") as batch:
        batch.add_column(sa.Column("holder", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("deadline", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("message_key", sa.String(length=300), nullable=True))
    op.execute("UPDATE sent_messages SET deadline = claimed_at WHERE sent_at IS NULL AND error IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("sent_messages") as batch:
        batch.drop_column("message_key")
        batch.drop_column("deadline")
        batch.drop_column("holder")
