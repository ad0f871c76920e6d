"""Each open action's next reminder moment, kept so the nudges sweep reads only what is due.

`actions.next_reminder_at` is the moment (UTC) from which `domain.nudge_policy` next gives
the action a reminder newer than the last one told. It is kept here, in storage, so every
way of writing an action keeps it:

- any ORM flush that creates an action or changes its due date, snooze, status, owner or
  meeting, or an owner's or board's time zone, computes it afresh (from the first reminder:
  a moment already past is simply due, and the sweep then finds which reminder is latest);
- marking a reminder sent (or undeliverable) moves it on to the reminder after that one;
- bulk writes (imports, the migration that added the column) call `moments_for_rows`.

None of this reads a clock: a moment in the past means "due now", and the sweep, which has
the injected time, re-dates what it reads and finds nothing to send.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, event, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, attributes

from domain.nudge_policy import (
    handled_reminder,
    next_reminder_at,
    parse_reminder_key,
    reminder_key,
    reminders,
    started_on,
    zone_of,
)
from storage.models import Action, ActionOwner, Board, Meeting, Member, SentMessage

# What an action's moment depends on.
WATCHED = ("due_date", "snoozed_until", "status", "owner_id", "meeting_id", "created_at")
BATCH = 2_000


def moment(status: str, due: date | None, snoozed_until: date | None, started: date, zone: ZoneInfo,
           handled_slot: str | None = None) -> datetime | None:
    if status != "open" or due is None:
        return None
    handled = handled_reminder(due, started, handled_slot) if handled_slot else None
    return next_reminder_at(due, started, zone, snoozed_until, handled)


# -- the ORM: every flush keeps the moments of the actions it writes -------------------
def _changed(obj: Any, names: Iterable[str]) -> bool:
    state = attributes.instance_state(obj)
    return any(state.attrs[name].history.has_changes() for name in names)


def first_moment(session: Session, fields: dict[str, Any], known: dict[Any, Any] | None = None) -> datetime | None:
    """The moment of an action about to be written with these column values (a bulk insert's row).
    `known` caches the board, owner and meeting looked up, for a batch of rows that share them."""
    due = fields.get("due_date")
    if fields.get("status", "open") != "open" or due is None:
        return None
    known = {} if known is None else known

    def get(model: Any, key: Any) -> Any:
        if key is None:
            return None
        if (model, key) not in known:
            known[model, key] = session.get(model, key)
        return known[model, key]

    board, owner, meeting = get(Board, fields["board_id"]), get(Member, fields.get("owner_id")), \
        get(Meeting, fields.get("meeting_id"))
    zone = zone_of(owner.tz if owner else None, board.timezone)
    started = started_on(meeting.starts_at if meeting else None, fields.get("created_at"), zone, due)
    same = ("moment", due, fields.get("snoozed_until"), started, zone.key)  # rows of a batch share most of these
    if same not in known:
        known[same] = moment("open", due, fields.get("snoozed_until"), started, zone)
    return known[same]


def recompute(session: Session, action: Action) -> None:
    """Compute an action's moment afresh from what it now holds."""
    action.next_reminder_at = first_moment(session, {
        name: getattr(action, name) for name in ("board_id", "owner_id", "meeting_id", "due_date", "snoozed_until",
                                                 "created_at")} | {"status": action.status or "open"})


@event.listens_for(Session, "before_flush")
def _keep_moments(session: Session, _context: Any, _instances: Any) -> None:
    with session.no_autoflush:
        touched: dict[int, Action] = {}
        owners = [m.id for m in session.dirty if isinstance(m, Member) and _changed(m, ("tz",))]
        boards = [b.id for b in session.dirty if isinstance(b, Board) and _changed(b, ("timezone",))]
        if owners or boards:
            for action in session.scalars(select(Action).where(
                    Action.status == "open", (Action.owner_id.in_(owners)) | (Action.board_id.in_(boards)))):
                touched[id(action)] = action
        for obj in session.new:
            if isinstance(obj, Action):
                touched[id(obj)] = obj
        for obj in session.dirty:
            if isinstance(obj, Action) and _changed(obj, WATCHED):
                touched[id(obj)] = obj
        for action in touched.values():
            recompute(session, action)


# -- reminders told: move on to the next one -------------------------------------------
def _context_query(ids: Sequence[int]):  # type: ignore[no-untyped-def]
    return (select(Action.id, Action.status, Action.due_date, Action.snoozed_until, Action.created_at,
                   Board.timezone, Member.tz, Meeting.starts_at)
            .join(Board, Board.id == Action.board_id)
            .outerjoin(Member, Member.id == Action.owner_id)
            .outerjoin(Meeting, Meeting.id == Action.meeting_id)
            .where(Action.id.in_(ids)))


def advance_told(session: Session, keys: Sequence[str]) -> None:
    """The reminders under `keys` have been told (or can never be): each action waits for its next one.
    An action with several owners waits until each of them has been told, so none is left out."""
    told = {parsed[0]: parsed for parsed in map(parse_reminder_key, keys) if parsed is not None}
    if not told:
        return
    further: dict[int, list[int]] = {}
    for action_id, member_id in session.execute(
            select(ActionOwner.action_id, ActionOwner.member_id).where(ActionOwner.action_id.in_(list(told)))):
        further.setdefault(action_id, []).append(member_id)
    moved, owed = [], {}
    for action_id, status, due, snoozed, created, board_tz, owner_tz, meeting_starts in session.execute(
            _context_query(list(told))):
        _, told_due, slot = told[action_id]
        if status != "open" or due != told_due:
            continue  # closed or re-dated meanwhile: its own write set the moment
        zone = zone_of(owner_tz, board_tz)
        started = started_on(meeting_starts, created, zone, due)
        handled = handled_reminder(due, started, slot)
        if further.get(action_id) and handled is not None and not handled.to_chair:
            owed[action_id] = [reminder_key(action_id, due, slot)] + [
                reminder_key(action_id, due, slot, member_id) for member_id in further[action_id]]
        moved.append({"b_id": action_id, "b_at": moment(status, due, snoozed, started, zone, slot)})
    if owed:
        settled = set(session.scalars(select(SentMessage.key).where(
            SentMessage.key.in_([key for keys in owed.values() for key in keys]),
            SentMessage.sent_at.is_not(None) | SentMessage.error.is_not(None))))
        waiting = {action_id for action_id, keys in owed.items() if not settled.issuperset(keys)}
        moved = [row for row in moved if row["b_id"] not in waiting]
    set_moments(session.connection(), moved)


def set_moments(connection: Connection | Session, rows: Sequence[dict[str, Any]]) -> None:
    """Write moments given as {"b_id": action id, "b_at": moment} in one executemany."""
    if rows:
        connection.execute(update(Action.__table__).where(Action.__table__.c.id == bindparam("b_id"))
                           .values(next_reminder_at=bindparam("b_at")), list(rows))


# -- bulk: the migration that added the column, and imports ----------------------------
def backfill(connection: Connection, now: datetime, *, batch: int = BATCH) -> int:
    """Set every open dated action's moment, in batches: after the latest reminder already come by
    `now` when the sent-messages log shows it told, else from its first reminder. Returns how many."""
    actions = Action.__table__
    query = (select(actions.c.id, actions.c.status, actions.c.due_date, actions.c.snoozed_until,
                    actions.c.created_at, Board.__table__.c.timezone, Member.__table__.c.tz,
                    Meeting.__table__.c.starts_at)
             .join(Board.__table__, Board.__table__.c.id == actions.c.board_id)
             .outerjoin(Member.__table__, Member.__table__.c.id == actions.c.owner_id)
             .outerjoin(Meeting.__table__, Meeting.__table__.c.id == actions.c.meeting_id)
             .where(actions.c.status == "open", actions.c.due_date.is_not(None))
             .order_by(actions.c.id).limit(batch))
    last, done = 0, 0
    while True:
        rows = connection.execute(query.where(actions.c.id > last)).all()
        if not rows:
            return done
        latest: dict[int, tuple[str, str]] = {}
        facts = {}
        for action_id, status, due, snoozed, created, board_tz, owner_tz, meeting_starts in rows:
            zone = zone_of(owner_tz, board_tz)
            started = started_on(_aware(meeting_starts), _aware(created), zone, due)
            facts[action_id] = (status, due, snoozed, started, zone)
            come = [r for r in reminders(due, started, now.astimezone(zone).date())
                    if r.on <= now.astimezone(zone).date()]
            if come:
                latest[action_id] = (reminder_key(action_id, due, come[-1].slot), come[-1].slot)
        told = set(connection.scalars(select(SentMessage.__table__.c.key).where(
            SentMessage.__table__.c.key.in_([key for key, _ in latest.values()]),
            SentMessage.__table__.c.sent_at.is_not(None) | SentMessage.__table__.c.error.is_not(None))))
        set_moments(connection, [
            {"b_id": action_id, "b_at": moment(status, due, snoozed, started, zone,
                                               latest[action_id][1] if latest.get(action_id, ("",))[0] in told
                                               else None)}
            for action_id, (status, due, snoozed, started, zone) in facts.items()])
        done += len(rows)
        last = rows[-1][0]


def _aware(value: datetime | None) -> datetime | None:
    """Core reads of SQLite give naive UTC datetimes; the models' type makes them aware."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=timezone.utc)
