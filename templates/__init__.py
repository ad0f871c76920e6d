"""One Jinja2 environment for every message the bot writes, escaping for Slack mrkdwn by default.

Whatever a template prints is escaped (`&`, `<`, `>`), so text from a person or a
file can never ping a channel or forge a link. The only markup that passes is
built by the `mention` and `link` filters, which check their input first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

_SLACK_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,30}$")
_SLACK_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,30}$")


class Trusted(str):
    """mrkdwn built by this module from checked parts; printed as it is."""


def escape_mrkdwn(text: str) -> str:
    """Slack's three control characters, escaped as Slack asks."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _finalize(value: Any) -> str:
    if isinstance(value, Trusted):
        return value
    return escape_mrkdwn("" if value is None else str(value))


def mention(slack_id: str | None, fallback: str = "") -> str:
    """`<@U…>` for a well-formed user id; otherwise the fallback name, escaped."""
    if slack_id and _SLACK_USER_ID.match(slack_id):
        return Trusted(f"<@{slack_id}>")
    return Trusted(escape_mrkdwn(fallback))


def mentions(owners: Any, fallback: str = "") -> str:
    """Several people as one run of mrkdwn, "<@U1> and Ifeoma Nwosu": each a mention when their Slack id is
    well formed, else their name escaped. `owners` are (name, slack id, …) pairs, the first-named first
    (domain.joint_owners.Owner); with none, the fallback escaped."""
    people = [mention(slack_id, name) for name, slack_id, *_ in owners or ()]
    if not people:
        return Trusted(escape_mrkdwn(fallback))
    return Trusted(people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1])


def channel(channel_id: str | None, fallback: str = "") -> str:
    """`<#C…>` for a well-formed channel id; otherwise the fallback, escaped."""
    if channel_id and _SLACK_CHANNEL_ID.match(channel_id):
        return Trusted(f"<#{channel_id}>")
    return Trusted(escape_mrkdwn(fallback))


def link(url: str, label: str) -> str:
    """`<url|label>` for an http(s) URL with no characters that could break out of it."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc and not re.search(r"[<>|\s]", url):
        return Trusted(f"<{url}|{escape_mrkdwn(label).replace('|', '¦')}>")
    return Trusted(escape_mrkdwn(label))


environment = Environment(
    loader=FileSystemLoader(Path(__file__).parent),
    undefined=StrictUndefined,
    finalize=_finalize,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
    auto_reload=False,  # templates ship with the code: no stat() of the file on every render
)
def counted(count: int, singular: str, plural: str | None = None) -> str:
    """A count with its noun agreeing: "1 apology", "3 apologies", "0 decisions"."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


environment.filters.update(mention=mention, mentions=mentions, channel=channel, link=link, counted=counted)


def render(name: str, **context: Any) -> str:
    """The named template (`templates/NAME.j2`) rendered with the context, trimmed."""
    return environment.get_template(f"{name}.j2").render(**context).strip()
