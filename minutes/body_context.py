"""What the body of the minutes needs from the rest of them to read its actions: the owners the attendance
names, the meeting's date, the next meeting's, and the kind of body the minutes are of.

In a module of its own so that the parts of the body's reader (minutes/body.py and the modules it draws on)
and the reader of the whole document (minutes/reader.py) share it without importing one another."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from minutes.owners import Owners


@dataclass(frozen=True)
class Context:
    """What the body needs from the rest of the minutes to read actions."""

    owners: Owners
    reference: date
    next_meeting: date | None
    # The kind of body the minutes are of ("council", "committee"): its own name is not who acts.
    kind: str | None = None
