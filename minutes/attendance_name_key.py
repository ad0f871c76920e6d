"""A list of names with their initials, one a line, heading the minutes under no heading ("Kathleen
Hollins: KH" over "Jonah Ilford: JI" over "Tessa Lindqvist TL"), as a small committee's notes open:
the key to the initials the notes then use, and, when the minutes have no other roll, the roll itself.
Those the minutes list among the apologies are not present, though the key names them too."""

from __future__ import annotations

import re

from minutes.people import Person, initials_fit, looks_like_name
from minutes.roll import Attendance, Label, PRESENT, record, same_person

# "Kathleen Hollins: KH", "Tessa Lindqvist TL", "- Piers Kendal (PK)": a name, then its initials.
_NAME_THEN_INITIALS = re.compile(r"^\s*(?:[-*•]\s+)?(?P<name>[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*){1,3}?)"
                                 r"[ ]*(?::[ ]*|[ ]+|[ ]*\([ ]*)(?P<short>[A-Z]{2,4})[ ]*\)?[ ]*$")
_LONGEST_LINE = 120
_FEWEST_ENTRIES = 3


def name_key_roll(lines: list[str], found: Attendance, reach: int) -> None:
    """When nothing else read anyone present: the first run of at least three name-and-initials lines
    within the first `reach` lines, each name fitting its initials, is the roll of those present
    (less any who sent apologies)."""
    if found.present:
        return
    start, people = None, []
    for index, line in enumerate([*lines[:reach], ""]):
        entry = _NAME_THEN_INITIALS.match(line) if len(line) <= _LONGEST_LINE else None
        if entry and looks_like_name(entry["name"]) and initials_fit(entry["short"], entry["name"]):
            start = index if start is None else start
            people.append(Person(name=entry["name"], initials=entry["short"]))
            continue
        if start is not None and len(people) >= _FEWEST_ENTRIES:
            break
        start, people = None, []
    if start is None or len(people) < _FEWEST_ENTRIES:
        return
    present = [person for person in people
               if not any(same_person(person.name, apology.name) for apology in found.apologies)]
    record(found, Label(PRESENT, "member"), present)
    found.used.update(range(start, start + len(people)))
