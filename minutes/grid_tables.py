"""Pandoc's grid tables, as a markdown-it block rule and in plain text.

Minutes converted from Word with pandoc (and many written for it) set their tables as
grids: a border of `+` and `-` on top, cells between `|`, rows parted by `+---+` lines,
the heading parted from the body by `+===+`, and a cell's text wrapped over as many
lines as it needs. CommonMark has no tables and GFM only pipe tables, so the grid would
otherwise read as a paragraph of punctuation. The rule turns a grid into one
`grid_table` token whose `meta` holds its rows (each cell's lines joined as pandoc
flows them) and how many of them head it. Text files carry the same grids (pandoc's
plain output, Emacs and database tools print them): `with_grid_tables` lays them out
as rows. Every line is looked at a bounded number of times.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from minutes.document import cell_text

_BORDER = re.compile(r"^\+(?:[-=:]+\+)+$")
# A cell's own list ("- one", "2. two") keeps its entries apart.
_ENTRY = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
MAX_ROWS = 2_000
MAX_LINES = 20_000  # a grid's lines, borders included: far past any minutes' table
_FAILED_UNTIL = "grid_tables_failed_until"


def with_grid_tables(lines: list[str]) -> list[str]:
    """Plain text lines with each grid table laid out as tab-separated rows, the way Word
    tables reach the reader (a cell's own lines kept apart by "; ")."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        if index + 1 < len(lines) and lines[index + 1].lstrip()[:1] in ("-", "=") and lines[index].strip():
            end, rows = _bar_table(lines, index) if "|" in lines[index] else _simple_table(lines, index)
            if rows:
                out.extend(rows)
                index = end
                continue
        if not lines[index].lstrip().startswith("+-"):
            out.append(lines[index])
            index += 1
            continue
        end, whole = _run(lines, index)
        if not whole:
            # No table starts anywhere in a run of border and bar lines that ends without a border.
            out.extend(lines[index:end])
            index = end
            continue
        rows, _ = grid_rows(lines[index:end])
        out.extend("\t".join(cell_text(cell.split("\n")) for cell in row) for row in rows)
        index = end
    return out


# The rule under a bar table's heading: dashes parted where the columns meet ("-----+-----", "---|---").
_BAR_RULE = re.compile(r"^\s*+[+|]?[-=]{2,}+(?:\s*+[+|]\s*+[-=]{2,}+)+\s*+[+|]?\s*+$")
_BAR_RULE_CHARS = 2_000


def _bar_table(lines: list[str], start: int) -> tuple[int, list[str]]:
    """A table of cells between bars without outer borders, a rule of dashes under its
    heading (as database tools and typed minutes set them: "Member | Issue | Response" over
    "-------+-------+--------"), laid out as tab-separated rows from its heading; a line
    whose first cell is empty carries on the cells of the row above (a cell wrapped over
    lines). Returns where it ends and its rows ([] when the lines are no such table)."""
    rule = lines[start + 1]
    if len(rule) > _BAR_RULE_CHARS or not _BAR_RULE.match(rule):
        return start, []
    head = lines[start].strip()
    bordered = (head.startswith("|"), head.endswith("|"))
    rows = [_bar_cells(lines[start], bordered)]
    width = len(rows[0])
    end = start + 2
    while end < len(lines) and end - start < MAX_LINES and "|" in lines[end] and len(rows) < MAX_ROWS:
        cells = _bar_cells(lines[end], bordered)
        if len(cells) != width:
            break
        _add_row(rows, cells)
        end += 1
    return _laid_out(lines, start, end, rows)


# The rule under a simple table's heading: runs of dashes parted by spaces, one run a column ("---   -----   ----").
_SIMPLE_RULE = re.compile(r"^\s*+[-=]{2,}+(?:\s++[-=]{2,}+)+\s*+$")
_DASH_RUN = re.compile(r"[-=]{2,}")
_SIMPLE_COLUMNS = 3


def _simple_table(lines: list[str], start: int) -> tuple[int, list[str]]:
    """A plain-text table whose columns a rule of dash runs marks under its heading ("Ref   Action
    Lead   Status" over "---   ------   ----   ------", as pandoc's simple tables and typed logs set
    them), laid out as tab-separated rows from its heading: each line is cut where the runs begin,
    and a line whose first column is empty carries on the row above (cells wrapped over lines).
    Returns where it ends and its rows ([] when the lines are no such table)."""
    rule = lines[start + 1]
    if len(rule) > _BAR_RULE_CHARS or not _SIMPLE_RULE.match(rule):
        return start, []
    starts = [match.start() for match in _DASH_RUN.finditer(rule)]
    if len(starts) < _SIMPLE_COLUMNS:
        return start, []  # (two headings over dashes are a roll's groups side by side, "Elected Members   Officials")
    heading = _cut(lines[start], starts)
    if sum(1 for cell in heading if cell) < len(starts) - 1:
        return start, []  # (a heading names most of its columns)
    rows = [heading]
    end = start + 2
    while end < len(lines) and lines[end].strip() and end - start < MAX_LINES and len(rows) < MAX_ROWS:
        cells = _cut(lines[end], starts)
        _add_row(rows, cells)
        end += 1
    return _laid_out(lines, start, end, rows)


def _cut(line: str, starts: list[int]) -> list[str]:
    """A line's cells cut where the columns begin (the last runs to the line's end)."""
    bounds = [*starts[1:], max(len(line), starts[-1])]
    return [line[left:right].strip() for left, right in zip([0, *starts[1:]], bounds)]


def _bar_cells(line: str, bordered: tuple[bool, bool]) -> list[str]:
    """A bar table line's cells; without outer borders (as its heading shows) a line opening
    with a bar has an empty first cell, and one closing with a bar an empty last cell."""
    text = line.strip()
    text = text[1:] if bordered[0] and text.startswith("|") else text
    text = text[:-1] if bordered[1] and text.endswith("|") else text
    return [cell.strip() for cell in text.split("|")]


def _run(lines: list[str], start: int) -> tuple[int, bool]:
    """The end of the run of border and bar lines from `start`, and whether it is a grid
    table (a border on top and at the bottom)."""
    end = start + 1
    while end < len(lines) and end - start < MAX_LINES and lines[end].strip()[:1] in ("+", "|"):
        end += 1
    top = lines[start].strip()
    whole = (end - start >= 3 and top.startswith("+-") and bool(_BORDER.match(top))
             and bool(_BORDER.match(lines[end - 1].strip().replace("|", "+"))))
    return end, whole


def grid_tables_plugin(md: MarkdownIt) -> None:
    """Read pandoc grid tables as `grid_table` tokens (see the module's docstring)."""
    md.block.ruler.before("table", "grid_table", _grid_table, {"alt": ["paragraph"]})


def _line(state: StateBlock, number: int) -> str:
    return state.src[state.bMarks[number] + state.tShift[number]: state.eMarks[number]].rstrip()


def _grid_table(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    top = _line(state, start)
    if not top.startswith("+-") or not _BORDER.match(top) or start < state.env.get(_FAILED_UNTIL, -1):
        return False
    if silent:
        # Asked whether a grid ends the paragraph above: its top border and a row say so.
        return start + 1 < end and _line(state, start + 1)[:1] == "|"
    number = start + 1
    while number < end and number - start < MAX_LINES and _line(state, number)[:1] in ("+", "|"):
        number += 1
    lines = [_line(state, n) for n in range(start, number)]
    if len(lines) < 3 or not _BORDER.match(lines[-1].replace("|", "+")):
        # No grid starts anywhere in this run of border and bar lines: none is looked for again.
        state.env[_FAILED_UNTIL] = number
        return False
    rows, header_rows = grid_rows(lines)
    token = state.push("grid_table", "table", 0)
    token.map = [start, number]
    token.meta = {"rows": rows, "header_rows": header_rows}
    state.line = number
    return True


def grid_rows(lines: list[str]) -> tuple[list[list[str]], int]:
    """A grid table's rows (each cell's lines flowed) and how many head it; `lines` run from
    its top border to its bottom one."""
    indent = len(lines[0]) - len(lines[0].lstrip())
    lines = [line[indent:].rstrip() for line in lines]
    edges = [i for i, char in enumerate(lines[0]) if char == "+"]
    rows: list[list[str]] = []
    header_rows = 0
    pending: list[list[str]] = []
    borders = [line for line in lines if line.startswith("+")]
    # Database tools (MySQL, psql) rule off only the heading and the foot and give each row one
    # line, every one filling its first cell; pandoc parts every row with a border.
    one_a_line = len(borders) == 3 and "=" not in borders[1]
    for line in lines[1:]:
        if line.startswith("+"):
            if pending and one_a_line and rows and len(pending) > 1 and all(cells[0].strip() for cells in pending):
                rows.extend([cell.strip() for cell in cells] for cells in pending)
                pending = []
            if pending:
                rows.append([_flow(cell) for cell in zip(*pending)])
                pending = []
            if "=" in line and not header_rows:
                header_rows = len(rows)
            if len(rows) >= MAX_ROWS:
                break
            continue
        pending.append(_cells(line, edges))
    return rows, header_rows


def _cells(line: str, edges: list[int]) -> list[str]:
    """A line's cells, cut where the top border puts the column edges; a line whose edges
    moved (a cell spanning columns) is cut at its own bars."""
    if all(edge < len(line) and line[edge] == "|" for edge in edges):
        return [line[left + 1: right] for left, right in zip(edges, edges[1:])]
    found = line.strip("|").split("|")
    return (found + [""] * len(edges))[: len(edges) - 1]


def _flow(lines: tuple[str, ...]) -> str:
    """A cell's lines as pandoc flows them: wrapped lines joined by spaces; paragraphs
    (parted by a blank line) and list entries kept apart by newlines."""
    parts: list[str] = []
    joining = False
    for raw in lines:
        text = raw.strip()
        if not text:
            joining = False
            continue
        if joining and not _ENTRY.match(text):
            parts[-1] = f"{parts[-1]} {text}"
        else:
            parts.append(text)
        joining = True
    return "\n".join(parts)


def _add_row(rows: list[list[str]], cells: list[str]) -> None:
    """A row after the heading; one whose first cell is empty carries on the row above (cells wrapped over lines)."""
    if cells[0] or len(rows) == 1:
        rows.append(cells)
    else:
        rows[-1] = [f"{old} {new}".strip() for old, new in zip(rows[-1], cells)]


def _laid_out(lines: list[str], start: int, end: int, rows: list[list[str]]) -> tuple[int, list[str]]:
    """Where a table ends and its rows as tab-separated lines at its indent ([] for a heading alone)."""
    if len(rows) < 2:
        return start, []
    indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
    return end, [indent + "\t".join(row) for row in rows]
