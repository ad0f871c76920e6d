"""the sent-messages log holds whole e-mail addresses as recipient and channel

An e-mail recipient is recorded as `mailto:` and the address, which can be up to
254 characters; PostgreSQL refused those longer than the old 64 and 32.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sent_messages") as batch:
        batch.alter_column("recipient", existing_type=sa.String(length=64), type_=sa.String(length=320),
                           existing_nullable=False)
        batch.alter_column("channel", existing_type=sa.String(length=32), type_=sa.String(length=320),
                           existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("sent_messages") as batch:
        batch.alter_column("channel", existing_type=sa.String(length=320), type_=sa.String(length=32),
                           existing_nullable=True)
        batch.alter_column("recipient", existing_type=sa.String(length=320), type_=sa.String(length=64),
                           existing_nullable=False)
