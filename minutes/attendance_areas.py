"""A roll by area with no heading of its own: each row an area, ward or parish, a dash, then its members by
title, straight above the roll's other headings, as community councils and joint committees of parishes
print their rolls:

    Kirkton - Mr A. Lindsay
    Easter Glen - Mrs B. Ross, Mr C. Fyfe
    In attendance - Cllr D. Muirhead
    Apologies - Mrs E. Grant

The rows are the members present; each is read as "Present - Mr A. Lindsay" so the usual reading of a
heading's names applies. Every other line is left as it was."""

from __future__ import annotations

import re

from minutes.attendance_headings import attendance_label
from minutes.people import opens_with_titled_name, split_people

# "Easter Glen - Mrs B. Ross, Mr C. Fyfe": an area of one to four capitalised words, a dash, then names.
_AREA_ROW = re.compile(r"^\s*(?P<area>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3})\s+[-–—]\s+(?P<names>\S.{2,300})$")
# A roll's rows are near the document's top: past this many lines a run of such rows is business.
_HEAD_REACH = 40
# The fewest area rows that make a roll.
_FEWEST_ROWS = 2


def area_rows(lines: list[str]) -> list[str]:
    """The lines with a heading-less run of area rows above an attendance heading given the Present heading
    ("Kirkton - Mr A. Lindsay" -> "Present - Mr A. Lindsay"); every other line as it was."""
    top = min(len(lines), _HEAD_REACH)
    run: list[int] = []
    for index in range(top):
        line = lines[index]
        if not line.strip():
            continue
        if _area_row(line):
            run.append(index)
            continue
        if len(run) >= _FEWEST_ROWS and attendance_label(line):
            return [_as_present(line) if at in run else line for at, line in enumerate(lines)]
        run = []
    return lines


def _area_row(line: str) -> bool:
    """ "Easter Glen - Mrs B. Ross, Mr C. Fyfe": an area, a dash, and only people by title after it."""
    row = _AREA_ROW.match(line)
    if row is None or attendance_label(line):
        return False
    entries = split_people(row["names"].rstrip(". "))
    return bool(entries) and all(opens_with_titled_name(entry.strip()) for entry in entries)


def _as_present(line: str) -> str:
    row = _AREA_ROW.match(line)
    return f"Present - {row['names']}" if row else line
