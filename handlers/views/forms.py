"""Modal submissions: a new action from the /action form, an update from Add update."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_sdk.errors import SlackApiError

from domain.actions import add_update, board_today, record_action, view
from domain.boards import board_of_channel
from domain.dates import Due
from domain.errors import DomainError
from handlers import blocks
from handlers.events.home import refresh_home
from handlers.form_input import (
    channel_id as channel_of,
)
from handlers.form_input import (
    form_field,
    form_values,
    iso_value,
    private_metadata,
    typed_text,
    user_id,
)
from handlers.services import caller, member_of_user

log = logging.getLogger(__name__)


def _value(body: dict[str, Any], block: str, key: str = "value") -> Any:
    return form_field(form_values(body), block).get(key)


def new_action_submitted(ack: Any, body: dict[str, Any], client: Any, context: Any) -> None:
    """Record the action from the form (input arrives raw, not escaped), or point at what is wrong."""
    services = context["services"]
    now = services.now()
    owner_id = _value(body, "owner", "selected_user")
    what = typed_text(form_values(body), "what") or ""
    due_date = iso_value(date, _value(body, "due", "selected_date"))
    channel_id = channel_of(private_metadata(body))
    try:
        with services.db.unit_of_work() as reg:
            board = board_of_channel(reg, channel_id)
            today = board_today(board, now)
            if due_date is None or due_date < today:
                ack(response_action="errors", errors={"due": "Pick a date from today on."})
                return
            if not isinstance(owner_id, str):
                ack(response_action="errors", errors={"owner": "Pick who owns this action."})
                return
            me = caller(reg, client, user_id(body))
            owner = member_of_user(reg, client, owner_id, now, channel_id)
            action = record_action(reg, board, owner=owner, what=what, due=Due(due_date, f"{due_date:%d/%m/%Y}"),
                                   by=me, now=now)
            reply = blocks.action_recorded(view(action, today), due_text=None, by=me.name, by_slack_id=me.slack_id)
    except DomainError as error:
        ack(response_action="errors", errors={"what": str(error)[:150]})
        return
    ack()
    try:
        client.chat_postMessage(channel=channel_id, **reply)
    except (SlackApiError, OSError) as error:  # recorded; the form has closed, so there is no one to tell
        log.warning("action_not_posted channel=%s error=%s", channel_id, type(error).__name__)
    refresh_home(client, services, owner.slack_id)


def update_submitted(ack: Any, body: dict[str, Any], client: Any, context: Any) -> None:
    services = context["services"]
    ref = private_metadata(body)
    try:
        with services.db.unit_of_work() as reg:
            me = caller(reg, client, user_id(body))
            add_update(reg, ref, by=me, now=services.now(), note=typed_text(form_values(body), "note") or "")
    except DomainError as error:
        ack(response_action="errors", errors={"note": str(error)[:150]})
        return
    ack()
