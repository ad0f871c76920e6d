"""action owners: the people who own an action besides its first-named owner

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

Minutes give an action to two or three people ("Graham Oates and Ifeoma Nwosu"). The
first-named stays `actions.owner_id`, so every query and index over it holds; the others
are rows here, in the order the minutes name them.
"""
from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_owners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"], name=op.f("fk_action_owners_action_id_actions"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_action_owners_member_id_members"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_owners")),
        sa.UniqueConstraint("action_id", "member_id", name=op.f("uq_action_owners_action_id")),
    )
    op.create_index("ix_action_owners_member_action", "action_owners", ["member_id", "action_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_action_owners_member_action", table_name="action_owners")
    op.drop_table("action_owners")
