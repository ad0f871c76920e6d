"""Action tables in PDF text, read by where their words stand on the page.

pypdf's plain text keeps a table's words but not its cell breaks ("No. Action
Responsibility Timeframe" over "2 Carry out speed surveys on the R412 at Knockmore Roads
Section January 2026"), and a cell that wrapped comes out over several lines. Its layout
mode keeps each word's place, so the columns stand under their headings. A page whose
plain text holds an action table's header is read again in layout mode, and the table
is rebuilt as tab-separated rows (the way Word tables reach the reader); every other
line stays as plain text gave it.
"""

from __future__ import annotations

import re

from minutes.action_tables import NUMBER, ITEM, WHEN, WHO, spaced_columns

_CELL = re.compile(r"\S+(?: \S+)*")
_TABLE_GAP = 2  # a cell's words are one space apart; columns two or more
_SLACK = 2
_MAX_ROWS = 400


def with_tables(plain: str, layout_of) -> str:
    """`plain` with each action table rebuilt from the page's layout text, which
    `layout_of()` gives (called only when the page has a table header)."""
    lines = plain.split("\n")
    headers = [index for index, line in enumerate(lines) if spaced_columns(line)]
    if not headers:
        return plain
    try:
        layout = (layout_of() or "").split("\n")
    except Exception:  # noqa: BLE001 - pypdf's layout mode fails on some fonts; the plain text still reads
        return plain
    for start in reversed(headers):
        rebuilt = _table(layout, lines[start])
        if rebuilt is None:
            continue
        rows, following = rebuilt
        end = _plain_end(lines, start, following)
        if end is not None:
            lines[start:end] = rows
    return "\n".join(lines)


def _table(layout: list[str], header: str) -> tuple[list[str], str | None] | None:
    """The table under `header` as tab-separated rows, and the first line after it."""
    words = header.split()
    at = next((i for i, line in enumerate(layout) if line.split() == words), None)
    if at is None:
        return None
    cells = list(_CELL.finditer(layout[at]))
    kinds = spaced_columns(header) or []
    if len(cells) != len(kinds) or len(cells) < 2:
        return None  # the header's words do not stand apart as one heading a column
    starts = [cell.start() for cell in cells]
    body: list[list[str]] = []
    index = at + 1
    while index < len(layout) and len(body) < _MAX_ROWS:
        line = layout[index]
        if not line.strip():
            break
        placed = _placed(line, starts)
        if placed is None:
            break
        body.append(placed)
        index += 1
    following = next((layout[i] for i in range(index, len(layout)) if layout[i].strip()), None)
    rows = _rows(body, kinds)
    if not rows:
        return None
    return ["\t".join(cell.group() for cell in cells)] + ["\t".join(row) for row in rows], following


def _placed(line: str, starts: list[int]) -> list[str] | None:
    """The line's words by column; None when a run of words crosses into the next column
    (running text, not a table row)."""
    columns = [""] * len(starts)
    for match in _CELL.finditer(line):
        column = max((i for i, start in enumerate(starts) if start <= match.start() + _SLACK), default=0)
        following = starts[column + 1] if column + 1 < len(starts) else None
        if following is not None and match.end() > following + _SLACK:
            return None
        columns[column] = f"{columns[column]} {match.group()}".strip()
    return columns


def _rows(body: list[list[str]], kinds: list[str]) -> list[list[str]]:
    """Lines grouped into rows: each row has one line with its anchor cell filled (its
    number, else its date, else its owner); a line without one belongs to the nearest
    such line, the one above when two are as near (cells are centred or top-aligned)."""
    anchor = next((i for i, kind in enumerate(kinds) if kind in (NUMBER, ITEM)), None)
    for kind in (WHEN, WHO):
        if anchor is None and kind in kinds:
            anchor = kinds.index(kind)
    anchored = [i for i, line in enumerate(body) if line[anchor]]
    if not anchored:
        return []
    rows: dict[int, list[str]] = {i: [""] * len(kinds) for i in anchored}
    for index, line in enumerate(body):
        owner = min(anchored, key=lambda a: (abs(a - index), a > index))
        row = rows[owner]
        for column, text in enumerate(line):
            if text:
                row[column] = f"{row[column]} {text}".strip()
    return [rows[i] for i in anchored]


def _plain_end(lines: list[str], start: int, following: str | None) -> int | None:
    """Where the table ends in the plain text: at the line the layout shows after it."""
    if following is None:
        return len(lines)
    wanted = following.split()
    for index in range(start + 1, len(lines)):
        if lines[index].split() == wanted:
            return index
    return None
