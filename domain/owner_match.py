"""Which person an action's owner names, as minutes write owners.

Minutes seldom repeat a person's full name in their actions. Besides the name itself they write:
- initials ("HH"), when only one person has them;
- a title, rank or post with the surname ("Insp. Gill", "SM Fagan", "Cllr Bannister"), or a
  first initial with it ("K Fagan"), when only one person has that surname;
- a first name or a surname alone ("Kerry", "Fagan"), when it is only one person's;
- a role the attendance gives ("Head of Community Safety", "Clerk"), when only one person holds it.

Anything else (a team, a role nobody or several hold, "All", two people, a name two people share)
names nobody, and the
action keeps its owner as written. Recording an import and the import's preview ask the same
question, so both use `OwnerIndex`. (The reader resolves short forms against the document's own roll
first, in minutes/owners.py; this matches what it leaves short to the board's members.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from typing import Generic, TypeVar

from domain.names import initials, name_key, split_title

T = TypeVar("T")

MAX_LENGTH = 80  # an owner longer than this is a phrase, not a name
MAX_ROLES = 4  # roles read from one attendee's description
# A post or rank written in capitals before a surname ("SM", "GM", "DCI", "ACO"): never a first name.
_POST = re.compile(r"^[A-Z]{2,4}\.?$")
# A part of a role that names the person's body ("Ravensford Borough Council"): an action it owns
# is the body's, not the one attendee from it.
_BODY_WORDS = frozenset({
    "council", "police", "service", "services", "trust", "board", "partnership", "nhs", "icb", "authority",
    "university", "association", "group", "ltd", "limited", "cic", "charity", "foundation", "network",
    "company", "department", "office", "team", "committee",
})
_INITIAL = re.compile(r"^[A-Za-z]\.?$")
# Several people: "A and B", "A, B", "A & B", "A/B".
_JOINT = re.compile(r"\s*(?:,|;|&|/|\band\b)\s*", re.IGNORECASE)


class OwnerIndex(Generic[T]):
    """People by the ways minutes name them; `find` answers only when exactly one person fits."""

    def __init__(self, people: Iterable[tuple[str, str | None, T]], roles: Iterable[tuple[str, T]] = ()):
        """`people`: (name, initials or None to work them out, the person); `roles`: (the roles the
        minutes give a person, "Chair, Ravensford Borough Council" being two, the person)."""
        self._by_key: dict[str, T] = {}
        self._by_initials: dict[str, list[T]] = {}
        self._by_first: dict[str, list[T]] = {}
        self._by_last: dict[str, list[tuple[set[str], T]]] = {}
        for name, letters, person in people:
            key = name_key(name)
            if not key or key in self._by_key:
                continue
            self._by_key[key] = person
            self._by_initials.setdefault((letters or initials(name)).upper(), []).append(person)
            words = key.split()
            if len(words) > 1:
                # A post written before a name ("Station Manager Kerry Fagan") leaves the first name
                # second to last; a middle name is there too, and either may be how minutes call them.
                firsts = {words[0], words[-2]}
                for first in firsts:
                    self._by_first.setdefault(first, []).append(person)
                self._by_last.setdefault(words[-1], []).append((firsts, person))
        self._by_role: dict[str, list[T]] = {}
        for written, person in roles:
            for role in {name_key(part) for part in written.split(",")[:MAX_ROLES]}:
                if role and role.split()[-1] not in _BODY_WORDS:
                    self._by_role.setdefault(role, []).append(person)

    def find(self, who: str | None) -> T | None:
        """The one person `who` names, or None."""
        if not who or len(who) > MAX_LENGTH:
            return None
        key = name_key(who)
        if key in self._by_key:
            return self._by_key[key]
        bare = who.strip().upper()
        if bare.isalpha() and 2 <= len(bare) <= 4 and (found := _one(self._by_initials.get(bare, []))) is not None:
            return found
        return self._by_surname(who) or self._alone(key) or _one(self._by_role.get(_without_the(key), []))

    def names_people(self, who: str | None) -> bool:
        """Whether `who` names people only: one person, or several ("A and B") each of them found."""
        return self.find_all(who) is not None

    def find_all(self, who: str | None) -> list[T] | None:
        """Everyone `who` names, in its order: the one person, or each of several ("A and B", "KT/DO")
        when every part is found; None when any part names nobody (the owner is then kept as written)."""
        if (one := self.find(who)) is not None:
            return [one]
        parts = joint_parts(who)
        if len(parts) < 2:
            return None
        found = []
        for part in parts:
            person = self.find(part)
            if person is None:
                return None  # (the first part that names nobody settles it)
            found.append(person)
        return list({id(person): person for person in found}.values())

    def unfound_parts(self, who: str | None) -> list[str]:
        """For an owner naming several people of whom some are found and some not ("Graham Oates and the
        housing team"): the parts that name nobody. Empty otherwise."""
        if self.find(who) is not None:
            return []
        parts = joint_parts(who)
        unfound = [part for part in parts if self.find(part) is None]
        return unfound if len(parts) > 1 and len(unfound) < len(parts) else []


    def _by_surname(self, who: str) -> T | None:
        """"Insp. Gill", "SM Fagan", "K Fagan": a title, post or initial, then a surname only one person has."""
        title, rest = split_title(" ".join(who.split()))
        words = rest.split()
        if len(words) < 2 and title is None:
            return None
        *before, last = words
        surname = name_key(last)
        fitting = self._by_last.get(surname, [])
        if not all(_POST.match(word) or _INITIAL.match(word) for word in before):
            return None
        letter = next((word[0].lower() for word in before if _INITIAL.match(word)), None)
        return _one(person for firsts, person in fitting
                    if letter is None or any(f.startswith(letter) for f in firsts))

    def _alone(self, key: str) -> T | None:
        """A first name or a surname alone, when it is only one person's."""
        if not key or " " in key:
            return None
        return _one(chain(self._by_first.get(key, []), (person for _, person in self._by_last.get(key, []))))


def _without_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def _one(people: Iterable[T]) -> T | None:
    """The one person `people` holds (however often), or None: stops at a second one, so a name a
    thousand people share costs no more than one two share."""
    found = None
    for person in people:
        if found is None:
            found = person
        elif person is not found:
            return None
    return found


def joint_parts(who: str | None) -> list[str]:
    """The names in an owner written as several ("A and B", "A, B", "A & B", "A/B"); one part for one name."""
    if not who or len(who) > MAX_LENGTH:
        return []
    return [part for part in _JOINT.split(who) if part]
