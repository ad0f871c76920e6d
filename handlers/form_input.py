"""Reading what someone typed or picked in a modal (view_submission state). Input arrives raw."""

from __future__ import annotations

import re
from typing import Any

from domain.errors import BadInput

_RECORD_ID = re.compile(r"[0-9]{1,9}")  # a database id: a plain number that fits every database's integer
_CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{2,30}")


def submitted_view(body: dict[str, Any]) -> dict[str, Any]:
    """The payload's `view`, or {} when it has none (or something else in its place)."""
    view = body.get("view")
    return view if isinstance(view, dict) else {}


def private_metadata(body: dict[str, Any]) -> str:
    """The view's private_metadata string, as the bot wrote it; "" when missing or not a string."""
    raw = submitted_view(body).get("private_metadata")
    return raw if isinstance(raw, str) else ""


def channel_id(raw: Any) -> str:
    """A Slack channel id the bot wrote into a form's metadata; "" for anything else (no channel is
    called that, and PostgreSQL refuses text with NUL in it outright)."""
    return raw if isinstance(raw, str) and _CHANNEL_ID.fullmatch(raw) else ""


def user_id(body: dict[str, Any]) -> str:
    """The id of the Slack user who clicked or submitted; BadInput when the payload doesn't say."""
    user = body.get("user")
    found = user.get("id") if isinstance(user, dict) else None
    if not isinstance(found, str) or not found:
        raise BadInput("I couldn't tell who sent that. Please try again.")
    return found


def record_id(raw: Any) -> int | None:
    """A database id, as the bot wrote it into a button's value or a form's metadata; None for anything
    no row could have (a bool, zero, a negative or huge number, other scripts' digits, garbage)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw if 0 < raw < 10**9 else None
    if isinstance(raw, str) and _RECORD_ID.fullmatch(raw):
        return int(raw) or None
    return None


def form_values(body: dict[str, Any]) -> dict[str, Any]:
    """The submitted view's `state.values`, or {} when the payload has none."""
    state = submitted_view(body).get("state")
    values = state.get("values") if isinstance(state, dict) else None
    return values if isinstance(values, dict) else {}


def form_field(values: dict[str, Any], block: str) -> dict[str, Any]:
    """The state of the input in `block` (its element's action id is "value"); {} when missing or malformed."""
    element = values.get(block, {}).get("value") if isinstance(values.get(block), dict) else None
    return element if isinstance(element, dict) else {}


def typed_text(values: dict[str, Any], block: str) -> str | None:
    """What was typed in the plain-text input in `block`, without NUL characters (PostgreSQL refuses
    them); None when empty, missing or not text."""
    raw = form_field(values, block).get("value")
    return raw.replace("\x00", "") if isinstance(raw, str) else None


def iso_value(kind: Any, raw: Any) -> Any:
    """A date or time picker's ISO string as a `date`/`time` (`kind`), or None when absent or invalid."""
    try:
        return kind.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def form_title(body: dict[str, Any]) -> str:
    """The submitted form's title, to keep on the view that answers it."""
    title = submitted_view(body).get("title")
    title = title.get("text") if isinstance(title, dict) else None
    return title[:24] if isinstance(title, str) and title.strip() else "Matters Arising"
