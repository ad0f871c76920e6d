"""group leads: the member a board names to answer for a group's actions

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30

An action owned by a group ("Group Leads", no member named) is answered for by the
lead its board named for that group, else by the board's secretary (domain.groups).
"""
from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "group_leads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("group_key", sa.String(length=120), nullable=False),
        sa.Column("group_name", sa.String(length=120), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["board_id"], ["boards.id"], name=op.f("fk_group_leads_board_id_boards"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_group_leads_member_id_members"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_leads")),
        sa.UniqueConstraint("board_id", "group_key", name=op.f("uq_group_leads_board_id")),
    )
    op.create_index(op.f("ix_group_leads_member_id"), "group_leads", ["member_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_group_leads_member_id"), table_name="group_leads")
    op.drop_table("group_leads")
