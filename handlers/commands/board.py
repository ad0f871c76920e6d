"""/board: set up a channel's board, link members, name its chair and secretary."""

from __future__ import annotations

from typing import Any

from domain.boards import board_of_channel, link_member, set_role, setup_board
from domain.errors import BadInput, NotAllowed
from domain.groups import name_group_lead, split_group
from domain.identity import link_directory
from domain.permissions import runs_board
from handlers.blocks import notice
from handlers.services import (
    caller,
    caller_or_admin,
    chat_person,
    member_of_user,
    workspace_directory,
)
from handlers.slack_text import leading_user, plain_text
from templates import channel, escape_mrkdwn, mention

HELP = (
    "`/board setup NAME` binds this channel to a board · "
    "`/board link @someone Name as in the minutes` links a Slack user to a member · "
    "`/board chair @someone` and `/board secretary @someone` name the officers · "
    "`/board lead \"GROUP\" @someone` names the lead who answers for a group's actions "
    "(`none` takes it away) · "
    "`/board sync` links members to their Slack accounts from the workspace directory"
)


def board_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    services = context["services"]
    verb, _, rest = command.get("text", "").strip().partition(" ")
    handler = {"setup": _setup, "link": _link, "chair": _role, "secretary": _role, "sync": _sync,
               "lead": _lead}.get(verb.lower())
    if handler is None:
        ack(**notice(HELP + _leads_here(services, command.get("channel_id"))))
        return
    with services.db.unit_of_work() as reg:
        reply = handler(reg, services, client, command, verb.lower(), rest.strip())
    ack(**reply)


def _setup(reg: Any, services: Any, client: Any, command: dict[str, Any], _verb: str, rest: str) -> dict[str, Any]:
    me = member_of_user(reg, client, command["user_id"], services.now(), command["channel_id"])
    board, created = setup_board(
        reg, plain_text(rest), channel_id=command["channel_id"], caller=me,
        now=services.now(), timezone=services.default_timezone,
    )
    secretary = "You are its secretary." if board.secretary_id == me.id else ""
    verb = "Set up" if created else "Bound"
    return notice(
        f":white_check_mark: {verb} *{escape_mrkdwn(board.name)}* (actions {board.code}-1, {board.code}-2, …) "
        f"in {channel(command['channel_id'], 'this channel')}. {secretary}",
        response_type="in_channel",
    )


def _link(reg: Any, services: Any, client: Any, command: dict[str, Any], _verb: str, rest: str) -> dict[str, Any]:
    board = board_of_channel(reg, command["channel_id"])
    me = caller(reg, client, command["user_id"], command.get("channel_id"))
    if not runs_board(board, me.id):
        raise NotAllowed("Only the board's chair or secretary can link members.")
    user_id, name_text = leading_user(rest)
    name = plain_text(name_text).strip()
    if user_id is None or not name:
        raise BadInput("Say who and which member: `/board link @someone Name as in the minutes`.")
    member = link_member(reg, board, caller=me, person=chat_person(client, user_id), name=name, now=services.now())
    return notice(f":link: {mention(user_id)} is {escape_mrkdwn(member.name)} on *{escape_mrkdwn(board.name)}*.")


def _role(reg: Any, services: Any, client: Any, command: dict[str, Any], verb: str, rest: str) -> dict[str, Any]:
    """`/board chair @x`, `/board secretary @x`: by the board's officers, or by a workspace admin."""
    board = board_of_channel(reg, command["channel_id"])
    me, admin = caller_or_admin(reg, client, command["user_id"], command["channel_id"])
    user_id, _ = leading_user(rest)
    if user_id is None:
        raise BadInput(f"Say who: `/board {verb} @someone`.")
    member = member_of_user(reg, client, user_id, services.now())
    by_admin = set_role(reg, board, caller=me, member=member, role=verb, admin=admin)
    named_by = f" (named by {mention(command['user_id'])}, a workspace admin)" if by_admin else ""
    return notice(f"{mention(user_id)} is now the {verb} of *{escape_mrkdwn(board.name)}*{named_by}.",
                  response_type="in_channel")


def _leads_here(services: Any, channel_id: Any) -> str:
    """The groups of the channel's board that have a named lead, as a line after the help; "" if none."""
    if not isinstance(channel_id, str) or not channel_id:
        return ""
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel(channel_id)
        leads = reg.leads_of_board(board.id) if board is not None else []
        shown = "; ".join(f"{escape_mrkdwn(group)}: {escape_mrkdwn(member.name)}" for group, member in leads)
    return f"\nGroups' leads on *{escape_mrkdwn(board.name)}*: {shown}" if leads else ""


def _lead(reg: Any, services: Any, client: Any, command: dict[str, Any], _verb: str, rest: str) -> dict[str, Any]:
    """`/board lead "GROUP" @someone` (or `none`): who answers for a group's actions instead of the secretary."""
    board = board_of_channel(reg, command["channel_id"])
    me = caller(reg, client, command["user_id"], command.get("channel_id"))
    group, who = split_group(rest)
    member = None
    if who.lower() != "none":
        user_id, _ = leading_user(who)
        if user_id is None:
            raise BadInput('Say who: `/board lead "Group Leads" @someone`, or `none` to take the lead away.')
        member = member_of_user(reg, client, user_id, services.now())
    shown = name_group_lead(reg, board, caller=me, group=plain_text(group), member=member)
    if member is None:
        return notice(f"{escape_mrkdwn(shown)} on *{escape_mrkdwn(board.name)}* has no named lead now: its actions "
                      "go to the secretary.")
    return notice(f"{mention(member.slack_id) if member.slack_id else escape_mrkdwn(member.name)} now leads "
                  f"{escape_mrkdwn(shown)} on *{escape_mrkdwn(board.name)}*: its actions' reminders and update "
                  "requests go to them.", response_type="in_channel")


def _sync(reg: Any, services: Any, client: Any, command: dict[str, Any], _verb: str, _rest: str) -> dict[str, Any]:
    """Link members who have never used the bot, so it can reach them (nudges, agenda copies)."""
    board = board_of_channel(reg, command["channel_id"])
    if not runs_board(board, caller(reg, client, command["user_id"], command.get("channel_id")).id):
        raise NotAllowed("Only the board's chair or secretary can sync members with the workspace.")
    linked = link_directory(list(reg.unlinked_members()), workspace_directory(client), set(reg.officer_channels()))
    names = ", ".join(escape_mrkdwn(m.name) for m in linked[:20]) or "nobody new"
    return notice(f":link: Linked {len(linked)} member{'s' if len(linked) != 1 else ''} to Slack: {names}.")
