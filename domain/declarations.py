"""Declarations of interest: made by members before a meeting (`/declare`), read from its minutes, and
each member's standing register entry (employer, directorships, other board seats)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.actions import check_text
from domain.agenda import agenda_lines, next_meeting
from domain.boards import is_member
from domain.errors import BadInput, NotAllowed

MAX_INTEREST = 1000
MAX_STANDING = 2000
_NUMBER = re.compile(r"^(?:item\s+)?(?P<number>[0-9]{1,3})[.:]?\s+(?P<interest>.+)$", re.IGNORECASE | re.DOTALL)
_SPLIT = re.compile(r"\s+[-–—:]\s+|:\s+")
USAGE = ("`/declare ITEM INTEREST` (e.g. `/declare 5 I am a trustee of the foodbank`), "
         "`/declare WHAT - INTEREST`, or `/declare standing TEXT` for your standing register entry")


@dataclass(frozen=True)
class Declared:
    """A declaration as it is shown: who, the interest, and the item (number and title) when given."""

    name: str
    interest: str
    item: str | None
    exempt: bool = False


def _parse(text: str) -> tuple[str | None, str | None, str]:
    """(item number, item text, interest) from `ITEM INTEREST`, `WHAT - INTEREST` or just `INTEREST`."""
    cleaned = " ".join(text.split())
    numbered = _NUMBER.match(cleaned)
    if numbered:
        return numbered["number"], None, numbered["interest"]
    parts = _SPLIT.split(cleaned, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return None, parts[0][:300], parts[1]
    return None, None, cleaned


def declare(reg: Any, board: Any, *, member: Any, text: str, now: datetime) -> tuple[Any, Any]:
    """A member declares an interest for the next meeting. Returns (declaration, meeting); the same
    declaration made twice is kept once."""
    if not is_member(reg, board, member):
        raise NotAllowed(f"Only members of {board.name} declare interests at its meetings.")
    if not text.strip():
        raise BadInput(f"Say what the interest is: {USAGE}.")
    meeting = next_meeting(reg, board, now)
    number, item_text, interest = _parse(text)
    interest = check_text(interest, what="interest", limit=MAX_INTEREST)
    item = None
    if number is not None:
        line_and_item = next(((line, i) for line, i in agenda_lines(reg.agenda_of(meeting.id))
                              if str(line.number) == number), None)
        if line_and_item is None:
            raise BadInput(f"The agenda has no item {number}. `/agenda` shows the numbers.")
        line, item = line_and_item
        item_text = line.title if item is None else None
    for earlier in reg.declarations_of(meeting.id):
        if (earlier.member_id, earlier.item_number, earlier.item_text, earlier.interest) == \
                (member.id, number, item_text, interest):
            return earlier, meeting
    row = reg.add_declaration(meeting_id=meeting.id, member_id=member.id, name=member.name, interest=interest,
                              agenda_item_id=item.id if item else None, item_number=number, item_text=item_text,
                              source="chat", created_at=now)
    return row, meeting


def set_standing(reg: Any, board: Any, *, member: Any, text: str, now: datetime) -> Any:
    """The member's standing register entry; an empty text clears it."""
    if not is_member(reg, board, member):
        raise NotAllowed(f"Only members of {board.name} keep a register entry with it.")
    cleaned = " ".join(text.split())
    member.interests = check_text(cleaned, what="register entry", limit=MAX_STANDING) if cleaned else None
    member.interests_updated_at = now
    return member


def shown_declarations(reg: Any, meeting: Any, *, include_exempt: bool = False) -> list[Declared]:
    """The meeting's declarations, in the order made; those under an exempt item only when asked."""
    rows = list(reg.declarations_of(meeting.id))
    exempt = reg.exempt_item_ids([r.agenda_item_id for r in rows])
    titles = {i.id: i for i in reg.agenda_of(meeting.id)}
    shown = []
    for row in rows:
        hidden = row.agenda_item_id in exempt
        if hidden and not include_exempt:
            continue
        item = titles.get(row.agenda_item_id)
        words = row.item_text
        if item is not None:
            words = " ".join(p for p in (f"item {row.item_number}" if row.item_number else None, item.title) if p)
        elif row.item_number and not words:
            words = f"item {row.item_number}"
        shown.append(Declared(row.name, row.interest, words, hidden))
    return shown


def standing_register(reg: Any, board: Any) -> list[tuple[str, str]]:
    """Each member of the board who keeps a standing entry: (name, entry), by name."""
    return list(reg.standing_entries(board.id))
