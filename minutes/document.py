"""One model of a minutes document, whatever its format: headings with levels,
paragraphs, list items with their depth, tables with header rows, and the emphasised
words of each block.

Each format's parser (`markdown_doc`, `html_doc`, `docx_doc`, and `from_text` here for
plain text and PDF) builds a `Document`; `Document.lines()` lays it out as the lines the
reader walks: a heading on a line of its own, a list item as "- " (or its number)
indented by depth, a table row as cells joined by tabs. A short emphasised phrase that
closes a paragraph ("... by the end of May. *Housing team*") is how many minutes name an
owner, so it is laid out as an "Action:" marker the reader already knows. A paragraph
written as a list without list syntax (its lines each opening with "[ ]", "AI:", "TODO", a
bullet character, or sitting under "Next steps") is added as items, one a line
(`minutes.line_items`).

A block also keeps its italic, bold and struck-through phrases by kind (`Block.marks`): a roll
that marks apologies in italics, the absent struck through or the chair in bold says so in a key
("Present (apologies in italics)"), and where a document has such a key its marked phrases are
laid out in markdown's marks ("*Ann Lee*", "**Ann Lee**", "~~Ann Lee~~"), as `minutes.emphasis_marks`
describes, for the attendance reader to read. Without a key the text carries no marks. A table keeps
its cells' marks row by row (`Block.row_marks`), so a roll set as a table ("*Ann Lee*<tab>Vale Trust")
is laid out the same way; its heading rows stay plain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from minutes.emphasis_marks import BOLD, keyed_kinds, with_marks

HEADING, PARAGRAPH, ITEM, TABLE = "heading", "paragraph", "item", "table"
# A line of plain or PDF text, kept exactly as written: its layout is what the line reader reads.
LINE = "line"

# Control characters break the Word and HTML exports; tab and newline carry structure.
# Form feed (between PDF pages: how running heads are found) and carriage return (line
# ends, read by `normalise`) stay too.
_CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
_TRAILING_OWNER_WORDS = 6
_LEAD_IN_WORDS = 8
_ACTIONISH = re.compile(r"\b(?:to|will|should|must|agreed|asked|action)\b", re.IGNORECASE)
_NAME_LIKE = re.compile(r"^[A-Z][\w'’.-]*(?:[ ,&/]+(?:and\s+)?[A-Z][\w'’.-]*){0,5}$")
# A checklist drawn with box glyphs (Google Docs, Word and Confluence exports write each
# entry as a paragraph opening with one): open boxes and ticked ones.
_OPEN_BOX, _TICKED_BOX = "☐□❏❐", "☑☒✅✓✔"
_BOX_STARTS = frozenset(f"{_OPEN_BOX}{_TICKED_BOX}[-*•")
_BOX = re.compile(f"^\\s*(?:[-*•]\\s*)?(?:(?P<box>[{_OPEN_BOX}{_TICKED_BOX}])\\s*|\\[(?P<mark>[ xX])\\]\\s+)")


_CELL_BULLET = re.compile(r"^[-*•·▪◦]\s+")


def cell_text(lines) -> str:
    """A table cell's lines as one line, kept apart by "; ", each without the bullet that
    listed it ("- Book the hall" in a cell is the entry "Book the hall")."""
    found = (_CELL_BULLET.sub("", " ".join(line.split())).rstrip(";") for line in lines)
    return "; ".join(line for line in found if line)


def without_control_characters(text: str) -> str:
    """The text without C0/C1 control characters (tab, newline and form feed kept)."""
    return text.translate(_CONTROL)


@dataclass(frozen=True)
class Block:
    """One block of a document. `level` is a heading's level or a list item's depth
    (0 outermost); `marker` is a list item's number ("3.") or "" for a bullet; `rows`
    are a table's cells, the first `header_rows` of them its heading."""

    kind: str
    text: str = ""
    level: int = 0
    marker: str = ""
    emphasis: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    header_rows: int = 0
    # (kind, phrase) of each italic, bold or struck phrase, in reading order (`minutes.emphasis_marks`).
    marks: tuple[tuple[str, str], ...] = ()
    # A table's marks, row by row beside `rows` (a roll table's names in italics, its absent struck through).
    row_marks: tuple[tuple[tuple[str, str], ...], ...] = ()


@dataclass
class Document:
    """A document's blocks in reading order."""

    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> None:
        if block.kind in (PARAGRAPH, ITEM) and "\n" in block.text.strip():
            parts = _line_list(block, self.blocks[-1] if self.blocks else None)
            if parts:
                for part in parts:
                    self.add(part)
                return
        if block.kind in (PARAGRAPH, ITEM):
            block = _as_checklist_entry(block)
        if block.kind == TABLE:
            if block.rows:
                self.blocks.append(block)
        elif block.kind == LINE:
            self.blocks.append(block)
        elif block.text.strip():
            self.blocks.append(block)

    def lines(self) -> list[str]:
        """The blocks laid out as lines for the reader (see the module's docstring)."""
        out: list[str] = []
        previous = None
        kinds = keyed_kinds(_key_lines(self.blocks))
        for block in self.blocks:
            if kinds and block.marks:
                block = replace(block, text=with_marks(block.text, block.marks, kinds))
            if kinds and block.row_marks:
                block = replace(block, rows=_marked_rows(block, kinds))
            if block.kind == LINE:
                out.append(block.text)
            elif block.kind == TABLE:
                if out and out[-1]:
                    out.append("")
                out.extend("\t".join(row) for row in _side_by_side_stacked(block.rows))
                out.append("")
            elif block.kind == ITEM:
                if previous not in (ITEM, None) and out and out[-1]:
                    out.append("")
                marker = block.marker or "-"
                first, *rest = _clean(block.text).split("\n")
                out.append(f"{'  ' * block.level}{marker} {first}")
                out.extend(f"{'  ' * (block.level + 1)}{line}" for line in rest)
            else:
                if out and out[-1]:
                    out.append("")
                out.extend(_clean(_with_lead_in_apart(block, _with_owner_marker(block))).split("\n"))
            previous = block.kind
        return out

    def text(self) -> str:
        return without_control_characters("\n".join(self.lines()))


def _side_by_side_stacked(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A table set as two (or more) tables side by side, its heading row the same headings again
    ("Name | Role | Name | Role", a roll fitted on one page), as one table: the headings once, then
    the left half's rows, then the right half's, each half's empty rows left out."""
    if not rows:
        return rows
    head = [" ".join(cell.split()).lower() for cell in rows[0]]
    width = next((size for size in range(1, len(head) // 2 + 1) if len(head) % size == 0 and all(head[:size])
                  and all(head[at:at + size] == head[:size] for at in range(size, len(head), size))), None)
    if width is None or any(len(row) != len(head) for row in rows):
        return rows
    halves = [row[at:at + width] for at in range(0, len(head), width) for row in rows[1:]]
    return (rows[0][:width], *(half for half in halves if any(cell.strip() for cell in half)))


def _key_lines(blocks: list[Block]):
    """The lines a key may stand on: headings, paragraphs and list items, and a table's one-cell
    rows and first cells ("Key: apologies in italics" in a roll table's title or foot row)."""
    for block in blocks:
        if block.kind in (HEADING, PARAGRAPH, ITEM):
            yield block.text
        elif block.kind == TABLE:
            yield from (row[0] for row in block.rows if row and len(row[0]) <= _KEY_CELL)


_KEY_CELL = 200


def _marked_rows(block: Block, kinds: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """A table's rows with each cell's marked phrases of a keyed kind in markdown's marks, as a
    paragraph's are ("*Ann Lee*\tRiverside Water"): the heading rows stay plain, their bold being
    a heading's, not a mark of who came."""
    rows = list(block.rows)
    for at, marks in enumerate(block.row_marks[:len(rows)]):
        if at < block.header_rows or not marks:
            continue
        if at == 0 and all(not cell or (BOLD, cell) in marks for cell in rows[0]):
            continue  # (a first row all in bold is the columns' headings, set as a header row is)
        rows[at] = tuple(with_marks(cell, marks, kinds) if cell else cell for cell in rows[at])
    return tuple(rows)


def from_text(text: str) -> Document:
    """Plain text (and PDF text) as a document: its own lines, read by the line reader, with
    any grid table ("+----+" borders) laid out as rows."""
    from minutes.grid_tables import with_grid_tables

    document = Document()
    lines = with_grid_tables(without_control_characters(text).split("\n"))
    document.blocks = [Block(LINE, line) for line in lines]
    return document


def checkbox(ticked: bool) -> str:
    """The checkbox a checklist entry opens with, as markdown task lists write it."""
    return "[x]" if ticked else "[ ]"


def _as_checklist_entry(block: Block) -> Block:
    """A paragraph opening with a box ("☐ Sam Okafor – book the hall", or "[ ]" as OneNote
    and plain-text checklists write it) is an entry of a checklist: laid out as a list item
    with a markdown box ("- [ ] ...", "- [x] ..." when ticked), the form the reader knows,
    so entries read one by one and ticked ones as done."""
    if block.text.lstrip()[:1] not in _BOX_STARTS:
        return block
    box = _BOX.match(block.text)
    if not box:
        return block
    ticked = box["box"] in _TICKED_BOX if box["box"] else box["mark"] != " "
    text = f"{checkbox(ticked)} {block.text[box.end():]}"
    return Block(ITEM, text, level=block.level if block.kind == ITEM else 0, marker=block.marker,
                 emphasis=block.emphasis, marks=block.marks)


def _line_list(block: Block, previous: Block | None) -> list[Block] | None:
    """The blocks a paragraph written as a list without list syntax stands for (see
    `minutes.line_items`): "Action items" over "[ ] Priya to book the hall" and "AI: Sam to send the
    invoice" on lines of their own is a paragraph and two items. A list item whose own later lines are
    marked entries ("- Hall" over "  AI: Priya to book the hall") keeps its first line and has them
    as items under it. A closing emphasised owner on a line ("... by May **[SW]**") is kept as the
    "Action:" marker a paragraph's line would have had."""
    from minutes.line_items import TODO_LABEL, list_blocks, marker_kind

    lines = block.text.strip("\n").split("\n")
    if block.kind == ITEM:
        if not any(marker_kind(line) == "strong" for line in lines[1:]):
            return None
        parts = list_blocks(lines[1:], False)
        if not parts:
            return None
        head = Block(ITEM, lines[0], level=block.level, marker=block.marker, emphasis=block.emphasis,
                     marks=block.marks)
        return [head, *(Block(PARAGRAPH if kind == "paragraph" else ITEM, text, level=block.level + 1,
                              marker=marker, emphasis=block.emphasis, marks=block.marks)
                        for kind, marker, text in parts)]
    under_label = previous is not None and previous.kind in (HEADING, PARAGRAPH) and "\n" not in previous.text.strip() \
        and bool(TODO_LABEL.match(previous.text.strip()))
    parts = list_blocks(lines, under_label)
    if not parts:
        return None
    closing = _closing_owners(block)
    out = []
    for kind, marker, text in parts:
        if kind == "paragraph":
            out.append(Block(PARAGRAPH, text, level=block.level, emphasis=block.emphasis, marks=block.marks))
        else:
            if closing:
                text = "\n".join(_line_with_owner_marker(line, closing) for line in text.split("\n"))
            out.append(Block(ITEM, text, level=block.level, marker=marker, emphasis=block.emphasis, marks=block.marks))
    return out


def _closing_owners(block: Block) -> tuple[str, ...]:
    """A paragraph's emphasised phrases that may close its lines as owners, the longest first."""
    return tuple(sorted(set(block.emphasis[-_LINE_OWNERS:]), key=lambda phrase: (-len(phrase), phrase)))


def _clean(text: str) -> str:
    lines = [" ".join(part.split()) if "\t" not in part else part.strip() for part in text.split("\n")]
    return "\n".join(lines).strip("\n")


def _with_lead_in_apart(block: Block, text: str) -> str:
    """A paragraph opening with an emphasised lead-in that is a heading ("**Youth bus** The board
    agreed ...") has it on a line of its own, so it is not read as part of the first sentence."""
    if block.kind != PARAGRAPH or not block.emphasis:
        return text
    lead = block.emphasis[0].strip()
    stripped = text.lstrip()
    if (not stripped.startswith(lead) or lead[-1:] in ".:;,!?-–—" or len(lead.split()) > _LEAD_IN_WORDS
            or len(stripped) <= len(lead) + 1 or not stripped[len(lead):].lstrip()[:1].isupper()):
        return text
    return f"{lead}\n{stripped[len(lead):].lstrip()}"


def _with_owner_marker(block: Block) -> str:
    """A paragraph whose closing words are emphasised and read as a name or team names
    its owner: "The plan to be redrafted. *Sam Okafor*" becomes "... Action: Sam Okafor".
    A paragraph of minutes on lines of their own ("7.1 ... **[SW]**" over "7.2 ... **[Clerk]**")
    has each line's closing owner read so."""
    if block.kind != PARAGRAPH or not block.emphasis:
        return block.text
    if "\n" in block.text.strip():
        # The longest phrase first, so that of "Jo Smith" and "Smith" ending one line the whole name is
        # taken, the same on every run.
        closing = _closing_owners(block)
        return "\n".join(_line_with_owner_marker(line, closing) for line in block.text.split("\n"))
    return _line_with_owner_marker(block.text, (block.emphasis[-1],))


_LINE_OWNERS = 50


def _line_with_owner_marker(text: str, emphasis: tuple[str, ...]) -> str:
    body = text.rstrip()
    last = next((phrase for phrase in emphasis if phrase.strip() and body.rstrip(" .)]").endswith(
        phrase.strip().strip("()[]").strip().rstrip(" ."))), None)
    if last is None:
        return text
    last = last.strip().strip("()[]").strip()
    if not last:
        return text
    words = last.rstrip(". ").split()
    head = body[: body.rstrip(" .)]").rfind(last.rstrip(" ."))].rstrip(" ([-–—:")
    if not words or len(words) > _TRAILING_OWNER_WORDS or not head or not _ACTIONISH.search(head):
        return text
    head = head if head.endswith((".", "!", "?")) else f"{head}."
    if re.match(r"^(?:action|owner|lead)s?\s*[:\-–]", last, re.IGNORECASE):
        return f"{head} {last.rstrip('. ')}"
    if not _NAME_LIKE.match(last.rstrip(". ")):
        return text
    return f"{head} Action: {last.rstrip('. ')}"
