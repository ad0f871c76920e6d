"""The Done and Add update buttons on an action, wherever it is shown."""

from __future__ import annotations

from typing import Any

from domain.actions import changeable_action, complete_action, my_open_actions
from domain.joint_owners import owners_of
from domain.refs import format_ref
from handlers import blocks
from handlers.events.home import refresh_home
from handlers.form_input import user_id
from handlers.services import caller
from templates import escape_mrkdwn


def done_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any, context: Any) -> None:
    """Complete the action and redraw the message it was clicked in."""
    ack()
    services = context["services"]
    clicker = user_id(body)
    with services.db.unit_of_work() as reg:
        me = caller(reg, client, clicker)
        done, changed = complete_action(reg, str(action.get("value", "")), by=me, now=services.now())
        ref = format_ref(done.board.code, done.number)
        owner_slack_ids = [owner.slack_id for owner in owners_of(done)]
        remaining = my_open_actions(reg, me, services.now())
    line = f":white_check_mark: *{ref}* {escape_mrkdwn(done.what)} is done." if changed else f"*{ref}* was already done."
    container = body.get("container")
    if isinstance(container, dict) and container.get("type") == "view":
        refresh_home(client, services, clicker)
    elif respond is not None and body.get("response_url"):
        respond(replace_original=True, **blocks.my_actions(remaining, notice_text=line))
    for owner_slack_id in owner_slack_ids:  # every owner's Home tab drops it, not only the clicker's
        if owner_slack_id != clicker:
            refresh_home(client, services, owner_slack_id)


def add_update_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                       context: Any) -> None:
    """Open the update form for the action."""
    ack()
    services = context["services"]
    with services.db.unit_of_work() as reg:
        found = changeable_action(reg, str(action.get("value", "")), caller(reg, client, user_id(body)))
        ref, what = format_ref(found.board.code, found.number), found.what
    client.views_open(trigger_id=body["trigger_id"], view=blocks.update_modal(ref, what))


