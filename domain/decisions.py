"""The decisions register: what the board agreed, from its minutes or recorded in chat, found by its words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import check_text
from domain.agenda import agenda_lines
from domain.errors import BadInput, NotAllowed, NotFound
from domain.permissions import runs_board

MAX_DECISION = 2000
MAX_QUERY = 200
MAX_WORDS = 8
SHOWN = 10
_WORD = re.compile(r"\w+", re.UNICODE)
_ITEM = re.compile(r"^item\s+(?P<number>[0-9]{1,3}(?:\.[0-9]{1,2})?[a-z]?)[.:]?\s+(?P<text>.+)$",
                   re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class DecisionView:
    """A decision as a person sees it: its words, its meeting's date and its item."""

    text: str
    day: date
    meeting_id: int
    item: str | None
    exempt: bool
    source: str


def search_words(text: str) -> list[str]:
    """The words of a search, bounded: letters and digits only, so nothing typed is query syntax."""
    if len(text) > MAX_QUERY:
        raise BadInput(f"Search with a few words (under {MAX_QUERY} characters).")
    words = [w.lower() for w in _WORD.findall(text)]
    return words[:MAX_WORDS]


def _view(decision: Any, meeting: Any, item: Any, zone: ZoneInfo) -> DecisionView:
    number = decision.item_number or (item.number if item is not None else None)
    return DecisionView(text=decision.text, day=meeting.starts_at.astimezone(zone).date(), meeting_id=meeting.id,
                        item=number, exempt=bool(item is not None and item.exempt), source=decision.source)


def find_decisions(reg: Any, board: Any, text: str, *, include_exempt: bool = False,
                   limit: int = SHOWN) -> list[DecisionView]:
    """The board's decisions with all these words, newest meeting first (all of them, newest first, for none)."""
    zone = ZoneInfo(board.timezone)
    found = reg.search_decisions(board.id, search_words(text), include_exempt=include_exempt, limit=limit)
    return [_view(d, m, i, zone) for d, m, i in found]


def register_of(reg: Any, board: Any, *, since: date | None = None,
                include_exempt: bool = False) -> list[DecisionView]:
    """The whole register for an auditor, oldest first."""
    zone = ZoneInfo(board.timezone)
    start = datetime.combine(since, time(0, 0), zone) if since else None
    return [_view(d, m, i, zone) for d, m, i in reg.decisions_of_board(board.id, since=start,
                                                                       include_exempt=include_exempt)]


def current_meeting(reg: Any, board: Any, now: datetime) -> Any:
    """The meeting a decision made now belongs to: today's, else the latest held."""
    zone = ZoneInfo(board.timezone)
    end_of_today = datetime.combine(now.astimezone(zone).date(), time(23, 59, 59), zone)
    held = [m for m in reg.meetings_of_board(board.id) if m.status != "cancelled" and m.starts_at <= end_of_today]
    if not held:
        raise NotFound(f"{board.name} has held no meeting yet to record a decision against.")
    return held[-1]


def record_decision(reg: Any, board: Any, *, by: Any, text: str, now: datetime) -> tuple[Any, Any]:
    """The chair or secretary records a decision of today's (or the latest) meeting, optionally
    under an item: `item 5 TEXT`. Returns (decision, meeting)."""
    if not runs_board(board, by.id):
        raise NotAllowed("Only the board's chair or secretary records its decisions.")
    number, body = None, text
    found = _ITEM.match(text.strip())
    if found:
        number, body = found["number"], found["text"]
    words = check_text(body, what="decision", limit=MAX_DECISION)
    meeting = current_meeting(reg, board, now)
    items = reg.agenda_of(meeting.id)
    item = None
    if number is not None:
        item = next((i for i in items if i.number and i.number.rstrip(".") == number), None)
        if item is None:
            item = next((i for line, i in agenda_lines(items) if str(line.number) == number and i is not None), None)
        if item is None:
            raise BadInput(f"The meeting of {board.name} has no item {number} of its own. "
                           "Record the decision without `item N`, or check the number.")
    position = len(reg.decisions_of(meeting.id))
    decision = reg.add_decision(meeting_id=meeting.id, position=position, text=words, source="chat",
                                agenda_item_id=item.id if item else None, item_number=number,
                                recorded_by_id=by.id, recorded_at=now)
    return decision, meeting
