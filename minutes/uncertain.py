"""What a reading could not place, for the person importing to fix first: an action with
no owner, a date that could not be read, a name that matches nobody on the board."""

from __future__ import annotations

import re
from collections.abc import Iterable

from domain.owner_match import OwnerIndex
from minutes.model import Minutes

# Due words that are not dates and are not meant to be: nothing is missing when they stand alone.
_NOT_A_DATE = re.compile(
    r"^(?:asap|as soon as possible|ongoing|on-going|immediate(?:ly)?|n/?a|tbc|tbd|complete[d]?|done|closed"
    r"|next meeting|(?:by|before|at|for) (?:the )?next meeting|in progress|open|rolling|continuous)\.?$",
    re.IGNORECASE,
)


def unmatched_owners(minutes: Minutes, member_names: Iterable[str] = ()) -> list[str]:
    """The actions' owners that name no member of the board nor anyone the minutes list, as
    recording matches them (domain.owner_match). Roles and teams ("the housing team") are listed
    too: recording keeps them as written."""
    return _unmatched(minutes, _people(minutes, member_names))


def _unmatched(minutes: Minutes, index: OwnerIndex[str]) -> list[str]:
    unmatched: list[str] = []
    for action in minutes.actions:
        who = action.who
        if who and who not in unmatched and not index.names_people(who):
            unmatched.append(who)
    return unmatched


def _people(minutes: Minutes, member_names: Iterable[str]) -> OwnerIndex[str]:
    names = [*member_names, *(p.name for p in minutes.present), *(p.name for p in minutes.apologies),
             *(p.in_place_of for p in minutes.present if p.in_place_of)]
    roles = [(p.role, p.name) for p in minutes.present if p.role]
    return OwnerIndex(((name, None, name) for name in names), roles)


def unplaced(minutes: Minutes, member_names: Iterable[str] = ()) -> list[str]:
    """One line for each thing the reading could not place, most important first."""
    lines: list[str] = []
    if minutes.date is None:
        lines.append("no meeting date could be read")
    if minutes.board is None:
        lines.append("no board name could be read")
    for action in minutes.actions:
        if not action.who:
            lines.append(f"action with no owner: {_short(action.what)}")
    for action in minutes.actions:
        if action.due_text and action.due is None and not _NOT_A_DATE.match(action.due_text.strip()):
            lines.append(f"due date not read ({action.due_text!r}): {_short(action.what)}")
    index = _people(minutes, member_names)
    for who in _unmatched(minutes, index):
        if unfound := index.unfound_parts(who):
            lines.append(f"owner names several people, kept as written ({', '.join(unfound)}: nobody matches): {who}")
        else:
            lines.append(f"owner matches nobody on the board or in the attendance: {who}")
    if minutes.next_meeting.date is None and (minutes.next_meeting.time or minutes.next_meeting.venue):
        lines.append("the next meeting's date could not be read")
    return lines


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
