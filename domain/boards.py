"""Boards: setting one up in a channel, its members and their roles."""

from __future__ import annotations

import difflib
import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain.errors import BadInput, NotAllowed, NotFound, quoted
from domain.identity import ChatPerson, link, linked_id, new_member
from domain.names import name_key
from domain.permissions import may_appoint_officers, runs_board
from domain.refs import board_code

_CLOSE = 0.8  # difflib's ratio above which a new board name is taken for a typing slip
_MAX_FORMS = 60
ROLES = ("chair", "vice-chair", "member", "officer", "adviser")
MAX_NAME = 120


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(f"{quoted(name)} is not a time zone I know. Try Europe/London.") from None
    return name


def check_board_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise BadInput("Give the board a name, for example `/board setup Chorley Public Service Reform Board`.")
    if len(cleaned) > MAX_NAME:
        raise BadInput(f"That name is {len(cleaned)} characters long; keep it under {MAX_NAME}.")
    return cleaned


def join(reg: Any, board: Any, member: Any, role: str = "member") -> Any:
    """Make the member a member of the board (once), keeping any role they already have."""
    membership = reg.membership(board.id, member.id)
    return membership or reg.add_membership(board.id, member.id, role)


def save_board(
    reg: Any, name: str, *, now: datetime, timezone: str, channel_id: str | None = None
) -> tuple[Any, bool]:
    """Create the board, or update the one of that name; bind it to the channel. Returns (board, created)."""
    name = check_board_name(name)
    check_timezone(timezone)
    if channel_id and not is_board_channel(channel_id):
        raise BadInput(f"{quoted(channel_id)} is not a Slack channel id such as C0123ABCD.")
    if channel_id:
        bound = reg.board_by_channel(channel_id)
        if bound is not None and bound.name.lower() != name.lower():
            raise BadInput(f"This channel already belongs to {bound.name}.")
    board = reg.board_by_name(name)
    created = board is None
    if board is None:
        board = reg.add_board(
            name=name, code=board_code(name, reg.board_codes()), timezone=timezone, created_at=now
        )
    board.timezone = timezone if created else board.timezone
    if channel_id:
        board.channel_id = channel_id
    return board, created


def board_for_import(reg: Any, name: str, *, allow_new: bool) -> Any | None:
    """The board an import names, or None when a new one may be made of that name. A name
    that closely matches an existing board ("Chorly PSR Board") is refused naming that board,
    and a name matching none is refused too unless `allow_new`, or it is an exact new name
    with no close match."""
    name = check_board_name(name)
    board = reg.board_by_name(name)
    if board is not None:
        return board
    wanted = name.lower()
    scored = [(max(difflib.SequenceMatcher(None, wanted, form).ratio() for form in _name_forms(b.name)), b.name)
              for b in reg.boards()]
    best = max(scored, default=(0.0, ""))
    if best[0] >= _CLOSE and not allow_new:
        raise BadInput(f"no board is called “{name}”; did you mean “{best[1]}”? "
                       "Give that name, or --new-board to create a new board.")
    return None


def _name_forms(name: str) -> list[str]:
    """A board's name as people shorten it: whole, and with its middle words as initials
    ("Chorley PSR Board" for "Chorley Public Service Reform Board")."""
    words = name.split()
    forms = [name.lower()]
    for start in range(1, len(words)):
        for end in range(start + 2, len(words) + 1):
            letters = "".join(word[0] for word in words[start:end] if word[:1].isupper())
            forms.append(" ".join([*words[:start], letters, *words[end:]]).lower())
    return forms[:_MAX_FORMS]


def _may_set_up(existing: Any, caller: Any, *, here: bool) -> None:
    """Whether the caller may set this board up (again) in a channel; `here`: it is already this channel's."""
    has_officers = existing is not None and (existing.chair_id or existing.secretary_id)
    if has_officers and not runs_board(existing, caller.id):
        # Setting it up again would make the caller a member: the board's officers decide who is one.
        if here:
            raise NotAllowed(f"{existing.name} is already set up in this channel. Its chair or secretary can "
                             "add you with `/board link`.")
        raise NotAllowed(f"{existing.name} already exists; only its chair or secretary can bind it to a channel.")


def _take_office(reg: Any, board: Any, caller: Any) -> None:
    """The one who sets a board up is its secretary until it has one, and a member either way."""
    if board.secretary_id is None:
        board.secretary_id = caller.id
    join(reg, board, caller, "officer" if board.secretary_id == caller.id else "member")


def setup_board(reg: Any, name: str, *, channel_id: str, caller: Any, now: datetime, timezone: str) -> tuple[Any, bool]:
    """Bind a Slack channel to a board; the caller becomes its secretary if it has none."""
    if not is_board_channel(channel_id):
        raise BadInput("A board lives in a channel; run `/board setup` in the board's channel, not a direct message.")
    existing = reg.board_by_name(check_board_name(name))
    _may_set_up(existing, caller, here=existing is not None and existing.channel_id == channel_id)
    board, created = save_board(reg, name, now=now, timezone=timezone, channel_id=channel_id)
    _take_office(reg, board, caller)
    return board, created


def setup_teams_board(reg: Any, name: str, *, conversation_id: str, service_url: str, caller: Any, now: datetime,
                      timezone: str, team_id: str | None = None, tenant_id: str | None = None) -> tuple[Any, bool]:
    """Bind a Teams channel to a board, by the same rules as a Slack channel."""
    name = check_board_name(name)
    bound = reg.board_by_teams_channel(conversation_id)
    if bound is not None and bound.name.lower() != name.lower():
        raise BadInput(f"This channel already belongs to {bound.name}.")
    existing = reg.board_by_name(name)
    _may_set_up(existing, caller, here=existing is not None and bound is not None and bound.id == existing.id)
    board, created = save_board(reg, name, now=now, timezone=timezone)
    reg.bind_teams_channel(board, conversation_id=conversation_id, service_url=service_url, team_id=team_id,
                           tenant_id=tenant_id)
    _take_office(reg, board, caller)
    return board, created


def link_member(reg: Any, board: Any, *, caller: Any, person: ChatPerson, name: str, now: datetime) -> Any:
    """`board link @someone Name`: the chat user becomes the board's unlinked member of that name (or a new
    member of it). Only the board's chair or secretary may; a chat user already linked is refused."""
    if not runs_board(board, caller.id):
        raise NotAllowed("Only the board's chair or secretary can link members.")
    name = " ".join(name.split())
    if not name:
        raise BadInput("Say who and which member: `/board link @someone Name as in the minutes`.")
    already = reg.member_by_teams_id(person.id) if person.chat == "teams" else reg.member_by_slack_id(person.id)
    if already is not None:
        raise BadInput(f"That {person.chat.title()} user is already linked to a member.")
    matches = [m for m in reg.members_of_board(board.id)
               if linked_id(m, person.chat) is None and m.name_key == name_key(name)]
    if len(matches) == 1:
        member = link(matches[0], person)
    else:
        ids = {"teams_id" if person.chat == "teams" else "slack_id": person.id}
        member = new_member(reg, name, now, email=person.email, tz=person.tz, **ids)
    join(reg, board, member)
    return member


def member_named(reg: Any, board: Any, text: str) -> Any:
    """The board's member called `text` (their whole name, or one word of it); BadInput when nobody is."""
    key = name_key(text)
    for member in reg.members_of_board(board.id):
        if member.name_key == key or key in member.name_key.split():
            return member
    raise BadInput(f"No one called {quoted(text)} is on {board.name}. Try open, overdue, done, all or @someone.")


def is_board_channel(channel_id: str | None) -> bool:
    """A public or private Slack channel id (C…, G…), not a direct message (D…)."""
    return bool(channel_id) and re.fullmatch(r"[CG][A-Z0-9]{1,30}", channel_id or "") is not None


def is_member(reg: Any, board: Any, member: Any) -> bool:
    return runs_board(board, member.id) or reg.membership(board.id, member.id) is not None


def board_of_channel(reg: Any, channel_id: str) -> Any:
    board = reg.board_by_channel(channel_id)
    if board is None:
        raise NotFound("This channel isn't a board's channel yet. Set it up with `/board setup NAME`.")
    return board


OFFICERS = ("chair", "secretary")


def set_role(reg: Any, board: Any, *, caller: Any | None, member: Any, role: str,
             admin: ChatPerson | None = None) -> bool:
    """Name the board's chair or secretary: its chair or secretary may, or a workspace admin (`admin`,
    who may be on no board) recovering a board whose officers have left, though never naming
    themselves. Returns whether it was done on a workspace admin's authority alone."""
    if role not in OFFICERS:
        raise BadInput("The roles I can set are chair and secretary.")
    caller_id = caller.id if caller is not None else None
    officer = runs_board(board, caller_id)
    if not may_appoint_officers(board, caller_id, workspace_admin=admin is not None):
        raise NotAllowed("Only the board's chair or secretary, or a workspace admin, can change who chairs or "
                         "minutes it.")
    if not officer and admin is not None and member.slack_id == admin.id:
        raise NotAllowed("A workspace admin can name a board's chair or secretary, but not themselves: "
                         "ask the board's chair, its secretary or another admin.")
    join(reg, board, member)
    if role == "chair":
        board.chair_id = member.id
        reg.membership(board.id, member.id).role = "chair"
    else:
        board.secretary_id = member.id
        reg.membership(board.id, member.id).role = "officer"
    return not officer


def board_for_minutes(reg: Any, named: str | None, member_id: int) -> Any:
    """The board minutes shared in a direct chat are for: the one they name, when the member runs it."""
    board = reg.board_by_name(named) if named else None
    if board is not None and runs_board(board, member_id):
        return board
    mine = [b.name for b in reg.boards_of_member(member_id) if runs_board(b, member_id)]
    what = f"name “{named}”, which isn't a board you run" if named else "don't name their board"
    if not mine:
        raise NotAllowed(f"These minutes {what}. Only a board's chair or secretary can import its minutes.")
    raise NotAllowed(f"These minutes {what}. You can import minutes for {', '.join(mine)}: share the file "
                     "in that board's channel.")
