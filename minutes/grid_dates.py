"""The meeting's date where only a year's attendance grid gives it.

Safeguarding boards and partnerships often open their minutes with the year's attendance grid: one
column for each of the year's meetings, headed by its date ("2.4.15  4.6.15  6.8.15  1.10.15  3.12.15"),
and a row for each member, marked in every column that has been held ("Y", "A", "D", "N", "-"). The
grid names no meeting as this one; the columns that carry marks are the meetings held so far, so this
meeting is the last column marked: the number of marks a row carries is the column it stops at.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from minutes.when import find_date

# A mark in an attendance grid's cell: present, apology, deputy, not attended, not a member yet, a tick.
_MARK = re.compile(r"[YNADPX✓✔✗•-]", re.IGNORECASE)
_CELL_BREAK = re.compile(r"[\s|/]+")
_FEWEST_COLUMNS = 3
_FEWEST_ROWS = 3
_ROWS_BELOW = 60


def grid_dates(line: str, month_first: bool = False) -> list[date]:
    """The dates heading a grid's columns in a line, in order (three or more in a row, with little
    between them), else none."""
    dates, at = [], 0
    while (found := find_date(line[at:], month_first)) is not None:
        if dates and line[at:at + found.start].strip(" \t|/,;"):
            if len(dates) >= _FEWEST_COLUMNS:
                break
            dates = []  # (words between: not one row of column heads)
        dates.append(found.value)
        at += found.end
    return dates if len(dates) >= _FEWEST_COLUMNS else []


def meeting_in_grid(lines: list[str], month_first: bool = False) -> date | None:
    """The meeting a grid of attendance marks stands for: of the dates heading its columns (in the
    first line), the one the rows' marks stop at, as most rows say; None when the lines hold no such grid."""
    columns = grid_dates(lines[0], month_first) if lines else []
    if not columns:
        return None
    runs: Counter[int] = Counter()
    for line in lines[:_ROWS_BELOW]:
        run, lettered = 0, False
        for cell in _CELL_BREAK.split(line) + [""]:
            if len(cell) == 1 and _MARK.fullmatch(cell):
                run, lettered = run + 1, lettered or cell.isalpha()
                continue
            if run and lettered:  # (a dash alone between words is punctuation, not a row)
                runs[run] += 1
            run, lettered = 0, False
    if not runs:
        return None
    marked, rows = runs.most_common(1)[0]
    return columns[marked - 1] if rows >= _FEWEST_ROWS and marked <= len(columns) else None
