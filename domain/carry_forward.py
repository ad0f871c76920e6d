"""Actions carried forward meeting after meeting: how long each has been carried, which the chair
must decide on, and the chair's decision (Close, Re-date or Keep), kept in the audit trail.

An action appears as a matter arising at every meeting held after it was raised. Its count
starts again when it is re-dated or when the chair chooses to keep it. When the meeting whose
agenda is about to go out would be its Nth appearance (N per board, default 3), it is flagged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from domain.actions import change_due, changeable_action
from domain.errors import BadInput, NotAllowed
from domain.permissions import runs_board

SETTING = "carry_forward_meetings"
DEFAULT_MEETINGS = 3
RESETS = ("due", "kept")  # audit-trail kinds that start an action's count again


def threshold(settings: dict[str, Any] | None) -> int:
    """After how many appearances a board's chair is asked to decide an action's fate."""
    try:
        value = int((settings or {}).get(SETTING, DEFAULT_MEETINGS))
    except (TypeError, ValueError):
        return DEFAULT_MEETINGS
    return value if value >= 1 else DEFAULT_MEETINGS


@dataclass(frozen=True)
class HeldMeeting:
    starts_at: datetime
    status: str  # scheduled | held | cancelled


def counted_from(raised_at: datetime, reset_at: datetime | None) -> datetime:
    """From when an action's appearances are counted: when it was raised, or last re-dated or kept."""
    return max(raised_at, reset_at) if reset_at is not None else raised_at


def times_carried(since: datetime, meetings: Iterable[HeldMeeting], now: datetime) -> int:
    """Meetings held after `since` and by `now` (never a cancelled one): each showed the action
    as a matter arising."""
    return sum(1 for m in meetings if m.status != "cancelled" and since < m.starts_at <= now)


def needs_decision(carried: int, limit: int) -> bool:
    """Whether the coming meeting, the action's `carried + 1`th appearance, reaches the board's limit."""
    return carried + 1 >= limit


def raised_at(action: Any) -> datetime:
    """When the action was raised: the meeting it came from, else when it was recorded."""
    return action.meeting.starts_at if action.meeting is not None else action.created_at


def carried_counts(reg: Any, board: Any, actions: Sequence[Any], now: datetime) -> dict[int, int]:
    """How many meetings each of the board's open actions has been carried at so far."""
    meetings = [HeldMeeting(m.starts_at, m.status) for m in reg.meetings_of_board(board.id)]
    resets = reg.last_reset([a.id for a in actions], RESETS)
    return {a.id: times_carried(counted_from(raised_at(a), resets.get(a.id)), meetings, now) for a in actions}


def _chairs_action(reg: Any, ref: str, by: Any) -> Any:
    action = changeable_action(reg, ref, by)
    if not runs_board(action.board, by.id):
        raise NotAllowed("Only the board's chair or secretary decides what happens to a carried action.")
    if action.status != "open":
        raise BadInput(f"That action is already {action.status}.")
    return action


def close_carried(reg: Any, ref: str, *, by: Any, now: datetime) -> Any:
    """The chair closes an action that has been carried too long: it leaves the matters arising."""
    action = _chairs_action(reg, ref, by)
    if reg.move_status(action, "open", "dropped"):
        action.completed_at, action.completed_by_id = now, by.id
        reg.add_action_update(action_id=action.id, member_id=by.id, at=now, kind="closed",
                              note="Closed by the chair after being carried forward", old_value="open",
                              new_value="dropped")
    return action


def redate_carried(reg: Any, ref: str, *, by: Any, now: datetime, due: date) -> Any:
    """The chair gives a carried action a new date; its count starts again."""
    _chairs_action(reg, ref, by)
    return change_due(reg, ref, by=by, now=now, due=due)


def keep_carried(reg: Any, ref: str, *, by: Any, now: datetime) -> Any:
    """The chair keeps a carried action as it is; it is not raised again for another N meetings."""
    action = _chairs_action(reg, ref, by)
    reg.add_action_update(action_id=action.id, member_id=by.id, at=now, kind="kept",
                          note="Kept by the chair after being carried forward")
    return action
