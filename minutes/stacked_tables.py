"""Action tables whose cells stand one under another, a line each, as text copied from a PDF
or a web page without its layout gives them:

    Ref / Action / Responsible / Due / 1 / Obtain three quotes for resurfacing / the car park /
    Clerk / 31/03/2026 / 2 / ...

each "/" a line break. The headings come first, a line each; then each row opens with its
reference (the number or minute column the table starts with), and its task, which may wrap
over several lines, sits among cells of one line each (an owner, a date, a status). Such a
table is set back into tab-separated rows, the way Word tables reach the reader, so that it
is read as any other action table. Rows are told apart by their references only, so a table
that does not open with a reference column is left as it is.
"""

from __future__ import annotations

import re

from minutes.action_tables import ITEM, NUMBER, WHAT, WHEN, heading_kind, table_columns

_MOST_HEADINGS = 8
_HEADING_CHARS = 40
# A row's reference alone on its line: "1", "12.", "A7", "25/14", "FP/26/02", "3b".
_REFERENCE = re.compile(r"^(?:[A-Z]{1,4}\s?[/-]?\s?)?\d{1,4}(?:[./-]\d{1,4}){0,2}[a-z]?\.?$")
_PLAIN_NUMBER = re.compile(r"^\d{1,4}\.?$")
_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
# The most lines one row's cells take; a longer run is prose, not a row.
_ROW_LINES = 14
_CELL_WORDS = 8  # words of a one-line cell beside the task (an owner, a post, a date)
# What a due cell says: a figure, a month, a season or a meeting.
_WHEN_WORDS = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:meeting|asap|ongoing"
                         r"|tbc|tba|week|month|quarter|spring|summer|autumn|winter|immediate(?:ly)?|end|next|now)\b",
                         re.IGNORECASE)


def with_stacked_tables(lines: list[str]) -> list[str]:
    """`lines` with each action table written a cell a line set back as tab-separated rows."""
    out: list[str] = []
    index = 0
    kinds_of: dict[str, str | None] = {}  # (each line's heading kind, found once however often it is looked at)
    while index < len(lines):
        size = _headings_at(lines, index, kinds_of)
        if size:
            kinds = table_columns("\t".join(line.strip() for line in lines[index:index + size]))
            rows, end = _rows(lines, index + size, kinds) if kinds else ([], index)
            if rows:
                out.append("\t".join(line.strip() for line in lines[index:index + size]))
                out.extend("\t".join(row) for row in rows)
                index = end
                continue
        out.append(lines[index])
        index += 1
    return out


def _headings_at(lines: list[str], index: int, kinds_of: dict[str, str | None]) -> int:
    """How many lines from `index` on are an action table's headings, one a line (0 when none):
    the first a reference's or a minute's ("Ref", "No.", "Minute"), the others any column's."""

    def kind(line: str) -> str | None:
        if not line or "\t" in line or len(line) > _HEADING_CHARS:
            return None
        if line not in kinds_of:
            kinds_of[line] = heading_kind(line)
        return kinds_of[line]

    if kind(lines[index].strip()) not in (NUMBER, ITEM):
        return 0
    size = 1
    while index + size < len(lines) and size < _MOST_HEADINGS and kind(lines[index + size].strip()) is not None:
        size += 1
    if size < 3:
        return 0
    kinds = table_columns("\t".join(line.strip() for line in lines[index:index + size]))
    if not kinds or WHAT not in kinds or kinds[0] not in (NUMBER, ITEM):
        return 0
    return size


def _rows(lines: list[str], start: int, kinds: list[str | None]) -> tuple[list[list[str]], int]:
    """The rows under the headings, each opening with its reference, and where they end."""
    anchors = 1 + (len(kinds) > 1 and kinds[1] in (NUMBER, ITEM))
    rows: list[list[str]] = []
    index = start
    previous: str | None = None
    while index < len(lines):
        # (Blank lines between rows are passed over; a line that opens no row ends the table, before them.)
        after = index
        while after < len(lines) and not lines[after].strip():
            after += 1
        if after >= len(lines) or not _opens_row(lines[after].strip(), previous):
            break
        index = after
        end = index + anchors
        while end < len(lines) and lines[end].strip() and end - index < _ROW_LINES and not (
                _opens_row(lines[end].strip(), lines[index].strip()) and end - index > anchors + 1):
            end += 1
        cells = _cells([line.strip() for line in lines[index:end]], kinds, anchors)
        if cells is None:
            break
        rows.append(cells)
        previous = lines[index].strip()
        index = end
    return (rows, index) if rows else ([], start)


def _opens_row(line: str, previous: str | None) -> bool:
    """Whether a line is a row's reference: written as the row before wrote its own ("25/14" after
    "25/13"), plain numbers counting on from it; never a date ("31/03/2026")."""
    if not _REFERENCE.match(line) or _DATE.match(line):
        return False
    if previous is None:
        return True
    if _PLAIN_NUMBER.match(previous):
        return bool(_PLAIN_NUMBER.match(line)) and int(line.rstrip(".")) == int(previous.rstrip(".")) + 1
    return _shape(line) == _shape(previous)


def _shape(reference: str) -> str:
    return re.sub(r"\d+", "9", reference)


def _cells(row: list[str], kinds: list[str | None], anchors: int) -> list[str] | None:
    """A row's lines shared among its columns: each column but the task's takes one line, those
    before the task from the top and those after it from the foot; the task takes the lines
    between. A due column at the end whose line says no time is empty. None when the lines
    cannot be shared so."""
    if len(row) < anchors + 1 or any(_REFERENCE.match(cell) is None for cell in row[:1]):
        return None
    head, rest = row[:anchors], row[anchors:]
    after_kinds = kinds[anchors:]
    task = after_kinds.index(WHAT) if WHAT in after_kinds else None
    if task is None:
        return None
    before, after = after_kinds[:task], after_kinds[task + 1:]
    tail: list[str] = []
    body = rest[len(before):]
    for kind in reversed(after):
        if kind == WHEN and body and not _WHEN_WORDS.search(body[-1]) or len(body) <= 1:
            tail.insert(0, "")
            continue
        tail.insert(0, body.pop())
    if not body or any(len(cell.split()) > _CELL_WORDS for cell in [*rest[:len(before)], *tail]):
        return None
    return [*head, *rest[:len(before)], " ".join(body), *tail]
