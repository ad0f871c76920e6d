"""Text as Slack delivers it, turned back into what the person typed.

Slash-command text arrives with `&`, `<` and `>` escaped and with mentions,
channels and links as `<…>` markup; modal input and files arrive raw. Stored
text is always the raw form, and templates escape it once on the way out.
"""

from __future__ import annotations

import re

_MARKUP = re.compile(r"<([@#!])?([^<>|]*)(?:\|([^<>]*))?>")
_USER_MENTION = re.compile(r"^<@([UW][A-Z0-9]{2,30})(?:\|[^<>]*)?>")


def _readable(match: re.Match[str]) -> str:
    sigil, target, label = match[1], match[2], match[3]
    if sigil == "@":
        return f"@{label or target}"
    if sigil == "#":
        return f"#{label or target}"
    if sigil == "!":
        special = target.split("^")[0]
        return label or f"@{special}"
    return f"{label} ({target})" if label and label != target else target


def plain_text(command_text: str) -> str:
    """What the person typed: markup shown as they saw it, entities decoded once, and no NUL characters
    (they show as nothing, and PostgreSQL refuses text that holds them)."""
    readable = _MARKUP.sub(_readable, command_text.replace("\x00", ""))
    return readable.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def leading_user(command_text: str) -> tuple[str | None, str]:
    """The user id of a mention at the start of the text, and the rest of the text."""
    match = _USER_MENTION.match(command_text.strip())
    if not match:
        return None, command_text.strip()
    return match[1], command_text.strip()[match.end():].strip()
