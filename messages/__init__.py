"""What the bot says, before any chat platform's markup: a kind and the plain items it tells.

The sweeps in jobs/ and the chat adapters build `Message`s; each front end renders
them its own way (Slack Block Kit in handlers/job_messages.py, Teams Adaptive
Cards in teams/cards.py, e-mail and previews through messages.document and
messages.text). Nothing here knows a chat platform.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The kinds of message the sweeps and announcements send.
NUDGE = "nudge"  # items: reminders, all to the owner or all to the chair (item["to_chair"])
DIGEST = "digest"  # one item: the board's week of exceptions
AGENDA = "agenda"  # one item: the whole agenda (also a substitute's copy, and `agenda` in chat)
AGENDA_UPDATE = "agenda-update"  # items: agenda items accepted after the agenda went out
AGENDA_INVITATION = "agenda-invitation"  # one item: the call for items and apologies
UPDATE_REQUEST = "update-request"  # items: an owner's open actions before the agenda deadline
MINUTES_SUMMARY = "minutes-summary"  # one item: a meeting's decisions, actions and next meeting
UNREACHABLE = "unreachable"  # one item: {"label", "reason"} for the secretary
MEETING_CHANGE = "meeting-change"  # one item: a new, moved or cancelled meeting

KINDS = (NUDGE, DIGEST, AGENDA, AGENDA_UPDATE, AGENDA_INVITATION, UPDATE_REQUEST, MINUTES_SUMMARY,
         UNREACHABLE, MEETING_CHANGE)

# What a button asks for, the same on every platform (Teams sends it back as an Action.Execute verb).
DONE = "done"
SNOOZE = "snooze"
NEW_DATE = "newdate"
ADD_UPDATE = "addupdate"
ON_TRACK = "ontrack"
VERBS = (DONE, SNOOZE, NEW_DATE, ADD_UPDATE, ON_TRACK)


@dataclass(frozen=True)
class Message:
    """One message to send: its kind and the items it tells, as plain data."""

    kind: str
    items: tuple[Any, ...]

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown message kind {self.kind!r}")
        if not self.items:
            raise ValueError("a message tells at least one item")


def message(kind: str, items: list[Any] | tuple[Any, ...]) -> Message:
    return Message(kind, tuple(items))
