"""minutes shared in Slack wait as drafts until an officer confirms them

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa

from storage.models import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "minutes_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("uploader_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("slack_file_id", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("reading", sa.JSON(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", UtcDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["board_id"], ["boards.id"], name="fk_minutes_drafts_board_id_boards",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["uploader_id"], ["members.id"], name="fk_minutes_drafts_uploader_id_members"),
        sa.PrimaryKeyConstraint("id", name="pk_minutes_drafts"),
        sa.UniqueConstraint("slack_file_id", "uploader_id", name="uq_minutes_drafts_slack_file_id"),
    )
    op.create_index("ix_minutes_drafts_board_id", "minutes_drafts", ["board_id"])


def downgrade() -> None:
    op.drop_index("ix_minutes_drafts_board_id", table_name="minutes_drafts")
    op.drop_table("minutes_drafts")
