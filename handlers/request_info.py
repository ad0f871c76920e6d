"""What a request from Slack is, and who sent it, in a few words for the logs.

Bodies come from outside, so every field is checked before it is used, and
what comes out is cut short and stripped to characters safe in a log line.
"""

from __future__ import annotations

import re
from typing import Any

_UNSAFE = re.compile(r"[^A-Za-z0-9_./:#-]")


def _clean(value: Any, limit: int = 60) -> str:
    return _UNSAFE.sub("?", value[:limit]) if isinstance(value, str) and value else "-"


def _get(body: Any, *path: Any) -> Any:
    for step in path:
        if isinstance(step, int):
            body = body[step] if isinstance(body, list) and len(body) > step else None
        else:
            body = body.get(step) if isinstance(body, dict) else None
    return body


def what(body: Any) -> str:
    """`/myactions`, `button:action_done`, `form:new_action`, `event:file_shared`, or the payload type."""
    if not isinstance(body, dict):
        return "-"
    if body.get("command"):
        return _clean(body["command"])
    kind = body.get("type")
    if kind == "block_actions":
        return f"button:{_clean(_get(body, 'actions', 0, 'action_id'))}"
    if kind in ("view_submission", "view_closed"):
        return f"form:{_clean(_get(body, 'view', 'callback_id'))}"
    if kind == "event_callback":
        return f"event:{_clean(_get(body, 'event', 'type'))}"
    return _clean(kind)


def who(body: Any) -> str:
    """The Slack user id the request is from, or `-`."""
    for path in (("user_id",), ("user", "id"), ("event", "user"), ("event", "user_id")):
        found = _get(body, *path)
        if isinstance(found, str) and found:
            return _clean(found, 20)
    return "-"


_SLACK_ID = re.compile(r"[A-Z0-9]{2,32}")


def _id(value: Any) -> bool:
    return isinstance(value, str) and _SLACK_ID.fullmatch(value) is not None


def malformed(body: Any) -> str | None:
    """Why a signed request is not one Slack would send, or None.

    Slack always names the user (and, for a command, the channel) with ids of capitals and
    digits; a request without them, or with something else in their place, is refused whole
    rather than half-read by a listener.
    """
    if not isinstance(body, dict):
        return "not an object"
    if body.get("command"):
        if not (_id(body.get("user_id")) and _id(body.get("channel_id"))):
            return "command without a user or channel id"
        if not isinstance(body.get("text", ""), str):
            return "command text is not text"
        return None
    if body.get("type") in ("block_actions", "view_submission", "block_suggestion"):
        return None if _id(_get(body, "user", "id")) else "interaction without a user id"
    if body.get("type") == "event_callback":
        event = body.get("event")
        if not isinstance(event, dict):
            return "event without an event"
        for field in ("user", "channel"):
            if field in event and not (_id(event[field]) or event[field] is None):
                return f"event with a malformed {field}"
    return None
