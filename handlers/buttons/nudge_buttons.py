"""Answering a reminder: Snooze a week, New date; and the same in words in a direct message."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from domain.actions import change_due, complete_action, report_on_track, snooze_action
from domain.errors import BadInput
from domain.refs import format_ref
from handlers import blocks
from handlers.errors import after_ack, explain
from handlers.services import caller
from templates import escape_mrkdwn

WORDS = re.compile(r"^\s*(done|snooze)\s+([A-Za-z][A-Za-z0-9]{0,11}-\d{1,9})\b\s*(.*)$", re.IGNORECASE | re.DOTALL)


def _ref_of_block(block_id: str) -> str:
    return block_id.split(":", 1)[1] if block_id.startswith("nudge:") else ""


@after_ack
def snooze_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                   context: Any) -> None:
    ack()
    services = context["services"]
    with services.db.unit_of_work() as reg:
        snoozed = snooze_action(reg, str(action.get("value", "")), by=caller(reg, client, body["user"]["id"]),
                                now=services.now())
        line = (f":zzz: *{format_ref(snoozed.board.code, snoozed.number)}*: reminders paused until "
                f"{snoozed.snoozed_until:%A %-d %B}; still due {snoozed.due_date:%-d %B %Y}.")
    respond(replace_original=False, response_type="ephemeral", **blocks.notice(line))


@after_ack
def on_track_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                     context: Any) -> None:
    ack()
    services = context["services"]
    with services.db.unit_of_work() as reg:
        marked = report_on_track(reg, str(action.get("value", "")), by=caller(reg, client, body["user"]["id"]),
                                 now=services.now())
        line = f":large_green_circle: *{format_ref(marked.board.code, marked.number)}* is on track; noted for matters arising."
    respond(replace_original=False, response_type="ephemeral", **blocks.notice(line))


@after_ack
def new_date_picked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                    context: Any) -> None:
    ack()
    services = context["services"]
    try:
        chosen = date.fromisoformat(str(action.get("selected_date")))
    except ValueError:
        raise BadInput("Pick a date from the calendar.") from None
    with services.db.unit_of_work() as reg:
        moved = change_due(reg, _ref_of_block(str(action.get("block_id", ""))),
                           by=caller(reg, client, body["user"]["id"]), now=services.now(), due=chosen)
        line = f":calendar: *{format_ref(moved.board.code, moved.number)}* is now due {chosen:%A %-d %B %Y}."
    respond(replace_original=False, response_type="ephemeral", **blocks.notice(line))


def direct_message(message: dict[str, Any], say: Any, client: Any, context: Any) -> None:
    """"done CPSRB-7 [note]" or "snooze CPSRB-7", typed in the bot's direct messages."""
    if message.get("channel_type") != "im" or message.get("bot_id") or message.get("subtype"):
        return
    match = WORDS.match(message.get("text") or "")
    if match is None:
        say(**blocks.notice("I understand `done CPSRB-7` and `snooze CPSRB-7` here; `/myactions` lists yours."))
        return
    verb, ref, note = match[1].lower(), match[2], match[3].strip()
    services = context["services"]
    try:
        with services.db.unit_of_work() as reg:
            me = caller(reg, client, message["user"])
            if verb == "done":
                action, changed = complete_action(reg, ref, by=me, now=services.now(), note=note or None)
                line = f":white_check_mark: *{ref.upper()}* {escape_mrkdwn(action.what)} is done." if changed \
                    else f"*{ref.upper()}* was already done."
            else:
                action = snooze_action(reg, ref, by=me, now=services.now())
                line = f":zzz: *{ref.upper()}*: reminders paused until {action.snoozed_until:%A %-d %B}."
    except Exception as error:  # noqa: BLE001 - every failure gets its one friendly line
        line = explain(error, message)
    say(**blocks.notice(line))
