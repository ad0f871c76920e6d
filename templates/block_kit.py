"""Block Kit blocks as plain dicts, cut to Slack's published limits.

The hot paths (/myactions, the action log) build their replies here: slack_sdk's
model objects re-validate on every `to_dict()`, which cost half of a /myactions
reply (docs/benchmarks.md). The tests hold every message to slack_sdk's
validation instead, and these builders keep each field within Slack's limits.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Interaction ids shared by every message that carries these buttons and the listeners for them.
DONE = "action_done"
ADD_UPDATE = "action_add_update"
SNOOZE = "action_snooze"
NEW_DATE = "action_new_date"
ON_TRACK = "action_on_track"

SECTION_TEXT = 3000
HEADER_TEXT = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
BLOCK_ID = 255


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def section(mrkdwn: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(mrkdwn, SECTION_TEXT) or " "}}


def context(mrkdwn: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(mrkdwn, SECTION_TEXT)}]}


def header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": _cut(text, HEADER_TEXT), "emoji": True}}


def divider() -> dict[str, Any]:
    return {"type": "divider"}


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    element = {"type": "button", "action_id": action_id, "value": value[:BUTTON_VALUE],
               "text": {"type": "plain_text", "text": _cut(text, BUTTON_TEXT), "emoji": True}}
    if style:
        element["style"] = style
    return element


def confirm(title: str, text: str, yes: str, no: str = "Go back") -> dict[str, Any]:
    """Slack's confirmation dialog for a button that does something hard to undo."""
    def plain(words: str, limit: int) -> dict[str, Any]:
        return {"type": "plain_text", "text": _cut(words, limit), "emoji": True}

    return {"title": plain(title, 100), "text": plain(text, 300), "confirm": plain(yes, 30), "deny": plain(no, 30),
            "style": "danger"}


def actions(block_id: str, *elements: dict[str, Any]) -> dict[str, Any]:
    return {"type": "actions", "block_id": block_id[:BLOCK_ID], "elements": list(elements)}


def datepicker(action_id: str, placeholder: str) -> dict[str, Any]:
    return {"type": "datepicker", "action_id": action_id,
            "placeholder": {"type": "plain_text", "text": _cut(placeholder, BUTTON_TEXT)}}


def sections(lines: Iterable[str], limit: int = SECTION_TEXT - 100) -> list[dict[str, Any]]:
    """Lines packed into as few section blocks as fit, never splitting a line (nor a mention in it)."""
    pieces, current = [], ""
    for line in lines:
        line = line[:limit]
        if current and len(current) + len(line) + 1 > limit:
            pieces.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    return [section(piece) for piece in ([*pieces, current] if current else pieces)]


def text_message(text: str) -> dict[str, Any]:
    """A long mrkdwn text as a message: sections split at line ends, its start as the fallback."""
    return {"text": _cut(text, SECTION_TEXT), "blocks": sections(text.split("\n"))[:45]}
