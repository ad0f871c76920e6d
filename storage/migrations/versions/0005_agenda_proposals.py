"""agenda items can be proposed, then accepted or declined by the secretary

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch:
        # Items read from minutes were on the agenda: they count as accepted.
        batch.add_column(sa.Column("status", sa.String(length=12), nullable=False, server_default="accepted"))
        batch.add_column(sa.Column("proposed_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_agenda_items_proposed_by_id_members", "members", ["proposed_by_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch:
        batch.drop_constraint("fk_agenda_items_proposed_by_id_members", type_="foreignkey")
        batch.drop_column("proposed_by_id")
        batch.drop_column("status")
