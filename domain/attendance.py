"""Who came, who sent apologies and who stood in for whom: one reading of a meeting's attendance,
used by `/minutes` (one meeting's counts) and `/attendance` (each member's and organisation's record).

Each attendance row is one of:
- present: at the table in their own right, or as a substitute in another member's place;
- in attendance: there without a seat (officers, advisers, presenters);
- apologies: sent apologies, whether or not someone came in their place ("represented");
- absent: recorded as absent. A board member with no row at a meeting was absent too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

PRESENT, IN_ATTENDANCE, APOLOGIES, ABSENT = "present", "in attendance", "apologies", "absent"


def kind_of(row: Any) -> str:
    """Which of present, in attendance, apologies or absent an attendance row records."""
    if row.status in (APOLOGIES, ABSENT, IN_ATTENDANCE):
        return row.status
    return PRESENT


def is_substitute(row: Any) -> bool:
    return bool(row.in_place_of_id or row.capacity == "substitute")


@dataclass(frozen=True)
class MeetingCounts:
    """One meeting: how many were present (substitutes among them), in attendance, and sent apologies."""

    present: int
    substitutes: int
    in_attendance: int
    apologies: int


def meeting_counts(rows: Sequence[Any]) -> MeetingCounts:
    kinds = [kind_of(row) for row in rows]
    return MeetingCounts(present=kinds.count(PRESENT),
                         substitutes=sum(1 for row in rows if kind_of(row) == PRESENT and is_substitute(row)),
                         in_attendance=kinds.count(IN_ATTENDANCE), apologies=kinds.count(APOLOGIES))


@dataclass
class Record:
    """A member's (or an organisation's members') record over several meetings."""

    attended: int = 0
    as_substitute: int = 0  # of those attended, in another member's place
    apologies: int = 0
    represented: int = 0    # of those apologies, with someone in their place
    absent: int = 0

    def add(self, row: Any | None, represented: bool) -> None:
        """Count one meeting, from the member's row there (None: no row, so absent)."""
        kind = kind_of(row) if row is not None else ABSENT
        if kind == PRESENT:
            self.attended += 1
            self.as_substitute += is_substitute(row)
        elif kind == APOLOGIES:
            self.apologies += 1
            self.represented += represented
        elif kind == ABSENT:
            self.absent += 1
