"""The `minutes` sweep: once a meeting's minutes are recorded, a summary goes to the board channel, once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.exempt import open_records
from domain.joint_owners import owner_words, owners_of
from domain.meetings import starts_in_words
from domain.moments import Moment, earliest, in_zone
from domain.refs import format_ref
from jobs.outbox import Outgoing, Part, board_addresses, channel_key
from messages import MINUTES_SUMMARY, Message, message

FIRST_SIGHT = timedelta(days=30)  # older minutes, seen for the first time, are history, not news


def summary_item(reg: Any, meeting: Any) -> dict[str, Any]:
    """A meeting's summary as the minutes message shows it: decisions, open actions with owners and dates
    (exempt business left out), and the next meeting. The sweep posts it; Teams' `minutes` shows the latest."""
    board = meeting.board
    zone = ZoneInfo(board.timezone)
    local = meeting.starts_at.astimezone(zone)
    actions = open_records(reg, reg.actions_of_meeting(meeting.id))  # exempt business never reaches the channel
    reg.members_by_ids([a.owner_id for a in actions if a.owner_id])  # read together: each action's owner is then at hand
    upcoming = reg.next_meetings([board.id], meeting.starts_at + timedelta(hours=1)).get(board.id)
    next_words = None
    if upcoming is not None:
        next_words = starts_in_words(upcoming.starts_at, zone)
        next_words += f" at {upcoming.venue}" if upcoming.venue else ""
        next_words += f" ({upcoming.theme})" if upcoming.theme else ""
    return {
        "board": board.name, "when": f"{local:%A %-d %B %Y}", "venue": meeting.venue, "theme": meeting.theme,
        "decisions": [d.text for d in open_records(reg, reg.decisions_of(meeting.id))],
        "actions": [{
            "ref": format_ref(board.code, a.number), "what": a.what, "due": a.due_date, "due_text": a.due_text,
            "owner": owner_words(a, "no owner named"), "owners": owners_of(a),
        } for a in actions],
        "next_meeting": next_words,
    }


def summary_message(items: list[dict[str, Any]]) -> Message:
    return message(MINUTES_SUMMARY, items)


def plan(db: Any, now: Moment, _context: Any = None) -> list[Outgoing]:
    """A summary for each meeting with recorded minutes, held in the last 30 days, to each of its board's
    channels. The sent-messages log is read first, in one query: a summary already posted is not built again."""
    with db.unit_of_work() as reg:
        held = [m for m in reg.meetings_with_minutes(since=earliest(now) - FIRST_SIGHT)
                if m.starts_at <= in_zone(now, m.board.timezone)]
        wanted = [(meeting, channel, label, channel_key(f"minutes:{meeting.id}", channel))
                  for meeting in held
                  for channel, label in board_addresses(meeting.board, reg.teams_channel_of(meeting.board_id))]
        posted = reg.taken_keys([key for *_, key in wanted])
        return [
            Outgoing(kind="minutes", recipient=channel, parts=(Part(key, summary_item(reg, meeting)),),
                     render=summary_message, label=label)
            for meeting, channel, label, key in wanted if key not in posted
        ]
