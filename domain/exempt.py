"""Exempt (Part B, confidential) business: what may be shown outside the board, and who marks it.

An agenda item marked exempt, and the actions, decisions and declarations recorded under it,
never reach a channel, an export (unless asked for) or anyone outside the board. Owners still
hear about their own actions in direct messages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from domain.agenda import agenda_lines, next_meeting
from domain.errors import BadInput, NotAllowed
from domain.permissions import runs_board

# What an exempt item is called wherever its title may not go.
EXEMPT_TITLE = "Exempt item (not for publication)"
T = TypeVar("T")


def exempt_record_ids(reg: Any, records: Iterable[Any]) -> set[int]:
    """The ids of the records (actions, decisions, declarations) recorded under an exempt item."""
    listed = list(records)
    exempt = reg.exempt_item_ids([r.agenda_item_id for r in listed])
    return {r.id for r in listed if r.agenda_item_id in exempt}


def open_records(reg: Any, records: Iterable[T]) -> list[T]:
    """The records that may be shown outside the board: none recorded under an exempt item."""
    listed = list(records)
    hidden = exempt_record_ids(reg, listed)
    return [r for r in listed if r.id not in hidden]  # type: ignore[attr-defined]


def mark_item(reg: Any, board: Any, *, by: Any, number: str, exempt: bool, now: Any) -> Any:
    """The chair or secretary marks item `number` of the next meeting's agenda exempt (or open again)."""
    if not runs_board(board, by.id):
        raise NotAllowed("Only the board's chair or secretary can mark agenda items exempt or open.")
    meeting = next_meeting(reg, board, now)
    lines: Sequence[tuple[Any, Any]] = agenda_lines(reg.agenda_of(meeting.id))
    wanted = number.strip().rstrip(".")
    for line, item in lines:
        if str(line.number) == wanted:
            if item is None:
                raise BadInput(f"Item {wanted} is a standing item; only the board's own items can be exempt.")
            item.exempt = exempt
            return item
    raise BadInput(f"The agenda has no item {wanted[:12]}. `/agenda` shows the numbers.")
