"""Actions: recording, completing, updating and listing them. Shared by every entry point."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.boards import is_member, join
from domain.dates import Due, check_within_reach, describe_due
from domain.errors import BadInput, NotAllowed, NotFound
from domain.joint_owners import Owner, owner_words, owners_of
from domain.permissions import may_change_action
from domain.refs import format_ref, parse_ref

MAX_WHAT = 1000
MAX_NOTE = 2000
LOG_FILTERS = ("open", "overdue", "done", "all")
_BY = re.compile(r"^(?P<what>.+)\s+by\s+(?P<when>.+?)$", re.IGNORECASE | re.DOTALL)
# A date phrase that reads as one without "by" before it, at the end of the text.
_BARE_WHEN = re.compile(r"^(?P<what>.+?)\s+(?P<when>in\s+\w+\s+(?:days?|weeks?|months?)|tomorrow|next\s+[a-z]+|"
                        r"(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?[a-z]+(?:\s+\d{4})?)$",
                        re.IGNORECASE | re.DOTALL)


def what_by_when(text: str) -> tuple[str, str] | None:
    """"Circulate the notes by next Friday" as ("Circulate the notes", "next Friday"), or WHAT ending in a
    phrase that reads as a date without "by" ("Report on falls in two weeks"); None when there is no date."""
    text = text.strip()
    match = _BY.match(text) or _BARE_WHEN.match(text)
    return (match["what"], match["when"]) if match else None


def action_parts(text: str, usage: str) -> tuple[str, str]:
    """What is to be done and by when, from what follows the owner; BadInput naming the part that is missing."""
    parts = what_by_when(text)
    if parts is not None:
        return parts
    if not text.strip():
        raise BadInput(f"I need what is to be done and by when, after the person. {usage}")
    raise BadInput(f"I need by when: end with “by” and a date, such as by next Friday, or in two weeks. {usage}")


@dataclass(frozen=True)
class ActionView:
    """What a person sees of an action, ready to render anywhere."""

    id: int
    ref: str
    what: str
    board: str
    owner: str  # every owner's name ("Graham Oates and Ifeoma Nwosu"), else the owner as written
    owner_slack_id: str | None  # the first-named owner's (every owner's: `owners`)
    due: date | None
    due_words: str
    overdue: bool
    status: str
    meeting: str | None
    owners: tuple[Owner, ...] = ()  # each owner who is a member, the first-named first


def board_today(board: Any, now: datetime) -> date:
    """Today's date where the board meets."""
    return now.astimezone(ZoneInfo(board.timezone)).date()


def view(action: Any, today: date) -> ActionView:
    owner = action.owner
    meeting = action.meeting
    meeting_words = None
    if meeting is not None:
        local = meeting.starts_at.astimezone(ZoneInfo(action.board.timezone))
        meeting_words = f"{local:%-d %b %Y}"
    return ActionView(
        id=action.id,
        ref=format_ref(action.board.code, action.number),
        what=action.what,
        board=action.board.name,
        owner=owner_words(action),
        owner_slack_id=owner.slack_id if owner is not None else None,
        due=action.due_date,
        due_words=describe_due(action.due_date, today) if action.status == "open" else action.status,
        overdue=action.status == "open" and action.due_date is not None and action.due_date < today,
        status=action.status,
        meeting=meeting_words,
        owners=owners_of(action),
    )


def check_text(text: str, *, what: str, limit: int) -> str:
    cleaned = " ".join(text.replace("\x00", "").split())
    if not cleaned:
        raise BadInput(f"The {what} is empty. Say what needs doing.")
    if len(cleaned) > limit:
        raise BadInput(f"The {what} is {len(cleaned):,} characters long; keep it under {limit:,}.")
    return cleaned


def record_action(
    reg: Any,
    board: Any,
    *,
    owner: Any,
    what: str,
    due: Due,
    by: Any,
    now: datetime,
    meeting: Any = None,
) -> Any:
    """Record a new action on the board, owned by a member (who joins the board if new to it)."""
    text = check_text(what, what="action", limit=MAX_WHAT)
    if due.date is not None:
        check_within_reach(due.date, board_today(board, now))
    number = reg.take_action_number(board)  # first: it serialises writers on this board
    join(reg, board, owner)
    action = reg.add_action(
        board_id=board.id,
        number=number,
        meeting_id=meeting.id if meeting is not None else None,
        what=text,
        owner_id=owner.id,
        due_date=due.date,
        due_text=due.text,
        status="open",
        created_at=now,
        created_by_id=by.id,
    )
    reg.add_action_update(action_id=action.id, member_id=by.id, at=now, kind="created", new_value=due.text)
    return reg.action_by_ref(board.code, action.number)


def find_action(reg: Any, ref: str) -> Any:
    code, number = parse_ref(ref)
    action = reg.action_by_ref(code, number)
    if action is None:
        raise NotFound(f"I can't find an action {format_ref(code, number)}. `/myactions` lists yours.")
    return action


def changeable_action(reg: Any, ref: str, by: Any) -> Any:
    """The action, if `by` may change it (its owner, the board's chair or secretary); NotAllowed otherwise."""
    action = find_action(reg, ref)
    if not is_member(reg, action.board, by):
        # Someone off the board learns nothing, not even that the reference exists.
        raise NotFound(f"I can't find an action {format_ref(action.board.code, action.number)}. "
                       "`/myactions` lists yours.")
    if not may_change_action(action, by.id):
        raise NotAllowed(
            f"{format_ref(action.board.code, action.number)} belongs to {owner_words(action)}; only they, "
            "the board's chair or its secretary can change it."
        )
    return action


def complete_action(reg: Any, ref: str, *, by: Any, now: datetime, note: str | None = None) -> tuple[Any, bool]:
    """Mark an action done. Returns (action, changed); completing a done action changes nothing."""
    action = changeable_action(reg, ref, by)
    if action.status == "open":
        cleaned = check_text(note, what="note", limit=MAX_NOTE) if note and note.strip() else None
        if reg.move_status(action, "open", "done"):
            action.completed_at = now
            action.completed_by_id = by.id
            reg.add_action_update(action_id=action.id, member_id=by.id, at=now, kind="done", note=cleaned,
                                  old_value="open", new_value="done")
            return action, True
    if action.status == "done":  # already, or a second click that raced the first
        return action, False
    raise BadInput(f"{format_ref(action.board.code, action.number)} was {action.status}; it can't be completed.")


SNOOZE = timedelta(days=7)


def _open(action: Any) -> Any:
    if action.status != "open":
        raise BadInput(f"{format_ref(action.board.code, action.number)} is {action.status}; there is nothing to change.")
    return action


def snooze_action(reg: Any, ref: str, *, by: Any, now: datetime) -> Any:
    """Hold the action's reminders for a week; the due date stays as it is."""
    action = _open(changeable_action(reg, ref, by))
    until = board_today(action.board, now) + SNOOZE
    action.snoozed_until = until
    reg.add_action_update(action_id=action.id, member_id=by.id, at=now, kind="snoozed", new_value=until.isoformat())
    return action


def change_due(reg: Any, ref: str, *, by: Any, now: datetime, due: date) -> Any:
    """Move an action's due date (recorded in its audit trail); a past date is refused."""
    action = _open(changeable_action(reg, ref, by))
    if due < board_today(action.board, now):
        raise BadInput(f"{due:%-d %B %Y} has already passed; pick a date from today on.")
    check_within_reach(due, board_today(action.board, now))
    old = action.due_date
    action.due_date, action.due_text, action.snoozed_until = due, f"{due:%d/%m/%Y}", None
    reg.add_action_update(action_id=action.id, member_id=by.id, at=now, kind="due",
                          old_value=old.isoformat() if old else None, new_value=due.isoformat())
    return action


def report_on_track(reg: Any, ref: str, *, by: Any, now: datetime) -> Any:
    """The owner says the action is on track (shown in matters arising)."""
    action = _open(changeable_action(reg, ref, by))
    reg.add_action_update(action_id=action.id, member_id=by.id, at=now, kind="on track", note="On track")
    return action


def add_update(reg: Any, ref: str, *, by: Any, now: datetime, note: str) -> Any:
    """Add a progress note to an action's audit trail."""
    action = changeable_action(reg, ref, by)
    reg.add_action_update(action_id=action.id, member_id=by.id, at=now, kind="note",
                          note=check_text(note, what="update", limit=MAX_NOTE))
    return action


def my_open_actions(reg: Any, member: Any, now: datetime) -> list[ActionView]:
    """The member's open actions on every board, soonest due first."""
    return [view(a, board_today(a.board, now)) for a in reg.open_actions_of_member(member.id)]


def board_log(reg: Any, board: Any, now: datetime, *, status: str = "open", owner: Any = None) -> list[ActionView]:
    """The board's action log: open (default), overdue, done or all; optionally one owner's."""
    today = board_today(board, now)
    statuses = {"open": ("open",), "overdue": ("open",), "done": ("done",), "all": ("open", "done", "dropped")}
    if status not in statuses:
        raise BadInput(f"I can show {', '.join(LOG_FILTERS)} actions, or one person's.")
    actions = reg.actions_of_board(
        board.id,
        statuses=statuses[status],
        owner_id=owner.id if owner is not None else None,
        due_before=today if status == "overdue" else None,
    )
    return [view(a, today) for a in actions]
