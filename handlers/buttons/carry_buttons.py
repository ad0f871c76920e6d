"""The chair's answer on an action carried forward too long: Close, Re-date (a date picker) or Keep.
Each answer is recorded in the action's audit trail (domain.carry_forward)."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.carry_forward import close_carried, keep_carried, redate_carried
from domain.errors import BadInput
from domain.refs import format_ref
from handlers import blocks
from handlers.form_input import user_id
from handlers.services import caller
from templates import escape_mrkdwn


def _answer(body: dict[str, Any], client: Any, respond: Any, context: Any, decide: Any, said: str) -> None:
    """Run the chair's decision as the member who clicked; tell them privately what was done."""
    services = context["services"]
    with services.db.unit_of_work() as reg:
        action = decide(reg, caller(reg, client, user_id(body)), services.now())
        ref = f"*{format_ref(action.board.code, action.number)}* {escape_mrkdwn(action.what)}"
        due = f"{action.due_date:%-d %B %Y}" if action.due_date else ""
    respond(replace_original=False, response_type="ephemeral", **blocks.notice(said.format(ref=ref, due=due)))


def close_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                  context: Any) -> None:
    ack()
    ref = str(action.get("value", ""))
    _answer(body, client, respond, context, lambda reg, me, now: close_carried(reg, ref, by=me, now=now),
            ":white_check_mark: Closed: {ref}. It leaves the matters arising.")


def keep_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                 context: Any) -> None:
    ack()
    ref = str(action.get("value", ""))
    _answer(body, client, respond, context, lambda reg, me, now: keep_carried(reg, ref, by=me, now=now),
            ":pushpin: Kept as it is: {ref}. I'll ask again if it is carried as many meetings more.")


def redate_picked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                  context: Any) -> None:
    ack()
    try:
        chosen = date.fromisoformat(str(action.get("selected_date")))
    except ValueError:
        raise BadInput("Pick a date from the calendar.") from None
    block_id = str(action.get("block_id", ""))
    ref = block_id.split(":", 1)[1] if block_id.startswith("carry:") else ""
    _answer(body, client, respond, context,
            lambda reg, me, now: redate_carried(reg, ref, by=me, now=now, due=chosen),
            ":calendar: Re-dated to {due}: {ref}.")
