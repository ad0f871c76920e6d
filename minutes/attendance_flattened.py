"""A roll that PDF text flattened into one long line: the headings "Present", "Apologies" and "In
Attendance" run inline between the people, each person a name alone or a name, a comma and a post
("Present Ann Lee (Chair) Bob Ray Cai Fox, Chief Executive Apologies Dee Ott In Attendance Eli Parr,
Head of Finance Start: 10:00 ..."), as boards print their roll in a table of names and posts."""

from __future__ import annotations

import re

from minutes.attendance_flat_people import FEWEST_ANCHORS, initialled_people, titled_people, up_to_next
from minutes.people import Person, read_person
from minutes.roll import ABSENT, APOLOGIES, Label, PRESENT

_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
# The headings, capitalised, between the people: the table's label cells ("Present" opens the roll; each
# read as `_ANY_LABELS` reads it).
_HEADING = re.compile(r"(?<![\w/])(?P<head>Present|Also Present|In Attendance|Apologies|Absent)\s+(?=" + _NAME_WORD + r"\s)")
# Where the roll stops: the next field ("Start: 11:00"), a number (the first item's) or a sentence's full stop.
_ROLL_END = re.compile(r"\s(?:[\w/]+\s*:|\d)|(?<=[a-z])\.\s")
# A person with a post: their name's two words, then a comma ("Rob Poole, Head of Finance").
_NAME_COMMA = re.compile(r"(?<![\w'’-])(?P<name>" + _NAME_WORD + r"\s+" + _NAME_WORD + r"),\s")
# A person with no post: two capitalised words, perhaps a bracket after them ("Ann Lee (Chair)").
# (Its spaces are taken only from the end of a word, "(?<!\s)", so a search through a run of them is linear.)
_NAME_PAIR = re.compile(r"(?<!\s)\s*(?P<name>" + _NAME_WORD + r"\s+" + _NAME_WORD + r")(?P<bracket>\s*\([^()]{1,40}\))?(?=\s|$)")
# A line shorter than this is no flattened page.
FLAT_LINE = 200


def flattened_roll(line: str) -> list[tuple[Label, list[Person]]]:
    """Each heading of a roll flattened into `line` and the people under it; empty when the line holds
    no such roll (at least two of the headings, each over people, and every part read as people)."""
    if len(line) < FLAT_LINE:
        return []
    if "Present" not in line:
        return shaped_roll(line)
    heads = list(_HEADING.finditer(line))
    first = next((at for at, head in enumerate(heads) if head["head"] == "Present"), None)
    if first is None:
        return shaped_roll(line)
    heads = heads[first:]
    end = _ROLL_END.search(line, heads[0].end())
    stop = end.start() if end else len(line)
    heads = [head for head in heads if head.start() < stop]
    if len(heads) < 2 or len({head["head"] for head in heads}) < 2:
        return shaped_roll(line)
    found: list[tuple[Label, list[Person]]] = []
    for head, after in up_to_next(heads, stop):
        text = line[head.end():after].strip()
        people = _people(text)
        if not people and after == stop and end:
            # "... Officer Start: 11:00", "... Quentin Hale Item 1 Minutes": the next field's or item's word before the stop.
            people = _people(re.sub(r"\s+\S+$", "", text))
        if not people:
            return shaped_roll(line)
        found.append((_ANY_LABELS[head["head"].lower()], people))
    return found


# The same headings in any case, perhaps with a colon ("PRESENT:", "IN ATTENDANCE:"), and the one heading
# over a table of those there and those not ("Attendance and Apologies:"), whose first rows are those there.
_ANY_HEADING = re.compile(r"(?<![\w/])(?P<head>(?i:attendance and apologies|also present|in attendance|present|apologies|absent))"
                          r"(?![\w'’-])[ \t]*:?[ \t]*(?=[A-Z(])")
_ANY_LABELS = {"present": Label(PRESENT, "member"), "attendance and apologies": Label(PRESENT, "member"),
               "also present": Label(PRESENT, "in attendance"), "in attendance": Label(PRESENT, "in attendance"),
               "apologies": Label(APOLOGIES), "absent": Label(ABSENT)}
# Fewer people than this in all is too little to take a run of words for a roll.
_FEWEST_PEOPLE = 4
# Names followed by their initials: fewer than open such a table (FEWEST_ANCHORS) do under its later headings.
_LATER_ANCHORS = 1


def shaped_roll(line: str) -> list[tuple[Label, list[Person]]]:
    """A flattened roll whose people are parted only by their names' shape (titled names, or names each
    followed by their initials: attendance_flat_people); its headings in any case. Read heading by heading
    until one reads as no one or the roll runs into prose."""
    heads = [head for head in _ANY_HEADING.finditer(line) if head["head"][0].isupper()]
    first = next((at for at, head in enumerate(heads) if _ANY_LABELS[head["head"].lower()].kind == PRESENT), None)
    if first is None:
        return []
    heads = heads[first:]
    found: list[tuple[Label, list[Person]]] = []
    for head, after in up_to_next(heads, len(line)):
        text = line[head.end():after]
        titled = titled_people(text)
        people, ends = titled if titled else (initialled_people(text, _LATER_ANCHORS if found else FEWEST_ANCHORS), False)
        if not people:
            break
        found.append((_ANY_LABELS[head["head"].lower()], people))
        if ends:
            break
    if len(found) < 2 or sum(len(p) for _, p in found) < _FEWEST_PEOPLE:
        return []
    return found


def _people(text: str) -> list[Person]:
    """ "Ann Lee (Chair) Bob Ray Cai Fox, Chief Executive Dee Ott, Head of Finance": names alone in
    pairs of words, then each name with its post up to the next name and comma. Empty when a part
    reads as no one."""
    unbracketed = re.sub(r"\[[^\]]*\]", lambda m: " " * len(m[0]), text)  # "[for Ann Lee, Head of X]": no one listed
    anchors = list(_NAME_COMMA.finditer(unbracketed))
    plain = text[: anchors[0].start()] if anchors else text
    people: list[Person] = []
    at = 0
    while at < len(plain.rstrip()):
        pair = _NAME_PAIR.match(plain, at)
        if pair is None:
            return []
        people.append(Person(name=pair["name"], organisation=None,
                             role=pair["bracket"].strip(" ()") if pair["bracket"] else None, in_place_of=None, initials=None))
        at = pair.end()
    for anchor, after in up_to_next(anchors, len(text)):
        post = re.sub(r"\s*\[[^\]]*\]\s*", " ", text[anchor.end():after]).strip(" ,")
        person = read_person(anchor["name"])
        if person is None or not post:
            return []
        people.append(Person(name=person.name, organisation=None, role=post, in_place_of=None, initials=None))
    return people
