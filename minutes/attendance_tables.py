"""Rolls laid out as tables: a status column ("Present", "Apologies"), a status run into each
name by PDF text, or two columns of people run together."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.agenda import is_heading
from minutes.attendance_headings import attendance_label, next_filled
from minutes.attendance_people import DASH, ROLE_HEADINGS
from minutes.people import Person, is_organisation, looks_like_name, opens_with_titled_name, read_person, stands_in_for
from minutes.attendance_status import BRACKETED, STATUS_KINDS, TICKED, legend, mark_column, tick_columns
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, PRESENT, record
from minutes.vocabulary import has_title, is_role


# A name column is headed "Name" or by the body's own word for its members ("Governor", "Trustee").
_NAME_HEADS = {"attendee", "attendees", "name", "names", "member", "members", "councillor", "councillors",
               "full name", "participant", "participants", "who", "governor", "governors", "trustee", "trustees",
               "director", "directors", "member name", "representative", "representatives"}
_STATUS_HEADS = {"attendance", "status", "attended", "present", "present/apologies", "here", "in attendance"}
_ORG_HEADS = {"organisation", "organization", "agency", "affiliation", "representing", "company", "employer",
              "body", "org", "service", "partner", "sector", "department"}
_SHORT_HEADS = {"initials", "initial", "github", "handle", "github handle", "username", "user"}
_OTHER_PEOPLE_HEADS = {"email", "e-mail", "notes", "comments", "category", "type", "capacity", "voting",
                       "membership", "term of office", "appointed by", "constituency", "ward"}


_MARK = re.compile(r"(?<=[\w)])\s?[†‡§*]+(?=\s|$)")


def status_table(lines: list[str], start: int, found: Attendance, heading: Label | None = None) -> int | None:
    """A table of people: "Attendee | Role | Attendance" (ModernGov: each row's status says
    whether the person was present, in attendance, sent apologies or was absent), or
    "Name | Initials | Organisation | Role", "Name | Affiliation | GitHub | Present". A
    header of a name column and people's other columns is enough; without a status
    column everyone listed was present. An initials or handle column defines the short
    names actions use. Returns the index after the table, or None when the line heads no
    such table."""
    if "\t" not in lines[start]:
        return None
    cells = [" ".join(c.strip().lower().rstrip(":?").split()) for c in lines[start].split("\t")]
    if len([c for c in cells if c]) < 2:
        return None
    name_at = next((i for i, c in enumerate(cells) if _heads(c, _NAME_HEADS)), None)
    status_at = next((i for i, c in enumerate(cells) if _heads(c, _STATUS_HEADS)), None)
    if name_at is None or any(c in _TASK_HEADS for c in cells):
        return None  # "Status | Item | Who | From": an action log, its "who" the owner
    ticks = tick_columns(cells)
    rows = _table_rows(lines, start + 1)
    if not rows:
        return None
    if status_at is None and not ticks:
        # "Name | Title | Initials | 16 Feb", "Att.": a column of marks, whatever its heading.
        status_at = mark_column([row for _, row in rows], name_at)
    marks = legend(lines, start, start + 1 + (rows[-1][0] + 1 if rows else 0)) if status_at is not None else {}
    known = _NAME_HEADS | _STATUS_HEADS | ROLE_HEADINGS | _ORG_HEADS | _SHORT_HEADS | _OTHER_PEOPLE_HEADS
    if status_at is None and not ticks and (not all(_heads(c, known) for c in cells if c)
                              or not any(_heads(c, _ORG_HEADS | ROLE_HEADINGS | _SHORT_HEADS) for c in cells)):
        return None
    role_at = next((i for i, c in enumerate(cells) if _heads(c, ROLE_HEADINGS)), None)
    org_at = next((i for i, c in enumerate(cells) if c in _ORG_HEADS), None)
    short_at = next((i for i, c in enumerate(cells) if c in _SHORT_HEADS), None)
    index = start + 1 + rows[-1][0] + 1 if rows else start + 1
    for _, row in rows:
        if 0 < name_at and len(row) < len(cells) and read_person(_MARK.sub("", row[0])) is not None:
            # "Cllr. Máire Ní Bhriain | Ballinacree LEA" under "Category | Name | LEA": the category cell spans
            # its group's rows, so the later rows lose their first cells.
            row = [""] * (len(cells) - len(row)) + row
        if name_at >= len(row):
            continue
        # "Cllr. Colm Dunl (Chairperson); Cllr. Roisín Fah": a cell may hold several people.
        # ("Dr Aidan Prosser †": the mark a legend explains is no part of the name.)
        entries = [_MARK.sub("", entry) for entry in re.split(r"\s*;\s*", row[name_at]) if entry.strip()] or [""]
        person = read_person(entries[0])
        if ticks:
            # "In person | Virtual | Apologies", a mark in one: the marked column says how they attended, or not.
            label = next((label for at, label in ticks if at < len(row) and TICKED.match(row[at])), None)
        elif status_at is None:
            label = heading or Label(PRESENT, "member")
        else:
            # A row with fewer cells than the header (two cells run together, as text with a
            # narrow gap comes out) still ends with its status when the status column is last.
            status = row[status_at] if status_at < len(row) else row[-1] if status_at == len(cells) - 1 else ""
            mark = BRACKETED.sub("", status).strip()
            label = marks.get(mark) or next((label for pattern, label in STATUS_KINDS if pattern.search(status)), None)
        if person is None or label is None:
            continue
        if role_at is not None and role_at < len(row) and row[role_at] and not person.role:
            person = replace(person, role=row[role_at])
        if org_at is not None and org_at < len(row) and row[org_at] and not person.organisation:
            person = replace(person, organisation=row[org_at])
        if short_at is not None and short_at < len(row) and _SHORT_CELL.match(row[short_at]):
            person = replace(person, initials=row[short_at])
        if person.in_place_of is None:
            # "Vale Voluntary Services (deputising for Ruth Hale)": a substitute said in another cell.
            person = replace(person, in_place_of=next(filter(None, map(stands_in_for, row[name_at + 1:])), None))
        others = [other for entry in entries[1:] if (other := read_person(entry)) is not None]
        if org_at is not None and org_at < len(row) and row[org_at]:
            others = [other if other.organisation else replace(other, organisation=row[org_at]) for other in others]
        record(found, label, [person, *others])
    return index


# "Cllr Priti Lal Present", "Cllr Graham Noakes Apologies": a roll whose status column PDF text
# ran into each name, under a header such as "Members Attendance" or "Name Status".
_STATUS_ROW = re.compile(r"^\s*(?:[-*•]\s+)?(?P<who>\S.*?)\s+(?:[-–—]\s+)?(?P<status>present|apologies(?:\s+received)?|absent"
                         r"|in\s+attendance)"
                         r"(?:\s*\([^()]*\))?\s*$", re.IGNORECASE)
_STATUS_WORDS = ("present", "apolog", "absent", "attendance")
_STATUS_HEADER = re.compile(r"^\s*(?:members?|names?|attendees?|councillors?|governors?|trustees?|directors?)\s+"
                            r"(?:attendance|status|present)\s*:?\s*$", re.IGNORECASE)


def status_rows(lines: list[str], start: int, found: Attendance) -> int | None:
    """A header naming a roll ("Members Attendance", or an attendance heading alone: "ROLL CALL")
    over rows that each end in the person's status, after a gap or dot leaders; at least two
    such rows. Returns the index after them."""
    if len(lines[start]) > 40 or not lines[start].strip():
        return None
    index = next_filled(lines, start + 1) or start + 1
    row = lines[index].lower() if index < len(lines) else ""
    if not any(word in row for word in _STATUS_WORDS):  # cheaply first: the first row must say a status
        return None
    if not (_STATUS_HEADER.match(lines[start]) or (
            (labelled := attendance_label(lines[start])) and not labelled[1].strip())):
        return None
    rows: list[tuple[Label, Person]] = []
    while index < len(lines) and (match := _STATUS_ROW.match(lines[index])):
        person = read_person(match["who"])
        label = next((label for pattern, label in STATUS_KINDS if pattern.search(match["status"])), None)
        if person is None or label is None:
            break
        rows.append((label, person))
        index += 1
    if len(rows) < 2:
        return None
    for label, person in rows:
        record(found, label, [person])
    return index


# "Key: P = present, A = apologies, D = deputy attended, X = not present": the letters a register's
# status column uses, and what each means.
_KEY_LINE = re.compile(r"^\s*key\s*:", re.IGNORECASE)
_KEY = re.compile(r"\b(?P<code>[A-Z]{1,2})\s*[=:–-]\s*(?P<meaning>(?:not\s+)?present|apolog\w*|absent|deputy|in\s+attendance"
                  r"|attended|did\s+not\s+attend)", re.IGNORECASE)
_CODED_ROW = re.compile(r"^\s*(?P<who>\S.*?)\s+(?P<code>[A-Z]{1,2})(?:\s+[-–—]\s+(?P<deputy>\S.*))?\s*$")


def coded_rows(lines: list[str], start: int, found: Attendance) -> int | None:
    """A key to a register's status letters over rows that each end in one, as a PDF register
    reads out ("Grainne Hollis Director of Nursing P"): the letter says whether the person was
    there; a deputy named after a dash ("D - Dr Owen Pryce, Deputy Medical Director") came in
    their place. At least two rows; a header row ("Member Designation P/A/D") is passed over.
    Returns the index after the rows."""
    if not _KEY_LINE.match(lines[start]):
        return None
    codes = {match["code"].upper(): match["meaning"].lower() for match in _KEY.finditer(lines[start])}
    if len(codes) < 2:
        return None
    index = start + 1
    if index < len(lines) and "/" in lines[index] and not _CODED_ROW.match(lines[index]):
        index += 1  # the register's own header row
    rows: list[tuple[Label, Person]] = []
    while index < len(lines) and (match := _CODED_ROW.match(lines[index])) and match["code"] in codes:
        meaning, person = codes[match["code"]], read_person(match["who"])
        if person is None:
            break
        if meaning == "deputy":
            deputy = read_person(match["deputy"] or "")
            if deputy is not None:
                rows.append((Label(PRESENT, "member"), replace(deputy, in_place_of=person.name)))
        else:
            kind = next((label for pattern, label in STATUS_KINDS if pattern.search(meaning)), Label(PRESENT, "member"))
            rows.append((kind, person))
        index += 1
    if len(rows) < 2:
        return None
    for label, person in rows:
        record(found, label, [person])
    return index


# "Trevor Amb - Lay Member, Chair Dr Zainab Far - LMC Secretary": where the right-hand
# column's person starts, a name (perhaps titled) before its dash.
_SECOND_COLUMN = re.compile(r"(?<=\S)\s+(?=(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof|Professor|Rev|Revd)\.?\s+)?"
                            r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+[-–—]\s+\S)")


def _plain_cut(line: str) -> int | None:
    """Where a row of two columns of people without dashes parts: after the left entry's
    bracket ("Ann Lee (Chair) Dee Ott, Deputy CFO"), before a title, or after a two-word name
    followed by another ("Bob Marsh Eli Parr, Head of Planning"). A row holding one person
    alone is the left column's (its end); None when the row is no such row."""
    text = line.rstrip()
    bracket = re.search(r"\)\s+(?=[A-Z])", text)
    if bracket and read_person(text[: bracket.start() + 1]) is not None and read_person(text[bracket.end():]):
        return bracket.end()
    words = text.split()
    for size in (2, 3):
        left, right = " ".join(words[:size]), " ".join(words[size:])
        if len(words) > size and looks_like_name(left) and (opens_with_titled_name(right) or looks_like_name(
                re.split(r"\s*[,(]", right)[0])) and read_person(right) is not None:
            return len(line) - len(line.lstrip()) + len(left) + 1
    return len(line) if "," not in text and read_person(text) is not None and looks_like_name(
        re.sub(r"\s*\([^()]*\)", "", text)) else None


def columns_run_together(lines: list[str], start: int, found: Attendance) -> int | None:
    """Two attendance headings side by side with their gap lost, as PDF text gives a
    two-column table ("Voting members present Non-voting / in attendance"), over rows each
    holding a "Name - post" from each column. Returns the index after the rows."""
    line = lines[start]
    if "ttend" not in line and "resent" not in line and "TTEND" not in line and "RESENT" not in line:
        return None  # cheaply first: most lines have neither "attend" nor "present"
    words = lines[start].split()
    if not 2 <= len(words) <= 8 or "\t" in lines[start].strip() or ":" in lines[start]:
        return None
    labels = None
    for cut in range(1, len(words)):
        left = attendance_label(" ".join(words[:cut]) + ":")
        right = attendance_label(" ".join(words[cut:]).split(" / ")[-1] + ":")
        if re.fullmatch(r"(?i)present|attending|attended", " ".join(words[cut:])):
            continue  # "Partnership members present": one heading, its last word saying they were there
        if left and right and not left[1].strip() and not right[1].strip():
            labels = left[0], right[0]
            break
    if labels is None:
        return None
    rows: list[tuple[Person | None, Person | None]] = []
    index = start + 1
    while index < len(lines) and lines[index].strip() and not attendance_label(lines[index]) and not is_heading(lines[index]):
        line = lines[index]
        if "\t" in line.strip():
            break  # a row with its cells apart is a table's, read as one
        cuts = [m.start() for m in _SECOND_COLUMN.finditer(line)]
        if not cuts or DASH.search(line) is None:
            cut = _plain_cut(line)
            if cut is None:
                break
            rows.append((read_person(line[:cut]), read_person(line[cut:]) if cut < len(line) else None))
            index += 1
            continue
        cut = cuts[-1]
        if len(cuts) > 1 and has_title(line[:cut].split()[-1] + " X"):
            cut = cuts[-2]  # "... Chair Dr Zara Faro - ...": the title opens the right-hand entry
        rows.append((read_person(line[:cut]), read_person(line[cut:])))
        index += 1
    if not rows:
        return None
    for left_person, right_person in rows:
        record(found, labels[0], [left_person] if left_person else [])
    for left_person, right_person in rows:
        record(found, labels[1], [right_person] if right_person else [])
    return index


_TASK_HEADS = {"item", "action", "actions", "action item", "task", "tasks", "what", "description", "issue", "detail",
               "details", "action required", "agreed action", "deadline", "due", "due date", "by when", "when"}
_SHORT_CELL = re.compile(r"^(?:@?[\w.-]{2,39})$")
_GRID_RULE = re.compile(r"^\s*\+[-=+: ]+\+\s*$")


# "Agency | Attended | Apologies": a column for each way of attending or not, holding the people.
_PEOPLE_STATUS = [
    (re.compile(r"^(?:apolog\w*|regrets|sent\s+apologies)$"), Label(APOLOGIES)),
    (re.compile(r"^(?:absent|did\s+not\s+attend|not\s+present)$"), Label(ABSENT)),
    (re.compile(r"^(?:attended|attending|present|in\s+attendance|representatives?|attendee\(?s\)?)$"),
     Label(PRESENT, "member")),
]


def people_by_status(lines: list[str], start: int, found: Attendance) -> int | None:
    """A roll by body: "Agency | Attended | Apologies", each row a body and, in each status
    column, who came from it or sent apologies ("Jenna Whitlock, Board Manager (JW); Tilly
    Brookes (TB)"). Returns the index after the table, or None when no such table opens here."""
    if "\t" not in lines[start]:
        return None
    cells = [" ".join(c.strip().lower().rstrip(":?").split()) for c in lines[start].split("\t")]
    if not cells[0] or not _heads(cells[0], _ORG_HEADS | ROLE_HEADINGS | {"organisation / role", "sector"}):
        return None
    columns = [(at, label) for at, cell in enumerate(cells[1:], 1) for pattern, label in _PEOPLE_STATUS
               if pattern.match(cell)]
    if not columns or len(columns) < len([c for c in cells[1:] if c]) - 1:
        return None
    rows = _table_rows(lines, start + 1)
    read: list[tuple[Label, Person]] = []
    for _, row in rows:
        for at, label in columns:
            for entry in re.split(r"\s*;\s*", row[at] if at < len(row) else ""):
                person = read_person(entry) if re.search(r"[A-Za-z]", entry) else None
                if person is not None:
                    read.append((label, replace(person, organisation=person.organisation or row[0] or None)))
    if not read:
        return None
    for label, person in read:
        record(found, label, [person])
    return start + 1 + rows[-1][0] + 1


def _heads(cell: str, words: set[str]) -> bool:
    """Whether a header cell is one of `words`, or joins some with a slash ("Title / Organisation")."""
    cell = cell.rstrip("?:* ")  # "Here?", "Attended:"
    words_in = cell.split()
    # "TSC member", "Home organisation": a qualifier before the heading's own word.
    return cell in words or "/" in cell and any(part.strip() in words for part in cell.split("/")) or (
        1 < len(words_in) <= 3 and words_in[-1] in words)


def _table_rows(lines: list[str], start: int) -> list[tuple[int, list[str]]]:
    """A table's rows from `start`, each with its offset: a row's cells wrapped onto lines of
    their own (first cell empty, as Word, PDF and pandoc grid tables wrap a long cell) join
    the row above, and the rule lines of a grid table ("+----+----+") are passed over."""
    rows: list[tuple[int, list[str]]] = []
    index = start
    while index < len(lines) and ("\t" in lines[index] or _GRID_RULE.match(lines[index]) or _spanning_row(lines, index)):
        line = lines[index]
        if "\t" not in line and not _GRID_RULE.match(line):
            index += 1  # "WYEFORD COUNTY HOSPITAL (LNU)": a row spanning the table, heading the rows under it
            continue
        if not _GRID_RULE.match(line):
            cells = [c.strip() for c in line.split("\t")]
            if rows and not cells[0] and any(cells):
                above = rows[-1][1]
                above.extend([""] * (len(cells) - len(above)))
                for at, cell in enumerate(cells):
                    above[at] = f"{above[at]} {cell}".strip() if cell else above[at]
            else:
                rows.append((index - start, cells))
        index += 1
    return rows


# A row spanning a table (merged cells) has at most so many words.
_SPANNING_WORDS = 8


def _spanning_row(lines: list[str], index: int) -> bool:
    """ "SOUTH MARCHES NEONATAL ODN", "Partner agencies": a line between a table's rows, its cells merged into
    one, over more rows."""
    line = lines[index].strip()
    # ("In attendance", "Apologies" merged across the table start a group of their own, read apart.)
    return bool(line) and len(line.split()) <= _SPANNING_WORDS and not line.endswith(".") and not attendance_label(line) and (
        index + 1 < len(lines) and "\t" in lines[index + 1].strip())


# The most cells a roll table's row has when each cell is a paragraph of its own.
_MOST_CELLS = 4
_MOST_CELL_WORDS = 14
_CELL_HEADS = _NAME_HEADS | _ORG_HEADS | set(ROLE_HEADINGS)


def cells_a_paragraph(lines: list[str], start: int, found: Attendance, label: Label) -> int | None:
    """ "Present:-" over "Members", "Role", then "Trudy McLEAY (Vice Chairperson)", "Nominated by
    Health Board", "Lynne SHORT", "Chief Officer", ...: a roll table that a web page or a word
    processor gave out one cell to a paragraph. The header's cells (if any) say how many cells
    make a row, else name and description alternate; each row opens with its person. Returns
    the index after the rows, or None when `start` opens no such table."""
    cells: list[tuple[int, str]] = []
    index = start
    while index < len(lines) and len(cells) < 2 * _MOST_CELLS + 2:
        if lines[index].strip():
            if index + 1 < len(lines) and lines[index + 1].strip():
                break  # a cell a paragraph: a blank line after each
            cells.append((index, lines[index].strip()))
        index += 1
    heads = 0
    while heads < len(cells) and cells[heads][1].lower().rstrip(":") in _CELL_HEADS:
        heads += 1
    size = heads or 2
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
            break  # (a sentence, "Trudy McLEAY, Vice Chairperson, in the Chair.", is no cell)
        person = read_person(row[0]) or read_person(strip_title_case(row[0]))
        if person is None or not looks_like_name(strip_title_case(person.name)) or not heads and (
                attendance_label(row[1]) or is_heading(row[1]) or "," in re.sub(r"\([^()]*\)", "", row[0])
                or len(rows) < 2 and (DASH.search(row[0]) or not _describes(row[1]))):
            # A row opens with its one person; without a header, its second cell is no heading, and the
            # first rows' second cells describe their people.
            break
        about = ", ".join(row[1:])
        rows.append(replace(person, role=person.role or about) if person.role is None else person)
        index = at
    if not rows or not heads and len(rows) < 3:  # (a header proves the layout; without one, three rows)
        return None
    record(found, label, rows)
    return index


def _describes(cell: str) -> bool:
    """Whether a cell says what someone is ("Chief Officer", "Dundee Carers Centre", "Nominated by
    Health Board") rather than naming someone."""
    return read_person(cell) is None or not has_title(cell) and not re.search(r"[(,]", cell) and (
        is_role(cell) or is_organisation(cell))


def strip_title_case(name: str) -> str:
    """ "Trudy McLEAY": a name whose surname is written in capitals, in the usual case."""
    return " ".join(word if not word.isupper() or len(word) < 3 else word.title() for word in name.split())


# A group's heading over its column of a roll: "Voting directors", "Non-voting directors and in attendance".
_GROUP_HEAD = re.compile(r"(?i)\b(?:members?|directors?|governors?|trustees?|councillors?|officers?|officials?|attendees?"
                         r"|representatives?|partners?|in\s+attendance|present|observers?|guests?|advisers?|staff)\b")
_MOST_GROUPS = 3


def groups_side_by_side(lines: list[str], start: int, found: Attendance) -> int | None:
    """ "Voting directors | Non-voting directors and in attendance" over rows of "Mrs Ann Lee | Chair | Mr Bo
    Ray | Director of Strategy": a roll table whose columns are groups of people set side by side, each
    group a name and (perhaps) a post per row, a shorter group leaving its cells empty or off the row's
    end. Returns the index after the rows, or None when `start` heads no such table."""
    line = lines[start]
    if "\t" not in line.strip() or not _GROUP_HEAD.search(line):
        return None  # (cheaply first)
    heads = [cell.strip() for cell in line.strip().split("\t")]
    if not 2 <= len(heads) <= _MOST_GROUPS or not all(
            _GROUP_HEAD.search(head) and read_person(head) is None and len(head.split()) <= 8 for head in heads):
        return None
    rows: list[list[str]] = []
    index = start + 1
    # (A row of the left group alone may have lost its tabs: "Rhodri Evans, Jobcentre Plus".)
    while index < len(lines) and lines[index].strip() and not attendance_label(lines[index]) and not is_heading(lines[index]):
        rows.append([cell.strip() for cell in lines[index].strip().split("\t")])
        index += 1
    widest = max((len(row) for row in rows), default=0)
    if len(rows) < 2 or widest % len(heads) or widest // len(heads) > 2:
        return None
    width = widest // len(heads)
    labels = []
    for position, head in enumerate(heads):
        said = attendance_label(head + ":")
        labels.append(said[0] if said and said[0].kind != PRESENT or said and said[0].capacity else
                      Label(PRESENT, "in attendance" if position and re.search(r"(?i)attend|observ|guest", head) else "member"))
    people: list[tuple[Label, Person]] = []
    for at, row in enumerate(rows):
        read: list[tuple[Label, Person]] = []
        for position in range(len(heads)):
            chunk = row[position * width:(position + 1) * width]
            if not chunk or not chunk[0]:
                continue
            person = read_person(chunk[0])
            if person is None:
                break  # each group's first cell on a row is a person
            about = chunk[1] if width == 2 and len(chunk) == 2 else ""
            read.append((labels[position], replace(person, role=person.role or about or None)))
        else:
            people.extend(read)
            continue
        index = start + 1 + at  # the roll ends before a row that names no one
        break
    if len(people) < 2:
        return None
    for label, person in people:
        record(found, label, [person])
    return index
