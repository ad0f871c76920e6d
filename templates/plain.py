"""Slack mrkdwn as plain text, for the places that are not Slack: the console and e-mail."""

from __future__ import annotations

import re
from collections.abc import Callable

_MARKUP = re.compile(r"<([@#!])?([^<>|]*)(?:\|([^<>]*))?>")
_EMOJI = {":white_check_mark:": "✓", ":warning:": "⚠", ":pushpin:": "📌", ":tada:": "🎉",
          ":information_source:": "ℹ", ":link:": "🔗", ":spiral_note_pad:": "🗒", ":inbox_tray:": "📥",
          ":wave:": "👋", ":bar_chart:": "📊", ":memo:": "📝", ":calendar:": "📅", ":zzz:": "💤",
          ":x:": "✗", ":clipboard:": "📋", ":rotating_light:": "🚨", ":large_green_circle:": "🟢",
          ":wastebasket:": "🗑", ":date:": "📆", ":hourglass:": "⌛", ":hourglass_flowing_sand:": "⏳",
          ":page_facing_up:": "📄"}
# An emoji with no plain equivalent goes, with the space after it.
_OTHER_EMOJI = re.compile(r":[a-z0-9_+-]+: ?")
_ITALIC = re.compile(r"(?<![\w])_([^_\n]+)_(?![\w])")


def unformatted(mrkdwn: str, name_of: Callable[[str], str | None] = lambda _: None) -> str:
    """Markup as words (mentions by name where `name_of` knows the id), emoji as symbols,
    emphasis dropped, the three escaped characters decoded."""

    def readable(match: re.Match[str]) -> str:
        sigil, target, label = match[1], match[2], match[3]
        if sigil == "@":
            return "@" + (name_of(target) or label or "a member")
        if sigil == "#":
            return "#" + (label or "this-channel")
        if sigil == "!":
            return "@" + (label or target).lstrip("@")
        return f"{label} ({target})" if label else target

    text = _MARKUP.sub(readable, mrkdwn)
    for code, symbol in _EMOJI.items():
        text = text.replace(code, symbol)
    text = _ITALIC.sub(r"\1", _OTHER_EMOJI.sub("", text))
    return text.replace("*", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
