"""The `nudges` sweep: one direct message per person per sweep, listing the actions they should hear about.

What is due comes from domain.nudge_policy; each (action, reminder) is a part of
the message, sent once. Owners hear about their own actions; a group's actions go
to the board's secretary; actions overdue after four reminders go to the chair.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import answerable
from domain.dates import describe_due
from domain.moments import Moment, in_zone, latest
from domain.nudge_policy import reminder_due
from domain.refs import format_ref
from jobs.outbox import Outgoing, Part, recipient_address, recipient_label
from messages import NUDGE, Message, message

LOOKAHEAD = timedelta(days=9)  # the earliest reminder comes seven days (and a weekend) before the due date


def _started(action: Any, zone: ZoneInfo) -> date:
    begun = action.meeting.starts_at if action.meeting is not None else action.created_at
    return begun.astimezone(zone).date()


def _recipient(action: Any, to_chair: bool, members: dict[int, Any]) -> Any | None:
    board = action.board
    if to_chair:
        return members.get(board.chair_id) or members.get(board.secretary_id)
    return answerable(action, members)


def nudge_message(items: list[dict[str, Any]]) -> Message:
    return message(NUDGE, items)


def plan(db: Any, now: Moment, _context: Any = None) -> list[Outgoing]:
    """Who should hear about which actions now."""
    bundles: dict[tuple[str, bool], list[Part]] = {}
    labels: dict[str, str] = {}
    secretaries: dict[str, str] = {}
    with db.unit_of_work() as reg:
        actions = reg.dated_open_actions(until=latest(now).date() + LOOKAHEAD)
        officers = reg.members_by_ids([i for a in actions for i in (a.board.chair_id, a.board.secretary_id) if i])
        for action in actions:
            zone = ZoneInfo((action.owner.tz if action.owner and action.owner.tz else None) or action.board.timezone)
            local = in_zone(now, zone)
            reminder = reminder_due(action.due_date, _started(action, zone), local.date(), local.time(),
                                    action.snoozed_until)
            if reminder is None:
                continue
            person = _recipient(action, reminder.to_chair, officers)
            if person is None:
                continue
            item = {
                "ref": format_ref(action.board.code, action.number), "what": action.what,
                "board": action.board.name, "due_words": describe_due(action.due_date, local.date()),
                "overdue": reminder.overdue, "to_chair": reminder.to_chair,
                "owner": action.owner.name if action.owner else (action.owner_text or "no owner"),
                "owner_slack_id": action.owner.slack_id if action.owner else None,
            }
            address = recipient_address(person)
            bundles.setdefault((address, reminder.to_chair), []).append(
                Part(f"nudge:{action.id}:{action.due_date.isoformat()}:{reminder.slot}", item))
            labels[address] = recipient_label(person)
            secretary = officers.get(action.board.secretary_id)
            if secretary is not None:
                secretaries.setdefault(address, recipient_address(secretary))
    return [Outgoing(kind="chair-overdue" if to_chair else "nudge", recipient=slack_id, parts=tuple(parts),
                     render=nudge_message, label=labels[slack_id], escalate_to=secretaries.get(slack_id))
            for (slack_id, to_chair), parts in bundles.items()]
