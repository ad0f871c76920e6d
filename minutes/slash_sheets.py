"""Action sheets and logs kept as Word tables and saved as text with " / " between cells.

Three layouts reach the reader this way. A log with a heading row ("Action by / Action /
Deadline") whose rows each sit on a line of their own ("JR / Send the plan to the Board. /
28.6.12"): its lines are laid out with tabs, one for one, so the reader's tables read them.
The same log with each row a paragraph of its own, wrapped over as many lines as it needs
("No. / Action / Who? / When?" over its rows): plain text's tables lay its rows out with tabs.
Both know their heading row, and cut rows into cells, in one way (`_heading`, `_cells`).
And a numbered action sheet, often set before the minutes themselves, with no heading row:
"3. / Cora to draft the terms of reference ... / Cora", a row wrapped over lines until its last
cell, who acts. Each sentence of a sheet's row that names who does it ("Bea to send ...",
"Rosalind would add ...", "Members are asked to ...") is a task of its own; a row whose
sentences name nobody is one task, its owner the last cell. Every line is looked at a
bounded number of times and every pattern is anchored, so hostile text stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.action_tables import table_columns
from minutes.decisions import sentences

_CELL = " / "
# A log's heading row names three columns at the least.
_HEADING_CELLS = 3
# A log's row set as a paragraph of its own is wrapped over a few lines at most.
_PARAGRAPH_LINES = 8
# A sheet's row opens on its number and the cell mark: "3. / Cora to draft ...".
_ROW_START = re.compile(r"^\s*(?P<number>\d{1,3})[.)]?\s+/\s+(?P<rest>\S.*)$")
# A row is wrapped over a few lines at most before its owner's cell closes it.
_ROW_LINES = 6
# An owner's cell is a few names ("Bea/Rosalind", "Tom Prewitt and Mark Hasluck"), not a sentence.
_OWNER_CELL = re.compile(r"^[A-Z][\w'’.-]*(?:(?:\s*[/&,]\s*|\s+)[\w'’.-]+){0,7}$")
_OWNER_CHARS = 60
# "Cora and Tevin to plan ...", "Rosalind would add ...", "Members are asked to feed back ...":
# who opens the sentence (capitalised words joined by "and", "&" or a slash), then what they will do.
_NAMED_TASK = re.compile(
    r"^(?P<who>[A-Z][\w'’-]*(?:(?:\s+(?:and|And|&)\s+|\s*/\s*|\s+)[A-Z][\w'’-]*){0,4})"
    r"\s+(?:to|will|would|shall|(?:is|are|was|were)\s+(?:asked|requested|invited)\s+to)\s+"
    r"(?P<what>[a-z][\w'’-]*\b.*)$")
# A sentence opening on a group who acts together, not a name the owner's cell gives.
_GROUP = re.compile(r"^(?:all|members|partners|agencies|officers|everyone|board\s+members)$", re.IGNORECASE)
_OPENING_WORDS = {"this", "these", "the", "it", "there", "we", "they", "nb"}


@dataclass(frozen=True)
class SheetTask:
    """One task of a numbered sheet's row: its words, who does it, the row's number, its lines."""

    what: str
    who: str
    number: str
    lines: range


def _cells(text: str) -> list[str]:
    """A slash-celled row's cells, each without the spaces around it."""
    return [cell.strip() for cell in text.split(_CELL)]


def _heading(line: str) -> list[str] | None:
    """The cells of a line that heads a slash-celled log: three or more, naming an action
    log's columns ("No. / Action / Who? / When?"); None for any other line."""
    if line.count(_CELL) < _HEADING_CELLS - 1:
        return None
    cells = _cells(line)
    return cells if table_columns("\t".join(cells)) else None


def slash_logs_tabbed(lines: list[str]) -> list[str]:
    """The lines, with each slash-celled log whose rows sit one a line laid out with tabs; other lines
    unchanged. As many lines as before, so the document's line numbers hold, though a log's rows set
    apart by blank lines move up together, the blanks after them."""
    out = list(lines)
    index = 0
    while index < len(out):
        heading = None if "\t" in out[index] else _heading(out[index])
        if heading is None:
            index += 1
            continue
        rows, end = [index], index + 1
        while end < len(out):
            # (A page that sets each row as a paragraph of its own puts a blank line between them.)
            following = end + 1 if not out[end].strip() and end + 1 < len(out) else end
            if out[following].count(_CELL) != len(heading) - 1 or "\t" in out[following]:
                break
            rows.append(following)
            end = following + 1
        if len(rows) >= 2:
            # (Rows set apart by blank lines are drawn together, the blanks after them, so the table reads on.)
            tabbed = ["\t".join(_cells(out[row])) for row in rows]
            out[index:end] = tabbed + [""] * (end - index - len(tabbed))
        index = end
    return out


def slash_log_paragraphs(lines: list[str], start: int) -> tuple[int, list[str]]:
    """The slash-celled log headed at `start` whose rows are paragraphs of their own, each
    wrapped over as many lines as it needs, every one with as many cells as the heading: where
    it ends and its rows as tab-separated lines, a blank line after them; none when the line
    heads no action log."""
    heading = _heading(lines[start])
    if heading is None:
        return start, []
    rows, index = ["\t".join(heading)], start + 1
    while index < len(lines):
        while index < len(lines) and not lines[index].strip():
            index += 1
        end = index
        while end < len(lines) and lines[end].strip() and end - index < _PARAGRAPH_LINES:
            end += 1
        cells = _cells(" ".join(" ".join(lines[index:end]).split()))
        if index == end or len(cells) != len(heading):
            break
        rows.append("\t".join(cells))
        index = end
    if len(rows) < 2:
        return start, []
    return index, [*rows, ""]


def sheet_tasks(lines: list[str]) -> list[SheetTask]:
    """The tasks of each numbered action sheet in the lines (two rows or more, each closed by
    its owner's cell); none when the lines hold no such sheet."""
    rows: list[tuple[str, str, str, range]] = []
    index = 0
    while index < len(lines):
        opened = _ROW_START.match(lines[index]) if _CELL in lines[index][:8] else None
        if opened is None:
            index += 1
            continue
        row = _row(lines, index, opened)
        if row is None:
            index += 1
            continue
        rows.append(row)
        index = row[3].stop
    if len(rows) < 2:
        return []
    return [task for row in rows for task in _row_tasks(*row)]


def _row(lines: list[str], start: int, opened: re.Match) -> tuple[str, str, str, range] | None:
    """The row opened at `start`: its number, text and owner's cell, and the lines it spans."""
    parts = [opened["rest"]]
    end = start
    while _CELL not in parts[-1] and end + 1 < len(lines) and end + 1 - start < _ROW_LINES and lines[end + 1].strip() and (
            not _ROW_START.match(lines[end + 1])):
        end += 1
        parts.append(lines[end].strip())
    text = "\n".join(parts)
    if _CELL not in text:
        return None
    # (Split from the right: in "... / / Jo" an empty cell's mark shares a space with the owner's, and the owner is
    # the last cell.)
    body, owner = text.rsplit(_CELL, 1)
    owner = owner.strip()
    if not body.strip() or len(owner) > _OWNER_CHARS or not _OWNER_CELL.match(owner):
        return None
    # (The row's own line breaks are kept: a line it wraps onto may start a sentence its writer left unstopped.)
    return opened["number"], "\n".join(" ".join(part.split()) for part in body.split("\n")).replace(_CELL, " "), owner, range(
        start, end + 1)


def _row_tasks(number: str, text: str, owner: str, span: range) -> list[SheetTask]:
    """A row's tasks: each sentence that names who does it, else the row's words for its owner."""
    named = []
    for sentence in (said for part in text.split("\n") for said in sentences(part)):
        found = _NAMED_TASK.match(sentence.strip())
        if found is None:
            continue
        who = found["who"]
        first = re.split(r"\W+", who)[0]
        if first.lower() in _OPENING_WORDS:
            continue
        if _GROUP.match(who) or first.lower() in re.split(r"\W+", owner.lower()):
            named.append(SheetTask(found["what"].strip(" .;"), who if _GROUP.match(who) else _plain_and(who),
                                   number, span))
    if named:
        return named
    return [SheetTask(" ".join(text.split()).strip(" .;"), owner, number, span)]


def _plain_and(who: str) -> str:
    """ "Sophia Scarrow And Wren": the joining word as it is read."""
    return re.sub(r"\s+And\s+", " and ", who)
