"""Adaptive Cards (schema 1.5) for Teams, rendered from the laid-out documents of messages.document.

Text from people and files is never read as markup here: every run of it is a
RichTextBlock `TextRun`, which Teams shows as it is (no markdown, no `<at>`
mentions, no links). The only markdown the bot writes is the activity's `text`
fallback, where `escape_markdown` makes every character literal. Buttons are
`Action.Execute` with a verb from messages.VERBS and `{"ref": …}` as their data; a
date button sends the picked date as the input `date_input(ref)`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from domain.actions import ActionView
from messages import Message
from messages.compose import board_log, document, my_actions, notice
from messages.document import Button, Controls, DatePick, Document, Heading, Line, Link, Run

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
# Teams refuses a message over about 28 KB; a card stays under 24 KB so the activity around it fits.
CARD_BYTES = 24 * 1024
TEXT_LIMIT = 2000  # one run of text; longer ones are cut (an action's words are at most 1,000)
_MARKDOWN = re.compile(r"([\\`*_\[\]~])")


def escape_markdown(text: str) -> str:
    """Text for a markdown field, shown literally: markup characters backslash-escaped, `<`, `>` and `&`
    as entities, so it can neither format, link nor forge an `<at>` mention."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", text)


def date_input(ref: str) -> str:
    """The id of the date input beside an action's New date button."""
    return f"date:{ref}"


def _cut(text: str, limit: int = TEXT_LIMIT) -> str:
    text = text.replace("\x00", "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _run(run: Run | Link) -> dict[str, Any]:
    if isinstance(run, Link):
        # Links are the bot's own (calendar feeds), checked where they are made; the label is ours too.
        return {"type": "TextRun", "text": _cut(run.label, 100), "selectAction": {"type": "Action.OpenUrl",
                                                                                   "url": run.url}}
    out: dict[str, Any] = {"type": "TextRun", "text": _cut(run.text)}
    if run.strong:
        out["weight"] = "Bolder"
    if run.quiet:
        out["italic"] = True
    return out


def _line(line: Line) -> dict[str, Any]:
    runs = [_run(r) for r in line.runs if not isinstance(r, Run) or r.text]
    if line.bullet:
        runs.insert(0, {"type": "TextRun", "text": "•  "})
    block: dict[str, Any] = {"type": "RichTextBlock", "inlines": runs or [{"type": "TextRun", "text": " "}]}
    if line.small:
        for run in block["inlines"]:
            run.update(size="Small", isSubtle=True)
        block["spacing"] = "None"
    return block


def _heading(heading: Heading) -> dict[str, Any]:
    return {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": _cut(heading.text, 300),
                                                  "size": "Medium", "weight": "Bolder"}]}


def execute(title: str, verb: str, data: dict[str, Any], *, primary: bool = False) -> dict[str, Any]:
    action: dict[str, Any] = {"type": "Action.Execute", "title": _cut(title, 60), "verb": verb, "data": data}
    if primary:
        action["style"] = "positive"
    return action


def _controls(controls: Controls) -> list[dict[str, Any]]:
    buttons = [execute(b.label, b.verb, {"ref": b.ref}, primary=b.primary)
               for b in controls.items if isinstance(b, Button)]
    out: list[dict[str, Any]] = [{"type": "ActionSet", "actions": buttons}] if buttons else []
    for pick in (c for c in controls.items if isinstance(c, DatePick)):
        out.append({"type": "ColumnSet", "columns": [
            {"type": "Column", "width": "stretch", "items": [
                {"type": "Input.Date", "id": date_input(pick.ref), "label": _cut(pick.label, 60)}]},
            {"type": "Column", "width": "auto", "verticalContentAlignment": "Bottom", "items": [
                {"type": "ActionSet", "actions": [execute("Set date", pick.verb, {"ref": pick.ref})]}]},
        ]})
    out[0]["separator"] = True
    return out


def _body(blocks: Sequence[Any]) -> list[dict[str, Any]]:
    body: list[dict[str, Any]] = []
    for block in blocks:
        if isinstance(block, Heading):
            body.append(_heading(block))
        elif isinstance(block, Line):
            body.append(_line(block))
        elif isinstance(block, Controls) and block.items:
            body += _controls(block)
    return body


def card(doc: Document, *, actions: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """The document as an Adaptive Card 1.5; trailing blocks are dropped (and said so) to keep it small."""
    blocks = list(doc.blocks)
    while True:
        content: dict[str, Any] = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION,
                                   "fallbackText": escape_markdown(_cut(doc.summary, 500)),
                                   "body": _body(blocks) or [_line(Line((Run(doc.summary),)))]}
        if actions:
            content["actions"] = list(actions)
        if len(json.dumps(content, ensure_ascii=False).encode()) <= CARD_BYTES or len(blocks) <= 1:
            return content
        blocks = blocks[: max(1, len(blocks) * 3 // 4)]
        blocks.append(Line((Run("…and more than fits in one card.", quiet=True),), small=True))


def activity(doc: Document, **card_options: Any) -> dict[str, Any]:
    """A message activity: the escaped gist as text (notifications show it) and the card."""
    return {"type": "message", "text": escape_markdown(_cut(doc.summary, 1000)),
            "attachments": [{"contentType": CARD_TYPE, "content": card(doc, **card_options)}]}


def card_activity(content: dict[str, Any]) -> dict[str, Any]:
    """A message activity carrying a card already built; its text is the card's (escaped) fallback."""
    return {"type": "message", "text": content.get("fallbackText", ""),
            "attachments": [{"contentType": CARD_TYPE, "content": content}]}


def activity_for(message: Message) -> dict[str, Any]:
    """A job's neutral message (nudge, digest, agenda, minutes summary, …) as a Teams activity."""
    return activity(document(message))


# The outbox key rides in every card the jobs send as the id of an empty, hidden container: valid
# Adaptive Card 1.5, invisible to the reader, and returned by Microsoft Graph with the message.
OUTBOX_KEY_ID = "matters-arising-outbox:"


def with_outbox_key(activity: dict[str, Any], key: str) -> dict[str, Any]:
    """The activity with `key` carried in each of its Adaptive Cards, for teams.history to find."""
    if not activity.get("attachments"):
        return activity
    marked = dict(activity)
    marked["attachments"] = [
        {**a, "content": {**a["content"], "body": [*a["content"].get("body", []),
                                                   {"type": "Container", "id": OUTBOX_KEY_ID + key,
                                                    "isVisible": False, "items": []}]}}
        if a.get("contentType") == CARD_TYPE and isinstance(a.get("content"), dict) else a
        for a in activity.get("attachments") or []]
    return marked


def outbox_key_of(card: dict[str, Any]) -> str | None:
    """The outbox key a card carries (with_outbox_key), if any."""
    for element in card.get("body") or []:
        if isinstance(element, dict) and str(element.get("id", "")).startswith(OUTBOX_KEY_ID):
            return str(element["id"])[len(OUTBOX_KEY_ID):]
    return None


def invoke_card(content: dict[str, Any]) -> dict[str, Any]:
    """The answer to an Action.Execute: this card replaces the one that was clicked."""
    return {"statusCode": 200, "type": CARD_TYPE, "value": content}


def my_actions_card(actions: Sequence[ActionView], notice_text: str | None = None) -> dict[str, Any]:
    return card(my_actions(actions, notice_text))


def board_log_card(board: str, actions: Sequence[ActionView], *, label: str, owner: str | None) -> dict[str, Any]:
    return card(board_log(board, actions, label=label, owner=owner))


def notice_activity(text: str) -> dict[str, Any]:
    """A one-line answer as a plain message: its text escaped, so nothing in it is markup."""
    return {"type": "message", "text": escape_markdown(_cut(text, 4000))}


def notice_card(text: str) -> dict[str, Any]:
    return card(notice(text))


def update_form(ref: str, what: str) -> dict[str, Any]:
    """Add update, inline: a note box whose Save sends verb `saveupdate` with the reference."""
    return {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION,
            "fallbackText": escape_markdown(f"Add an update to {ref}"),
            "body": [_heading(Heading(f"Add an update to {ref}")), _line(Line((Run(what),))),
                     {"type": "Input.Text", "id": "note", "label": "Update", "isMultiline": True,
                      "maxLength": 2000, "isRequired": True, "errorMessage": "Write the update first."}],
            "actions": [execute("Save", "saveupdate", {"ref": ref}, primary=True),
                        execute("Cancel", "myactions", {})]}


def new_action_form(board: str) -> dict[str, Any]:
    """Record an action, inline: who (by name on the board), what, by when; Record sends verb `newaction`."""
    return {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION,
            "fallbackText": escape_markdown(f"New action for {board}"),
            "body": [_heading(Heading(f"New action for {board}")),
                     {"type": "Input.Text", "id": "owner", "label": "Who (their name as the board knows it)",
                      "maxLength": 120, "isRequired": True, "errorMessage": "Say who."},
                     {"type": "Input.Text", "id": "what", "label": "What needs doing", "isMultiline": True,
                      "maxLength": 1000, "isRequired": True, "errorMessage": "Say what needs doing."},
                     {"type": "Input.Date", "id": "due", "label": "By when", "isRequired": True,
                      "errorMessage": "Pick a date."}],
            "actions": [execute("Record", "newaction", {}, primary=True)]}


def meeting_form(board: str, timezone: str, meeting: Any = None) -> dict[str, Any]:
    """Schedule (or, given the next meeting's view, change) a meeting, inline: Save sends verb `meetingsave`."""
    known = meeting is not None and meeting.time_known
    title = f"Change the next meeting of {board}" if meeting else f"New meeting of {board}"

    def value(text: str | None) -> dict[str, Any]:
        return {"value": text} if text else {}

    return {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "fallbackText": escape_markdown(title),
            "body": [_heading(Heading(title)),
                     {"type": "Input.Date", "id": "date", "label": "Date", "isRequired": True,
                      "errorMessage": "Pick the meeting's date.",
                      **value(f"{meeting.starts:%Y-%m-%d}" if meeting else None)},
                     {"type": "Input.Time", "id": "start", "label": f"Starts ({timezone} time)", "isRequired": True,
                      "errorMessage": "Pick the time it starts.",
                      **value(f"{meeting.starts:%H:%M}" if known else None)},
                     {"type": "Input.Time", "id": "end", "label": "Ends",
                      **value(f"{meeting.ends:%H:%M}" if meeting is not None and meeting.ends else None)},
                     {"type": "Input.Text", "id": "venue", "label": "Venue", "maxLength": 200,
                      **value(meeting.venue if meeting else None)},
                     {"type": "Input.Text", "id": "theme", "label": "Theme", "maxLength": 200,
                      **value(meeting.theme if meeting else None)}],
            "actions": [execute("Save", "meetingsave", {"meeting": meeting.id if meeting else None}, primary=True)]}


def cancel_meeting_card(board: str, when: str, meeting_id: int) -> dict[str, Any]:
    """Asks the chair or secretary to confirm cancelling the next meeting: "Cancel the meeting" sends verb
    `meetingcancel` with the meeting's id (the invoke checks again who asks and that it is still on);
    "Keep it" sends `meetingkeep`, which changes nothing."""
    title = f"Cancel the meeting of {board} on {when}?"
    return {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "fallbackText": escape_markdown(title),
            "body": [_heading(Heading(title)),
                     _line(Line((Run("The meeting will be cancelled, and calendars will show it cancelled."),)))],
            "actions": [{**execute("Cancel the meeting", "meetingcancel", {"meeting": meeting_id}),
                         "style": "destructive"},
                        execute("Keep it", "meetingkeep", {"meeting": meeting_id})]}
