"""Reading minutes text into `Minutes`: the entry point that puts the parts together."""

from __future__ import annotations

import re
from datetime import date

from minutes.attendance import read_attendance
from minutes.body import Context, read_body
from minutes.header import read_header
from minutes.model import Action, Minutes
from minutes.next_meeting import read_next_meeting
from minutes.normalise import normalise
from minutes.owners import Owners
from minutes.when import find_date

_HEAD_WITHOUT_ATTENDANCE = 12
_STOP_WORDS = {"the", "and", "to", "of", "for", "a", "an", "in", "on", "at", "by", "with", "be"}


def read_minutes(text: str) -> Minutes:
    """What a set of minutes says. Never raises on odd text: what cannot be read is None
    or left out. Dates and times are read as British minutes write them."""
    lines = normalise(text)
    attendance = read_attendance(lines)
    head_end = _head_end(lines, attendance.first_line)
    header = read_header(lines[:head_end])
    next_meeting = read_next_meeting(lines, header.date)
    names = [p.name for p in attendance.present] + [
        a.name for a in attendance.apologies + attendance.absent
    ]
    context = Context(Owners(names), header.date or date.today(), next_meeting.date)
    skip = attendance.used | set(range(head_end))
    body = read_body(lines, skip, context)
    return Minutes(
        board=header.board,
        date=header.date,
        start_time=header.start_time,
        end_time=header.end_time,
        venue=header.venue,
        theme=header.theme,
        present=tuple(attendance.present),
        apologies=tuple(attendance.apologies),
        agenda_items=tuple(body.agenda_items),
        decisions=tuple(dict.fromkeys(body.decisions)),
        actions=tuple(_counted_once(body.actions)),
        next_meeting=next_meeting,
        absent=tuple(attendance.absent),
    )


def _head_end(lines: list[str], first_attendance: int | None) -> int:
    """Where the header stops: at the first attendance block, else after the date line."""
    if first_attendance is not None:
        return first_attendance
    for index, line in enumerate(lines[:_HEAD_WITHOUT_ATTENDANCE]):
        if find_date(line):
            return index + 1
    return 0


def _counted_once(found: list[tuple[Action, bool]]) -> list[Action]:
    """Actions with those written twice (in the body and again in a closing table)
    merged into one, keeping the table's wording and filling gaps from the body."""
    kept: list[tuple[Action, bool]] = []
    for action, from_table in found:
        for index, (earlier, earlier_from_table) in enumerate(kept):
            if _same(earlier, action):
                merged = _merge(earlier, earlier_from_table, action, from_table)
                kept[index] = (merged, earlier_from_table or from_table)
                break
        else:
            kept.append((action, from_table))
    return [action for action, _ in kept]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP_WORDS}


def _owner_key(who: str) -> str:
    return re.sub(r"^(?:the|all)\s+", "", who.lower()).strip()


def _same(first: Action, second: Action) -> bool:
    if first.who and second.who and _owner_key(first.who) != _owner_key(second.who):
        return False
    a, b = _words(first.what), _words(second.what)
    if a == b:
        return True
    smaller = min(len(a), len(b))
    return smaller >= 2 and len(a & b) / smaller >= 0.8


def _merge(first: Action, first_from_table: bool, second: Action, second_from_table: bool) -> Action:
    main, other = (second, first) if second_from_table and not first_from_table else (first, second)
    return Action(
        what=main.what,
        who=main.who or other.who,
        due=main.due or other.due,
        due_text=main.due_text or other.due_text,
        item=first.item or second.item,
    )
