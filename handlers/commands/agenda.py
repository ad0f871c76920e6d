"""/agenda, /apologies and /attendance: the run-up to a meeting, and who comes."""

from __future__ import annotations

import logging
from typing import Any
from zoneinfo import ZoneInfo

from slack_sdk.errors import SlackApiError

from domain.agenda import (
    attendance_report,
    decide_item,
    local_day,
    next_meeting,
    propose_item,
    send_apologies,
)
from domain.boards import board_of_channel
from domain.errors import BadInput, NotAllowed, quoted
from domain.permissions import runs_board
from handlers import blocks
from handlers.form_input import record_id, user_id
from handlers.job_messages import slack_message
from handlers.services import caller, member_of_user
from handlers.slack_text import leading_user, plain_text
from jobs.agendas import agenda_item, agenda_message
from templates import block_kit as kit
from templates import escape_mrkdwn, mention, render

log = logging.getLogger(__name__)
ACCEPT, DECLINE = "agenda_accept", "agenda_decline"
USAGE = ("`/agenda` shows the draft agenda · `/agenda add TITLE [- presenter]` proposes an item · "
         "`/agenda post` (chair or secretary) posts it to the channel")


def agenda_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    services = context["services"]
    verb, _, rest = command.get("text", "").strip().partition(" ")
    verb = verb.lower()
    if verb not in ("", "add", "post"):
        ack(**blocks.notice(USAGE))
        return
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        me = caller(reg, client, command["user_id"], command.get("channel_id"))
        if verb == "add":
            title, _, presenter = plain_text(rest).partition(" - ")
            item = propose_item(reg, board, by=me, title=title, presenter=presenter, now=services.now())
            secretary = reg.member(board.secretary_id) if board.secretary_id else None
            reply = _proposed_reply(item, board, secretary)
            ask = _decision_request(item, board, me) if item.status == "proposed" and secretary and secretary.slack_id \
                else None
        else:
            if verb == "post" and not runs_board(board, me.id):
                raise NotAllowed("Only the board's chair or secretary can post the agenda.")
            meeting = next_meeting(reg, board, services.now())
            shown = agenda_item(reg, board, meeting, services.now(), draft=verb != "post",
                                public_url=services.public_url)
            reply = slack_message(agenda_message([shown]))
    if verb == "post":
        client.chat_postMessage(channel=command["channel_id"], **reply)  # before ack(): a failure is answered
        ack()
        return
    ack(**reply)
    if verb == "add" and ask is not None:
        try:
            client.chat_postMessage(channel=secretary.slack_id, **ask)
        except (SlackApiError, OSError) as error:  # the item is proposed; the secretary sees it on the agenda
            log.warning("proposal_not_sent item=%s error=%s", item.id, type(error).__name__)


def _proposed_reply(item: Any, board: Any, secretary: Any) -> dict[str, Any]:
    title = escape_mrkdwn(item.title)
    if item.status == "accepted":
        return blocks.notice(f":white_check_mark: Added to the agenda of {escape_mrkdwn(board.name)}: {title}.")
    who = mention(secretary.slack_id, secretary.name) if secretary else "the secretary"
    return blocks.notice(f":inbox_tray: Proposed for the next meeting: {title}. {who} will accept or decline it.")


def _decision_request(item: Any, board: Any, by: Any) -> dict[str, Any]:
    text = (f":inbox_tray: {mention(by.slack_id, by.name)} proposes an item for the next meeting of "
            f"*{escape_mrkdwn(board.name)}*: {escape_mrkdwn(item.title)}"
            + (f" (presented by {escape_mrkdwn(item.presenter)})" if item.presenter else ""))
    return blocks.message(text, [kit.section(text), kit.actions(
        f"agenda-item:{item.id}", kit.button("Accept", ACCEPT, str(item.id), style="primary"),
        kit.button("Decline", DECLINE, str(item.id), style="danger"))])


def decision_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                     context: Any) -> None:
    ack()
    services = context["services"]
    accept = action.get("action_id") == ACCEPT
    item_id = record_id(action.get("value"))
    if item_id is None:
        raise BadInput("That button no longer points at an agenda item.")
    with services.db.unit_of_work() as reg:
        item, changed = decide_item(reg, item_id, by=caller(reg, client, user_id(body)), accept=accept)
        line = (f"{':white_check_mark: Accepted' if accept else ':x: Declined'}: {escape_mrkdwn(item.title)}."
                if changed else f"That item was already {item.status}.")
    respond(replace_original=changed, **blocks.notice(line))


def apologies_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    """`/apologies [for @substitute] [note]`: apologies for the next meeting, naming who comes instead."""
    services = context["services"]
    text = command.get("text", "").strip()
    words = text.split(maxsplit=1)
    naming = bool(words) and words[0].lower() in ("for", "sub", "substitute", "deputy")
    if naming:
        text = words[1] if len(words) > 1 else ""
    substitute_id, _note = leading_user(text)
    if naming and substitute_id is None:
        # A name Slack did not turn into a mention is nobody it knows: refuse the whole request.
        raise BadInput(f"I can't find {quoted(plain_text(text)) if text else 'a substitute'} in this workspace, so "
                       "I've recorded nothing. Name who comes in your place with an @mention, "
                       "e.g. `/apologies for @someone`.")
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        me = caller(reg, client, command["user_id"], command.get("channel_id"))
        substitute = member_of_user(reg, client, substitute_id, services.now()) if substitute_id else None
        meeting = send_apologies(reg, board, member=me, substitute=substitute, now=services.now())
        when = meeting.starts_at.astimezone(ZoneInfo(board.timezone))
        line = f":wave: Apologies recorded for {escape_mrkdwn(board.name)} on {when:%A %-d %B %Y}"
        line += f", with {mention(substitute.slack_id, substitute.name)} attending in your place." if substitute \
            else ". Name someone to come in your place with `/apologies for @someone`."
    ack(**blocks.notice(line))


def attendance_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    services = context["services"]
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        caller(reg, client, command["user_id"], command.get("channel_id"))
        held, members, organisations = attendance_report(reg, board, services.now())
        text = render("attendance", board=board.name, count=len(held),
                      first=f"{local_day(held[0]):%-d %b %Y}" if held else "",
                      last=f"{local_day(held[-1]):%-d %b %Y}" if held else "",
                      organisations=sorted(organisations.items()), members=sorted(members.items()))
    ack(**kit.text_message(text))
