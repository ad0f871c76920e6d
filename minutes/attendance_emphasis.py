"""Rolls whose type says who came: names in italics, bold or struck through, as the document's key
line explains them ("Present (apologies in italics)", "Members (Chair in bold; absent struck
through)", "Those whose names are in italics sent their apologies").

The document parsers write such marks into the text in markdown's own marks (`*Ann Lee*` italic,
`**Ann Lee**` bold, `~~Ann Lee~~` struck, see `minutes.emphasis_marks`), wrapping a whole list entry
or one name inside a line. The roll is read with the marks taken out, every name as its heading
says; then each marked person is moved or given the role the key says: an italic name to the
apologies, a struck one to the absent, a bold one made Chair. A document with no key is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from minutes.emphasis_marks import BOLD, ITALIC, STRUCK, keyed_kinds
from minutes.people import Person, read_person
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, record, same_person

# A marked phrase: struck, bold, then italic (a lone "*" beside no other, so "**" is never read as two
# italics). Each is bounded, so a line of stars or of letters is passed over at once.
_MARKED = re.compile(r"~~(?P<struck>[^~\n]{1,200}?)~~|\*\*(?P<bold>[^*\n]{1,200}?)\*\*"
                     r"|(?<![*\w])\*(?P<italic>[^*\s][^*\n]{0,199}?)\*(?![*\w])")
_KINDS = (STRUCK, BOLD, ITALIC)
# What a key's clause says of those marked so, most telling first.
_APOLOGIES = re.compile(r"(?i)\bapolog|\bregrets\b|\bexcused\b")
_ABSENT = re.compile(r"(?i)\babsen|did\s+not\s+attend|not\s+(?:present|attend)|unable\s+to\s+attend|\bdna\b")
_CHAIR = re.compile(r"(?i)\b(?P<role>(?:vice|deputy)[- ]?chair(?:man|woman|person)?|chair(?:man|woman|person)?)\b")
# A key's clauses: "Members (Chair in bold; absent struck through)" -> "Chair in bold", "absent struck through".
_CLAUSES = re.compile(r"[;()\[\],]|\.\s|\s+and\s+")
# Longer lines are no roll's (a cost bound); past this many lines the document is left as it is.
_LONGEST_LINE = 2_000
_MOST_LINES = 200_000
# Past this many marked phrases the rest are not read (each is looked for among those present).
_MOST_MARKS = 1_000


@dataclass(frozen=True)
class Marked:
    """A phrase the document marks, on line `index`, and the kind of its mark."""

    kind: str
    phrase: str
    index: int


@dataclass(frozen=True)
class Meaning:
    """What a key says of those marked with one kind of mark: where they go (a roll kind), or the role
    they held there."""

    kind: str | None = None
    role: str | None = None


def key_meanings(lines: list[str]) -> dict[str, Meaning]:
    """What each kind of mark says, as the key lines among `lines` put it ("apologies in italics" ->
    italic: apologies; "Chair in bold" -> bold: role Chair; "absent struck through" -> struck: absent)."""
    meanings: dict[str, Meaning] = {}
    if len(lines) > _MOST_LINES:
        return meanings
    for line in lines:
        if not keyed_kinds([line]):
            continue
        for clause in _CLAUSES.split(unmarked(line)):
            for kind in keyed_kinds([clause]) or _kinds_named(clause):
                meaning = _meaning(clause)
                if meaning is not None:
                    meanings.setdefault(kind, meaning)
    return meanings


def _kinds_named(clause: str) -> frozenset[str]:
    """The marks a clause of a key names, with or without a word of the roll ("italics = sent apologies")."""
    return keyed_kinds([f"{clause} names"])


def _meaning(clause: str) -> Meaning | None:
    if _APOLOGIES.search(clause):
        return Meaning(kind=APOLOGIES)
    if _ABSENT.search(clause):
        return Meaning(kind=ABSENT)
    if chair := _CHAIR.search(clause):
        role = chair["role"]
        return Meaning(role=role[:1].upper() + role[1:].lower())
    return None


def is_key_line(line: str) -> bool:
    """Whether a line is a key to the marks (and so no one's name, nor a list of them)."""
    return len(line) <= _LONGEST_LINE and bool(keyed_kinds([line]))


def unmarked(line: str) -> str:
    """The line with its marks taken out ("- *Cllr Ann Lee*" -> "- Cllr Ann Lee")."""
    if len(line) > _LONGEST_LINE or "*" not in line and "~~" not in line:
        return line
    return _MARKED.sub(lambda match: next(match[kind] for kind in _KINDS if match[kind] is not None), line)


def marked_phrases(lines: list[str]) -> list[Marked]:
    """Every phrase the lines mark, with its kind and line, key lines left out."""
    found: list[Marked] = []
    for index, line in enumerate(lines[:_MOST_LINES]):
        if len(line) > _LONGEST_LINE or "*" not in line and "~~" not in line or is_key_line(line):
            continue
        for match in _MARKED.finditer(line):
            kind = next(kind for kind in _KINDS if match[kind] is not None)
            found.append(Marked(kind, match[kind].strip(), index))
            if len(found) >= _MOST_MARKS:
                return found
    return found


def read_as_keyed(found: Attendance, marked: list[Marked], meanings: dict[str, Meaning]) -> None:
    """Each marked person on the roll moved, or given their role, as the key says of their mark. Only
    phrases on the roll's own lines count; one marked there whom the roll did not take in (a struck
    name the list passed over) is recorded where the key puts them."""
    for mark in marked:
        meaning = meanings.get(mark.kind)
        if meaning is None or mark.index not in found.used:
            continue
        person = read_person(mark.phrase)
        if person is None:
            continue
        at = next((at for at, there in enumerate(found.present) if _same(there.name, person.name)), None)
        if meaning.role is not None:
            if at is not None and not found.present[at].role:
                found.present[at] = replace(found.present[at], role=meaning.role)
            continue
        if meaning.kind not in (APOLOGIES, ABSENT):
            continue
        if at is not None:
            there = found.present.pop(at)
            person = Person(name=there.name, organisation=there.organisation)
        elif any(_same(away.name, person.name) for away in found.apologies + found.absent):
            continue
        record(found, Label(meaning.kind), [Person(name=person.name, organisation=person.organisation)])


def _same(first: str, second: str) -> bool:
    return first == second or same_person(first, second)

