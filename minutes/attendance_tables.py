"""Rolls laid out as tables and grids: a name column with its people's other columns (a status
column of words, or of letters and signs a key explains; columns of marks for each way of taking
part; rows across the table naming a body or group; deputy, capacity and electoral-area columns),
groups set side by side under their headings, rows of a body and its people, a register's coded
rows, a status run into each name by PDF text, or two columns of people run together; and signs
after names in a running roll, read through their key."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.agenda import is_heading
from minutes.attendance_headings import attendance_label, next_filled
from minutes.attendance_people import DASH, ROLE_HEADINGS, read_block
from minutes.people import (
    Person,
    is_organisation,
    looks_like_name,
    opens_with_titled_name,
    read_person,
    split_people,
    stands_in_for,
)
from minutes.attendance_status import BRACKETED, STATUS_KINDS, TICKED, legend, mark_column, tick_columns
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, PRESENT, record, same_person
from minutes.vocabulary import has_title, is_role, strip_title


# A name column is headed "Name" or by the body's own word for its members ("Governor", "Trustee").
_NAME_HEADS = {"attendee", "attendees", "name", "names", "member", "members", "councillor", "councillors",
               "full name", "participant", "participants", "who", "governor", "governors", "trustee", "trustees",
               "director", "directors", "member name", "representative", "representatives", "post holder", "postholder",
               "person", "delegate", "delegates", "nominee", "nominees"}
_STATUS_HEADS = {"attendance", "status", "attended", "present", "present/apologies", "here", "in attendance"}
_ORG_HEADS = {"organisation", "organization", "agency", "affiliation", "representing", "company", "employer",
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
    cells = [" ".join(c.strip().lower().rstrip(":?").split()) for c in lines[start].split("\t")]
    if len([c for c in cells if c]) < 2:
        return None
    # "Surname | First name": a name in two columns, read as one written given name first.
    surname_at = next((i for i, c in enumerate(cells) if c in _SURNAME_HEADS), None)
    given_at = next((i for i, c in enumerate(cells) if c in _GIVEN_HEADS), None) if surname_at is not None else None
    name_at = surname_at if given_at is not None else next((i for i, c in enumerate(cells) if _heads(c, _NAME_HEADS)), None)
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
    known = _NAME_HEADS | _STATUS_HEADS | ROLE_HEADINGS | _ORG_HEADS | _SHORT_HEADS | _OTHER_PEOPLE_HEADS | _PLACE_HEADS
    in_place_at = next((i for i, c in enumerate(cells) if i != name_at and _IN_PLACE_HEAD.search(c)), None)
    if status_at is None and not ticks and given_at is None and lone is None and (
            not all(_heads(c, known) or _DEPUTY_HEAD.search(c) or _IN_PLACE_HEAD.search(c) for c in cells if c)
            or not any(_heads(c, _ORG_HEADS | ROLE_HEADINGS | _SHORT_HEADS | _PLACE_HEADS) for c in cells)
            and in_place_at is None):
        return None
    role_at = next((i for i, c in enumerate(cells) if _heads(c, ROLE_HEADINGS)), None)
    org_at = next((i for i, c in enumerate(cells) if _heads(c, _ORG_HEADS | _PLACE_HEADS)), None)
    short_at = next((i for i, c in enumerate(cells) if c in _SHORT_HEADS), None)
    capacity_at = next((i for i, c in enumerate(cells) if c in _CAPACITY_HEADS), None)
    index = start + 1 + rows[-1][0] + 1 if rows else start + 1
    key = table_key(lines, start, index)
    deputy_at = next((i for i, c in enumerate(cells) if i not in (name_at, in_place_at) and _DEPUTY_HEAD.search(c)), None)
    group_label, group, leading = heading or Label(PRESENT, "member"), None, [""] * name_at
    for _, row in rows:
        if len(row) == 1 < len(cells) and not (name_at == 0 and _names_one_person(row[0])):
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
        bare, sign = _signed(entries[0])
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
    while end < len(lines) and lines[end].strip() and "\t" not in lines[end] and _opens_with_person(lines[end]) \
            and not lines[end].rstrip().endswith(":") and not attendance_label(lines[end]):
        table.append((end - start - 1, [lines[end].strip()]))
        end += 1
    rows = [row for _, row in table if len(row) > 1 or _opens_with_person(row[0])]
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
                person = read_person(entry) if _opens_with_person(entry) else None
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
                            or row[0].rstrip().endswith(":") and not _group_label(row[0]) or not _opens_with_person(row[1])
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


def _opens_with_person(cell: str) -> bool:
    """Whether a cell starts with someone's name ("Dr Ann Lee (GP), Bob Hall"), not a post or a body."""
    return opens_with_titled_name(cell) or looks_like_name(re.split(r"\s*[,(;]|\s+[-–—]\s", cell.strip())[0])


# "Cllr Priti Lal Present", "Cllr Graham Noakes Apologies": a roll whose status column PDF text
# ran into each name, under a header such as "Members Attendance" or "Name Status".
_STATUS_ROW = re.compile(r"^\s*(?:[-*•]\s+)?(?P<who>\S.*?)\s+(?:[-–—]\s+)?(?P<status>present|apologies(?:\s+received)?|absent"
                         r"|in\s+attendance|not\s+in\s+attendance|not\s+present|did\s+not\s+attend|excused"
                         r"|joined\s+remotely|attended\s+(?:remotely|virtually|online)|remote|virtual)"
                         r"(?:\s*\([^()]*\))?\s*$", re.IGNORECASE)
_STATUS_WORDS = ("present", "apolog", "absent", "attendance", "attend", "excused", "remote", "virtual")
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
        label = _status_label(match["status"])
        if person is None or label is None:
            break
        rows.append((label, person))
        index += 1
    if len(rows) < 2:
        return None
    for label, person in rows:
        record(found, label, [person])
    return index


# "Key: P = present, A = apologies, D = deputy attended, X = not present": a key (see `table_key`)
# to the letters a register's status column uses, over rows that each end in one.
_KEY_LINE = re.compile(r"^\s*key\s*:", re.IGNORECASE)
_CODED_ROW = re.compile(r"^\s*(?P<who>\S.*?)\s+(?P<code>[A-Z]{1,2})(?:\s+[-–—]\s+(?P<deputy>\S.*))?\s*$")


def coded_rows(lines: list[str], start: int, found: Attendance) -> int | None:
    """A key to a register's status letters over rows that each end in one, as a PDF register
    reads out ("Grainne Hollis Director of Nursing P"): the letter says whether the person was
    there; a deputy named after a dash ("D - Dr Owen Pryce, Deputy Medical Director") came in
    their place. At least two rows; a header row ("Member Designation P/A/D") is passed over.
    Returns the index after the rows."""
    if not _KEY_LINE.match(lines[start]):
        return bracketed_rows(lines, start, found) if lines[start].count("(") >= 2 else None
    codes = {mark.upper(): label for mark, label in _key_in([lines[start]]).items() if mark.isalpha()}
    if len(codes) < 2:
        return None
    index = start + 1
    if index < len(lines) and "/" in lines[index] and not _CODED_ROW.match(lines[index]):
        index += 1  # the register's own header row
    rows: list[tuple[Label, Person]] = []
    while index < len(lines) and (match := _CODED_ROW.match(lines[index])) and match["code"] in codes:
        label, person = codes[match["code"]], read_person(match["who"])
        if person is None:
            break
        if label is DEPUTY:
            deputy = read_person(match["deputy"] or "")
            if deputy is not None:
                rows.append((Label(PRESENT, "member"), replace(deputy, in_place_of=person.name)))
        else:
            rows.append((label, person))
        index += 1
    if len(rows) < 2:
        return None
    for label, person in rows:
        record(found, label, [person])
    return index


_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_SUBSTITUTE_LINE = re.compile(r"(?i)^\s*(?:substitute|deputy|represented\s+by)\s*:\s*(?P<who>\S.*)$")


def bracketed_rows(lines: list[str], start: int, found: Attendance) -> int | None:
    """A key of bracketed marks ("(P) present  (S) substitute present  (Ap) apologies  (-) not
    present") over a membership roll whose rows each end in one after dot leaders
    ("1. Councillor Ann Lee - Leader of the Council ...... (P)"), perhaps under rows naming
    their group ("Elected members", "NHS"), a substitute's line under the member they stood in
    for ("Substitute: Bob Hall, Assistant Director"). At least two rows. Returns the index after
    the roll, or None when the line is no such key."""
    key = {mark: label for mark, label in _key_in([lines[start]]).items() if mark.startswith("(")}
    if len(key) < 2:
        return None
    read: list[tuple[Label, Person]] = []
    index, group, member = next_filled(lines, start + 1) or start + 1, None, None
    while index < len(lines) and lines[index].strip():
        line = lines[index]
        cells = [cell.strip() for cell in line.split("\t")]
        said = _SUBSTITUTE_LINE.match(line)
        if said and member is not None and (deputy := read_person(said["who"])) is not None:
            read.append((Label(PRESENT, "member"), replace(deputy, in_place_of=member.name)))
        elif len(cells) >= 2 and cells[-1] in key:
            person = _entry_person(_NUMBERED.sub("", cells[0]))
            if person is None:
                break
            label = key[cells[-1]]
            if group and not person.organisation:
                person = replace(person, organisation=group)
            read.append((Label(APOLOGIES) if label is DEPUTY else label, person))
            member = person if label is DEPUTY else None
        elif len(cells) == 1 and len(line.split()) <= _SPANNING_WORDS and not line.rstrip().endswith((".", ":")) \
                and not _names_one_person(line):
            group = line.strip()  # "Officers of the Council": the group of the rows below
        else:
            break
        index += 1
    if len(read) < 2:
        return None
    for label, person in read:
        record(found, label, [person])
    return index


def _entry_person(text: str) -> Person | None:
    """A roll entry's person, named first ("Councillor Ann Lee - Leader of the Council") or after
    their post and body ("Vale CVS, Chief Officer - Bob Hall")."""
    left, dash, right = text.rpartition(" - ")
    if dash and not opens_with_titled_name(left) and (opens_with_titled_name(right) or _names_one_person(right) and (
            "," in left or is_role(left.strip()) or not _opens_with_person(left))):
        named = read_person(right)
        return replace(named, role=named.role or left) if named is not None else None
    return read_person(text)


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


# A key's entry: a mark, perhaps "=", and what it means ("Y = attended", "Ap: apologies",
# "† joined via MS Teams", "** absent"); a letter needs its "=" or ":", a sign does not.
_KEY_ENTRY = re.compile(r"^\s*(?:(?P<sign>[*†‡§#^]{1,3})\s*[=:–-]?"
                        r"|(?P<letter>[A-Za-z]{1,2}|\[[xX ]\]|[✓✔✗✘×])\s*[=:–]"
                        r"|\((?P<bracketed>[A-Za-z]{1,2}|[-–*✓✗x])\)\s*[=:–]?"
                        r")\s*(?P<meaning>[A-Za-z][A-Za-z ()/-]{1,40})\s*$")
_KEY_SPLIT = re.compile(r"\s*(?:[;,]|\.\s|(?<![*†‡§#^])(?:\t|\s{2,}))\s*")  # (not in the gap after a sign)
_KEY_TITLE = re.compile(r"^\s*(?:(?:attendance\s+)?key|codes?|legend|notes?)\s*[:–-]\s*", re.IGNORECASE)
DEPUTY = Label(PRESENT, "deputy")
# What a key's words say about someone marked so, most telling first ("deputy attended" is a
# deputy's, "did not attend" an absence, "apologies received" apologies).
_MEANINGS = [
    (re.compile(r"(?i)deput|substitut|represented\s+by|nominee"), DEPUTY),
    (re.compile(r"(?i)apolog|regrets"), Label(APOLOGIES)),
    (re.compile(r"(?i)absent|did\s+not\s+attend|not\s+present|no\s+show|dna\b"), Label(ABSENT)),
    (re.compile(r"(?i)in\s+attendance"), Label(PRESENT, "in attendance")),
    (re.compile(r"(?i)present|attend|joined|remote|virtual|online|teams|zoom|in\s+person|hall|room|video|phone"
                r"|dial|call"), Label(PRESENT, "member")),
]
_KEY_REACH = 6
_KEY_LINE_CHARS = 300


def table_key(lines: list[str], start: int, end: int) -> dict[str, Label]:
    """The key a roll table gives its marks, on short lines just above or below it ("Attendance
    key: Y = attended, D = deputy attended, A = apologies, N = did not attend", "† joined via MS
    Teams", "*  apologies received    ** absent"): each mark with what it says of the person it
    marks; a deputy's mark says the member sent one in their place (DEPUTY)."""
    return _key_in(lines[max(0, start - _KEY_REACH): start] + lines[end: end + _KEY_REACH])


def _key_in(lines: list[str]) -> dict[str, Label]:
    """The marks the key lines among `lines` explain (see `table_key`)."""
    marks: dict[str, Label] = {}
    for line in lines:
        if len(line) > _KEY_LINE_CHARS or not line.strip():
            continue
        entries = [_KEY_ENTRY.match(part) for part in _KEY_SPLIT.split(_KEY_TITLE.sub("", line.strip()).rstrip(". "))]
        found = {}
        for entry in filter(None, entries):
            label = next((label for pattern, label in _MEANINGS if pattern.search(entry["meaning"])), None)
            if label is not None:
                # ("(P) present": a mark in brackets is kept as written, brackets and all)
                found[entry["sign"] or entry["letter"] or f"({entry['bracketed']})"] = label
        # A line of letters is a key when two or more are explained; a sign alone may open one.
        if len(found) >= 2 or any(entry and entry["sign"] for entry in entries[:1]) and found:
            for mark, label in found.items():
                marks.setdefault(mark, label)
    return marks


# "Cllr Alan Rudge*", "Dr Ann Lee†,": a name in a roll's running list with a sign after it.
_SIGNED_NAME = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})\s?(?P<sign>[*†‡§#^]{1,3})"
                          r"(?=[\s,;.)]|$)"
                          r"|(?<![\w*†‡§#^])(?P<before>[*†‡§#^]{1,3})"
                          r"(?P<named>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})")
_SIGNS = frozenset("*†‡§#^")


def signed_names(lines: list[str], found: Attendance) -> None:
    """A roll that marks some names with a sign its key explains ("Cllr Alan Rudge*, Cllr Paula
    Lyle**" over "* apologies received  ** absent"): each person so marked is moved from those
    present to what the key says of them. The key stands among or just after the roll's lines."""
    if not found.used or not found.present:
        return
    signed = [match for index in sorted(found.used) if index < len(lines) and _SIGNS.intersection(lines[index])
              for match in _SIGNED_NAME.finditer(lines[index])]
    if not signed:
        return
    first, last = min(found.used), max(found.used)
    key = _key_in(lines[first: last + 1 + _KEY_REACH])
    for match in signed:
        label = key.get(match["sign"] or match["before"])
        if label is None or label.kind == PRESENT:
            continue
        who = next((attendee for attendee in found.present if same_person(attendee.name, match["who"] or match["named"])),
                   None)
        if who is not None:
            found.present.remove(who)
            into = found.apologies if label.kind == APOLOGIES else found.absent
            # "Apologies were received from Cllr Rudge" read earlier: the roll's full name is the better one.
            for at, named in enumerate(into):
                if same_person(named.name, who.name) and len(named.name) < len(who.name):
                    into[at] = replace(named, name=who.name)
            record(found, label, [Person(name=who.name, organisation=who.organisation)])
        elif (person := read_person(match["who"] or match["named"])) is not None and _names_one_person(person.name):
            record(found, label, [person])  # ("*Cllr Ben Dyer": a sign before the name kept it off the roll)


# "Dr Aidan Prosser †", "Cllr Paula Lyle**": a sign after a name, pointing to a key.
_SIGN_CHARS = "*†‡§#^"
_STATUS_CHARS = 200


def _signed(text: str) -> tuple[str, str]:
    """A cell without the sign after or just before its name ("Dr Ann Lee †", "†Dr Ann Lee" ->
    "Dr Ann Lee", "†"), and the sign."""
    stripped = text.strip()
    bare = stripped.rstrip(_SIGN_CHARS)
    sign = stripped[len(bare):]
    if not sign:
        bare = stripped.lstrip(_SIGN_CHARS)
        sign = stripped[: len(stripped) - len(bare)] if bare[:1].isalpha() else ""  # ("* Ann": a bullet)
    return (bare.strip(), sign) if 1 <= len(sign) <= 3 else (text, "")


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
# A status cell's words beyond the plain ones: how someone took part ("Joined remotely (non-voting)",
# "Attended via Teams", "Observing").
# "Not in attendance", "No apologies", "Absent without apologies": not there, no apology sent.
_NOT_THERE = re.compile(r"(?i)^\s*(?:not|did\s+not|didn't)\s+(?:in\s+attendance|attend\w*|present)\b"
                        r"|\b(?:no|without)\s+apolog|unexcused")
# "Deputy attended", "Sent substitute", "Represented by deputy": someone else came in their place.
_SENT_DEPUTY = re.compile(r"(?i)^\s*(?:(?:deputy|substitute|nominee)\s+(?:attended|present)"
                          r"|sent\s+(?:a\s+)?(?:deputy|substitute)"
                          r"|represented\s+by\s+(?:a\s+)?(?:deputy|substitute))\b")
_EXCUSED = re.compile(r"(?i)^\s*(?:excused|leave\s+of\s+absence|apologies)\b")
_TOOK_PART = re.compile(r"(?i)^(?:joined|attended|participated|dialled|observ\w*|in\s+the\s+(?:room|hall|chamber)"
                        r"|deput\w*\s+for|substitut\w*\s+for|alternate\s+for|representing|on\s+behalf\s+of"
                        r"|in\s+full|partial\w*|part\b|late\b|left\b|arrived|from\s+item|for\s+items?"
                        r"|on\s+(?:teams|zoom|the\s+call)|via\s+\w+|by\s+(?:phone|video)"
                        r"|(?:ms\s+)?teams|zoom|video|(?:tele)?phone|hybrid|in\s+person|dial[- ]?in)\b")


def _status_cell(status: str, marks: dict[str, Label], named: str,
                 came: bool = False) -> tuple[Label | None, Person | None]:
    """What a row's status cell says of its person, read through the table's key (`marks`), and
    who came in their place: "D" (deputy attended) with the deputy in a column of their own
    (`named`), "Apologies" beside a column of those who came instead (`came`: "Substitute",
    not a standing "Deputy"), or "Apologies – Councillor Peter Garside substituted"; the
    member then sent apologies."""
    label = marks.get(BRACKETED.sub("", status).strip()) or _status_label(status)
    substitute = _SUBSTITUTED.search(status) if (label is None or label.kind == APOLOGIES) \
        and len(status) <= _STATUS_CHARS else None
    if label is DEPUTY or substitute or came and label is not None and label.kind == APOLOGIES and named \
            and _opens_with_person(named):
        text = (substitute["who"] or substitute["named"] or substitute["by"]) if substitute else named
        return Label(APOLOGIES), read_person(re.split(r"\s*;\s*", text)[0]) if text else None
    return label, None


def _status_label(status: str) -> Label | None:
    """What a status cell says of the person: its status words, or words of how they took part
    ("Not in attendance" is an absence, not a way of attending)."""
    if _NOT_THERE.search(status):
        return Label(ABSENT)
    if _SENT_DEPUTY.match(status):
        return DEPUTY
    if _EXCUSED.match(status):
        return Label(APOLOGIES)
    label = next((label for pattern, label in STATUS_KINDS if pattern.search(status)), None)
    if label is None and _TOOK_PART.match(status.strip()):
        return Label(PRESENT, "observer" if status.strip().lower().startswith("observ") else "member")
    return label


def _group_name(text: str) -> str | None:
    """A row across a roll table naming a body ("HEREWARD WOMEN'S HOSPITAL (NICU)"), in the
    case people write bodies in; None for a row that names a person."""
    text = _signed(text)[0].strip()
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
    if not cells[0] or not _heads(cells[0], _ORG_HEADS | ROLE_HEADINGS | {"organisation / role", "sector"}):
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
        if not _GRID_RULE.match(line):
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) == 1:
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


_SPANNING_WORDS = 10


def _spans_the_table(lines: list[str], index: int) -> bool:
    """Whether a line without cells, after a row of a table, is still one of its rows: a row
    across it (a merged cell heading the rows below: "HEREWARD WOMEN'S HOSPITAL (NICU)",
    "Participants (non-voting)"), a few words, no sentence, and a row of cells next; or, last,
    a person whose other cells are empty ("Ann Cole | |", its empty cells gone)."""
    line = lines[index].strip()
    if not line or len(line.split()) > _SPANNING_WORDS or line.endswith((".", ":", ";")):
        return False
    return index + 1 < len(lines) and lines[index + 1].count("\t") >= 1 or (
        ":" not in line and _names_one_person(line) and lines[index - 1].split("\t")[0].strip() != "")


# The last word of a body's or a group's name ("Voluntary Sector", "Transport Service").
_GROUP_ENDS = {"sector", "team", "teams", "service", "services", "partners", "members", "group", "groups", "network",
               "board", "council", "trust", "authority", "agency", "police", "hospital", "hospitals", "practice",
               "surgery", "representatives", "officers", "officials", "governors", "directors", "staff", "unit",
               "office", "department", "directorate", "committee", "forum", "panel", "partnership", "association"}


def _names_one_person(cell: str) -> bool:
    """Whether a cell is one person's name ("Ann Cole", "Cllr B. Dyer"), not a body or a group
    ("HEREWARD WOMEN'S HOSPITAL", "Hill Surgery", "Elected Members")."""
    text = cell.strip()
    if text.isupper() or "," in text or is_organisation(text) or attendance_label(text) or (
            text.split() and text.split()[-1].lower() in _GROUP_ENDS):
        return False
    return opens_with_titled_name(text) or looks_like_name(text) and read_person(text) is not None


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
            break  # (a sentence, "Trudy McLEAY, Vice Chairperson, in the Chair.", is no cell)
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


def _row_size(cells: list[tuple[int, str]]) -> int:
    """How many cells make a row of a roll table given out a cell a paragraph with no header: the
    distance between the cells that name a person ("Ann Cole", "Lead Nurse", "North Vale Trust",
    "Ben Dyer", ...: three) when the first three such cells are evenly spaced, else two."""
    named = [at for at, (_, cell) in enumerate(cells[: 3 * _MOST_CELLS + 1]) if _names_one_person(cell)][:3]
    if len(named) == 3 and named[0] == 0 and 2 < named[1] <= _MOST_CELLS and named[2] == 2 * named[1]:
        return named[1]
    return 2


def _describes(cell: str) -> bool:
    """Whether a cell says what someone is ("Chief Officer", "Dundee Carers Centre", "Nominated by
    Health Board") rather than naming someone."""
    return read_person(cell) is None or not has_title(cell) and not re.search(r"[(,]", cell) and (
        is_role(cell) or is_organisation(cell))


def strip_title_case(name: str) -> str:
    """ "Trudy McLEAY": a name whose surname is written in capitals, in the usual case."""
    return " ".join(word if not word.isupper() or len(word) < 3 else word.title() for word in name.split())
