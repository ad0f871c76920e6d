"""Rolls no attendance heading announces: a run of lines each naming one person and what they
are ("Jean Mawdsley - Independent Chair", "Neville Ambrose, Tenancy Manager, Dene Council") or one
line of such people, set between a meeting's title block and its first item; bullets of people
under a short heading of any words ("Around the table:"); a table of posts and the people
holding them ("Role | Lead | Shadow"); and a roll table whose cell gaps PDF text lost."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.agenda import is_heading
from minutes.attendance_headings import attendance_label, next_filled
from minutes.normalise import prose
from minutes.people import (
    Person,
    couple,
    initials_fit,
    looks_like_name,
    name_and_initials,
    opens_with_titled_name,
    read_person,
    split_people,
)
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, PRESENT, record
from minutes.vocabulary import PEOPLE_CONNECTORS, POST_OPENERS, TITLES, has_title, is_role, strip_title

# The last word of an address's parts, which no person's name ends with.
PLACE_END = re.compile(r"(?i)\b(?:road|street|lane|avenue|way|square|place|room|hall|offices?|centre|center|house"
                        r"|building|chambers?|suite|floor|park|campus|hospital|school|library|church)\s*$")
# The fewest lines that make a roll of their own: two may be a signature or a contact.
_FEWEST = 3
# A line of a roll is short: a name and a few words about the person.
_MOST_WORDS = 24
# Where a name ends and what is said about the person begins: a dash, a comma, a slash or a tab.
_AFTER_NAME = re.compile(r"\s+[-–—/|]\s+|\s*[,\t]\s*|\s+(?=\()")
# Words a description of a person may hold in lower case ("Head of Service for adults").
_DESCRIPTION_SMALL = {"of", "and", "for", "the", "to", "in", "on", "at", "with", "rep", "representing", "also",
                      "deputising", "substituting", "from", "by", "via", "a", "an", "&"}

# "RH: Rosa Hennessy", "TC - Tobias Crane": a roll line that opens with the person's initials, then the name.
_INITIALS_FIRST = re.compile(r"^(?P<short>[A-Z]{2,4})\s*(?::|\s[-–—])\s+(?=[A-Z])")


# A verb of what someone did at the meeting ("welcomed", "thanked", "opened"): a line with one after its first
# name is a sentence, not an entry of a roll.
_SAYS_WHAT_WAS_DONE = re.compile(r"\b(?:welcomed|thanked|opened|introduced|reported|explained|agreed|gave|chaired"
                                 r"|presided|declared|asked|said)\b")


def roll_line(line: str) -> bool:
    """Whether a line names one person, then perhaps their post, body or initials, and says
    nothing else: no sentence, no second clause."""
    text = _BOX.sub("", prose(line).strip()).lstrip("-*• ").strip()  # ("[x] Ann Lee": a box, ticked or not, before it)
    if not text or len(text.split()) > _MOST_WORDS or text.endswith((":", "?")) or attendance_label(text) \
            or is_heading(line):
        return False
    if (key := _INITIALS_FIRST.match(text)) and initials_fit(key["short"], _AFTER_NAME.split(text[key.end():], maxsplit=1)[0]):
        text = text[key.end():]  # "RH: Rosa Hennessy (rosah)": the person's initials as a key before the name
    parts = _AFTER_NAME.split(text, maxsplit=1)
    head = parts[0].strip()
    if not (looks_like_name(head) or opens_with_titled_name(head) or name_and_initials(head) is not None) \
            or is_role(head):
        return False
    about = re.sub(r"\([^()]*\)", " ", parts[1] if len(parts) > 1 else "")
    if _SAYS_WHAT_WAS_DONE.search(about):
        return False  # "Cllr Ann Lee (Chair) welcomed Cllr Bob Ray": a sentence about the meeting, read as one
    words = re.findall(r"[^\W\d_][\w'’.&-]*", about)
    if len(parts) > 1 and 1 <= len(words) <= 2 and "," in text and words == about.split():
        return True  # "D. Lowe, tenant", "Ann Kerr, parish rep": a word or two after the name saying what they are
    loose = [w for w in words if w[0].islower() and w.lower() not in _DESCRIPTION_SMALL
             and w.lower() not in PEOPLE_CONNECTORS]
    return len(loose) <= len(words) * 0.25


def spaced_entry(lines: list[str], ahead: int, block: list[str]) -> bool:
    """ "PRESENT" over "Ann Lee (Chair)", a blank line, "Bob Marsh", a blank line, "Cai Ng": a roll
    set one person to a paragraph. After one blank line, a bare name carries on a block whose
    every line so far is one person."""
    filled = [line for line in block if line.strip()]
    if not filled or lines[ahead - 1].strip() or ahead >= 2 and not lines[ahead - 2].strip():
        return False
    text = prose(lines[ahead]).strip()
    return all(len(split_people(line)) == 1 and roll_line(line) or couple(line) for line in filled) and (
        looks_like_name(text) or couple(text)) and not attendance_label(text) and not is_heading(lines[ahead])



def unheaded_roll(lines: list[str], start: int) -> bool:
    """Whether a run of at least three roll lines, perhaps one blank line apart, opens at
    `start`, after a line that heads nothing else (no "Circulation:" or other heading with
    a colon) and before whatever line ends it."""
    before = next((lines[i] for i in range(start - 1, -1, -1) if lines[i].strip()), "")
    boxed = bool(_BOX.match(lines[start]))  # a run is all boxes or none: a title line is no box of the roll under it
    if before.rstrip().endswith((":", ":-")) or before and roll_line(before) and bool(_BOX.match(before)) == boxed:
        return False
    count, index = 0, start
    while index is not None and index < len(lines) and roll_line(lines[index]) and bool(_BOX.match(lines[index])) == boxed:
        count += 1
        ahead = index + 1
        if ahead < len(lines) and not lines[ahead].strip():
            following = next_filled(lines, ahead)
            index = following if following is not None and following <= ahead + 1 else None
        else:
            index = ahead
    return count >= _FEWEST


# Headings over lists of people who were not there or did nothing at the meeting.
NOT_THERE = re.compile(r"(?i)\b(?:circulation|distribution|copy|copies|cc|actions?|owners?|leads?|thanks|nominat\w*"
                        r"|elected|appointed|vacanc\w*|contacts?|members\s+of\s+the\s+\w+\s+are|membership|resign\w*"
                        r"|declar\w*|interests?|invited|invitees?|agenda|items?|decisions?|resolved|agreed)\b")
_SHORT_HEADING = re.compile(r"^\s*(?:[-*•]\s+)?[A-Z][A-Za-z'’ /-]{2,40}:\s*$")  # (itself a bullet, over nested ones)


_BULLET_OR_BOX = re.compile(r"^\s*(?:[-*•]\s+)?\[[ xX✓✔]?\]\s+(?=\S)|^\s*[-*•]\s+(?=\S)")


_BOX = re.compile(r"^\s*(?:[-*•]\s+)?\[[ xX✓✔]?\]\s+(?=\S)")
# A heading with no colon: a few capitalised words, no sentence ("Core team", "Board").
_BARE_HEADING = re.compile(r"^\s*[A-Z][A-Za-z'’ /&-]{1,40}$")


def boxes_follow(lines: list[str], start: int) -> bool:
    """ "Core team" over "- [x] Rosa Hennessy": a short heading with no colon straight over a checkbox line
    (a roll of boxes, whatever words head it; bulleted_roll then asks that every entry is a person)."""
    ahead = start + 1 if start + 1 < len(lines) and lines[start + 1].strip() else start + 2
    return ahead < len(lines) and bool(_BARE_HEADING.match(lines[start])) and bool(_BOX.match(lines[ahead]))


def bulleted_roll(lines: list[str], start: int) -> bool:
    """ "Around the table:" over "- Ann Lee, Vale Council (chair)", "- Bob Marsh, Vale Police": a short
    heading with a colon, whatever its words, straight over at least two bullets that each name
    a person and say only who they are, is a roll; unless the heading says the people are
    something else (circulation, actions, nominations, declarations). A heading with no colon
    ("Core team") heads a roll only of checkboxes, ticked or not, each a person."""
    if not (_SHORT_HEADING.match(lines[start]) or boxes_follow(lines, start)) or NOT_THERE.search(lines[start]) \
            or len(lines[start].split()) > 6:
        return False
    boxes_only = not lines[start].rstrip().endswith(":")
    index = start + 1
    while index < len(lines) and not lines[index].strip() and index <= start + 2:
        index += 1
    count = 0
    depth = len(lines[index]) - len(lines[index].lstrip()) if index < len(lines) else 0
    # (A bullet set back from the entries, "- Topics:" after the nested people, ends them.)
    # ("[x] Ann Lee" over "[ ] Bob Marsh": boxes with no bullets are its bullets too.)
    while index < len(lines) and _BULLET_OR_BOX.match(lines[index]) and (
            len(lines[index]) - len(lines[index].lstrip()) >= depth):
        entry = _BULLET_OR_BOX.sub("", lines[index])
        if not roll_line(entry) or len(entry.split()) < 2 or boxes_only and not _BOX.match(lines[index]):
            return False
        count += 1
        index += 1
    return count >= 2


def unheaded_list(lines: list[str], start: int) -> bool:
    """ "Ann Lee (Chair), Bob Marsh (Chief Executive), Cai Ng (Non-Executive Member)": one line
    of at least three people, each a roll entry, most with their post or body in brackets or
    after a dash, or titled; an address ("Jubilee House, Falconers Chase") names a place."""
    line = lines[start]
    if not re.search(r"[,;]", line) or any(ch.isdigit() for ch in line):
        return False
    before = next((lines[i] for i in range(start - 1, -1, -1) if lines[i].strip()), "")
    if before.rstrip().endswith((":", ":-")):
        return False
    entries = split_people(prose(line).strip().rstrip("."))
    if len(entries) < _FEWEST or any(PLACE_END.search(entry) or not roll_line(entry) for entry in entries):
        return False
    described = [entry for entry in entries if "(" in entry or _AFTER_NAME.search(entry) or has_title(entry)]
    if len(described) * 2 >= len(entries):
        return True
    # "Ian Hale, Gus Orr, Cai Dee" straight over "Apologies; Ann Lee": bare names with no heading of their own, the
    # apologies' heading under them saying the line before is who came.
    ahead = next_filled(lines, start + 1)
    said = attendance_label(lines[ahead]) if ahead is not None else None
    return bool(said) and said[0].kind in (APOLOGIES, ABSENT)


# A table whose first column names posts and whose other columns name who holds them ("Role |
# Lead | Shadow"), under a heading about people ("Who", "Team", "Roles") or with a header whose
# first cell says the rows are posts: a release team's or working group's roll.
_PEOPLE_HEADING = re.compile(r"(?i)^\W*(?:who(?:['’]s|\s+is)?(?:\s+(?:was\s+)?(?:here|there|came|attended|joined))?"
                             r"|(?:the\s+)?team|roles?(?:\s+and\s+(?:people|names))?|people|roll|rota|roster"
                             r"|(?:roles?|people)\s+this\s+(?:week|meeting|cycle))\W*$")
_POST_HEADS = {"role", "roles", "post", "position", "seat", "area", "workstream", "stream", "team", "function",
               "portfolio", "responsibility"}
# A cell that names nobody: a dash, "vacant", "(absent)", "tbc", "n/a".
_NOBODY_CELL = re.compile(r"(?i)^\W*(?:vacant|absent|tbc|tbd|n/?a|none|nobody|open|-|—|–)?\W*$")
_ABSENT_MARK = re.compile(r"(?i)\((?:absent|away|off|out)\b[^()]*\)")
_REGRETS_MARK = re.compile(r"(?i)\((?:apologies|regrets|sent\s+regrets)\b[^()]*\)")


def post_table(lines: list[str], start: int, found: Attendance) -> int | None:
    """The rows of a table of posts and their holders opening at `start`, each holder put on
    the roll with the row's post: present, or absent or with apologies when their cell says
    so. Returns the index after the table, or None when no such table opens there."""
    if "\t" not in lines[start]:
        return None  # (cheaply first: most lines are no table's)
    header = [cell.strip() for cell in lines[start].split("\t")]
    if len(header) < 2 or not header[0]:
        return None
    before = next((lines[i] for i in range(start - 1, max(-1, start - 4), -1) if lines[i].strip()), "")
    if not (header[0].lower().rstrip(":") in _POST_HEADS or len(before.split()) <= 5 and _PEOPLE_HEADING.match(before)):
        return None
    rows: list[list[str]] = []
    index = start + 1
    while index < len(lines) and "\t" in lines[index].strip():
        rows.append([cell.strip() for cell in lines[index].split("\t")])
        index += 1
    holders: list[tuple[str, str]] = []
    for row in rows:
        for cell in row[1:]:
            bare = _ABSENT_MARK.sub("", _REGRETS_MARK.sub("", cell)).strip()
            if _NOBODY_CELL.match(bare):
                continue
            text = re.sub(r"\([^()]*\)", " ", bare).strip()
            if not (looks_like_name(text) or opens_with_titled_name(text)) or is_role(text):
                return None
            holders.append((row[0], cell))
    if len(rows) < 2 or len(holders) < _FEWEST:
        return None
    for post, cell in holders:
        person = read_person(_ABSENT_MARK.sub("", _REGRETS_MARK.sub("", cell)).strip())
        if person is None:
            continue
        kind = APOLOGIES if _REGRETS_MARK.search(cell) else ABSENT if _ABSENT_MARK.search(cell) else PRESENT
        record(found, Label(kind, "member"), [person if person.role else _with_role(person, post)])
    return index


def _with_role(person: Person, post: str) -> Person:
    return replace(person, role=post) if post and is_role(post) else person


# "Group Name Organisation / role", "Name Role": a roll table's header row whose cell gaps PDF
# text lost, so that each row below runs its cells together with single spaces.
_FLAT_HEADER_WORDS = {"group", "name", "names", "organisation", "organization", "role", "title", "position",
                      "agency", "body", "representing", "member", "attendee", "/", "and", "post", "job",
                      "representative", "representatives", "partner", "practice", "capacity", "attending", "as",
                      "initials"}
# Header words for the column of bodies, and for the column of the people who came from them.
_FLAT_BODY_WORDS = {"organisation", "organization", "agency", "body", "partner", "representing", "practice"}
_FLAT_WHO_WORDS = {"name", "names", "representative", "representatives", "member", "attendee"}
_FLAT_STATUS_WORDS = {"present", "apologies", "attendance", "status", "attended",
                      # "Name Title In the room On Teams": columns of marks for how each joined.
                      "in", "the", "room", "on", "teams", "online", "virtual", "virtually", "person", "remote", "zoom"}
# A row's last word saying whether the person came, when the header has a status column.
# ("... Practice Manager N - apologies", "... GP Partner Y (Teams)": a yes or no mark, perhaps with why or how.)
_ROW_STATUS = re.compile(r"(?i)\s+(?:(?P<status>present|apologies|absent|attended|in\s+attendance)"
                         r"|(?P<mark>(?-i:Y|N)|yes|no)(?:\s+[-–]\s+(?P<why>apolog(?:ies|y)|absent)|\s+\([^()]{1,30}\))?)\s*$")
# A group written in the table's first column ("Panel members", "Officials", "Guests").
_ROW_GROUP = re.compile(r"(?i)^(?:(?:[A-Z][\w'’-]*\s+){0,2}(?:members|officials|officers|staff|guests|observers|advisers"
                        r"|advisors|attendees|secretariat|partners|representatives|directors|governors|trustees"
                        r"|councillors)|in\s+attendance|apologies)\s+(?=\S)")


def flattened_table(lines: list[str], start: int, found: Attendance, label: Label) -> int | None:
    """Rows of a roll table under such a header, each read as an optional group, a name (a
    title and two words, or a two-word surname's three) and then whatever the row says of
    the person. A group of apologies puts its rows on the apologies. Returns the index after
    the rows, or None when `start` holds no such header."""
    words = lines[start].lower().replace("/", " / ").replace("(s)", "s").split()
    if "\t" in lines[start] or not 2 <= len(words) <= 7 or not set(words) <= _FLAT_HEADER_WORDS | _FLAT_STATUS_WORDS \
            or not _FLAT_WHO_WORDS & set(words):
        return None
    # "Organisation Representative": the body's column first, each row its body then its person.
    body_first = words[0] in _FLAT_BODY_WORDS
    if not body_first and not {"name", "names"} & set(words):
        return None
    with_status = bool(set(words) & _FLAT_STATUS_WORDS)
    index, read = start + 1, []
    kind = label
    while index < len(lines) and lines[index].strip() and not is_heading(lines[index]) and "\t" not in lines[index]:
        text = prose(lines[index]).strip()
        said = attendance_label(text)
        if said and (not said[1].strip() or ":" in text[: len(text) - len(said[1])]):
            break  # the next heading ("Apologies: ...")
        group = None if said else _ROW_GROUP.match(text)
        if said:
            kind, text = said[0], said[1].strip()  # "Panel members Dame Patricia Holloway Chair"
        elif group:
            kind = Label(APOLOGIES) if group[0].strip().lower() == "apologies" else label
            text = text[group.end():]
        row_kind = kind
        if with_status and (status := _ROW_STATUS.search(text)):
            # "Bob Marsh Vale Police DCI Apologies": the status column, last.
            said = (status["status"] or status["why"] or "").lower()
            if status["mark"] and not status["why"]:
                said = "present" if status["mark"].lower().startswith("y") else "absent"
            said = "apologies" if said.startswith("apolog") else said
            row_kind = Label(APOLOGIES) if said == "apologies" else Label(ABSENT) if said == "absent" else kind
            text = text[: status.start()]
        person = _body_then_name(text) if body_first and not said else _name_then_rest(text)
        if person is None and read and len(text.split()) <= _WRAPPED_CELL_WORDS and not _NAME_START.match(text):
            index += 1  # "Deputy Chief Finance" over "Officer (for Chief Finance": a row's cell wrapped onto lines
            continue
        if person is None:
            break
        read.append((row_kind, person))
        # "Brookfield Medical Centre Dr Ann Lee (Clinical Director); Bo Ray (Practice Manager)": more of the body's people.
        read.extend((row_kind, replace(other, organisation=other.organisation or person.organisation))
                    for entry in (text.split(";")[1:] if body_first else []) if (other := read_person(entry.strip())))
        index += 1
    if len(read) < _FEWEST:
        return None
    for kind, person in read:
        record(found, kind, [person])
    return index


# A wrapped cell's line has at most so many words; a row opens with a title or two capitalised words.
_WRAPPED_CELL_WORDS = 6
_NAME_START = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+"
                         r"(?:\s+\([A-Z]{2,4}\))")


def _name_then_rest(text: str) -> Person | None:
    words = text.split()
    title = re.match(r"^(?:(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.?\s+)+", text)
    skip = len(title[0].split()) if title else 0
    size = 3 if len(words) > skip + 2 and words[skip + 1].lower() in _PARTICLES else 2
    name = " ".join(words[: skip + size])
    if len(words) < skip + size or not looks_like_name(name) or is_role(strip_title(name)) or (
            words[skip].lower() in POST_OPENERS):  # "Deputy Chief Finance": a post's words, no one's name
        return None
    about = " ".join(words[skip + size:]).strip(" ,–-")
    short = ""
    for at, word in ((0, about.split()[0]), (-1, about.split()[-1])) if about else ():
        if 2 <= len(word) <= 4 and word[:2].isupper() and word.isalpha() and initials_fit(word, name):
            # "Dr Ann Lee AL Hill Surgery GP Partner", "Ann Lee Hill Surgery AL": the initials column, first
            # after the name or last in the row.
            short = word
            about = (about[len(word):] if at == 0 else about[: -len(word)]).strip(" ,")
            break
    person = read_person(f"{name} - {about}" if about else name)
    return replace(person, initials=short) if person is not None and short else person


_TITLE_AT = re.compile(r"\s(?=(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\.?\s)")
_CLOSING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def _body_then_name(text: str) -> Person | None:
    """A row of a roll table with the body first, its cells run together: "Vale Borough Council
    Cllr Ann Lee (Chair), Cabinet Member", "Vale Housing Association Bo Ray, Director of Homes".
    The person opens at the first title followed by a name, or else is the two words before the
    first comma (a bracket closing them aside); the words before are their body."""
    for title in _TITLE_AT.finditer(text):
        if opens_with_titled_name(text[title.end():]):
            body, rest = text[: title.start()], text[title.end():]
            break
    else:
        words = _CLOSING_BRACKET.sub("", re.split(r"[,;]", text)[0]).split()
        name = " ".join(words[-2:])
        if len(words) < 3 or not looks_like_name(name) or is_role(name):
            return None
        body = " ".join(words[:-2])
        rest = text[text.index(words[-2], len(body)):]
    body = body.strip(" ,–-")
    person = read_person(rest.split(";")[0])
    return None if person is None or not body else replace(person, organisation=person.organisation or body)


_PARTICLES = {"ní", "nic", "ó", "o", "mac", "mc", "uí", "de", "da", "di", "del", "van", "von", "le", "la"}
