"""Groups that own actions ("Group Leads", "All partners": an owner named as words, with no member), and
the lead a board's chair or secretary may name for one.

Who answers for an action is one rule, `answerer_id`: its owner; for a group's action, the group's named
lead on that board; else the board's secretary. Nudges (light rows) and the agenda's update requests
(loaded actions) both ask it.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from domain.boards import join
from domain.errors import BadInput, NotAllowed
from domain.permissions import runs_board

MAX_GROUP = 120
QUOTES = "\"'“”‘’«»"
_AROUND = string.punctuation + string.whitespace + QUOTES + "\u00a0"

Leads = Mapping[tuple[int, str], int]  # (board id, group key) -> the lead's member id


def group_key(text: str | None) -> str:
    """A group's name as it is matched: case ignored, surrounding punctuation and spaces dropped, inner
    spaces single. "Group Leads", "group leads." and "(GROUP  LEADS)" are one group."""
    return " ".join((text or "").strip(_AROUND).split()).casefold()


def answerer_id(owner_id: int | None, owner_text: str | None, board_id: int, secretary_id: int | None,
                leads: Leads) -> int | None:
    """Who answers for an action (is nudged, and asked for its update before the agenda): its owner; for
    one a group owns, the lead the board named for that group; else the board's secretary."""
    if owner_id is not None:
        return owner_id
    return leads.get((board_id, group_key(owner_text))) or secretary_id


def answerable(action: Any, people: Mapping[int, Any], leads: Leads) -> Any | None:
    """`answerer_id` for a loaded action: the member, from its owner or `people` (members by id)."""
    if action.owner is not None:
        return action.owner
    chosen = answerer_id(None, action.owner_text, action.board_id, action.board.secretary_id, leads)
    return people.get(chosen) if chosen is not None else None


def split_group(text: str) -> tuple[str, str]:
    """`"Group Leads" @someone` as (the group's name, what follows). The name is quoted, as it may hold
    spaces; a name without quotes is refused with an example."""
    text = text.strip()
    if not text or text[0] not in QUOTES:
        raise BadInput('Put the group\'s name in quotes: board lead "Group Leads" @someone '
                       '(or none, to take the lead away).')
    closing = next((i for i in range(1, len(text)) if text[i] in QUOTES), None)
    if closing is None:
        raise BadInput("The group's name has no closing quote.")
    name, rest = " ".join(text[1:closing].split()), text[closing + 1:].strip()
    if not group_key(name):
        raise BadInput("Say which group: board lead \"Group Leads\" @someone.")
    if len(name) > MAX_GROUP:
        raise BadInput(f"A group's name can be at most {MAX_GROUP} characters.")
    return name, rest


def name_group_lead(reg: Any, board: Any, *, caller: Any | None, group: str, member: Any | None) -> str:
    """The chair or secretary names `member` the lead of `group` on the board (None takes the lead away).
    Returns the group's name as the board's actions write it, when one does."""
    if caller is None or not runs_board(board, caller.id):
        raise NotAllowed("Only the board's chair or secretary can name a group's lead.")
    key = group_key(group)
    written = next((text for text in reg.group_owner_texts(board.id) if group_key(text) == key), None)
    shown = " ".join((written or group).strip(_AROUND).split())
    if member is not None:
        join(reg, board, member)
    reg.set_group_lead(board.id, key, shown, member.id if member is not None else None)
    return shown
