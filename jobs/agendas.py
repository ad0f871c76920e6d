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
from jobs.outbox import Outgoing, Part, recipient_address, recipient_label
from templates import block_kit as kit
from templates import render
from templates.block_kit import ADD_UPDATE, DONE, NEW_DATE, ON_TRACK


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


def agenda_message(items: list[dict[str, Any]]) -> dict[str, Any]:
    return kit.text_message(render("agenda", **items[0]))


def _invitation(items: list[dict[str, Any]]) -> dict[str, Any]:
    item = items[0]
    text = render("agenda_invitation", **item)
    return {"text": text, "blocks": [kit.section(text)]}


def _update_request(items: list[dict[str, Any]]) -> dict[str, Any]:
    blocks = [kit.section(render("update_request", count=len(items), board=items[0]["board"],
                                 when=items[0]["when"]))]
    for item in items[:15]:
        ref = item["ref"]
        blocks += [kit.section(render("nudge_item", i=item, to_chair=False)),
                   kit.actions(f"nudge:{ref}", kit.button("On track", ON_TRACK, ref),
                               kit.button(f"Done {ref}", DONE, ref, style="primary"),
                               kit.datepicker(NEW_DATE, "Delayed: new date"),
                               kit.button("Add note", ADD_UPDATE, ref))]
    return {"text": render("update_request", count=len(items), board=items[0]["board"], when=items[0]["when"]),
            "blocks": blocks[:50]}


def _agenda_or_update(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The whole agenda when its own part is among those claimed; else an update listing the new items."""
    whole = [item for item in items if "lines" in item]
    if whole:
        return agenda_message(whole)
    text = render("agenda_update", items=items)
    return {"text": text, "blocks": [kit.section(text)]}


def plan(db: Any, now: Moment, context: Any = None) -> list[Outgoing]:
    outgoing: list[Outgoing] = []
    with db.unit_of_work() as reg:
        for board in reg.boards():
            local = in_zone(now, board.timezone)
            if not board.channel_id or not is_working_day(local.date()) or not within_working_hours(local.time()):
                continue
            meeting = reg.next_meetings([board.id], local).get(board.id)
            if meeting is None:
                continue
            outgoing += _for_meeting(reg, board, meeting, local, local.date(),
                                     getattr(context, "public_url", None))
    return outgoing


def _for_meeting(reg: Any, board: Any, meeting: Any, now: datetime, today: Any,
                 public_url: str | None) -> list[Outgoing]:
    days = timetable(local_day(meeting), board.settings or {})
    agenda = agenda_item(reg, board, meeting, now, public_url=public_url)
    channel, label = board.channel_id, f"{board.name} channel"
    out: list[Outgoing] = []
    # The invitation is news only until owners are asked for updates; after that it would be noise.
    if days.invite_on <= today < days.updates_on:
        out.append(Outgoing("agenda-invitation", channel, (Part(f"agenda-invite:{meeting.id}", agenda),),
                            _invitation, label))
    if days.updates_on <= today < days.agenda_on:
        out += _update_requests(reg, board, meeting, agenda, today)
    if today >= days.agenda_on:
        # The agenda and each item accepted for it travel as parts of one message: the first
        # sweep claims them all and posts the agenda; a later one finds only newly accepted
        # items unclaimed and posts them as an update, never the agenda again.
        numbers = {line.title: line.number for line in agenda["lines"]}
        items = [Part(f"agenda-update:{meeting.id}:{i.id}",
                      {"number": numbers.get(i.title), "title": i.title, "presenter": i.presenter,
                       "board": board.name})
                 for i in reg.agenda_of(meeting.id) if i.status == "accepted"]
        out.append(Outgoing("agenda", channel, (Part(f"agenda:{meeting.id}", agenda), *items),
                            _agenda_or_update, label))
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
