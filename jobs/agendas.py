"""The `agendas` sweep, in the days before each meeting:

- ten working days before, the channel is invited to propose items and send apologies;
- three working days before the agenda deadline, each owner of an open action is asked
  for an update (On track / Done / Delayed with a new date / Add note);
- at the deadline (five clear working days before, by default), the agenda is posted
  to the channel with the open actions as matters arising, and a copy goes to each
  substitute; items accepted after that are posted as an update, never as a second agenda.
Everything is sent once, within working hours, and only while the meeting is ahead.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import board_today, view
from domain.groups import answerable
from domain.agenda import agenda_lines, local_day, timetable
from domain.carry_forward import RESETS, carried_counts, needs_decision, threshold
from domain.declarations import shown_declarations, standing_register
from domain.exempt import EXEMPT_TITLE, open_records
from domain.meetings import starts_in_words
from domain.moments import Moment, earliest, in_zone
from domain.nudge_policy import within_working_hours
from domain.working_days import is_working_day
from ics import feed_url
from jobs.outbox import Outgoing, Part, board_addresses, channel_key, recipient_address, recipient_label
from messages import (
    AGENDA,
    AGENDA_INVITATION,
    AGENDA_UPDATE,
    CARRY_FORWARD,
    STANDING_INTERESTS,
    UPDATE_REQUEST,
    Message,
    message,
)

ARISING = 50  # matters arising shown on an agenda, soonest due first; the rest are counted
ASKED = 1000  # actions whose owners are asked for an update before a meeting
EVER = datetime(9999, 1, 1, tzinfo=timezone.utc)  # a cutoff every action was raised before


def agenda_item(reg: Any, board: Any, meeting: Any, now: datetime, *, draft: bool = False,
                public_url: str | None = None) -> dict[str, Any]:
    """Everything an agenda shows, gathered in a handful of queries."""
    zone = ZoneInfo(board.timezone)
    items = reg.agenda_of(meeting.id)
    loaded = list(reg.actions_of_board(board.id, limit=ARISING))
    actions = open_records(reg, loaded)  # never exempt business
    # The rest are counted, not loaded: an agenda shows what a meeting can take in.
    more = 0
    if len(loaded) >= ARISING:
        more = max(0, reg.open_action_counts([board.id]).get(board.id, 0) - len(loaded))
    updates = reg.latest_updates([a.id for a in actions])
    carried = carried_counts(reg, board, actions, now)
    today = board_today(board, now)
    rows = reg.attendance_of(meeting.id)
    deputies = {r.in_place_of_id: r.name for r in rows if r.in_place_of_id}
    arising = []
    for action in actions:
        shown = view(action, today)
        update = updates.get(action.id)
        arising.append({"ref": shown.ref, "what": shown.what, "owner": shown.owner,
                        "owners": shown.owners, "due_words": shown.due_words,
                        "overdue": shown.overdue, "carried": carried.get(action.id, 0),
                        "latest": (update.note or f"{update.kind} {update.new_value or ''}".strip()) if update else None})
    when = starts_in_words(meeting.starts_at, zone)
    return {
        "board": board.name, "when": when, "venue": meeting.venue, "theme": meeting.theme, "draft": draft,
        "lines": public_lines(items),
        "declarations": [{"name": d.name, "interest": d.interest, "item": d.item}
                         for d in shown_declarations(reg, meeting)],
        "arising": arising,
        "more_arising": more,
        "apologies": [{"name": r.name, "substitute": deputies.get(r.member_id)} for r in rows
                      if r.status == "apologies"],
        "proposed": [i.title for i in items if i.status == "proposed"] if draft else [],
        "meeting_id": meeting.id,
        "calendar": feed_url(public_url, board.id),
    }


def public_lines(items: list[Any]) -> list[Any]:
    """The agenda's numbered lines as anyone may see them: an exempt item shows only that it is one."""
    return [replace(line, title=EXEMPT_TITLE, presenter=None) if item is not None and item.exempt else line
            for line, item in agenda_lines(items)]


def carry_forward_message(items: list[dict[str, Any]]) -> Message:
    """The chair's one message before the agenda goes out: each long-carried action with Close, Re-date, Keep."""
    return message(CARRY_FORWARD, items)


def interests_message(items: list[dict[str, Any]]) -> Message:
    """The members' standing register of interests, to the chair and the secretary as the agenda goes out."""
    return message(STANDING_INTERESTS, items)


def agenda_message(items: list[dict[str, Any]]) -> Message:
    return message(AGENDA, items)


def _invitation(items: list[dict[str, Any]]) -> Message:
    return message(AGENDA_INVITATION, items)


def _update_request(items: list[dict[str, Any]]) -> Message:
    return message(UPDATE_REQUEST, items)


def _agenda_or_update(items: list[dict[str, Any]]) -> Message:
    """The whole agenda when its own part is among those claimed; else an update listing the new items."""
    whole = [item for item in items if "lines" in item]
    if whole:
        return agenda_message(whole)
    return message(AGENDA_UPDATE, items)


class _Preloaded:
    """The register as `agenda_item` reads it, answered from what one sweep loaded for every meeting at once."""

    def __init__(self, reg: Any, agendas: dict[int, list[Any]], attendance: dict[int, list[Any]],
                 actions: dict[int, list[Any]], updates: dict[int, Any], meeting_ids: list[int],
                 meetings: dict[int, list[Any]], carried: dict[int, list[Any]]):
        self._reg, self._agendas, self._attendance = reg, agendas, attendance
        self._actions, self._updates, self._meetings, self._carried = actions, updates, meetings, carried
        board_ids = list(actions)
        action_ids = list({a.id for found in (*actions.values(), *carried.values()) for a in found})
        # What exempt business, declarations and carry-forward ageing read, for every board at once.
        self._standing = reg.standing_entries_of_boards(board_ids)
        self._counts = reg.open_action_counts(board_ids)
        self._declarations = reg.declarations_of_meetings(meeting_ids)
        self._resets = reg.last_reset(action_ids, RESETS)
        self._leads = reg.group_leads(board_ids)  # who answers for each group's actions (domain.groups)
        self._exempt = reg.exempt_item_ids(
            [a.agenda_item_id for found in (*actions.values(), *carried.values()) for a in found]
            + [d.agenda_item_id for found in self._declarations.values() for d in found]
            + [i.id for found in agendas.values() for i in found])

    def group_leads(self, board_ids: list[int]) -> dict[tuple[int, str], int]:
        return {key: member for key, member in self._leads.items() if key[0] in board_ids}

    def lead_ids(self) -> list[int]:
        return list(self._leads.values())

    def meetings_of_board(self, board_id: int) -> list[Any]:
        return self._meetings.get(board_id, []) if board_id in self._actions else \
            list(self._reg.meetings_of_board(board_id))

    def open_action_counts(self, board_ids: list[int], *, due_before: Any = None) -> dict[int, int]:
        if due_before is not None or not set(board_ids) <= set(self._actions):
            return self._reg.open_action_counts(board_ids, due_before=due_before)
        return {i: self._counts[i] for i in board_ids if i in self._counts}

    def carry_candidates(self, board_id: int) -> list[Any]:
        """The board's open actions old enough to have been carried to its limit (see `_carry_cutoffs`)."""
        return self._carried.get(board_id, [])

    def done_with(self, board_id: int) -> None:
        """Forget a board's actions once its messages are built, so a sweep holds one board's at a time."""
        for action in self._actions.pop(board_id, []):
            self._updates.pop(action.id, None)
        self._carried.pop(board_id, None)

    def standing_entries(self, board_id: int) -> list[tuple[str, str]]:
        return self._standing.get(board_id, []) if board_id in self._actions else \
            self._reg.standing_entries(board_id)

    def declarations_of(self, meeting_id: int) -> list[Any]:
        if meeting_id in self._declarations:
            return self._declarations[meeting_id]
        return list(self._reg.declarations_of(meeting_id))

    def last_reset(self, action_ids: list[int], kinds: Any) -> dict[int, Any]:
        if tuple(kinds) != tuple(RESETS):
            return self._reg.last_reset(action_ids, kinds)
        return {i: self._resets[i] for i in action_ids if i in self._resets}

    def exempt_item_ids(self, item_ids: list[int | None]) -> set[int]:
        wanted = {i for i in item_ids if i is not None}
        return wanted & self._exempt

    def agenda_of(self, meeting_id: int) -> list[Any]:
        return self._agendas[meeting_id]

    def attendance_of(self, meeting_id: int) -> list[Any]:
        return self._attendance[meeting_id]

    def actions_of_board(self, board_id: int, *, limit: int = 200, **filters: Any) -> list[Any]:
        if filters or board_id not in self._actions:
            return list(self._reg.actions_of_board(board_id, limit=limit, **filters))
        return self._actions[board_id][:limit]

    def latest_updates(self, action_ids: list[int]) -> dict[int, Any]:
        return {i: self._updates[i] for i in action_ids if i in self._updates}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reg, name)


def plan(db: Any, now: Moment, context: Any = None) -> Iterator[Outgoing]:
    """What each board's next meeting needs now, in a fixed number of statements whatever the number
    of boards: the boards and their Teams channels, their next meetings, those meetings' agendas and
    attendance, the sent-messages log, then actions and updates only for the meetings with something
    still to send. Channel messages go to each of a board's channels (Slack and/or Teams). Messages
    are yielded a meeting at a time, and each board's actions forgotten once its messages are built."""
    public_url = getattr(context, "public_url", None)
    with db.unit_of_work() as reg:
        boards, local, channels = {}, {}, {}
        every = list(reg.boards())
        teams = reg.teams_channels_of([board.id for board in every])
        for board in every:
            here = in_zone(now, board.timezone)
            found = board_addresses(board, teams.get(board.id))
            if found and is_working_day(here.date()) and within_working_hours(here.time()):
                boards[board.id], local[board.id], channels[board.id] = board, here, found
        meetings = reg.next_meetings(list(boards), earliest(now))
        phases = {}
        for board_id, meeting in meetings.items():
            days = timetable(local_day(meeting), boards[board_id].settings or {})
            day = local[board_id].date()
            if days.invite_on <= day < days.updates_on:
                phases[meeting.id] = "invite"
            elif days.updates_on <= day < days.agenda_on:
                phases[meeting.id] = "updates"
            elif day >= days.agenda_on:
                phases[meeting.id] = "agenda"
        agendas = reg.agendas_of(list(phases))
        attendance = reg.attendance_of_meetings(list(phases))
        keys = {m.id: _agenda_keys(m.id, phases[m.id], agendas[m.id], attendance[m.id], channels[m.board_id])
                for m in meetings.values() if m.id in phases}
        taken = reg.taken_keys([key for found in keys.values() for key in found])
        # An agenda gone out may still owe the chair's carry-forward message or an officer's standing
        # register (a passing failure, say): those keys are looked for too, for the meetings they may apply to.
        gone = [m for m in meetings.values() if phases.get(m.id) == "agenda" and not set(keys[m.id]) - taken]
        owed = _governance_keys(reg, gone, boards, local)
        if owed:
            taken |= reg.taken_keys([key for found in owed.values() for key in found])
            for meeting_id, found in owed.items():
                keys[meeting_id] = keys[meeting_id] + found
        # A meeting whose messages have all gone is not built again; update requests are per action, below.
        building = {meeting.id: meeting for meeting in meetings.values()
                    if meeting.id in phases and (phases[meeting.id] == "updates" or set(keys[meeting.id]) - taken)}
        board_ids = [meeting.board_id for meeting in building.values()]
        asking = [m.board_id for m in building.values() if phases[m.id] == "updates"]
        actions: dict[int, list[Any]] = {board_id: [] for board_id in board_ids}
        for limit, some in ((ASKED, asking), (ARISING, [b for b in board_ids if b not in set(asking)])):
            for action in reg.open_actions_of_boards(some, limit=limit):
                actions[action.board_id].append(action)
        updates = reg.latest_updates([a.id for b in board_ids for a in actions[b][:ARISING]])
        # The chair's carry-forward message weighs every action old enough to have been carried to the
        # board's limit, not only those the agenda shows: one statement for every board.
        held = reg.meetings_of_boards(board_ids)
        deciding = [m.board_id for m in building.values()
                    if phases[m.id] in ("updates", "agenda") and f"carry-forward:{m.id}" not in taken]
        cutoffs = _carry_cutoffs(deciding, boards, held, local)
        carried: dict[int, list[Any]] = {board_id: [] for board_id in cutoffs}
        for action in reg.open_actions_of_boards(list(cutoffs), raised_before=cutoffs, limit=ASKED):
            carried[action.board_id].append(action)
        preloaded = _Preloaded(reg, agendas, attendance, actions, updates, list(building), held, carried)
        asked = reg.taken_keys([key for m in building.values() if phases[m.id] == "updates"
                                for a in actions[m.board_id] for key in _update_request_keys(m.id, a)])
        people = reg.members_by_ids([r.member_id for m in building for r in attendance[m]
                                     if r.capacity == "substitute" and r.member_id]
                                    + [i for m in building.values() for i in (boards[m.board_id].chair_id,
                                                                              boards[m.board_id].secretary_id) if i]
                                    + preloaded.lead_ids())
        told = taken | asked
        for meeting in building.values():
            board = boards[meeting.board_id]
            yield from _for_meeting(preloaded, board, meeting, local[board.id], phases[meeting.id], told,
                                    people, public_url, channels[board.id])
            preloaded.done_with(board.id)


def _governance_keys(reg: Any, gone: list[Any], boards: dict[int, Any],
                     local: dict[int, datetime]) -> dict[int, list[str]]:
    """The keys of the governance messages a meeting whose agenda has gone may still owe: each officer's
    standing register where a member keeps an entry, and the chair's carry-forward message where an open
    action may have been carried to the board's limit (counted as if never re-dated or kept: never too
    few). Four statements at most, whatever the number of meetings."""
    if not gone:
        return {}
    board_ids = [meeting.board_id for meeting in gone]
    standing = reg.standing_entries_of_boards(board_ids)
    cutoffs = _carry_cutoffs(board_ids, boards, reg.meetings_of_boards(board_ids), local)
    may_flag = reg.boards_with_actions_raised_before(cutoffs)
    owed: dict[int, list[str]] = {}
    for meeting in gone:
        board = boards[meeting.board_id]
        found = [f"carry-forward:{meeting.id}"] if board.id in may_flag else []
        if board.id in standing:
            found += [f"standing-interests:{meeting.id}:{officer}"
                      for officer in dict.fromkeys((board.chair_id, board.secretary_id)) if officer]
        if found:
            owed[meeting.id] = found
    return owed


def _agenda_keys(meeting_id: int, phase: str, items: list[Any], attendance: list[Any],
                 channels: list[tuple[str, str]]) -> list[str]:
    """The sent-messages keys of what the meeting's phase sends, as far as they are known before loading actions."""
    if phase == "invite":
        return [channel_key(f"agenda-invite:{meeting_id}", channel) for channel, _ in channels]
    if phase == "agenda":
        return ([channel_key(f"agenda:{meeting_id}", channel) for channel, _ in channels]
                + [channel_key(f"agenda-update:{meeting_id}:{i.id}", channel)
                   for i in items if i.status == "accepted" for channel, _ in channels]
                + [f"agenda-copy:{meeting_id}:{r.member_id}" for r in attendance
                   if r.capacity == "substitute" and r.member_id])
    return []


def _for_meeting(reg: Any, board: Any, meeting: Any, now: datetime, phase: str, taken: set[str],
                 people: dict[int, Any], public_url: str | None, channels: list[tuple[str, str]]) -> list[Outgoing]:
    agenda = agenda_item(reg, board, meeting, now, public_url=public_url)
    out: list[Outgoing] = []
    # The invitation is news only until owners are asked for updates; after that it would be noise.
    if phase == "invite":
        out += [Outgoing("agenda-invitation", channel,
                         (Part(channel_key(f"agenda-invite:{meeting.id}", channel), agenda),), _invitation, label)
                for channel, label in channels]
    if phase == "updates":
        out += _update_requests(reg, board, meeting, agenda, now.date(), taken, people)
    if phase in ("updates", "agenda") and f"carry-forward:{meeting.id}" not in taken:
        out += _carry_forward(reg, board, meeting, now, people)  # before the agenda, in the same sweep
    if phase == "agenda":
        # The agenda and each item accepted for it travel as parts of one message: the first
        # sweep claims them all and posts the agenda; a later one finds only newly accepted
        # items unclaimed and posts them as an update, never the agenda again.
        lines = agenda_lines(reg.agenda_of(meeting.id))
        for channel, label in channels:
            items = [Part(channel_key(f"agenda-update:{meeting.id}:{i.id}", channel),
                          {"number": line.number, "title": EXEMPT_TITLE if i.exempt else i.title,
                           "presenter": None if i.exempt else i.presenter, "board": board.name})
                     for line, i in lines if i is not None]
            out.append(Outgoing("agenda", channel, (Part(channel_key(f"agenda:{meeting.id}", channel), agenda),
                                                    *items), _agenda_or_update, label))
        for row in reg.attendance_of(meeting.id):
            member = people.get(row.member_id) if row.capacity == "substitute" else None
            if member is not None and f"agenda-copy:{meeting.id}:{member.id}" not in taken:
                out.append(Outgoing("agenda-copy", recipient_address(member),
                                    (Part(f"agenda-copy:{meeting.id}:{member.id}", agenda),), agenda_message,
                                    recipient_label(member)))
        out += _standing_interests(reg, board, meeting, agenda, people)
    return out


def _carry_cutoffs(board_ids: list[int], boards: dict[int, Any], held: dict[int, list[Any]],
                   local: dict[int, datetime]) -> dict[int, datetime]:
    """For each board with a chair or secretary, the moment an open action must have been raised before
    to have been carried to the board's limit (counted as if never re-dated or kept: never too few).
    A board that has held fewer meetings than that has none."""
    cutoffs = {}
    for board_id in board_ids:
        board = boards[board_id]
        if not (board.chair_id or board.secretary_id):
            continue
        need = threshold(board.settings) - 1  # meetings an action must have been carried at already
        past = sorted(m.starts_at for m in held.get(board_id, [])
                      if m.status != "cancelled" and m.starts_at <= local[board_id])
        if need <= 0:
            cutoffs[board_id] = EVER
        elif len(past) >= need:
            cutoffs[board_id] = past[-need]  # raised before this, an action was shown at `need` meetings since
    return cutoffs


def _officers(board: Any, people: dict[int, Any]) -> list[Any]:
    """The board's chair and secretary, from the members the sweep loaded."""
    return [people[i] for i in dict.fromkeys((board.chair_id, board.secretary_id)) if i in people]


def carry_forward_item(reg: Any, board: Any, meeting: Any, now: datetime,
                       actions: list[Any] | None = None) -> dict[str, Any] | None:
    """The actions the chair must decide on before the meeting's agenda goes out (None when there are none),
    among `actions` (by default the board's open actions)."""
    if actions is None:
        actions = list(reg.actions_of_board(board.id, limit=ASKED))
    counts = carried_counts(reg, board, actions, now)
    limit = threshold(board.settings)
    flagged = [a for a in actions if needs_decision(counts[a.id], limit)]
    if not flagged:
        return None
    today = board_today(board, now)
    listed = []
    for action in flagged:
        shown = view(action, today)
        listed.append({"ref": shown.ref, "what": shown.what, "owner": shown.owner,
                       "owners": shown.owners, "due_words": shown.due_words,
                       "overdue": shown.overdue, "carried": counts[action.id]})
    return {"board": board.name, "when": starts_in_words(meeting.starts_at, ZoneInfo(board.timezone)),
            "limit": limit, "actions": listed}


def _carry_forward(reg: Any, board: Any, meeting: Any, now: datetime, people: dict[int, Any]) -> list[Outgoing]:
    """One message to the chair (else the secretary) listing the actions carried to their limit."""
    officers = _officers(board, people)
    if not officers:
        return []
    chair = officers[0]
    item = carry_forward_item(reg, board, meeting, now, reg.carry_candidates(board.id))
    if item is None:
        return []
    return [Outgoing("carry-forward", recipient_address(chair), (Part(f"carry-forward:{meeting.id}", item),),
                     carry_forward_message, recipient_label(chair))]


def _standing_interests(reg: Any, board: Any, meeting: Any, agenda: dict[str, Any],
                        people: dict[int, Any]) -> list[Outgoing]:
    entries = standing_register(reg, board)
    if not entries:
        return []
    item = {"board": board.name, "when": agenda["when"],
            "entries": [{"name": name, "interests": text} for name, text in entries]}
    return [Outgoing("standing-interests", recipient_address(officer),
                     (Part(f"standing-interests:{meeting.id}:{officer.id}", item),), interests_message,
                     recipient_label(officer))
            for officer in _officers(board, people)]


def _update_request_keys(meeting_id: int, action: Any) -> list[str]:
    """The keys of an action's update requests before a meeting: who answers for it, then each further owner."""
    key = f"update-request:{meeting_id}:{action.id}"
    return [key] + [f"{key}:owner-{person.id}" for person in action.further_owners]


def _update_requests(reg: Any, board: Any, meeting: Any, agenda: dict[str, Any], today: Any,
                     taken: set[str], officers: dict[int, Any]) -> list[Outgoing]:
    owners: dict[str, list[Part]] = {}
    labels: dict[str, str] = {}
    leads = reg.group_leads([board.id])
    for action in reg.actions_of_board(board.id, limit=ASKED):
        # Each of several owners is asked too, under a key of their own.
        asked = zip([answerable(action, officers, leads), *action.further_owners],
                    _update_request_keys(meeting.id, action))
        for person, key in asked:
            if person is None or key in taken:
                continue
            address = recipient_address(person)
            shown = view(action, today)
            owners.setdefault(address, []).append(Part(
                key, {"ref": shown.ref, "what": shown.what, "board": board.name, "due_words": shown.due_words,
                      "overdue": shown.overdue, "when": agenda["when"]}))
            labels[address] = recipient_label(person)
    return [Outgoing("update-request", address, tuple(parts), _update_request, labels[address])
            for address, parts in owners.items()]
