"""Minutes read from a file shared in Slack, kept as a draft until an officer confirms them.

A draft is keyed by the Slack file and the member who shared it, so a Slack retry
or a duplicate event finds the draft already there instead of making a second one.
Deciding a draft is one conditional UPDATE, so a double click decides it once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from domain.errors import BadInput, NotAllowed, NotFound
from domain.permissions import runs_board
from minutes import Action, AgendaItem, Apology, Attendee, Declaration, Minutes, NextMeeting
from storage.models import Base, UtcDateTime

PENDING, CONFIRMED, CANCELLED = "pending", "confirmed", "cancelled"


class MinutesDraft(Base):
    __tablename__ = "minutes_drafts"
    __table_args__ = (UniqueConstraint("slack_file_id", "uploader_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    uploader_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    channel_id: Mapped[str] = mapped_column(String(32))
    slack_file_id: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    reading: Mapped[dict[str, Any]] = mapped_column(JSON)
    digest: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), default=PENDING)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    def minutes(self) -> Minutes:
        return minutes_from_json(self.reading)


def officers_draft(reg: Any, draft_id: int | None, member: Any) -> tuple["MinutesDraft", Any]:
    """The draft with this id and its board, for `member`, who must be the board's chair or secretary
    (Slack and Teams find the member each their own way). NotFound, NotAllowed otherwise."""
    draft = Drafts(reg.session).get(draft_id) if draft_id is not None else None
    if draft is None:
        raise NotFound("I can't find those minutes any more. Share the file with me again.")
    board = reg.board(draft.board_id)
    if not runs_board(board, member.id):
        raise NotAllowed(f"Only the chair or secretary of {board.name} can record or change its minutes.")
    return draft, board


def already_decided(drafts: "Drafts", draft: "MinutesDraft") -> BadInput:
    """What a second click on a decided draft is told (a double click, or a click on an old preview)."""
    status = drafts.status_of(draft.id)
    return BadInput(f"Those minutes were already {'recorded' if status == CONFIRMED else status or 'dealt with'}.")


class Drafts:
    """The drafts table, over the session of one unit of work (`Drafts(reg.session)`)."""

    def __init__(self, session: Session):
        self.session = session

    def get(self, draft_id: int) -> MinutesDraft | None:
        return self.session.get(MinutesDraft, draft_id)

    def of_file(self, slack_file_id: str, uploader_id: int) -> MinutesDraft | None:
        return self.session.scalars(select(MinutesDraft).where(
            MinutesDraft.slack_file_id == slack_file_id, MinutesDraft.uploader_id == uploader_id)).first()

    def add(self, *, board_id: int, uploader_id: int, channel_id: str, slack_file_id: str, file_name: str,
            minutes: Minutes, now: datetime) -> MinutesDraft | None:
        """A new pending draft; None when this member's file already has a live one (a retry, a duplicate).

        A draft that was cancelled is opened again with the new reading, so sharing the
        same file once more after Cancel previews it again.
        """
        existing = self.of_file(slack_file_id, uploader_id)
        if existing is not None:
            return self._reopen(existing, board_id, channel_id, minutes, now)
        draft = MinutesDraft(board_id=board_id, uploader_id=uploader_id, channel_id=channel_id,
                             slack_file_id=slack_file_id, file_name=file_name[:255], reading=minutes.to_json(),
                             digest=minutes.digest(), status=PENDING, created_at=now)
        try:
            # A savepoint, so losing the race to a concurrent duplicate leaves the transaction usable.
            with self.session.begin_nested():
                self.session.add(draft)
        except IntegrityError:
            return None
        return draft

    def _reopen(self, draft: MinutesDraft, board_id: int, channel_id: str, minutes: Minutes,
                now: datetime) -> MinutesDraft | None:
        reopened = self.session.execute(
            update(MinutesDraft)
            .where(MinutesDraft.id == draft.id, MinutesDraft.status == CANCELLED)
            .values(status=PENDING, board_id=board_id, channel_id=channel_id, reading=minutes.to_json(),
                    digest=minutes.digest(), created_at=now, decided_at=None)
            .execution_options(synchronize_session=False)
        ).rowcount
        if reopened != 1:
            return None
        self.session.refresh(draft)
        return draft

    def decide(self, draft_id: int, status: str, now: datetime) -> bool:
        """Move a pending draft to `status`; False when it was already decided (a double click)."""
        changed = self.session.execute(
            update(MinutesDraft)
            .where(MinutesDraft.id == draft_id, MinutesDraft.status == PENDING)
            .values(status=status, decided_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
        return changed == 1

    def revise(self, draft_id: int, minutes: Minutes) -> bool:
        """Replace a pending draft's reading (after Edit); False when it was decided meanwhile."""
        changed = self.session.execute(
            update(MinutesDraft)
            .where(MinutesDraft.id == draft_id, MinutesDraft.status == PENDING)
            .values(reading=minutes.to_json(), digest=minutes.digest())
            .execution_options(synchronize_session=False)
        ).rowcount
        return changed == 1

    def status_of(self, draft_id: int) -> str | None:
        """The draft's status as committed now (after a conditional UPDATE that changed nothing)."""
        return self.session.scalars(select(MinutesDraft.status).where(MinutesDraft.id == draft_id)).first()

    def of_board(self, board_id: int) -> Sequence[MinutesDraft]:
        return self.session.scalars(
            select(MinutesDraft).where(MinutesDraft.board_id == board_id).order_by(MinutesDraft.id)).all()


# -- the reading, back from JSON ---------------------------------------------
def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _clock(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def minutes_from_json(data: dict[str, Any]) -> Minutes:
    """The `Minutes` whose `to_json()` gave `data` (the contract's "Minutes JSON")."""
    upcoming = data.get("next_meeting") or {}
    return Minutes(
        board=data.get("board"),
        date=_day(data.get("date")),
        start_time=_clock(data.get("start_time")),
        end_time=_clock(data.get("end_time")),
        venue=data.get("venue"),
        theme=data.get("theme"),
        present=tuple(Attendee(**person) for person in data.get("present") or ()),
        apologies=tuple(Apology(**person) for person in data.get("apologies") or ()),
        agenda_items=tuple(AgendaItem(**item) for item in data.get("agenda_items") or ()),
        decisions=tuple(data.get("decisions") or ()),
        declarations=tuple(Declaration(**d) for d in data.get("declarations") or ()),
        actions=tuple(Action(what=a["what"], who=a.get("who"), due=_day(a.get("due")), due_text=a.get("due_text"),
                             item=a.get("item"), carried=bool(a.get("carried"))) for a in data.get("actions") or ()),
        next_meeting=NextMeeting(date=_day(upcoming.get("date")), time=_clock(upcoming.get("time")),
                                 venue=upcoming.get("venue"), theme=upcoming.get("theme")),
    )
