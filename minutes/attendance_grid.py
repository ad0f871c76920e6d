"""A grid of members' attendance over the year's meetings, each row the member's initials, their body
and one mark per meeting, under a key to the marks ("Key: Y = Attend, N = Did Not Attend, A = Apology,
D = Deputy attended in place"), as boards print a year's attendance with each set of minutes. PDF text
runs the rows together ("IB Adults Health Y A Y JS CAFCASS D D Y ..."); each row still ends in its run
of marks. This meeting is the latest column: the last mark of each row."""

from __future__ import annotations

import re
from collections import Counter

from minutes.people import Person
from minutes.roll import ABSENT, APOLOGIES, Label, PRESENT

# "Y = Attend", "A = Apology": one letter, an equals sign or a dash, what it means.
_KEY_PAIR = re.compile(r"(?<![\w])(?P<mark>[A-Z])[ ]*[=–-][ ]*(?P<means>[A-Za-z][A-Za-z ]{0,40}?)(?=[ ]*(?:[,;]|$|[A-Z][ ]*[=–-]))")
_FEWEST_KEYS = 3
# The grid stands within this many lines above its key.
_GRID_REACH = 8
_INITIALS = re.compile(r"^[A-Z]{2,4}(?:/[A-Z]{2,4})*$")
_FIGURES = re.compile(r"^[\d./-]+$")
_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
# Fewer rows than this is no grid.
_FEWEST_ROWS = 4
_NO_MEETING = "-"


def _meaning(means: str) -> Label | None:
    means = means.lower()
    if "deput" in means or "substitut" in means or "in place" in means:
        return None  # someone unnamed came in the member's place: the member was not there, nor sent word here
    if "apolog" in means:
        return Label(APOLOGIES)
    if "not" in means or "absent" in means:
        return Label(ABSENT)
    if "attend" in means or "present" in means:
        return Label(PRESENT, "member")
    return None


def keyed_grid(lines: list[str]) -> tuple[range, list[tuple[Label, list[Person]]]] | None:
    """The lines a keyed attendance grid takes and who it says was at this meeting, sent apologies or
    was absent; None when the minutes hold no such grid."""
    for index, line in enumerate(lines):
        if "=" not in line and "–" not in line:
            continue
        pairs = [(m["mark"], _meaning(m["means"])) for m in _KEY_PAIR.finditer(line)]
        if len(pairs) < _FEWEST_KEYS:
            continue
        key = {mark: label for mark, label in pairs if label is not None}
        if not any(label.kind == PRESENT for label in key.values()):
            continue
        start = max(0, index - _GRID_REACH)
        rows = _rows(" ".join(lines[start:index]).split(), {mark for mark, _ in pairs} | {_NO_MEETING})
        if len(rows) < _FEWEST_ROWS:
            continue
        by_label: dict[Label, list[Person]] = {}
        for initials, mark in rows:
            if mark in key:
                by_label.setdefault(key[mark], []).append(
                    Person(name=initials, organisation=None, role=None, in_place_of=None, initials=None))
        return range(start, index + 1), list(by_label.items())
    return None


def _rows(words: list[str], marks: set[str]) -> list[tuple[str, str]]:
    """Each row's initials and last mark: a row ends in the run of marks, as long as most rows' run."""
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(words):
        if words[at] in marks:
            end = at
            while end < len(words) and words[end] in marks:
                end += 1
            runs.append((at, end))
            at = end
        else:
            at += 1
    lengths = Counter(end - begin for begin, end in runs if end - begin >= 2)
    if not lengths:
        return []
    width = lengths.most_common(1)[0][0]
    rows: list[tuple[str, str]] = []
    previous = 0
    for begin, end in runs:
        if end - begin != width:
            continue
        cells = words[previous:begin]
        dates = [i for i, word in enumerate(cells) if _DATE.match(word)]
        cells = cells[dates[-1] + 1:] if dates else cells
        cells = [word for word in cells if not _FIGURES.match(word)]
        if cells and _INITIALS.match(cells[0]) and len(cells) > 1:
            rows.append((cells[0], words[end - 1]))
        previous = end
    return rows
