"""The register: every query and write the use cases need, over one session.

Use cases in `domain` call these methods and never see SQLAlchemy. Reads that
serve chat replies load everything they show in one statement, so a reply costs
the same number of queries however large the register grows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, contains_eager
from sqlalchemy.orm.attributes import set_committed_value

from storage.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Board,
    Decision,
    Meeting,
    Member,
    Membership,
    SentMessage,
    TeamsChannel,
    TeamsUser,
)


SEEN_STEP = timedelta(hours=1)  # how finely a Teams user's last activity is kept


@dataclass(frozen=True)
class Claim:
    """A key won by `Register.claim`. `earlier_key` is set when an unfinished claim was taken over:
    the key its message went out under, and `earlier_at` when that claim was made."""

    key: str
    earlier_key: str | None = None
    earlier_at: datetime | None = None


class Register:
    """Repository and unit of work in one: a session's view of the register."""

    def __init__(self, session: Session):
        self.session = session

    # -- members ---------------------------------------------------------
    def member(self, member_id: int) -> Member | None:
        return self.session.get(Member, member_id)

    def member_by_slack_id(self, slack_id: str) -> Member | None:
        return self.session.scalars(select(Member).where(Member.slack_id == slack_id)).first()

    def members_by_email(self, email: str) -> Sequence[Member]:
        return self.session.scalars(
            select(Member).where(func.lower(Member.email) == email.lower()).order_by(Member.id)
        ).all()

    def members_by_name_key(self, name_key: str) -> Sequence[Member]:
        return self.session.scalars(
            select(Member).where(Member.name_key == name_key).order_by(Member.id)
        ).all()

    def members_of_board(self, board_id: int) -> Sequence[Member]:
        return self.session.scalars(
            select(Member)
            .join(Membership, Membership.member_id == Member.id)
            .where(Membership.board_id == board_id)
            .order_by(Member.name)
        ).all()

    def officer_channels(self) -> dict[int, set[str]]:
        """Each chair's and secretary's member id, with the channels of the boards they run."""
        runs: dict[int, set[str]] = {}
        for chair_id, secretary_id, channel_id in self.session.execute(
                select(Board.chair_id, Board.secretary_id, Board.channel_id)):
            for member_id in (chair_id, secretary_id):
                if member_id is not None:
                    runs.setdefault(member_id, set()).update({channel_id} if channel_id else set())
        for chair_id, secretary_id, conversation_id in self.session.execute(
                select(Board.chair_id, Board.secretary_id, TeamsChannel.conversation_id)
                .join(TeamsChannel, TeamsChannel.board_id == Board.id)):
            for member_id in (chair_id, secretary_id):
                if member_id is not None:
                    runs.setdefault(member_id, set()).add(conversation_id)
        return runs

    def member_by_teams_id(self, teams_id: str) -> Member | None:
        return self.session.scalars(select(Member).where(Member.teams_id == teams_id)).first()

    def member_by_teams_user(self, user_id: str) -> Member | None:
        """The member behind a Bot Framework user id (29:...), once their reference is stored."""
        return self.session.scalars(
            select(Member).join(TeamsUser, TeamsUser.teams_id == Member.teams_id)
            .where(TeamsUser.user_id == user_id)).first()

    def unlinked_members(self) -> Sequence[Member]:
        """Members with no chat account linked yet."""
        return self.session.scalars(select(Member).where(Member.slack_id.is_(None))).all()

    def add_member(self, **fields: Any) -> Member:
        member = Member(aliases=[], **fields)
        self.session.add(member)
        self.session.flush()
        return member

    # -- Teams conversation references ------------------------------------
    def teams_user(self, teams_id: str) -> TeamsUser | None:
        return self.session.scalars(select(TeamsUser).where(TeamsUser.teams_id == teams_id)).first()

    def save_teams_user(self, *, teams_id: str, user_id: str, service_url: str, now: datetime,
                        name: str | None = None, email: str | None = None, tenant_id: str | None = None,
                        conversation_id: str | None = None) -> TeamsUser:
        """Remember how to reach a Teams user; what a later activity says replaces what an earlier one did."""
        user = self.teams_user(teams_id)
        if user is None:
            user = TeamsUser(teams_id=teams_id, user_id=user_id, service_url=service_url, seen_at=now)
            self.session.add(user)
        # Unchanged values write nothing; `seen_at` moves by the hour, so a busy chat is not a write a message.
        user.user_id, user.service_url = user_id, service_url
        if now - user.seen_at >= SEEN_STEP:
            user.seen_at = now
        user.name = name or user.name
        user.email = email or user.email
        user.tenant_id = tenant_id or user.tenant_id
        user.conversation_id = conversation_id or user.conversation_id
        self.session.flush()
        return user

    def teams_channel_of(self, board_id: int) -> TeamsChannel | None:
        return self.session.scalars(select(TeamsChannel).where(TeamsChannel.board_id == board_id)).first()

    def teams_channel(self, conversation_id: str) -> TeamsChannel | None:
        return self.session.scalars(
            select(TeamsChannel).where(TeamsChannel.conversation_id == conversation_id)).first()

    def board_by_teams_channel(self, conversation_id: str) -> Board | None:
        return self.session.scalars(
            select(Board).join(TeamsChannel, TeamsChannel.board_id == Board.id)
            .where(TeamsChannel.conversation_id == conversation_id)).first()

    def bind_teams_channel(self, board: Board, *, conversation_id: str, service_url: str,
                           team_id: str | None = None, tenant_id: str | None = None) -> TeamsChannel:
        """Make this Teams channel the board's (a board has one; a channel serves one board)."""
        self.session.execute(delete(TeamsChannel).where(
            TeamsChannel.conversation_id == conversation_id, TeamsChannel.board_id != board.id))
        channel = self.teams_channel_of(board.id)
        if channel is None:
            channel = TeamsChannel(board_id=board.id, conversation_id=conversation_id, service_url=service_url)
            self.session.add(channel)
        channel.conversation_id, channel.service_url = conversation_id, service_url
        channel.team_id, channel.tenant_id = team_id, tenant_id
        self.session.flush()
        return channel

    # -- boards ----------------------------------------------------------
    def board(self, board_id: int) -> Board | None:
        return self.session.get(Board, board_id)

    def board_by_channel(self, channel_id: str) -> Board | None:
        return self.session.scalars(select(Board).where(Board.channel_id == channel_id)).first()

    def board_by_name(self, name: str) -> Board | None:
        return self.session.scalars(
            select(Board).where(func.lower(Board.name) == name.lower())
        ).first()

    def board_by_code(self, code: str) -> Board | None:
        return self.session.scalars(select(Board).where(Board.code == code.upper())).first()

    def board_codes(self) -> set[str]:
        return set(self.session.scalars(select(Board.code)))

    def boards(self) -> Sequence[Board]:
        return self.session.scalars(select(Board).order_by(Board.name)).all()

    def add_board(self, **fields: Any) -> Board:
        board = Board(settings={}, last_action_number=0, **fields)
        self.session.add(board)
        self.session.flush()
        return board

    def membership(self, board_id: int, member_id: int) -> Membership | None:
        return self.session.scalars(
            select(Membership).where(
                Membership.board_id == board_id, Membership.member_id == member_id
            )
        ).first()

    def add_membership(self, board_id: int, member_id: int, role: str) -> Membership:
        membership = Membership(board_id=board_id, member_id=member_id, role=role)
        self.session.add(membership)
        self.session.flush()
        return membership

    def boards_of_member(self, member_id: int) -> Sequence[Board]:
        return self.session.scalars(
            select(Board)
            .join(Membership, Membership.board_id == Board.id)
            .where(Membership.member_id == member_id)
            .order_by(Board.name)
        ).all()

    def take_action_number(self, board: Board) -> int:
        """The board's next action number, taken in one atomic UPDATE so two writers never share one.

        The UPDATE also holds the board's row (PostgreSQL) or the write lock (SQLite)
        until commit, so whatever the same transaction writes next is serialised per board.
        """
        return self.session.execute(
            update(Board)
            .where(Board.id == board.id)
            .values(last_action_number=Board.last_action_number + 1)
            .returning(Board.last_action_number)
            .execution_options(synchronize_session=False)
        ).scalar_one()

    # -- meetings --------------------------------------------------------
    def meeting(self, meeting_id: int) -> Meeting | None:
        return self.session.get(Meeting, meeting_id)

    def add_meeting(self, **fields: Any) -> Meeting:
        meeting = Meeting(**fields)
        self.session.add(meeting)
        self.session.flush()
        return meeting

    def meeting_on(self, board_id: int, day: date, zone: ZoneInfo) -> Meeting | None:
        """The board's meeting on that calendar day in its time zone, if any."""
        start = datetime.combine(day, time(0, 0), zone)
        return self.session.scalars(
            select(Meeting)
            .where(Meeting.board_id == board_id, Meeting.starts_at >= start,
                   Meeting.starts_at < start + timedelta(days=1))
            .order_by(Meeting.starts_at)
        ).first()

    def clear_meeting_record(self, meeting_id: int) -> None:
        """Forget a meeting's attendance, agenda and decisions, before they are recorded again."""
        self.session.execute(update(Action).where(Action.meeting_id == meeting_id).values(agenda_item_id=None))
        for table in (Attendance, Decision, AgendaItem):
            self.session.execute(delete(table).where(table.meeting_id == meeting_id))

    def add_agenda_item(self, **fields: Any) -> AgendaItem:
        item = AgendaItem(**fields)
        self.session.add(item)
        self.session.flush()
        return item

    def add_decision(self, **fields: Any) -> Decision:
        decision = Decision(**fields)
        self.session.add(decision)
        return decision

    def add_attendance(self, **fields: Any) -> Attendance:
        row = Attendance(**fields)
        self.session.add(row)
        return row

    def attendance_of(self, meeting_id: int) -> Sequence[Attendance]:
        return self.session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id)
                                    .order_by(Attendance.id)).all()

    def agenda_of(self, meeting_id: int) -> Sequence[AgendaItem]:
        return self.session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                    .order_by(AgendaItem.position)).all()

    def find_meeting(self, reference: str) -> Meeting | None:
        """A meeting by id ("12") or by board code and date ("CPSRB:2015-02-10")."""
        if reference.isdigit():
            return self.session.get(Meeting, int(reference)) if len(reference) <= 9 else None
        code, _, day = reference.partition(":")
        board = self.board_by_code(code)
        try:
            wanted = date.fromisoformat(day)
        except ValueError:
            return None
        return self.meeting_on(board.id, wanted, ZoneInfo(board.timezone)) if board else None

    def decisions_of(self, meeting_id: int) -> Sequence[Decision]:
        return self.session.scalars(select(Decision).where(Decision.meeting_id == meeting_id)
                                    .order_by(Decision.position)).all()

    def meetings_of_board(self, board_id: int) -> Sequence[Meeting]:
        return self.session.scalars(select(Meeting).where(Meeting.board_id == board_id)
                                    .order_by(Meeting.starts_at)).all()

    def actions_of_meeting(self, meeting_id: int) -> Sequence[Action]:
        return self.session.scalars(select(Action).where(Action.meeting_id == meeting_id).order_by(Action.number)).all()

    def next_meetings(self, board_ids: Sequence[int], now: datetime) -> dict[int, Meeting]:
        """The next scheduled meeting of each board, in one query."""
        if not board_ids:
            return {}
        first = (
            select(Meeting.board_id, func.min(Meeting.starts_at).label("starts_at"))
            .where(
                Meeting.board_id.in_(board_ids),
                Meeting.starts_at >= now,
                Meeting.status == "scheduled",
            )
            .group_by(Meeting.board_id)
            .subquery()
        )
        rows = self.session.scalars(
            select(Meeting).join(
                first,
                (Meeting.board_id == first.c.board_id) & (Meeting.starts_at == first.c.starts_at),
            )
        ).all()
        return {meeting.board_id: meeting for meeting in rows}

    # -- actions ---------------------------------------------------------
    def _actions_with_context(self):  # type: ignore[no-untyped-def]
        return (
            select(Action)
            .join(Action.board)
            .outerjoin(Action.owner)
            .outerjoin(Action.meeting)
            .options(
                contains_eager(Action.board),
                contains_eager(Action.owner),
                contains_eager(Action.meeting),
            )
        )

    def action_by_ref(self, code: str, number: int) -> Action | None:
        return self.session.scalars(
            self._actions_with_context().where(Board.code == code.upper(), Action.number == number)
        ).first()

    def open_actions_of_member(self, member_id: int) -> Sequence[Action]:
        """A member's open actions on every board, soonest due first, undated last."""
        return self.session.scalars(
            self._actions_with_context()
            .where(Action.owner_id == member_id, Action.status == "open")
            .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
        ).all()

    def actions_of_board(
        self,
        board_id: int,
        *,
        statuses: Sequence[str] = ("open",),
        owner_id: int | None = None,
        due_before: date | None = None,
        limit: int = 200,
    ) -> Sequence[Action]:
        query = self._actions_with_context().where(
            Action.board_id == board_id, Action.status.in_(statuses)
        )
        if owner_id is not None:
            query = query.where(Action.owner_id == owner_id)
        if due_before is not None:
            query = query.where(Action.due_date < due_before)
        return self.session.scalars(
            query.order_by(Action.due_date.is_(None), Action.due_date, Action.id).limit(limit)
        ).all()

    def add_action(self, **fields: Any) -> Action:
        action = Action(**fields)
        self.session.add(action)
        self.session.flush()
        return action

    def move_status(self, action: Action, old: str, new: str) -> bool:
        """Move `action` from status `old` to `new` unless someone else just did.

        One conditional UPDATE: of two clicks racing on the same action, exactly one
        moves it (PostgreSQL re-checks the condition after the row lock; SQLite runs
        writers one at a time). The loser gets False and the action as it now is.
        """
        moved = self.session.execute(
            update(Action).where(Action.id == action.id, Action.status == old).values(status=new)
            .execution_options(synchronize_session=False)
        ).rowcount == 1
        if moved:
            set_committed_value(action, "status", new)
        else:
            self.session.refresh(action)
        return moved

    def add_action_update(self, **fields: Any) -> ActionUpdate:
        update = ActionUpdate(**fields)
        self.session.add(update)
        self.session.flush()
        return update

    def action_updates(self, action_id: int) -> Sequence[ActionUpdate]:
        return self.session.scalars(
            select(ActionUpdate).where(ActionUpdate.action_id == action_id).order_by(ActionUpdate.id)
        ).all()

    # -- the sent-messages log ------------------------------------------
    def claim(self, keys: Sequence[str], *, kind: str, recipient: str, holder: str, now: datetime,
              deadline: datetime) -> list[Claim]:
        """Claim the right to send each of `keys`: each is won by exactly one caller.

        A new key is claimed by INSERT … ON CONFLICT DO NOTHING, so two workers racing
        for it get one row. A claim never finished whose deadline has passed (its holder
        died, or its message was left in doubt) is taken over by an UPDATE that only one
        caller's WHERE still matches; the claim returned then says which message key the
        earlier attempt used and when, so the caller can look for it before sending again.
        """
        dialect = sqlite if self.session.get_bind().dialect.name == "sqlite" else postgresql
        won: list[Claim] = []
        for key in keys:
            inserted = self.session.execute(
                dialect.insert(SentMessage)
                .values(key=key, kind=kind, recipient=recipient, claimed_at=now, holder=holder, deadline=deadline)
                .on_conflict_do_nothing(index_elements=["key"])
                .returning(SentMessage.id)
            ).first()
            if inserted is not None:
                won.append(Claim(key))
                continue
            unfinished = (SentMessage.key == key, SentMessage.sent_at.is_(None), SentMessage.error.is_(None),
                          SentMessage.deadline < now)
            earlier = self.session.execute(
                select(SentMessage.message_key, SentMessage.claimed_at).where(*unfinished)).first()
            if earlier is None:
                continue
            retaken = self.session.execute(
                update(SentMessage).where(*unfinished)
                .values(claimed_at=now, holder=holder, deadline=deadline)
                .execution_options(synchronize_session=False)
            )
            if retaken.rowcount == 1:
                won.append(Claim(key, earlier.message_key, earlier.claimed_at))
        return won

    def _held(self, keys: Sequence[str], holder: str) -> tuple[Any, ...]:
        return (SentMessage.key.in_(keys), SentMessage.holder == holder, SentMessage.sent_at.is_(None))

    def send_under(self, keys: Sequence[str], *, holder: str, message_key: str) -> None:
        """Record the key the message for these claims goes out under, before it is sent."""
        self.session.execute(update(SentMessage).where(*self._held(keys, holder)).values(message_key=message_key)
                             .execution_options(synchronize_session=False))

    def mark_sent(self, keys: Sequence[str], *, holder: str, now: datetime, channel: str | None,
                  ts: str | None) -> int:
        """End this holder's claims as sent. Returns how many were still its own."""
        return self.session.execute(
            update(SentMessage).where(*self._held(keys, holder))
            .values(sent_at=now, channel=channel, ts=ts, deadline=None).execution_options(synchronize_session=False)
        ).rowcount

    def mark_in_doubt(self, keys: Sequence[str], *, holder: str, now: datetime) -> None:
        """The message may or may not have arrived: the claim's deadline is now, so the next sweep
        takes it over at once and looks for the message before sending it again."""
        self.session.execute(update(SentMessage).where(*self._held(keys, holder)).values(deadline=now)
                             .execution_options(synchronize_session=False))

    def mark_undeliverable(self, keys: Sequence[str], error: str, *, holder: str) -> None:
        """Never retried: the recipient cannot be reached (left the workspace, say)."""
        self.session.execute(
            update(SentMessage).where(*self._held(keys, holder))
            .values(error=error[:300], deadline=None).execution_options(synchronize_session=False)
        )

    def release(self, keys: Sequence[str], *, holder: str) -> None:
        """Give up this holder's claims that failed for a passing reason (the message surely did not
        arrive), so the next sweep tries again. Another holder's claims are never touched."""
        self.session.execute(
            delete(SentMessage).where(*self._held(keys, holder)).execution_options(synchronize_session=False)
        )

    def taken_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of these keys are already claimed or sent."""
        return set(self.session.scalars(select(SentMessage.key).where(SentMessage.key.in_(keys))))

    # -- what the sweeps read --------------------------------------------
    def dated_open_actions(self, until: date) -> Sequence[Action]:
        """Open actions with a due date on or before `until`, with board, owner and meeting loaded."""
        return self.session.scalars(
            self._actions_with_context()
            .where(Action.status == "open", Action.due_date.is_not(None), Action.due_date <= until)
            .order_by(Action.board_id, Action.due_date, Action.id)
        ).all()

    def meetings_with_minutes(self, since: datetime) -> Sequence[Meeting]:
        """Held meetings whose minutes are recorded, that took place since `since`."""
        return self.session.scalars(
            select(Meeting).join(Meeting.board)
            .options(contains_eager(Meeting.board))
            .where(Meeting.minutes_recorded_at.is_not(None), Meeting.starts_at >= since,
                   or_(Board.channel_id.is_not(None), Board.id.in_(select(TeamsChannel.board_id))))
            .order_by(Meeting.starts_at)
        ).all()

    def members_by_ids(self, ids: Sequence[int]) -> dict[int, Member]:
        if not ids:
            return {}
        return {m.id: m for m in self.session.scalars(select(Member).where(Member.id.in_(set(ids))))}

    # -- agendas, apologies and matters arising --------------------------
    def agenda_item(self, item_id: int) -> AgendaItem | None:
        return self.session.get(AgendaItem, item_id)

    def clear_apologies(self, meeting_id: int, member_id: int) -> None:
        """Forget a member's apologies for a meeting, and the substitute they named."""
        self.session.execute(delete(Attendance).where(
            Attendance.meeting_id == meeting_id,
            ((Attendance.member_id == member_id) & (Attendance.status == "apologies"))
            | (Attendance.in_place_of_id == member_id)))

    def latest_updates(self, action_ids: Sequence[int]) -> dict[int, ActionUpdate]:
        """The newest progress note or status report on each action, in one query."""
        if not action_ids:
            return {}
        newest = (select(func.max(ActionUpdate.id))
                  .where(ActionUpdate.action_id.in_(action_ids),
                         ActionUpdate.kind.in_(("note", "on track", "delayed", "due", "snoozed")))
                  .group_by(ActionUpdate.action_id))
        return {u.action_id: u for u in self.session.scalars(select(ActionUpdate).where(ActionUpdate.id.in_(newest)))}

