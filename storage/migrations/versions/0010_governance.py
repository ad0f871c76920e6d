"""governance: decisions register with full-text search, declarations of interest, exempt items

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30

Full-text search uses each database's own engine, outside the models (which cannot
describe it): on SQLite an FTS5 table over `decisions` (external content, kept in step
by triggers); on PostgreSQL a generated tsvector column with a GIN index.
"""
from alembic import op
import sqlalchemy as sa

import storage.models

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SQLITE_SEARCH = (
    # The board's id is indexed as a column of its own, so `board_id : 7 AND (...)` narrows a
    # search to one board inside FTS5, before a row is read.
    "CREATE VIRTUAL TABLE decisions_fts USING fts5(text, board_id, content='decisions', content_rowid='id', "
    "tokenize='porter unicode61')",
    "CREATE TRIGGER decisions_fts_insert AFTER INSERT ON decisions BEGIN "
    "INSERT INTO decisions_fts(rowid, text, board_id) VALUES (new.id, new.text, new.board_id); END",
    "CREATE TRIGGER decisions_fts_delete AFTER DELETE ON decisions BEGIN "
    "INSERT INTO decisions_fts(decisions_fts, rowid, text, board_id) "
    "VALUES ('delete', old.id, old.text, old.board_id); END",
    "CREATE TRIGGER decisions_fts_update AFTER UPDATE OF text, board_id ON decisions BEGIN "
    "INSERT INTO decisions_fts(decisions_fts, rowid, text, board_id) "
    "VALUES ('delete', old.id, old.text, old.board_id); "
    "INSERT INTO decisions_fts(rowid, text, board_id) VALUES (new.id, new.text, new.board_id); END",
    "INSERT INTO decisions_fts(decisions_fts) VALUES ('rebuild')",
)
POSTGRES_SEARCH = (
    "ALTER TABLE decisions ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX ix_decisions_search_vector ON decisions USING GIN (search_vector)",
)


def upgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch:
        batch.add_column(sa.Column("exempt", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("interests", sa.Text(), nullable=True))
        batch.add_column(sa.Column("interests_updated_at", storage.models.UtcDateTime(timezone=True), nullable=True))
    op.add_column("decisions", sa.Column("board_id", sa.Integer(), nullable=True))
    op.execute("UPDATE decisions SET board_id = (SELECT meetings.board_id FROM meetings "
               "WHERE meetings.id = decisions.meeting_id)")
    with op.batch_alter_table("decisions") as batch:
        batch.alter_column("board_id", existing_type=sa.Integer(), nullable=False)
        batch.create_foreign_key("fk_decisions_board_id_boards", "boards", ["board_id"], ["id"], ondelete="CASCADE")
        batch.create_index("ix_decisions_board_id", ["board_id"], unique=False)
        batch.add_column(sa.Column("source", sa.String(length=10), nullable=False, server_default="minutes"))
        batch.add_column(sa.Column("item_number", sa.String(length=12), nullable=True))
        batch.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("recorded_at", storage.models.UtcDateTime(timezone=True), nullable=True))
        batch.create_foreign_key("fk_decisions_recorded_by_id_members", "members", ["recorded_by_id"], ["id"])
    op.create_table(
        "declarations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("interest", sa.Text(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("item_number", sa.String(length=12), nullable=True),
        sa.Column("item_text", sa.String(length=300), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("created_at", storage.models.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"],
                                name=op.f("fk_declarations_agenda_item_id_agenda_items"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_declarations_meeting_id_meetings"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_declarations_member_id_members")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declarations")),
    )
    op.create_index(op.f("ix_declarations_meeting_id"), "declarations", ["meeting_id"], unique=False)
    for statement in SQLITE_SEARCH if op.get_bind().dialect.name == "sqlite" else POSTGRES_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("decisions_fts_insert", "decisions_fts_delete", "decisions_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS decisions_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_decisions_search_vector")
        op.execute("ALTER TABLE decisions DROP COLUMN IF EXISTS search_vector")
    op.drop_index(op.f("ix_declarations_meeting_id"), table_name="declarations")
    op.drop_table("declarations")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_constraint("fk_decisions_recorded_by_id_members", type_="foreignkey")
        batch.drop_column("recorded_at")
        batch.drop_column("recorded_by_id")
        batch.drop_column("item_number")
        batch.drop_column("source")
        batch.drop_index("ix_decisions_board_id")
        batch.drop_constraint("fk_decisions_board_id_boards", type_="foreignkey")
        batch.drop_column("board_id")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("interests_updated_at")
        batch.drop_column("interests")
    with op.batch_alter_table("agenda_items") as batch:
        batch.drop_column("exempt")
