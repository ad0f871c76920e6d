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

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import answerable, board_today, view
from domain.agenda import compose, local_day, timetable
from domain.meetings import starts_in_words
from domain.moments import Moment, in_zone
from domain.nudge_policy import within_working_hours
from domain.working_days import is_working_day
from ics import feed_url
from jobs.outbox import Outgoing, Part, board_addresses, channel_key, recipient_address, recipient_label
from messages import AGENDA, AGENDA_INVITATION, AGENDA_UPDATE, UPDATE_REQUEST, Message, message


def agenda_item(reg: Any, board: Any, meeting: Any, now: datetime, *, draft: bool = False,
                public_url: str | None = None) -> dict[str, Any]:
    """Everything an agenda shows, gathered in a handful of queries."""
    zone = ZoneInfo(board.timezone)
    items = reg.agenda_of(meeting.id)
    actions = list(reg.actions_of_board(board.id, limit=100))
    updates = reg.latest_updates([a.id for a in actions])
    today = board_today(board, now)
    rows = reg.attendance_of(meeting.id)
    deputies = {r.in_place_of_id: r.name for r in rows if r.in_place_of_id}
    arising = []
    for action in actions:
        shown = view(action, today)
        update = updates.get(action.id)
        arising.append({"ref": shown.ref, "what": shown.what, "owner": shown.owner,
                        "owner_slack_id": shown.owner_slack_id, "due_words": shown.due_words,
                        "overdue": shown.overdue,
                        "latest": (update.note or f"{update.kind} {update.new_value or ''}".strip()) if update else None})
    when = starts_in_words(meeting.starts_at, zone)
    return {
        "board": board.name, "when": when, "venue": meeting.venue, "theme": meeting.theme, "draft": draft,
        "lines": compose([i for i in items if i.status == "accepted"]),
        "arising": arising,
        "apologies": [{"name": r.name, "substitute": deputies.get(r.member_id)} for r in rows
                      if r.status == "apologies"],
        "proposed": [i.title for i in items if i.status == "proposed"] if draft else [],
        "meeting_id": meeting.id,
        "calendar": feed_url(public_url, board.id),
    }


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


def plan(db: Any, now: Moment, context: Any = None) -> list[Outgoing]:
    outgoing: list[Outgoing] = []
    with db.unit_of_work() as reg:
        for board in reg.boards():
            local = in_zone(now, board.timezone)
            channels = board_addresses(board, reg.teams_channel_of(board.id))
            if not channels or not is_working_day(local.date()) or not within_working_hours(local.time()):
                continue
            meeting = reg.next_meetings([board.id], local).get(board.id)
            if meeting is None:
                continue
            outgoing += _for_meeting(reg, board, meeting, local, local.date(),
                                     getattr(context, "public_url", None), channels)
    return outgoing


def _for_meeting(reg: Any, board: Any, meeting: Any, now: datetime, today: Any,
                 public_url: str | None, channels: list[tuple[str, str]]) -> list[Outgoing]:
    days = timetable(local_day(meeting), board.settings or {})
    agenda = agenda_item(reg, board, meeting, now, public_url=public_url)
    out: list[Outgoing] = []
    # The invitation is news only until owners are asked for updates; after that it would be noise.
    if days.invite_on <= today < days.updates_on:
        out += [Outgoing("agenda-invitation", channel,
                         (Part(channel_key(f"agenda-invite:{meeting.id}", channel), agenda),), _invitation, label)
                for channel, label in channels]
    if days.updates_on <= today < days.agenda_on:
        out += _update_requests(reg, board, meeting, agenda, today)
    if today >= days.agenda_on:
        # The agenda and each item accepted for it travel as parts of one message: the first
        # sweep claims them all and posts the agenda; a later one finds only newly accepted
        # items unclaimed and posts them as an update, never the agenda again.
        numbers = {line.title: line.number for line in agenda["lines"]}
        accepted = [i for i in reg.agenda_of(meeting.id) if i.status == "accepted"]
        for channel, label in channels:
            items = [Part(channel_key(f"agenda-update:{meeting.id}:{i.id}", channel),
                          {"number": numbers.get(i.title), "title": i.title, "presenter": i.presenter,
                           "board": board.name})
                     for i in accepted]
            out.append(Outgoing("agenda", channel, (Part(channel_key(f"agenda:{meeting.id}", channel), agenda),
                                                    *items), _agenda_or_update, label))
        members = reg.members_by_ids([r.member_id for r in reg.attendance_of(meeting.id)
                                      if r.capacity == "substitute" and r.member_id])
        for member in members.values():
            out.append(Outgoing("agenda-copy", recipient_address(member),
                                (Part(f"agenda-copy:{meeting.id}:{member.id}", agenda),), agenda_message,
                                recipient_label(member)))
    return out


def _update_requests(reg: Any, board: Any, meeting: Any, agenda: dict[str, Any], today: Any) -> list[Outgoing]:
    owners: dict[str, list[Part]] = {}
    labels: dict[str, str] = {}
    officers = reg.members_by_ids([board.secretary_id] if board.secretary_id else [])
    for action in reg.actions_of_board(board.id, limit=1000):
        person = answerable(action, officers)
        if person is None:
            continue
        address = recipient_address(person)
        shown = view(action, today)
        owners.setdefault(address, []).append(Part(
            f"update-request:{meeting.id}:{action.id}",
            {"ref": shown.ref, "what": shown.what, "board": board.name, "due_words": shown.due_words,
             "overdue": shown.overdue, "when": agenda["when"]}))
        labels[address] = recipient_label(person)
    return [Outgoing("update-request", address, tuple(parts), _update_request, labels[address])
            for address, parts in owners.items()]
