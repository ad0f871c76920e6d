"""A roll table that a web page or a word processor gave out one cell to a paragraph: "Members",
"Role", then "Tilly McKAIL (Vice Chairperson)", "Nominated by Health Board", "Lorna STABB", ..."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.agenda import is_heading
from minutes.attendance_headings import attendance_label, names_one_person
from minutes.attendance_people import DASH, ROLE_HEADINGS, capital_surname
from minutes.attendance_tables import NAME_HEADS, ORG_HEADS
from minutes.people import Person, is_organisation, looks_like_name, read_person
from minutes.roll import Attendance, Label, record
from minutes.vocabulary import has_title, is_role


# The most cells a roll table's row has when each cell is a paragraph of its own.
_MOST_CELLS = 4
_MOST_CELL_WORDS = 14
_CELL_HEADS = NAME_HEADS | ORG_HEADS | set(ROLE_HEADINGS)


def cells_a_paragraph(lines: list[str], start: int, found: Attendance, label: Label) -> int | None:
    """ "Present:-" over "Members", "Role", then "Tilly McKAIL (Vice Chairperson)", "Nominated by
    Health Board", "Lorna STABB", "Chief Officer", ...: a roll table that a web page or a word
    processor gave out one cell to a paragraph. The header's cells (if any) say how many cells
    make a row, else name and description alternate; each row opens with its person. Returns
    the index after the rows, or None when `start` opens no such table."""
    if start + 1 < len(lines) and lines[start + 1].strip():
        return _cells_a_line(lines, start, found, label)
    cells: list[tuple[int, str]] = []
    index = start
    while index < len(lines) and len(cells) < 2 * _MOST_CELLS + 2:
        if lines[index].strip():
            if index + 1 < len(lines) and lines[index + 1].strip():
                break  # a cell a paragraph: a blank line after each
            cells.append((index, lines[index].strip()))
        index += 1
    heads = _header_cells([cell for _, cell in cells])
    size = heads or _row_size(cells)
    if heads == 1 or heads > _MOST_CELLS:
        return None
    rows: list[Person] = []
    index = cells[heads][0] if len(cells) > heads else start
    while True:
        row: list[str] = []
        at = index
        while len(row) < size and at < len(lines):
            if lines[at].strip():
                # (A row's first cell may be the next heading; a later cell is its person's, whatever its words.)
                if not row and (attendance_label(lines[at]) or is_heading(lines[at])) or (
                        at + 1 < len(lines) and lines[at + 1].strip()):
                    break
                row.append(lines[at].strip())
            at += 1
        if len(row) < size or any(cell.endswith(".") or len(cell.split()) > _MOST_CELL_WORDS for cell in row):
            break  # (a sentence, "Tilly McKAIL, Vice Chairperson, in the Chair.", is no cell)
        person = read_person(row[0]) or read_person(strip_title_case(row[0]))
        if person is None or not looks_like_name(strip_title_case(person.name)) or not heads and (
                attendance_label(row[1]) or is_heading(row[1]) or "," in re.sub(r"\([^()]*\)", "", row[0])
                or len(rows) < 2 and (DASH.search(row[0]) or not _describes(row[1]))):
            # A row opens with its one person; without a header, its second cell is no heading, and the
            # first rows' second cells describe their people.
            break
        about = ", ".join(row[1:])
        if not heads and size == 3 and is_role(re.sub(r"\s*\([^()]*\)", "", row[1])) and person.organisation is None:
            # "Ann Cole", "Lead Nurse", "North Vale Trust": a name, a post and a body, in that order.
            person, about = replace(person, organisation=row[2]), row[1]
        rows.append(replace(person, role=person.role or about) if person.role is None else person)
        index = at
    if not rows or not heads and len(rows) < 3:  # (a header proves the layout; without one, three rows)
        return None
    record(found, label, rows)
    return index


def _cells_a_line(lines: list[str], start: int, found: Attendance, label: Label) -> int | None:
    """ "Members", "Role", then "Morag KINNAIRD (Chairperson)", "Nominated by Health Board", "Alasdair
    McBRYDE", ... with no blank line between them: the same table given out a cell a line, as a
    PDF's or a plain-text copy's lines are. Only a header row ("Members", "Role"), or rows whose
    names write the surname in capitals and whose other lines do not, proves the layout; the rows run
    to the next blank line or heading."""
    top: list[str] = []
    at = start
    while at < len(lines) and lines[at].strip() and len(top) <= _MOST_CELLS:
        top.append(lines[at].strip())
        at += 1
    heads = _header_cells(top)
    if heads == 1 or heads > _MOST_CELLS:
        return None
    index = start + heads
    if heads:
        while index < len(lines) and not lines[index].strip():
            index += 1  # (a blank line between the header row and the rows)
    size = heads or 2
    rows: list[Person] = []
    while index + size <= len(lines):
        row = [line.strip() for line in lines[index: index + size]]
        if not all(row) or attendance_label(row[0]) or is_heading(row[0]) or any(
                cell.endswith(".") or len(cell.split()) > _MOST_CELL_WORDS for cell in row):
            break
        person = read_person(row[0]) or read_person(strip_title_case(row[0]))
        if person is None or not looks_like_name(strip_title_case(person.name)) or "," in re.sub(
                r"\([^()]*\)", "", row[0]) or not heads and not (capital_surname(row[0]) and not capital_surname(row[1])):
            break
        about = ", ".join(row[1:])
        rows.append(replace(person, role=person.role or about) if person.role is None else person)
        index += size
    if len(rows) < (1 if heads else 2) or index < len(lines) and lines[index].strip() and not (
            attendance_label(lines[index]) or is_heading(lines[index])):
        return None  # (the rows run to a blank line or the next heading: a line left over says this was some other layout)
    record(found, label, rows)
    return index


def _header_cells(cells: list[str]) -> int:
    """How many of the first cells are a roll table's header cells ("Members", "Role")."""
    heads = 0
    while heads < len(cells) and cells[heads].lower().rstrip(":") in _CELL_HEADS:
        heads += 1
    return heads


def _row_size(cells: list[tuple[int, str]]) -> int:
    """How many cells make a row of a roll table given out a cell a paragraph with no header: the
    distance between the cells that name a person ("Ann Cole", "Lead Nurse", "North Vale Trust",
    "Ben Dyer", ...: three) when the first three such cells are evenly spaced, else two."""
    named = [at for at, (_, cell) in enumerate(cells[: 3 * _MOST_CELLS + 1]) if names_one_person(cell)][:3]
    if len(named) == 3 and named[0] == 0 and 2 < named[1] <= _MOST_CELLS and named[2] == 2 * named[1]:
        return named[1]
    return 2


def _describes(cell: str) -> bool:
    """Whether a cell says what someone is ("Chief Officer", "Dundee Carers Centre", "Nominated by
    Health Board") rather than naming someone."""
    return read_person(cell) is None or not has_title(cell) and not re.search(r"[(,]", cell) and (
        is_role(cell) or is_organisation(cell))


def strip_title_case(name: str) -> str:
    """ "Tilly McKAIL": a name whose surname is written in capitals, in the usual case."""
    return " ".join(word if not word.isupper() or len(word) < 3 else word.title() for word in name.split())
