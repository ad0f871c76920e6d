"""Checks that a message or view is what Slack accepts: slack_sdk's Block Kit models parse and
validate it, and a message always has a plain-text fallback."""

from __future__ import annotations

import re
from typing import Any

from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

# Markup the bot may send only when it built it itself: these must never come from a person's text.
DANGEROUS = re.compile(r"<!(channel|here|everyone|subteam\^[^>]*)>|<https?://[^>]*>|<@(?!U0)[^>]*>")


def assert_valid_message(payload: dict[str, Any]) -> None:
    assert isinstance(payload.get("text"), str) and payload["text"].strip(), f"no text fallback: {payload}"
    for raw in payload.get("blocks") or []:
        block = Block.parse(raw)
        assert block is not None, f"not a block: {raw}"
        block.to_dict()  # raises SlackObjectFormationError when a limit is broken


def assert_valid_view(view: dict[str, Any]) -> None:
    View(**view).to_dict()


def every_text(payload: Any) -> list[str]:
    """Every string inside a message payload, for checks on what a person could see."""
    if isinstance(payload, str):
        return [payload]
    if isinstance(payload, dict):
        return [t for v in payload.values() for t in every_text(v)]
    if isinstance(payload, list):
        return [t for v in payload for t in every_text(v)]
    return []
