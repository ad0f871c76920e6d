"""The roll being read: each attendance heading's kind, and everyone recorded once, merged where
the same person is named twice."""

from __future__ import annotations

from functools import lru_cache
from dataclasses import dataclass, field

from minutes.model import Apology, Attendee
from minutes.people import Person
from minutes.vocabulary import strip_title


PRESENT, APOLOGIES, ABSENT = "present", "apologies", "absent"


@dataclass(frozen=True)
class Label:
    """What an attendance heading says about the people under it."""

    kind: str
    capacity: str | None = None
    role: str | None = None
    single_line: bool = False
    # A plural title the heading gives every name under it ("Councillors:").
    shared: str | None = None


@dataclass
class Attendance:
    """Everyone read from the attendance blocks, and which lines those blocks used."""

    present: list[Attendee] = field(default_factory=list)
    apologies: list[Apology] = field(default_factory=list)
    absent: list[Apology] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    first_line: int | None = None
    # Initials and handles the list gives people ("Jane Smith (JS)", "@jsmith"): short -> name.
    aliases: dict[str, str] = field(default_factory=dict)
    clashes: set[str] = field(default_factory=set)


# The most people a roll records: a meeting of the largest board is a few hundred at most, and each
# name is compared with those already on the roll (so a hostile list of 20,000 names would cost minutes).
MOST_PEOPLE = 600


def record(found: Attendance, label: Label, people: list[Person]) -> None:
    """Put people read under one heading on the roll, learning the initials and handles they give;
    past MOST_PEOPLE on the roll, no more are recorded."""
    for person in people:
        if len(found.present) + len(found.apologies) + len(found.absent) >= MOST_PEOPLE:
            return
        if person.initials:
            if found.aliases.get(person.initials, person.name) != person.name:
                # Two people with the same short form ("(DWP)"): it is their body's, no one's alias.
                found.clashes.add(person.initials)
            found.aliases.setdefault(person.initials, person.name)
        if label.kind == APOLOGIES:
            _add_absence(found.apologies, person)
        elif label.kind == ABSENT:
            _add_absence(found.absent, person)
        else:
            _add_present(found.present, person, label)


def _add_absence(into: list[Apology], person: Person) -> None:
    # "Cllr J Foster (family commitment)", "Ann Lee (on leave)": a body is named in capitals; a
    # bracket all in lower case after an absent member is the reason they gave, no body.
    body = person.organisation if person.organisation and person.organisation != person.organisation.lower() else None
    for at, entry in enumerate(into):
        if same_person(entry.name, person.name):
            if len(_key(person.name).split()) > len(_key(entry.name).split()):
                # "Cllr Fenner" in a minute's sentence, "Cllr Liam Fenner" in the record of attendance: the full name.
                into[at] = Apology(name=person.name, organisation=entry.organisation or body)
            return
    into.append(Apology(name=person.name, organisation=body))


def same_person(first: str, second: str) -> bool:
    """ "Councillor Penny Straker" and "Councillor Straker" (named again in a minute) are one."""
    a, b = _surname_first(_key(first).split()), _surname_first(_key(second).split())
    if a == b:
        return True
    return bool(a and b) and a[-1] == b[-1] and (len(a) == 1 or len(b) == 1)


# Words that open a surname of two ("Ní Dhonnabháin", "Mac Giolla", "de Souza", "van Dijk").
_SURNAME_PARTICLES = {"ní", "nic", "ó", "o", "mac", "mc", "uí", "de", "da", "di", "del", "van", "von", "le", "la"}


def _surname_first(words: list[str]) -> list[str]:
    """A name's words with a two-word surname ("Ní Dhonnabháin") joined into one."""
    for at in range(len(words) - 1):
        if words[at] in _SURNAME_PARTICLES and at == len(words) - 2:
            return [*words[:at], f"{words[at]} {words[at + 1]}"]
    return words


def _add_present(into: list[Attendee], person: Person, label: Label) -> None:
    role = person.role
    # "Chair: Professor Helen Adair (Independent Chair)" says "Chair" once, not twice.
    if label.role and label.role.lower() not in (role or "").lower():
        role = ", ".join(r for r in (role, label.role) if r)
    attendee = Attendee(
        name=person.name,
        organisation=person.organisation,
        role=role or None,
        in_place_of=person.in_place_of,
        capacity=label.capacity,
    )
    for index, existing in enumerate(into):
        if _key(existing.name) == _key(person.name):
            into[index] = _merged(existing, attendee)
            return
    if len(_surname_first(_key(person.name).split())) == 1:
        # "Cllr Ní Dhonnabháin, Cathaoirleach, presided": a member listed above by full name, named
        # again by title and surname; one person when only one listed has that surname.
        same = [index for index, existing in enumerate(into) if same_person(existing.name, person.name)]
        if not same and " " not in _key(person.name):
            # "Scribe: Jun" after "Attendees: ..., Jun Park": a given name alone is the one listed with it.
            same = [index for index, existing in enumerate(into)
                    if _key(existing.name).split()[:1] == [_key(person.name)] and " " in _key(existing.name)]
        if len(same) == 1:
            into[same[0]] = _merged(into[same[0]], attendee)
            return
    into.append(attendee)


def _merged(first: Attendee, again: Attendee) -> Attendee:
    return Attendee(
        name=first.name,
        organisation=first.organisation or again.organisation,
        role=first.role or again.role,
        in_place_of=first.in_place_of or again.in_place_of,
        capacity=first.capacity if first.capacity == "member" else again.capacity or first.capacity,
    )


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    return " ".join(strip_title(name).lower().replace("’", "'").split())
