"""What a set of minutes says, as frozen dataclasses shaped like the contract's JSON.

`Minutes.to_json()` gives exactly the keys of the "Minutes JSON" section of
CONTRACT.md: dates as ISO strings, times as "HH:MM", absent values as None.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, time
from typing import Any


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _clock(moment: time | None) -> str | None:
    return moment.strftime("%H:%M") if moment else None


@dataclass(frozen=True)
class Attendee:
    """Someone at the meeting, named as the minutes write them (titles included)."""

    name: str
    organisation: str | None = None
    role: str | None = None
    in_place_of: str | None = None
    capacity: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "organisation": self.organisation,
            "role": self.role,
            "in_place_of": self.in_place_of,
            "capacity": self.capacity,
        }


@dataclass(frozen=True)
class Apology:
    """A member who sent apologies (or, in `Minutes.absent`, who was absent)."""

    name: str
    organisation: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "organisation": self.organisation}


@dataclass(frozen=True)
class AgendaItem:
    """An item of business; `exempt` marks Part B / confidential business that is never posted."""

    number: str | None
    title: str
    presenter: str | None = None
    exempt: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "title": self.title, "presenter": self.presenter, "exempt": self.exempt}


@dataclass(frozen=True)
class Declaration:
    """A declaration of interest: who, what interest, and under which agenda item (its number) if said."""

    name: str
    interest: str
    item: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "interest": self.interest, "item": self.item}


@dataclass(frozen=True)
class Action:
    """A task: `who` is a person, a role or a group as resolved; `due_text` as written.
    `carried` marks an action the minutes carry forward from an earlier meeting ("ongoing", "c/f")."""

    what: str
    who: str | None = None
    due: date | None = None
    due_text: str | None = None
    item: str | None = None
    carried: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "who": self.who,
            "due": _iso(self.due),
            "due_text": self.due_text,
            "item": self.item,
            "carried": self.carried,
        }


@dataclass(frozen=True)
class NextMeeting:
    date: date | None = None
    time: time | None = None
    venue: str | None = None
    theme: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "date": _iso(self.date),
            "time": _clock(self.time),
            "venue": self.venue,
            "theme": self.theme,
        }


@dataclass(frozen=True)
class Minutes:
    """One meeting's minutes. `absent` is kept for attendance reports but, having no
    place in the contract's JSON, is left out of `to_json()`."""

    board: str | None
    date: date | None
    start_time: time | None = None
    end_time: time | None = None
    venue: str | None = None
    theme: str | None = None
    present: tuple[Attendee, ...] = ()
    apologies: tuple[Apology, ...] = ()
    agenda_items: tuple[AgendaItem, ...] = ()
    decisions: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    next_meeting: NextMeeting = NextMeeting()
    absent: tuple[Apology, ...] = ()
    declarations: tuple[Declaration, ...] = ()
    # The agenda item number each decision was recorded under, in the order of `decisions`
    # (None where the minutes do not say); empty when the reader placed none.
    decision_items: tuple[str | None, ...] = ()

    def digest(self) -> str:
        """What identifies these minutes' content: the same reading, from any file, gives the same digest."""
        return hashlib.sha256(json.dumps(self.to_json(), sort_keys=True).encode()).hexdigest()

    def to_json(self) -> dict[str, Any]:
        """The contract's "Minutes JSON" object, ready for `json.dumps`."""
        return {
            "board": self.board,
            "date": _iso(self.date),
            "start_time": _clock(self.start_time),
            "end_time": _clock(self.end_time),
            "venue": self.venue,
            "theme": self.theme,
            "present": [person.to_json() for person in self.present],
            "apologies": [apology.to_json() for apology in self.apologies],
            "agenda_items": [item.to_json() for item in self.agenda_items],
            "decisions": list(self.decisions),
            "declarations": [declaration.to_json() for declaration in self.declarations],
            "actions": [action.to_json() for action in self.actions],
            "next_meeting": self.next_meeting.to_json(),
        }
