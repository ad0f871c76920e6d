"""Answering a reminder: Snooze a week, New date; and the same in words in a direct message."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from domain.actions import board_today, change_due, complete_action, report_on_track, snooze_action
from domain.dates import day_words
from domain.errors import BadInput
from domain.refs import format_ref
from handlers import blocks
from handlers.errors import explain
from handlers.form_input import user_id
from handlers.services import caller
from templates import escape_mrkdwn

WORDS = re.compile(r"^\s*(done|snooze)\s+([A-Za-z][A-Za-z0-9]{0,11}-\d{1,9})\b\s*(.*)$", re.IGNORECASE | re.DOTALL)


def _ref_of_block(block_id: str) -> str:
    return block_id.split(":", 1)[1] if block_id.startswith("nudge:") else ""


def _answer(body: dict[str, Any], client: Any, respond: Any, context: Any,
            change: Callable[[Any, Any, Any], str]) -> None:
    """Run `change(reg, member, now)` as the member who clicked, and tell them its line privately."""
    services = context["services"]
    with services.db.unit_of_work() as reg:
        line = change(reg, caller(reg, client, user_id(body)), services.now())
    respond(replace_original=False, response_type="ephemeral", **blocks.notice(line))


def _snoozed_line(action: Any, now: datetime) -> str:
    today = board_today(action.board, now)
    due = f"; still due {day_words(action.due_date, today, long=True)}" if action.due_date else ""
    return (f":zzz: *{format_ref(action.board.code, action.number)}*: reminders paused until "
            f"{day_words(action.snoozed_until, today, long=True)}{due}.")


def snooze_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                   context: Any) -> None:
    ack()
    ref = str(action.get("value", ""))
    _answer(body, client, respond, context,
            lambda reg, me, now: _snoozed_line(snooze_action(reg, ref, by=me, now=now), now))


def on_track_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                     context: Any) -> None:
    ack()
    ref = str(action.get("value", ""))

    def mark(reg: Any, me: Any, now: Any) -> str:
        marked = report_on_track(reg, ref, by=me, now=now)
        return f":large_green_circle: *{format_ref(marked.board.code, marked.number)}* is on track; noted for matters arising."

    _answer(body, client, respond, context, mark)


def new_date_picked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                    context: Any) -> None:
    ack()
    try:
        chosen = date.fromisoformat(str(action.get("selected_date")))
    except ValueError:
        raise BadInput("Pick a date from the calendar.") from None
    ref = _ref_of_block(str(action.get("block_id", "")))

    def move(reg: Any, me: Any, now: Any) -> str:
        moved = change_due(reg, ref, by=me, now=now, due=chosen)
        return f":calendar: *{format_ref(moved.board.code, moved.number)}* is now due {chosen:%A %-d %B %Y}."

    _answer(body, client, respond, context, move)


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
                line = _snoozed_line(snooze_action(reg, ref, by=me, now=services.now()), services.now())
    except Exception as error:  # noqa: BLE001 - every failure gets its one friendly line
        line = explain(error, message)
    say(**blocks.notice(line))
