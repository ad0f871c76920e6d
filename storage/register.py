"""The register: every query and write the use cases need, over one session.

Use cases in `domain` call these methods and never see SQLAlchemy. Reads that
serve chat replies load everything they show in one statement, so a reply costs
the same number of queries however large the register grows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, case, delete, func, insert, literal, or_, select, text, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased, contains_eager
from sqlalchemy.orm.attributes import set_committed_value

from storage.models import (
    Action,
    ActionOwner,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Board,
    Decision,
    Declaration,
    GroupLead,
    Meeting,
    Member,
    Membership,
    SentMessage,
    TeamsChannel,
    TeamsUser,
)
from storage import reminder_moments

_Further = aliased(Member, name="further_owner")  # an owner named after the first, in the light rows' statements
BATCH = 2_000  # rows fetched at a time by the sweeps' streamed reads
CLAIM_ROWS = 500  # claims inserted (or looked up) by one statement: well under any driver's parameter limit


SEEN_STEP = timedelta(hours=1)  # how finely a Teams user's last activity is kept


@dataclass(frozen=True)
class Claim:
    """A key won by `Register.claim`. `earlier_key` is set when an unfinished claim was taken over:
    the key its message went out under, and `earlier_at` when that claim was made."""

    key: str
    earlier_key: str | None = None
    earlier_at: datetime | None = None


@dataclass(slots=True)
class OwnerRow:
    """An action's owner as a light row carries them: what `view` and the sweeps read."""

    id: int
    name: str
    slack_id: str | None
    email: str | None
    organisation: str | None
    teams_id: str | None
    last_chat: str | None


@dataclass(slots=True)
class MeetingTime:
    starts_at: datetime


@dataclass(slots=True)
class ActionRow:
    """An action read as columns (a light row, not an ORM entity): what `view` and the sweeps read. Slotted,
    so a sweep holding tens of thousands of them holds a few hundred bytes each."""

    id: int
    board_id: int
    number: int
    what: str
    owner_id: int | None
    owner_text: str | None
    due_date: date | None
    status: str
    meeting_id: int | None
    board: Any
    agenda_item_id: int | None
    created_at: datetime
    owner: OwnerRow | None
    meeting: MeetingTime | None
    further_owners: list[OwnerRow] = field(default_factory=list)  # those named after `owner`, in order

    @property
    def owner_ids(self) -> tuple[int, ...]:
        """Every owner's member id, the first-named first."""
        return ((self.owner_id,) if self.owner_id is not None else ()) + tuple(o.id for o in self.further_owners)


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

    def members_by_name_keys(self, name_keys: Sequence[str]) -> dict[str, list[Member]]:
        """Members by each of these name keys, oldest first, in one query."""
        found: dict[str, list[Member]] = {key: [] for key in name_keys}
        if name_keys:
            for member in self.session.scalars(select(Member).where(Member.name_key.in_(set(name_keys)))
                                               .order_by(Member.id)):
                found[member.name_key].append(member)
        return found

    def members_of_board(self, board_id: int) -> Sequence[Member]:
        return self.session.scalars(
            select(Member)
            .join(Membership, Membership.member_id == Member.id)
            .where(Membership.board_id == board_id)
            .order_by(Member.name)
        ).all()

    def standing_entries(self, board_id: int) -> list[tuple[str, str]]:
        """The board's members who keep a standing register entry: (name, entry), by name."""
        return self.standing_entries_of_boards([board_id]).get(board_id, [])

    def standing_entries_of_boards(self, board_ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
        """Each board's standing register entries, (name, entry) by name, in one query of those columns only."""
        found: dict[int, list[tuple[str, str]]] = {}
        if board_ids:
            for board_id, name, interests in self.session.execute(
                    select(Membership.board_id, Member.name, Member.interests)
                    .join(Membership, Membership.member_id == Member.id)
                    .where(Membership.board_id.in_(board_ids), Member.interests.is_not(None), Member.interests != "")
                    .order_by(Member.name)):
                found.setdefault(board_id, []).append((name, interests))
        return found

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

    def teams_channels_of(self, board_ids: Sequence[int]) -> dict[int, TeamsChannel]:
        """The Teams channels of these boards, by board id, in one statement."""
        if not board_ids:
            return {}
        found = self.session.scalars(select(TeamsChannel).where(TeamsChannel.board_id.in_(board_ids)))
        return {channel.board_id: channel for channel in found}

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

    def add_memberships(self, rows: Sequence[dict[str, Any]]) -> None:
        """Many new memberships (board_id, member_id, role) in one executemany (an import naming many people)."""
        if rows:
            self.session.flush()
            self.session.connection().execute(insert(Membership.__table__), list(rows))

    # -- groups' leads (domain.groups) --------------------------------------
    def group_leads(self, board_ids: Sequence[int]) -> dict[tuple[int, str], int]:
        """The named leads of the boards' groups, as {(board id, group key): member id}, one statement."""
        if not board_ids:
            return {}
        rows = self.session.execute(select(GroupLead.board_id, GroupLead.group_key, GroupLead.member_id)
                                    .where(GroupLead.board_id.in_(set(board_ids))))
        return {(board_id, key): member_id for board_id, key, member_id in rows}

    def leads_of_board(self, board_id: int) -> list[tuple[str, Member]]:
        """The board's groups with a named lead: (the group's name, the lead), by the group's name."""
        rows = self.session.execute(select(GroupLead.group_name, Member).join(Member, Member.id == GroupLead.member_id)
                                    .where(GroupLead.board_id == board_id).order_by(GroupLead.group_key))
        return [(name, member) for name, member in rows]

    def group_owner_texts(self, board_id: int) -> list[str]:
        """How the board's actions owned by a group (no member) write their owners."""
        return list(self.session.scalars(select(Action.owner_text).distinct().where(
            Action.board_id == board_id, Action.owner_id.is_(None), Action.owner_text.is_not(None))))

    def set_group_lead(self, board_id: int, key: str, name: str, member_id: int | None) -> None:
        """Name (or, with None, take away) the lead of the board's group with this key."""
        found = self.session.scalars(select(GroupLead).where(GroupLead.board_id == board_id,
                                                              GroupLead.group_key == key)).first()
        if member_id is None:
            if found is not None:
                self.session.delete(found)
        elif found is None:
            self.session.add(GroupLead(board_id=board_id, group_key=key, group_name=name, member_id=member_id))
        else:
            found.group_name, found.member_id = name, member_id
        self.session.flush()

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

    def take_action_numbers(self, board: Board, count: int) -> range:
        """`count` consecutive action numbers for the board, taken in one atomic UPDATE (an import's)."""
        last = self.session.execute(
            update(Board)
            .where(Board.id == board.id)
            .values(last_action_number=Board.last_action_number + count)
            .returning(Board.last_action_number)
            .execution_options(synchronize_session=False)
        ).scalar_one()
        return range(last - count + 1, last + 1)

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
        """Forget a meeting's attendance, agenda and what its minutes decided and declared, before they are
        recorded again. Decisions and declarations made in chat stay."""
        self.session.execute(update(Action).where(Action.meeting_id == meeting_id).values(agenda_item_id=None))
        for table in (Decision, Declaration):
            self.session.execute(delete(table).where(table.meeting_id == meeting_id, table.source == "minutes"))
        for table in (Attendance, AgendaItem):
            self.session.execute(delete(table).where(table.meeting_id == meeting_id))

    def add_agenda_item(self, **fields: Any) -> AgendaItem:
        item = AgendaItem(**fields)
        self.session.add(item)
        self.session.flush()
        return item

    def add_decision(self, **fields: Any) -> Decision:
        if "board_id" not in fields:
            fields["board_id"] = self.session.get(Meeting, fields["meeting_id"]).board_id
        decision = Decision(**fields)
        self.session.add(decision)
        return decision

    def add_declaration(self, **fields: Any) -> Declaration:
        row = Declaration(**fields)
        self.session.add(row)
        self.session.flush()
        return row

    def declarations_of(self, meeting_id: int) -> Sequence[Declaration]:
        return self.session.scalars(select(Declaration).where(Declaration.meeting_id == meeting_id)
                                    .order_by(Declaration.id)).all()

    def declarations_of_meetings(self, meeting_ids: Sequence[int]) -> dict[int, list[Declaration]]:
        """Each meeting's declarations in the order made (an empty list for none), in one query."""
        return self._grouped(Declaration.meeting_id, meeting_ids, Declaration.id)

    def exempt_item_ids(self, item_ids: Sequence[int | None]) -> set[int]:
        """Which of these agenda items are exempt (Part B) business."""
        wanted = {i for i in item_ids if i is not None}
        if not wanted:
            return set()
        return set(self.session.scalars(select(AgendaItem.id).where(AgendaItem.id.in_(wanted),
                                                                    AgendaItem.exempt.is_(True))))

    def exempt_action_ids(self, board_id: int) -> set[int]:
        """The board's actions recorded under an exempt agenda item."""
        return set(self.session.scalars(
            select(Action.id).join(AgendaItem, AgendaItem.id == Action.agenda_item_id)
            .where(Action.board_id == board_id, AgendaItem.exempt.is_(True))))

    def decisions_of_board(self, board_id: int, *, since: datetime | None = None,
                           include_exempt: bool = False) -> Sequence[tuple[Decision, Meeting, AgendaItem | None]]:
        """The board's decisions, oldest meeting first, each with its meeting and agenda item."""
        query = self._decisions_with_context(board_id, include_exempt)
        if since is not None:
            query = query.where(Meeting.starts_at >= since)
        return self.session.execute(query.order_by(Meeting.starts_at, Decision.position, Decision.id)).all()

    def _decisions_with_context(self, board_id: int, include_exempt: bool):  # type: ignore[no-untyped-def]
        query = (select(Decision, Meeting, AgendaItem)
                 .join(Meeting, Meeting.id == Decision.meeting_id)
                 .outerjoin(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
                 .where(Decision.board_id == board_id))
        if not include_exempt:
            query = query.where((AgendaItem.id.is_(None)) | (AgendaItem.exempt.is_(False)))
        return query

    def search_decisions(self, board_id: int, words: Sequence[str], *, include_exempt: bool = False,
                         limit: int = 10) -> Sequence[tuple[Decision, Meeting, AgendaItem | None]]:
        """The board's decisions containing every one of `words` (stemmed), newest meeting first,
        found by the database's own full-text index (FTS5 on SQLite, tsvector on PostgreSQL)."""
        query = self._decisions_with_context(board_id, include_exempt)
        if words:
            if self.session.get_bind().dialect.name == "sqlite":
                # Each word quoted, so nothing a person types is read as FTS5 syntax.
                match = f"board_id : {int(board_id)} AND text : (" + " ".join(
                    '"' + w.replace('"', "") + '"' for w in words) + ")"
                found = text("SELECT rowid FROM decisions_fts WHERE decisions_fts MATCH :match").bindparams(match=match)
                query = query.where(Decision.id.in_(found))
            else:
                query = query.where(text("decisions.search_vector @@ plainto_tsquery('english', :match)")
                                    .bindparams(match=" ".join(words)))
        return self.session.execute(
            query.order_by(Meeting.starts_at.desc(), Decision.position, Decision.id).limit(limit)).all()

    def add_attendances(self, rows: Sequence[dict[str, Any]]) -> None:
        """A meeting's attendance rows in one executemany (no ORM object a row)."""
        if rows:
            self.session.flush()
            self.session.connection().execute(insert(Attendance.__table__), list(rows))

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

    def agendas_of(self, meeting_ids: Sequence[int]) -> dict[int, list[AgendaItem]]:
        """Each meeting's agenda items in order, one statement for every meeting."""
        return self._grouped(AgendaItem.meeting_id, meeting_ids, AgendaItem.position)

    def attendance_of_meetings(self, meeting_ids: Sequence[int]) -> dict[int, list[Attendance]]:
        """Each meeting's attendance, one statement for every meeting."""
        return self._grouped(Attendance.meeting_id, meeting_ids, Attendance.id)

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

    def meetings_of_boards(self, board_ids: Sequence[int]) -> dict[int, list[Meeting]]:
        """Each board's meetings, oldest first, in one query."""
        return self._grouped(Meeting.board_id, board_ids, Meeting.starts_at)

    def _grouped(self, column: Any, keys: Sequence[int], *order: Any) -> dict[int, list[Any]]:
        """The rows of `column`'s table whose `column` is one of `keys`, listed under each key (an empty
        list for a key with none) in `order`: one statement for every key."""
        found: dict[int, list[Any]] = {key: [] for key in keys}
        if keys:
            query = select(column.class_).where(column.in_(keys)).order_by(*order)
            for row in self.session.scalars(query):
                found[getattr(row, column.key)].append(row)
        return found

    def boards_with_actions_raised_before(self, cutoffs: dict[int, datetime]) -> set[int]:
        """Which boards have an open action raised (at its meeting, else when recorded) before the board's
        cutoff, in one statement whatever the number of boards."""
        if not cutoffs:
            return set()
        # Each board's cutoff as a CASE on the board: one statement, and each board's search stops at the
        # first action old enough.
        cutoff = case({board_id: bindparam(None, at, type_=Action.created_at.type) for board_id, at in cutoffs.items()},
                      value=Board.id)
        older = (select(Action.id).outerjoin(Meeting, Meeting.id == Action.meeting_id)
                 .where(Action.board_id == Board.id, Action.status == "open",
                        func.coalesce(Meeting.starts_at, Action.created_at) < cutoff))
        return set(self.session.scalars(select(Board.id).where(Board.id.in_(list(cutoffs)), older.exists())))

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

    def open_actions_of_member(self, member_id: int) -> list[Any]:
        """A member's open actions on every board, those they own with others too, soonest due first, undated
        last: one statement, read as columns into light rows (see `_action_rows`) rather than entities, for
        /myactions."""
        if Register._member_open is None:  # built once: a statement made afresh each call costs more than its SQL
            Register._member_open = (
                self._row_query().where(Action.id.in_(self._owned_open(bindparam("member_id"))))
                .order_by(Action.due_date.is_(None), Action.due_date, Action.id, ActionOwner.position))
        return list(self._action_rows(Register._member_open, params={"member_id": member_id}))

    @staticmethod
    def _owned_open(member_id: Any) -> Any:
        """The ids of the member's open actions, first-named or not: two index lookups
        (ix_actions_owner_status_due, ix_action_owners_member_action), so the cost is the member's own."""
        return (select(Action.id).where(Action.owner_id == member_id, Action.status == "open")
                .union_all(select(ActionOwner.action_id).join(Action, Action.id == ActionOwner.action_id)
                           .where(ActionOwner.member_id == member_id, Action.status == "open")))

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
            query = query.where(or_(Action.owner_id == owner_id, Action.id.in_(
                select(ActionOwner.action_id).where(ActionOwner.member_id == owner_id))))
        if due_before is not None:
            query = query.where(Action.due_date < due_before)
        return self.session.scalars(
            query.order_by(Action.due_date.is_(None), Action.due_date, Action.id).limit(limit)
        ).all()

    def open_actions_raised_before(self, board_id: int, before: datetime, *, besides: int | None = None,
                                   limit: int = 5_000) -> list[Any]:
        """The board's open actions raised (at their meeting, else when recorded) before `before`, other
        than meeting `besides`'s, newest first, at most `limit`: what a carried action of minutes may be.
        Read as plain columns (id, number, what, owner_id, owner_text), not entities: a board may have
        thousands, and only the few that match are loaded to be changed."""
        raised = func.coalesce(Meeting.starts_at, Action.created_at)
        query = (select(Action.id, Action.number, Action.what, Action.owner_id, Action.owner_text)
                 .outerjoin(Meeting, Meeting.id == Action.meeting_id)
                 .where(Action.board_id == board_id, Action.status == "open", raised < before)
                 .order_by(raised.desc(), Action.number.desc()).limit(limit))
        if besides is not None:
            query = query.where(or_(Action.meeting_id.is_(None), Action.meeting_id != besides))
        return list(self.session.execute(query))

    def actions_by_ids(self, action_ids: Sequence[int]) -> dict[int, Action]:
        """The actions of these ids, as entities to change, in one query."""
        if not action_ids:
            return {}
        return {a.id: a for a in self.session.scalars(select(Action).where(Action.id.in_(list(action_ids))))}

    _ROW_COLUMNS = (Action.id, Action.board_id, Action.number, Action.what, Action.owner_id, Action.owner_text,
                    Action.due_date, Action.status, Action.meeting_id, Board.code, Board.name, Board.timezone,
                    Board.secretary_id, Member.name, Member.slack_id, Member.email, Member.organisation,
                    Member.teams_id, Member.last_chat, Meeting.starts_at, Action.agenda_item_id, Action.created_at,
                    _Further.id, _Further.name, _Further.slack_id, _Further.email, _Further.organisation,
                    _Further.teams_id, _Further.last_chat)

    _member_open: Any = None  # open_actions_of_member's statement

    def _action_rows(self, query: Any, limit: int | None = None, params: dict[str, Any] | None = None) -> Iterator[Any]:
        """Actions read as columns into light rows with what `view` reads (`board`, `owner`, `further_owners`
        and `meeting` as plain objects), not as ORM entities; at most `limit` a board when given (rows in board
        order). An action with further owners comes as one row of the statement for each of them, in turn."""
        boards: dict[int, SimpleNamespace] = {}
        owners: dict[int, OwnerRow] = {}  # one row an owner, shared by their actions

        def owner(member_id: int, *fields: Any) -> OwnerRow:
            return owners.get(member_id) or owners.setdefault(member_id, OwnerRow(member_id, *fields))

        current, count, pending = None, 0, None
        for (action_id, board_id, number, what, owner_id, owner_text, due, status, meeting_id, code, name, zone,
             secretary_id, owner_name, slack_id, email, organisation, teams_id, last_chat, starts, agenda_item_id,
             created_at, further_id, *further) in \
                self.session.execute(query, params):
            if pending is not None and pending.id == action_id:
                if further_id is not None:
                    pending.further_owners.append(owner(further_id, *further))
                continue
            if pending is not None:
                yield pending
                pending = None
            count = count + 1 if board_id == current else 1
            current = board_id
            if limit is not None and count > limit:
                continue
            board = boards.get(board_id) or boards.setdefault(
                board_id, SimpleNamespace(id=board_id, code=code, name=name, timezone=zone, secretary_id=secretary_id))
            pending = ActionRow(
                action_id, board_id, number, what, owner_id, owner_text, due, status, meeting_id, board,
                agenda_item_id, created_at,
                owner(owner_id, owner_name, slack_id, email, organisation, teams_id, last_chat)
                if owner_id is not None else None,
                MeetingTime(starts) if meeting_id is not None else None,
                [owner(further_id, *further)] if further_id is not None else [])
        if pending is not None:
            yield pending

    def _row_query(self):  # type: ignore[no-untyped-def]
        return (select(*self._ROW_COLUMNS)
                .join(Board, Board.id == Action.board_id)
                .outerjoin(Member, Member.id == Action.owner_id)
                .outerjoin(Meeting, Meeting.id == Action.meeting_id)
                .outerjoin(ActionOwner, ActionOwner.action_id == Action.id)
                .outerjoin(_Further, _Further.id == ActionOwner.member_id))

    def open_actions_of_boards(self, board_ids: Sequence[int], *, due_before: date | None = None,
                               raised_before: dict[int, datetime] | None = None,
                               limit: int = 200) -> Iterator[Any]:
        """Each board's open actions in board order, soonest due first, up to `limit` a board: one
        streamed statement for every board, read as columns (see `_action_rows`). With `raised_before`,
        only those raised (at their meeting, else when recorded) before their board's moment."""
        if not board_ids:
            return iter(())
        wanted = [Action.board_id.in_(board_ids), Action.status == "open"]
        if raised_before is not None:
            cutoff = case({board_id: bindparam(None, at, type_=Action.created_at.type)
                           for board_id, at in raised_before.items()}, value=Action.board_id)
            raised = select(Meeting.starts_at).where(Meeting.id == Action.meeting_id).scalar_subquery()
            wanted += [Action.board_id.in_(list(raised_before)),
                       func.coalesce(raised, Action.created_at) < cutoff]
        if due_before is not None:  # undated actions are never due before a day: the index gives the order
            wanted.append(Action.due_date < due_before)
            order: tuple[Any, ...] = (Action.due_date, Action.id)
        else:
            order = (Action.due_date.is_(None), Action.due_date, Action.id)
        # Only the first `limit` of each board are read, ranked in the database: a board's cost is
        # what it shows, not how many actions it has.
        ranked = (select(Action.id, func.row_number().over(partition_by=Action.board_id, order_by=order)
                         .label("rank")).where(*wanted).subquery())
        query = (self._row_query().join(ranked, ranked.c.id == Action.id).where(ranked.c.rank <= limit)
                 .order_by(Action.board_id, *order, ActionOwner.position))
        return self._action_rows(query.execution_options(yield_per=BATCH), limit)

    def open_action_counts(self, board_ids: Sequence[int], *, due_before: date | None = None) -> dict[int, int]:
        """How many open actions each board has (due before `due_before`, when given): counted in the
        database, one statement."""
        if not board_ids:
            return {}
        wanted = [Action.board_id.in_(board_ids), Action.status == "open"]
        if due_before is not None:
            wanted.append(Action.due_date < due_before)
        return {board_id: count for board_id, count in self.session.execute(
            select(Action.board_id, func.count()).where(*wanted).group_by(Action.board_id))}

    def add_action(self, **fields: Any) -> Action:
        action = Action(**fields)
        self.session.add(action)
        self.session.flush()
        return action

    def add_actions(self, rows: Sequence[dict[str, Any]], *, created_note: str | None = None) -> list[int]:
        """Many new actions of one board, numbered as `take_action_numbers` gave them, each with its next
        reminder moment, in one Core executemany (no ORM object a row), and with `created_note` an audit
        entry each ("created", its due text) copied from them by one INSERT … SELECT. Returns their ids
        in the order given."""
        if not rows:
            return []
        known: dict[Any, Any] = {}
        with self.session.no_autoflush:
            filled = [{**fields, "next_reminder_at": reminder_moments.first_moment(self.session, fields, known)}
                      for fields in rows]
        self.session.flush()
        table, board_id = Action.__table__, rows[0]["board_id"]
        if any(fields["board_id"] != board_id for fields in rows):
            raise ValueError("add_actions takes one board's new actions at a time")
        columns = sorted({name for fields in filled for name in fields})
        connection = self.session.connection()
        connection.execute(insert(table), [{name: fields.get(name) for name in columns} for fields in filled])
        numbers = [fields["number"] for fields in rows]
        mine = (table.c.board_id == board_id, table.c.number.between(min(numbers), max(numbers)))
        found = connection.execute(select(table.c.number, table.c.id).where(*mine))
        ids = {number: action_id for number, action_id in found}
        if created_note is not None:
            updates = ActionUpdate.__table__
            connection.execute(insert(updates).from_select(
                ["action_id", "at", "kind", "note", "new_value"],
                select(table.c.id, bindparam("at", rows[0]["created_at"], type_=updates.c.at.type),
                       literal("created"), literal(created_note), table.c.due_text).where(*mine)))
        return [ids[number] for number in numbers]

    def set_further_owners(self, action_id: int, member_ids: Sequence[int]) -> bool:
        """Make these members (in order) the action's owners after its first-named one; returns whether
        that changed anything. The same owners again write nothing."""
        wanted = list(dict.fromkeys(member_ids))
        held = list(self.session.scalars(select(ActionOwner.member_id).where(ActionOwner.action_id == action_id)
                                         .order_by(ActionOwner.position)))
        if held == wanted:
            return False
        self.session.execute(delete(ActionOwner).where(ActionOwner.action_id == action_id)
                             .execution_options(synchronize_session=False))
        if wanted:
            self.session.execute(insert(ActionOwner), [
                {"action_id": action_id, "member_id": member_id, "position": position}
                for position, member_id in enumerate(wanted, 1)])
        loaded = self.session.identity_map.get(self.session.identity_key(Action, action_id))
        if loaded is not None:  # an entity already read shows its new owners when next asked
            self.session.expire(loaded, ["further_owners"])
        return True

    def add_further_owners(self, owners: Sequence[tuple[int, Sequence[int]]]) -> None:
        """The owners after the first-named of new actions, (action id, member ids in order), in one executemany."""
        rows = [{"action_id": action_id, "member_id": member_id, "position": position}
                for action_id, member_ids in owners for position, member_id in enumerate(dict.fromkeys(member_ids), 1)]
        if rows:
            self.session.execute(insert(ActionOwner), rows)

    def further_owners_of(self, action_ids: Sequence[int]) -> dict[int, list[Any]]:
        """Each action's owners after the first-named, in order, as rows of what a reminder needs (id, name,
        slack_id, email, tz, teams_id, last_chat): one statement for every action, empty for most."""
        found: dict[int, list[Any]] = {}
        if action_ids:
            for row in self.session.execute(
                    select(ActionOwner.action_id, Member.id, Member.name, Member.slack_id, Member.email, Member.tz,
                           Member.teams_id, Member.last_chat)
                    .join(Member, Member.id == ActionOwner.member_id)
                    .where(ActionOwner.action_id.in_(list(action_ids)))
                    .order_by(ActionOwner.action_id, ActionOwner.position)):
                found.setdefault(row.action_id, []).append(row)
        return found

    def add_action_updates(self, rows: Sequence[dict[str, Any]]) -> None:
        """Many audit entries in one batched INSERT."""
        if rows:
            self.session.execute(insert(ActionUpdate), list(rows))

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
            reminder_moments.recompute(self.session, action)
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
              deadline: datetime, holder_gone: Callable[[str], bool] = lambda _: False) -> list[Claim]:
        """Claim the right to send each of `keys`: each is won by exactly one caller (see `claim_many`)."""
        return self.claim_many([(kind, recipient, keys)], holder=holder, now=now, deadline=deadline,
                               holder_gone=holder_gone)[0]

    def claim_many(self, requests: Sequence[tuple[str, str, Sequence[str]]], *, holder: str, now: datetime,
                   deadline: datetime, holder_gone: Callable[[str], bool] = lambda _: False) -> list[list[Claim]]:
        """Claim the keys of many messages, each request (kind, recipient, keys), in a few statements:
        returns each request's claims won, in its keys' order.

        New keys are claimed by one INSERT … ON CONFLICT DO NOTHING … RETURNING, so two workers
        racing for a key get one row; each row records its message's first key as the key the
        message goes out under. A claim never finished whose deadline has passed (its holder
        died, or its message was left in doubt), or whose holder is `holder_gone` (a process
        known to have ended), is taken over by an UPDATE that only one caller's WHERE still
        matches; the claim returned then says which message key the earlier attempt used and
        when, so the caller can look for it before sending again.
        """
        table = SentMessage.__table__
        dialect = sqlite if self.session.get_bind().dialect.name == "sqlite" else postgresql
        rows, seen = [], set()
        for kind, recipient, keys in requests:
            for key in keys:
                if key not in seen:
                    seen.add(key)
                    rows.append({"key": key, "kind": kind, "recipient": recipient, "claimed_at": now,
                                 "holder": holder, "deadline": deadline, "message_key": keys[0]})
        inserted: set[str] = set()
        if rows:  # an executemany: the statement is compiled once and sent in multi-row batches
            inserted.update(self.session.connection().execute(
                dialect.insert(table).on_conflict_do_nothing(index_elements=["key"]).returning(table.c.key),
                rows).scalars())
        unfinished = (table.c.sent_at.is_(None), table.c.error.is_(None))
        earlier: dict[str, Any] = {}
        others = [row["key"] for row in rows if row["key"] not in inserted]
        for start in range(0, len(others), CLAIM_ROWS):
            for found in self.session.execute(
                    select(table.c.key, table.c.message_key, table.c.claimed_at, table.c.holder, table.c.deadline)
                    .where(table.c.key.in_(others[start:start + CLAIM_ROWS]), *unfinished)):
                earlier[found.key] = found
        retaken: set[str] = set()
        for key, found in earlier.items():
            if found.deadline is not None and found.deadline < now:
                still = table.c.deadline < now
            elif found.holder and found.holder != holder and holder_gone(found.holder):
                still = table.c.holder == found.holder
            else:
                continue
            if self.session.execute(
                    update(table).where(table.c.key == key, *unfinished, still)
                    .values(claimed_at=now, holder=holder, deadline=deadline)).rowcount == 1:
                retaken.add(key)
        won: list[list[Claim]] = []
        for _, _, keys in requests:
            mine = []
            for key in dict.fromkeys(keys):
                if key in inserted:
                    inserted.discard(key)  # a key asked for twice is won once, by the first to ask
                    mine.append(Claim(key))
                elif key in retaken:
                    retaken.discard(key)
                    mine.append(Claim(key, earlier[key].message_key, earlier[key].claimed_at))
            won.append(mine)
        return won

    def _held(self, keys: Sequence[str], holder: str) -> tuple[Any, ...]:
        return (SentMessage.key.in_(keys), SentMessage.holder == holder, SentMessage.sent_at.is_(None))

    def send_under(self, keys: Sequence[str], *, holder: str, message_key: str) -> None:
        """Record the key the message for these claims goes out under, before it is sent."""
        self.session.execute(update(SentMessage).where(*self._held(keys, holder)).values(message_key=message_key)
                             .execution_options(synchronize_session=False))

    def mark_sent(self, keys: Sequence[str], *, holder: str, now: datetime, channel: str | None,
                  ts: str | None) -> int:
        """End this holder's claims as sent, and move the reminders told on to their next moments.
        Returns how many were still its own."""
        ended = self.session.execute(
            update(SentMessage).where(*self._held(keys, holder))
            .values(sent_at=now, channel=channel, ts=ts, deadline=None).execution_options(synchronize_session=False)
        ).rowcount
        reminder_moments.advance_told(self.session, keys)
        return ended

    def mark_sent_many(self, answers: Sequence[tuple[Sequence[str], str | None, str | None]], *, holder: str,
                       now: datetime) -> int:
        """End this holder's claims of many messages as sent, each answer (keys, channel, ts), in one
        executemany, and move the reminders told on to their next moments. Returns how many were
        still its own."""
        table = SentMessage.__table__
        rows = [{"b_key": key, "b_channel": channel, "b_ts": ts} for keys, channel, ts in answers for key in keys]
        if not rows:
            return 0
        ended = self.session.connection().execute(
            update(table).where(table.c.key == bindparam("b_key"), table.c.holder == holder,
                                table.c.sent_at.is_(None))
            .values(sent_at=now, channel=bindparam("b_channel"), ts=bindparam("b_ts"), deadline=None), rows).rowcount
        reminder_moments.advance_told(self.session, [row["b_key"] for row in rows])
        return ended

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
        reminder_moments.advance_told(self.session, keys)

    def release(self, keys: Sequence[str], *, holder: str) -> None:
        """Give up this holder's claims that failed for a passing reason (the message surely did not
        arrive), so the next sweep tries again. Another holder's claims are never touched."""
        self.session.execute(
            delete(SentMessage).where(*self._held(keys, holder)).execution_options(synchronize_session=False)
        )

    def sent_message(self, key: str) -> SentMessage | None:
        """The sent-messages log's entry for `key`, once it was sent."""
        return self.session.scalars(select(SentMessage).where(SentMessage.key == key,
                                                              SentMessage.sent_at.is_not(None))).first()

    def taken_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of these keys are already claimed or sent."""
        return set(self.session.scalars(select(SentMessage.key).where(SentMessage.key.in_(keys))))

    def settled_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of these keys are sent, or can never be (a claim still in flight is not settled)."""
        if not keys:
            return set()
        return set(self.session.scalars(select(SentMessage.key).where(
            SentMessage.key.in_(keys), SentMessage.sent_at.is_not(None) | SentMessage.error.is_not(None))))

    # -- what the sweeps read --------------------------------------------
    def reminders_come(self, now: datetime, *, after: tuple[datetime, int] | None = None,
                       limit: int = 1000) -> Sequence[Any]:
        """Open actions whose next reminder moment has come by `now`, earliest first, `limit` at a time
        from after the (moment, id) `after`: only the columns the nudges sweep shows, one statement."""
        query = (
            select(Action.id, Action.board_id, Action.number, Action.what, Action.owner_id, Action.owner_text,
                   Action.due_date, Action.snoozed_until, Action.created_at, Action.next_reminder_at,
                   Board.code.label("board_code"), Board.name.label("board_name"),
                   Board.timezone.label("board_tz"), Board.chair_id, Board.secretary_id,
                   Member.name.label("owner_name"), Member.slack_id.label("owner_slack_id"),
                   Member.email.label("owner_email"), Member.tz.label("owner_tz"),
                   Member.teams_id.label("owner_teams_id"), Member.last_chat.label("owner_last_chat"),
                   Meeting.starts_at.label("meeting_starts"))
            .join(Board, Board.id == Action.board_id)
            .outerjoin(Member, Member.id == Action.owner_id)
            .outerjoin(Meeting, Meeting.id == Action.meeting_id)
            .where(Action.next_reminder_at <= now)
        )
        if after is not None:
            moment = bindparam(None, after[0], type_=Action.next_reminder_at.type)
            query = query.where(tuple_(Action.next_reminder_at, Action.id) > tuple_(moment, after[1]))
        return self.session.execute(query.order_by(Action.next_reminder_at, Action.id).limit(limit)).all()

    def set_reminder_moments(self, moments: Sequence[tuple[int, datetime | None]]) -> None:
        """Re-date actions' next reminder moments, in one statement."""
        reminder_moments.set_moments(self.session.connection(),
                                     [{"b_id": action_id, "b_at": at} for action_id, at in moments])

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

    def last_reset(self, action_ids: Sequence[int], kinds: Sequence[str]) -> dict[int, datetime]:
        """When each action last had an update of one of `kinds` (a re-dating, the chair's Keep)."""
        if not action_ids:
            return {}
        return dict(self.session.execute(
            select(ActionUpdate.action_id, func.max(ActionUpdate.at))
            .where(ActionUpdate.action_id.in_(action_ids), ActionUpdate.kind.in_(kinds))
            .group_by(ActionUpdate.action_id)).all())

    def latest_updates(self, action_ids: Sequence[int]) -> dict[int, ActionUpdate]:
        """The newest progress note or status report on each action, in one query."""
        if not action_ids:
            return {}
        newest = (select(func.max(ActionUpdate.id))
                  .where(ActionUpdate.action_id.in_(action_ids),
                         ActionUpdate.kind.in_(("note", "on track", "delayed", "due", "snoozed")))
                  .group_by(ActionUpdate.action_id))
        return {u.action_id: u for u in self.session.scalars(select(ActionUpdate).where(ActionUpdate.id.in_(newest)))}

