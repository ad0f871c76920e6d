"""Teams: members' Teams identities, Teams users' conversation references, boards' Teams channels

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa

from storage.models import UtcDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("teams_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("last_chat", sa.String(length=8), nullable=True))
        batch.create_unique_constraint("uq_members_teams_id", ["teams_id"])
    op.create_table(
        "teams_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("teams_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("tenant_id", sa.String(length=64), nullable=True),
        sa.Column("service_url", sa.String(length=300), nullable=False),
        sa.Column("conversation_id", sa.String(length=400), nullable=True),
        sa.Column("seen_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_teams_users"),
        sa.UniqueConstraint("teams_id", name="uq_teams_users_teams_id"),
    )
    op.create_table(
        "teams_channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=400), nullable=False),
        sa.Column("team_id", sa.String(length=400), nullable=True),
        sa.Column("service_url", sa.String(length=300), nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["board_id"], ["boards.id"], name="fk_teams_channels_board_id_boards",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_teams_channels"),
        sa.UniqueConstraint("board_id", name="uq_teams_channels_board_id"),
        sa.UniqueConstraint("conversation_id", name="uq_teams_channels_conversation_id"),
    )


def downgrade() -> None:
    op.drop_table("teams_channels")
    op.drop_table("teams_users")
    with op.batch_alter_table("members") as batch:
        batch.drop_constraint("uq_members_teams_id", type_="unique")
        batch.drop_column("last_chat")
        batch.drop_column("teams_id")
