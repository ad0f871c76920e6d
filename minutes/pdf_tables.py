"""Action tables in PDF text, read by where their words stand on the page.

pypdf's plain text keeps a table's words but not its cell breaks ("No. Action
Responsibility Timeframe" over "2 Carry out speed surveys on the R412 at Knockmore Roads
Section January 2026"), and a cell that wrapped comes out over several lines. Its layout
mode keeps each word's place, so the columns stand under their headings. A page whose
plain text holds an action table's header is read again in layout mode, and the table
is rebuilt as tab-separated rows (the way Word tables reach the reader); every other
line stays as plain text gave it. Attendance tables ("Name  Organisation  Initials") are
rebuilt the same way, and a header whose cells wrapped over several lines is read whole.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from minutes.action_tables import ITEM, NUMBER, WHAT, WHEN, WHO, heading_words_only, spaced_columns, table_columns
from minutes.actions import opens_with_verb

_CELL = re.compile(r"\S+(?: \S+)*")
_TABLE_GAP = 2  # a cell's words are one space apart; columns two or more
_SLACK = 2
# How far left of its column layout text may set a cell pulled against the cell before it.
_PULLED_BACK = 6
# Blank lines a cell's padding leaves between rows; a wider gap ends the table.
_PADDING_LINES = 3
_MAX_ROWS = 400
_WRAPPED_HEADER_LINES = 6
# A header's first words left on the line above it when its first heading wrapped ("Action" over "no. ...").
_OVERHANG_WORDS = 2
# Where a cell's text touches the next column's: a small letter against a capital or figure.
_TOUCHING = re.compile(r"^[a-z,.;)][A-Z0-9(]$")
# A figure's own point or comma between digits ("12.40pm", "£1,284"): one word, never two cells.
_IN_FIGURE = re.compile(r"^\d[.,]\d$")
# A word of this cell and the next cell's first word run together ("GrowthPresent").
# Initials pulled against the next cell's word are parted the same way ("SMP / YCNext meeting").
_PULLED_WORD = re.compile(r"([a-z]{4}|\b[A-Z]{2,4})([A-Z][a-z]+)\b")
# A table of who attended ("Name  Organisation  Initials") is rebuilt too: each heading one
# word, a name column among them. Its rows are anchored on the name.
PERSON, DETAIL = "person", "detail"
_PERSON_HEADINGS = {"name", "names", "member", "members", "attendee", "attendees", "representative", "representatives"}
_DETAIL_HEADINGS = {"organisation", "organization", "role", "title", "initials", "agency", "representing",
                    "position", "attendance", "present", "capacity", "designation", "department", "service",
                    # (the place, group or status a council's or board's roll gives each member)
                    "ward", "division", "constituency", "area", "party", "group", "category", "sector", "body",
                    "affiliation", "company", "employer", "post", "status", "apologies", "attended", "absent", "notes",
                    "code", "mark", "key", "practice", "practices"}

# A roll's column headings of more than one word say how each person took part ("In the room",
# "On Teams", "Attending as"): each reads as one heading of a detail column.
_ATTENDING = re.compile(r"\b(?:in\s+the\s+(?:room|hall|chamber)|in\s+person|on\s+(?:teams|zoom|the\s+call)"
                        r"|via\s+(?:teams|zoom|video)|attending\s+as|attended\s+as|joined\s+remotely)\b")


def table_header(line: str) -> list[str] | None:
    """Each column's meaning when a line of PDF text heads a table this module rebuilds:
    an action table's (see `spaced_columns`) or an attendance table's."""
    kinds = spaced_columns(line)
    if kinds:
        return kinds
    heading = re.sub(r"\s*/\s*", "/", _ATTENDING.sub("attendance", line.lower()))  # ("Practice / organisation": one)
    words = [re.sub(r"[^a-z/]", "", word) for word in heading.split()]
    # "Present/Apologies", "Title/Role": a heading of two joined by a slash is one column's.
    words = [word if "/" not in word or not all(part in _DETAIL_HEADINGS for part in word.split("/") if part)
             else "attendance" for word in words]
    if not 2 <= len(words) <= 6:
        return None
    if not all(word in _PERSON_HEADINGS | _DETAIL_HEADINGS for word in words):
        return _headed_names(words)
    people = [word for word in words if word in _PERSON_HEADINGS]
    return [PERSON if word in _PERSON_HEADINGS else DETAIL for word in words] if len(people) == 1 else _headed_names(words)


# The most words of a roll table's first heading ("Name of member", "Members in attendance").
_NAME_HEADING_WORDS = 3


def _headed_names(words: list[str], columns: int | None = None) -> list[str] | None:
    """The columns of a roll table whose column of names is headed in more than one word or by an
    attendance heading ("Board member | Organisation", "Name of member | Role", "Present |
    Organisation", "In attendance | Role", "Apologies | Representing"), as Word and PDF minutes
    head the names of each group; the other headings each one detail word. Given how many `columns`
    the layout shows, only a reading with that many."""
    if words[-1] not in _DETAIL_HEADINGS:
        return None  # (cheaply first: most lines of text end in no heading word)
    if len(words) <= _GROUP_HEADER_WORDS and _headings_in(words, _MOST_GROUPS):
        return None  # "Present Apologies": roll headings side by side, each over its own people
    from minutes.attendance_headings import attendance_label

    for size in range(1, min(_NAME_HEADING_WORDS, len(words) - 1) + 1):
        head, details = words[:size], words[size:]
        if columns is not None and len(details) + 1 != columns or not all(word in _DETAIL_HEADINGS for word in details):
            continue
        # ("Board member", "Attendee name": a person heading with a word before or after it.)
        named = size > 1 and any(word in _PERSON_HEADINGS for word in head)
        label = attendance_label(" ".join(head) + ":")
        if named or label and not label[1].strip():
            return [PERSON] + [DETAIL] * len(details)
    return None


def with_tables(plain: str, layout_of) -> str:
    """`plain` with each action table rebuilt from the page's layout text, which
    `layout_of()` gives (called only when the page has a table header)."""
    lines = plain.split("\n")
    headers = _headers(lines)
    labelled = [index for index, line in enumerate(lines) if _label_before_names(line)]
    heads = [index for index, line in enumerate(lines) if _roll_heading_alone(line)]
    if not headers and not labelled and not heads:
        return plain
    try:
        layout = (layout_of() or "").split("\n")
    except Exception:  # noqa: BLE001 - pypdf's layout mode fails on some fonts; the plain text still reads
        return plain
    if labelled or heads:
        laid_out = {tuple(laid.split()): laid for laid in layout}
        for index in labelled:
            lines[index] = _label_cell(lines[index], laid_out.get(tuple(lines[index].split())))
        for index in heads:
            _people_rows(lines, index + 1, laid_out)
    joins = None
    found = _HeaderPlaces(layout)
    places = [found.place(" ".join(lines[start:start + max(size, 1)]).split(), size) for start, size in headers]
    # Each table's rows end where the page's next table is headed: a body never reads on down
    # the rest of the page through later tables (240 headers on one page read in linear time).
    tops = sorted({at for at, _ in filter(None, places)})
    for number, (start, size) in reversed(list(enumerate(headers))):
        place = places[number]
        if place is None:
            continue
        at, height = place
        # (Its plain lines end by the next header's at the latest: each table's search reads only its own lines.)
        limit = headers[number + 1][0] + 1 if number + 1 < len(headers) else len(lines)
        later = bisect.bisect_right(tops, at)
        stop = tops[later] if later < len(tops) else len(layout)
        if size == 0:
            # A roll of groups side by side ("Voting directors   Non-voting directors"): its rows' own cells.
            rebuilt = _groups_beside(layout, at, stop)
            end = _plain_end(lines, start, rebuilt[1], limit) if rebuilt else None
            if rebuilt and end is not None:
                lines[start:end] = rebuilt[0]
            continue
        joins = joins if joins is not None else _joins(lines)
        rebuilt = _table(layout, at, " ".join(lines[start:start + size]).split(), stop, joins) if height == 1 \
            else _wrapped_table(layout, at, height, stop, joins)
        if rebuilt is None:
            continue
        rows, following = rebuilt
        end = _plain_end(lines, start + size - 1, following, limit)
        if end is not None:
            lines[start:end] = rows
    return "\n".join(lines)


# The most words of an attendance heading in a table's first column ("Also in attendance").
_LABEL_WORDS = 3
_LABELLED_LINE = 300


def _label_before_names(line: str) -> int:
    """How many words of an attendance heading a line of plain text opens with, straight before
    a capitalised word and with no colon ("In attendance Ed Eyre (Secretary)", "Apologies Fay Fox,
    Gus Gill"): the heading cell and the names cell of one row of a table of the groups, their gap
    lost; 0 when it opens with none."""
    words = line.split()
    if len(words) < 2 or ":" in line or len(line) > _LABELLED_LINE or not line[:1].isupper():
        return 0
    from minutes.attendance_headings import attendance_label

    for size in range(1, min(_LABEL_WORDS, len(words) - 1) + 1):
        if words[size][:1].isupper() and (said := attendance_label(" ".join(words[:size]) + ":")) \
                and not said[1].strip() and attendance_label(line) is None:
            # ("Members Officers": two headings side by side, no heading and its names.)
            after = attendance_label(" ".join(words[size:]) + ":")
            return 0 if after and not after[1].strip() else size
    return 0


_HEADING_ALONE = 40
_MOST_PEOPLE_ROWS = 80


def _roll_heading_alone(line: str) -> bool:
    """Whether a line of plain text is an attendance heading alone ("Present", "In attendance:")."""
    if not line.strip() or len(line) > _HEADING_ALONE or "\t" in line:
        return False
    from minutes.attendance_headings import attendance_label

    said = attendance_label(line)
    return bool(said) and not said[1].strip()


def _people_rows(lines: list[str], start: int, laid_out: dict[tuple[str, ...], str]) -> None:
    """The rows of a table with no header under a roll heading ("Present" over "Gail Rennie   Fellbridge
    Police (Chair)"), each a name and its details in cells the layout shows apart (two spaces or more):
    rebuilt with tabs, as a Word table's rows reach the reader, up to the first line that is no such row."""
    from minutes.attendance_unheaded import roll_line

    for index in range(start, min(len(lines), start + _MOST_PEOPLE_ROWS)):
        laid = laid_out.get(tuple(lines[index].split())) if lines[index].strip() and "\t" not in lines[index] else None
        cells = [cell.group() for cell in _CELL.finditer(laid)] if laid else []
        if len(cells) < 2 or len(cells[0].split()) < 2 or not roll_line(cells[0]):
            return  # (nor a header row: "Councillor   Initials" names no one)
        lines[index] = "\t".join(cells)


def _label_cell(line: str, laid: str | None) -> str:
    """A row of heading and names with a tab between them where its layout line `laid` shows the
    two cells apart (two spaces or more), as a Word table's row reaches the reader; else as it was."""
    if laid is None:
        return line
    words = line.split()
    size = _label_before_names(line)
    cells = list(_CELL.finditer(laid))
    if len(cells) >= 2 and cells[0].group().split() == words[:size]:
        return f"{cells[0].group()}\t{' '.join(words[size:])}"
    return line


def _headers(lines: list[str]) -> list[tuple[int, int]]:
    """Where tables are headed in plain text: (first line, number of lines). A header whose
    cells wrapped ("No. Action" / "Action" / "owner" / "Target" / "date") comes out as a run
    of short lines of heading words only, which read together as one header."""
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if table_header(lines[index]):
            found.append((index, 1))
            index += 1
            continue
        if (index + 1 < len(lines) and len(lines[index].split()) <= _OVERHANG_WORDS and heading_words_only(lines[index])
                and lines[index + 1].lstrip()[:1].islower() and spaced_columns(lines[index + 1])):
            # "Action" over "no. Date raised Action Action owner ...": the first heading's words wrapped,
            # its first word left on a line above the rest of the header, which goes on in small letters.
            # (A title over a header, "Action log" over "No. Action ...", is no part of it.)
            found.append((index, 2))
            index += 2
            continue
        if _groups_header(lines[index]):
            found.append((index, 0))  # (size 0: a header of groups side by side, read by `_groups_beside`)
            index += 1
            continue
        size = 0
        while (index + size < len(lines) and size < _WRAPPED_HEADER_LINES
               and heading_words_only(lines[index + size])
               # A table's title over its one-line header ("Action log" over "# Date Action
               # Who Due Status") is no part of it: the header stands whole on its own line.
               and not (size and table_header(lines[index + size]))):
            size += 1
        if size >= 2 and spaced_columns(" ".join(lines[index:index + size])):
            found.append((index, size))
            index += size
            continue
        index += 1
    return found


def _table(layout: list[str], at: int, words: list[str], stop: int,
           joins: dict[str, int] | None = None) -> tuple[list[str], str | None] | None:
    """The table under the one-line header at layout line `at` as tab-separated rows, and the
    first line after it; its rows end by `stop` at the latest."""
    cells = list(_CELL.finditer(layout[at]))
    kinds = table_header(" ".join(words)) or []
    if len(cells) != len(kinds) and len(cells) >= 3:
        # The header's words read apart differently from the layout's cells ("RAG / update" one
        # column, "Update" and "Status" two): the cells as laid out give the columns. (Two
        # cells, "Minute   Action by", are minutes beside an owners' margin, read as such.)
        kinds = table_columns("\t".join(cell.group() for cell in cells)) or []
        kinds = kinds if None not in kinds else []
    if len(cells) != len(kinds) and len(cells) == 2:
        # "Members present   Organisation": the names' heading in two words, one of them a detail's.
        kinds = _headed_names([re.sub(r"[^a-z/]", "", word.lower()) for word in words], len(cells)) or kinds
    if len(cells) != len(kinds) or len(cells) < 2:
        return None  # the header's words do not stand apart as one heading a column
    return _body(layout, at + 1, stop, [cell.start() for cell in cells], [cell.group() for cell in cells], kinds, joins)


# Words one of two roll headings set side by side has ("Voting directors   Non-voting directors
# and in attendance", "Members present   Officers in attendance").
_GROUP_WORDS = re.compile(r"(?i)\b(?:members|directors|governors|councillors|trustees|officers|officials|attendance"
                          r"|attending|present|voting|apologies|partners|representatives)\b")
_GROUP_HEADER_WORDS = 12


def _groups_header(line: str) -> bool:
    """Whether a line of PDF text is two roll headings side by side, their gap lost ("Voting
    directors Non-voting directors and in attendance"): it parts into two attendance headings."""
    words = line.split()
    if not 2 <= len(words) <= _GROUP_HEADER_WORDS or len(_GROUP_WORDS.findall(line)) < 2 or ":" in line:
        return False
    return _headings_in(words, _MOST_GROUPS)


# The most roll headings set side by side ("Members present   In attendance   Apologies").
_MOST_GROUPS = 3


def _headings_in(words: list[str], most: int) -> bool:
    """Whether `words` part into two to `most` attendance headings, each whole ("Members present",
    "In attendance", "Apologies")."""
    from minutes.attendance_headings import attendance_label

    def whole(part: list[str]) -> bool:
        found = attendance_label(" ".join(part))
        return bool(found) and not found[1].strip()

    for cut in range(1, len(words)):
        if whole(words[:cut]) and (whole(words[cut:]) or most > 2 and _headings_in(words[cut:], most - 1)):
            return True
    return False


def _groups_beside(layout: list[str], at: int, stop: int) -> tuple[list[str], str | None] | None:
    """The rows under a header of groups side by side (layout line `at`), each row's cells as layout text parts
    them (two spaces or more), set under the group whose heading starts at or left of them and
    padded so that every group has as many cells in every row; and the first line after them."""
    heads = list(_CELL.finditer(layout[at]))
    if len(heads) < 2:
        return None
    starts = [head.start() for head in heads]
    body: list[list[list[str]]] = []
    index = at + 1
    while index < stop and len(body) < _MAX_ROWS:
        line = layout[index]
        if not line.strip():
            following = next((i for i in range(index + 1, stop) if layout[i].strip()), None)
            if following is None or following - index > _PADDING_LINES or len(_CELL.findall(layout[following])) < 2:
                break
            index = following
            continue
        cells = list(_CELL.finditer(line))
        if body and len(cells) == 1 and (group := _wrapped_on(cells[0], starts, body[-1], _next_row(layout, index, starts))) \
                is not None:
            # "Victor Adeleke (Chair), Harbour Chamber of" over "Commerce": a cell's wrapped words, alone on the line.
            body[-1][group][-1] = f"{body[-1][group][-1]} {cells[0].group()}"
            index += 1
            continue
        if not cells or cells[0].start() < starts[0] - _SLACK or len(cells) < 2 and not _lone_entry(cells[0], starts):
            break  # running text, at the margin or in one run
        groups: list[list[str]] = [[] for _ in starts]
        for cell in cells:
            groups[max((g for g, start in enumerate(starts) if start <= cell.start() + _SLACK), default=0)].append(
                cell.group())
        body.append(groups)
        index += 1
    if not body:
        return None
    widths = [max(len(row[g]) for row in body) for g in range(len(starts))]
    rows = ["\t".join(cell for g, width in enumerate(widths) for cell in (row[g] + [""] * width)[:width]).rstrip("\t")
            for row in body]
    following = next((layout[i] for i in range(index, len(layout)) if layout[i].strip()), None)
    return ["\t".join(head.group() for head in heads)] + rows, following


# The longest a cell alone on its line may be and still be one entry of a group's list.
_LONE_ENTRY = 60


def _lone_entry(cell: re.Match[str], starts: list[int]) -> bool:
    """Whether a cell alone on its line is one more entry of a group's list: it stands under one of
    the headings and names someone. A Word or PDF table of groups side by side ("Present" beside
    "Apologies") keeps each group's people in one cell, a line each, so a longer list runs on below
    the shorter ones, and the cells are centred, so a shorter list starts lower."""
    from minutes.attendance_unheaded import roll_line

    return len(cell.group()) <= _LONE_ENTRY and any(abs(cell.start() - start) <= _SLACK for start in starts) \
        and roll_line(cell.group())


_FEW_WORDS = 3


def _next_row(layout: list[str], index: int, starts: list[int]) -> bool:
    """Whether the layout line after `index` is still a row of the groups: a cell under a heading
    that names someone."""
    from minutes.attendance_unheaded import roll_line

    if index + 1 >= len(layout):
        return False
    cells = list(_CELL.finditer(layout[index + 1]))
    return bool(cells) and any(abs(cells[0].start() - start) <= _SLACK for start in starts) and roll_line(cells[0].group())


# The words a wrapped cell's first line stops on when its next line carries it on.
_UNFINISHED = re.compile(r"(?:\b(?:of|and|for|the|to|in|&)|[,&(/-])$")


def _wrapped_on(cell: re.Match[str], starts: list[int], row: list[list[str]], more: bool) -> int | None:
    """The group whose last entry in `row` a cell alone on the next line carries on: it stands under
    that group's heading, names no one, and the entry above stops unfinished ("... Chamber of"), or it
    is a few words with no stop and more of the table follows ("... Eastcliff Medical" over "Centre")."""
    group = next((g for g, start in enumerate(starts) if abs(cell.start() - start) <= _SLACK), None)
    if group is None or not row[group] or len(cell.group()) > _LONE_ENTRY:
        return None
    few = more and len(cell.group().split()) <= _FEW_WORDS and not cell.group().rstrip().endswith((".", ":"))
    if not (_UNFINISHED.search(row[group][-1]) or few):
        return None
    from minutes.attendance_unheaded import roll_line

    return None if roll_line(cell.group()) else group


def _wrapped_table(layout: list[str], at: int, size: int, stop: int,
                   joins: dict[str, int] | None = None) -> tuple[list[str], str | None] | None:
    """The table under a header whose cells wrapped over the `size` layout lines from `at`:
    its columns are the header's words that stand over one another."""
    columns = _stacked(layout[at:at + size])
    kinds = table_columns("\t".join(text for _, text in columns))
    if kinds is None or None in kinds or len(kinds) != len(columns):
        return None
    return _body(layout, at + size, stop, [start for start, _ in columns], [text for _, text in columns], kinds, joins)


class _HeaderPlaces:
    """Where each header plain text gives stands in the layout, found through indexes of the
    layout's lines built once (a search of the whole page for each header went quadratic)."""

    def __init__(self, layout: list[str]) -> None:
        self.layout = layout
        self.lines: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for index, line in enumerate(layout):
            self.lines[tuple(line.split())].append(index)
        self.blocks: dict[tuple[str, ...], tuple[int, int]] | None = None
        self.seen: Counter[tuple[str, ...]] = Counter()

    def place(self, words: list[str], size: int) -> tuple[int, int] | None:
        """(layout line, lines high) of the next header of these words, in the page's order;
        `size` is how many plain lines it took (0: a header of groups side by side)."""
        key = tuple(words)
        if size == 0:
            return next(((at, 1) for at in self.lines.get(key, ())), None)
        # A header repeated over a later part of the table ("Participants (non-voting)" under the
        # members) is found in the layout as often as it came before.
        again = self.seen[key]
        self.seen[key] += 1
        # (A header on one line of plain text may have wrapped in the layout: "Action" over "required".)
        if size == 1 and key in self.lines:
            at = self.lines[key][again:again + 1]
            return (at[0], 1) if at else None
        return self._block(sorted(words))

    def _block(self, wanted: list[str]) -> tuple[int, int] | None:
        """The first run of two to `_WRAPPED_HEADER_LINES` layout lines holding these words."""
        if self.blocks is None:
            self.blocks = {}
            for at in range(len(self.layout)):
                for size in range(2, _WRAPPED_HEADER_LINES + 1):
                    if at + size > len(self.layout) + 1:
                        break
                    self.blocks.setdefault(tuple(sorted(" ".join(self.layout[at:at + size]).split())), (at, size))
        return self.blocks.get(tuple(wanted))


def _stacked(block: list[str]) -> list[tuple[int, str]]:
    """A wrapped header's columns, left to right: cells on different lines that overlap
    across the page are one heading, read top to bottom."""
    cells = sorted(((match.start(), match.end(), row, match.group()) for row, line in enumerate(block)
                    for match in _CELL.finditer(line)), key=lambda cell: (cell[0], cell[2]))
    columns: list[list] = []
    for start, end, row, text in cells:
        if columns and start <= columns[-1][1] + _SLACK:
            columns[-1][1] = max(columns[-1][1], end)
            columns[-1][2].append((row, text))
        else:
            columns.append([start, end, [(row, text)]])
    return [(start, " ".join(text for _, text in sorted(parts))) for start, _, parts in columns]


def _body(layout: list[str], index: int, stop: int, starts: list[int], headings: list[str],
          kinds: list, joins: dict[str, int] | None = None) -> tuple[list[str], str | None] | None:
    """The rows from `index` on, before `stop`, under columns starting at `starts`. A blank line
    between rows (cells with padding) is passed over when a row follows it."""
    body: list[list[str]] = []
    while index < stop and len(body) < _MAX_ROWS:
        line = layout[index]
        if not line.strip():
            following = next((i for i in range(index + 1, stop) if layout[i].strip()), None)
            if following is None or following - index > _PADDING_LINES or not _in_table(layout[following], starts):
                break  # (the page's foot, far below the last row, is no row: "F&R 16/03/2026 - Page 2")
            index = following
            continue
        placed = _placed(line, starts, _parted(line, starts, joins) if joins else None)
        if placed is None or len(line) - len(line.lstrip()) < starts[0] - _SLACK:
            break  # running text, or the page's text resuming at the margin left of the table
        body.append(placed)
        index += 1
    following = next((layout[i] for i in range(index, len(layout)) if layout[i].strip()), None)
    rows = _rows(body, kinds)
    if not rows:
        return None
    return ["\t".join(headings)] + ["\t".join(row) for row in rows], following


# A word's length a whole cell may be pulled left of its column, against the cell before it.
_GLUED_BACK = 20
_JOINED_WORDS = 20_000


def _joins(plain: list[str]) -> dict[str, int]:
    """Each two words plain text gives side by side, run together ("defibrillatorNew"), with where the second
    begins, and (at -1) each word plain text gives: layout text sets a cell that fills its column right
    against the next one, the gap lost."""
    found: dict[str, int] = {}
    for line in plain:
        words = line.split()
        for word in words:
            found.setdefault(word, -1)
        for first, second in zip(words, words[1:]):
            found.setdefault(first + second, len(first))
        if len(found) >= _JOINED_WORDS:
            break
    return found


def _cut_between_words(word: str, joins: dict[str, int]) -> int | None:
    """Where a run of letters no plain text word is parts into two that are ("suppliersoptions": two cells'
    words, from lines plain text gives apart), the first part as long as can be; None when nowhere."""
    if word in joins or len(word) > _LONGEST_GLUED:
        return joins.get(word) if joins.get(word, -1) >= 0 else None
    return next((cut for cut in range(len(word) - _GLUED_PART, _GLUED_PART - 1, -1)
                 if joins.get(word[:cut]) == -1 and joins.get(word[cut:]) == -1), None)


_LONGEST_GLUED = 60
# The shortest part of a run of letters parted into two words (a lone "d" of "en d" is a wrapped word's end).
_GLUED_PART = 3


def _parted(line: str, starts: list[int], joins: dict[str, int]) -> dict[int, int]:
    """Where the line's words that plain text gives as two run together just left of a column's start
    ("... the defibrillatorNew" where "New" heads the next column, "May 2026findings" where "findings"
    goes on a task in the next): each place the second word begins, with the start of its column."""
    forced: dict[int, int] = {}
    for match in re.finditer(r"\S+", line):
        cut = _cut_between_words(match.group(), joins)
        if cut is None:
            continue
        at = match.start() + cut
        column = next((start for start in starts if at < start <= at + _GLUED_BACK), None)
        if column is not None and not any(start <= at < start + _SLACK for start in starts):
            forced[at] = column
    return forced


def _in_table(line: str, starts: list[int]) -> bool:
    """Whether a line after a blank one is still the table's: indented to its first column
    and with words in a later one (the page's text runs on from the margin)."""
    placed = _placed(line, starts)
    indent = len(line) - len(line.lstrip())
    return placed is not None and indent >= starts[0] - _SLACK and any(placed[1:])


def _placed(line: str, starts: list[int], forced: dict[int, int] | None = None) -> list[str] | None:
    """The line's words by column; None when a run of words crosses into the next column
    (running text, not a table row). `forced` gives places where a cell run against the one before
    it begins, with its column's start (see `_parted`)."""
    columns = [""] * len(starts)
    # (Each run: where it is placed, its words, and where they stand on the line, which `forced` counts by.)
    runs = [(match.start(), match.group(), match.start()) for match in _CELL.finditer(line)]
    while runs:
        at, text, origin = runs.pop(0)
        inside = [position for position in forced or () if origin < position < origin + len(text)]
        if inside:
            position = min(inside)
            runs.insert(0, (forced[position], text[position - origin:], position))
            text = text[:position - origin].rstrip()
        column = max((i for i, start in enumerate(starts) if start <= at + _SLACK), default=0)
        following = starts[column + 1] if column + 1 < len(starts) else None
        if following is not None and at + len(text) > following + _SLACK:
            cut = next((cut for offset in range(_SLACK + 1) for cut in {following - at + offset, following - at - offset}
                        if 0 < cut < len(text) and _TOUCHING.match(text[cut - 1: cut + 1])
                        and not _IN_FIGURE.match(text[max(cut - 2, 0): cut + 1])), None)
            if cut is None and column > 0:
                # "Coastal GrowthPresent (item 3)": the next cell pulled further left, against a word of
                # this one (a run of small letters, then a capital and small letters).
                cut = next((match.start(2) for match in _PULLED_WORD.finditer(text)
                            if following - at - 2 * _PULLED_BACK <= match.start(2) <= following - at), None)
            if cut is None and column > 0:
                # A long cell ends one space short of the next column ("restrictive practice GH / OP"):
                # a word that begins where that column does begins its cell. (Running text starts
                # at the margin, in the first column, and is no row.)
                cut = next((cut for offset in range(_SLACK + 1) for cut in (following - at + offset, following - at - offset)
                            if 0 < cut < len(text) and text[cut - 1] == " " and text[cut] != " "), None)
            if cut is None:
                # "Clive Marchbank (CM)Non-Executive Member": a cell ending in a bracket, pulled
                # right up against the next cell however far left of its column layout set it.
                cut = next((cut for cut in range(following - at + _SLACK, 1, -1)
                            if cut < len(text) and text[cut - 1] == ")" and text[cut].isupper()), None)
            if cut is None and column == 0 and runs:
                # The same in the first column, on a line with more cells after the run ("Order the bins for
                # the Head of Safety   Amber"): running text at the margin has none.
                cut = next((cut for offset in range(_SLACK + 1) for cut in (following - at + offset, following - at - offset)
                            if 0 < cut < len(text) and text[cut - 1] == " " and text[cut] != " "), None)
            if cut is None and column > 0 and not runs and not any(columns):
                # "Riverside Park toilets -" alone on a line, set in a later column and running past the
                # next one's start: a wrapped cell wider than its heading's gap, not running text (which
                # starts at the margin).
                cut = len(text)
            if cut is None:
                return None
        elif following is not None and at + len(text) > following - _PULLED_BACK:
            # Layout text may pull a short cell left against the one before it ("Full Council
            # 30 MarchNew" under "By when | Status"): a small letter against a capital in the
            # last word, where the next column begins, parts them.
            last = text.rfind(" ") + 1
            cut = next((cut for cut in range(len(text) - 1, last, -1)
                        if _TOUCHING.match(text[cut - 1: cut + 1]) and text[cut - 1].isalpha()
                        and at + cut >= following - _PULLED_BACK), None)
            if cut is None and column > 0 or cut is None and at + len(text) >= following:
                # "Write to the website review at BQ": a word one space from the cell before it, beginning
                # where the next column does, begins that column's cell.
                cut = next((cut for cut in range(following - at - 1, following - at + _SLACK + 1)
                            if 0 < cut < len(text) and text[cut - 1] == " " and text[cut] != " "), None)
        else:
            cut = None
        if cut is not None and cut < len(text):
            # A cell's words run up against the next column's ("a secondPK, ED"): cut where it starts.
            runs.insert(0, (following, text[cut:], origin + cut))
            text = text[:cut].rstrip()
        columns[column] = f"{columns[column]} {text}".strip()
    return columns


def _rows(body: list[list[str]], kinds: list[str]) -> list[list[str]]:
    """Lines grouped into rows: each row has one line with its anchor cell filled (its
    number, else its date, else its owner); a line without one belongs to the nearest
    such line, the one above when two are as near (cells are centred or top-aligned)."""
    anchor = next((i for i, kind in enumerate(kinds) if kind in (NUMBER, ITEM)), None)
    for kind in (WHEN, WHO, PERSON):
        if anchor is None and kind in kinds:
            anchor = kinds.index(kind)
    if anchor is None:
        return _rows_by_task(body, kinds)
    anchored = [i for i, line in enumerate(body) if line[anchor]]
    if not anchored:
        return []
    rows: dict[int, list[str]] = {i: [""] * len(kinds) for i in anchored}
    centred = _centred(anchored, body, kinds.index(WHAT) if WHAT in kinds else None)
    for index, line in enumerate(body):
        owner = centred[index] if centred else min(anchored, key=lambda a: (abs(a - index), a > index))
        row = rows[owner]
        for column, text in enumerate(line):
            if text:
                row[column] = f"{row[column]} {text}".strip()
    return [rows[i] for i in anchored]


def _rows_by_task(body: list[list[str]], kinds: list[str]) -> list[list[str]]:
    """A tracker's lines grouped into rows when it has no column of numbers, dates or owners ("Action  Update",
    its tasks naming their owners): a row opens where its task does, with a capital, and its cells run down to
    the next (cells are top-aligned: a wrapped task goes on in small letters)."""
    if WHAT not in kinds:
        return []
    what = kinds.index(WHAT)
    rows: list[list[str]] = []
    for line in body:
        if line[what][:1].isupper():
            rows.append([""] * len(kinds))
        if not rows:
            continue
        for column, text in enumerate(line):
            if text:
                rows[-1][column] = f"{rows[-1][column]} {text}".strip()
    return rows


# A wrapped line that ends on a word joining it to the next ("access data to"): the text runs on.
_RUNS_ON = re.compile(r"(?i)\b(?:to|of|for|the|a|an|and|or|with|in|on|by|from|at|into)$")


def _centred(anchored: list[int], body: list[list[str]], text: int | None) -> list[int] | None:
    """Each line's anchor when every row's cells are centred on it, as Word and most PDF
    writers set a table: a one-line cell (the number, the owner) stands on the row's middle
    line, so a row has as many lines below its anchor as above, or one more. The lines
    between two anchors are shared out so that every row keeps that balance; None when no
    sharing does (cells set at the top or bottom, read by nearness instead). Of the sharings
    that keep it, the one whose rows' text cells open on a capital (a task begins "Renew",
    its wrapped lines go on "sharing agreement") and not after a line left hanging ("access
    data to" / "JV") is taken, better still on a verb ("Update the Council's" over "Emergency
    Plan"); then the one with more lines below the anchors (a writer rounds a row of even
    height one way throughout)."""
    size = len(body)
    gaps = [later - earlier - 1 for earlier, later in zip(anchored, anchored[1:])]

    def cost(row: int, lines_above: int) -> int:
        if text is None:
            return 0
        first = anchored[row] - lines_above
        opening, before = body[first][text], body[first - 1][text] if first else ""
        if opening[:1].islower() or _RUNS_ON.search(before):
            return 2

        return 0 if opens_with_verb(opening) else 1  # (a task opens with its verb: "Update the ...")

    # best[row][lines above its anchor] = (cost of the rows up to it, lines above the row before).
    best: list[dict[int, tuple[tuple[int, int], int | None]]] = [{anchored[0]: ((cost(0, anchored[0]), 0), None)}]
    for row, gap in enumerate(gaps):
        following: dict[int, tuple[tuple[int, int], int | None]] = {}
        for lines_above, ((opens, uneven), _) in best[-1].items():
            for below in (lines_above, lines_above + 1):
                nxt = gap - below
                if nxt < 0:
                    continue
                score = (opens + cost(row + 1, nxt), uneven - (below - lines_above))
                if nxt not in following or score < following[nxt][0]:
                    following[nxt] = (score, lines_above)
        if not following:
            return None
        best.append(following)
    last_below = size - anchored[-1] - 1
    ends = [(score[0], score[1] - (last_below - above), above) for above, (score, _) in best[-1].items()
            if last_below - above in (0, 1)]
    if not ends:
        return None
    aboves = [min(ends)[2]]
    for row in range(len(anchored) - 1, 0, -1):
        aboves.insert(0, best[row][aboves[0]][1])
    owners: list[int] = []
    for row, at in enumerate(anchored):
        end = anchored[row + 1] - aboves[row + 1] if row + 1 < len(anchored) else size
        owners.extend([at] * (end - len(owners)))
    return owners if len(owners) == size else None


def _plain_end(lines: list[str], start: int, following: str | None, limit: int) -> int | None:
    """Where the table ends in the plain text: at the line the layout shows after it, before `limit`."""
    if following is None:
        return len(lines)
    wanted = following.split()
    for index in range(start + 1, min(limit, len(lines))):
        if lines[index].split() == wanted:
            return index
    return None
