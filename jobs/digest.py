"""The `digest` sweep: on Monday mornings the chair and the secretary get the board's overdue
actions and those due this week, grouped by organisation and owner. Optionally posted to
the board channel too (board setting `digest_to_channel`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from domain.actions import view
from domain.exempt import open_records
from domain.joint_owners import owner_words
from domain.moments import Moment, in_zone
from domain.nudge_policy import within_working_hours
from domain.working_days import is_working_day
from jobs.outbox import Outgoing, Part, recipient_address, recipient_label
from messages import DIGEST, Message, message

SHOWN = 25  # actions a digest lists, longest overdue first; the rest are counted


def _grouped(actions: list[Any], today: Any) -> list[tuple[str, list[tuple[str, list[Any]]]]]:
    groups: dict[str, dict[str, list[Any]]] = {}
    for action in actions:
        # An action with several owners is listed once, under its first-named owner's organisation.
        organisation = (action.owner.organisation if action.owner else None) or "No organisation recorded"
        owner = owner_words(action, "No owner named")
        groups.setdefault(organisation, {}).setdefault(owner, []).append(view(action, today))
    return [(org, sorted(owners.items())) for org, owners in sorted(groups.items())]


def digest_message(items: list[dict[str, Any]]) -> Message:
    return message(DIGEST, items)


def _week(board: Any, now: Moment) -> Any:
    """The Monday of the week whose digest is due now on the board, or None."""
    local = in_zone(now, board.timezone)
    today = local.date()
    monday = today - timedelta(days=today.weekday())
    first_working = next((monday + timedelta(days=d) for d in range(5)
                          if is_working_day(monday + timedelta(days=d))), None)
    # Monday morning's report; a worker that was down then catches up on the next two working days.
    late = first_working is not None and 0 <= (today - first_working).days <= 2
    if not late or not is_working_day(today) or not within_working_hours(local.time()):
        return None
    return monday


def plan(db: Any, now: Moment, _context: Any = None) -> Iterator[Outgoing]:
    """A digest per board whose local time is a Monday (or the week's first working day) morning.

    A fixed number of statements whatever the number of boards: the boards, their officers and
    the sent-messages log; then, for only those boards with someone still to tell, a count of their
    actions due and one streamed read of the SHOWN longest overdue of each. Messages are yielded a
    board at a time as the read goes, so memory holds one board's digest, not every board's.
    """
    with db.unit_of_work() as reg:
        weeks = {board.id: (board, monday) for board in reg.boards() if (monday := _week(board, now)) is not None}
        officers = reg.members_by_ids([i for board, _ in weeks.values()
                                       for i in (board.chair_id, board.secretary_id) if i])
        targets: dict[int, list[tuple[str, str, str]]] = {}
        for board, monday in weeks.values():
            people = [officers[i] for i in dict.fromkeys((board.chair_id, board.secretary_id)) if i in officers]
            found = [(recipient_address(m), recipient_label(m)) for m in people]
            if (board.settings or {}).get("digest_to_channel") and board.channel_id:
                found.append((board.channel_id, f"{board.name} channel"))
            targets[board.id] = [(f"digest:{board.id}:{monday.isoformat()}:{target}", target, label)
                                 for target, label in found]
        taken = reg.taken_keys([key for found in targets.values() for key, _, _ in found])
    waiting = {board_id: kept for board_id, found in sorted(targets.items())
               if (kept := [t for t in found if t[0] not in taken])}
    if not waiting:
        return

    def messages(reg: Any, board_id: int, actions: list[Any]) -> list[Outgoing]:
        board, monday = weeks[board_id]
        week = [a for a in actions if a.due_date < monday + timedelta(days=7)]
        today = in_zone(now, board.timezone).date()
        more = max(0, totals.get(board_id, 0) - len(actions)) if len(actions) >= SHOWN else 0
        item = {"board": board.name, "week": f"week of {monday:%-d %B %Y}", "groups": _grouped(week, today),
                "more": more}
        # The channel's copy leaves out exempt business; the officers' own copies keep it.
        public = {**item, "groups": _grouped(open_records(reg, week), today)}
        return [Outgoing(kind="digest", recipient=target, parts=(Part(key, public if target == board.channel_id
                                                                           else item),),
                         render=digest_message, label=label) for key, target, label in waiting[board_id]]

    latest_monday = max(weeks[board_id][1] for board_id in waiting)
    done: set[int] = set()
    with db.unit_of_work() as reg:
        totals = reg.open_action_counts(list(waiting), due_before=latest_monday + timedelta(days=7))
        current: int | None = None
        actions: list[Any] = []
        for action in reg.open_actions_of_boards(list(waiting), due_before=latest_monday + timedelta(days=7),
                                                 limit=SHOWN):
            if action.board_id != current:
                if current is not None:
                    yield from messages(reg, current, actions)
                    done.add(current)
                current, actions = action.board_id, []
            actions.append(action)
        if current is not None:
            yield from messages(reg, current, actions)
            done.add(current)
    for board_id in waiting:
        if board_id not in done:  # nothing overdue or due this week: the digest says so
            yield from messages(reg, board_id, [])
