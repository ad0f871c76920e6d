"""/decision, /decisions and /declare: the board's decisions register and declarations of interest."""

from __future__ import annotations

import logging
from typing import Any
from zoneinfo import ZoneInfo

from slack_sdk.errors import SlackApiError

from domain.boards import board_of_channel
from domain.decisions import find_decisions, record_decision
from domain.declarations import USAGE as DECLARE_USAGE
from domain.declarations import declare, set_standing
from handlers import blocks
from handlers.services import caller
from handlers.slack_text import plain_text
from templates import block_kit as kit
from templates import render

log = logging.getLogger(__name__)
DECISION_USAGE = "`/decision [item N] WHAT WAS AGREED` (chair or secretary) records a decision of today's meeting"


def decision_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    """`/decision [item N] TEXT`: the chair or secretary records a decision of today's (or the latest) meeting."""
    services = context["services"]
    text = plain_text(command.get("text", "")).strip()
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        me = caller(reg, client, command["user_id"], command.get("channel_id"))
        if not text:
            ack(**blocks.notice(DECISION_USAGE))
            return
        decision, meeting = record_decision(reg, board, by=me, text=text, now=services.now())
        item = {"board": board.name, "text": decision.text, "item": decision.item_number,
                "day": meeting.starts_at.astimezone(ZoneInfo(board.timezone)).date(),
                "exempt": reg.exempt_item_ids([decision.agenda_item_id]) != set()}
    ack(**kit.text_message(render("decision_recorded", **item)))


def decisions_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    """`/decisions [words]`: the channel's board's decisions with those words, newest first, never exempt ones."""
    services = context["services"]
    words = plain_text(command.get("text", "")).strip()
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        found = find_decisions(reg, board, words)
        posted = {}
        for meeting_id in {d.meeting_id for d in found}:
            sent = reg.sent_message(f"minutes:{meeting_id}")
            if sent is not None and sent.channel and sent.ts:
                posted[meeting_id] = (sent.channel, sent.ts)
    links = {meeting_id: _permalink(client, *where) for meeting_id, where in posted.items()}
    item = {"board": board.name, "words": words,
            "decisions": [{"text": d.text, "day": d.day, "item": d.item, "link": links.get(d.meeting_id)}
                          for d in found]}
    ack(**kit.text_message(render("decisions", **item)))


def _permalink(client: Any, channel: str, ts: str) -> str | None:
    """The minutes summary's link in Slack (chat.getPermalink, which needs no scope); None when Slack can't say."""
    try:
        link = client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except (SlackApiError, OSError) as error:
        log.warning("permalink_unavailable channel=%s error=%s", channel, type(error).__name__)
        return None
    return link if isinstance(link, str) else None


def declare_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    """`/declare ITEM-or-text INTEREST` for the next meeting; `/declare standing TEXT` for the register entry."""
    services = context["services"]
    text = plain_text(command.get("text", "")).strip()
    verb, _, rest = text.partition(" ")
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        me = caller(reg, client, command["user_id"], command.get("channel_id"))
        if verb.lower() == "standing":
            member = set_standing(reg, board, member=me, text=rest, now=services.now())
            line = render("standing_recorded", board=board.name, entry=member.interests)
        elif not text:
            line = render("declare_usage", usage=DECLARE_USAGE, entry=me.interests)
        else:
            row, meeting = declare(reg, board, member=me, text=text, now=services.now())
            line = render("declared", board=board.name, interest=row.interest,
                          item=row.item_text or (f"item {row.item_number}" if row.item_number else None),
                          day=meeting.starts_at.astimezone(ZoneInfo(board.timezone)).date())
    ack(**blocks.notice(line))
