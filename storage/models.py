"""The register's tables, as SQLAlchemy 2 typed models.

Every timestamp is stored as aware UTC; dates (due dates) are plain calendar
dates in the board's time zone. Schema changes go through Alembic
(storage/migrations); this module is what the migrations are written from.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.sql.expression import false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on every database (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the register; pass aware UTC")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Board(Base):
    __tablename__ = "boards"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    channel_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    timezone: Mapped[str] = mapped_column(String(64))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_action_number: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(String(60))
    organisation: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    initials: Mapped[str | None] = mapped_column(String(12))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    slack_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    tz: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The member's standing register of interests (employer, directorships, other board seats).
    interests: Mapped[str | None] = mapped_column(Text)
    interests_updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The member's Teams identity: their AAD object id (the Bot Framework user id when Teams gives none).
    teams_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    # The chat they last spoke to the bot in ("slack" or "teams"): where they are reached when on both.
    last_chat: Mapped[str | None] = mapped_column(String(8))


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("board_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="member")

    board: Mapped[Board] = relationship()
    member: Mapped[Member] = relationship()


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_board_starts", "board_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    venue: Mapped[str | None] = mapped_column(String(300))
    theme: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    minutes_recorded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # A digest of the minutes last recorded, so importing the same minutes again changes nothing.
    minutes_digest: Mapped[str | None] = mapped_column(String(64))

    board: Mapped[Board] = relationship()


class AgendaItem(Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(Text)
    presenter: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(12), default="accepted", server_default="accepted")
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    # Part B / confidential business: never posted to a channel, exported only on request.
    exempt: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Attendance(Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))  # present | apologies | in attendance | absent
    capacity: Mapped[str | None] = mapped_column(String(40))
    in_place_of_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    in_place_of_name: Mapped[str | None] = mapped_column(String(200))


class Decision(Base):
    """A decision of the board, from its minutes or recorded in chat (`/decision`).

    Full-text search is the database's own and lives outside these models (migration 0010):
    an FTS5 table `decisions_fts` over `text` and `board_id`, kept by triggers, on SQLite; a
    generated `search_vector` tsvector column with a GIN index on PostgreSQL.
    """

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # The meeting's board, kept here too so that a search narrows to one board inside the text index.
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(10), default="minutes", server_default="minutes")  # minutes | chat
    # The item's number as the minutes or the member gave it: kept when the agenda is recorded afresh.
    item_number: Mapped[str | None] = mapped_column(String(12))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    recorded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Declaration(Base):
    """A declaration of interest at a meeting: from its minutes, or made in chat before it (`/declare`)."""

    __tablename__ = "declarations"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    name: Mapped[str] = mapped_column(String(200))
    interest: Mapped[str] = mapped_column(Text)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id", ondelete="SET NULL"))
    item_number: Mapped[str | None] = mapped_column(String(12))
    item_text: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(10), default="minutes")  # minutes | chat
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Action(Base):
    __tablename__ = "actions"
    __table_args__ = (
        UniqueConstraint("board_id", "number"),
        # /myactions: one member's open actions, soonest due first.
        Index("ix_actions_owner_status_due", "owner_id", "status", "due_date"),
        Index("ix_actions_board_status_due", "board_id", "status", "due_date"),
        Index("ix_actions_status_due", "status", "due_date"),
        # The nudges sweep: open actions whose next reminder moment has come, earliest first.
        Index("ix_actions_next_reminder", "next_reminder_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id", ondelete="SET NULL"))
    what: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    owner_text: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(Date)
    due_text: Mapped[str | None] = mapped_column(String(200))
    snoozed_until: Mapped[date | None] = mapped_column(Date)  # reminders wait until then
    # When the owner may next hear from the nudges sweep; None when closed or undated.
    # Kept by storage.reminder_moments whenever the action is written or reminded.
    next_reminder_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(10), default="open")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))

    board: Mapped[Board] = relationship()
    owner: Mapped[Member | None] = relationship(foreign_keys=[owner_id])
    meeting: Mapped[Meeting | None] = relationship()
    # The owners named after the first (`owner`), in the order the minutes name them: loaded together
    # for every action a query returns (one more statement, never one an action); written through
    # Register.set_further_owners.
    further_owners: Mapped[list[Member]] = relationship(
        secondary="action_owners", order_by="ActionOwner.position", lazy="selectin", viewonly=True)

    @property
    def owner_ids(self) -> tuple[int, ...]:
        """Every owner's member id, the first-named first."""
        return ((self.owner_id,) if self.owner_id is not None else ()) + tuple(m.id for m in self.further_owners)


class ActionOwner(Base):
    """An owner of an action besides its first-named one (`Action.owner_id`): "Graham Oates and
    Ifeoma Nwosu" is owned by Graham Oates, with Ifeoma Nwosu here at position 1."""

    __tablename__ = "action_owners"
    __table_args__ = (
        UniqueConstraint("action_id", "member_id"),
        # /myactions: the actions a member owns with others.
        Index("ix_action_owners_member_action", "member_id", "action_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)


class ActionUpdate(Base):
    __tablename__ = "action_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(20))  # created | note | done | reopened | dropped | due
    note: Mapped[str | None] = mapped_column(Text)
    old_value: Mapped[str | None] = mapped_column(String(200))
    new_value: Mapped[str | None] = mapped_column(String(200))


class SentMessage(Base):
    """One message the bot sends, claimed under a unique key before it is sent."""

    __tablename__ = "sent_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    # A chat id, or `mailto:` and an e-mail address (up to 254 characters).
    recipient: Mapped[str] = mapped_column(String(320))
    claimed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    channel: Mapped[str | None] = mapped_column(String(320))
    ts: Mapped[str | None] = mapped_column(String(32))
    error: Mapped[str | None] = mapped_column(String(300))
    # Who holds an unfinished claim (host, process id, token) and until when; the key the message
    # went out under (Slack's metadata, an e-mail's Message-ID), which a later sweep looks for.
    holder: Mapped[str | None] = mapped_column(String(100))
    deadline: Mapped[datetime | None] = mapped_column(UtcDateTime)
    message_key: Mapped[str | None] = mapped_column(String(300))


class TeamsUser(Base):
    """A Teams user's conversation reference: what it takes to message them first (proactively)."""

    __tablename__ = "teams_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    teams_id: Mapped[str] = mapped_column(String(64), unique=True)  # AAD object id, else user id
    user_id: Mapped[str] = mapped_column(String(200))  # the Bot Framework id, 29:...
    name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    tenant_id: Mapped[str | None] = mapped_column(String(64))
    service_url: Mapped[str] = mapped_column(String(300))
    # Their personal chat with the bot, once known (from a message there, or made with POST /v3/conversations).
    conversation_id: Mapped[str | None] = mapped_column(String(400))
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class GroupLead(Base):
    """The member a board's chair or secretary named to answer for a group's actions ("Group Leads"):
    they get its nudges and update requests instead of the secretary (domain.groups)."""

    __tablename__ = "group_leads"
    __table_args__ = (UniqueConstraint("board_id", "group_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    group_key: Mapped[str] = mapped_column(String(120))
    group_name: Mapped[str] = mapped_column(String(120))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)


class TeamsChannel(Base):
    """The Teams channel a board meets in: where its agendas and minutes summaries are posted."""

    __tablename__ = "teams_channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), unique=True)
    conversation_id: Mapped[str] = mapped_column(String(400), unique=True)
    team_id: Mapped[str | None] = mapped_column(String(400))
    service_url: Mapped[str] = mapped_column(String(300))
    tenant_id: Mapped[str | None] = mapped_column(String(64))
