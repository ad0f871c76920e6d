"""Slack's rendering of the neutral messages the sweeps and announcements send (messages.Message).

Templates write the mrkdwn; templates/block_kit.py lays it out within Slack's limits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from messages import (
    AGENDA,
    AGENDA_INVITATION,
    AGENDA_UPDATE,
    DIGEST,
    MEETING_CHANGE,
    MINUTES_SUMMARY,
    NUDGE,
    UNREACHABLE,
    UPDATE_REQUEST,
    Message,
)
from templates import block_kit as kit
from templates import escape_mrkdwn, render
from templates.block_kit import ADD_UPDATE, DONE, NEW_DATE, ON_TRACK, SNOOZE

MAX_NUDGED = 20  # three blocks an action keeps a reminder under Slack's 50 blocks
MAX_REQUESTED = 15


def _nudge(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    to_chair = items[0]["to_chair"]
    blocks = [kit.section(render("nudge", items=items, to_chair=to_chair))]
    for item in items[:MAX_NUDGED]:
        blocks.append(kit.section(render("nudge_item", i=item, to_chair=to_chair)))
        if not to_chair:
            ref = item["ref"]
            blocks.append(kit.actions(f"nudge:{ref}", kit.button(f"Done {ref}", DONE, ref, style="primary"),
                                      kit.button("Snooze a week", SNOOZE, ref),
                                      kit.datepicker(NEW_DATE, "New date"),
                                      kit.button("Add update", ADD_UPDATE, ref)))
    fallback = "; ".join(f"{i['ref']} {i['what']} ({i['due_words']})" for i in items)
    return {"text": escape_mrkdwn(f"Reminder: {fallback}")[:3000], "blocks": blocks[:50]}


def _digest(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return kit.text_message(render("digest", **items[0]))


def _agenda(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return kit.text_message(render("agenda", **items[0]))


def _agenda_update(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    text = render("agenda_update", items=items)
    return {"text": text, "blocks": [kit.section(text)]}


def _invitation(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    text = render("agenda_invitation", **items[0])
    return {"text": text, "blocks": [kit.section(text)]}


def _update_request(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    blocks = [kit.section(render("update_request", count=len(items), board=items[0]["board"],
                                 when=items[0]["when"]))]
    for item in items[:MAX_REQUESTED]:
        ref = item["ref"]
        blocks += [kit.section(render("nudge_item", i=item, to_chair=False)),
                   kit.actions(f"nudge:{ref}", kit.button("On track", ON_TRACK, ref),
                               kit.button(f"Done {ref}", DONE, ref, style="primary"),
                               kit.datepicker(NEW_DATE, "Delayed: new date"),
                               kit.button("Add note", ADD_UPDATE, ref))]
    return {"text": render("update_request", count=len(items), board=items[0]["board"], when=items[0]["when"]),
            "blocks": blocks[:50]}


def _summary(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return kit.text_message(render("minutes_summary", **items[0]))


def _unreachable(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    item = items[0]
    text = (f":warning: I couldn't reach {escape_mrkdwn(item['label'] or 'a member')} "
            f"({escape_mrkdwn(item['reason'])}), "
            "so they are not getting their reminders. Please check how they can be reached.")
    return {"text": text, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]}


def _meeting_change(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    text = render("meeting_posted", **items[0])
    return {"text": text[:3000] or " ", "blocks": [kit.section(text)]}


RENDERERS: dict[str, Callable[[Sequence[Any]], dict[str, Any]]] = {
    NUDGE: _nudge, DIGEST: _digest, AGENDA: _agenda, AGENDA_UPDATE: _agenda_update,
    AGENDA_INVITATION: _invitation, UPDATE_REQUEST: _update_request, MINUTES_SUMMARY: _summary,
    UNREACHABLE: _unreachable, MEETING_CHANGE: _meeting_change,
}


def slack_message(message: Message) -> dict[str, Any]:
    """The message as Slack's chat.postMessage arguments: fallback text and blocks."""
    return RENDERERS[message.kind](message.items)
