"""/action, /myactions, /done and /actions: the action register in chat."""

from __future__ import annotations

from typing import Any

from domain.actions import (
    LOG_FILTERS,
    action_parts,
    board_log,
    board_today,
    complete_action,
    my_open_actions,
    record_action,
    view,
)
from domain.boards import board_of_channel, is_member, member_named
from domain.dates import parse_due
from domain.errors import BadInput
from domain.identity import identify
from domain.joint_owners import owners_of
from domain.refs import format_ref, parse_ref
from handlers import blocks
from handlers.events.home import refresh_home
from handlers.services import caller, chat_person, member_of_user
from handlers.slack_text import leading_user, plain_text
from templates import escape_mrkdwn

ACTION_USAGE = "Try `/action @someone Circulate the notes by next Friday`."


def action_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    """Record an action on the channel's board; with no text, open the form."""
    text = command.get("text", "").strip()
    if not text:
        # The form opens before the ack, so a failure to open it (an expired trigger) is answered like
        # any other error; after ack() Bolt would drop the answer and Slack would see none.
        client.views_open(trigger_id=command["trigger_id"], view=blocks.new_action_modal(command["channel_id"]))
        ack()
        return
    owner_id, rest = leading_user(text)
    if owner_id is None:
        raise BadInput(f"I need who: start with an @mention of the person who will do it. {ACTION_USAGE}")
    what, when = action_parts(rest, ACTION_USAGE)
    services = context["services"]
    now = services.now()
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        me = caller(reg, client, command["user_id"], command.get("channel_id"))
        due = parse_due(plain_text(when), board_today(board, now))
        owner = member_of_user(reg, client, owner_id, now, command["channel_id"])
        action = record_action(reg, board, owner=owner, what=plain_text(what), due=due, by=me, now=now)
        shown = view(action, board_today(board, now))
        reply = blocks.action_recorded(shown, due_text=due.text, by=me.name, by_slack_id=me.slack_id)
    ack(response_type="in_channel", **reply)


def my_actions_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    """The caller's open actions on every board, soonest due first."""
    services = context["services"]
    with services.db.unit_of_work() as reg:
        me = caller(reg, client, command["user_id"], command.get("channel_id"))
        actions = my_open_actions(reg, me, services.now())
    ack(**blocks.my_actions(actions))


def done_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    """`/done REF [note]`."""
    ref, _, note = plain_text(command.get("text", "")).strip().partition(" ")
    services = context["services"]
    with services.db.unit_of_work() as reg:
        me = caller(reg, client, command["user_id"], command.get("channel_id"))
        example = _example_ref(reg, command.get("channel_id"), me)
        if not ref:
            raise BadInput(f"Say which action: `/done {example} sent round on Friday`.")
        parse_ref(ref, example=example)
        action, changed = complete_action(reg, ref, by=me, now=services.now(), note=note)
        what = escape_mrkdwn(action.what)
        owner_slack_ids = [owner.slack_id for owner in owners_of(action)]
    label = f"*{escape_mrkdwn(ref.upper())}*"
    ack(**blocks.notice(f":white_check_mark: {label} {what} is done." if changed else f"{label} was already done."))
    for owner_slack_id in owner_slack_ids:
        refresh_home(client, services, owner_slack_id)


def _example_ref(reg: Any, channel_id: str | None, member: Any) -> str:
    """A reference as the person's own board writes them: the channel's board, else their first."""
    board = reg.board_by_channel(channel_id) if channel_id else None
    boards = [board] if board is not None else list(reg.boards_of_member(member.id))
    return format_ref(boards[0].code, 7) if boards else "CPSRB-7"


def actions_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    """`/actions [open|overdue|done|all|@owner|owner name]`: the channel's board's log."""
    services = context["services"]
    text = command.get("text", "").strip()
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        owner, status = None, text.lower() or "open"
        if status not in LOG_FILTERS:
            owner, status = _owner(reg, client, board, text, services.now()), "open"
        actions = board_log(reg, board, services.now(), status=status, owner=owner)
        me = reg.member_by_slack_id(command["user_id"])
        if me is None or not is_member(reg, board, me):  # exempt business is for the board's members only
            hidden = reg.exempt_action_ids(board.id)
            actions = [a for a in actions if a.id not in hidden]
        reply = blocks.board_log(board.name, actions, label=status, owner=owner.name if owner else None)
    ack(**reply)


def _owner(reg: Any, client: Any, board: Any, text: str, now: Any) -> Any:
    user_id, _ = leading_user(text)
    if user_id is not None:  # a lookup: it links someone already known, never creates a member
        found = reg.member_by_slack_id(user_id) or identify(reg, chat_person(client, user_id), board.channel_id)
        if found is None:
            raise BadInput(f"That person is not on {board.name}.")
        return found
    return member_named(reg, board, plain_text(text))
