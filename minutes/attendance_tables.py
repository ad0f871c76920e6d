"""Rolls laid out as tables and grids: a name column with its people's other columns (a status
column of words, or of letters and signs a key explains; columns of marks for each way of taking
part; rows across the table naming a body or group; deputy, capacity and electoral-area columns),
groups set side by side under their headings, rows of a body and its people, and a table of
bodies with their people under status columns. Rows read from text are in attendance_rows, the
key to marks in attendance_keys, a table given out a cell to a paragraph in attendance_cells."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.attendance_headings import attendance_label, names_one_person, opens_with_person
from minutes.attendance_keys import DEPUTY, STATUS_CHARS, signed, table_key
from minutes.attendance_people import PEOPLE_KIND, ROLE_HEADINGS, read_block
from minutes.attendance_rows import SPANNING_WORDS, bracketed_rows
from minutes.attendance_status import BRACKETED, TICKED, legend, mark_column, status_label, tick_columns
from minutes.people import (
    Person,
    looks_like_name,
    opens_with_titled_name,
    read_person,
    split_people,
    stands_in_for,
)
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, PRESENT, record
from minutes.vocabulary import has_title, is_role, strip_title


# A name column is headed "Name" or by the body's own word for its members ("Governor", "Trustee").
NAME_HEADS = {"attendee", "attendees", "name", "names", "member", "members", "councillor", "councillors",
               "full name", "participant", "participants", "who", "governor", "governors", "trustee", "trustees",
               "director", "directors", "member name", "representative", "representatives", "post holder", "postholder",
               "person", "delegate", "delegates", "nominee", "nominees"}
_STATUS_HEADS = {"attendance", "status", "attended", "present", "present/apologies", "here", "in attendance"}
ORG_HEADS = {"organisation", "organization", "agency", "affiliation", "representing", "company", "employer",
              "body", "org", "service", "partner", "sector", "department"}
_SHORT_HEADS = {"initials", "initial", "github", "handle", "github handle", "username", "user"}
# "Ward", "Local Electoral Area": the place a member sits for, as a council's roll gives it.
_PLACE_HEADS = {"ward", "wards", "division", "electoral division", "electoral area", "local electoral area", "lea",
                "constituency", "parish", "area", "district"}
# "Code", "Mark": a column of letters a key explains ("P", "Ap", "R").
_MARK_HEADS = {"code", "codes", "mark", "marks", "attendance code", "att"}
_CAPACITY_ROLE = {"member": "member", "members": "member", "substitute": "member", "substitute member": "member",
                  "reserve": "member", "co-optee": "member", "co-opted member": "member", "voting member": "member",
                  "officer": "officer", "officers": "officer", "official": "officer", "observer": "observer",
                  "guest": "in attendance", "attendee": "in attendance", "non-member": "in attendance",
                  "non-voting member": "in attendance"}
_CAPACITY_HEADS = {"attending as", "attended as", "capacity", "in attendance as", "sitting as"}
_CAPACITY = re.compile(r"(?i)^\s*(?:(?P<member>(?:co-opted\s+|independent\s+|voting\s+|lay\s+)?members?)"
                       r"|(?P<chair>(?:vice[- ]|deputy\s+|co-)?chair\w*|convenor|convener)"
                       r"|(?P<officer>officials?|officers?)|(?P<observer>observ\w*)"
                       r"|(?P<attending>secretariat|advis[eo]rs?|guests?|in\s+attendance|speakers?|presenters?))\b")
_CAPACITIES = [("member", "member"), ("chair", "member"), ("officer", "officer"), ("observer", "observer"),
               ("attending", "in attendance")]
_SURNAME_HEADS = {"surname", "last name", "family name"}
_GIVEN_HEADS = {"first name", "forename", "forenames", "given name", "first names"}
# A heading for one way of taking part, in the words _TICK_KINDS knows.
_TICK_WORDS = {"conference": "remote", "conference call": "remote", "video conference": "virtual",
               "videoconference": "virtual", "in the chamber": "in person", "in chamber": "in person",
               "in the hall": "in person", "attended in person": "in person", "attended virtually": "virtual",
               "attended remotely": "remote", "attended online": "online", "apologies sent": "apologies",
               "apologies received": "apologies", "apologies given": "apologies", "not present": "absent"}
_ABSENCE_HEADS = [(re.compile(r"^(?:apolog\w*(?:\s+(?:received|sent|given))?|sent\s+apologies|regrets)$"), Label(APOLOGIES)),
                  (re.compile(r"^(?:absent|not\s+present|did\s+not\s+attend|dna)$"), Label(ABSENT))]
_BY_WAY_OF = re.compile(r"^(?:on|via|by|over)\s+(?=\w)")
_OTHER_PEOPLE_HEADS = {"attending as", "attended as", "email", "e-mail", "notes", "comments", "category", "type",
                       "capacity", "voting",
                       "membership", "term of office", "appointed by", "constituency", "ward"}


def status_table(lines: list[str], start: int, found: Attendance, heading: Label | None = None) -> int | None:
    """A table of people: "Attendee | Role | Attendance" (ModernGov: each row's status says
    whether the person was present, in attendance, sent apologies or was absent), or
    "Name | Initials | Organisation | Role", "Name | Affiliation | GitHub | Present". A
    header of a name column and people's other columns is enough; without a status
    column everyone listed was present (or as the heading above says). A status column of
    words, of letters or signs a key beside the table explains, or a column of marks for
    each way of taking part ("In the room | On Teams") says how each came; a sign after a
    name is read through the key too. A row across the table heads the rows below (a body,
    or a heading such as "Participants (non-voting)"); a deputy, substitute or "Alternate
    for" column names who stood in for whom; a capacity column ("Attending as") or a role
    column of capacities gives each person's capacity. An initials or handle column defines
    the short names actions use. A header of attendance headings side by side is read by
    `groups_side_by_side`, and rows of a body and its people under an attendance heading by
    `bodies_with_people`. Returns the index after the table, or None when the line heads no
    such table."""
    if "\t" not in lines[start]:
        # An attendance heading over a key of bracketed marks and the roll it explains.
        return bracketed_rows(lines, start, found) if heading is not None and lines[start].count("(") >= 2 else None
    raw = [cell.strip() for cell in lines[start].split("\t")]
    if len(raw) > 1 and raw[0].endswith(":") and raw[1] and ("," in raw[1] or read_person(raw[1]) is not None) \
            and not PEOPLE_KIND.search(raw[1]):
        return None  # "Attendees:<tab>Ann Lee, Bob Ray<tab>Apologies:<tab>Cai Fox": a header table's labels and values
    cells = [" ".join(c.lower().rstrip(":?").split()) for c in raw]
    if len([c for c in cells if c]) < 2:
        return None
    # "Surname | First name": a name in two columns, read as one written given name first.
    surname_at = next((i for i, c in enumerate(cells) if c in _SURNAME_HEADS), None)
    given_at = next((i for i, c in enumerate(cells) if c in _GIVEN_HEADS), None) if surname_at is not None else None
    name_at = surname_at if given_at is not None else next((i for i, c in enumerate(cells) if _heads(c, NAME_HEADS)), None)
    status_at = next((i for i, c in enumerate(cells) if _heads(c, _STATUS_HEADS | _MARK_HEADS)), None)
    if any(c in _TASK_HEADS for c in cells):
        return None  # "Status | Item | Who | From": an action log, its "who" the owner
    if (beside := groups_side_by_side(lines, start, found)) is not None or name_at is None:
        return beside if beside is not None or heading is None else bodies_with_people(lines, start, found, heading)
    # "On Teams", "Via Zoom", "By phone": a column of marks for one way of taking part.
    ticks = tick_columns([_TICK_WORDS.get(cell, _BY_WAY_OF.sub("", cell)) for cell in cells])
    rows = _table_rows(lines, start + 1)
    # "Attendee | Organisation | Apologies" with a tick for those who sent them: one column of
    # marks for not coming, everyone else there.
    lone = next(((at, label) for at, c in enumerate(cells) for pattern, label in _ABSENCE_HEADS if pattern.match(c)),
                None) if status_at is None and not ticks else None
    if lone is not None and not all(TICKED.match(row[lone[0]]) or not row[lone[0]] for _, row in rows if lone[0] < len(row)):
        lone = None
    if status_at is None and not ticks and lone is None:
        # "Name | Title | Initials | 16 Feb", "Att.": a column of marks, whatever its heading; or,
        # in a small table, the column whose every mark the key beside it explains.
        status_at = mark_column([row for _, row in rows], name_at)
        explained = table_key(lines, start, start + 1 + (rows[-1][0] + 1 if rows else 0)) if status_at is None else {}
        status_at = next((at for at in range(len(cells) - 1, name_at, -1) if explained and all(
            row[at] in explained for _, row in rows if at < len(row) and row[at]) and any(
            at < len(row) and row[at] for _, row in rows)), status_at)
    marks = legend(lines, start, start + 1 + (rows[-1][0] + 1 if rows else 0)) if status_at is not None else {}
    known = NAME_HEADS | _STATUS_HEADS | ROLE_HEADINGS | ORG_HEADS | _SHORT_HEADS | _OTHER_PEOPLE_HEADS | _PLACE_HEADS
    in_place_at = next((i for i, c in enumerate(cells) if i != name_at and _IN_PLACE_HEAD.search(c)), None)
    if status_at is None and not ticks and given_at is None and lone is None and (
            not all(_heads(c, known) or _DEPUTY_HEAD.search(c) or _IN_PLACE_HEAD.search(c) for c in cells if c)
            or not any(_heads(c, ORG_HEADS | ROLE_HEADINGS | _SHORT_HEADS | _PLACE_HEADS) for c in cells)
            and in_place_at is None):
        return None
    role_at = next((i for i, c in enumerate(cells) if _heads(c, ROLE_HEADINGS)), None)
    org_at = next((i for i, c in enumerate(cells) if _heads(c, ORG_HEADS | _PLACE_HEADS)), None)
    short_at = next((i for i, c in enumerate(cells) if c in _SHORT_HEADS), None)
    capacity_at = next((i for i, c in enumerate(cells) if c in _CAPACITY_HEADS), None)
    index = start + 1 + rows[-1][0] + 1 if rows else start + 1
    key = table_key(lines, start, index)
    deputy_at = next((i for i, c in enumerate(cells) if i not in (name_at, in_place_at) and _DEPUTY_HEAD.search(c)), None)
    group_label, group, leading = heading or Label(PRESENT, "member"), None, [""] * name_at
    for _, row in rows:
        if len(row) == 1 < len(cells) and not (name_at == 0 and names_one_person(row[0])):
            # "SOUTH MARCHES NEONATAL ODN", "Participants (non-voting)": a row across the table heads
            # the people below it, as the body they come from or the way they attend. (A person
            # alone is a row whose other cells are empty: "Ann Cole | | ".)
            said = attendance_label(row[0])
            if said and not said[1].strip():
                group_label, group = said[0], None
            else:
                group = _group_name(row[0])
            continue
        if [" ".join(c.lower().split()) for c in row] == cells:
            continue  # the header again, over the next group's rows
        if name_at and len(cells) - name_at <= len(row) < len(cells) and any(leading) and (
                opens_with_titled_name(row[0]) or looks_like_name(row[0])) and not (
                name_at < len(row) and opens_with_titled_name(row[name_at])):
            # "Elected Members | Cllr A | Ward" then "Cllr B | Ward": the leading cell spans the
            # rows of its group (a merged cell), so a shorter row lacks it at the front.
            row = leading[: len(cells) - len(row)] + row
        leading = row[:name_at]
        if name_at >= len(row):
            continue
        # "Cllr. Colm Dunl (Chairperson); Cllr. Roisín Fah": a cell may hold several people.
        entries = [entry for entry in re.split(r"\s*;\s*", row[name_at]) if entry.strip()] or [""]
        if len(entries) == 1 and len(several := split_people(entries[0])) > 1 and all(map(opens_with_titled_name, several)):
            # "Cllr Ann Cole, Cllr Ben Dyer", "Dr Dee Fry and Dr Eve Gray": two people in one cell, each
            # with a title ("Mr. Dermot Curran, Area Manager" is one person and a post).
            entries = several
        if given_at is not None and given_at < len(row) and entries[0]:
            entries[0] = f"{row[given_at]} {entries[0]}"
        # "Dr Aidan Prosser †", "Cllr Alan Rudge*": a mark after the name that the table's key explains.
        bare, sign = signed(entries[0])
        person = read_person(bare)
        deputy = None
        if ticks:
            # "In person | Virtual | Apologies", a mark in one: the marked column says how they attended, or not.
            label = next((label for at, label in ticks if at < len(row) and TICKED.match(row[at])), None)
        elif lone is not None:
            label = lone[1] if lone[0] < len(row) and TICKED.match(row[lone[0]]) else group_label
        elif status_at is None:
            label = group_label
        else:
            # A row with fewer cells than the header (two cells run together, as text with a
            # narrow gap comes out) still ends with its status when the status column is last.
            status = row[status_at] if status_at < len(row) else row[-1] if status_at == len(cells) - 1 else ""
            named = row[deputy_at] if deputy_at is not None and deputy_at < len(row) else ""
            label, deputy = _status_cell(status, {**marks, **key}, named,
                                         deputy_at is not None and bool(_ATTENDED_INSTEAD_HEAD.search(cells[deputy_at])))
        if sign and key.get(sign) not in (None, DEPUTY):
            label = key[sign]
        if person is None or label is None:
            continue
        if capacity_at is not None and capacity_at < len(row) and label.kind == PRESENT and (
                said := _CAPACITY.match(row[capacity_at])):
            # "Attending as: Member / Chair / Official / Observer / Secretariat": how they sat at the table.
            label = replace(label, capacity=next(kind for word, kind in _CAPACITIES if said[word]))
            if said["chair"] and not person.role:
                person = replace(person, role=BRACKETED.sub("", row[capacity_at]).strip())
        if group and not person.organisation and (org_at is None or org_at >= len(row) or not row[org_at]):
            person = replace(person, organisation=group)
        if deputy is not None and person.name:
            record(found, Label(PRESENT, "member"), [replace(deputy, in_place_of=person.name)])
        if role_at is not None and role_at < len(row) and (kind := _CAPACITY_ROLE.get(row[role_at].strip().lower())):
            # ModernGov's "Role" column, "Member" / "Officer" / "Observer": the capacity they sat in, not a post.
            label = replace(label, capacity=kind) if label.kind == PRESENT and label.capacity == "member" else label
        elif role_at is not None and role_at < len(row) and row[role_at] and not person.role:
            person = replace(person, role=row[role_at])
        if org_at is not None and org_at < len(row) and row[org_at] and not person.organisation:
            person = replace(person, organisation=row[org_at])
        if short_at is not None and short_at < len(row) and _SHORT_CELL.match(row[short_at]):
            person = replace(person, initials=row[short_at])
        if in_place_at is not None and in_place_at < len(row) and row[in_place_at] and person.in_place_of is None:
            # "Name | Alternate for": a member's alternate, sitting in their place.
            person = replace(person, in_place_of=row[in_place_at])
        if person.in_place_of is None:
            # "Vale Voluntary Services (deputising for Ruth Hale)": a substitute said in another cell.
            person = replace(person, in_place_of=next(filter(None, map(stands_in_for, row[name_at + 1:])), None))
        others = [other for entry in entries[1:] if (other := read_person(entry)) is not None]
        if org_at is not None and org_at < len(row) and row[org_at]:
            others = [other if other.organisation else replace(other, organisation=row[org_at]) for other in others]
        record(found, label, [person, *others])
    return index


_HEADER_CHARS = 200
_HEADING_CHARS = 60


def groups_side_by_side(lines: list[str], start: int, found: Attendance) -> int | None:
    """A roll of two or more groups set side by side under their headings ("Voting directors |
    Non-voting directors and in attendance"), each group's column a name and then its post
    ("Mrs Ann Lee | Chair | Mr Bob Hall | Company Secretary"): each heading stands over as many
    cells as the widest row gives it, and a shorter group's column ends in empty rows. Returns
    the index after the rows, or None when the line heads no such roll."""
    if len(lines[start]) > _HEADER_CHARS:
        return None
    heads = [cell.strip() for cell in lines[start].split("\t")]
    # A heading over several columns comes as one cell, or repeated ("Members | Members", as some
    # Word tables give a merged cell), or followed by empty cells: each group's first column and width.
    groups: list[tuple[int, int, Label]] = []
    for at, cell in enumerate(heads):  # (stopping at the first cell that is no heading: most rows are no header)
        if groups and (not cell or cell == heads[at - 1]):
            first, size, label = groups[-1]
            groups[-1] = (first, size + 1, label)
            continue
        # ("Non-voting / in attendance": the last of two headings joined by a slash says how they attended.)
        said = attendance_label(cell.split(" / ")[-1]) if cell and len(cell) <= _HEADING_CHARS else None
        if not said or said[1].strip():
            return None
        groups.append((at, 1, said[0]))
    if len(groups) < 2:
        return None
    table = _table_rows(lines, start + 1)
    end = start + 2 + table[-1][0] if table else start + 1
    # The left-hand group, longer than the others, runs on in lines of one cell each ("Maxine Doyle,
    # Probation Service") until a blank line; a row of one cell that names no one heads the rows below.
    while end < len(lines) and lines[end].strip() and "\t" not in lines[end] and opens_with_person(lines[end]) \
            and not lines[end].rstrip().endswith(":") and not attendance_label(lines[end]):
        table.append((end - start - 1, [lines[end].strip()]))
        end += 1
    rows = [row for _, row in table if len(row) > 1 or opens_with_person(row[0])]
    width = max((len(row) for row in rows), default=0)
    if not rows:
        return None
    if all(size == 1 for _, size, _ in groups):
        # Each heading one cell over a group of columns: the widest row shares them out evenly.
        if width % len(groups):
            return None
        groups = [(at * (width // len(groups)), width // len(groups), label) for at, (_, _, label) in enumerate(groups)]
    else:
        first, _, label = groups[-1]
        groups[-1] = (first, width - first, label)  # (the last heading's empty cells dropped with the line's end)
        if any(size < 2 for _, size, _ in groups):
            return None
    read: list[tuple[int, Label, Person]] = []
    for row in rows:
        for column, (first, size, label) in enumerate(groups):
            cells = row[first: first + size]
            if not cells or not cells[0]:
                continue
            # A group a column wide holds "Name - post" in each cell, or a list ("Cllr A; Cllr B").
            for entry in re.split(r"\s*;\s*", cells[0]) if size == 1 else cells[:1]:
                person = read_person(entry) if opens_with_person(entry) else None
                if person is not None:
                    post = ", ".join(cell for cell in cells[1:] if cell)
                    read.append((column, label, replace(person, role=person.role or post or None)))
    if len(read) < 2 or len({column for column, _, _ in read}) < len(groups):
        return None  # ("Members | Attendance": a column of statuses, no group of people)
    for _, label, person in sorted(read, key=lambda entry: entry[0]):  # each group read down its column
        record(found, label, [person])
    return end


_BODY_WORDS = 8
_POST_ENDS = {"worker", "officer", "manager", "lead", "director", "coordinator", "co-ordinator", "adviser", "advisor",
              "administrator", "pharmacist", "nurse", "consultant", "representative", "clerk", "secretary", "chair",
              "partner", "practitioner", "assistant", "analyst", "head"}


def bodies_with_people(lines: list[str], start: int, found: Attendance, heading: Label) -> int | None:
    """Under an attendance heading, a table of two columns without a header: each row a body
    and who came from it ("Riverside Surgery | Dr Ann Lee (GP partner), Bob Hall (Practice
    Manager)"). At least two rows, each body named without a person's title. Returns the index
    after the rows, or None when the rows are no such roll."""
    rows = _table_rows(lines, start)
    # (A first cell that is a heading, "Absent:", "In attendance", makes a roll of labelled lines, no bodies.)
    if len(rows) < 2 or any(len(row) != 2 or not row[0] or has_title(row[0]) or len(row[0].split()) > _BODY_WORDS
                            or row[0].rstrip().endswith(":") and not _group_label(row[0]) or not opens_with_person(row[1])
                            for _, row in rows):
        return None
    read: list[tuple[Label, Person]] = []
    for _, (body, cell) in rows:
        # "Amy Hall, Social Prescribing Link Worker": the words after the comma are her post, no second person.
        people = [person for person in read_block([cell], set(), [None]) if not is_role(strip_title(person.name))
                  and person.name.split()[-1].lower() not in _POST_ENDS]
        # "Guests | Amy Hall", "Absent: | Cai Ng": a first cell that is a heading says how they attended.
        label = _group_label(body)
        read.extend((label, person) if label else (heading, replace(
            person, organisation=body, role=person.role or person.organisation)) for person in people)
    if len(read) < 2:
        return None
    for label, person in read:
        record(found, label, [person])
    return start + rows[-1][0] + 1


def _group_label(cell: str) -> Label | None:
    said = attendance_label(cell.rstrip(" :") + ":")
    return said[0] if said and not said[1].strip() else None


# "Alternate for", "Deputising for", "In place of": a column naming whom each person stood in for.
_IN_PLACE_HEAD = re.compile(r"(?i)(?:\bfor|\bin\s+place\s+of|\bon\s+behalf\s+of)$")
# "Substitute", "Substituted by", "Represented by": a column of those who came in a member's place
# (a "Deputy" column may name a standing deputy who came only when the status says so).
_ATTENDED_INSTEAD_HEAD = re.compile(r"(?i)\b(?:substitut\w*|represented\s+by|replaced\s+by|attending\s+instead)\b")
_DEPUTY_HEAD = re.compile(r"(?i)\b(?:deput\w*|substitute\w*|nominee|represented\s+by)\b")
# "Apologies – Councillor Peter Garside substituted", "Apologies (substitute: Cllr Ann Lee)".
_SUBSTITUTED = re.compile(r"(?i)^apolog\w*\W+(?:(?:substitute|deputy|represented\s+by)\s*:?\s*)?"
                          r"(?P<who>[A-Z][^()]*?)\s+(?:substituted|deputi[sz]ed|attended\s+(?:as\s+substitute|instead))\b"
                          r"|^apolog\w*\W+\(?(?:substitute|deputy|represented\s+by)\s*:?\s*(?P<named>[^()]+)\)?"
                          r"|^(?:substituted|represented|deputi[sz]ed\s+for|replaced)\s+by\s+(?P<by>[^()]+)")


def _status_cell(status: str, marks: dict[str, Label], named: str,
                 came: bool = False) -> tuple[Label | None, Person | None]:
    """What a row's status cell says of its person, read through the table's key (`marks`), and
    who came in their place: "D" (deputy attended) with the deputy in a column of their own
    (`named`), "Apologies" beside a column of those who came instead (`came`: "Substitute",
    not a standing "Deputy"), or "Apologies – Councillor Peter Garside substituted"; the
    member then sent apologies."""
    label = marks.get(BRACKETED.sub("", status).strip()) or status_label(status)
    substitute = _SUBSTITUTED.search(status) if (label is None or label.kind == APOLOGIES) \
        and len(status) <= STATUS_CHARS else None
    if label is DEPUTY or substitute or came and label is not None and label.kind == APOLOGIES and named \
            and opens_with_person(named):
        text = (substitute["who"] or substitute["named"] or substitute["by"]) if substitute else named
        return Label(APOLOGIES), read_person(re.split(r"\s*;\s*", text)[0]) if text else None
    return label, None


def _group_name(text: str) -> str | None:
    """A row across a roll table naming a body ("HEREWARD WOMEN'S HOSPITAL (NICU)"), in the
    case people write bodies in; None for a row that names a person."""
    text = signed(text)[0].strip()
    if not text or len(text.split()) > 10 or looks_like_name(text) and has_title(text):
        return None
    if not text.isupper():
        return text
    # Set in capitals as a heading: its words as written elsewhere, short ones ("NHS", "(NICU)") kept.
    return " ".join(word.lower() if word.lower() in _SMALL_WORDS else word.capitalize()
                    if len(word) > 3 and not word.startswith("(") else word for word in text.split())


_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "at", "to"}


_TASK_HEADS = {"item", "action", "actions", "action item", "task", "tasks", "what", "description", "issue", "detail",
               "details", "action required", "agreed action", "deadline", "due", "due date", "by when", "when"}
_SHORT_CELL = re.compile(r"^(?:@?[\w.-]{2,39})$")
_GRID_RULE = re.compile(r"^\s*\+[-=+: ]+\+\s*$")


# "Agency | Attended | Apologies": a column for each way of attending or not, holding the people.
_PEOPLE_STATUS = [
    (re.compile(r"^(?:apolog\w*|regrets|sent\s+apologies)$"), Label(APOLOGIES)),
    (re.compile(r"^(?:absent|did\s+not\s+attend|not\s+present)$"), Label(ABSENT)),
    (re.compile(r"^(?:attended|attending|present|in\s+attendance|representatives?|representative\(s\)|attendee\(?s\)?)$"),
     Label(PRESENT, "member")),
]


def people_by_status(lines: list[str], start: int, found: Attendance) -> int | None:
    """A roll by body: "Agency | Attended | Apologies", each row a body and, in each status
    column, who came from it or sent apologies ("Jenna Whitlock, Board Manager (JW); Tilly
    Brookes (TB)"). Returns the index after the table, or None when no such table opens here."""
    if "\t" not in lines[start]:
        return None
    cells = [" ".join(c.strip().lower().rstrip(":?").split()) for c in lines[start].split("\t")]
    if not cells[0] or not _heads(cells[0], ORG_HEADS | ROLE_HEADINGS | {"organisation / role", "sector"}):
        return None
    columns = [(at, label) for at, cell in enumerate(cells[1:], 1) for pattern, label in _PEOPLE_STATUS
               if pattern.match(cell)]
    if not columns or len(columns) < len([c for c in cells[1:] if c]) - 1:
        return None
    rows = _table_rows(lines, start + 1)
    read: list[tuple[Label, Person]] = []
    for _, row in rows:
        # "In attendance | Wendy Lister (...)": a row whose first cell is a heading says how its people came.
        said = _group_label(row[0]) if row[0] else None
        for at, label in columns:
            for entry in re.split(r"\s*;\s*", row[at] if at < len(row) else ""):
                person = read_person(entry) if re.search(r"[A-Za-z]", entry) else None
                if person is None:
                    continue
                if said is not None:
                    read.append((said if label.kind == PRESENT else label, person))
                elif row[0]:
                    # The row's body is theirs; a bracket read as a body ("(GP Partner)") is their post.
                    read.append((label, replace(person, organisation=row[0], role=person.role or (
                        person.organisation if person.organisation != row[0] else None))))
                else:
                    read.append((label, person))
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
    while index < len(lines) and ("\t" in lines[index] or _GRID_RULE.match(lines[index]) or (
            (rows or index == start) and _spans_the_table(lines, index))):
        line = lines[index]
        if rows and _header_again(lines[start - 1] if start else "", line):
            break  # "Apologies | Organisation" straight under "Attendee | Organisation": the next group's table
        if not _GRID_RULE.match(line):
            cells = [c.strip() for c in line.split("\t")]
            if rows and _spanning(rows[-1][1]) and _spanning(cells) and cells[0].startswith("("):
                # "HEREWARD WOMEN'S HOSPITAL" over "(NICU)": a row across the table wrapped onto a second line.
                rows[-1][1][0] = f"{rows[-1][1][0]} {cells[0]}"
            elif len(cells) == 1:
                rows.append((index - start, cells))  # a row across the table, its empty cells gone
            elif rows and not cells[0] and any(cells):
                above = rows[-1][1]
                above.extend([""] * (len(cells) - len(above)))
                for at, cell in enumerate(cells):
                    above[at] = f"{above[at]} {cell}".strip() if cell else above[at]
            else:
                rows.append((index - start, cells))
        index += 1
    return rows


def _spanning(cells: list[str]) -> bool:
    """Whether a row's only filled cell is its first: a row across the table."""
    return bool(cells and cells[0]) and not any(cells[1:])


def _header_again(header: str, line: str) -> bool:
    """Whether a row repeats the table's header but for its first cell, an attendance heading:
    "Apologies | Organisation" under the rows of "Attendee | Organisation", the next group's own
    table set straight under the last (PDF text keeps no gap between two tables)."""
    cells, heads = [c.strip() for c in line.split("\t")], [c.strip() for c in header.split("\t")]
    if len(cells) < 2 or cells[1:] != heads[1:] or not cells[0]:
        return False
    said = attendance_label(cells[0] + ":")
    return bool(said) and not said[1].strip()


def _spans_the_table(lines: list[str], index: int) -> bool:
    """Whether a line without cells, after a row of a table, is still one of its rows: a row
    across it (a merged cell heading the rows below: "HEREWARD WOMEN'S HOSPITAL (NICU)",
    "Participants (non-voting)"), a few words, no sentence, and a row of cells next; or, last,
    a person whose other cells are empty ("Ann Cole | |", its empty cells gone)."""
    line = lines[index].strip()
    if not line or len(line.split()) > SPANNING_WORDS or line.endswith((".", ":", ";")):
        return False
    # ("HEREWARD WOMEN'S HOSPITAL" over "(NICU)" over a row of cells: the row across wrapped onto a second line.)
    wrapped = index + 2 < len(lines) and lines[index + 1].strip().startswith("(") and "\t" in lines[index + 2]
    return index + 1 < len(lines) and (lines[index + 1].count("\t") >= 1 or wrapped) or (
        ":" not in line and names_one_person(line) and lines[index - 1].split("\t")[0].strip() != "")
