"""Rolls whose lines open with a status mark in brackets ("[P] Jane Doe – Chair", "(A) Tom Hill",
"- [AB] Val Seddon"): each person recorded as the key the document gives those marks says, or,
with no key, as the two marks every such roll uses ("P" present, "A"/"Ap" apologies)."""

from __future__ import annotations

import re

from minutes.attendance_headings import next_filled
from minutes.attendance_keys import key_in
from minutes.people import looks_like_name, opens_with_titled_name, read_person
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, MOST_PEOPLE, PRESENT, record


# "[P] Margaret Ellery – Chair", "- (A) Mr Stephen Loach - Local Authority Governor": a mark of one to
# three letters in brackets, then the person.
# ("✓ Joan Ames", "✗ Sara Cole": a tick or a cross before the name is such a mark too.)
_MARKED = re.compile(r"^\s*(?:[-*•]\s+)?(?:[\[(](?P<mark>[A-Za-z]{1,3})[\])]|(?P<sign>[✓✔✗✘×]))\s+(?P<who>\S.{1,150}?)\s*$")
# With no key, only the marks whose meaning every body shares ("A" alone is apologies, as rolls with
# a key say it; "AB" may be absent or apologies, so it needs one).
_PLAIN_MARKS = {"p": Label(PRESENT, "member"), "a": Label(APOLOGIES), "ap": Label(APOLOGIES)}
# A tick is there; a cross, with no key, is only not there (apologies or absence, the key would say).
_SIGNS = {"✓": Label(PRESENT, "member"), "✔": Label(PRESENT, "member"),
          "✗": Label(ABSENT), "✘": Label(ABSENT), "×": Label(ABSENT)}
_KEY_REACH = 6
_GAP = 1  # blank lines a roll's entries may stand apart by (a Word list turned to text)


def marked_roll(lines: list[str], index: int, found: Attendance) -> int | None:
    """A run of at least two lines from `index`, each a bracketed mark and a person, recorded as
    its key says; where the run ends (past a key just under it), or None when this is no such
    roll (a lettered list "(a) ...", a mark the key leaves unexplained, an entry that is no one).
    A key line straight under the roll's heading, before its first entry, is stepped over."""
    if index >= len(lines) or "(" not in lines[index] and "[" not in lines[index] and not _SIGNS.keys() & set(
            lines[index][:8]):
        return None  # (cheaply first: most lines hold no bracket, and open with no tick or cross)
    start: int | None = index
    if not _MARKED.match(lines[index]) and key_in([lines[index]]):
        start = next_filled(lines, index + 1)
    if start is None or not _MARKED.match(lines[start]):
        return None
    before = next((at for at in range(start - 1, max(-1, start - _GAP - 2), -1) if lines[at].strip()), None)
    if before is not None and _MARKED.match(lines[before]) and not key_in([lines[before]]):
        return None  # inside a run already read (or found no roll) from its first line: each run is read once
    rows: list[re.Match[str]] = []
    at, end = start, start
    while at is not None and len(rows) < MOST_PEOPLE and (row := _MARKED.match(lines[at])) and not key_in([lines[at]]):
        if not (looks_like_name(_name_part(row["who"])) or opens_with_titled_name(row["who"])):
            return None  # "(a) Land at Mill Lane": a lettered list, found out at its first entry that is no one
        rows.append(row)
        end = at + 1
        at = _next_filled(lines, end)
    if len(rows) < 2:
        return None
    # ("[P] present", "(A) apologies", "P = present, AB = apologies": a key's marks with brackets or without.)
    key = {mark.strip("()").lower(): label for mark, label in
           key_in(lines[max(0, index - _KEY_REACH): start + 1] + lines[end: end + _KEY_REACH]).items()
           if mark.strip("()").isalpha() or mark in _SIGNS}
    marks = {**_SIGNS, **(key or _PLAIN_MARKS)}
    labels = [marks.get((row["mark"] or row["sign"]).lower()) for row in rows]
    if None in labels or not key and not any(label.kind == PRESENT for label in labels):
        return None
    people = [read_person(row["who"]) for row in rows]
    if None in people:
        return None
    for label, person in zip(labels, people):
        record(found, label, [person])
    after = _next_filled(lines, end)
    if after is not None and key_in([lines[after]]):
        end = after + 1  # the key under the roll is part of it
    return end


def _name_part(entry: str) -> str:
    """An entry's words before its role or body ("Jane Doe – Chair" -> "Jane Doe")."""
    return re.split(r"\s+[-–—]\s+|\s*[(,;\t]", entry, maxsplit=1)[0]


def _next_filled(lines: list[str], index: int) -> int | None:
    """The next line with words, no more than _GAP blank lines on."""
    for ahead in range(index, min(len(lines), index + _GAP + 1)):
        if lines[ahead].strip():
            return ahead
    return None
