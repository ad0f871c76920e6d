"""Card buttons (`adaptiveCard/action` invokes): Done, Snooze a week, New date, On track, Add update,
and the chair's Close, Re-date and Keep on an action carried forward too long.

Each verb runs the same use case as the Slack button, as the member who clicked, with
the same permission rules (only the owner, the chair or the secretary change an
action). The answer is the clicked card's new state: the clicker's open actions, with
a line saying what happened at the top (for the chair's buttons: the actions still
to decide, under that line).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from domain.actions import (
    add_update,
    board_today,
    change_due,
    changeable_action,
    complete_action,
    my_open_actions,
    record_action,
    report_on_track,
    snooze_action,
    view,
)
from domain.boards import member_named
from domain.carry_forward import close_carried, keep_carried, redate_carried
from domain.dates import Due
from domain.errors import BadInput
from domain.meetings import MAX_TEXT, Slot, cancel_next_meeting, change_meeting, describe_when, schedule_meeting
from domain.refs import format_ref
from jobs.agendas import carry_forward_item
from messages import (
    ADD_UPDATE,
    CARRY_CLOSE,
    CARRY_FORWARD,
    CARRY_KEEP,
    CARRY_REDATE,
    DONE,
    NEW_DATE,
    ON_TRACK,
    SNOOZE,
    message,
)
from messages.compose import document
from messages.document import Document, line
from teams import files
from teams.cards import card, date_input, invoke_card, my_actions_card, notice_card, update_form
from teams.context import TeamsTurn

SAVE_UPDATE = "saveupdate"
SHOW_ACTIONS = "myactions"
NEW_ACTION = "newaction"
MEETING_SAVE = "meetingsave"
MEETING_CANCEL, MEETING_KEEP = "meetingcancel", "meetingkeep"
MESSAGE_TYPE = "application/vnd.microsoft.activity.message"
MAX_REF = 40


def _ref(data: dict[str, Any]) -> str:
    ref = data.get("ref")
    if not isinstance(ref, str) or not ref.strip() or len(ref) > MAX_REF:
        raise BadInput("That button no longer points at an action.")
    return ref.strip()


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def _me(reg: Any, turn: TeamsTurn) -> Any:
    from teams.commands import me

    return me(reg, turn)


def _refreshed(reg: Any, turn: TeamsTurn, member: Any, line: str) -> dict[str, Any]:
    """The clicker's open actions, after the change, with the change's line above them."""
    return invoke_card(my_actions_card(my_open_actions(reg, member, turn.services.now()), notice_text=line))


def _done(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    member = _me(reg, turn)
    action, changed = complete_action(reg, _ref(data), by=member, now=turn.services.now())
    ref = format_ref(action.board.code, action.number)
    return _refreshed(reg, turn, member, f"✓ {ref} {action.what} is done." if changed else f"{ref} was already done.")


def _snooze(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    member = _me(reg, turn)
    action = snooze_action(reg, _ref(data), by=member, now=turn.services.now())
    due = f"; still due {action.due_date:%-d %B %Y}" if action.due_date else ""
    line = (f"💤 {format_ref(action.board.code, action.number)}: reminders paused until "
            f"{action.snoozed_until:%A %-d %B}{due}.")
    return _refreshed(reg, turn, member, line)


def _new_date(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    ref = _ref(data)
    chosen = _picked_date(data, ref)
    member = _me(reg, turn)
    moved = change_due(reg, ref, by=member, now=turn.services.now(), due=chosen)
    line = f"📅 {format_ref(moved.board.code, moved.number)} is now due {chosen:%A %-d %B %Y}."
    return _refreshed(reg, turn, member, line)


def _on_track(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    member = _me(reg, turn)
    marked = report_on_track(reg, _ref(data), by=member, now=turn.services.now())
    line = f"🟢 {format_ref(marked.board.code, marked.number)} is on track; noted for matters arising."
    return _refreshed(reg, turn, member, line)


def _add_update(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    found = changeable_action(reg, _ref(data), _me(reg, turn))
    return invoke_card(update_form(format_ref(found.board.code, found.number), found.what))


def _save_update(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    member = _me(reg, turn)
    updated = add_update(reg, _ref(data), by=member, now=turn.services.now(), note=_text(data, "note"))
    return _refreshed(reg, turn, member, f"📝 Update added to {format_ref(updated.board.code, updated.number)}.")


def _picked_date(data: dict[str, Any], ref: str) -> date:
    try:
        return date.fromisoformat(_text(data, date_input(ref))[:10])
    except ValueError:
        raise BadInput("Pick a date first, then press Set date.") from None


def _still_carried(reg: Any, turn: TeamsTurn, action: Any, said: str) -> dict[str, Any]:
    """The chair's card after a decision: what was done, then the board's actions still to decide."""
    board, now = action.board, turn.services.now()
    meeting = reg.next_meetings([board.id], now).get(board.id)
    item = carry_forward_item(reg, board, meeting, now) if meeting is not None else None
    if item is None:
        return invoke_card(notice_card(f"{said} Nothing else carried forward is waiting for you."))
    laid_out = document(message(CARRY_FORWARD, [item]))
    return invoke_card(card(Document(f"{said} {laid_out.summary}", (line(said), *laid_out.blocks))))


def _carry_close(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    action = close_carried(reg, _ref(data), by=_me(reg, turn), now=turn.services.now())
    return _still_carried(reg, turn, action, f"✓ Closed {format_ref(action.board.code, action.number)}: it leaves "
                                             "the matters arising.")


def _carry_redate(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    ref = _ref(data)
    chosen = _picked_date(data, ref)
    action = redate_carried(reg, ref, by=_me(reg, turn), now=turn.services.now(), due=chosen)
    return _still_carried(reg, turn, action, f"📅 Re-dated {format_ref(action.board.code, action.number)} to "
                                             f"{chosen:%-d %B %Y}.")


def _carry_keep(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    action = keep_carried(reg, _ref(data), by=_me(reg, turn), now=turn.services.now())
    return _still_carried(reg, turn, action, f"📌 Kept {format_ref(action.board.code, action.number)} as it is.")


def _show_actions(reg: Any, turn: TeamsTurn, _data: dict[str, Any]) -> dict[str, Any]:
    member = _me(reg, turn)
    return invoke_card(my_actions_card(my_open_actions(reg, member, turn.services.now())))


def _new_action(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    """The inline new-action form: an owner the board knows by name, what, and a date from today on."""
    from teams.commands import board_here

    board, member = board_here(reg, turn), _me(reg, turn)
    now = turn.services.now()
    owner = member_named(reg, board, _text(data, "owner")[:120])
    try:
        due = date.fromisoformat(_text(data, "due")[:10])
    except ValueError:
        raise BadInput("Pick the date it is due.") from None
    if due < board_today(board, now):
        raise BadInput(f"{due:%-d %B %Y} has already passed; pick a date from today on.")
    action = record_action(reg, board, owner=owner, what=_text(data, "what"), due=Due(due, f"{due:%d/%m/%Y}"),
                           by=member, now=now)
    shown = view(action, board_today(board, now))
    return {"statusCode": 200, "type": MESSAGE_TYPE,
            "value": f"Recorded {shown.ref} for {shown.owner}, {shown.due_words}."}


def _clock(value: str) -> time | None:
    try:
        return time.fromisoformat(value[:5]) if value else None
    except ValueError:
        return None


def _meeting_save(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    """The inline meeting form: a new meeting, or the next one changed; what is wrong is said field by field."""
    from teams.commands import board_here

    board, member = board_here(reg, turn), _me(reg, turn)
    try:
        day = date.fromisoformat(_text(data, "date")[:10]) if _text(data, "date") else None
    except ValueError:
        day = None
    slot = Slot(day=day, start=_clock(_text(data, "start")), end=_clock(_text(data, "end")),
                venue=_text(data, "venue")[:MAX_TEXT + 1], theme=_text(data, "theme")[:MAX_TEXT + 1])
    meeting = data.get("meeting")
    if isinstance(meeting, int) and not isinstance(meeting, bool):  # InvalidForm says what is wrong, field by field
        change = change_meeting(reg, board, meeting, slot, by=member, now=turn.services.now())
    else:
        change = schedule_meeting(reg, board, slot, by=member, now=turn.services.now())
    said = {"new": "Scheduled", "moved": "Moved", "updated": "Updated", "unchanged": "No change to"}[change.kind]
    return invoke_card(notice_card(f"📅 {said} the meeting of {board.name}: {describe_when(change.meeting)}."))


def _meeting_id(data: dict[str, Any]) -> int:
    meeting = data.get("meeting")
    if not isinstance(meeting, int) or isinstance(meeting, bool):
        raise BadInput("That button names no meeting I know, so I've cancelled nothing.")
    return meeting


def _meeting_cancel(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    """The confirmed cancel: the clicker must still be the chair or secretary, and the meeting still the next."""
    from teams.commands import board_here

    board = board_here(reg, turn)
    change = cancel_next_meeting(reg, board, by=_me(reg, turn), now=turn.services.now(), meeting_id=_meeting_id(data))
    return invoke_card(notice_card(f"Cancelled the meeting of {board.name} on {describe_when(change.meeting)}. "
                                   "meeting new sets another date."))


def _meeting_keep(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    return invoke_card(notice_card("Kept the meeting; nothing was cancelled."))


VERBS: dict[str, Callable[[Any, TeamsTurn, dict[str, Any]], dict[str, Any]]] = {
    DONE: _done, SNOOZE: _snooze, NEW_DATE: _new_date, ON_TRACK: _on_track, ADD_UPDATE: _add_update,
    SAVE_UPDATE: _save_update, SHOW_ACTIONS: _show_actions, NEW_ACTION: _new_action,
    files.CONFIRM: files.confirm, files.CANCEL: files.cancel, MEETING_SAVE: _meeting_save,
    MEETING_CANCEL: _meeting_cancel, MEETING_KEEP: _meeting_keep,
    CARRY_CLOSE: _carry_close, CARRY_REDATE: _carry_redate, CARRY_KEEP: _carry_keep,
}


async def on_invoke(turn: TeamsTurn, verb: str, data: dict[str, Any]) -> dict[str, Any]:
    """A card's Action.Execute (verb and data exactly as the card carried them), or another invoke."""
    if verb == "fileConsent/invoke":
        return await files.on_consent(turn, data)
    handler = VERBS.get(verb)
    if handler is None:
        return {"statusCode": 200, "type": MESSAGE_TYPE, "value": "That button is not one I know; say help."}
    return await turn.run(handler, turn, data)
