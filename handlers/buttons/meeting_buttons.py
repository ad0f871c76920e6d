"""The button that cancels a meeting, once the chair or secretary has confirmed it."""

from __future__ import annotations

from typing import Any

from domain.boards import board_of_channel
from domain.errors import BadInput
from domain.meetings import cancel_next_meeting, describe_when
from handlers.blocks import notice
from handlers.form_input import channel_id, record_id, user_id
from handlers.services import caller
from handlers.views.meeting_form import announce
from templates import escape_mrkdwn


def cancel_meeting_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                           context: Any) -> None:
    ack()
    services = context["services"]
    meeting_id = record_id(action.get("value"))
    if meeting_id is None:
        raise BadInput("That button names no meeting I know, so I've cancelled nothing.")
    channel = channel_id((body.get("channel") or {}).get("id") if isinstance(body.get("channel"), dict) else None)
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, channel)
        change = cancel_next_meeting(reg, board, by=caller(reg, client, user_id(body), channel),
                                     now=services.now(), meeting_id=meeting_id)
        board_channel = board.channel_id
    respond(replace_original=True, **notice(f"Cancelled the meeting of {escape_mrkdwn(describe_when(change.meeting))}; "
                                            "I've told the channel. `/meeting new` sets another date."))
    announce(client, services, board_channel, change)
