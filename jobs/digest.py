"""The `digest` sweep: on Monday mornings the chair and the secretary get the board's overdue
actions and those due this week, grouped by organisation and owner. Optionally posted to
the board channel too (board setting `digest_to_channel`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from domain.actions import board_today, view
from domain.moments import Moment, in_zone
from domain.nudge_policy import within_working_hours
from domain.working_days import is_working_day
from jobs.outbox import Outgoing, Part, recipient_address, recipient_label
from messages import DIGEST, Message, message


def _grouped(actions: list[Any], today: Any) -> list[tuple[str, list[tuple[str, list[Any]]]]]:
    groups: dict[str, dict[str, list[Any]]] = {}
    for action in actions:
        organisation = (action.owner.organisation if action.owner else None) or "No organisation recorded"
        owner = action.owner.name if action.owner else (action.owner_text or "No owner named")
        groups.setdefault(organisation, {}).setdefault(owner, []).append(view(action, today))
    return [(org, sorted(owners.items())) for org, owners in sorted(groups.items())]


def digest_message(items: list[dict[str, Any]]) -> Message:
    return message(DIGEST, items)


def plan(db: Any, now: Moment, _context: Any = None) -> list[Outgoing]:
    """A digest per board whose local time is a Monday (or the week's first working day) morning."""
    outgoing = []
    with db.unit_of_work() as reg:
        for board in reg.boards():
            local = in_zone(now, board.timezone)
            today = board_today(board, local)
            monday = today - timedelta(days=today.weekday())
            first_working = next((monday + timedelta(days=d) for d in range(5)
                                  if is_working_day(monday + timedelta(days=d))), None)
            # Monday morning's report; a worker that was down then catches up on the next two working days.
            late = first_working is not None and 0 <= (today - first_working).days <= 2
            if not late or not is_working_day(today) or not within_working_hours(local.time()):
                continue
            sunday = monday + timedelta(days=6)
            actions = list(reg.actions_of_board(board.id, due_before=sunday + timedelta(days=1), limit=1000))
            week = f"week of {monday:%-d %B %Y}"
            item = {"board": board.name, "week": week, "groups": _grouped(actions, today)}
            recipients = reg.members_by_ids([i for i in (board.chair_id, board.secretary_id) if i])
            targets = [(recipient_address(m), recipient_label(m)) for m in recipients.values()]
            if board.settings.get("digest_to_channel") and board.channel_id:
                targets.append((board.channel_id, f"{board.name} channel"))
            for target, label in targets:
                key = f"digest:{board.id}:{monday.isoformat()}:{target}"
                outgoing.append(Outgoing(kind="digest", recipient=target, parts=(Part(key, item),),
                                         render=digest_message, label=label))
    return outgoing
