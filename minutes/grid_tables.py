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
from minutes.slash_sheets import slash_log_paragraphs

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
        if " / " in lines[index]:
            end, rows = slash_log_paragraphs(lines, index)
            if rows:
                out.extend(rows)
                index = end
                continue
        if ("...." in lines[index] or "...." in "".join(lines[index + 1:index + _LEADER_ROW_LINES])) and out and (
                _ACTIONS_TITLE.match(out[-1] or (out[-2] if len(out) > 1 else ""))):
            end, rows = _leader_rows(lines, index)
            if rows:
                out.extend(rows)
                index = end
                continue
        if "  " in lines[index].strip() and index + 1 < len(lines) and lines[index + 1].strip():
            end, rows = _aligned_table(lines, index)
            if not rows and out and _ACTIONS_TITLE.match(out[-1] or (out[-2] if len(out) > 1 else "")):
                end, rows = _aligned_rows(lines, index)
            if rows:
                out.extend(rows)
                index = end
                continue
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


_GAP = re.compile(r"\S(?: {2,}|\t)(?=\S)")
_ALIGNED_HEADING_CHARS = 30


def _aligned_table(lines: list[str], start: int) -> tuple[int, list[str]]:
    """A typed table with no rule under its heading, its columns set by spaces ("#   Action
    Who   Status" over "31  Update the website   KA   Done"): a heading an action log's columns
    name, each heading two spaces or more from the next, and the lines under it cut where the
    headings begin, while every cut falls between words; a line whose first column is empty
    carries on the row above (cells wrapped over lines). Returns where it ends and its rows
    ([] when the lines are no such table)."""
    from minutes.action_tables import table_columns

    head = lines[start]
    if len(_GAP.findall(head)) < _SIMPLE_COLUMNS - 1 or len(head) > _BAR_RULE_CHARS or (
            lines[start + 1].lstrip()[:1] in ("-", "=", "+", "|")):
        return start, []  # (a rule under the heading: a simple or bar table)
    starts = [len(head) - len(head.lstrip()), *(match.end() for match in re.finditer(r"(?<=\S)(?: {2,}|\t)(?=\S)", head))]
    heading = _cut(head, starts)
    end = start + 1
    wrapped = _heading_wrapped(heading, lines[end], starts)
    if wrapped:
        # "TARGET" over "DATE", "STATUS/" over "COMMENT": a heading whose cells wrapped onto a second line.
        heading, end = wrapped, end + 1
    if any(len(cell) > _ALIGNED_HEADING_CHARS for cell in heading) or not table_columns("\t".join(heading)):
        return start, []
    rows = [heading]
    while end < len(lines) and lines[end].strip() and end - start < MAX_LINES and len(rows) < MAX_ROWS:
        line = lines[end]
        if _GROUP_TITLE.match(line):
            # "February 2026", "Actions from 12 January": a title grouping the rows under it, by the
            # meeting that raised them, as trackers set it across the columns; no row of its own.
            end += 1
            continue
        if "\t" in line or any(0 < cut < len(line) and line[cut - 1] != " " for cut in starts[1:]):
            break  # (words across a column's start: the table has ended)
        _add_row(rows, _cut(line, starts))
        end += 1
    return _laid_out(lines, start, end, rows)


# A title over a group of a tracker's rows: the month, or the meeting, that raised them.
_GROUP_TITLE = re.compile(r"^\s*(?:(?:actions?\s+)?(?:from|of)\s+(?:the\s+)?(?:meeting\s+(?:on|of|held\s+on)\s+)?)?"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                          r"\s+\d{4}\s*:?\s*$", re.IGNORECASE)


def _heading_wrapped(heading: list[str], line: str, starts: list[int]) -> list[str] | None:
    """A heading's second line, when its cells wrapped: only heading words, each standing under one of the
    first line's cells (none across a column's start). The heading with each cell's two lines joined."""
    from minutes.action_tables import heading_words_only

    if "\t" in line or not line.strip() or not heading_words_only(line) or any(
            0 < cut < len(line) and line[cut - 1] != " " for cut in starts[1:]):
        return None
    below = _cut(line, starts)
    if not any(below[1:]):
        return None
    return [f"{top} {under}".strip() for top, under in zip(heading, below)]


# A title over a closing list of actions ("ACTIONS FROM THIS MEETING", "Action points:").
_ACTIONS_TITLE = re.compile(r"^\W*(?:[\w'’]+\s+){0,3}actions?\b[\w\s'’]{0,40}:?\s*$", re.IGNORECASE)
_ALIGNED_ROWS = 2


def _aligned_rows(lines: list[str], start: int) -> tuple[int, list[str]]:
    """The rows of a typed table with no heading row under a title of actions ("36  Re-advertise
    the post   KA   end Feb"): lines whose gaps of two spaces or more fall at the first line's
    columns, three columns or more, laid out as tab-separated rows (the reader gives each column
    its meaning from what its cells hold)."""
    first = lines[start]
    if len(_GAP.findall(first)) < _SIMPLE_COLUMNS - 1 or len(first) > _BAR_RULE_CHARS:
        return start, []
    starts = [len(first) - len(first.lstrip()), *(match.end() for match in re.finditer(r"(?<=\S)(?: {2,}|\t)(?=\S)", first))]
    rows: list[list[str]] = []
    end = start
    while end < len(lines) and lines[end].strip() and end - start < MAX_LINES and len(rows) < MAX_ROWS:
        line = lines[end]
        if "\t" in line or any(0 < cut < len(line) and line[cut - 1] != " " for cut in starts[1:]):
            break
        cells = _cut(line, starts)
        if rows and not cells[0]:
            rows[-1] = [f"{old} {new}".strip() for old, new in zip(rows[-1], cells)]
        else:
            rows.append(cells)
        end += 1
    if len(rows) < _ALIGNED_ROWS:
        return start, []
    indent = first[: len(first) - len(first.lstrip())]
    return end, [indent + "\t".join(row) for row in rows]


_LEADER = re.compile(r"\s*\.{4,}+\s*")
_LEADER_ROW_LINES = 4


def _leader_rows(lines: list[str], start: int) -> tuple[int, list[str]]:
    """A typed list of actions under its title whose entries run dots out to their owner and date ("A25/03
    Feedback to decision makers ..... NB      28 days"): each entry, its words wrapped over the lines
    before its dots, laid out as a row (reference, task, then the cells after the dots). Returns where it
    ends and its rows ([] for fewer than two such entries)."""
    rows: list[str] = []
    pending: list[str] = []
    end = start
    while end < len(lines) and lines[end].strip() and end - start < MAX_LINES and len(rows) < MAX_ROWS:
        line = lines[end]
        leader = _LEADER.search(line) if "...." in line else None
        if leader is None:
            if len(pending) >= _LEADER_ROW_LINES:
                break
            pending.append(line.strip())
            end += 1
            continue
        words = " ".join([*pending, line[: leader.start()].strip()])
        after = [cell for cell in re.split(r"\s{2,}|\t", line[leader.end():].strip()) if cell]
        ref, gap, task = words.partition("  ") if "  " in words else ("", "", words)
        first = " ".join(line.split()[:1])
        if not gap and pending and re.match(r"^[\w/.\[\]-]*\d[\w/.\[\]-]*$", pending[0].split()[0] if pending[0] else ""):
            ref, task = pending[0].split()[0], words[len(pending[0].split()[0]):]
        elif not gap and re.match(r"^[\w/.\[\]-]*\d[\w/.\[\]-]*$", first):
            ref, task = first, words[len(first):]
        rows.append("\t".join([ref.strip(), " ".join(task.split()), *after]))
        pending = []
        end += 1
    if pending or len(rows) < 2:
        return start, []
    width = max(len(row.split("\t")) for row in rows)
    indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
    return end, [indent + row + "\t" * (width - len(row.split("\t"))) for row in rows]


def _cut(line: str, starts: list[int]) -> list[str]:
    """A line's cells cut where the columns begin (the last runs to the line's end). A cut that falls
    inside a word moves to that word's start: a cell that overran its column by a character or two
    pushed the next cell's word over the line ("... (item 4) AO      ASAP")."""
    cuts = []
    for start in starts[1:]:
        cut = start
        if 0 < cut < len(line) and line[cut - 1] != " " and line[cut] != " ":
            space = line.rfind(" ", 0, cut)
            cut = space + 1 if space >= 0 and (not cuts or space + 1 > cuts[-1]) else cut
        cuts.append(cut)
    bounds = [*cuts, max(len(line), starts[-1])]
    return [line[left:right].strip() for left, right in zip([0, *cuts], bounds)]


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
