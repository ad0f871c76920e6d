"""A year's attendance grid: a row for each member, their initials and body, then one mark for each of
the year's meetings held so far ("Y", "A", "D", "N", "-"), one column a meeting. Boards print it with each
set of minutes, and it gives two readings of this meeting, the latest column marked:

- Who came, under a key to the marks ("Key: Y = Attend, N = Did Not Attend, A = Apology, D = Deputy
  attended in place"): the last mark of each row. PDF text runs the rows together ("IB Adults Health Y A
  Y JS CAFCASS D D Y ..."); each row still ends in its run of marks.
- When it met, where the grid alone gives the date (safeguarding boards and partnerships often open
  their minutes with it): the columns are headed by their dates ("2.4.15  4.6.15  6.8.15  1.10.15
  3.12.15") and name no meeting as this one, but the columns that carry marks are the meetings held so
  far, so the number of marks a row carries is the column this meeting stands in.

Both find the rows the same way: a row ends in its run of marks, and most rows' runs are as long as each
other (one mark a meeting held), so the runs of the commonest length are the rows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from datetime import date

from minutes.people import Person
from minutes.roll import ABSENT, APOLOGIES, Label, PRESENT
from minutes.when import find_date

# "Y = Attend", "A = Apology": one letter, an equals sign or a dash, what it means.
_KEY_PAIR = re.compile(r"(?<![\w])(?P<mark>[A-Z])[ ]*[=–-][ ]*(?P<means>[A-Za-z][A-Za-z ]{0,40}?)(?=[ ]*(?:[,;]|$|[A-Z][ ]*[=–-]))")
_FEWEST_KEYS = 3
# The grid stands within this many lines above its key.
_GRID_REACH = 8
_INITIALS = re.compile(r"^[A-Z]{2,4}(?:/[A-Z]{2,4})*$")
_FIGURES = re.compile(r"^[\d./-]+$")
_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
# Fewer rows than this over a key is no grid.
_FEWEST_KEYED_ROWS = 4
_NO_MEETING = "-"

# A mark in a dated grid's cell: present, apology, deputy, not attended, not a member yet, a tick.
_MARKS = frozenset("YNADPXynadpx✓✔✗•-")
_CELL_BREAK = re.compile(r"[\s|/]+")
_FEWEST_COLUMNS = 3
_FEWEST_DATED_ROWS = 3
_ROWS_BELOW = 60


def keyed_grid(lines: list[str]) -> tuple[range, list[tuple[Label, list[Person]]]] | None:
    """The lines a keyed attendance grid takes and who it says was at this meeting, sent apologies or
    was absent; None when the minutes hold no such grid."""
    for index, line in enumerate(lines):
        if "=" not in line and "–" not in line and " - " not in line:
            continue  # (cheaply: no key's sign, "Y = Attended", "Y – Attended" or "Y - Attended")
        pairs = [(m["mark"], _meaning(m["means"])) for m in _KEY_PAIR.finditer(line)]
        if len(pairs) < _FEWEST_KEYS:
            continue
        key = {mark: label for mark, label in pairs if label is not None}
        if not any(label.kind == PRESENT for label in key.values()):
            continue
        start = max(0, index - _GRID_REACH)
        rows = _keyed_rows(" ".join(lines[start:index]).split(), {mark for mark, _ in pairs} | {_NO_MEETING})
        if len(rows) < _FEWEST_KEYED_ROWS:
            continue
        by_label: dict[Label, list[Person]] = {}
        for initials, mark in rows:
            if mark in key:
                by_label.setdefault(key[mark], []).append(
                    Person(name=initials, organisation=None, role=None, in_place_of=None, initials=None))
        return range(start, index + 1), list(by_label.items())
    return None


def _meaning(means: str) -> Label | None:
    means = means.lower()
    if "deput" in means or "substitut" in means or "in place" in means:
        return None  # someone unnamed came in the member's place: the member was not there, nor sent word here
    if "apolog" in means:
        return Label(APOLOGIES)
    if re.search(r"\bnot\b", means) or "absent" in means:
        return Label(ABSENT)
    if "attend" in means or "present" in means:
        return Label(PRESENT, "member")
    return None


def _keyed_rows(words: list[str], marks: set[str]) -> list[tuple[str, str]]:
    """Each row's initials and last mark, the initials the first word after the row before (past any
    column heads' dates and figures)."""
    rows: list[tuple[str, str]] = []
    previous = 0
    for begin, end in _runs_ending_rows(words, marks, shortest=2):
        cells = words[previous:begin]
        dates = [i for i, word in enumerate(cells) if _DATE.match(word)]
        cells = cells[dates[-1] + 1:] if dates else cells
        cells = [word for word in cells if not _FIGURES.match(word)]
        if cells and _INITIALS.match(cells[0]) and len(cells) > 1:
            rows.append((cells[0], words[end - 1]))
        previous = end
    return rows


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
    # Each line's cells, then an empty one: a run of marks stops at the end of its line.
    cells = [cell for line in lines[:_ROWS_BELOW] for cell in _CELL_BREAK.split(line) + [""]]
    # (a dash alone between words is punctuation, not a row: a row's run holds a letter)
    rows = _runs_ending_rows(cells, _MARKS, lettered=True)
    if not rows:
        return None
    marked = rows[0][1] - rows[0][0]
    return columns[marked - 1] if len(rows) >= _FEWEST_DATED_ROWS and marked <= len(columns) else None


def _runs_ending_rows(cells: list[str], marks: Collection[str], shortest: int = 1,
                      lettered: bool = False) -> list[tuple[int, int]]:
    """Where the grid's rows end: the runs of marks among the cells (as begin and end) that count (at
    least `shortest` long, and with a letter in them where `lettered`) and are as long as most such runs,
    in order; the first commonest length where lengths tie."""
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(cells):
        if cells[at] in marks:
            end = at
            while end < len(cells) and cells[end] in marks:
                end += 1
            if end - at >= shortest and (not lettered or any(cell.isalpha() for cell in cells[at:end])):
                runs.append((at, end))
            at = end
        else:
            at += 1
    lengths = Counter(end - begin for begin, end in runs)
    if not lengths:
        return []
    width = lengths.most_common(1)[0][0]
    return [(begin, end) for begin, end in runs if end - begin == width]
