"""Whether a document writes both its rolls in initials: "Attending:" over "- RM", "- JB" and "Apologies" over
"- NL", as a small committee's notes name everyone by initials that nothing spells out. A body sends no
apologies alongside a roll of other bodies' initials, so two rolls of initials, one of those there and one of
those who sent apologies, are people's."""

from __future__ import annotations

import re

from minutes.attendance_blocks import INITIALS_ROLL
from minutes.attendance_headings import attendance_label
from minutes.roll import APOLOGIES, PRESENT

_BULLET = re.compile(r"^\s*[-*•]\s+")


def both_rolls_in_initials(lines: list[str], reach: int) -> bool:
    """Whether the first `reach` lines hold a roll of those present and a roll of apologies, each written
    in initials alone: on its heading's line ("In attendance: JS, MH") or a bullet a line under it."""
    kinds: set[str] = set()
    for index, line in enumerate(lines[:reach]):
        if not line or (said := attendance_label(line)) is None or said[0].kind not in (PRESENT, APOLOGIES):
            continue
        label, rest = said
        entries = [rest.strip()] if rest.strip() else _bullets_under(lines, index + 1, reach)
        if entries and all(INITIALS_ROLL.match(entry) for entry in entries):
            kinds.add(label.kind)
    return kinds == {PRESENT, APOLOGIES}


def _bullets_under(lines: list[str], start: int, reach: int) -> list[str]:
    """The bullets straight under a heading (a blank line before them allowed), without their marks."""
    entries: list[str] = []
    for line in lines[start:reach]:
        if not line.strip():
            if entries:
                break
            continue
        if not _BULLET.match(line):
            break
        entries.append(_BULLET.sub("", line))
    return entries
