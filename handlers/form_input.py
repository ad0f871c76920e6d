"""Reading what someone typed or picked in a modal (view_submission state). Input arrives raw."""

from __future__ import annotations

from typing import Any


def form_values(body: dict[str, Any]) -> dict[str, Any]:
    """The submitted view's `state.values`, or {} when the payload has none."""
    values = body.get("view", {}).get("state", {}).get("values", {})
    return values if isinstance(values, dict) else {}


def form_field(values: dict[str, Any], block: str) -> dict[str, Any]:
    """The state of the input in `block` (its element's action id is "value"); {} when missing or malformed."""
    element = values.get(block, {}).get("value") if isinstance(values.get(block), dict) else None
    return element if isinstance(element, dict) else {}


def iso_value(kind: Any, raw: Any) -> Any:
    """A date or time picker's ISO string as a `date`/`time` (`kind`), or None when absent or invalid."""
    try:
        return kind.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return None
