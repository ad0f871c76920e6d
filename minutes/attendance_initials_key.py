"""A key to the initials a roll is written in, set as its own list ("HB – Helen Brockway (Chair)" over
"DA – Dilys Amankwah", before "Present: HB, DA" or after it): the key's lines say who the initials
stand for and are no roll themselves. Without this the list before the roll reads as the roll, and
those the roll puts among the apologies would be counted present too."""

from __future__ import annotations

import re

from minutes.attendance_blocks import INITIALS_ROLL
from minutes.people import initials_fit, read_person

# "HB – Helen Brockway (Chair)", "- AL = Ann Lee", "PR: Pavel Rusu": initials, a dash, colon or "=", then a name.
_KEY_LINE = re.compile(r"^\s*(?:[-*•]\s+)?(?P<short>[A-Z][A-Za-z]{1,3})\s*(?:[-–—:=]|\t)\s*(?P<who>[A-Z][^\t]{2,80}?)\s*$")
# "Present: HB, DA, PR, KT", "Apologies - LM": a roll's label, then its initials.
_LABELLED = re.compile(r"^\s*[A-Za-z][A-Za-z' ]{0,30}\s*[:–-]\s*")
_SHORT = re.compile(r"\b[A-Z]{2,4}\b")
_LONGEST_LINE = 200
_MOST_LINES = 200_000
_FEWEST_ENTRIES = 2


def initials_key_runs(lines: list[str]) -> dict[int, int]:
    """Each run of at least two key lines whose initials a roll written in initials elsewhere in the
    document uses, as its first line -> the line after it."""
    if len(lines) > _MOST_LINES:
        return {}
    runs: list[tuple[int, int, set[str]]] = []
    start, shorts = None, set()
    for index, line in enumerate([*lines, ""]):
        if (short := _key_entry(line)) is not None:
            start = index if start is None else start
            shorts.add(short)
            continue
        if start is not None and index - start >= _FEWEST_ENTRIES:
            runs.append((start, index, shorts))
        start, shorts = None, set()
    if not runs:
        return {}
    used = _roll_initials(lines)
    return {start: end for start, end, shorts in runs if len(shorts & used) >= _FEWEST_ENTRIES}


def _key_entry(line: str) -> str | None:
    """The initials a key line explains, when the name after them is one they fit."""
    if len(line) > _LONGEST_LINE or not line[:8].strip()[:1].isalpha() and line.lstrip()[:1] not in "-*•" or not (
            entry := _KEY_LINE.match(line)):
        return None
    person = read_person(entry["who"])
    return entry["short"] if person is not None and initials_fit(entry["short"], person.name) else None


def _roll_initials(lines: list[str]) -> set[str]:
    """The initials of every roll line written in initials ("Present: HB, DA, PR")."""
    found: set[str] = set()
    for line in lines:
        if len(line) > _LONGEST_LINE or not line.strip():
            continue
        rest = _LABELLED.sub("", line, count=1)
        if INITIALS_ROLL.match(rest):
            found.update(_SHORT.findall(rest))
    return found
